using NewsExtraction.Dates;
using static NewsExtraction.Tests.Dates.DateTestHelpers;

namespace NewsExtraction.Tests.Dates;

/// <summary>General causes found on a second set of hand-annotated scraped news (invented sentences, same constructions).</summary>
public sealed class HandAnnotatedProxyTwoTests
{
    // ------------------------------------------------------------ wire clocks: "0336 GMT"

    [Theory]
    [InlineData("The Velbor ferry sailed at 9:15 a.m. (1415 GMT) for the islands.", "1415 GMT", "2024-07-08T14:15")]
    [InlineData("Polls close at 2000 UTC, officials in Marrow said.", "2000 UTC", "2024-07-08T20:00")]
    [InlineData("The alert was lifted at 0045 GMT.", "0045 GMT", "2024-07-08T00:45")]
    public void A_four_digit_clock_with_its_zone_is_a_time(string text, string span, string value)
    {
        DateMention m = Single(Extract(text), span);
        Assert.Equal(TemporalKind.Time, m.Kind);
        Assert.Equal(value, m.Value);
    }

    [Theory]
    [InlineData("The Orlend club was founded in 1996 GMT style, fans joked.", "1996")]
    [InlineData("About 2560 GMT employees joined the strike.", "2560")]
    [InlineData("Flight 1415 GMT-bound was delayed.", "1415")]
    public void Years_and_impossible_clocks_before_a_zone_are_not_times(string text, string digits)
    {
        Assert.DoesNotContain(Extract(text), m => m.Kind == TemporalKind.Time && m.Text.Contains(digits, StringComparison.Ordinal));
    }

    // ------------------------------------------------------------ "decades ago"

    [Theory]
    [InlineData("The Harlow mill closed decades ago and never reopened.", "decades ago")]
    [InlineData("The bridge was built centuries ago by monks.", "centuries ago")]
    [InlineData("The Velmor family left the valley years ago.", "years ago")]
    public void A_bare_plural_of_years_before_ago_is_a_vague_past(string text, string span)
    {
        DateMention m = Single(Extract(text), span);
        Assert.Equal(TemporalKind.Vague, m.Kind);
        Assert.Equal("PAST_REF", m.Value);
    }

    [Fact]
    public void A_counted_decade_ago_still_resolves()
    {
        DateMention m = Single(Extract("The plant opened two decades ago, in Marrow."), "two decades ago");
        Assert.Equal(TemporalKind.Date, m.Kind);
    }

    // ------------------------------------------------------------ "in over a century", "lasted over a week"

    [Theory]
    [InlineData("It was the club's first title in over a century.", "over a century", "P100Y")]
    [InlineData("The hearing lasted over a week, lawyers said.", "over a week", "P1W")]
    [InlineData("Fans queued for over two hours in the rain.", "over two hours", "PT2H")]
    [InlineData("The rescue took just over an hour.", "just over an hour", "PT1H")]
    public void Over_after_a_preposition_or_a_verb_of_lasting_is_part_of_the_length(string text, string span, string value)
    {
        DateMention m = Single(Extract(text), span);
        Assert.Equal(TemporalKind.Duration, m.Kind);
        Assert.Equal(value, m.Value);
    }

    [Theory]
    [InlineData("The rules evolved over three years of talks.", "three years")]
    [InlineData("Prices rose over two decades, the Marrow bank said.", "two decades")]
    public void Over_as_a_preposition_stays_out_of_the_span(string text, string span)
    {
        Single(Extract(text), span);
        Assert.DoesNotContain(Extract(text), m => m.Text.StartsWith("over", StringComparison.OrdinalIgnoreCase));
    }

    // ------------------------------------------------------------ weekday fixes the year: "Friday, December 1"

    [Theory]
    [InlineData("2016-11-03", "Best bets for Friday, December 1 are in.", "Friday, December 1", "2017-12-01")]
    [InlineData("2018-02-07", "Tips for Saturday, March 2 are below.", "Saturday, March 2", "2019-03-02")]
    [InlineData("2018-02-07", "Tips for Friday, March 2 are below.", "Friday, March 2", "2018-03-02")]
    [InlineData("2024-07-08", "The Velbor race ran on Sunday, July 7.", "Sunday, July 7", "2024-07-07")]
    public void A_weekday_with_a_yearless_date_picks_the_year_it_falls_on(string reference, string text, string span, string value)
    {
        Assert.Equal(value, Single(Extract(text, reference), span).Value);
    }

    // ------------------------------------------------------------ "Usa Today Sports"

    [Theory]
    [InlineData("Usa Today Sports Two fans cheer at the Harlow stadium.")]
    [InlineData("Photo: Evan Marrow, Usa Today Network")]
    public void A_title_cased_usa_today_is_the_paper(string text)
    {
        Assert.DoesNotContain(Extract(text), m => m.Text.Equals("Today", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Today_after_an_ordinary_word_is_still_the_day()
    {
        Assert.Equal("2024-07-08", Single(Extract("The Marrow museum opens today."), "today").Value);
    }

    // ------------------------------------------------------------ "from the 1970s to spring 2016"

    [Theory]
    [InlineData("Records kept from the 1950s to autumn 2009 were lost.", "the 1950s to autumn 2009", "195X/2009-FA")]
    [InlineData("Output grew from the 1960s to the 1990s, the Harlow board said.", "the 1960s to the 1990s", "196X/199X")]
    [InlineData("Prices doubled between the 1980s and 2003.", "the 1980s and 2003", "198X/2003")]
    public void A_decade_after_from_or_between_opens_a_range(string text, string span, string value)
    {
        DateMention m = Single(Extract(text), span);
        Assert.Equal(TemporalKind.Range, m.Kind);
        Assert.Equal(value, m.Value);
    }

    [Fact]
    public void A_decade_without_from_does_not_swallow_what_follows()
    {
        IReadOnlyList<DateMention> found = Extract("The archive moved the 1990s to a new shelf.");
        Assert.Equal("199X", Single(found, "the 1990s").Value);
    }

    // ------------------------------------------------------------ "20 years ago today"

    [Theory]
    [InlineData("My grandmother died ten years ago today.", "ten years ago today", "2014-07-08")]
    [InlineData("The Velbor plant opened a month ago today, workers said.", "a month ago today", "2024-06-08")]
    [InlineData("She won the Marrow title two weeks ago today.", "two weeks ago today", "2024-06-24")]
    public void A_count_ago_today_is_that_same_day(string text, string span, string value)
    {
        DateMention m = Single(Extract(text), span);
        Assert.Equal(TemporalKind.Date, m.Kind);
        Assert.Equal(value, m.Value);
    }

    [Fact]
    public void Ago_before_todays_event_keeps_the_two_apart()
    {
        IReadOnlyList<DateMention> found = Extract("The vote was 20 years ago today's date.");
        Assert.Equal("2004", Single(found, "20 years ago").Value);
    }

    // ------------------------------------------------------------ an embedded post's "today"

    [Fact]
    public void Today_inside_an_embedded_post_is_the_day_it_was_posted()
    {
        string text = "The Velmor zoo shut its gates.\nSad news from the zoo today: https://t.co/abc pic.twitter.com/xyz \u2014 Velmor Zoo (@VelmorZoo) July 6, 2024\nThe zoo opens as usual today.";
        IReadOnlyList<DateMention> found = Extract(text);
        Assert.Equal("2024-07-06", found.Single(m => m.Text == "today" && m.Span.Start < 60).Value);
        Assert.Equal("2024-07-08", found.Single(m => m.Text == "today" && m.Span.Start > 100).Value);
    }

    [Fact]
    public void Tonight_in_a_post_dated_at_the_line_end_takes_that_day()
    {
        IReadOnlyList<DateMention> found = Extract("Our hearts are with the crew tonight \u2014 Ana Pell (@anapell) Jul. 2, 2024");
        Assert.StartsWith("2024-07-02", Single(found, "tonight").Value, StringComparison.Ordinal);
    }

    [Fact]
    public void A_handle_without_a_post_date_leaves_today_alone()
    {
        Assert.Equal("2024-07-08", Single(Extract("The park is closed today (@parks) for repairs."), "today").Value);
    }

    // ------------------------------------------------------------ "months of talks", "decades of neglect"

    [Theory]
    [InlineData("The decades of neglect at the Harlow mill ended in court.", "decades", "PXDE")]
    [InlineData("After months of talks the Velbor deal was signed.", "months", "PXM")]
    [InlineData("Years of drought left the Marrow valley dry.", "Years", "PXY")]
    public void A_bare_plural_unit_before_of_is_a_duration(string text, string span, string value)
    {
        DateMention m = Single(Extract(text), span);
        Assert.Equal(TemporalKind.Duration, m.Kind);
        Assert.Equal(value, m.Value);
    }

    [Theory]
    [InlineData("The days of the week are named for old gods.", "days")]
    [InlineData("Read the minutes of the Velbor board meeting.", "minutes")]
    public void Plural_units_before_of_the_or_minutes_of_a_meeting_are_not_durations(string text, string word)
    {
        Assert.DoesNotContain(Extract(text), m => m.Text.Equals(word, StringComparison.OrdinalIgnoreCase));
    }
}
