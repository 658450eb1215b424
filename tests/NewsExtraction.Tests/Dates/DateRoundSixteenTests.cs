using NewsExtraction.Dates;
using static NewsExtraction.Tests.Dates.DateTestHelpers;

namespace NewsExtraction.Tests.Dates;

/// <summary>General causes of value errors found while reading the development sets and scraped news in round sixteen (invented sentences).</summary>
public sealed class DateRoundSixteenTests
{
    // ------------------------------------------------------------ present-tense arrangements: a copula, a progressive, a verb with a short phrase

    [Theory]
    [InlineData("The memorial service for the Dunmore miners is on Saturday.", "Saturday", "2013-03-16")]
    [InlineData("The cup final is Sunday at the Harlow ground.", "Sunday", "2013-03-17")]
    [InlineData("Farm ministers from six nations are gathering, and the vote is in May.", "May", "2013-05")]
    public void A_present_copula_before_a_date_points_ahead(string text, string span, string value)
    {
        Assert.Equal(value, Single(Extract(text, "2013-03-13"), span).Value);
    }

    [Theory]
    [InlineData("Trade envoys are meeting in Oslo on Thursday to settle the fishing quota.", "Thursday", "2013-03-14")]
    [InlineData("The Harlow side is playing its final home fixture on Saturday.", "Saturday", "2013-03-16")]
    [InlineData("The prince is now travelling to Lagos on Monday, aides say.", "Monday", "2013-03-18")]
    public void A_present_progressive_of_a_scheduling_verb_points_ahead(string text, string span, string value)
    {
        Assert.Equal(value, Single(Extract(text, "2013-03-13"), span).Value);
    }

    [Theory]
    [InlineData("Citizens of Velmar go to the polls on Sunday in a second round.", "Sunday", "2013-03-17")]
    [InlineData("The new smoking rules take effect on Friday across the province.", "Friday", "2013-03-15")]
    [InlineData("The tariff cut comes into force in July for all imports.", "July", "2013-07")]
    [InlineData("Senators return to the capital on Monday after a two-week break.", "Monday", "2013-03-18")]
    [InlineData("The rail unions hold a joint rally on Saturday near the station.", "Saturday", "2013-03-16")]
    [InlineData("Police say the accused, held since the weekend, appears in court Monday.", "Monday", "2013-03-18")]
    [InlineData("The dock strike enters its third week on Monday.", "Monday", "2013-03-18")]
    [InlineData("The town marks the flood centenary on Sunday.", "Sunday", "2013-03-17")]
    public void A_scheduling_verb_with_a_short_phrase_before_the_date_points_ahead(string text, string span, string value)
    {
        Assert.Equal(value, Single(Extract(text, "2013-03-13"), span).Value);
    }

    [Theory]
    [InlineData("go to the polls on Sunday, the notice says.", "Sunday")]
    [InlineData("meets the board on Friday", "Friday")]
    public void A_scheduling_verb_opening_the_text_is_read_without_looking_before_it(string text, string span)
    {
        // The look-back for a determiner before the verb stops at the first token (it once read the token before it).
        Assert.NotNull(Single(Extract(text, "2013-03-13"), span).Value);
    }

    [Theory]
    [InlineData("Rovers parted ways with their popular head coach on Monday.", "Monday", "2013-03-11")] // "head" is a noun
    [InlineData("He faces charges over the robbery on Sunday at the depot.", "Sunday", "2013-03-10")] // the date is the robbery's
    [InlineData("She is recovering in hospital after the collision on Friday.", "Friday", "2013-03-08")]
    [InlineData("The rebels hold the village they captured on Sunday.", "Sunday", "2013-03-10")]
    [InlineData("The tanker was on fire on Saturday, the coastguard said.", "Saturday", "2013-03-09")]
    public void Past_events_keep_the_past_reading(string text, string span, string value)
    {
        Assert.Equal(value, Single(Extract(text, "2013-03-13"), span).Value);
    }

    // ------------------------------------------------------------ more holidays with a calendar rule

    [Theory]
    [InlineData("Shoppers queued outside the Dunmore mall before dawn on Black Friday, the chain said.", "2013-12-10", "Black Friday", "2013-11-29")]
    [InlineData("Parcel firms hired extra drivers after online orders surged on Cyber Monday.", "2013-12-10", "Cyber Monday", "2013-12-02")]
    [InlineData("Florists in Velmar expect record sales ahead of Mother's Day, the trade body says.", "2013-04-20", "Mother's Day", "2013-05-12")]
    [InlineData("Thousands marched through the capital on International Women's Day.", "2013-03-13", "International Women's Day", "2013-03-08")]
    [InlineData("A radio host fooled listeners on April Fools' Day.", "2013-04-09", "April Fools' Day", "2013-04-01")]
    [InlineData("Veterans laid wreaths at the harbour memorial on Remembrance Sunday.", "2013-11-20", "Remembrance Sunday", "2013-11-10")]
    [InlineData("The archbishop washed the feet of twelve prisoners on Maundy Thursday.", "2013-04-02", "Maundy Thursday", "2013-03-28")]
    public void Named_days_with_a_calendar_rule_are_holidays(string text, string reference, string span, string value)
    {
        Assert.Equal(value, Single(Extract(text, reference), span).Value);
    }

    // ------------------------------------------------------------ "last" as a verb before a bare plural unit; "have until"

    [Theory]
    [InlineData("The inquiry into the pier collapse could last months, the minister warned.")]
    [InlineData("Engineers expect the repairs to last weeks.")]
    public void Last_after_a_modal_or_to_before_a_plural_unit_is_the_verb(string text)
    {
        Assert.DoesNotContain(Extract(text, "2013-03-13"), m => m.Text.StartsWith("last", StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("Bidders have until Friday to lodge their offers with the council.", "Friday", "2013-03-15")]
    [InlineData("The regulator has until June to decide on the merger.", "June", "2013-06")]
    [InlineData("The ferry stayed in port until Friday, when the gale eased.", "Friday", "2013-03-08")] // no deadline
    public void Have_until_a_date_is_time_left_before_a_deadline(string text, string span, string value)
    {
        Assert.Equal(value, Single(Extract(text, "2013-03-13"), span).Value);
    }

    // ------------------------------------------------------------ a narrative carried on from a past year that opened the sentence before

    [Theory]
    [InlineData("In 2006 the old ferry terminal at Dunmore was shut. In May, it reopened as a market hall.", "May", "2006-05")]
    [InlineData("In November 2010, the Velmar miners walked out. In March, they went back underground.", "March", "2011-03")]
    [InlineData("On Jan. 9, 2011, crowds filled the square. On Feb. 14, the governor stepped down.", "Feb. 14", "2011-02-14")]
    [InlineData("During the summer of 2008, grain prices soared. In the autumn, they collapsed.", "the autumn", "2008-FA")]
    public void A_yearless_month_opening_the_next_sentence_keeps_the_year_of_the_narrative(string text, string span, string value)
    {
        Assert.Equal(value, Single(Extract(text, "2013-03-13"), span).Value);
    }

    [Theory]
    [InlineData("In 2009, the river dam burst. Repairs will be costly. On 4 June, engineers inspected the site.", "4 June", "2012-06-04")] // not the next sentence
    [InlineData("In 2011, the fishing ban was lifted. In June, the council will review it.", "June", "2013-06")] // the future
    [InlineData("The ferry terminal, shut since 2006, is busy again. In May, it reopened as a market hall.", "May", "2012-05")] // the year did not open the sentence
    public void Other_yearless_months_keep_their_reading(string text, string span, string value)
    {
        Assert.Equal(value, Single(Extract(text, "2013-03-13"), span).Value);
    }

    // ------------------------------------------------------------ "that summer"; "the following spring" after a year

    [Theory]
    [InlineData("The Harlow brewery changed hands in 2009. That summer, the new owners cut 80 jobs.", "That summer", "2009-SU")]
    [InlineData("The Harlow brewery changed hands in March 2009. By that autumn, the new owners had cut 80 jobs.", "that autumn", "2009-FA")]
    [InlineData("The Harlow brewery shut in 2004. The following spring, a developer bought the site.", "The following spring", "2005-SP")]
    [InlineData("The Harlow brewery shut in 2004. The following March, a developer bought the site.", "The following March", "2005-03")]
    public void A_season_or_month_counted_from_the_year_in_focus(string text, string span, string value)
    {
        Assert.Equal(value, Single(Extract(text, "2013-03-13"), span).Value);
    }

    [Theory]
    [InlineData("The brewery opened in 2009. Share prices that fall sharply worry its owners.")]
    [InlineData("The brewery opened in 2009. Ideas that spring from its lab are patented.")]
    public void That_before_a_verb_spelled_as_a_season_is_a_relative_pronoun(string text)
    {
        Assert.DoesNotContain(Extract(text, "2013-03-13"), m => m.Text.Contains("that", StringComparison.OrdinalIgnoreCase));
    }

    // ------------------------------------------------------------ quarters and halves: future time, "of this year", "of fiscal 2013"

    [Theory]
    [InlineData("Velmar Foods says margins will widen in the fourth quarter.", "the fourth quarter", "2013-Q4")]
    [InlineData("Economists expect hiring to pick up in the second half.", "the second half", "2013-H2")]
    [InlineData("Velmar Foods expects to report a loss for the fourth quarter.", "the fourth quarter", "2012-Q4")] // the quarter being reported
    [InlineData("Velmar Foods will publish fourth-quarter figures next week.", "fourth-quarter", "2012-Q4")]
    [InlineData("Margins widened in the fourth quarter.", "the fourth quarter", "2012-Q4")]
    public void A_future_verb_reaches_a_quarter_only_as_its_own_time(string text, string span, string value)
    {
        Assert.Equal(value, Single(Extract(text, "2013-03-13"), span).Value);
    }

    [Theory]
    [InlineData("Freight volumes in the third quarter of this year beat forecasts.", "the third quarter of this year", "2013-Q3")]
    [InlineData("The mill will reopen in the first half of next year.", "the first half of next year", "2014-H1")]
    [InlineData("Turnover in the first quarter of fiscal 2014 climbed.", "the first quarter of fiscal 2014", "2014-Q1")]
    [InlineData("Turnover in the first two quarters of 2011 climbed.", "the first two quarters of 2011", "2011-H1")]
    [InlineData("Turnover slid across the last two quarters of 2017.", "the last two quarters of 2017", "2017-H2")]
    public void A_quarter_of_a_relative_or_fiscal_year_is_one_date(string text, string span, string value)
    {
        Assert.Equal(value, Single(Extract(text, "2013-03-13"), span).Value);
    }

    // ------------------------------------------------------------ "a year earlier" after a month of the same sentence

    [Theory]
    [InlineData("Car registrations climbed 6 percent in February from a year earlier.", "a year earlier", "2012-02")]
    [InlineData("Factory orders slipped in January compared with a year ago, the agency said.", "a year ago", "2012-01")]
    public void A_year_earlier_after_a_month_is_that_month_a_year_back(string text, string span, string value)
    {
        Assert.Equal(value, Single(Extract(text, "2013-03-13"), span).Value);
    }

    // ------------------------------------------------------------ "has a month to respond"

    [Theory]
    [InlineData("The Dunmore council has a month to answer the complaint.", "a month", "P1M")]
    [InlineData("Tenants had a week to leave the tower block.", "a week", "P1W")]
    public void Time_left_after_have_is_a_length_of_time(string text, string span, string value)
    {
        Assert.Equal(value, Single(Extract(text, "2013-03-13"), span).Value);
    }

    [Fact]
    public void A_rate_stays_out()
    {
        Assert.Empty(Extract("The ferry costs $12 a day to park beside the quay.", "2013-03-13"));
    }

    // ------------------------------------------------------------ a state lasting until a date

    [Theory]
    [InlineData("Velmar's schools stay shut until Thursday, the ministry says.", "Thursday", "2013-03-14")]
    [InlineData("The coast road remains closed until Friday.", "Friday", "2013-03-15")]
    [InlineData("The coast road was closed until Friday, when crews cleared it.", "Friday", "2013-03-08")]
    public void A_state_lasting_until_a_date_reads_ahead_unless_a_past_verb_says_otherwise(string text, string span, string value)
    {
        Assert.Equal(value, Single(Extract(text, "2013-03-13"), span).Value);
    }

    // ------------------------------------------------------------ a capitalised season or "Weekend" inside a name after a sentence-opening "The"

    [Theory]
    [InlineData("The Summer Pavilion in Velmar drew record crowds.")]
    [InlineData("The Weekend Digest host asked the minister about fares.")]
    public void A_season_inside_a_name_after_an_opening_the_is_no_date(string text)
    {
        Assert.Empty(Extract(text, "2013-03-13"));
    }

    [Fact]
    public void An_opening_the_season_before_a_verb_stays_a_date()
    {
        Assert.Equal("2012-SU", Single(Extract("The Summer was the hottest on record.", "2013-03-13"), "The Summer").Value);
    }
}
