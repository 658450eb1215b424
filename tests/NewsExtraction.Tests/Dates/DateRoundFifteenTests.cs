using NewsExtraction.Dates;
using static NewsExtraction.Tests.Dates.DateTestHelpers;

namespace NewsExtraction.Tests.Dates;

/// <summary>General causes found on a sixth set of hand-annotated scraped news (invented sentences, same constructions).</summary>
public sealed class DateRoundFifteenTests
{
    // ------------------------------------------------------------ a clock time without am/pm near a pm time

    [Fact]
    public void A_clock_time_without_am_or_pm_within_the_hour_of_a_pm_time_is_pm_on_that_day()
    {
        IReadOnlyList<DateMention> found = Extract(
            "The Lakeview ferry docked at 7:30 p.m. on Friday after a rough crossing. Crews checked the hull. "
            + "Passengers had boarded at 6:55 local time, the operator said.", "2024-03-12");
        Assert.Equal("2024-03-08T19:30", found.Single(m => m.Text.StartsWith("7:30", StringComparison.Ordinal)).Value);
        Assert.Equal("2024-03-08T18:55", Single(found, "6:55 local time").Value);
    }

    [Fact]
    public void The_pm_reading_follows_the_day_of_the_pm_time_not_a_later_post_date()
    {
        IReadOnlyList<DateMention> found = Extract(
            "Residents of Marrowby saw a bright light in the sky on Monday evening, shortly before 8pm.\n"
            + "What a sight over the hills! — Ada Quill (@adaquill) March 12, 2024\n"
            + "\"We logged 40 calls about a flash at around 7:48 local time,\" a dispatcher said.", "2024-03-12");
        Assert.Equal("2024-03-11T20:00", Single(found, "8pm").Value);
        Assert.Equal("2024-03-11T19:48", Single(found, "7:48 local time").Value);
    }

    [Theory]
    [InlineData("The Lakeview ferry docked at 7:30 p.m. on Friday. The morning ferry had left at 9:15, the operator said.", "9:15", "T09:15")] // not within the hour
    [InlineData("The Lakeview ferry docked at 7:30 p.m. on Friday. The first ferry had left at 06:55, the operator said.", "06:55", "T06:55")] // a leading zero is a 24-hour clock
    [InlineData("The Lakeview ferry docked at 7:30 a.m. on Friday. Passengers had boarded at 6:55, the operator said.", "6:55", "T06:55")] // the earlier time is am
    public void Other_clock_times_keep_their_reading(string text, string span, string time)
    {
        string? value = Single(Extract(text, "2024-03-12"), span).Value;
        Assert.NotNull(value);
        Assert.EndsWith(time, value, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pm_time_far_back_in_the_text_does_not_reach()
    {
        var text = new System.Text.StringBuilder("The Lakeview ferry docked at 7:30 p.m. on Friday. ");
        for (int i = 0; i < 20; i++)
        {
            text.Append("Crews checked the hull again. ");
        }

        text.Append("A second boat left at 6:55, the operator said.");
        Assert.EndsWith("T06:55", Single(Extract(text.ToString(), "2024-03-12"), "6:55").Value, StringComparison.Ordinal);
    }

    // ------------------------------------------------------------ a holiday beside a month and year of its sentence

    [Theory]
    [InlineData("A fire broke out during a Christmas concert at the Velbor depot in December 2009, the police said.", "Christmas", "2009-12-25")]
    [InlineData("In December 2009, a fire broke out during a Christmas concert at the Velbor depot.", "Christmas", "2009-12-25")]
    [InlineData("The Easter attacks on churches in Marrowby in April 2011 killed dozens.", "Easter", "2011-04-24")]
    public void A_holiday_takes_the_year_of_the_month_it_falls_in(string text, string span, string value)
    {
        Assert.Equal(value, Single(Extract(text, "2017-10-03"), span).Value);
    }

    [Theory]
    [InlineData("A fire broke out during a Christmas concert at the Velbor depot in March 2009.")] // not the month of the holiday
    [InlineData("A fire broke out during a Christmas concert at the Velbor depot. The trial opened in December 2009.")] // another sentence
    public void A_holiday_keeps_its_own_reading_otherwise(string text)
    {
        Assert.Equal("2016-12-25", Single(Extract(text, "2017-10-03"), "Christmas").Value);
    }

    // ------------------------------------------------------------ "one day" as "some day" without a modal

    [Theory]
    [InlineData("The Velbor agency hopes to one day send crews to the outer moons.")]
    [InlineData("Engineers believe the glider design, one day, will ferry crews to Velbor.")]
    [InlineData("The new rocket is meant to fly them one day to Velbor.")]
    [InlineData("She wants to one day run the family firm.")]
    public void One_day_meaning_some_day_is_an_unnamed_future_time(string text)
    {
        DateMention m = Single(Extract(text), "one day");
        Assert.Equal(TemporalKind.Vague, m.Kind);
        Assert.Equal("FUTURE_REF", m.Value);
    }

    [Theory]
    [InlineData("It took them one day to finish the climb.")]
    [InlineData("The ruling landed one day after the hearing.")]
    [InlineData("The course was cut to one day a week.")]
    [InlineData("The course was cut from three days to one day.")]
    [InlineData("He spent one day in Velbor.")]
    public void One_day_as_a_length_of_time_stays_a_duration(string text)
    {
        Assert.Equal("P1D", Single(Extract(text), "one day").Value);
    }
}
