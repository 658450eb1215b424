using NewsExtraction.Dates;
using static NewsExtraction.Tests.Dates.DateTestHelpers;

namespace NewsExtraction.Tests.Dates;

/// <summary>
/// Round eleven: clock-time ranges with one meridiem, durations of several units, clock times in words and
/// arithmetic on the reference day. Reference date of every case: Monday 2024-07-08. Invented sentences.
/// </summary>
public sealed class SpokenTimeTests
{
    [Theory]
    [InlineData("The clinic is open from 9 to 11 a.m. for walk-ins.", "9 to 11 a.m.", "2024-07-08T09:00/2024-07-08T11:00")]
    [InlineData("Voters can cast ballots between 4 and 5pm at the school.", "4 and 5pm", "2024-07-08T16:00/2024-07-08T17:00")]
    [InlineData("The library hosts a reading 1-3 pm for children.", "1-3 pm", "2024-07-08T13:00/2024-07-08T15:00")]
    [InlineData("The bridge will close 10:00-11:30 for inspection.", "10:00-11:30", "2024-07-08T10:00/2024-07-08T11:30")]
    [InlineData("The hearing ran from 11 to 1 p.m. without a break.", "11 to 1 p.m.", "2024-07-08T11:00/2024-07-08T13:00")]
    [InlineData("Doors open at 7:30-8 p.m. at the arena.", "7:30-8 p.m.", "2024-07-08T19:30/2024-07-08T20:00")]
    [InlineData("The mayor speaks on Monday from 2 to 4 p.m. at city hall.", "Monday from 2 to 4 p.m.", "2024-07-08T14:00/2024-07-08T16:00")]
    [InlineData("The pharmacy is shut 2 to 4 p.m. on July 9 for stocktaking.", "2 to 4 p.m. on July 9", "2024-07-09T14:00/2024-07-09T16:00")]
    [InlineData("The road was closed yesterday afternoon from 3-8pm after the crash.", "yesterday afternoon from 3-8pm", "2024-07-07T15:00/2024-07-07T20:00")]
    [InlineData("Crews will work tomorrow between 9 and 11 a.m. on the main line.", "tomorrow between 9 and 11 a.m.", "2024-07-09T09:00/2024-07-09T11:00")]
    [InlineData("Staff will be on site tomorrow at 4 - 6:30 pm to help.", "tomorrow at 4 - 6:30 pm", "2024-07-09T16:00/2024-07-09T18:30")]
    [InlineData("The museum is open between 5 and 6 in the afternoon on weekdays.", "5 and 6 in the afternoon", "2024-07-08T17:00/2024-07-08T18:00")]
    [InlineData("The clinic sees patients from 9 to 11 in the morning.", "9 to 11 in the morning", "2024-07-08T09:00/2024-07-08T11:00")]
    public void Clock_time_ranges_are_one_mention(string text, string span, string value)
    {
        DateMention m = Single(Extract(text), span);
        Assert.Equal(TemporalKind.Range, m.Kind);
        Assert.Equal(value, m.Value);
    }

    [Theory]
    [InlineData("The court ruled 5-4 on the appeal.")]
    [InlineData("Unemployment rose from 9 to 11 percent in the region.")]
    [InlineData("The home side won the match 3-1 at the stadium.")]
    [InlineData("The pastor read John 3:16-4:12 aloud.")]
    [InlineData("Call the office at 555-1234 for details.")]
    [InlineData("The team won ten to nine in extra innings.")]
    [InlineData("Profit rose in the quarter to 9 percent, the bank said.")]
    [InlineData("Bookmakers put the odds at ten to one against the champion.")]
    [InlineData("The board was cut from ten to nine members.")]
    public void Counts_scores_and_verses_are_no_clock_times(string text)
    {
        foreach (DateMention m in Extract(text))
        {
            Assert.False(m.Kind is TemporalKind.Time or TemporalKind.Range, $"'{m.Text}' read as {m.Kind} {m.Value}");
        }
    }

    [Fact]
    public void Shared_meridiem_property()
    {
        // "from H1 to H2 a.m./p.m." with H1 < H2 < 12: both hours take the meridiem written once.
        FsCheck.Check.QuickThrowOnFailure(FsCheck.Fluent.Prop.ForAll<int, int, bool>((x, y, pm) =>
        {
            int h2 = 2 + (Math.Abs(x % 10)); // 2..11
            int h1 = 1 + Math.Abs(y % (h2 - 1)); // 1..h2-1
            string text = $"The office is open from {h1} to {h2} {(pm ? "p.m." : "a.m.")} for visitors.";
            DateMention m = Single(Extract(text), $"{h1} to {h2} {(pm ? "p.m." : "a.m.")}");
            int o = pm ? 12 : 0;
            return m.Kind == TemporalKind.Range && m.Value == $"2024-07-08T{h1 + o:00}:00/2024-07-08T{h2 + o:00}:00";
        }));
    }

    [Theory]
    [InlineData("The hearing lasted 1 hour and 30 minutes before the judge left.", "1 hour and 30 minutes", "PT1H30M")]
    [InlineData("He was sentenced to two years and three months in prison.", "two years and three months", "P2Y3M")]
    [InlineData("The flight took 3 hours 20 minutes because of the storm.", "3 hours 20 minutes", "PT3H20M")]
    [InlineData("The record stood for 1 year 2 months 3 weeks 4 days.", "1 year 2 months 3 weeks 4 days", "P1Y2M3W4D")]
    [InlineData("The talks lasted an hour and 30 minutes and 2 seconds.", "an hour and 30 minutes and 2 seconds", "PT1H30M2S")]
    [InlineData("The debate lasted a minute and a half, the shortest ever.", "a minute and a half", "PT1M30S")]
    [InlineData("Three hours and 20 minutes later the ship sank.", "Three hours and 20 minutes", "PT3H20M")]
    public void Durations_of_several_units(string text, string span, string value)
    {
        DateMention m = Single(Extract(text), span);
        Assert.Equal(TemporalKind.Duration, m.Kind);
        Assert.Equal(value, m.Value);
    }

    [Theory]
    [InlineData("She served two years, three months later she left the firm.", "two years", "P2Y")]
    [InlineData("The two-year and three-month terms were both cut.", "two-year", "P2Y")]
    public void Separate_durations_stay_apart(string text, string span, string value)
    {
        IReadOnlyList<DateMention> found = Extract(text);
        Assert.Equal(value, Single(found, span).Value);
        Assert.DoesNotContain(found, m => m.Value is not null && m.Value.Length > 4 && m.Kind == TemporalKind.Duration && m.Text.Contains(" and ", StringComparison.Ordinal));
    }

    [Fact]
    public void Compound_duration_property()
    {
        FsCheck.Check.QuickThrowOnFailure(FsCheck.Fluent.Prop.ForAll<int, int, bool>((x, y, clock) =>
        {
            int a = 1 + Math.Abs(x % 40);
            int b = 1 + Math.Abs(y % 11);
            string span = clock ? $"{a} hours and {b} minutes" : $"{a} years and {b} months";
            DateMention m = Single(Extract($"The work took {span} to finish."), span);
            return m.Kind == TemporalKind.Duration && m.Value == (clock ? $"PT{a}H{b}M" : $"P{a}Y{b}M");
        }));
    }

    [Theory]
    [InlineData("They met at half past seven at the hotel.", "half past seven", "2024-07-08T07:30")]
    [InlineData("The train left at quarter to nine in the evening.", "quarter to nine in the evening", "2024-07-08T20:45")]
    [InlineData("The bus came at ten past 9 in the morning.", "ten past 9 in the morning", "2024-07-08T09:10")]
    [InlineData("The game starts at a quarter past noon.", "a quarter past noon", "2024-07-08T12:15")]
    [InlineData("The concert ended at twenty to eleven at night.", "twenty to eleven at night", "2024-07-08T22:40")]
    [InlineData("Polls close at twenty-five minutes past six p.m. sharp.", "twenty-five minutes past six p.m.", "2024-07-08T18:25")]
    [InlineData("The blast came at half past two on Tuesday.", "half past two on Tuesday", "2024-07-02T02:30")]
    public void Clock_times_in_words(string text, string span, string value)
    {
        DateMention m = Single(Extract(text), span);
        Assert.Equal(TemporalKind.Time, m.Kind);
        Assert.Equal(value, m.Value);
    }

    [Fact]
    public void Clock_words_match_digits_property()
    {
        // "half past H", "quarter past H", "quarter to H" read as the digits "H:30", "H:15", "(H-1):45" are.
        string[] words = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];
        FsCheck.Check.QuickThrowOnFailure(FsCheck.Fluent.Prop.ForAll<int, int>((x, y) =>
        {
            int h = 1 + Math.Abs(x % 12);
            int form = Math.Abs(y % 3);
            string span = form switch { 0 => "half past ", 1 => "quarter past ", _ => "quarter to " } + words[h - 1];
            int hh = form == 2 ? (h == 1 ? 12 : h - 1) : h;
            string mm = form switch { 0 => "30", 1 => "15", _ => "45" };
            DateMention m = Single(Extract($"The guards changed at {span} as usual."), span);
            return m.Value == $"2024-07-08T{hh:00}:{mm}";
        }));
    }

    [Theory]
    [InlineData("The vote is two days after today, officials said.", "two days after today", "2024-07-10")]
    [InlineData("The firm was sold two years and three months ago.", "two years and three months ago", "2022-04")]
    [InlineData("The storm hit one week and two days ago.", "one week and two days ago", "2024-06-29")]
    [InlineData("The race is three weeks from tomorrow.", "three weeks from tomorrow", "2024-07-30")]
    [InlineData("The parcel left two days before yesterday.", "two days before yesterday", "2024-07-05")]
    [InlineData("The deal closes two months from today.", "two months from today", "2024-09-08")]
    [InlineData("The launch is a year from tomorrow.", "a year from tomorrow", "2025-07-09")]
    [InlineData("The rally starts 48 hours from now.", "48 hours from now", "2024-07-10")]
    [InlineData("The doors open 3 minutes from now.", "3 minutes from now", "2024-07-08")]
    [InlineData("The summit is the week after next.", "the week after next", "2024-W30")]
    [InlineData("The report came out the week before last.", "the week before last", "2024-W26")]
    [InlineData("Prices will be reviewed the month after next.", "the month after next", "2024-09")]
    [InlineData("Shops close in first week of January 2025.", "first week of January 2025", "2025-W01")]
    [InlineData("The fair is the first week of next month.", "the first week of next month", "2024-W31")]
    [InlineData("Sales peaked in the last week of 2016.", "the last week of 2016", "2016-W52")]
    [InlineData("Sales fell in the last week of March.", "the last week of March", "2024-W13")]
    [InlineData("The festival will run the first week of August.", "the first week of August", "2024-W31")]
    [InlineData("The fair opens the second week of June 2025.", "the second week of June 2025", "2025-W24")]
    public void Arithmetic_on_named_days(string text, string span, string value)
    {
        DateMention m = Single(Extract(text), span);
        Assert.Equal(TemporalKind.Date, m.Kind);
        Assert.Equal(value, m.Value);
    }

    [Theory]
    [InlineData("The law took effect on the first day of 2018.", "the first day of 2018", "2018-01-01", "year,month,day")]
    [InlineData("Bids close on the last day of February 2024.", "the last day of February 2024", "2024-02-29", "year,month,day")]
    [InlineData("Bids close on the last day of February 2023.", "the last day of February 2023", "2023-02-28", "year,month,day")]
    [InlineData("He returns on the last day of next month.", "the last day of next month", "2024-08-31", "day")]
    [InlineData("Shops reopened on first day of June.", "first day of June", "2024-06-01", "month,day")]
    public void First_or_last_day_of_a_month_or_year(string text, string span, string value, string stated)
    {
        DateMention m = Single(Extract(text), span);
        Assert.Equal(TemporalKind.Date, m.Kind);
        Assert.Equal(value, m.Value);
        Assert.Equal(stated, m.Stated.ToString().ToLowerInvariant().Replace(" ", string.Empty, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The rocket flew in May and July of 2016.", "May", "2016-05")]
    [InlineData("The storms hit in January, February and March 2014.", "January", "2014-01")]
    [InlineData("The storms hit in January, February and March 2014.", "February", "2014-02")]
    [InlineData("Talks were held in June or July 2015.", "June", "2015-06")]
    [InlineData("Sales rose in March and April of last year.", "March", "2023-03")]
    [InlineData("The talks on May 3 and July 8, 2016 failed.", "May 3", "2016-05-03")]
    public void A_year_written_once_serves_the_whole_list(string text, string span, string value)
    {
        Assert.Equal(value, Single(Extract(text), span).Value);
    }

    [Theory]
    [InlineData("He left in May and returned on July 8, 2016.", "May", "2016-05")]
    [InlineData("She arrived in May. In July 2016 the plant closed.", "May", "2016-05")]
    public void A_year_is_not_shared_across_grains_or_sentences(string text, string span, string notValue)
    {
        Assert.NotEqual(notValue, Single(Extract(text), span).Value);
    }

    [Theory]
    [InlineData("Classes begin on the first day of school.", "the first day of school")]
    [InlineData("On the second day of July talks resumed.", "the second day of July")]
    [InlineData("The first day of the trial was calm.", "The first day of the trial")]
    public void A_day_of_something_else_is_no_calendar_day(string text, string notSpan)
    {
        Assert.DoesNotContain(Extract(text), m => m.Text == notSpan);
    }

    [Theory]
    [InlineData("Two days after today's vote, markets fell.", "2024-07-10")]
    [InlineData("They will meet the week after next year's election.", "2024-W30")]
    [InlineData("He waited 3 minutes from today until the bell.", "2024-07-08T00:03")]
    [InlineData("The last week of the war was the bloodiest.", "2024-W30")]
    public void Counts_from_events_are_no_arithmetic(string text, string notValue)
    {
        Assert.DoesNotContain(Extract(text), m => m.Value == notValue);
    }

    [Fact]
    public void An_anaphoric_day_after_a_clock_range_keeps_the_story_date()
    {
        // "that day" takes the date the story named; the times are not joined to it.
        IReadOnlyList<DateMention> found = Extract("On May 2, 2019, the plant shut. It reopened from 2 to 4 p.m. on that day.");
        Assert.Equal("2019-05-02", Single(found, "that day").Value);
        Assert.Equal(TemporalKind.Range, Single(found, "2 to 4 p.m.").Kind);
    }

    [Fact]
    public void Days_after_today_property()
    {
        FsCheck.Check.QuickThrowOnFailure(FsCheck.Fluent.Prop.ForAll<int, bool>((x, after) =>
        {
            int n = 2 + Math.Abs(x % 60);
            string span = $"{n} days {(after ? "after" : "before")} today";
            DateMention m = Single(Extract($"The ruling came {span}."), span);
            return m.Value == new DateOnly(2024, 7, 8).AddDays(after ? n : -n).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        }));
    }
}
