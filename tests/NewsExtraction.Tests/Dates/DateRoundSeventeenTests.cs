using static NewsExtraction.Tests.Dates.DateTestHelpers;

namespace NewsExtraction.Tests.Dates;

/// <summary>General causes of value errors found in round seventeen (invented news sentences; the reference date is Thursday 2013-03-21).</summary>
public sealed class DateRoundSeventeenTests
{
    private const string Reference = "2013-03-21";

    // ------------------------------------------------------------ a trailing attribution does not set the event's tense

    [Theory]
    [InlineData("Officials expect the ferry service to restart by the weekend, a spokeswoman said.", "the weekend", "2013-W12-WE")]
    [InlineData("The envoy is to arrive in Kerava on Tuesday, aides to the envoy said late on Wednesday.", "Tuesday", "2013-03-26")]
    [InlineData("The new harbour bridge is due to open on Monday, the port authority said.", "Monday", "2013-03-25")]
    public void A_reporting_verb_closing_the_sentence_leaves_the_clause_its_own_tense(string text, string span, string value)
    {
        Assert.Equal(value, Single(Extract(text, Reference), span).Value);
    }

    [Theory]
    [InlineData("The crane was dismantled on Friday afternoon Engineers said they expect a full review to follow within weeks.", "Friday afternoon", "2013-03-15TAF")]
    [InlineData("The tanker ran aground on Sunday, the coastguard said.", "Sunday", "2013-03-17")]
    public void A_reporting_verb_that_opens_a_longer_clause_is_still_read(string text, string span, string value)
    {
        Assert.Equal(value, Single(Extract(text, Reference), span).Value);
    }

    // ------------------------------------------------------------ present verbs of intention before "to"

    [Theory]
    [InlineData("Divers hope to reach the sunken trawler by Saturday.", "Saturday", "2013-03-23")]
    [InlineData("The governor wants to sign the measure on Tuesday.", "Tuesday", "2013-03-26")]
    [InlineData("The dock union threatens to walk out on Monday over pay.", "Monday", "2013-03-25")]
    [InlineData("The chairman is preparing to step down in June, two board members said.", "June", "2013-06")]
    public void A_present_verb_of_intention_points_ahead(string text, string span, string value)
    {
        Assert.Equal(value, Single(Extract(text, Reference), span).Value);
    }

    // ------------------------------------------------------------ a participle after a determiner is an adjective

    [Theory]
    [InlineData("Rescuers expect to reach the trapped climbers by Saturday.", "Saturday", "2013-03-23")]
    [InlineData("Engineers plan to inspect the damaged span on Saturday.", "Saturday", "2013-03-23")]
    public void A_participle_after_a_determiner_is_no_past_marker(string text, string span, string value)
    {
        Assert.Equal(value, Single(Extract(text, Reference), span).Value);
    }

    // ------------------------------------------------------------ "since" names a point already passed

    [Theory]
    [InlineData("The agency will decide in the coming days whether to close the pit, which has been shut since December.", "December", "2012-12")]
    [InlineData("The regional council will meet again soon to review the curfew in force since Monday.", "Monday", "2013-03-18")]
    public void A_date_after_since_lies_in_the_past(string text, string span, string value)
    {
        Assert.Equal(value, Single(Extract(text, Reference), span).Value);
    }

    // ------------------------------------------------------------ a capitalised "Will" inside a sentence is a name

    [Theory]
    [InlineData("The band posted a clip from the arena on Tuesday night, with guests including Anna Berg and Will Tanner.", "Tuesday night", "2013-03-19TNI")]
    [InlineData("Will the committee publish its findings on Friday? Nobody would say.", "Friday", "2013-03-22")]
    public void Only_a_sentence_opening_Will_is_the_modal(string text, string span, string value)
    {
        Assert.Equal(value, Single(Extract(text, Reference), span).Value);
    }
    // ------------------------------------------------------------ "a year earlier" after a year the sentence wrote out

    [Theory]
    [InlineData("The brewer posted a net loss of $40 million for 2012, against a profit of $15 million a year earlier.", "a year earlier", "2011")]
    [InlineData("Exports reached a record in 2011, up 9 percent from a year earlier.", "a year earlier", "2010")]
    [InlineData("Turnover in 2012 fell 3 percent from the year-earlier level.", "year-earlier", "2011")]
    [InlineData("The brewer was sold in 2009; a year ago it was sold again.", "a year ago", "2012")] // "ago" counts from the publication date
    public void A_year_earlier_counts_back_from_the_year_of_its_sentence(string text, string span, string value)
    {
        Assert.Equal(value, Single(Extract(text, Reference), span).Value);
    }
    // ------------------------------------------------------------ "is forecast to", "are projected to"

    [Theory]
    [InlineData("The cyclone is forecast to reach the northern coast late Friday or early Saturday.", "late Friday", "2013-03-22")]
    [InlineData("Growth is predicted to pick up in the autumn.", "the autumn", "2013-FA")]
    [InlineData("The storm was forecast to weaken on Tuesday but gained strength instead.", "Tuesday", "2013-03-19")] // a past forecast
    public void A_present_forecast_before_to_points_ahead(string text, string span, string value)
    {
        Assert.Equal(value, Single(Extract(text, Reference), span).Value);
    }
    // ------------------------------------------------------------ a possessive weekday before a scheduled event in a clause that reads ahead

    [Theory]
    [InlineData("Voters will cast ballots in Sunday's runoff between the two candidates.", "Sunday", "2013-03-24")]
    [InlineData("Turnout is expected to top 60 percent in Sunday's runoff.", "Sunday", "2013-03-24")]
    [InlineData("The striker will miss Saturday's match against the leaders.", "Saturday", "2013-03-23")]
    [InlineData("The party will contest Sunday's presidential runoff, its leader said.", "Sunday", "2013-03-24")]
    public void A_possessive_weekday_before_a_scheduled_event_in_a_future_clause_is_the_coming_one(string text, string span, string value)
    {
        Assert.Equal(value, Single(Extract(text, Reference), span).Value);
    }

    [Theory]
    [InlineData("The striker missed Saturday's match against the leaders.", "Saturday", "2013-03-16")]
    [InlineData("Officials will review Tuesday's shooting at the mall.", "Tuesday", "2013-03-19")] // an incident, not a scheduled event
    [InlineData("Police are investigating Tuesday's shooting at the mall.", "Tuesday", "2013-03-19")]
    public void Other_possessive_weekdays_stay_in_the_past(string text, string span, string value)
    {
        Assert.Equal(value, Single(Extract(text, Reference), span).Value);
    }
    // ------------------------------------------------------------ "had hoped to", "had planned to": an intention in the past

    [Theory]
    [InlineData("He said he had hoped to see his family on Sunday but was turned away.", "Sunday", "2013-03-17")]
    [InlineData("She hopes to see her family on Sunday.", "Sunday", "2013-03-24")]
    public void A_pluperfect_intention_lies_in_the_past(string text, string span, string value)
    {
        Assert.Equal(value, Single(Extract(text, Reference), span).Value);
    }
    // ------------------------------------------------------------ a weekday in a paper's title or after an honorific

    [Theory]
    [InlineData("The Sunday Telegraph reported that the envoy may step down.")]
    [InlineData("Mr. Monday, a 45-year-old beekeeper, queued for four hours.")]
    [InlineData("Dr Friday told the inquiry the ward was full.")]
    public void A_weekday_in_a_title_or_a_surname_is_no_date(string text)
    {
        Assert.DoesNotContain(Extract(text, Reference), d => d.Text is "Sunday" or "Monday" or "Friday");
    }

    [Theory]
    [InlineData("The claims first ran in the Brindle Times on Friday, aides said.", "Friday", "2013-03-15")]
    [InlineData("Ministers met on Sunday. Times were hard, one said.", "Sunday", "2013-03-17")]
    public void A_weekday_next_to_a_title_word_in_other_positions_stays_a_date(string text, string span, string value)
    {
        Assert.Equal(value, Single(Extract(text, Reference), span).Value);
    }
    // ------------------------------------------------------------ a relative clause set off by commas keeps its own tense

    [Theory]
    [InlineData("The envoy, who arrived on Wednesday, is expected to stay until the weekend.", "Wednesday", "2013-03-20")]
    [InlineData("The ferry, which sails on Saturday, was repaired last month.", "Saturday", "2013-03-23")]
    [InlineData("The violinist, who died in February, will be buried on Saturday.", "February", "2013-02")]
    [InlineData("Border talks, which collapsed in November, are set to resume in May.", "November", "2012-11")]
    public void A_date_in_a_relative_clause_reads_that_clause(string text, string span, string value)
    {
        Assert.Equal(value, Single(Extract(text, Reference), span).Value);
    }
}
