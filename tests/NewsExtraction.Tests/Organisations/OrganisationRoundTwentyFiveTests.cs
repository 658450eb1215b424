using NewsExtraction.Organisations;
using static NewsExtraction.Tests.Organisations.OrganisationAssert;

namespace NewsExtraction.Tests.Organisations;

/// <summary>Twenty-fifth round: misses and boundary errors on a worldwide-newswire slice (invented sentences and names).</summary>
public sealed class OrganisationRoundTwentyFiveTests
{
    [Theory]
    [InlineData("Rain again\n\nOne Twitter user joked that the umbrellas had given up before lunch.", "Twitter")]
    [InlineData("Rain again\n\nThe council confirmed the closures in a Facebook post late on Sunday.", "Facebook")]
    [InlineData("Rain again\n\nThe mayor shared photos of the flooded square on her Instagram account.", "Instagram")]
    public void A_platform_before_a_user_post_or_account_noun_is_an_organisation(string text, string name)
    {
        Assert.Contains(name, Texts(text));
    }

    [Fact]
    public void An_embed_label_in_brackets_stays_out()
    {
        Assert.DoesNotContain("Twitter", Texts("Rain again\n\n[Twitter] The square flooded within an hour of the storm."));
    }

    [Fact]
    public void Two_known_companies_joined_by_a_hyphen_before_a_noun_are_two_mentions()
    {
        const string text = "Jabs\n\nClinics in the valley ran short of the Pfizer-BioNTech shot over the holiday weekend.";
        List<OrganisationMention> found = Find(text);
        OrganisationMention first = Assert.Single(found, m => m.Text == "Pfizer");
        OrganisationMention second = Assert.Single(found, m => m.Text == "BioNTech");
        Assert.Equal(text.IndexOf("Pfizer-", StringComparison.Ordinal), first.Span.Start);
        Assert.Equal(text.IndexOf("BioNTech", StringComparison.Ordinal), second.Span.Start);
    }

    [Fact]
    public void A_known_company_joined_to_a_place_is_not_split_as_a_pair()
    {
        Assert.DoesNotContain(Texts("Talks\n\nThe Google-Texas agreement covers two new data centres."), t => t == "Texas");
    }

    [Fact]
    public void The_and_a_nationality_before_a_longer_name_is_not_the_newspaper()
    {
        const string text = "Reactors\n\nThe Australian Isotope Research and Safety Agency has run the plant for decades.";
        List<string> found = Texts(text);
        Assert.Contains("Australian Isotope Research and Safety Agency", found);
        Assert.DoesNotContain("The Australian", found);
    }

    [Fact]
    public void The_newspaper_named_the_and_a_nationality_stays_before_a_verb()
    {
        Assert.Contains("The Australian", Texts("Reactors\n\nThe Australian reported on Tuesday that the plant would close."));
    }

    [Fact]
    public void A_name_cut_at_a_comma_extends_to_its_bracketed_short_name()
    {
        const string text = "Trade\n\nThe Federation of Bakers, Millers, and Grocers of Tarvonia (Febamig) asked for lower taxes. Members of the Febamig met on Friday.";
        List<string> found = Texts(text);
        Assert.Contains("Federation of Bakers, Millers, and Grocers of Tarvonia", found);
        Assert.Equal(2, found.Count(t => t == "Febamig"));
    }

    [Fact]
    public void A_name_cut_at_in_extends_to_its_bracketed_short_name()
    {
        const string text = "Labs\n\nSamples went to the Institute for Teaching and Research in Soils and Water (ZQRT), which tested them.";
        Assert.Contains("Institute for Teaching and Research in Soils and Water", Texts(text));
    }

    [Fact]
    public void A_second_name_after_and_the_is_not_joined_to_the_first()
    {
        const string text = "Farms\n\nThe scheme is run with the Alliance of Seed Growers and the Centre for Dryland Crops (CDC) in the north.";
        List<string> found = Texts(text);
        Assert.DoesNotContain(found, t => t.StartsWith("Alliance of Seed Growers and", StringComparison.Ordinal));
    }

    [Fact]
    public void An_acronym_in_the_bodys_own_language_after_a_head_word_name_is_its_short_name()
    {
        const string text = "Fishing\n\nThe licences are issued by the Coastal Fisheries Institute (INPESCOR), officials said. The INPESCOR later confirmed the quotas.";
        Assert.Equal(2, Texts(text).Count(t => t == "INPESCOR"));
    }

    [Fact]
    public void A_weekday_after_a_nationality_and_government_does_not_cut_the_name()
    {
        Assert.Contains("Chilean Government", Texts("Courts\n\nThe Chilean Government Thursday lodged a fresh appeal with the judges."));
    }

    [Fact]
    public void The_commonwealth_alone_is_an_organisation()
    {
        Assert.Contains("Commonwealth", Texts("Summit\n\nSeveral island states said the Commonwealth must do more on rising seas."));
    }

    [Theory]
    [InlineData("Courts\n\nThe woman sued the Commonwealth of Kentucky over the new rule.")]
    [InlineData("Sport\n\nAs for the Glasgow Commonwealth Games I never saw a single race.")]
    public void The_commonwealth_inside_a_state_or_event_name_is_no_mention(string text)
    {
        Assert.DoesNotContain("Commonwealth", Texts(text));
    }

    [Theory]
    [InlineData("Polls\n\nA Pew Research poll released in spring found trust in banks had slipped.", "Pew Research")]
    [InlineData("Politics\n\nA spokesman for the Hong Kong and Macau Affairs Office declined to comment on the vote.", "Hong Kong and Macau Affairs Office")]
    [InlineData("Quake\n\nSeismologists at the US Geological Survey put the offshore tremor at magnitude five.", "US Geological Survey")]
    public void Common_spellings_of_known_bodies_are_whole_names(string text, string name)
    {
        Assert.Contains(name, Texts(text));
    }

    [Fact]
    public void A_capital_the_inside_a_sentence_belongs_to_a_name_of_several_words()
    {
        Assert.Contains("The Marlowe School of Design", Texts("Campus\n\nLast spring she was named dean of The Marlowe School of Design in the old port."));
    }

    [Fact]
    public void A_sentence_initial_the_stays_outside_a_name_of_several_words()
    {
        List<string> found = Texts("Campus\n\nThe Marlowe School of Design opened a second campus in the old port.");
        Assert.Contains("Marlowe School of Design", found);
        Assert.DoesNotContain("The Marlowe School of Design", found);
    }

    [Theory]
    [InlineData("Sport\n\nTunisian giants Oued Zitoun travel north on Friday for the cup tie.", "Oued Zitoun")]
    [InlineData("Sport\n\nAnother Greek side, Aris Thessaloniki, lie second after the weekend.", "Aris Thessaloniki")]
    public void A_club_after_a_nationality_and_side_or_giants_is_an_organisation(string text, string name)
    {
        Assert.Contains(name, Texts(text));
    }
}
