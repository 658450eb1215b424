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

    // ------------------------------------------------------------ "this" before a caption date

    [Theory]
    [InlineData("FILE - In this May 9, 2016 file photo, the singer Orla Venn waves in Brindle.", "May 9, 2016", "2016-05-09")]
    [InlineData("In this June 14, 2019, photo, workers repair the Tarven dam.", "June 14, 2019", "2019-06-14")]
    public void This_before_a_full_caption_date_is_left_out(string text, string span, string value)
    {
        IReadOnlyList<DateMention> found = Extract(text);
        DateMention m = Single(found, span);
        Assert.Equal(value, m.Value);
        Assert.DoesNotContain(found, d => d.Text.StartsWith("this", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void This_month_alone_is_still_deictic()
    {
        DateMention m = Single(Extract("The Zorvan plant will reopen this September, the mayor said."), "this September");
        Assert.Equal("2024-09", m.Value);
    }

    // ------------------------------------------------------------ quarters and halves of a game

    private const string MatchReport =
        "The Harlow Hawks beat the Tarven Owls 27-20 on Sunday. Quarterback Dane Ruddle threw for 310 yards.\n"
        + "Ruddle found Mo Kessel for a 12-yard touchdown late in the third quarter.\n"
        + "Owls linebacker Ivo Brask hurt his ankle in the second half and did not return.\n"
        + "The Hawks kicked a field goal in the first quarter.";

    [Theory]
    [InlineData("the third quarter")]
    [InlineData("the second half")]
    [InlineData("the first quarter")]
    public void Game_periods_in_a_match_report_are_not_dates(string span)
    {
        IReadOnlyList<DateMention> found = Extract(MatchReport);
        Assert.DoesNotContain(found, d => d.Text == span);
        Assert.Contains(found, d => d.Text == "Sunday");
    }

    [Fact]
    public void Quarters_in_business_news_stay_dates()
    {
        const string text = "Zorvan Industries said profit in the third quarter rose 12% to $40 million.\n"
            + "The company also sponsors the NFL's Harlow Hawks, whose quarterback joined the call.\n"
            + "Sales in the second half are expected to slow.";
        IReadOnlyList<DateMention> found = Extract(text);
        Assert.Equal("2024-Q3", Single(found, "the third quarter").Value);
        Assert.Contains(found, d => d.Text == "the second half");
    }

    [Fact]
    public void A_single_sports_word_does_not_make_a_match_report()
    {
        DateMention m = Single(Extract("The NFL said attendance fell in the second quarter."), "the second quarter");
        Assert.Equal("2024-Q2", m.Value);
    }

    // ------------------------------------------------------------ newspaper names: "X Today", "the X Daily", "the X daily"

    [Theory]
    [InlineData("The launch pad at dawn. (Photo: Zorvan via Tarven Today)")]
    [InlineData("\"He kept to himself,\" a neighbour told Brindle Today.")]
    [InlineData("The plan was first reported by the Harlow Daily, a state-run paper.")]
    [InlineData("The official Pelmora Science Daily said the probe was ready.")]
    [InlineData("Officials spoke to the Tarven People's Daily on Friday.")]
    [InlineData("Mayor Ruddle told the Brindler Rundschau daily in an interview.")]
    [InlineData("The Harlow Kurier daily reported the sale.")]
    public void Newspaper_names_are_not_dates(string text)
    {
        IReadOnlyList<DateMention> found = Extract(text);
        Assert.DoesNotContain(found, d => d.Text is "Today" or "Daily" or "daily");
    }

    [Theory]
    [InlineData("Today, the Tarven mill is a museum.", "Today")]
    [InlineData("The mill opens to visitors daily.", "daily")]
    [InlineData("Ferries sail to Brindle daily, the operator said.", "daily")]
    public void Ordinary_today_and_daily_stay(string text, string span)
    {
        Single(Extract(text), span);
    }

    // ------------------------------------------------------------ weekday direction: nouns and states are no schedule
    // Reference: Wednesday 2024-07-10.

    [Theory]
    [InlineData("Zorvan released a video of the Pelmora Heavy launch Monday, showing the payload.", "Monday", "2024-07-08")]
    [InlineData("The Harlow museum was open on Monday, although its west wing was expected to be closed.", "Monday", "2024-07-08")]
    [InlineData("The jet crashed soon after takeoff just after noon on Monday from Brindle on a planned flight.", "noon on Monday", "2024-07-08T12:00")]
    [InlineData("Tarven notified the agencies Monday of its plan to launch a probe.", "Monday", "2024-07-08")]
    [InlineData("Ruddle revealed his plans via a post late Monday, saying the first cargo will be seeds.", "late Monday", "2024-07-08")]
    public void Weekday_after_a_past_verb_with_a_plan_noun_is_past(string text, string span, string value)
    {
        DateMention m = Single(Extract(text, "2024-07-10"), span);
        Assert.Equal(value, m.Value);
    }

    [Theory]
    [InlineData("The Harlow Hawks play Monday in Brindle.", "Monday", "2024-07-15")]
    [InlineData("The ferry is scheduled to sail on Monday.", "Monday", "2024-07-15")]
    [InlineData("Zorvan plans to open the plant on Monday.", "Monday", "2024-07-15")]
    [InlineData("The museum opens on Monday after repairs.", "Monday", "2024-07-15")]
    public void Forward_weekdays_stay_ahead(string text, string span, string value)
    {
        DateMention m = Single(Extract(text, "2024-07-10"), span);
        Assert.Equal(value, m.Value);
    }

    // ------------------------------------------------------------ names and nouns that look like dates

    [Theory]
    [InlineData("Tarven will send a team to the Winter Olympics in Brindle.", "the Winter")]
    [InlineData("She won gold at the Summer Games in Harlow.", "the Summer")]
    [InlineData("The probe rides on a Long March 7 rocket, the agency said.", "March 7")]
    [InlineData("He once appeared on \"The Tonight Show\" with a parrot.", "Tonight")]
    [InlineData("Dane and April Ruddle drove to Brindle from Tarven.", "April")]
    [InlineData("The fall from the record highs of early June was swift.", "The fall")]
    [InlineData("A low wall separates the path and the fall into the gorge.", "the fall")]
    [InlineData("Historians still argue over the fall of the old capital.", "the fall")]
    public void Names_and_nouns_are_not_dates(string text, string span)
    {
        Assert.DoesNotContain(Extract(text), d => d.Text == span);
    }

    [Theory]
    [InlineData("The council will meet in the fall, the mayor said.", "the fall", "2024-FA")]
    [InlineData("The vote is set for the fall of 2025.", "the fall of 2025", "2025-FA")]
    [InlineData("Snow closed the pass last winter.", "last winter", "2023-WI")]
    [InlineData("Between March and April Zorvan cut 40 jobs.", "March and April", "2024-03/2024-04")]
    [InlineData("The Long March began in October 1934.", "October 1934", "1934-10")]
    public void Seasons_and_months_stay_dates(string text, string span, string value)
    {
        Assert.Equal(value, Single(Extract(text), span).Value);
    }

    // ------------------------------------------------------------ "would have": a past conditional

    [Theory]
    [InlineData("Analysts say the January test would have reached 900 km on a flatter path.", "January", "2024-01")]
    [InlineData("Zorvan believes the December offer might have saved 200 jobs.", "December", "2023-12")]
    public void Would_have_points_back(string text, string span, string value)
    {
        Assert.Equal(value, Single(Extract(text), span).Value);
    }

    [Fact]
    public void Would_alone_still_points_ahead()
    {
        Assert.Equal("2024-09", Single(Extract("Officials said the September test would go ahead."), "September").Value);
    }

    // ------------------------------------------------------------ "May of last year" is one expression

    [Theory]
    [InlineData("In June of last year, Zorvan moved to Brindle.", "June of last year", "2023-06")]
    [InlineData("Sometime in early March of next year, the Tarven bridge will close.", "early March of next year", "2025-03")]
    [InlineData("The plant opened in October of this year.", "October of this year", "2024-10")]
    public void Month_of_a_relative_year_is_one_mention(string text, string span, string value)
    {
        IReadOnlyList<DateMention> found = Extract(text);
        Assert.Equal(value, Single(found, span).Value);
        Assert.DoesNotContain(found, d => d.Text.EndsWith("year", StringComparison.Ordinal) && d.Text != span);
    }

    // ------------------------------------------------------------ awards: "coach of the year"

    [Theory]
    [InlineData("Ruddle, twice the league's coach of the year, retired on Monday.")]
    [InlineData("Orla Venn was shortlisted as artist of the year in Brindle.")]
    [InlineData("Kessel's catch was the play of the year, fans said.")]
    public void Award_of_the_year_is_not_a_date(string text)
    {
        Assert.DoesNotContain(Extract(text), d => d.Text == "the year");
    }

    [Theory]
    [InlineData("Sales rose in the second half of the year.", "the year")]
    [InlineData("Zorvan hopes to reopen the Tarven mill before the end of the year.", "the year")]
    public void Other_of_the_year_stays(string text, string span)
    {
        Assert.Contains(Extract(text), d => d.Text.EndsWith(span, StringComparison.Ordinal));
    }
}
