using NewsExtraction.Dates;
using static NewsExtraction.Tests.Dates.DateTestHelpers;

namespace NewsExtraction.Tests.Dates;

/// <summary>Round thirteen: general causes found on scraped news pages (invented sentences, same constructions).</summary>
public sealed class NewsQaRoundThirteenTests
{
    // ------------------------------------------------------------ a bare month after "in" under a firm tense

    [Theory]
    [InlineData("A regional judge threw out the Harlow lawsuit in December.", "2023-11-20", "December", "2022-12")]
    [InlineData("In February, the ministry asked the agency for a plan.", "2024-01-03", "February", "2023-02")]
    [InlineData("The complaint led a county judge in December to dismiss the claims.", "2023-11-14", "December", "2022-12")]
    [InlineData("Investigators think the Velmor clip was filmed in December, long before its release.", "2023-10-13", "December", "2022-12")]
    [InlineData("Export prices rose 3 percent in January, the bureau said.", "2023-11-20", "January", "2023-01")]
    public void A_past_event_in_a_bare_month_is_not_moved_to_a_month_not_yet_begun(string text, string reference, string span, string value)
    {
        Assert.Equal(value, Single(Extract(text, reference), span).Value);
    }

    [Theory]
    [InlineData("The Pelmora plant will open in December.", "2023-11-20", "December", "2023-12")]
    [InlineData("The Orlend troupe said in January that starting in May its shows would drop the horses.", "2024-03-18", "May", "2024-05")]
    [InlineData("The board gave the bidder until mid-November to submit more papers.", "2023-10-02", "mid-November", "2023-11")]
    public void Future_months_and_deadlines_keep_their_reading(string text, string reference, string span, string value)
    {
        Assert.Equal(value, Single(Extract(text, reference), span).Value);
    }

    [Fact]
    public void A_present_passive_participle_is_not_a_past_marker()
    {
        // "is argued" is a present passive (the hearing is ahead), not a past "-ed" form.
        DateMention m = Single(Extract("The family may lose the boy when the Tarrow appeal is argued in May before three judges.", "2023-03-29"), "May");
        Assert.Equal("2023-05", m.Value);
    }

    [Fact]
    public void Has_decided_to_reads_ahead_but_decided_to_alone_does_not()
    {
        Assert.Equal("2024-03", Single(Extract("The league has decided to take in two new clubs in early March, its chairman said.", "2024-02-10"), "early March").Value);
        Assert.Equal("2023-07", Single(Extract("The drummer decided to quit the band over the July holiday weekend, friends recalled.", "2024-02-06"), "July").Value);
    }

    // ------------------------------------------------------------ "N minutes / hours ago": the day that time falls on

    [Theory]
    [InlineData("We learned about 20 minutes ago that the Korvel bridge had reopened.", "20 minutes ago", "2024-07-08")]
    [InlineData("About an hour ago I spoke with the rescued miners.", "an hour ago", "2024-07-08")]
    [InlineData("The Dallow poll closed 48 hours ago.", "48 hours ago", "2024-07-06")]
    [InlineData("The first shots were fired 30 hours ago, residents said.", "30 hours ago", "2024-07-07")]
    public void Minutes_and_hours_ago_point_to_a_day(string text, string span, string value)
    {
        DateMention m = Single(Extract(text), span);
        Assert.Equal(TemporalKind.Date, m.Kind);
        Assert.Equal(value, m.Value);
    }

    [Theory]
    [InlineData("Two hours later, the Pravin fire was out.", "Two hours", "PT2H")]
    [InlineData("The crew worked for 90 minutes before the lift failed.", "90 minutes", "PT90M")]
    public void Hours_counted_from_the_story_stay_lengths_of_time(string text, string span, string value)
    {
        DateMention m = Single(Extract(text), span);
        Assert.Equal(TemporalKind.Duration, m.Kind);
        Assert.Equal(value, m.Value);
    }

    // ------------------------------------------------------------ weekday direction: scare quotes, "his bold plans"

    [Theory]
    [InlineData("Huge crowds are expected to pack the town's \"fan mile\" on Sunday near the old gate.", "2023-12-29", "Sunday", "2023-12-31")]
    [InlineData("The Orvane group made a $9 billion \u201Cfinal offer\u201D on Monday to buy its rival.", "2024-02-06", "Monday", "2024-02-05")]
    public void A_short_quoted_phrase_does_not_hide_the_verb(string text, string reference, string span, string value)
    {
        Assert.Equal(value, Single(Extract(text, reference), span).Value);
    }

    [Fact]
    public void A_quotation_still_ends_the_reading()
    {
        // The quoted sentence is long: the reporting verb outside it does not decide the date inside it.
        Assert.Equal("2023-12-31", Single(Extract("He added: \"We are going to hold the big parade in the old square on Sunday.\"", "2023-12-29"), "Sunday").Value);
    }

    [Theory]
    [InlineData("The Dorvin founder revealed his bold plans via a video late Friday, saying the car would fly.", "2024-01-10", "late Friday", "2024-01-05")]
    [InlineData("The minister outlined their ambitious plans on Friday at the port.", "2024-01-10", "Friday", "2024-01-05")]
    public void Plans_after_a_possessive_and_an_adjective_are_a_noun(string text, string reference, string span, string value)
    {
        Assert.Equal(value, Single(Extract(text, reference), span).Value);
    }

    [Fact]
    public void Plans_as_a_verb_still_reads_ahead()
    {
        Assert.Equal("2024-01-12", Single(Extract("The Dorvin company plans to open the store on Friday.", "2024-01-10"), "Friday").Value);
    }

    // ------------------------------------------------------------ names and prepositions that are no dates

    [Theory]
    [InlineData("Nobody in town remembers when the Rovers last won the Fall Classic.")]
    [InlineData("The club hosted the Winter Classic at an outdoor rink.")]
    [InlineData("The chancellor will deliver the Spring Statement to parliament.")]
    public void A_capitalised_season_inside_a_name_is_no_date(string text)
    {
        Assert.DoesNotContain(Extract(text), m => m.Value is not null && (m.Value.EndsWith("-FA", StringComparison.Ordinal)
            || m.Value.EndsWith("-WI", StringComparison.Ordinal) || m.Value.EndsWith("-SP", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("They met in the Summer and married a year later.", "the Summer", "2024-SU")]
    [InlineData("The couple wed in the Spring of 2015.", "the Spring of 2015", "2015-SP")]
    public void A_capitalised_season_as_a_time_is_still_read(string text, string span, string value)
    {
        Assert.Equal(value, Single(Extract(text), span).Value);
    }

    [Fact]
    public void Following_as_a_preposition_before_plural_units_is_no_future_reference()
    {
        Assert.DoesNotContain(Extract("The group split from its parent in 2014 following years of feuding."), m => m.Value == "FUTURE_REF");
        Assert.Equal("PXM", Single(Extract("In the following months, prices fell."), "the following months").Value);
    }

    // ------------------------------------------------------------ decades written with an apostrophe

    [Theory]
    [InlineData("Critics want a return to the Korvan of the 1990's under its old leader.", "the 1990's", "199X")]
    [InlineData("Rents soared in the 1980\u2019s and then fell.", "the 1980\u2019s", "198X")]
    [InlineData("Tastes changed in the late 1970's as disco faded.", "the late 1970's", "197X")]
    public void A_decade_with_an_apostrophe_is_a_decade(string text, string span, string value)
    {
        Assert.Equal(value, Single(Extract(text), span).Value);
    }

    [Fact]
    public void A_possessive_year_is_not_a_decade()
    {
        Assert.Contains(Extract("In 1990's first half the Pelmora fund gained."), m => m.Value == "1990");
    }

    // ------------------------------------------------------------ "early 2014" is a date in focus

    [Theory]
    [InlineData("She posted about it at Christmas. Together since early 2014, the pair met on a film set. A year later, they wed.", "A year later", "2015")]
    [InlineData("The Harlow plant opened in late 2009. Later that year it hired 200 staff.", "Later that year", "2009")]
    public void A_date_with_early_mid_late_is_the_date_in_focus(string text, string span, string value)
    {
        Assert.Equal(value, Single(Extract(text, "2024-02-05"), span).Value);
    }

    // ------------------------------------------------------------ clock-time ranges take the day just named

    [Theory]
    [InlineData("The Larkby fair opens on July 12. Doors are open from 9 to 11 a.m.", "9 to 11 a.m.", "2024-07-12T09:00/2024-07-12T11:00")]
    [InlineData("If rain delays the race, it will be rerun on Wednesday. Gates stay open between 2 and 5 p.m.", "2 and 5 p.m.", "2024-07-10T14:00/2024-07-10T17:00")]
    public void A_clock_time_range_takes_the_day_just_named(string text, string span, string value)
    {
        Assert.Equal(value, Single(Extract(text), span).Value);
    }

    [Fact]
    public void A_day_after_since_is_no_day_for_clock_times()
    {
        DateMention m = Single(Extract("The coin hit its lowest level since Nov. 13. The slide came between 00:45 and 05:00 UTC."), "00:45 and 05:00 UTC");
        Assert.Equal("2024-07-08T00:45/2024-07-08T05:00", m.Value);
    }
}
