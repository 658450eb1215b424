using NewsExtraction.Dates;
using static NewsExtraction.Tests.Dates.DateTestHelpers;

namespace NewsExtraction.Tests.Dates;

/// <summary>Resolution of underspecified dates: tense, distance and anchors.</summary>
public sealed class DateResolutionTests
{
    [Theory]
    // A firm past verb keeps a month nine months back rather than one three months ahead.
    [InlineData("For its fiscal year ended Jan. 31, the chain booked revenue of $48 million.", "1989-10-31", "Jan. 31", "1989-01-31")]
    [InlineData("Since the fund bought the chain in February, it has sold three units.", "1989-10-30", "February", "1989-02")]
    [InlineData("In January, the company hired a new chief executive.", "2023-10-27", "January", "2023-01")]
    // A firm future verb keeps a month nine months ahead.
    [InlineData("She will command the shuttle on a mission in December.", "1998-03-04", "December", "1998-12")]
    // Near the other side, the nearer one still wins when the tense is mixed or absent ("was scheduled").
    [InlineData("The vote was scheduled for July 19.", "2024-07-08", "July 19", "2024-07-19")]
    // Close to the reference date a firm past does not reach back a year.
    [InlineData("The company said the offer expired Nov. 16.", "1989-11-01", "Nov. 16", "1989-11-16")]
    // "effective <date>": a change announced ahead of the date.
    [InlineData("The insurer also named a new finance chief, effective Feb. 1.", "1989-10-26", "Feb. 1", "1990-02-01")]
    [InlineData("The new labor contract, effective June 1, raised wages.", "2023-10-26", "June 1", "2024-06-01")]
    // A participle after "be" is passive, not past: "would be redeemed in five years", "will be held in August".
    [InlineData("The notes would be repaid in five years, under the terms of the loan.", "1989-11-02", "five years", "1994")]
    [InlineData("The summit will be held in August, officials announced.", "1998-02-13", "August", "1998-08")]
    // Negative: a plain past passive stays past.
    [InlineData("The summit was held in August, officials announced.", "1998-02-13", "August", "1997-08")]
    public void Months_and_days_follow_a_firm_tense(string text, string reference, string span, string value)
    {
        Assert.Equal(value, Single(Extract(text, reference), span).Value);
    }

    // Reference: Friday 1989-10-27 unless given.
    [Theory]
    [InlineData("The share offer had been due to close Friday evening but was kept open.", "1989-10-30", "Friday evening", "1989-10-27TEV")]
    [InlineData("The shares are to resume trading in Paris Tuesday.", "1989-10-27", "Tuesday", "1989-10-31")]
    [InlineData("The exchange is to reopen Monday after the holiday.", "1989-10-27", "Monday", "1989-10-30")]
    [InlineData("On Tuesday, the Farmers Union plans to hold a rally outside parliament.", "1998-10-26", "Tuesday", "1998-10-27")]
    [InlineData("Officials said they did not plan to move the boy on Thursday morning.", "2000-03-29", "Thursday morning", "2000-03-30TMO")]
    [InlineData("Protesters planned a large demonstration downtown on Saturday.", "2000-01-07", "Saturday", "2000-01-08")]
    [InlineData("Leaders are planning a summit in April to mark the anniversary.", "1998-12-05", "April", "1999-04")]
    // Negatives: the plan or expectation itself lies in the past, or the verb is plainly past.
    [InlineData("The offensive began as previously planned Saturday night.", "1991-02-25", "Saturday night", "1991-02-23TNI")]
    [InlineData("The vote had been scheduled for Tuesday, officials said.", "1989-10-27", "Tuesday", "1989-10-24")]
    [InlineData("The Smith and Jones Company said on Tuesday that profits fell.", "1989-10-27", "Tuesday", "1989-10-24")]
    [InlineData("Troops withdrew on Tuesday and the border reopened.", "1989-10-27", "Tuesday", "1989-10-24")]
    [InlineData("The task is to rebuild trust, the minister said on Tuesday.", "1989-10-27", "Tuesday", "1989-10-24")]
    public void Weekdays_follow_plans_and_arrangements(string text, string reference, string span, string value)
    {
        Assert.Equal(value, Single(Extract(text, reference), span).Value);
    }

    // Present-tense scheduling in news copy: the coming weekday. Reference: Friday 1998-05-01 unless given.
    [Theory]
    [InlineData("She and the opposition leader meet separately Monday with the U.N. envoy, aides said.", "1998-05-01", "Monday", "1998-05-04")]
    [InlineData("The talks resume Tuesday in Geneva, the mediator said.", "1998-05-01", "Tuesday", "1998-05-05")]
    [InlineData("The court convenes on Wednesday to hear the appeal.", "1998-05-01", "Wednesday", "1998-05-06")]
    [InlineData("The ministers meet again Thursday, a spokesman said.", "1998-05-01", "Thursday", "1998-05-07")]
    [InlineData("Albright meets Netanyahu on Monday, her spokesman said.", "1998-05-01", "Monday", "1998-05-04")]
    [InlineData("The Yankees host Boston Tuesday in the opener of a three-game series.", "1998-05-01", "Tuesday", "1998-05-05")]
    [InlineData("Gore meets with Yasser Arafat Wednesday, aides said.", "1998-05-01", "Wednesday", "1998-05-06")]
    // Negatives: a negated past, an infinitive, a noun "meet", a past verb.
    [InlineData("Albright met Netanyahu on Monday, her spokesman said.", "1998-05-01", "Monday", "1998-04-27")]
    [InlineData("Palestinian officials refused to meet Netanyahu on Monday.", "1998-05-01", "Monday", "1998-04-27")]
    [InlineData("The two leaders did not meet Monday as planned, officials said.", "1998-05-01", "Monday", "1998-04-27")]
    [InlineData("Runners lined up for a track meet Tuesday and several records fell.", "1998-05-01", "Tuesday", "1998-04-28")]
    [InlineData("The leaders met Monday and said they made progress.", "1998-05-01", "Monday", "1998-04-27")]
    public void Present_tense_scheduling_points_to_the_coming_weekday(string text, string reference, string span, string value)
    {
        Assert.Equal(value, Single(Extract(text, reference), span).Value);
    }

    // The same for a month or a day of a month, beyond the reach of the distance cap.
    [Theory]
    [InlineData("The trial begins March 3 in federal court.", "1998-10-01", "March 3", "1999-03-03")]
    [InlineData("The new season opens in April, the league said.", "1998-10-01", "April", "1999-04")]
    // Negatives: the same sentences with past verbs.
    [InlineData("The trial began March 3 in federal court.", "1998-10-01", "March 3", "1998-03-03")]
    [InlineData("The season opened in April, the league said.", "1998-10-01", "April", "1998-04")]
    public void Present_tense_scheduling_points_to_the_coming_month(string text, string reference, string span, string value)
    {
        Assert.Equal(value, Single(Extract(text, reference), span).Value);
    }

    // "the day before/after <day>": one day off the day named. Reference: Thursday 2000-02-24.
    [Theory]
    [InlineData("The day before last Tuesday's court hearing, the lawyer visited the family.", "The day before last Tuesday", "2000-02-21")]
    [InlineData("Stores reopened the day after Christmas.", "the day after Christmas", "1999-12-26")]
    [InlineData("The deal was signed the day before Feb. 14, officials said.", "the day before Feb. 14", "2000-02-13")]
    public void The_day_before_or_after_a_named_day(string text, string span, string value)
    {
        Assert.Equal(value, Single(Extract(text, "2000-02-24"), span).Value);
    }

    [Theory]
    // Negatives: a period or a count is not shifted, "the day before yesterday" stays two days back.
    [InlineData("The day before yesterday, rain fell.", "The day before yesterday", "2000-02-22")]
    [InlineData("Prices rose in the days before Christmas.", "Christmas", "1999-12-25")]
    public void Day_before_negatives(string text, string span, string value)
    {
        Assert.Equal(value, Single(Extract(text, "2000-02-24"), span).Value);
    }

    // Possessive weekdays name an event the report looks back on. Reference: Friday 2000-01-07.
    [Theory]
    [InlineData("The girl's family in Toronto said they would seek ways to challenge Wednesday's ruling by the tribunal.", "Wednesday", "2000-01-05")]
    [InlineData("Police will question witnesses to Tuesday's attack on the embassy.", "Tuesday", "2000-01-04")]
    [InlineData("Thursday\u2019s vote left the coalition without a majority.", "Thursday", "2000-01-06")]
    // A forward word before it, or a future clause of its own: the coming one.
    [InlineData("Campaigning ended ahead of Sunday's election.", "Sunday", "2000-01-09")]
    [InlineData("Tuesday's summit is expected to draw 40 leaders.", "Tuesday", "2000-01-11")]
    // "<weekday>'s deadline": the clause's tense decides, as for a bare weekday.
    [InlineData("Iraq will comply with Monday's deadline, the envoy said.", "Monday", "2000-01-10")]
    [InlineData("Iraq ignored Monday's deadline.", "Monday", "2000-01-03")]
    public void Possessive_weekdays_look_back_unless_marked_ahead(string text, string span, string value)
    {
        Assert.Equal(value, Single(Extract(text, "2000-01-07"), span).Value);
    }

    // "last <month>": the latest such month already over, so a month that has only just ended is that month,
    // not the one a year earlier; the month under way is the previous year's.
    [Theory]
    [InlineData("Sales fell sharply last February, the company said.", "1998-03-01", "last February", "1998-02")]
    [InlineData("The plant closed last June after a fire.", "2024-07-08", "last June", "2024-06")]
    [InlineData("The council approved the plan last December.", "2000-01-13", "last December", "1999-12")]
    // Negatives: the month under way, or one not yet reached this year, lies a year back.
    [InlineData("Prices rose last March as well.", "1998-03-20", "last March", "1997-03")]
    [InlineData("The strike began last November.", "1998-03-20", "last November", "1997-11")]
    public void Last_month_name_is_the_latest_one_over(string text, string reference, string span, string value)
    {
        Assert.Equal(value, Single(Extract(text, reference), span).Value);
    }

    private const string Results =
        "Acme Corp. said third-quarter net income rose 12% to $40 million from $35.7 million a year earlier.\n\n";

    [Theory]
    [InlineData("In the year-ago period, the company earned $30 million.", "the year-ago period", "1988-Q3")]
    [InlineData("For the quarter a year ago, Acme reported earnings of $16 million.", "the quarter a year ago", "1988-Q3")]
    [InlineData("Acme made $3 million on sales of $12 million in the 1988 quarter.", "the 1988 quarter", "1988-Q3")]
    [InlineData("In the 1989 period too, borrowing costs fell.", "the 1989 period", "1989-Q3")]
    [InlineData("That compares with a profit of $2.4 million in the corresponding period last year.", "the corresponding period last year", "1988-Q3")]
    [InlineData("Export sales in last year's quarter came to about $4 million.", "last year's quarter", "1988-Q3")]
    [InlineData("Sales fell from the same period a year earlier.", "the same period a year earlier", "1988-Q3")]
    public void Compared_periods_take_the_quarter_in_focus(string sentence, string span, string value)
    {
        IReadOnlyList<DateMention> found = Extract(Results + sentence, "1989-10-26");
        Assert.Equal(value, Single(found, span).Value);
    }

    [Fact]
    public void A_date_the_verbs_leave_open_reads_as_the_date_before_it_in_the_sentence()
    {
        const string Text = "The carrier said in a statement that two new services would leave Lisbon on Monday and Tuesday nights "
            + "from March 30, and a third one every Thursday from August 6.";
        Assert.Equal("1998-08-06", Single(Extract(Text, "1998-02-13"), "August 6").Value);

        // Negative: the tense of one sentence does not carry into the next; with no verb near it a month stays past.
        const string Two = "The airline will start new flights on March 30. Another route: the third, each Thursday from August 6.";
        Assert.Equal("1997-08-06", Single(Extract(Two, "1998-02-13"), "August 6").Value);
    }

    [Fact]
    public void Compared_periods_without_a_quarter_in_focus_are_years()
    {
        Assert.Equal("1988", Single(Extract("In the year-ago period, the company earned $30 million.", "1989-10-26"), "the year-ago period").Value);
        Assert.Equal("1988", Single(Extract("Acme earned $3 million in the 1988 period.", "1989-10-26"), "the 1988 period").Value);
    }

    [Fact]
    public void The_focus_is_the_reporting_quarter_not_a_forecast_history_or_a_passing_mention()
    {
        const string Forecast = "Acme's third-quarter net rose 11%.\n\nAcme said the earthquake will result in a fourth-quarter charge.\n\n"
            + "Commercial lines earned $6.1 million, compared with $9 million a year ago.";
        Assert.Equal("1988-Q3", Single(Extract(Forecast, "1989-11-02"), "a year ago").Value);

        const string History = "Acme suspended its payout to shareholders in the third quarter of 1984.\n\n"
            + "Acme reported second-quarter net of $68 million, up from $66 million a year ago.";
        Assert.Equal("1989-Q2", Single(Extract(History, "1989-08-10"), "second-quarter").Value);
        Assert.Equal("1988-Q2", Single(Extract(History, "1989-08-10"), "a year ago").Value);

        const string Passing = "Acme reported a 20% rise in third-quarter profit.\n\nAfter a flat second quarter, retail sales recovered.\n\n"
            + "In the 1989 period also, interest costs were lower than a year ago.";
        Assert.Equal("1989-Q3", Single(Extract(Passing, "1989-11-01"), "the 1989 period").Value);
        Assert.Equal("1988-Q3", Single(Extract(Passing, "1989-11-01"), "a year ago").Value);
    }

    [Fact]
    public void The_quarter_keeps_the_reporting_quarter_in_focus()
    {
        // "the latest quarter" / "the quarter" take the quarter in focus and keep it alive for a later "a year earlier".
        const string Text = "Acme said third-quarter net income rose 9%.\n\nThe chemicals unit had a good year.\n\nFibers sales were flat.\n\n"
            + "Shares rose $2.50 yesterday.\n\nThe biggest gain in the latest quarter came from the plastics unit, whose profit climbed to $140 million from $90 million a year earlier.\n\n"
            + "Coatings were weak.\n\nPaint sales fell.\n\nOil profit climbed to $98 million, as prices were higher than a year ago.";
        IReadOnlyList<DateMention> found = Extract(Text, "1989-10-26");
        Assert.Equal("1989-Q3", Single(found, "the latest quarter").Value);
        Assert.Equal("1988-Q3", Single(found, "a year earlier").Value);
        Assert.Equal("1988-Q3", Single(found, "a year ago").Value);

        // A fiscal quarter in focus: "the quarter" is that quarter, not the calendar quarter just over.
        const string Fiscal = "Borealis Air's profit jumped 30% in the fiscal first quarter.\n\nFor the quarter ended Sept. 30, the airline earned $120 million.";
        Assert.Equal("1989-Q1", Single(Extract(Fiscal, "1989-10-26"), "the quarter").Value);

        // Without a quarter written before it, "the quarter" is the latest one over and becomes the focus.
        const string Bare = "New lending fell to $5.2 million in the quarter against $310 million a year ago.";
        Assert.Equal("1989-Q3", Single(Extract(Bare, "1989-11-02"), "the quarter").Value);
        Assert.Equal("1988-Q3", Single(Extract(Bare, "1989-11-02"), "a year ago").Value);
    }

    [Fact]
    public void Speaking_of_the_quarter_does_not_stop_a_new_reporting_quarter_replacing_it()
    {
        // Negative: a second company's results, far from where the first quarter was written, take over the focus
        // even though "the quarter" kept the first one alive in between.
        const string Text = "Delta's earnings soared in the fiscal first quarter.\n\nRivals struggled.\n\nRevenue rose 15%.\n\n"
            + "Traffic jumped 14% in the quarter.\n\nEastern was weak during the quarter.\n\n"
            + "Separately, America West reported third-quarter profit rose to $5.8 million from $4 million a year earlier.";
        Assert.Equal("1988-Q3", Single(Extract(Text, "1989-10-26"), "a year earlier").Value);
    }

    [Theory]
    [InlineData("In the latest quarter, the insurer lost $18 million on car policies, compared with a profit of $25 million last year.", "1988-Q3")]
    [InlineData("Its pensions arm earned $20 million, compared with a deficit of $2 million last year.", "1988-Q3")]
    [InlineData("The bank earned $14 million in the quarter, against a loss of $2 million last year.", "1988-Q3")]
    [InlineData("Revenue in the latest period was $1.9 billion, up 12% from last year's $1.7 billion.", "1988-Q3")]
    // Negatives: "last year" that compares no amount, or with no quarter in focus, is the year.
    [InlineData("Last year, the company cut 2,000 jobs.", "1988")]
    [InlineData("The division had revenue of roughly $150 million last year.", "1988")]
    public void Last_year_comparing_an_amount_takes_the_quarter_in_focus(string sentence, string value)
    {
        IReadOnlyList<DateMention> found = Extract(Results + sentence, "1989-10-26");
        Assert.Equal(value, Single(found, found.Any(m => m.Text == "last year") ? "last year" : "Last year").Value);
    }

    [Fact]
    public void Last_year_comparing_an_amount_without_a_quarter_is_the_year()
    {
        IReadOnlyList<DateMention> found = Extract("Revenue rose to $5 million, compared with $4 million last year.", "1989-10-26");
        Assert.Equal("1988", Single(found, "last year").Value);

        // The year ended Aug. 31 is a twelve-month period: the quarter before it is no longer in focus.
        const string Year = "Kestrel Foods reported a fourth-quarter loss of $1.9 million.\n\n"
            + "That left profit for the year ended Aug. 31 at $3.1 million, down from $8.4 million last year.";
        Assert.Equal("1988", Single(Extract(Year, "1989-11-02"), "last year").Value);
    }

    [Fact]
    public void The_year_earlier_nine_months_is_one_duration()
    {
        IReadOnlyList<DateMention> found = Extract("Profit in the year-earlier nine months was lifted by a one-off gain of $8 million.", "1989-10-26");
        DateMention m = Single(found, "the year-earlier nine months");
        Assert.Equal("P9M", m.Value);
        Assert.Equal(TemporalKind.Duration, m.Kind);
        Assert.Single(found);

        // Negative: "year-earlier" before a noun that is no stretch of months stays the year before.
        Assert.Equal("1988", Single(Extract("The year-earlier results were restated.", "1989-10-26"), "year-earlier").Value);
    }

    [Fact]
    public void A_longer_period_ends_the_quarter_focus()
    {
        const string Text = "Acme's third-quarter net rose 11%.\n\nOver the first nine months, profit was $280 million, against a loss of $170 million in the 1988 period.";
        Assert.Equal("1988", Single(Extract(Text, "1989-11-02"), "the 1988 period").Value);
    }

    [Theory]
    [InlineData("On May 22, 1995, Varga was promoted to colonel, and the following year she was sent to Vienna.", "the following year", "1996")]
    [InlineData("The offer arrived in March. The following month, the firm put itself on the market.", "The following month", "1998-04")]
    [InlineData("Tokyo shares fell on Friday, 3.8% below the previous Friday.", "the previous Friday", "1998-04-10")]
    [InlineData("The plant closed on June 3, 1994. The next day, workers protested.", "The next day", "1994-06-04")]
    [InlineData("The plant closed on June 3, 1994. The next morning, workers protested.", "The next morning", "1994-06-04TMO")]
    [InlineData("Slepian was killed on Oct. 23, 1998. Earlier that day, the family called the police.", "Earlier that day", "1998-10-23")]
    [InlineData("He joined the party in 1987 and later that year won a seat.", "later that year", "1987")]
    [InlineData("He was shot on Oct. 23, 1998. His name was crossed out that same day.", "that same day", "1998-10-23")]
    public void Anaphoric_dates_count_from_the_date_the_story_last_named(string text, string span, string value)
    {
        Assert.Equal(value, Single(Extract(text, "1998-04-18"), span).Value);
    }

    [Theory]
    [InlineData("Market makers can suffer huge losses on trades made that day at dropping prices.", "that day")]
    [InlineData("That year he moved to Paris.", "That year")] // nothing before it to point back to
    [InlineData("You get a news item and you have strong redemptions that day.", "that day")]
    public void Anaphors_without_an_anchor_or_generic_are_not_dates(string text, string span)
    {
        Assert.DoesNotContain(Extract(text, "1998-04-18"), m => m.Text == span);
    }

    [Fact]
    public void Without_a_story_date_the_following_year_counts_from_publication()
    {
        Assert.Equal("1999", Single(Extract("The company expects profits to rise the following year.", "1998-04-18"), "the following year").Value);
    }

    [Theory]
    [InlineData("The council has given the tenants until 9 a.m. Tuesday to file their claims.", "2000-04-03", "9 a.m. Tuesday", "2000-04-04T09:00")]
    [InlineData("The judge delayed until Tuesday morning any ruling on the request.", "2000-03-30", "Tuesday morning", "2000-04-04TMO")]
    [InlineData("The court adjourned the hearing until Friday.", "2000-03-29", "Friday", "2000-03-31")]
    // Negative: "until" with a plain past verb is the end of something that happened.
    [InlineData("He stayed in the capital until Tuesday.", "2000-03-30", "Tuesday", "2000-03-28")]
    [InlineData("A group of banks has extended Kestrel Foods up to $60 million in credit lines through January.", "1989-10-30", "January", "1990-01")]
    [InlineData("The strike lasted through January.", "1989-10-30", "January", "1989-01")] // negative: no deadline word
    public void A_deadline_set_until_a_day_lies_ahead(string text, string reference, string span, string value)
    {
        Assert.Equal(value, Single(Extract(text, reference), span).Value);
    }

    [Fact]
    public void A_sentence_initial_month_reads_the_main_verb_further_on()
    {
        const string Text = "In January, a week after the tenth anniversary of the landmark court ruling on the matter, a fire at a warehouse in the port city of Gdansk injured two workers.";
        Assert.Equal("1998-01", Single(Extract(Text, "1998-10-25"), "January").Value);
    }

    [Theory]
    [InlineData("In January, a fire that closed the road injured two workers.", "1998-01")]
    [InlineData("In January, a week after the court ruling that closed the case, a fire injured two workers.", "1998-01")]
    [InlineData("In January, the plan that will cut taxes takes effect.", "1999-01")]
    public void A_relative_clause_before_any_tense_marker_is_read_through(string text, string value)
    {
        // "that"/"which"/"who" end the reading only once a tense marker has been found; before that, the
        // relative clause's verb (and the main verb after it) carry the narrative's tense.
        Assert.Equal(value, Single(Extract(text, "1998-10-25"), "January").Value);
    }

    [Theory]
    [InlineData("Trading was halted at mid-afternoon yesterday.", "mid-afternoon yesterday", "1989-11-01TAF")]
    [InlineData("The talks resumed late afternoon Friday.", "late afternoon Friday", "1989-10-27TAF")]
    [InlineData("Early morning Tuesday, troops crossed the river.", "Early morning Tuesday", "1989-10-31TMO")]
    [InlineData("The trial is expected to open the week of March 6.", "the week of March 6", "1990-W10")]
    [InlineData("Then, a week or so ago, the general picked the date.", "a week or so ago", "1989-W43")]
    public void Parts_of_named_days_weeks_of_days_and_approximate_offsets(string text, string span, string value)
    {
        Assert.Equal(value, Single(Extract(text, "1989-11-02"), span).Value);
    }

    [Fact]
    public void Approximate_offsets_carry_the_approx_modifier_and_bare_parts_of_day_are_not_dates()
    {
        Assert.Equal("APPROX", Single(Extract("Then, a week or so ago, the general picked the date.", "1989-11-02"), "a week or so ago").Modifier);
        Assert.DoesNotContain(Extract("He works in the afternoon.", "1989-11-02"), m => m.Text.Contains("afternoon", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("A second group of three directors is also seeking control.", "A second")]
    [InlineData("She has been detained at this march every one of the past three years.", "this march")]
    public void Ordinals_and_lower_case_march_are_not_dates(string text, string span)
    {
        Assert.DoesNotContain(Extract(text, "1999-01-22"), m => m.Text == span);
    }

    [Theory]
    [InlineData("The lights went out a second later.", "a second", "PT1S")]
    [InlineData("The vote is set for this March.", "this March", "1999-03")]
    public void One_second_and_capitalised_march_still_are(string text, string span, string value)
    {
        Assert.Equal(value, Single(Extract(text, "1999-01-22"), span).Value);
    }

    [Theory]
    [InlineData("In the last twenty four hours, rescuers pulled out 12 people.", "the last twenty four hours", "PT24H")]
    [InlineData("The strike lasted twenty-four days.", "twenty-four days", "P24D")]
    [InlineData("He spent twenty years in exile.", "twenty years", "P20Y")]
    public void Compound_number_words_count_whole(string text, string span, string value)
    {
        Assert.Equal(value, Single(Extract(text, "1998-01-08"), span).Value);
    }

    [Theory]
    [InlineData("Profits will stay under pressure in the near term.", "the near term", "FUTURE_REF")]
    [InlineData("Over the short term, the company will cut costs.", "the short term", "FUTURE_REF")]
    [InlineData("The company expects to complete the deal around year end.", "year end", "1989")]
    public void Near_term_and_year_end(string text, string span, string value)
    {
        Assert.Equal(value, Single(Extract(text, "1989-10-26"), span).Value);
    }

    [Theory]
    [InlineData("The short term outlook is poor.")]
    [InlineData("Analysts see the near term risk as small.")]
    [InlineData("The managers met before year end meetings began.")]
    public void Term_and_year_end_qualifying_a_noun_are_not_dates(string text)
    {
        Assert.Empty(Extract(text, "1989-10-26"));
    }

    [Fact]
    public void A_clock_time_keeps_its_day_across_the_wire_gmt_conversion()
    {
        IReadOnlyList<DateMention> found = Extract("The quake struck at 11:20 a.m. (0820 GMT) Friday, cutting power.", "1998-08-08");
        Assert.Equal("1998-08-07T11:20", Single(found, "11:20 a.m. (0820 GMT) Friday").Value);
        Assert.Equal("1998-08-08T21:00", Single(Extract("It struck at 9 p.m. (1800 GMT).", "1998-08-08"), "9 p.m.").Value);
    }

    [Fact]
    public void The_first_time_in_years_is_a_stretch_of_years_but_a_bare_in_years_is_not_read()
    {
        Assert.Equal("PXY", Single(Extract("The unit is growing for the first time in years.", "1989-10-26"), "years").Value);
        Assert.DoesNotContain(Extract("He is advanced in years.", "1989-10-26"), m => m.Text == "years");
    }

    [Theory]
    [InlineData("The figure shows the change since year-end.", "year-end", "1988")]
    [InlineData("Sales since the end of the month were flat.", "the end of the month", "1989-09")]
    [InlineData("He will finish the deal by year-end.", "year-end", "1989")]
    [InlineData("Shops close during Easter week.", "Easter week", "1989-W12")]
    [InlineData("Stores will open early in Thanksgiving week.", "Thanksgiving week", "1989-W47")]
    public void Since_a_period_end_and_holiday_weeks(string text, string span, string value)
    {
        Assert.Equal(value, Single(Extract(text, "1989-10-30"), span).Value);
    }
    [Theory]
    [InlineData("The extra ferries sail from Piraeus on Monday and Tuesday nights this spring.", "Tuesday nights", "XXXX-WXX-2TNI")]
    [InlineData("The extra ferries sail from Piraeus on Monday and Tuesday nights this spring.", "Monday", "XXXX-WXX-1TNI")]
    [InlineData("He plays golf Sunday mornings with his brother.", "Sunday mornings", "XXXX-WXX-7TMO")]
    [InlineData("The market is open on Saturdays and Sundays.", "Saturdays", "XXXX-WXX-6")]
    [InlineData("The market is open on Saturdays and Sundays.", "Sundays", "XXXX-WXX-7")]
    public void Plural_weekdays_and_parts_of_day_are_weekly_sets(string text, string span, string value)
    {
        DateMention m = Single(Extract(text, "1998-02-13"), span);
        Assert.Equal(TemporalKind.Set, m.Kind);
        Assert.Equal(value, m.Value);
    }

    [Theory]
    [InlineData("He arrived Sunday morning.", "Sunday morning", "1998-02-08TMO")]
    [InlineData("He left on Monday and Tuesday night was quiet.", "Monday", "1998-02-09")]
    [InlineData("He left on Monday and Tuesday night was quiet.", "Tuesday night", "1998-02-10TNI")]
    public void Singular_weekdays_stay_dates(string text, string span, string value)
    {
        DateMention m = Single(Extract(text, "1998-02-13"), span);
        Assert.NotEqual(TemporalKind.Set, m.Kind);
        Assert.Equal(value, m.Value);
    }

    [Fact]
    public void A_plural_word_after_and_is_no_weekday_set()
    {
        // "Sundays" needs "on" or a plural weekday before "and"; "TGI Fridays" and a lone "and Fridays" are not sets.
        IReadOnlyList<DateMention> found = Extract("He ate at TGI Fridays and Sundays was the band.", "1998-02-13");
        Assert.DoesNotContain(found, m => m.Kind == TemporalKind.Set);
    }
    [Theory]
    [InlineData("Rules written for farms make little sense in today's world.")]
    [InlineData("Fast chips are standard in many of today's personal computers.")]
    [InlineData("\"This fight is for today\u2019s youth what the war was for their parents,\" she said.")]
    public void Todays_before_a_noun_of_the_present_day_is_no_date(string text)
    {
        Assert.DoesNotContain(Extract(text, "2000-01-07"), m => m.Text.Equals("today", StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("The sale, announced in today's editions of the Daily Courier, starts at noon.", "2000-01-07")]
    [InlineData("Now for today's geography quiz.", "2000-01-07")]
    [InlineData("Today's meeting with world leaders was cancelled.", "2000-01-07")]
    public void Todays_of_this_day_stays_a_date(string text, string value)
    {
        Assert.Equal(value, Single(Extract(text, "2000-01-07"), text.Contains("Today's", StringComparison.Ordinal) ? "Today" : "today").Value);
    }
    [Theory]
    [InlineData("Roughly a minute and a half afterwards, the driver radioed for help.", "a minute and a half", "PT1M30S")]
    [InlineData("The envoy waited nearly an hour and a half for the minister.", "nearly an hour and a half", "PT1H30M")]
    [InlineData("The talks lasted a year and a half.", "a year and a half", "P1Y6M")]
    public void A_unit_and_a_half_is_one_duration(string text, string span, string value)
    {
        DateMention m = Single(Extract(text, "1998-01-14"), span);
        Assert.Equal(TemporalKind.Duration, m.Kind);
        Assert.Equal(value, m.Value);
    }

    [Fact]
    public void And_a_half_after_a_non_unit_is_no_duration()
    {
        Assert.Empty(Extract("Shares of AT and T fell nearly four to sixty-one and a half. He paid a dollar and a half.", "1998-01-14"));
    }
    [Theory]
    [InlineData("''The convoy sets off at 4 in the morning,'' the colonel said.", "4 in the morning", "2000-04-05T04:00")]
    [InlineData("The blast came at 10:30 in the evening.", "10:30 in the evening", "2000-04-05T22:30")]
    [InlineData("Talks ended at 11 at night.", "11 at night", "2000-04-05T23:00")]
    [InlineData("The shops open at 8 o'clock in the morning.", "8 o'clock in the morning", "2000-04-05T08:00")]
    [InlineData("They met until 3 in the afternoon.", "3 in the afternoon", "2000-04-05T15:00")]
    public void An_hour_in_the_part_of_the_day_is_a_clock_time(string text, string span, string value)
    {
        Assert.Equal(value, Single(Extract(text, "2000-04-05"), span).Value);
    }

    [Theory]
    [InlineData("He ran 4 in the morning races.")]
    [InlineData("Only 3 in the afternoon session voted.")]
    public void A_count_before_in_the_morning_is_no_time(string text)
    {
        Assert.Empty(Extract(text, "2000-04-05"));
    }

    [Theory]
    [InlineData("The March accession will let the three states sign the final papers.", "1999-02-10", "March", "1999-03")]
    [InlineData("Turnout in the May elections fell to a record low, officials said.", "1998-07-01", "May", "1998-05")]
    [InlineData("Analysts pored over a March report on factory orders.", "2024-07-08", "March", "2024-03")]
    public void March_or_May_between_an_article_and_an_event_noun_is_the_month(string text, string reference, string span, string value)
    {
        Assert.Equal(value, Single(Extract(text, reference), span).Value);
    }

    [Theory]
    [InlineData("The May government lost the vote on its plan.")]
    [InlineData("Organisers said the March drew twenty thousand people.")]
    [InlineData("The March on Washington filled the mall.")]
    [InlineData("Tickets may sell out, and the march will go on.")]
    public void March_or_May_as_a_name_or_verb_stays_out(string text)
    {
        Assert.Empty(Extract(text, "2019-03-28"));
    }

    [Fact]
    public void A_lone_forward_marker_far_to_the_left_still_reads_ahead()
    {
        // "scheduled" lies 19 words before the weekday, too far to make the tense firm, and nothing reads back.
        const string text = "The minister is scheduled to visit clinics with the regional health director and two aid officials in the north, the first on Tuesday morning, and then return to the capital.";
        Assert.Equal("1998-08-18TMO", Single(Extract(text, "1998-08-17"), "Tuesday morning").Value);
    }

    [Fact]
    public void A_lone_past_marker_far_to_the_left_keeps_the_past()
    {
        const string text = "The minister travelled to visit clinics with the regional health director and two aid officials in the north, the first on Tuesday morning, and then returned to the capital.";
        Assert.Equal("1998-08-11TMO", Single(Extract(text, "1998-08-17"), "Tuesday morning").Value);
    }

    [Theory]
    // The story named only a month: "that same day" lies in it, "the next day" cannot be placed (no made-up 1st).
    [InlineData("Two clinics were attacked, the second last October when a nurse was hurt. Police sealed the street that same day.", "that same day", "1998-10")]
    // (written in February: a sale in the past lies in the last March, not in one not yet begun)
    [InlineData("In March, the mill was sold; later that week its owner resigned.", "later that week", "1998-03")]
    // Negative: a named day still anchors the day-level anaphor.
    [InlineData("The mill was sold on March 3; later that week its owner resigned.", "later that week", "1999-W09")]
    [InlineData("The nurse was hurt on Oct. 23. Police sealed the street that same day.", "that same day", "1998-10-23")]
    public void A_day_anaphor_after_a_month_keeps_to_the_month(string text, string span, string value)
    {
        Assert.Equal(value, Single(Extract(text, "1999-02-06"), span).Value);
    }

    [Fact]
    public void The_next_day_after_a_month_is_left_unresolved()
    {
        DateMention m = Single(Extract("In October the plant closed, and the next day its workers marched.", "1999-02-06"), "the next day");
        Assert.Null(m.Value);
        Assert.Null(m.RangeStart);
        Assert.Equal("1998-10-02", Single(Extract("On Oct. 1 the plant closed, and the next day its workers marched.", "1999-02-06"), "the next day").Value);
    }
}
