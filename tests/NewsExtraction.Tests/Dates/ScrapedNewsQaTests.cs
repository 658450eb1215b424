using NewsExtraction.Dates;
using static NewsExtraction.Tests.Dates.DateTestHelpers;

namespace NewsExtraction.Tests.Dates;

/// <summary>Round ten: general causes found on scraped news pages (invented sentences, same constructions).</summary>
public sealed class ScrapedNewsQaTests
{
    // ------------------------------------------------------------ video running times are page furniture

    [Theory]
    [InlineData("MORE ABOUT ZORVAN INDUSTRIES Zorvan opens a floating factory | 1:42 Zorvan has built a plant on a barge. (Nov. 3) AP 4 of 12")]
    [InlineData("Top stories\nMUST WATCH Why the Pelmora dam keeps leaking 02:17\nEngineers say the crack is old.")]
    [InlineData("Fans cheer the Harlow Hawks at the parade? Play Video 0:47 Crowds lined the avenue.")]
    [InlineData("Quiz: how well do you know the Tarven valley?\n1:05 Test your knowledge of the region.")]
    public void Video_running_times_are_not_clock_times(string text)
    {
        IReadOnlyList<DateMention> found = Extract(text);
        Assert.DoesNotContain(found, m => m.Kind == TemporalKind.Time);
    }

    [Theory]
    [InlineData("The ferry left Brindle Quay at 11:48 and docked an hour later.", "11:48", "2024-07-08T11:48")]
    [InlineData("The alarm sounded around 10:25, the fire service said.", "10:25", "2024-07-08T10:25")]
    [InlineData("Doors open\n19:30\nTickets at the gate.", "19:30", "2024-07-08T19:30")]
    [InlineData("Updated Monday 18:20\nThe council met again.", "Monday 18:20", "2024-07-08T18:20")]
    public void Clock_times_with_a_cue_stay(string text, string span, string value)
    {
        DateMention m = Single(Extract(text), span);
        Assert.Equal(TemporalKind.Time, m.Kind);
        Assert.Equal(value, m.Value);
    }

    // ------------------------------------------------------------ "the first time in N years" looks back

    [Theory]
    [InlineData("The Harlow Hawks won the cup for the first time in 61 years on Sunday.", "61 years", "P61Y")]
    [InlineData("It was the club's first title in two decades.", "two decades", "P20Y")]
    [InlineData("Grain prices hit their highest level in three years last week.", "three years", "P3Y")]
    [InlineData("Tarven had not seen snow like it for the first time in 12 years.", "12 years", "P12Y")]
    public void First_or_superlative_in_n_years_is_a_duration(string text, string span, string value)
    {
        DateMention m = Single(Extract(text), span);
        Assert.Equal(TemporalKind.Duration, m.Kind);
        Assert.Equal(value, m.Value);
    }

    [Fact]
    public void In_n_years_ahead_stays_a_date()
    {
        DateMention m = Single(Extract("The Pelmora line will open in two years, the minister said."), "two years");
        Assert.Equal(TemporalKind.Date, m.Kind);
        Assert.Equal("2026", m.Value);
    }

    // ------------------------------------------------------------ "N years later" counts from the story's date

    [Theory]
    [InlineData("The pair founded Zorvan in 1996 and sold it almost a decade later.", "a decade later", "2006")]
    [InlineData("Brindle first stood for the council in 2009. Two years later, she became its leader.", "Two years later", "2011")]
    [InlineData("The bridge opened on May 3, 2015. A year later, cracks appeared.", "A year later", "2016")]
    public void Years_later_count_from_the_last_named_date(string text, string span, string value)
    {
        DateMention m = Single(Extract(text), span);
        Assert.Equal(TemporalKind.Date, m.Kind);
        Assert.Equal(value, m.Value);
    }

    [Theory]
    [InlineData("Two years later, the Tarven mill was a ruin.", "Two years")]
    [InlineData("The Hawks last won in 2019. They did it again 40 years later, fans joked.", "40 years")]
    public void Years_later_without_a_usable_date_is_a_length_of_time(string text, string span)
    {
        DateMention m = Single(Extract(text), span);
        Assert.Equal(TemporalKind.Duration, m.Kind);
        Assert.StartsWith("P", m.Value);
        Assert.DoesNotContain(Extract(text), d => d.Kind == TemporalKind.Date && d.Text.EndsWith("later", StringComparison.Ordinal));
    }
}
