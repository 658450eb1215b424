using NewsExtraction.Dates;
using static NewsExtraction.Tests.Dates.DateTestHelpers;

namespace NewsExtraction.Tests.Dates;

/// <summary>General causes found on hand-annotated scraped news (invented sentences, same constructions).</summary>
public sealed class HandAnnotatedProxyTests
{
    // ------------------------------------------------------------ bare plural units: "seconds later", "hours into the flight"

    [Theory]
    [InlineData("The barrier gave way and the bus stopped seconds later.", "seconds", "PTXS")]
    [InlineData("The lead car spun seconds into the restart.", "seconds", "PTXS")]
    [InlineData("The Velmor ferry turned back hours into the crossing.", "hours", "PTXH")]
    [InlineData("The union gave in days into the strike.", "days", "PXD")]
    [InlineData("Weeks into the siege, the town ran out of flour.", "Weeks", "PXW")]
    public void A_bare_plural_unit_before_later_or_into_is_a_duration(string text, string span, string value)
    {
        DateMention m = Single(Extract(text), span);
        Assert.Equal(TemporalKind.Duration, m.Kind);
        Assert.Equal(value, m.Value);
    }

    [Theory]
    [InlineData("Everyone at the Harlow table went back for seconds.")]
    [InlineData("She put hours into the garden behind the Orlend mill.")]
    [InlineData("The club poured years into the youth academy.")]
    [InlineData("The fuse burned for seconds at most, the report said.")]
    public void Bare_units_without_a_time_cue_are_not_dates(string text)
    {
        Assert.DoesNotContain(Extract(text), m => m.Text.Contains("seconds", StringComparison.Ordinal) || m.Text.Contains("hours", StringComparison.Ordinal) || m.Text.Contains("years", StringComparison.Ordinal));
    }

    // ------------------------------------------------------------ "a billion years", "millions of years"

    [Theory]
    [InlineData("The old probe may keep circling the sun for a billion years.", "a billion years", "P1000000000Y")]
    [InlineData("The crater formed 4.5 billion years ago, the team said.", "4.5 billion years ago", null)]
    [InlineData("The rock has sat there for two million years.", "two million years", "P2000000Y")]
    [InlineData("Such canyons take millions of years to form.", "millions of years", "PXY")]
    [InlineData("Granite like this formed over several hundred million years.", "several hundred million years", "PXY")]
    public void Millions_and_billions_of_years_are_durations(string text, string span, string? value)
    {
        DateMention m = Single(Extract(text), span);
        if (value is not null)
        {
            Assert.Equal(TemporalKind.Duration, m.Kind);
            Assert.Equal(value, m.Value);
        }
    }

    [Theory]
    [InlineData("The Pelmora fund lost $2 billion last year.")]
    [InlineData("About 1.4 billion people watched the final.")]
    public void Amounts_in_billions_are_not_durations(string text)
    {
        Assert.DoesNotContain(Extract(text), m => m.Text.Contains("billion", StringComparison.Ordinal));
    }

    // ------------------------------------------------------------ "In this <weekday>, <full date> photo"

    [Fact]
    public void This_before_a_fully_written_weekday_date_belongs_to_the_photo()
    {
        DateMention m = Single(Extract("FILE - In this Friday, March 3, 2023 photo, a man walks past the Tarrow court.", "2023-04-10"), "Friday, March 3, 2023");
        Assert.Equal("2023-03-03", m.Value);
    }

    [Fact]
    public void This_before_a_weekday_and_a_date_without_a_year_stays_in_the_span()
    {
        DateMention m = Single(Extract("The Harlow fair opens this Sunday, March 8, organisers said.", "2020-03-02"), "this Sunday, March 8");
        Assert.Equal("2020-03-08", m.Value);
    }

    // ------------------------------------------------------------ a clock time a few sentences after the day it falls on

    [Fact]
    public void A_clock_time_four_sentences_after_a_named_day_falls_on_that_day()
    {
        const string text = "A barge ran aground near the Velmor lock on Saturday. Crews pumped water out of the hold. "
            + "Divers checked the hull for cracks. Nobody was hurt, the operator said. The lock reopened around 4pm.";
        DateMention m = Single(Extract(text, "2024-07-08"), "4pm");
        Assert.Equal("2024-07-06T16:00", m.Value);
    }

    [Fact]
    public void A_clock_time_far_from_any_named_day_falls_on_the_publication_day()
    {
        const string text = "A barge ran aground near the Velmor lock on Saturday. Crews pumped water out of the hold. "
            + "Divers checked the hull for cracks. Nobody was hurt, the operator said. Traffic resumed slowly. Tugs stood by. The lock reopened around 4pm.";
        DateMention m = Single(Extract(text, "2024-07-08"), "4pm");
        Assert.Equal("2024-07-08T16:00", m.Value);
    }

    // ------------------------------------------------------------ counted seasons of a league; "an 11 hour flight"

    [Theory]
    [InlineData("Ravel has led the Harlow club to the final in the past two seasons.", "the past two seasons", "P2Y")]
    [InlineData("The coach went 30-18 in three seasons with the Pelmora side.", "three seasons", "P3Y")]
    [InlineData("Orlend retires after 5 seasons in the league.", "5 seasons", "P5Y")]
    [InlineData("The owners fired the coach after just 20 wins in three seasons.", "three seasons", "P3Y")]
    [InlineData("The pilots turned back four hours into an 11 hour flight.", "11 hour", "PT11H")]
    [InlineData("Workers began a 24 hour strike at the Velmor depot.", "24 hour", "PT24H")]
    public void Counted_seasons_and_unhyphenated_lengths_are_durations(string text, string span, string value)
    {
        DateMention m = Single(Extract(text), span);
        Assert.Equal(TemporalKind.Duration, m.Kind);
        Assert.Equal(value, m.Value);
    }

    [Theory]
    [InlineData("The summit was held at the Four Seasons in Tarrow.")]
    [InlineData("Guests of the Four Seasons Hotel were moved out.")]
    [InlineData("He wrote the book in the 1988 hour of need.")]
    public void Names_with_seasons_and_years_before_a_unit_are_not_durations(string text)
    {
        Assert.DoesNotContain(Extract(text), m => m.Kind == TemporalKind.Duration);
    }
}
