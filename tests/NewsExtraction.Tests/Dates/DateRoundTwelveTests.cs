using NewsExtraction.Dates;
using static NewsExtraction.Tests.Dates.DateTestHelpers;

namespace NewsExtraction.Tests.Dates;

/// <summary>General causes found on a third set of hand-annotated scraped news (invented sentences, same constructions).</summary>
public sealed class DateRoundTwelveTests
{
    // ------------------------------------------------------------ a holiday beside a full date of its sentence

    [Fact]
    public void A_holiday_in_a_file_photo_caption_takes_the_year_of_the_photo_date()
    {
        IReadOnlyList<DateMention> found = Extract(
            "FILE - In this Dec. 24, 2015 file photo, shoppers crowd the Harlow market on Christmas Eve in Velbor.", "2017-12-20");
        Assert.Equal("2015-12-24", Single(found, "Dec. 24, 2015").Value);
        Assert.Equal("2015-12-24", Single(found, "Christmas Eve").Value);
    }

    [Fact]
    public void A_holiday_a_few_days_from_the_full_date_takes_its_year_even_across_new_year()
    {
        IReadOnlyList<DateMention> found = Extract(
            "In this Jan. 2, 2016 photo, workers clear debris left by the New Year's Eve fireworks in Marrow.", "2017-12-20");
        Assert.Equal("2015-12-31", Single(found, "New Year's Eve").Value);
    }

    [Fact]
    public void A_holiday_far_from_the_full_date_of_its_sentence_keeps_the_usual_reading()
    {
        IReadOnlyList<DateMention> found = Extract(
            "The Orlend council, which met on March 3, 2016, plans a parade for Christmas.", "2017-12-20");
        Assert.Equal("2017-12-25", Single(found, "Christmas").Value);
    }

    [Fact]
    public void A_holiday_in_the_next_sentence_keeps_the_usual_reading()
    {
        IReadOnlyList<DateMention> found = Extract(
            "The photo was taken on Dec. 31, 2015 in Velbor. Police expect large crowds on New Year's Eve.", "2017-12-28");
        Assert.Equal("2017-12-31", Single(found, "New Year's Eve").Value);
    }

    // ------------------------------------------------------------ "N years after ... <holiday>"

    [Theory]
    [InlineData("The new rule comes three years after thieves emptied the Harlow bank during the Christmas holidays.", "2024-12-20", "Christmas", "2021-12-25")]
    [InlineData("Marrow bans fireworks a year after a blaze broke out on New Year's Eve.", "2024-12-28", "New Year's Eve", "2023-12-31")]
    [InlineData("It is two years since the Velbor dam burst on Christmas Day.", "2024-12-27", "Christmas Day", "2022-12-25")]
    public void A_holiday_after_n_years_after_is_n_years_before_the_nearest_one(string text, string reference, string span, string value)
    {
        Assert.Equal(value, Single(Extract(text, reference), span).Value);
    }

    [Fact]
    public void A_holiday_in_another_sentence_than_years_after_keeps_the_usual_reading()
    {
        IReadOnlyList<DateMention> found = Extract(
            "The Orlend bridge reopened two years after the flood. Crowds are expected on New Year's Eve.", "2024-12-28");
        Assert.Equal("2024-12-31", Single(found, "New Year's Eve").Value);
    }

    // ------------------------------------------------------------ "a year" after a verb of spending time, before "after"

    [Theory]
    [InlineData("Velbor played a year at Harlow College before turning professional.", "a year", "P1Y")]
    [InlineData("She served a month in the Marrow jail for contempt.", "a month", "P1M")]
    [InlineData("The Orlend family lived a decade in exile.", "a decade", "P10Y")]
    [InlineData("The strike comes a week after the Harlow talks collapsed.", "a week", "P1W")]
    public void An_article_and_a_unit_after_a_verb_of_spending_time_or_before_after_is_a_duration(string text, string span, string value)
    {
        DateMention m = Single(Extract(text), span);
        Assert.Equal(TemporalKind.Duration, m.Kind);
        Assert.Equal(value, m.Value);
    }

    [Theory]
    [InlineData("The Marrow striker is paid £90m a year after tax, his agent said.")]
    [InlineData("Drivers earn $15 an hour after training.")]
    [InlineData("The Velbor plant makes 300 cars a day.")]
    public void A_rate_after_an_amount_is_not_a_duration(string text)
    {
        Assert.DoesNotContain(Extract(text), m => m.Kind == TemporalKind.Duration);
    }

    // ------------------------------------------------------------ "in the early afternoon", "throughout the evening"

    [Theory]
    [InlineData("The Velbor ferry left again in the early afternoon.", "the early afternoon", "2024-07-08TAF")]
    [InlineData("Crews in Harlow worked through the morning to reach the miners.", "the morning", "2024-07-08TMO")]
    [InlineData("Marrow police will stay on duty throughout the evening as crowds gather.", "the evening", "2024-07-08TEV")]
    public void A_part_of_the_day_after_in_through_or_during_is_a_time(string text, string span, string value)
    {
        DateMention m = Single(Extract(text), span);
        Assert.Equal(TemporalKind.Time, m.Kind);
        Assert.Equal(value, m.Value);
    }

    [Fact]
    public void A_part_of_the_day_falls_on_the_day_the_text_is_on()
    {
        IReadOnlyList<DateMention> found = Extract("The Orlend fair opened on Saturday. Rain fell in the afternoon, organisers said.");
        Assert.Equal("2024-07-06TAF", Single(found, "the afternoon").Value);
    }

    [Theory]
    [InlineData("Trains were packed during the morning commute in Harlow.")]
    [InlineData("A meteor lit up the evening sky over Velbor.")]
    [InlineData("Fishermen sorted through the morning's catch at Marrow.")]
    [InlineData("Orlend shops open in the mornings only.")]
    public void A_part_of_the_day_that_modifies_a_noun_is_not_a_time(string text)
    {
        Assert.DoesNotContain(Extract(text), m => m.Text.StartsWith("the ", StringComparison.Ordinal));
    }

    [Fact]
    public void A_clock_in_the_morning_stays_one_time()
    {
        DateMention m = Single(Extract("The Velbor alarm rang at 3 in the morning."), "3 in the morning");
        Assert.Equal("2024-07-08T03:00", m.Value);
    }

    // ------------------------------------------------------------ "half a century ago", "a half-century ago"

    [Theory]
    [InlineData("The Harlow pier was built half a century ago.", "half a century ago", "1974")]
    [InlineData("The Harlow pier was built a half-century ago.", "a half-century ago", "1974")]
    [InlineData("The Velbor mine closed half a decade ago.", "half a decade ago", "2019")]
    public void Half_a_century_ago_is_a_year(string text, string span, string value)
    {
        DateMention m = Single(Extract(text), span);
        Assert.Equal(TemporalKind.Date, m.Kind);
        Assert.Equal(value, m.Value);
    }

    [Fact]
    public void A_half_century_without_ago_stays_a_length()
    {
        Assert.Equal("P50Y", Single(Extract("The Marrow feud lasted a half-century."), "a half-century").Value);
    }

    // ------------------------------------------------------------ "later in the year" after a date of another year

    [Theory]
    [InlineData("The Velbor probe will fly in June. A second probe later in the year will carry a lander.", "2017-12-31", "2018")]
    [InlineData("Harlow sales rose in 2015. Earlier in the year, the firm had cut jobs.", "2017-12-31", "2015")]
    [InlineData("Marrow sales rose. Later in the year the firm will cut jobs.", "2017-12-31", "2017")]
    public void The_year_after_later_in_is_the_year_the_text_just_named(string text, string reference, string value)
    {
        Assert.Equal(value, Single(Extract(text, reference), "the year").Value);
    }

    [Fact]
    public void The_year_after_later_in_far_from_the_named_date_keeps_the_publication_year()
    {
        IReadOnlyList<DateMention> found = Extract(
            "Harlow sales rose in 2015. The firm hired staff. Its shares fell. Analysts were wary. Later in the year it will cut jobs.", "2017-12-31");
        Assert.Equal("2017", Single(found, "the year").Value);
    }

    // ------------------------------------------------------------ Russian dates under embedded posts

    [Theory]
    [InlineData("Harlow is under water tonight. pic.twitter.com/abc — Ivan P (@ivanp) 21 сентября 2016 г.", "21 сентября 2016", "2016-09-21")]
    [InlineData("The Velbor bridge is closed — Marrow News (@marrownews) 3 января 2018 г.", "3 января 2018", "2018-01-03")]
    [InlineData("Nice view from the Orlend tower — Anna K (@annak) 28 мая 2016 г.", "28 мая 2016", "2016-05-28")]
    public void A_russian_day_month_year_is_a_date(string text, string span, string value)
    {
        DateMention m = Single(Extract(text, "2018-02-01"), span);
        Assert.Equal(TemporalKind.Date, m.Kind);
        Assert.Equal(value, m.Value);
    }

    [Fact]
    public void A_bare_russian_month_name_is_not_a_date()
    {
        Assert.DoesNotContain(Extract("The Velbor shop sign read сентября in large letters.", "2018-02-01"), m => m.Text.Contains("сентября", StringComparison.Ordinal));
    }

    [Fact]
    public void The_russian_month_names_load()
    {
        Assert.True(DateLexicon.MonthNameCount >= 24 + 12 + 12);
    }

    // ------------------------------------------------------------ "the early hours of Friday"

    [Theory]
    [InlineData("The Harlow depot was attacked in the early hours of Friday, police said.", "the early hours of Friday", "2024-07-05TMO")]
    [InlineData("Firefighters reached the Velbor mill in the small hours of Sunday.", "the small hours of Sunday", "2024-07-07TMO")]
    [InlineData("Crews had the Marrow fire out by the wee hours of the morning.", "the wee hours of the morning", "2024-07-08TMO")]
    [InlineData("Two men were arrested in the early hours, the Orlend police said.", "the early hours", "2024-07-08TMO")]
    public void The_early_hours_of_a_day_are_its_morning(string text, string span, string value)
    {
        DateMention m = Single(Extract(text), span);
        Assert.Equal(value, m.Value);
    }

    [Theory]
    [InlineData("Each summer the Velbor street dancing lasts into the wee hours of the morning.")]
    [InlineData("The Marrow festival runs until the early hours.")]
    public void Into_the_early_hours_is_how_long_not_a_day(string text)
    {
        Assert.DoesNotContain(Extract(text), m => m.Text.Contains("early hours", StringComparison.Ordinal));
    }

    [Fact]
    public void The_early_hours_of_an_event_are_not_a_time()
    {
        Assert.DoesNotContain(Extract("Mistakes were made in the early hours of the Harlow rescue."), m => m.Text.Contains("early hours", StringComparison.Ordinal));
    }
}
