using NewsExtraction.Dates;
using static NewsExtraction.Tests.Dates.DateTestHelpers;

namespace NewsExtraction.Tests.Dates;

/// <summary>General causes found on a fourth set of hand-annotated scraped news (invented sentences, same constructions).</summary>
public sealed class DateRoundThirteenTests
{
    // ------------------------------------------------------------ a story day written with a modifier

    [Fact]
    public void Parts_of_the_day_follow_a_story_day_written_with_early_or_late()
    {
        IReadOnlyList<DateMention> found = Extract(
            "Early Sunday afternoon, a goat wandered onto the Velbor runway. Ground crews chased it for an hour. "
            + "By then the search had reached the hangars in the afternoon, and a pilot said he had never seen anything like it. "
            + "The first flight finally left in the early evening.", "2024-03-12");
        Assert.Equal("2024-03-10TAF", Single(found, "Early Sunday afternoon").Value);
        Assert.Equal("2024-03-10TAF", Single(found, "the afternoon").Value);
        Assert.Equal("2024-03-10TEV", Single(found, "the early evening").Value);
    }

    [Fact]
    public void A_past_clock_time_five_sentences_after_a_part_of_the_story_day_falls_on_that_day()
    {
        IReadOnlyList<DateMention> found = Extract(
            "On Saturday, a goat wandered onto the Velbor runway. Crews chased it. The goat hid under a cart. "
            + "A mechanic tried a carrot in the morning. It did not work. Passengers waited at the gate. Some of them laughed. "
            + "Others complained to the staff. The goat finally left the apron shortly after 2 p.m.", "2024-03-12");
        Assert.Equal("2024-03-09T14:00", Single(found, "2 p.m.").Value);
    }

    [Fact]
    public void A_clock_time_in_the_present_keeps_the_publication_day()
    {
        IReadOnlyList<DateMention> found = Extract(
            "On Saturday, a goat wandered onto the Velbor runway. Crews chased it. The goat hid under a cart. "
            + "A mechanic tried a carrot. It did not work. Passengers waited at the gate. Some of them laughed. "
            + "The airport reopens at 2 p.m. today.", "2024-03-12");
        Assert.Equal("2024-03-12T14:00", Single(found, "2 p.m. today").Value);
    }

    // ------------------------------------------------------------ "the night of <day>"

    [Theory]
    [InlineData("Crowds filled the Orlend square in the evening of New Year's Eve.", "2025-01-03", "the evening of New Year's Eve", "2024-12-31TEV")]
    [InlineData("The Marrow bakery burned down on the evening of Friday.", "2024-03-12", "the evening of Friday", "2024-03-08TEV")]
    [InlineData("Rescuers reached the hikers on the morning of the following day.", "2024-03-12", "the morning of the following day", null)]
    public void A_part_of_the_day_of_a_named_day_is_that_part_of_that_day(string text, string reference, string span, string? value)
    {
        DateMention m = Single(Extract(text, reference), span);
        Assert.Equal(TemporalKind.Time, m.Kind);
        if (value is not null)
        {
            Assert.Equal(value, m.Value);
        }
    }

    [Fact]
    public void A_part_of_the_day_of_a_calendar_date_keeps_the_date()
    {
        IReadOnlyList<DateMention> found = Extract("The Marrow shopkeeper was robbed on the night of Feb. 20.", "2024-03-12");
        Assert.Equal("2024-02-20", Single(found, "Feb. 20").Value);
    }

    [Fact]
    public void A_part_of_the_day_of_something_else_is_no_date()
    {
        IReadOnlyList<DateMention> found = Extract("It was the night of the long knives for the Orlend cabinet.", "2024-03-12");
        Assert.DoesNotContain(found, m => m.Text.Contains("night", StringComparison.Ordinal));
    }

    // ------------------------------------------------------------ "that morning" after a noun

    [Fact]
    public void That_morning_after_a_noun_is_the_morning_of_the_story_day()
    {
        IReadOnlyList<DateMention> found = Extract(
            "On Saturday, a goat wandered onto the Velbor runway. The mayor held a meeting that morning about closing the airport.", "2024-03-12");
        Assert.Equal("2024-03-09TMO", Single(found, "that morning").Value);
    }

    [Theory]
    [InlineData("On Saturday, a goat wandered onto the runway. The manager said that morning traffic was light.")]
    [InlineData("On Saturday, a goat wandered onto the runway. Officers found that evenings were quieter.")]
    public void That_opening_a_clause_before_a_part_of_the_day_is_no_date(string text)
    {
        IReadOnlyList<DateMention> found = Extract(text, "2024-03-12");
        Assert.DoesNotContain(found, m => m.Text.StartsWith("that", StringComparison.Ordinal));
    }

    // ------------------------------------------------------------ a bare weekday and the days the text writes out

    [Fact]
    public void A_future_weekday_a_week_away_from_a_written_day_nearer_publication_is_that_day()
    {
        // Written on Monday, published on Tuesday: "Monday night" is the March 11 the text names.
        IReadOnlyList<DateMention> found = Extract(
            "Stargazers in Velbor saw a bright comet on March 11. The comet will be brightest on Monday night, astronomers say.", "2024-03-12");
        Assert.Equal("2024-03-11TNI", Single(found, "Monday night").Value);
    }

    [Fact]
    public void A_weekday_nearer_publication_than_the_written_day_keeps_its_reading()
    {
        IReadOnlyList<DateMention> found = Extract(
            "The Orlend vote was held on Oct. 13. The results will be announced on Monday.", "2025-10-18");
        Assert.Equal("2025-10-20", Single(found, "Monday").Value);
    }

    [Fact]
    public void A_weekday_with_no_written_day_of_its_weekday_keeps_its_reading()
    {
        IReadOnlyList<DateMention> found = Extract(
            "The Orlend vote was held on Oct. 10. The results will be announced on Monday.", "2025-10-18");
        Assert.Equal("2025-10-20", Single(found, "Monday").Value);
    }

    // ------------------------------------------------------------ a weekday's event after an infinitive

    [Fact]
    public void A_possessive_weekday_after_an_infinitive_is_the_nearest_one()
    {
        IReadOnlyList<DateMention> found = Extract("The Marrow club hopes to win in Sunday's final, its coach says.", "2025-10-16");
        Assert.Equal("2025-10-19", Single(found, "Sunday").Value);
    }

    [Fact]
    public void A_possessive_weekday_after_to_the_preposition_stays_past()
    {
        IReadOnlyList<DateMention> found = Extract("Thousands went to Sunday's rally in Marrow, police said.", "2025-10-16");
        Assert.Equal("2025-10-12", Single(found, "Sunday").Value);
    }

    // ------------------------------------------------------------ generic years and seasons

    [Theory]
    [InlineData("For the Orlend herders, autumn is the time of the year to move south.")]
    [InlineData("Floods are common at this time of year in Velbor.")]
    public void The_time_of_the_year_is_no_calendar_year(string text)
    {
        Assert.DoesNotContain(Extract(text, "2024-03-12"), m => m.Text.EndsWith("year", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The Velbor shop sells boots for winter hikes.")]
    [InlineData("Shops in Velbor stock up for summer holidays.")]
    public void A_season_before_a_plural_noun_is_no_date(string text)
    {
        Assert.Empty(Extract(text, "2024-03-12"));
    }

    [Fact]
    public void A_season_after_a_preposition_is_still_a_date()
    {
        IReadOnlyList<DateMention> found = Extract("The Velbor ferry resumed service in summer, officials said.", "2024-11-12");
        Assert.Equal("2024-SU", Single(found, "summer").Value);
    }

    // ------------------------------------------------------------ "the night before"

    [Fact]
    public void The_day_or_night_before_is_counted_back_from_the_story_day()
    {
        IReadOnlyList<DateMention> found = Extract(
            "On Friday, the Harlow keeper won the cup final. He had hurt his knee the day before. He also slept badly the night before and was tired.", "2024-03-12");
        Assert.Equal("2024-03-07", Single(found, "the day before").Value);
        Assert.Equal("2024-03-07TNI", Single(found, "the night before").Value);
    }

    [Fact]
    public void The_night_before_with_no_day_named_is_a_time_of_unknown_value()
    {
        DateMention m = Single(Extract("The Harlow keeper won the final. He had twisted an ankle the night before, but played on.", "2024-03-12"), "the night before");
        Assert.Equal(TemporalKind.Time, m.Kind);
        Assert.Null(m.Value);
    }

    [Theory]
    [InlineData("The day before the vote, the Velbor mayor resigned.")]
    [InlineData("She left Marrow the day before police arrived.")]
    public void The_day_before_a_clause_or_an_event_is_not_counted_back(string text)
    {
        Assert.DoesNotContain(Extract(text, "2024-03-12"), m => m.Text == "the day before" || m.Text == "The day before");
    }

    // ------------------------------------------------------------ "the New Year"

    [Theory]
    [InlineData("Velbor recorded its coldest night of the New Year on Friday.", "2025-01-04", "the New Year", "2025")]
    [InlineData("Talks on the Orlend bridge will resume in the new year, officials said.", "2024-12-18", "the new year", "2025")]
    public void The_new_year_near_the_turn_of_the_year_is_that_year(string text, string reference, string span, string value)
    {
        Assert.Equal(value, Single(Extract(text, reference), span).Value);
    }

    [Theory]
    [InlineData("The New Year fireworks in Marrow were loud.", "2025-01-04")]
    [InlineData("Guests left the New Year's Eve party in Marrow early.", "2024-12-28")]
    [InlineData("Talks will resume in the new year, officials said.", "2024-06-18")]
    public void The_new_year_as_a_modifier_or_far_from_the_turn_of_the_year_is_not_read(string text, string reference)
    {
        Assert.DoesNotContain(Extract(text, reference), m => m.Text.Equals("the New Year", StringComparison.OrdinalIgnoreCase));
    }
}
