using NewsExtraction.Dates;
using static NewsExtraction.Tests.Dates.DateTestHelpers;

namespace NewsExtraction.Tests.Dates;

/// <summary>Round twelve: general causes found on scraped news pages (invented sentences, same constructions).</summary>
public sealed class NewsQaRoundTwelveTests
{
    // ------------------------------------------------------------ clock times written with a full stop (British style)

    [Theory]
    [InlineData("The lifeboat was launched at 6.25am from Brindle Quay.", "6.25am", "2024-07-08T06:25")]
    [InlineData("Trading closed at 4.35 pm after a quiet session.", "4.35 pm", "2024-07-08T16:35")]
    [InlineData("The ferry docked at 11.05a.m. on schedule.", "11.05a.m.", "2024-07-08T11:05")]
    [InlineData("The rocket passed over the islands at around 8.14am local time.", "8.14am local time", "2024-07-08T08:14")]
    [InlineData("The blaze started at 11.20pm last night, firefighters said.", "11.20pm last night", "2024-07-07T23:20")]
    [InlineData("The crash happened at 5.45am on Wednesday near the depot.", "5.45am on Wednesday", "2024-07-03T05:45")]
    public void Dotted_clock_times_with_a_meridiem_are_times(string text, string span, string value)
    {
        DateMention m = Single(Extract(text), span);
        Assert.Equal(TemporalKind.Time, m.Kind);
        Assert.Equal(value, m.Value);
    }

    [Theory]
    [InlineData("Shares in Zorvan rose 5.10 percent on the news.")]
    [InlineData("The Pelmora app reached version 6.10 and more.")]
    [InlineData("The jump of 2.75 pm was a typo for points.")]
    [InlineData("Rainfall was 12.40 millimetres in the valley.")]
    public void Decimals_are_not_clock_times(string text)
    {
        Assert.DoesNotContain(Extract(text), m => m.Kind == TemporalKind.Time);
    }

    // ------------------------------------------------------------ a clock time before a day with its part of the day

    [Theory]
    [InlineData("The alarm rang at 10 p.m. Sunday night in the square.", "10 p.m. Sunday night", "2024-07-07T22:00")]
    [InlineData("The sirens sounded near 11pm local time on Friday evening.", "11pm local time on Friday evening", "2024-07-05T23:00")]
    [InlineData("The plane left at 10:52 Tuesday morning and came back.", "10:52 Tuesday morning", "2024-07-02T10:52")]
    [InlineData("The missile flew over the coast at 5am local time this morning.", "5am local time this morning", "2024-07-08T05:00")]
    [InlineData("The guards were called at 3 p.m. yesterday afternoon.", "3 p.m. yesterday afternoon", "2024-07-07T15:00")]
    public void A_clock_time_takes_the_day_of_a_following_part_of_day(string text, string span, string value)
    {
        DateMention m = Single(Extract(text), span);
        Assert.Equal(TemporalKind.Time, m.Kind);
        Assert.Equal(value, m.Value);
    }

    [Fact]
    public void An_early_hour_before_a_night_stays_apart()
    {
        // "1 a.m. Sunday night" falls on Monday: the night of Sunday does not hold that hour, so nothing is joined.
        IReadOnlyList<DateMention> found = Extract("The music stopped at 1 a.m. Sunday night, neighbours said.");
        Assert.Equal("2024-07-07TNI", Single(found, "Sunday night").Value);
        Assert.DoesNotContain(found, m => m.Text.Contains("a.m. Sunday", StringComparison.Ordinal));
    }

    // ------------------------------------------------------------ "Today", "Now", "This Morning" ending a name

    [Theory]
    [InlineData("Harlow Fields told a ZNA TODAY reporter she would stay.")]
    [InlineData("The Pelmora plant opened last spring. Video by Kel Tarvo for ZNA TODAY 3 of 12")]
    [InlineData("Photo: Ann Brindle-ZNA TODAY Sports")]
    [InlineData("On Radio 7's Today programme the finance minister said little.")]
    [InlineData("The presenter hosts This Morning alone as her partner is away.")]
    public void Programme_and_paper_names_are_not_today(string text)
    {
        Assert.DoesNotContain(Extract(text), m => m.Text.Contains("TODAY", StringComparison.Ordinal)
            || m.Text.Contains("Today", StringComparison.Ordinal) || m.Text == "This Morning");
    }

    [Theory]
    [InlineData("The booster will land on a barge, according to Orbitwatch Now\nThe launch is set.")]
    [InlineData("Copyright 2024 Harlow News Now. All rights reserved.")]
    [InlineData("Fans can stream the game on GameBox Now, the company said.")]
    [InlineData("Some StreamCo Now users complained about outages.")]
    public void Now_ending_a_name_is_not_the_present(string text)
    {
        Assert.DoesNotContain(Extract(text), m => m.Text == "Now");
    }

    [Theory]
    [InlineData("STRIKE ENDS TODAY AT NOON", "TODAY AT NOON")]
    [InlineData("Zorvan Visual Core Now Adds Night Mode To Photos", "Now")]
    [InlineData("Why Now?\nThe council has waited long enough.", "Now")]
    [InlineData("We are in shock right now, his sister wrote.", "now")]
    [InlineData("Harlow Today\nToday the council meets again.", "Today")]
    public void Today_and_now_in_text_stay(string text, string span)
    {
        Single(Extract(text), span);
    }

    // ------------------------------------------------------------ a bare clock time falls on the day just named

    [Theory]
    [InlineData("The glider left Harlow field at 1:40 p.m. Sunday. Walkers saw it come down around 1:55 p.m., a park ranger said.", "1:55 p.m.", "2024-07-07T13:55")]
    [InlineData("On July 3, a barge loaded with rockets caught fire. The blaze started at about 9 p.m. near the pier.", "9 p.m.", "2024-07-03T21:00")]
    [InlineData("\u25cfJuly 12 \u2014 A talk on comets at the Pelmora library. 7 p.m. Free entry.", "7 p.m.", "2024-07-12T19:00")]
    [InlineData("Residents saw a bright flare on Saturday evening. A webcam on Brindle hill recorded it at 6:41 p.m.", "6:41 p.m.", "2024-07-06T18:41")]
    public void A_bare_clock_time_takes_the_day_just_named(string text, string span, string value)
    {
        DateMention m = Single(Extract(System.Text.RegularExpressions.Regex.Unescape(text)), span);
        Assert.Equal(TemporalKind.Time, m.Kind);
        Assert.Equal(value, m.Value);
    }

    [Theory]
    [InlineData("The inquiry into the crash will begin on Friday. The first alarm was raised at 11:47 am, the mayor said.", "11:47 am")]
    [InlineData("The Zorvan club was founded in 1996. The final starts at 3 p.m. in the stadium.", "3 p.m.")]
    [InlineData("The ferry sank on Saturday. Divers searched the bay. Families waited on the quay. Boats came back in the dark. The harbour office opens at 9 a.m.", "9 a.m.")]
    public void A_clock_time_away_from_a_named_day_keeps_the_reference_day(string text, string span)
    {
        Assert.StartsWith("2024-07-08T", Single(Extract(text), span).Value, StringComparison.Ordinal);
    }

    // ------------------------------------------------------------ a day of a month with a relative year

    [Theory]
    [InlineData("A storm flooded the Tarven valley on June 14 last year and cut the road.", "June 14 last year", "2023-06-14")]
    [InlineData("The Harlow fair returns on March 3 next year, organisers said.", "March 3 next year", "2025-03-03")]
    [InlineData("The pier reopened on 5 May this year after repairs.", "5 May this year", "2024-05-05")]
    [InlineData("The bridge closed on 9 October of last year.", "9 October of last year", "2023-10-09")]
    public void A_day_of_a_month_takes_a_relative_year_after_it(string text, string span, string value)
    {
        DateMention m = Single(Extract(text), span);
        Assert.Equal(TemporalKind.Date, m.Kind);
        Assert.Equal(value, m.Value);
    }

    [Fact]
    public void A_day_before_last_years_noun_stays_apart()
    {
        IReadOnlyList<DateMention> found = Extract("The vote on June 14 last year's winners called for was held.");
        Assert.Equal("2024-06-14", Single(found, "June 14").Value);
    }

    // ------------------------------------------------------------ ages in the plural, "last" as a verb

    [Theory]
    [InlineData("A group of 16-year-olds waited outside the Pelmora gym.")]
    [InlineData("Two five-year-olds were rescued from the lift.")]
    public void Ages_in_the_plural_are_not_durations(string text)
    {
        Assert.DoesNotContain(Extract(text), m => m.Kind == TemporalKind.Duration);
    }

    [Theory]
    [InlineData("The Brindle expedition will last 19 days and ends at the pole.", "19 days", "P19D")]
    [InlineData("The hearing could last two weeks, lawyers said.", "two weeks", "P2W")]
    [InlineData("The truce is not expected to last a year.", "a year", "P1Y")]
    public void Last_after_a_modal_is_the_verb(string text, string span, string value)
    {
        IReadOnlyList<DateMention> found = Extract(text);
        DateMention m = Single(found, span);
        Assert.Equal(TemporalKind.Duration, m.Kind);
        Assert.Equal(value, m.Value);
        Assert.DoesNotContain(found, d => d.Text.StartsWith("last", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Will last week's rally hold, traders asked.", "last week", "2024-W27")]
    [InlineData("Prices rose over the last 23 days in Harlow.", "the last 23 days", "P23D")]
    public void Last_as_previous_stays(string text, string span, string value)
    {
        Assert.Equal(value, Single(Extract(text), span).Value);
    }

    // ------------------------------------------------------------ a four-digit count after an approximator

    [Theory]
    [InlineData("The survey suggests there are roughly 2050 comets in the cloud.")]
    [InlineData("About 1500 protesters marched through Harlow.")]
    [InlineData("Nearly 1950 workers left the Zorvan plant.")]
    public void An_approximate_count_before_a_plural_noun_is_no_year(string text)
    {
        Assert.DoesNotContain(Extract(text), m => m.Kind == TemporalKind.Date);
    }

    [Theory]
    [InlineData("In about 2010 engineers found the leak.", "2010")]
    [InlineData("The mill closed around 2005 after a fire.", "2005")]
    [InlineData("The 2015 floods ruined the crops.", "2015")]
    [InlineData("Rents fell back to about 2019 levels in Brindle.", "2019")]
    public void Years_near_an_approximator_stay(string text, string span)
    {
        Assert.Equal(span, Single(Extract(text), span).Value);
    }

    // ------------------------------------------------------------ a year written before a holiday

    [Theory]
    [InlineData("The 2019 Christmas floods closed the Harlow road.", "2019 Christmas", "2019-12-25")]
    [InlineData("After the 2013 New Year's Eve riots, the Tarven police changed tactics.", "2013 New Year's Eve", "2013-12-31")]
    public void A_year_before_a_holiday_is_its_year(string text, string span, string value)
    {
        Assert.Equal(value, Single(Extract(text, "2017-12-30"), span).Value);
    }

    [Fact]
    public void A_year_after_a_preposition_stays_apart_from_a_holiday()
    {
        IReadOnlyList<DateMention> found = Extract("In 2016 Christmas came early for the Brindle shops.", "2017-12-30");
        Assert.Equal("2016", Single(found, "2016").Value);
        Assert.Equal("2017-12-25", Single(found, "Christmas").Value);
    }
}
