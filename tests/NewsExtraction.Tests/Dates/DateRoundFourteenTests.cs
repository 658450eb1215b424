using NewsExtraction.Dates;
using static NewsExtraction.Tests.Dates.DateTestHelpers;

namespace NewsExtraction.Tests.Dates;

/// <summary>General causes found on a fifth set of hand-annotated scraped news (invented sentences, same constructions).</summary>
public sealed class DateRoundFourteenTests
{
    // ------------------------------------------------------------ "this week" written on a Sunday

    // 2024-03-10 is a Sunday, the last day of ISO week 10.
    [Theory]
    [InlineData("The Corvell museum reopens this week, showing paintings that hung in the old hall for decades.", "2024-W11")]
    [InlineData("The council will vote on the Marrow budget this week.", "2024-W11")]
    [InlineData("Lawmakers return to Velbor later this week.", "2024-W11")]
    [InlineData("The council voted on the Marrow budget this week.", "2024-W10")]
    [InlineData("Repairs to the Corvell bridge ended earlier this week.", "2024-W10")]
    [InlineData("Protests followed the adoption of a new budget this week.", "2024-W10")]
    [InlineData("The Corvell museum reopened this week, showing paintings from the old hall.", "2024-W10")]
    public void This_week_on_a_Sunday_is_the_coming_week_only_for_what_is_still_to_come(string text, string value)
    {
        Assert.Equal(value, Single(Extract(text, "2024-03-10"), text.Contains("later this week", StringComparison.Ordinal) ? "later this week"
            : text.Contains("earlier this week", StringComparison.Ordinal) ? "earlier this week" : "this week").Value);
    }

    [Theory]
    [InlineData("2024-03-09")] // Saturday
    [InlineData("2024-03-11")] // Monday
    [InlineData("2024-03-13")] // Wednesday
    public void This_week_on_any_other_day_is_the_week_of_that_day(string reference)
    {
        string week = System.Globalization.ISOWeek.GetWeekOfYear(DateTime.Parse(reference, System.Globalization.CultureInfo.InvariantCulture)).ToString("00", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal("2024-W" + week, Single(Extract("The council will vote on the Marrow budget this week.", reference), "this week").Value);
    }

    [Fact]
    public void Last_week_on_a_Sunday_is_unchanged()
    {
        Assert.Equal("2024-W09", Single(Extract("The council will vote this week after a long debate last week.", "2024-03-10"), "last week").Value);
    }

    // ------------------------------------------------------------ clock times before the story day is named

    [Fact]
    public void Past_clock_times_in_the_lead_take_the_day_named_in_the_next_sentence()
    {
        IReadOnlyList<DateMention> found = Extract(
            "Ferry strikes pier\n\nShortly after 6:10 a.m., the Lakeview ferry left the quay, and it struck the pier at 6:25 a.m. local time.\n"
            + "No one was hurt in the accident on Friday, the operator said. The line resumes at 9 a.m. today.", "2024-03-12");
        Assert.Equal("2024-03-08T06:10", Single(found, "6:10 a.m.").Value);
        Assert.Equal("2024-03-08T06:25", Single(found, "6:25 a.m. local time").Value);
        Assert.Equal("2024-03-08", Single(found, "Friday").Value);
        Assert.Equal("2024-03-12T09:00", Single(found, "9 a.m. today").Value);
    }

    [Fact]
    public void A_lead_clock_time_keeps_the_publication_day_when_no_day_follows_soon()
    {
        IReadOnlyList<DateMention> found = Extract(
            "Shortly after 6:10 a.m., the Lakeview ferry struck the pier. Nobody was hurt. Crews checked the hull. "
            + "Divers found a crack. An earlier accident happened on Friday.", "2024-03-12");
        Assert.Equal("2024-03-12T06:10", Single(found, "6:10 a.m.").Value);
    }

    [Fact]
    public void A_lead_clock_time_in_the_future_does_not_move_to_a_past_day()
    {
        IReadOnlyList<DateMention> found = Extract(
            "The Lakeview ferry will leave the quay at 6:10 a.m. The old boat was retired on Friday.", "2024-03-12");
        Assert.Equal("2024-03-12T06:10", Single(found, "6:10 a.m.").Value);
    }

    [Fact]
    public void A_lead_clock_time_does_not_move_to_a_day_after_another_date()
    {
        IReadOnlyList<DateMention> found = Extract(
            "At 6:10 a.m. the Lakeview ferry struck the pier. Last year the same boat ran aground on Friday.", "2024-03-12");
        Assert.Equal("2024-03-12T06:10", Single(found, "6:10 a.m.").Value);
    }

    [Fact]
    public void A_lead_clock_time_does_not_move_to_a_future_day()
    {
        IReadOnlyList<DateMention> found = Extract(
            "At 6:10 a.m. the Lakeview ferry struck the pier. An inquiry opens on Friday.", "2024-03-12");
        Assert.Equal("2024-03-12T06:10", Single(found, "6:10 a.m.").Value);
    }

    // ------------------------------------------------------------ league seasons on a match report

    private const string MatchReport = "The Harbor City quarterback threw three touchdown passes before halftime. ";

    [Theory]
    [InlineData("2018-01-03", "this season", "2017")] // a season still running in January began the year before
    [InlineData("2018-01-03", "last season", "2016")]
    [InlineData("2018-01-03", "next season", "2018")]
    [InlineData("2018-01-03", "this past season", "2017")]
    [InlineData("2017-10-15", "this season", "2017")]
    [InlineData("2017-10-15", "last season", "2016")]
    [InlineData("2017-10-15", "this past season", "2017")]
    [InlineData("2017-06-15", "this past season", "2016")]
    public void A_league_season_on_a_match_report_is_the_year_it_began(string reference, string span, string value)
    {
        IReadOnlyList<DateMention> found = Extract(MatchReport + "The Gulls won nine games " + span + ", their coach said.", reference);
        DateMention m = Single(found, span);
        Assert.Equal(TemporalKind.Date, m.Kind);
        Assert.Equal(value, m.Value);
    }

    [Theory]
    [InlineData("Fans queued for this season's opener.")]
    [InlineData("He scored a season-high 31 points.")]
    [InlineData("The team plans a party for the last season finale.")]
    [InlineData("Coaches reviewed the season.")]
    public void Season_words_that_name_no_season_are_left_out(string sentence)
    {
        IReadOnlyList<DateMention> found = Extract(MatchReport + sentence, "2018-01-03");
        Assert.DoesNotContain(found, m => m.Text.Contains("season", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void This_season_outside_a_match_report_is_left_out()
    {
        IReadOnlyList<DateMention> found = Extract("Flu cases in Velbor rose sharply this season, doctors said. Last season was mild.", "2018-01-03");
        Assert.DoesNotContain(found, m => m.Text.Contains("season", StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("He coached for one season at Delmore before he moved north.", "one season")]
    [InlineData("He signed a one-season deal with the Gulls.", "one-season")]
    [InlineData("In one season he won 12 games.", "one season")]
    public void One_counted_season_is_a_year(string text, string span)
    {
        DateMention m = Single(Extract(text, "2018-01-03"), span);
        Assert.Equal(TemporalKind.Duration, m.Kind);
        Assert.Equal("P1Y", m.Value);
    }

    [Theory]
    [InlineData("He bought one season ticket for the Gulls.")]
    [InlineData("He missed one season opener.")]
    [InlineData("She watched a season of the show.")]
    public void One_season_before_a_noun_it_modifies_is_no_length(string text)
    {
        Assert.DoesNotContain(Extract(text, "2018-01-03"), m => m.Text.Contains("season", StringComparison.OrdinalIgnoreCase));
    }
}
