using NewsExtraction.Dates;
using static NewsExtraction.Tests.Dates.DateTestHelpers;

namespace NewsExtraction.Tests.Dates;

public sealed class DateExtractorTests
{
    // Reference date of most cases: Monday 2024-07-08.
    [Theory]
    [InlineData("The summit opened on July 8, 2024.", "July 8, 2024", "2024-07-08", TemporalKind.Date)]
    [InlineData("The summit opened on 8 July 2024.", "8 July 2024", "2024-07-08", TemporalKind.Date)]
    [InlineData("The session ended Jul. 8 after midnight talks.", "Jul. 8", "2024-07-08", TemporalKind.Date)]
    [InlineData("Talks resumed July 8th in Geneva.", "July 8th", "2024-07-08", TemporalKind.Date)]
    [InlineData("It happened on the 8th of July.", "the 8th of July", "2024-07-08", TemporalKind.Date)]
    [InlineData(" date 2024-07-11 Security policy|In a statement", "2024-07-11", "2024-07-11", TemporalKind.Date)]
    [InlineData("In April 2023 China held drills with Russia.", "April 2023", "2023-04", TemporalKind.Date)]
    [InlineData("Founded in 2001 by China, Russia and Kazakhstan.", "2001", "2001", TemporalKind.Date)]
    [InlineData("The town boomed in the 1990s.", "the 1990s", "199X", TemporalKind.Date)]
    [InlineData("Russia launched a large-scale attack on Ukraine in the spring of 2022.", "the spring of 2022", "2022-SP", TemporalKind.Date)]
    [InlineData("The report is due by mid-July.", "mid-July", "2024-07", TemporalKind.Date)]
    [InlineData("Prices rose in early 2023.", "early 2023", "2023", TemporalKind.Date)]
    [InlineData("The plant closed late last year.", "late last year", "2023", TemporalKind.Date)]
    [InlineData("Since February 24, 2022, Russia has been continuing a special military operation.", "February 24, 2022", "2022-02-24", TemporalKind.Date)]
    [InlineData("Moscow used Belarus as a launching pad for the invasion in February 2022 after amassing troops.", "February 2022", "2022-02", TemporalKind.Date)]
    public void Absolute_dates(string text, string span, string value, TemporalKind kind)
    {
        DateMention m = Single(Extract(text), span);
        Assert.Equal(value, m.Value);
        Assert.Equal(kind, m.Kind);
        Assert.Equal(span, text.Substring(m.Span.Start, m.Span.Length));
    }

    [Theory]
    [InlineData("The ministry said on Monday that troops arrived.", "Monday", "2024-07-08")]
    [InlineData("Belarus joined the Shanghai Cooperation Organization (SCO) on Thursday.", "Thursday", "2024-07-04")]
    [InlineData("China yesterday spoke out against the advance of NATO.", "yesterday", "2024-07-07")]
    [InlineData("The leaders meet today in Washington.", "today", "2024-07-08")]
    [InlineData("The leaders will meet tomorrow in Washington.", "tomorrow", "2024-07-09")]
    [InlineData("Prices fell last week.", "last week", "2024-W27")]
    [InlineData("China and Belarus will organize joint military exercises this week.", "this week", "2024-W28")]
    [InlineData("The drills resume next month.", "next month", "2024-08")]
    [InlineData("This year marks the 31st anniversary of relations.", "This year", "2024")]
    [InlineData("The troops arrived two days ago.", "two days ago", "2024-07-06")]
    [InlineData("The ministers will meet again in three weeks.", "three weeks", "2024-W31")]
    [InlineData("Troops arrived in the country over the weekend.", "the weekend", "2024-W27-WE")]
    [InlineData("The ministry said earlier this month that it would act.", "earlier this month", "2024-07")]
    [InlineData("The exercises began on Monday and will last until the middle of the month.", "the middle of the month", "2024-07")]
    public void Relative_to_the_publication_date(string text, string span, string value)
    {
        DateMention m = Single(Extract(text), span);
        Assert.Equal(value, m.Value);
    }

    [Fact]
    public void Modifiers_are_reported()
    {
        Assert.Equal("MID", Single(Extract("The report is due by mid-July."), "mid-July").Modifier);
        Assert.Equal("START", Single(Extract("Prices rose in early 2023."), "early 2023").Modifier);
        Assert.Equal("END", Single(Extract("The plant closed late last year."), "late last year").Modifier);
        DateMention early = Single(Extract("Prices rose in early 2023."), "early 2023");
        Assert.Equal(new DateTime(2023, 1, 1), early.RangeStart);
        Assert.True(early.RangeEnd < new DateTime(2023, 6, 1));
    }

    [Theory]
    [InlineData("The drills will last for 11 days, from Monday to July 19.", "2024-07-08", "Monday to July 19", "2024-07-08/2024-07-19")]
    [InlineData("He announced his trip to Beijing, from February 28 to March 2.", "2023-03-01", "February 28 to March 2", "2023-02-28/2023-03-02")]
    [InlineData("China has trained in Belarus four times between 2011 and 2018, but not before this.", "2024-07-11", "2011 and 2018", "2011/2018")]
    [InlineData("The program ran 2011–2018 in the region.", "2024-07-08", "2011–2018", "2011/2018")]
    [InlineData("The drills run July 8-19 near Brest.", "2024-07-08", "July 8-19", "2024-07-08/2024-07-19")]
    [InlineData("A ceremonial accession will be held at the NATO summit on April 24 and 25.", "1999-02-10", "April 24 and 25", "1999-04-24/1999-04-25")]
    public void Ranges_are_one_mention(string text, string reference, string span, string value)
    {
        IReadOnlyList<DateMention> found = Extract(text, reference);
        DateMention m = Single(found, span);
        Assert.Equal(TemporalKind.Range, m.Kind);
        Assert.Equal(value, m.Value);
        Assert.DoesNotContain(found, x => x != m && x.Span.OverlapsWith(m.Span));
    }

    [Theory]
    [InlineData("The foreign minister told Channel 4's \"This Week With Maria Lopez\" that the talks would go on.", "This Week")]
    [InlineData("Ruiz spoke to CBS's ''60 Minutes.'' The boy was treated unfairly, he said.", "60 Minutes")]
    public void A_quoted_title_is_not_a_date(string text, string span)
    {
        Assert.DoesNotContain(Extract(text, "1991-02-25"), m => m.Text == span);
    }

    [Theory]
    [InlineData("\"This week we will vote,\" he said.", "This week", "1991-W09")]
    [InlineData("\"Last Friday the talks failed,\" he said.", "Last Friday", "1991-02-22")]
    [InlineData("He said, ''Two days ago the line held.''", "Two days ago", "1991-02-23")]
    public void A_quotation_opening_with_a_date_keeps_it(string text, string span, string value)
    {
        Assert.Equal(value, Single(Extract(text, "1991-02-25"), span).Value);
    }

    [Fact]
    public void A_long_compound_needs_a_unit()
    {
        // Negatives: "-long" after a word that is no unit, and "a day" before "-long" is not a separate "a day".
        Assert.Empty(Extract("The mile-long convoy and a foot-long sandwich.", "2000-04-03"));
        Assert.DoesNotContain(Extract("After a day-long meeting, talks ended.", "2000-04-03"), m => m.Text == "a day");
    }

    [Theory]
    [InlineData("The talks were held on May 3 and 10 in Geneva.", "May 3")] // not the next day: two dates, not a stretch
    [InlineData("Sales rose on April 24 and 25 percent of them were exports.", "April 24")]
    [InlineData("He arrived on April 24 and 25 May was the vote.", "April 24")]
    public void And_joins_only_the_next_day_into_a_range(string text, string span)
    {
        IReadOnlyList<DateMention> found = Extract(text, "1999-02-10");
        Assert.DoesNotContain(found, m => m.Kind == TemporalKind.Range);
        Single(found, span);
    }

    [Theory]
    [InlineData("A poll by USA Today found that most voters agreed.")]
    [InlineData("Rain is expected across the north. This is VOA Today.")]
    [InlineData("She told NBC's Today show that she would run.")]
    [InlineData("He said on the Today program that talks had failed.")]
    public void Today_as_a_name_is_not_a_date(string text)
    {
        Assert.DoesNotContain(Extract(text, "1998-03-31"), m => m.Text == "Today");
    }

    [Theory]
    [InlineData("The Daily Mail ran the story first.", "Daily")]
    [InlineData("A reporter for DailyMail.com asked the airline.", "Daily")]
    [InlineData("The Weekly Standard closed its doors.", "Weekly")]
    [InlineData("He bought a midnight blue coupe at auction.", "midnight")]
    [InlineData("In this day and age, few people write letters.", "this day")]
    [InlineData("Her debut record was named Album of the Year by a critics guild.", "the Year")]
    public void Names_and_idioms_that_read_like_dates_are_not_dates(string text, string word)
    {
        Assert.DoesNotContain(Extract(text, "2017-12-27"), m => m.Text == word);
    }

    [Theory]
    [InlineData("Ferries leave daily from the north pier.", "daily", "P1D")]
    [InlineData("Weekly, the board reviews the figures.", "Weekly", "P1W")]
    [InlineData("The talks broke up at midnight.", "midnight", "2017-12-27T24:00")]
    [InlineData("She said she would never forget this day.", "this day", "2017-12-27")]
    [InlineData("It was the warmest day of the year.", "the year", "2017")]
    public void The_same_words_as_dates_stay_dates(string text, string span, string value)
    {
        Assert.Equal(value, Single(Extract(text, "2017-12-27"), span).Value);
    }

    [Theory]
    [InlineData("Today, hundreds of people began to arrive.")]
    [InlineData("OPEC said Today it would cut output.")]
    [InlineData("Stocks Rally Today")]
    public void Today_after_other_words_stays_the_day(string text)
    {
        Assert.Equal("1998-03-31", Single(Extract(text, "1998-03-31"), "Today").Value);
    }

    [Fact]
    public void A_calendar_year_and_business_words_without_a_count_are_not_durations()
    {
        Assert.DoesNotContain(Extract("The retailer moved its reporting from a fiscal year onto a calendar year in December.", "1989-10-27"), m => m.Text.Contains("calendar", StringComparison.Ordinal));
        Assert.DoesNotContain(Extract("Two business leaders met on the trading floor.", "1989-10-27"), m => m.Kind == TemporalKind.Duration);
    }

    [Fact]
    public void High_noon_is_an_idiom()
    {
        Assert.DoesNotContain(Extract("\"For the farmers, high noon arrives today,\" the minister said.", "1999-03-12"), m => m.Text == "noon");
        Assert.Equal("1999-03-12T12:00", Single(Extract("The ceremony starts at noon.", "1999-03-12"), "noon").Value); // negative
    }

    [Fact]
    public void A_possessive_after_to_is_no_range_end()
    {
        // "to December's figures": the month owns a noun, the two dates are separate mentions.
        IReadOnlyList<DateMention> found = Extract("Allowing for a slight upward revision Friday to December's numbers, employers have kept hiring.", "1998-02-06");
        Assert.DoesNotContain(found, m => m.Kind == TemporalKind.Range);
        Assert.Equal("1997-12", Single(found, "December").Value);
        Assert.Equal("1998-02-06", Single(found, "Friday").Value);

        // Negative: a plain range end stays a range.
        Assert.Equal(TemporalKind.Range, Single(Extract("The exhibition runs from Friday to December 3.", "1998-02-06"), "Friday to December 3").Kind);
    }

    [Theory]
    [InlineData("The polls are open from 9 a.m. to 5 p.m. on Monday.", "9 a.m. to 5 p.m. on Monday", "2024-07-08T09:00/2024-07-08T17:00")]
    [InlineData("The strike ran between 4pm and 5pm.", "4pm and 5pm", "2024-07-08T16:00/2024-07-08T17:00")]
    [InlineData("The session ran 18:20 - 19:00 on Monday.", "18:20 - 19:00 on Monday", "2024-07-08T18:20/2024-07-08T19:00")]
    public void Clock_time_ranges(string text, string span, string value)
    {
        DateMention m = Single(Extract(text), span);
        Assert.Equal(TemporalKind.Range, m.Kind);
        Assert.Equal(value, m.Value);
    }

    [Fact]
    public void Iso_timestamps_keep_their_time()
    {
        DateMention m = Single(Extract("Posted 2024-07-11T14:05:00Z by the desk."), "2024-07-11T14:05:00Z");
        Assert.Equal("2024-07-11T14:05", m.Value);
        Assert.Equal(TemporalKind.Time, m.Kind);
    }

    [Theory]
    [InlineData("The blast was heard at 18:20 near the station.", "18:20", "2024-07-08T18:20")]
    [InlineData("The vote closes at 3 p.m. in the capital.", "3 p.m.", "2024-07-08T15:00")]
    [InlineData("The leaders will speak at noon.", "noon", "2024-07-08T12:00")]
    [InlineData("Troops crossed the border Monday morning.", "Monday morning", "2024-07-08TMO")]
    [InlineData("الاثنين 08 يوليو 2024 - 18:20", "الاثنين 08 يوليو 2024 - 18:20", "2024-07-08T18:20")]
    [InlineData("الاثنين ٠٨ يوليو ٢٠٢٤ - ١٨:٢٠", "الاثنين ٠٨ يوليو ٢٠٢٤ - ١٨:٢٠", "2024-07-08T18:20")]
    [InlineData("The statement came at 9 a.m. Tuesday, officials said.", "9 a.m. Tuesday", "2024-07-02T09:00")]
    public void Times_with_and_without_a_day(string text, string span, string value)
    {
        DateMention m = Single(Extract(text), span);
        Assert.Equal(TemporalKind.Time, m.Kind);
        Assert.Equal(value, m.Value);
    }

    [Theory]
    [InlineData("The drills will last for 11 days.", "11 days", "P11D", TemporalKind.Duration)]
    [InlineData("He served four years in prison.", "four years", "P4Y", TemporalKind.Duration)]
    [InlineData("Minsk has managed to carefully maneuver over the past year.", "the past year", "P1Y", TemporalKind.Duration)]
    [InlineData("The Chinese troops arrived just days after that country joined.", "days", "PXD", TemporalKind.Duration)]
    [InlineData("The council meets every Monday.", "every Monday", "XXXX-WXX-1", TemporalKind.Set)]
    [InlineData("The report is published annually.", "annually", "P1Y", TemporalKind.Set)]
    [InlineData("The minister recently visited Minsk.", "recently", "PAST_REF", TemporalKind.Vague)]
    [InlineData("The SCO has grown in recent years as Beijing drives it.", "recent years", "PAST_REF", TemporalKind.Vague)]
    [InlineData("The office is currently investigating.", "currently", "PRESENT_REF", TemporalKind.Vague)]
    public void Durations_sets_and_vague_references(string text, string span, string value, TemporalKind kind)
    {
        DateMention m = Single(Extract(text), span);
        Assert.Equal(value, m.Value);
        Assert.Equal(kind, m.Kind);
    }

    [Theory]
    [InlineData("Brest is only 130 miles from the Polish capital of Warsaw.")]
    [InlineData("The Netherlands will deliver F-16 jets.")]
    [InlineData("The COVID-19 pandemic broke out.")]
    [InlineData("Beijing announced its 12-point peace position paper.")]
    [InlineData("About 2,000 troops took part.")]
    [InlineData("The army sent 2000 troops to the border.")]
    [InlineData("Thursday's issue, p. 24, had the story.")]
    [InlineData("The home side won 4-3 on penalties.")]
    [InlineData("It coincided with NATO's 75th anniversary summit.")]
    [InlineData("Upgrade to version 2.1.3 or 10.2024.1 now, not later.")]
    [InlineData("Call +1 202-555-2019 or 555-2024 for details.")]
    [InlineData("Read more at https://example.com/2024/07/11/story-2019.html today")]
    [InlineData("Spend $2024 on 1500 rounds; 2019% growth.")]
    public void Not_dates(string text)
    {
        IReadOnlyList<DateMention> found = Extract(text);
        Assert.DoesNotContain(found, m => m.Kind is TemporalKind.Date or TemporalKind.Range or TemporalKind.Time && m.Value is not null && !m.Text.Equals("today", StringComparison.OrdinalIgnoreCase) && !m.Text.Equals("now", StringComparison.OrdinalIgnoreCase) && !m.Text.StartsWith("Thursday", StringComparison.Ordinal));
        Assert.DoesNotContain(found, m => m.Text.Any(char.IsDigit));
    }

    [Fact]
    public void Numeric_day_month_dates_follow_the_date_order_option()
    {
        const string text = "The decree was signed on 11/07/2024 in Minsk.";
        Assert.Empty(Extract(text));
        Assert.Equal("2024-07-11", Single(Extract(text, options: new DateExtractorOptions { DateOrder = DateOrder.DayFirst }), "11/07/2024").Value);
        Assert.Equal("2024-11-07", Single(Extract(text, options: new DateExtractorOptions { DateOrder = DateOrder.MonthFirst }), "11/07/2024").Value);
        Assert.Equal("2024-07-11", Single(Extract("Signed 11.07.2024.", options: new DateExtractorOptions { DateOrder = DateOrder.DayFirst }), "11.07.2024").Value);
    }

    [Fact]
    public void Tense_decides_underspecified_weekdays()
    {
        // Reference: Monday 2024-07-08.
        Assert.Equal("2024-07-07", Single(Extract("China's Ministry of Defense said on Sunday that the drills will include rescue operations."), "Sunday").Value);
        Assert.Equal("2024-07-12", Single(Extract("The ministers will meet on Friday in Minsk."), "Friday").Value);
        Assert.Equal("2024-07-05", Single(Extract("The ministers met on Friday in Minsk."), "Friday").Value);
    }

    [Fact]
    public void The_policy_is_an_option()
    {
        const string text = "China's Ministry of Defense said on Sunday that it agreed.";
        Assert.Equal("2024-07-14", Single(Extract(text, options: new DateExtractorOptions { Policy = UnderspecifiedDatePolicy.Future }), "Sunday").Value);
        Assert.Equal("2024-07-07", Single(Extract(text, options: new DateExtractorOptions { Policy = UnderspecifiedDatePolicy.Past }), "Sunday").Value);
        Assert.Equal("2024-07-12", Single(Extract("The ministers met on Friday.", options: new DateExtractorOptions { Policy = UnderspecifiedDatePolicy.Future }), "Friday").Value);
    }

    [Fact]
    public void Stated_and_inferred_components()
    {
        DateMention m = Single(Extract("The drills last until July 19."), "July 19");
        Assert.Equal(DateComponents.Month | DateComponents.Day, m.Stated);
        Assert.Equal(DateComponents.Year, m.Inferred);
        Assert.Equal("2024-07-19", m.Value);
        Assert.Equal(TemporalGrain.Day, m.Grain);
        Assert.Equal(new DateTime(2024, 7, 19), m.RangeStart);
        Assert.Equal(new DateTime(2024, 7, 20), m.RangeEnd);

        DateMention full = Single(Extract("It began on February 24, 2022."), "February 24, 2022");
        Assert.Equal(DateComponents.Year | DateComponents.Month | DateComponents.Day, full.Stated);
        Assert.Equal(DateComponents.None, full.Inferred);

        DateMention monday = Single(Extract("They arrived on Monday."), "Monday");
        Assert.Equal(DateComponents.Year | DateComponents.Month | DateComponents.Day, monday.Inferred);

        DateMention week = Single(Extract("It starts this week."), "this week");
        Assert.Equal(TemporalGrain.Week, week.Grain);
        Assert.Equal(new DateTime(2024, 7, 8), week.RangeStart);
        Assert.Equal(new DateTime(2024, 7, 15), week.RangeEnd);
    }

    [Fact]
    public void Mentions_keep_the_original_case_and_half_open_offsets()
    {
        const string text = "NATO MET ON THURSDAY, JULY 11, 2024, IN WASHINGTON.";
        IReadOnlyList<DateMention> found = Extract(text, "2024-07-11");
        DateMention m = Single(found, "THURSDAY, JULY 11, 2024");
        Assert.Equal(text.IndexOf("THURSDAY", StringComparison.Ordinal), m.Span.Start);
        Assert.Equal(text.IndexOf(", IN", StringComparison.Ordinal), m.Span.End);
        Assert.Equal("dates", m.Extractor);
    }

    [Fact]
    public void Options_can_leave_out_durations_sets_and_vague_references()
    {
        const string text = "The drills, held annually, recently lasted 11 days.";
        Assert.Equal(3, Extract(text).Count);
        Assert.Empty(Extract(text, options: new DateExtractorOptions { IncludeDurations = false, IncludeSets = false, IncludeVague = false }));
    }

    [Theory]
    [InlineData("The fisherman was rescued on Thanksgiving Day after a night at sea.", "Thanksgiving Day", "2023-11-23")]
    [InlineData("The markets reopen after Christmas.", "Christmas", "2023-12-25")]
    [InlineData("The vote is set for Election Day 2024.", "Election Day 2024", "2024-11-05")]
    [InlineData("Crowds gathered for Good Friday services.", "Good Friday", "2024-03-29")]
    [InlineData("He returned last Thanksgiving.", "last Thanksgiving", "2023-11-23")]
    public void Holidays_resolve_to_their_day(string text, string span, string value)
    {
        Assert.Equal(value, Single(Extract(text), span).Value);
    }

    [Fact]
    public void Holiday_names_inside_place_names_are_not_dates()
    {
        Assert.Empty(Extract("Easter Island and Christmas Island are far away."));
    }

    [Fact]
    public void Easter_is_computed()
    {
        Assert.Equal(new DateTime(2024, 3, 31), Holidays.EasterSunday(2024));
        Assert.Equal(new DateTime(2025, 4, 20), Holidays.EasterSunday(2025));
        Assert.Equal(new DateTime(2000, 4, 23), Holidays.EasterSunday(2000));
    }

    [Fact]
    public void Data_files_load()
    {
        Assert.True(DateLexicon.Count > 150);
        Assert.True(DateLexicon.MonthNameCount >= 24 + 12);
        Assert.True(DateLexicon.WeekdayNameCount >= 14);
        Assert.True(DateLexicon.TryGet("يوليو", out LexEntry july) && july.Month == 7);
        Assert.True(DateLexicon.TryGet("SEPT", out LexEntry sept) && sept.Month == 9 && sept.MonthAbbr);
        Assert.True(DateLexicon.TryGet("الاثنين", out LexEntry monday) && monday.Weekday == 1);
        Assert.True(DateLexicon.TryGet("decades", out LexEntry decades) && decades.Unit == TimeUnit.Decade && decades.UnitPlural);
        Assert.True(DateGrammar.QuantityNounCount > 50);
        Assert.True(TenseDetector.IrregularPastCount > 50);
        Assert.True(TenseDetector.ScheduleVerbCount >= 60);
        Assert.True(Holidays.Count > 30);
        Assert.True(DateLexicon.TryGet("nineties", out LexEntry nineties) && nineties.DecadeWord == 9);
    }

    [Fact]
    public void Extractor_name_and_builder_extension()
    {
        var extractor = new DateExtractor();
        Assert.Equal("dates", extractor.Name);
        Assert.Empty(extractor.DependsOn);
        ExtractionPipeline p = new ExtractionPipelineBuilder().UseDates(new DateExtractorOptions { DateOrder = DateOrder.DayFirst }).Build();
        DateExtractor only = Assert.IsType<DateExtractor>(Assert.Single(p.Extractors));
        Assert.Equal(DateOrder.DayFirst, only.Options.DateOrder);
    }

    [Theory]
    [InlineData("Net income in the third quarter rose to $10 million from $9 million a year earlier.", "a year earlier", "1988-Q3")]
    [InlineData("Third-quarter sales rose 5%. Sales fell from the year-ago period, the company said.", "the year-ago period", "1988-Q3")]
    [InlineData("Profit in the first half rose to $3 million from $2 million a year ago.", "a year ago", "1988-H1")]
    [InlineData("The bank earned $41.5 million in the year-earlier third quarter.", "the year-earlier third quarter", "1988-Q3")]
    [InlineData("Analysts expect a rebound in next year's first quarter.", "next year's first quarter", "1990-Q1")]
    [InlineData("Prices rose in the last half of 1989.", "the last half of 1989", "1989-H2")]
    public void Year_ago_comparisons_take_the_quarter_the_text_speaks_of(string text, string span, string value)
    {
        Assert.Equal(value, Single(Extract(text, "1989-10-25"), span).Value);
    }

    [Fact]
    public void A_year_ago_without_a_quarter_in_focus_is_the_year()
    {
        Assert.Equal("1988", Single(Extract("He joined the board a year ago.", "1989-10-25"), "a year ago").Value);

        // A quarter mentioned long before (more than five paragraphs) no longer anchors it.
        string far = "Profit rose in the third quarter.\n\nA.\n\nB.\n\nC.\n\nD.\n\nE.\n\nHe joined the board a year ago.";
        Assert.Equal("1988", Single(Extract(far, "1989-10-25"), "a year ago").Value);

        // Within five paragraphs, a short results story still speaks of its quarter.
        string near = "Norvell Inc. swung to a third-quarter loss of $5.2 million.\n\nThe firm blamed a writedown.\n\n"
            + "It will take a charge of $1.1 million.\n\nIt also blamed higher costs.\n\nA year earlier, net income was $0.9 million.";
        Assert.Equal("1988-Q3", Single(Extract(near, "1989-11-02"), "A year earlier").Value);
    }

    [Theory]
    [InlineData("The harvest began about a month earlier than normal.", "a month", "P1M", TemporalKind.Duration)]
    [InlineData("Planners say the town will one day be the largest port on the coast.", "one day", "FUTURE_REF", TemporalKind.Vague)]
    [InlineData("He said the country could one day join the alliance.", "one day", "FUTURE_REF", TemporalKind.Vague)]
    [InlineData("The strike lasted one day.", "one day", "P1D", TemporalKind.Duration)] // negative: no modal before it
    [InlineData("The new drug could, in a year or two, reach pharmacies.", "a year or two", "FUTURE_REF", TemporalKind.Vague)]
    [InlineData("The plant will reopen in a year.", "a year", "2014", TemporalKind.Date)] // negative: a single offset is a date
    [InlineData("The olive trees have stood on the hill for more than two thousand years.", "more than two thousand years", "P2000Y", TemporalKind.Duration)]
    [InlineData("The empire lasted two hundred years.", "two hundred years", "P200Y", TemporalKind.Duration)]
    [InlineData("Eight trading days after the election, the main index had lost 3%.", "Eight trading days", "P8D", TemporalKind.Duration)]
    [InlineData("The refund takes five business days.", "five business days", "P5D", TemporalKind.Duration)]
    [InlineData("Profit fell for three straight quarters.", "three straight quarters", "P3Q", TemporalKind.Duration)]
    [InlineData("Union leaders left their second day-long session with the ministry.", "day-long", "P1D", TemporalKind.Duration)]
    [InlineData("It was the government's decades-long battle with Washington.", "decades-long", "PXDE", TemporalKind.Duration)]
    [InlineData("His appointment followed a several-year tenure as editor in chief.", "several-year", "PXY", TemporalKind.Duration)]
    [InlineData("A year-long study found no link.", "year-long", "P1Y", TemporalKind.Duration)]
    [InlineData("Three days later, at Thursday's close, the currency was 2% weaker.", "Three days", "P3D", TemporalKind.Duration)]
    [InlineData("A day earlier, scores of trucks streamed north out of the port.", "A day", "P1D", TemporalKind.Duration)]
    [InlineData("Two weeks later the rebels took the town.", "Two weeks", "P2W", TemporalKind.Duration)]
    // Negatives: "ago" counts from the publication date, and "a year earlier" stays a year (financial comparisons).
    [InlineData("The rebels took the town three days ago.", "three days ago", "2013-03-19", TemporalKind.Date)]
    [InlineData("Net rose to $5 million from $4 million a year earlier.", "a year earlier", "2012", TemporalKind.Date)]
    [InlineData("Prices have risen over the past several months.", "the past several months", "PXM", TemporalKind.Duration)]
    [InlineData("Demand will stay weak for the next few years.", "the next few years", "PXY", TemporalKind.Duration)]
    [InlineData("Orders have slowed in coming months, traders said.", "coming months", "FUTURE_REF", TemporalKind.Vague)]
    [InlineData("Sales will rise this fiscal year.", "this fiscal year", "2013", TemporalKind.Date)]
    [InlineData("Sales fell in the current fiscal year.", "the current fiscal year", "2013", TemporalKind.Date)]
    [InlineData("The deal should close by year-end.", "year-end", "2013", TemporalKind.Date)]
    [InlineData("The plan runs until the end of year.", "the end of year", "2013", TemporalKind.Date)]
    public void Durations_and_period_ends(string text, string span, string value, TemporalKind kind)
    {
        DateMention m = Single(Extract(text, "2013-03-22"), span);
        Assert.Equal(value, m.Value);
        Assert.Equal(kind, m.Kind);
    }

    [Fact]
    public void Year_end_as_a_modifier_needs_context()
    {
        // "year end" with no preposition before it is not read as a date; "year-end" (hyphenated) is.
        Assert.DoesNotContain(Extract("The year end results were strong.", "2013-03-22"), m => m.Text == "year end");
        Assert.Equal("END", Single(Extract("The deal should close by year-end.", "2013-03-22"), "year-end").Modifier);
    }

    [Theory]
    [InlineData("Flu cases rose in the last week.", "the last week", "2013-W11", TemporalKind.Date)]
    [InlineData("Prices rose over the last month.", "the last month", "2013-02", TemporalKind.Date)]
    [InlineData("The past week was busy.", "The past week", "P1W", TemporalKind.Duration)]
    [InlineData("Prices rose over the last three weeks.", "the last three weeks", "P3W", TemporalKind.Duration)]
    [InlineData("The drought of 2011-2012 ruined many farmers.", "2011-2012", "2011/2012", TemporalKind.Range)]
    public void The_last_unit_is_the_previous_unit_and_hyphenated_year_ranges(string text, string span, string value, TemporalKind kind)
    {
        DateMention m = Single(Extract(text, "2013-03-22"), span);
        Assert.Equal(value, m.Value);
        Assert.Equal(kind, m.Kind);
    }

    [Theory]
    [InlineData("It was the winter of nineteen ninety-four.", "the winter of nineteen ninety-four", "1994-WI")]
    [InlineData("In January nineteen ninety-seven he left.", "January nineteen ninety-seven", "1997-01")]
    [InlineData("By the year two thousand it had grown.", "the year two thousand", "2000")]
    [InlineData("It began in two thousand and one.", "two thousand and one", "2001")]
    [InlineData("Twenty twenty-four was hot.", "Twenty twenty-four", "2024")]
    [InlineData("Sales in the latest period rose. Profit in the third quarter rose.", "the latest period", "1998-Q1")]
    public void Years_in_words_and_the_latest_period(string text, string span, string value)
    {
        Assert.Equal(value, Single(Extract(text, "1998-05-20"), span).Value);
    }

    [Theory]
    [InlineData("He sent two thousand troops to the border.")]
    [InlineData("Nineteen people died in the fire.")]
    [InlineData("Nineteen hundred people marched.")]
    public void Number_words_that_count_are_not_years(string text)
    {
        Assert.Empty(Extract(text, "1998-05-20"));
    }

    [Theory]
    [InlineData("In June last year he left the party.", "June last year", "1997-06")]
    [InlineData("In January this year prices rose.", "January this year", "1998-01")]
    [InlineData("The plant opens in March next year.", "March next year", "1999-03")]
    [InlineData("The 1988 second quarter was weak.", "The 1988 second quarter", "1988-Q2")]
    public void Months_of_relative_years_and_quarters_of_stated_years(string text, string span, string value)
    {
        Assert.Equal(value, Single(Extract(text, "1998-03-22"), span).Value);
    }

    [Theory]
    [InlineData("The flu season peaked by the end of the year.", "2013-03-12", "the end of the year", "2012")]
    [InlineData("Sales will rise by the end of the year.", "2013-03-12", "the end of the year", "2013")]
    [InlineData("Prices fell at the end of the month.", "2013-03-12", "the end of the month", "2013-02")]
    [InlineData("The flu season peaked by the end of the year.", "2013-12-28", "the end of the year", "2013")]
    [InlineData("The studio changed hands later this month, a spokesman said.", "1989-11-02", "later this month", "1989-11")]
    public void A_past_event_at_the_end_of_a_period_still_to_come_is_the_previous_period(string text, string reference, string span, string value)
    {
        Assert.Equal(value, Single(Extract(text, reference), span).Value);
    }

    [Theory]
    [InlineData("The walkout lasted nearly two years before a deal.", "nearly two years", "P2Y", "APPROX")]
    [InlineData("The border post was built more than four decades ago.", "more than four decades ago", "1960", "MORE_THAN")]
    [InlineData("The minister spoke for less than an hour to reporters.", "less than an hour", "PT1H", "LESS_THAN")]
    [InlineData("Lenders have to hold off at least 30 days so owners can pay.", "at least 30 days", "P30D", "EQUAL_OR_MORE")]
    [InlineData("The rules allow no more than sixty days of unpaid leave.", "no more than sixty days", "P60D", "EQUAL_OR_LESS")]
    [InlineData("Suspects can be detained for up to 180 days without charge.", "up to 180 days", "P180D", "EQUAL_OR_LESS")]
    [InlineData("The two firms agreed to merge almost a year ago.", "almost a year ago", "1999", "APPROX")]
    public void A_comparative_quantifier_belongs_to_the_amount_of_time(string text, string span, string value, string mod)
    {
        DateMention m = Single(Extract(text, "2000-03-01"), span);
        Assert.Equal(value, m.Value);
        Assert.Equal(mod, m.Modifier);
        Assert.Equal(span, text.Substring(m.Span.Start, m.Span.Length));
    }

    [Theory]
    [InlineData("The ferry left nearly Monday, the captain said.", "Monday")]
    [InlineData("She called him more than once last week.", "last week")]
    [InlineData("Exports rose at least 5 percent last year.", "last year")]
    [InlineData("Prices were up to 2023 levels by March.", "2023")]
    public void A_quantifier_before_a_date_that_is_no_amount_stays_out(string text, string span)
    {
        DateMention m = Single(Extract(text, "2024-07-08"), span);
        Assert.Null(m.Modifier);
    }

    [Theory]
    [InlineData("The chain blamed the third-quarter loss on weak demand.", "third-quarter", "1989-Q3")]
    [InlineData("The First-half results of the bank beat forecasts. Analysts cheered the fiscal second-quarter figures.", "fiscal second-quarter", "1989-Q2")]
    [InlineData("The first-half profit of the group doubled.", "first-half", "1989-H1")]
    public void The_before_a_quarter_used_as_an_adjective_belongs_to_the_noun(string text, string span, string value)
    {
        Assert.Equal(value, Single(Extract(text, "1989-10-27"), span).Value);
    }

    [Theory]
    [InlineData("Profit in the third quarter rose 5 percent.", "the third quarter")]
    [InlineData("Sales fell in the fourth-quarter, the firm said.", "the fourth-quarter")]
    public void The_before_a_quarter_used_as_a_noun_stays(string text, string span)
    {
        Assert.Equal("1989-Q" + (span.Contains("third", StringComparison.Ordinal) ? "3" : "4"), Single(Extract(text, "1989-10-27"), span).Value);
    }

    [Theory]
    [InlineData("The rally is planned for this coming Sunday, March eighth, organisers said.", "this coming Sunday, March eighth", "1998-03-08")]
    [InlineData("Voters go to the polls this coming Tuesday.", "this coming Tuesday", "1998-03-10")]
    [InlineData("Two boats sank this past weekend off the coast.", "this past weekend", "1998-W09-WE")]
    [InlineData("Growers lost much of the crop this past spring.", "this past spring", "1997-SP")]
    public void This_coming_and_this_past_keep_this_in_the_span(string text, string span, string value)
    {
        Assert.Equal(value, Single(Extract(text, "1998-03-05"), span).Value);
    }

    [Fact]
    public void This_past_before_a_plain_unit_is_left_as_it_was()
    {
        // Only weekdays, seasons and the weekend take "this past"/"this coming"; "this past year" stays the duration.
        IReadOnlyList<DateMention> found = Extract("The firm had a hard time this past year.", "1998-03-05");
        Assert.Equal("P1Y", Single(found, "past year").Value);
    }

    [Theory]
    [InlineData("The mill is to close within the next year or so, its owner said.", "the next year or so", "APPROX")]
    [InlineData("Talks could drag on for two weeks or so.", "two weeks or so", "APPROX")]
    [InlineData("Funds may have to sell bonds in the weeks ahead.", "the weeks ahead", null)]
    public void Or_so_and_ahead_close_the_expression(string text, string span, string? mod)
    {
        Assert.Equal(mod, Single(Extract(text, "1989-10-27"), span).Modifier);
    }

    [Theory]
    [InlineData("He sold two weeks or sooner.", "two weeks")]
    [InlineData("Funds sold bonds in the weeks ahead of the vote.", "the weeks")]
    public void Or_so_and_ahead_need_the_whole_words_and_an_amount(string text, string expected)
    {
        Assert.Contains(Extract(text, "1989-10-27"), m => m.Text == expected);
    }

    [Theory]
    [InlineData("By mid afternoon, the army said the sweep had ended.", "mid afternoon", "1998-03-06TAF")]
    [InlineData("Crowds had thinned by mid-morning, witnesses said.", "mid-morning", "1998-03-06TMO")]
    public void Mid_and_a_part_of_the_day_alone_is_that_part_of_the_reference_day(string text, string span, string value)
    {
        Assert.Equal(value, Single(Extract(text, "1998-03-06"), span).Value);
    }

    [Fact]
    public void Mid_and_a_part_of_the_day_before_a_noun_is_no_time()
    {
        Assert.DoesNotContain(Extract("The shops close for a mid afternoon break.", "1998-03-06"), m => m.Kind == TemporalKind.Time);
    }

    [Theory]
    [InlineData("The general offered him a week to pull his troops out.", "a week", "P1W")]
    [InlineData("The court gave them a month to appeal.", "a month", "P1M")]
    [InlineData("Lenders were given a year to sell the bonds.", "a year", "P1Y")]
    public void A_unit_given_or_offered_is_a_duration(string text, string span, string value)
    {
        Assert.Equal(value, Single(Extract(text, "1991-02-25"), span).Value);
    }

    [Fact]
    public void A_unit_as_a_rate_after_a_pronoun_is_no_duration()
    {
        Assert.Empty(Extract("The club charges them $30 a month.", "1991-02-25"));
    }

    [Theory]
    [InlineData("The maker returned to profit after several quarters of losses.", "several quarters", "PXQ")]
    [InlineData("The chain has posted three straight quarters of gains.", "three straight quarters", "P3Q")]
    public void Quarters_of_an_outcome_are_a_length_of_time(string text, string span, string value)
    {
        Assert.Equal(value, Single(Extract(text, "1989-10-30"), span).Value);
    }

    [Theory]
    [InlineData("A quarter of the market is held by rivals.")]
    [InlineData("Three quarters of the voters agreed.")]
    [InlineData("Nearly three-quarters of the troops are reservists.")]
    public void A_fraction_of_something_is_no_time(string text)
    {
        Assert.Empty(Extract(text, "1989-10-30"));
    }
}
