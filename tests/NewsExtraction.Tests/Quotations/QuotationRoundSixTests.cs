using NewsExtraction.Quotations;
using static NewsExtraction.Tests.Quotations.QuoteTestHelper;

namespace NewsExtraction.Tests.Quotations;

/// <summary>Round six, read off a third hand-annotated sample of scraped news (invented sentences only).</summary>
public sealed class QuotationRoundSixTests
{
    [Theory]
    [InlineData("The Save Our Rivers campaign", "Save Our Rivers")]
    [InlineData("The Protect Your Data group", "Protect Your Data")]
    public void A_capitalised_possessive_inside_a_name_stays_in_the_name(string subject, string name)
    {
        QuotationMention q = Single("The river is dirty again.\n" + subject + " thanked volunteers and added: “We trust the council will finally act on this.”");
        Assert.StartsWith(name, Who(q));
    }

    [Fact]
    public void A_sentence_initial_possessive_is_not_a_name()
    {
        QuotationMention q = Single("Our reporter Tom Reed spoke to the crew.\n“The engine failed twice on the way out,” the captain said.");
        Assert.Equal("captain", Who(q));
    }

    [Fact]
    public void He_refers_to_a_titled_person_named_in_the_previous_paragraph_rather_than_a_speaker_further_back()
    {
        string text = "“The talks will continue,” Tom Reed, a spokesman for the council, said in a statement.\n"
            + "The workers were released on Thursday, the company said.\n"
            + "In the town hall the families heard Deputy Mayor Obi Danjuma address the crowd, with his aides beside him.\n"
            + "“We can imagine what they have gone through,” he said.";
        List<QuotationMention> all = Quotes(text);
        Assert.Equal(2, all.Count);
        Assert.Equal("Tom Reed", Who(all[0]));
        Assert.Equal("Obi Danjuma", Who(all[1]));
    }

    [Fact]
    public void A_possessive_owner_or_an_untitled_name_does_not_take_the_pronoun_from_the_speaker()
    {
        string text = "“The talks will continue,” Tom Reed, a spokesman for the council, said in a statement.\n"
            + "The workers were released on Thursday, the company said.\n"
            + "Reporters asked about Director Obi Danjuma's announcement and the North Harbour Act.\n"
            + "“We can imagine what they have gone through,” he said.";
        List<QuotationMention> all = Quotes(text);
        Assert.Equal(2, all.Count);
        Assert.Equal("Tom Reed", Who(all[1]));
    }

    [Theory]
    [InlineData("said the US president.", "US president")]
    [InlineData("tweeted the French minister.", "French minister")]
    [InlineData("said the US president Joe Walden.", "Joe Walden")]
    public void A_country_before_a_role_after_the_verb_is_a_modifier_not_the_speaker(string attribution, string speaker)
    {
        QuotationMention q = Single("The council denied the claim on Monday.\n“We were let down badly by the port authority,” " + attribution);
        Assert.Equal(speaker, Who(q));
    }

    [Fact]
    public void A_place_after_a_role_only_speaker_stays_in_the_role()
    {
        string text = "A transport ministry spokesman in Lisbon said the line was closed.\n“All passengers are safe and were taken home,” he said.";
        QuotationMention q = Single(text);
        Assert.Equal("transport ministry spokesman", q.Speaker);
        Assert.Equal("transport ministry spokesman in Lisbon", q.SpeakerRole);
    }

    [Fact]
    public void An_organisation_after_in_is_not_stripped_as_a_place()
    {
        QuotationMention q = Single("The line was closed.\n“All passengers are safe,” said a spokesman in the Acme Group.");
        Assert.Equal("spokesman in the Acme Group", q.Speaker);
    }

    [Theory]
    [InlineData("Tom Reed last month vowed to “totally crush” the rival club in the final.", "totally crush", "Tom Reed")]
    [InlineData("The mayor has backed the plan since 2019, and this year vowed to “fight on regardless” of the cost.", "fight on regardless", "mayor")]
    public void A_time_phrase_between_subject_and_verb_is_skipped(string sentence, string quote, string speaker)
    {
        QuotationMention q = Single("The club denied any wrongdoing.\n" + sentence);
        Assert.Equal(quote, q.Text);
        Assert.Equal(speaker, Who(q));
    }

    [Theory]
    [InlineData("In fact, in recent weeks the council has announced new rules for the harbour, saying that the new policy “reflects its values.”")]
    [InlineData("Over the past two years the council has announced new rules for the harbour, saying that the new policy “reflects its values.”")]
    [InlineData("In recent months, the council has announced new rules for the harbour, saying that the new policy “reflects its values.”")]
    public void An_opening_time_phrase_without_a_comma_does_not_hide_the_subject(string sentence)
    {
        QuotationMention q = Single("Ships were turned away.\n" + sentence);
        Assert.Equal("reflects its values.", q.Text);
        Assert.Equal("council", Who(q));
    }

    [Theory]
    [InlineData("jane roe (@janeroe) 14 сентября 2017 г.", "jane roe")]
    [InlineData("Jane Roe (@janeroe) 3 May 2021", "Jane Roe")]
    [InlineData("jane roe (@janeroe)", "jane roe")]
    [InlineData("jane van roe (@janeroe) May 3, 2021", "jane van roe")]
    public void An_embedded_post_with_a_lower_case_name_or_a_foreign_date_is_speech(string signature, string author)
    {
        string text = "The ferry sank near the coast on Monday.\nThe ferry has just sunk near the coast, everyone should stay home tonight — " + signature + "\nRescue teams arrived later.";
        QuotationMention q = Single(text);
        Assert.False(q.Marked);
        Assert.Equal("The ferry has just sunk near the coast, everyone should stay home tonight", q.Text);
        Assert.Equal(author, Who(q));
    }

    [Fact]
    public void A_line_ending_in_mixed_case_name_and_handle_is_still_no_post()
    {
        // "jane Roe" is neither all capitalised nor all lower case: not taken as a display name.
        Assert.Empty(Quotes("The ferry sank.\nThe ferry has just sunk near the coast, stay home — jane Roe (@janeroe) 3 May 2021"));
    }

    [Theory]
    [InlineData("Harbour Lines’ own onboard message explained that the ferry will “leave again as soon as the wind drops.”")]
    [InlineData("Harbour Lines's statement said the ferry would “leave again as soon as the wind drops.”")]
    public void A_text_owned_by_a_name_speaks_for_its_owner(string sentence)
    {
        QuotationMention q = Single("The ferry stayed in port on Friday.\n" + sentence);
        Assert.Equal("leave again as soon as the wind drops.", q.Text);
        Assert.Equal("Harbour Lines", Who(q));
    }

    [Fact]
    public void A_text_owned_by_a_description_is_not_given_to_a_name()
    {
        QuotationMention q = Single("The ferry stayed in port on Friday.\nThe captain’s own message said the ferry would “leave again as soon as the wind drops.”");
        Assert.NotEqual("captain", Who(q));
    }

    [Fact]
    public void A_bare_title_takes_the_full_name_that_opens_the_next_sentence()
    {
        string text = "The ship sank in the bay on Monday.\n"
            + "Norland’s Interior Minister told reporters the wreck was likely “caused by the same fault,” referring to an earlier loss. "
            + "Tomas Vell blamed the owners for the delay.";
        QuotationMention q = Single(text);
        Assert.Equal("Tomas Vell", Who(q));
        Assert.Equal("Interior Minister", q.SpeakerRole);
    }

    [Theory]
    [InlineData("North Harbour stayed closed all week.")]
    [InlineData("Tomas Vell was on board with his son.")]
    [InlineData("Vell Shipping Group blamed the owners for the delay.")]
    public void A_bare_title_is_not_given_a_place_a_company_or_a_copula_subject(string next)
    {
        string text = "The ship sank in the bay on Monday.\n"
            + "Norland’s Interior Minister told reporters the wreck was likely “caused by the same fault,” referring to an earlier loss. " + next;
        QuotationMention q = Single(text);
        Assert.Equal("Interior Minister", Who(q));
    }

    [Theory]
    [InlineData("‘Caught Out Again!’ Reed Claims Council Sold Land to Rivals")]
    [InlineData("‘Caught out again!’ Reed claims council sold land to rivals")]
    [InlineData("‘Caught out again!’ says Reed as council sells land")]
    public void A_headline_exclamation_before_a_speech_verb_is_a_quote_by_the_named_person(string headline)
    {
        QuotationMention q = Single(headline + "\n\nTom Reed has accused the council of selling public land to rival clubs.");
        Assert.Equal(1, q.Span.Start);
        Assert.StartsWith("Caught", q.Text);
        Assert.Equal("Tom Reed", Who(q));
    }

    [Fact]
    public void A_title_case_name_in_a_headline_without_a_speech_verb_stays_a_title()
    {
        Assert.Empty(Quotes("Watch ‘Meet The Neighbours’ Tonight on Channel Four\n\nThe show returns after a long break."));
    }

    [Theory]
    [InlineData("Last year, the city police recorded 12 assaults at the fair, including two involving theft or “grievous harm.”")]
    [InlineData("The club fined three players for dissent and “unsporting conduct.”")]
    public void A_short_term_joined_to_a_list_of_nouns_is_no_quotation(string sentence)
    {
        Assert.Empty(Quotes("The fair closed early on Sunday.\n" + sentence));
    }

    [Fact]
    public void A_short_finished_utterance_after_a_speech_verb_and_or_is_still_a_quotation()
    {
        QuotationMention q = Single("The fair closed early on Sunday.\nThe mayor thanked the staff and said “well done, everyone.”");
        Assert.Equal("well done, everyone.", q.Text);
    }

    [Theory]
    [InlineData("Parents may now block the “use of chat with other players and online features”.", null)]
    [InlineData("Mayor Tom Reed has criticised the plan as “a waste of public money and time”.", "Tom Reed")]
    public void A_capitalised_common_noun_opening_the_sentence_is_no_subject_speaker(string sentence, string? speaker)
    {
        QuotationMention q = Single("The new settings arrived on Friday.\n" + sentence);
        Assert.Equal(speaker, Who(q));
    }

    [Fact]
    public void The_source_noun_list_loads_with_the_round_six_entries()
    {
        Assert.True(QuoteLexicon.SourceNouns.Contains("message"));
        Assert.True(QuoteLexicon.SourceNouns.Contains("announcement"));
        Assert.False(QuoteLexicon.SourceNouns.Contains("messenger"));
    }
}
