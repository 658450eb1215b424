using NewsExtraction.Quotations;
using static NewsExtraction.Tests.Quotations.QuoteTestHelper;

namespace NewsExtraction.Tests.Quotations;

/// <summary>Round ten, read off a seventh hand-annotated sample of scraped news (invented sentences only).</summary>
public sealed class QuotationRoundTenTests
{
    [Fact]
    public void A_straight_single_quote_left_open_after_said_and_a_colon_is_kept()
    {
        string text = "Lease talks stall\n\n"
            + "Mara Quell, a planner at the Dunmore port office, said: 'Nobody in this town expected the lease to fail so late.\n"
            + "The council will meet again in spring.\n";
        QuotationMention q = Single(text);
        Assert.Equal("Nobody in this town expected the lease to fail so late.", q.Text);
        Assert.Equal("Mara Quell", Who(q));
    }

    [Fact]
    public void A_straight_single_quote_left_open_after_a_closed_one_on_its_line_is_kept()
    {
        string text = "Lease talks stall\n\n"
            + "'We tried hard,' Mara Quell wrote on her blog. 'I mean, not \"last week\" - we were away then. We just ran out of time & it went wrong.\n"
            + "Read more here\n";
        List<QuotationMention> all = Quotes(text);
        Assert.Equal(2, all.Count);
        Assert.Equal("I mean, not \"last week\" - we were away then. We just ran out of time & it went wrong.", all[1].Text);
        Assert.Equal("Mara Quell", Who(all[1]));
    }

    [Fact]
    public void A_lone_apostrophe_opening_a_sentence_without_a_speech_verb_is_still_no_quote()
    {
        string text = "Lease talks stall\n\n"
            + "The harbour stayed shut all week. 'Tis the season for storms on this coast, the old pilots like to joke.\n";
        Assert.Empty(Quotes(text));
    }

    [Fact]
    public void A_short_partial_quote_followed_by_a_past_verb_is_no_noun_modifier()
    {
        string text = "Lease talks stall\n\n"
            + "The mayor said the council would send a \"measured reply\" based on the survey.\n"
            + "She said nobody liked the place while the \"smell of diesel\" lingered over the quay.\n";
        List<QuotationMention> all = Quotes(text);
        Assert.Equal(["measured reply", "smell of diesel"], all.Select(q => q.Text));
    }

    [Fact]
    public void A_short_quote_inside_a_noun_phrase_is_still_a_term()
    {
        string text = "Lease talks stall\n\nThe mayor said the \"harbour first\" plan would cost less.\n";
        Assert.Empty(Quotes(text));
    }

    [Fact]
    public void A_person_named_after_the_body_a_title_serves_speaks()
    {
        string text = "Lease talks stall\n\n"
            + "Dunmore's Envoy to the United States Corin Maddox said the lease was \"utterly reckless and unfair\" to the town.\n";
        QuotationMention q = Single(text);
        Assert.Equal("Corin Maddox", Who(q));
        Assert.Contains("Envoy to the United States", q.SpeakerRole);
    }

    [Fact]
    public void An_organisation_after_a_role_and_a_preposition_is_no_person()
    {
        string text = "Lease talks stall\n\n"
            + "A former chief of the Bank for Coastal Settlements, Ilse Dorrin, warned on Friday that the lease posed risks.\n"
            + "\"If nobody acts now, the harbour could lose its ferries,\" she said.\n";
        QuotationMention q = Single(text);
        Assert.Equal("Ilse Dorrin", Who(q));
    }

    [Fact]
    public void A_speech_verb_in_a_clause_opened_by_if_after_the_quote_does_not_attribute_it()
    {
        string text = "Lease talks stall\n\n"
            + "The Varnian Navy vowed to shell the coast after Governor Ana Pelt said it would face \"fire and ruin\" if it threatened the port.\n";
        QuotationMention q = Single(text);
        Assert.Equal("Ana Pelt", Who(q));
    }

    [Fact]
    public void A_family_name_written_first_takes_the_name_it_opened_most_recently()
    {
        string text = "Harbour row\n\n"
            + "Varnia's governor, Song Tae Mun, ordered the drill and said more would follow.\n"
            + "\"The drill shows the whole coast what our fleet can do when it must,\" the radio quoted Song as saying.\n"
            + "Song Hee-jin, a lecturer at the Dunmore naval school, said the drill changed little.\n";
        List<QuotationMention> all = Quotes(text);
        Assert.Single(all);
        Assert.Equal("Song Tae Mun", Who(all[0]));
    }

    [Fact]
    public void A_journalist_credited_at_the_end_is_no_fuller_name_of_a_speaker()
    {
        string text = "Harbour row\n\n"
            + "Varnia's governor, Song Tae Mun, ordered the drill on Monday.\n"
            + "\"The drill shows the whole coast what our fleet can do when it must,\" the radio quoted Song as saying.\n"
            + "(Additional reporting by Mark Song; Editing by Ruth Allan)\n";
        QuotationMention q = Single(text);
        Assert.Equal("Song Tae Mun", Who(q));
    }

    [Fact]
    public void A_middle_initial_without_its_period_stays_inside_an_inverted_speaker_name()
    {
        string text = "Harbour row\n\n"
            + "\"This launch is a plain signal to the neighbours and a test of the harbour chiefs,\" said George A Halloway, a former member of the port panel.\n";
        QuotationMention q = Single(text);
        Assert.Equal("George A Halloway", Who(q));
    }

    [Fact]
    public void A_one_word_name_written_after_a_title_is_a_person_for_he()
    {
        string text = "Harbour row\n\n"
            + "President Varga has pressed the port to reopen.\n"
            + "The governor of Varnia, Kim Tae Sung, fired two rockets last week. But Kim has kept firing rockets, including at night.\n"
            + "Varga has answered by regularly urging Varnia to stop. On Monday he wrote: \"Caught again, and very disappointed that the port lets this happen.\"\n";
        QuotationMention q = Single(text);
        Assert.Equal("Varga", Who(q));
    }

    [Fact]
    public void A_quoted_subheading_between_dashes_that_a_later_quote_repeats_is_that_speakers_quotation()
    {
        string text = "Harbour row\n\n"
            + "The Dunmore Ledger criticised the plan in an editorial on Monday.\n"
            + "- 'Sink the ferries' -\n"
            + "The plan was \"a way for the city to sink the ferries and sell the quay\", the Ledger said.\n";
        List<QuotationMention> all = Quotes(text);
        Assert.Equal(2, all.Count);
        Assert.Contains(all, q => q.Text == "Sink the ferries" && Who(q) == Who(all.Single(o => o.Text.StartsWith("a way", StringComparison.Ordinal))));
    }

    [Fact]
    public void A_role_noun_right_before_a_name_keeps_the_name_when_an_organisation_follows_it()
    {
        string text = "Harbour row\n\n"
            + "\"The quay cannot hold another winter like this one,\" harbour expert Dana Holloway of the Society of Concerned Engineers said.\n";
        QuotationMention q = Single(text);
        Assert.Equal("Dana Holloway", Who(q));
    }

    [Fact]
    public void A_plain_modifier_before_an_organisation_name_leaves_it_the_speaker()
    {
        string text = "Harbour row\n\n"
            + "The two ports had discussed deploying extra \"backup tugs\" on the river, Varnia's federal Harbour Board said in a release.\n";
        QuotationMention q = Single(text);
        Assert.Equal("Harbour Board", Who(q));
    }

    [Fact]
    public void A_participle_and_an_article_before_an_organisation_are_no_modifier_of_it()
    {
        string text = "Harbour row\n\n"
            + "One woman who was leaving the Harbour Hospital on Monday told reporters that the van had \"never slowed down at all.\"\n";
        QuotationMention q = Single(text);
        Assert.NotEqual("Harbour Hospital", Who(q));
    }

    [Fact]
    public void Guidance_seen_by_an_outlet_is_the_source_after_according_to()
    {
        string text = "Harbour row\n\n"
            + "Harbour staff were told to remove \"all files linked to the 'Blue Dock' project\", according to guidance seen by the Ledger.\n";
        QuotationMention q = Single(text);
        Assert.Equal("guidance", Who(q));
    }

    [Fact]
    public void A_person_noun_after_by_speaks_the_participle_that_follows_it()
    {
        string text = "Harbour row\n\n"
            + "The council met on Monday and voted to close the quay.\n"
            + "Singer mobbed by angry fan yelling 'you are a total fraud' outside a club\n";
        QuotationMention q = Single(text);
        Assert.EndsWith("fan", q.Speaker);
    }

    [Fact]
    public void A_headline_giving_a_named_person_and_words_in_the_first_person_is_unmarked_speech()
    {
        string text = "Ada Brill: The harbour board never asked us\n\n"
            + "Ada Brill has fished from the Dunmore quay for forty years.\n"
            + "The board closed the quay in March without a public meeting.\n";
        QuotationMention q = Single(text);
        Assert.False(q.Marked);
        Assert.Equal("The harbour board never asked us", q.Text);
        Assert.Equal("Ada Brill", Who(q));
    }

    [Fact]
    public void A_headline_with_a_name_and_a_colon_but_no_first_person_is_no_speech()
    {
        string text = "Ada Brill: The harbour board closed the quay\n\n"
            + "Ada Brill has fished from the Dunmore quay for forty years.\n";
        Assert.Empty(Quotes(text));
    }
}
