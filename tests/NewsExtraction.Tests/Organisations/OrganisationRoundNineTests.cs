using static NewsExtraction.Tests.Organisations.OrganisationAssert;

namespace NewsExtraction.Tests.Organisations;

/// <summary>Worldwide-newswire recall of cued names (issue #6, ninth round): each cue with positive and negative sentences.</summary>
public sealed class OrganisationRoundNineTests
{
    // ---- "according to X": a lone source word ----------------------------------------------------------

    [Theory]
    [InlineData("Mobile gaming revenue doubled last year, according to Gamequant, a research house in Lisbon.", "Gamequant")]
    [InlineData("According to Marvisto, tomato prices rose by a third in the capital.", "Marvisto")]
    [InlineData("Exports fell sharply in May, according to TradeLens figures released on Friday.", "TradeLens")]
    public void Lone_source_after_according_to_is_a_name(string text, string name) => AssertHas(text, name);

    [Fact]
    public void Source_found_after_according_to_marks_its_other_mentions()
    {
        const string text = "Gold smuggling earned gangs $2 billion, according to Datavenia. Datavenia studied twenty routes. The numbers Datavenia gathered were checked.";
        Assert.Equal(3, Texts(text).Count(t => t == "Datavenia"));
    }

    [Theory]
    // A surname the article gives with its given name elsewhere is a person.
    [InlineData("Farmer Pedro Olivanto lost his crop. According to Olivanto, the river rose overnight.", "Olivanto")]
    [InlineData("Dr Kessendra examined the samples. According to Kessendra, the water was safe.", "Kessendra")]
    // Demonyms, section numbers, common capitalised nouns.
    [InlineData("According to Algerian officials, the boat sank near the coast.", "Algerian")]
    [InlineData("According to Section 128 of the law, members must declare gifts.", "Section")]
    [InlineData("The rumour spread quickly, according to Internet users.", "Internet")]
    [InlineData("According to Peter, the meeting went well.", "Peter")]
    public void According_to_a_person_place_or_common_word_is_not_a_name(string text, string word) => AssertLacks(text, word);

    // ---- "the Greens": the party's article is part of its name -------------------------------------------

    [Theory]
    [InlineData("Polls suggest the Greens could hold the balance of power after the vote.", "the Greens")]
    [InlineData("The Greens want a tax on windfall profits, the party said on Friday.", "The Greens")]
    [InlineData("Voters turned to Greens candidate Mara Lindqvist in the inner suburbs.", "Greens")]
    public void Greens_party_takes_its_article(string text, string name) => AssertHas(text, name);

    [Fact]
    public void Lower_case_greens_are_vegetables()
    {
        AssertLacks("She buys the greens at the market every Sunday.", "the greens");
        Assert.Empty(Texts("She buys the greens at the market every Sunday."));
    }

    // ---- A title word alone before a media suffix head --------------------------------------------------

    [Theory]
    [InlineData("Two undercover Vice News reporters recorded the meeting in March.", "Vice News")]
    [InlineData("The opposition asked about the VICE News allegations in parliament.", "VICE News")]
    public void Title_word_before_a_media_head_names_the_outlet(string text, string name) => AssertHas(text, name);

    [Fact]
    public void Title_word_after_another_name_word_is_not_an_outlet()
    {
        // "Vice" after a given name stays with the person; "News" alone is no name.
        List<string> found = Texts("Reporter Anna Vice News covered the story.");
        Assert.DoesNotContain("Vice News", found);
        Assert.DoesNotContain("News", found);
    }

    // ---- German partnership legal forms: the whole chain "GmbH & Co. KG" ------------------------------------

    [Theory]
    [InlineData("The contract went to Brenner Fahrzeugbau GmbH & Co. KG, a family-owned supplier.", "Brenner Fahrzeugbau GmbH & Co. KG")]
    [InlineData("Halvorsen SE & Co. KGaA raised its forecast on Tuesday.", "Halvorsen SE & Co. KGaA")]
    [InlineData("The plant belongs to Weidmann Pumpen KG in Bavaria.", "Weidmann Pumpen KG")]
    public void Partnership_legal_form_ends_the_company_name(string text, string name) => AssertHas(text, name);

    [Fact]
    public void Partnership_legal_form_chain_is_not_cut_at_Co()
    {
        AssertLacks("The contract went to Brenner Fahrzeugbau GmbH & Co. KG, a family-owned supplier.", "Brenner Fahrzeugbau GmbH & Co");
        Assert.Empty(Texts("Each sack weighs 20 KG and costs less than before."));
    }

    // ---- Outlet names that spell the page's web address -----------------------------------------------

    [Fact]
    public void All_caps_lead_spelling_the_host_name_is_the_outlet()
    {
        const string text = "https://www.mornglade.com/floods-hit-the-coast/\n\nMORN GLADE – Heavy rain flooded three coastal towns on Sunday, officials said.";
        AssertHas(text, "MORN GLADE");
    }

    [Fact]
    public void Host_name_before_a_media_head_is_the_outlet_even_in_lower_case()
    {
        const string text = "http://www.kelvo.com/articles/101\n\nkelvo News, 3 May - Farmers in the north say the rains came late. One of them told kelvo News that the harvest will be small.";
        Assert.Equal(2, Texts(text).Count(t => t == "kelvo News"));
    }

    [Theory]
    // A place dateline, an all-caps run that does not spell the host, and a page without any address.
    [InlineData("https://www.mornglade.com/x/\n\nCAIRO – Heavy rain flooded three towns.", "CAIRO")]
    [InlineData("https://www.mornglade.com/x/\n\nBREAKING NEWS – Heavy rain flooded three towns.", "BREAKING NEWS")]
    [InlineData("MORN GLADE – Heavy rain flooded three coastal towns on Sunday.", "MORN GLADE")]
    [InlineData("The kelvo News service is new. kelvo News said so.", "kelvo News")]
    public void Runs_that_do_not_spell_the_host_are_not_outlets(string text, string name) => AssertLacks(text, name);

    [Fact]
    public void Many_addresses_and_sources_stay_linear()
    {
        var sw = System.Diagnostics.Stopwatch.StartNew();
        string addresses = string.Concat(Enumerable.Repeat("see http://a", 40_000)) + " www.kelvo.com kelvo News";
        string sources = string.Concat(Enumerable.Repeat("Prices rose, according to Zentrova. ", 20_000));
        Assert.Contains("kelvo News", Texts(addresses));
        _ = Texts(sources);
        Assert.True(sw.Elapsed < TimeSpan.FromSeconds(30), $"took {sw.Elapsed}");
    }

    // ---- "Daily X" newspapers ----------------------------------------------------------------------------

    [Theory]
    [InlineData("In a long interview with the Daily Harbinger she defended the deal.", "Daily Harbinger")]
    [InlineData("The minister told the Daily Lantern Courier that talks had stalled.", "Daily Lantern Courier")]
    public void Daily_before_a_name_word_is_a_newspaper(string text, string name) => AssertHas(text, name);

    [Theory]
    [InlineData("Daily Prayers begin at six in the village.", "Daily Prayers")]
    [InlineData("Flights run to Daily Kenya twice a week.", "Daily Kenya")]
    [InlineData("Prices are updated daily Monday to Friday.", "daily Monday")]
    public void Daily_at_a_sentence_start_or_before_a_place_is_not_a_newspaper(string text, string name) => AssertLacks(text, name);

    // ---- "Government" as a suffix head ------------------------------------------------------------------

    [Theory]
    [InlineData("The offer was welcomed by the Chilean Government on Monday.", "Chilean Government")]
    [InlineData("The Taichung City Government plans to widen the road.", "Taichung City Government")]
    [InlineData("The loan came from the Government of Ghana last year.", "Government of Ghana")]
    public void Government_ends_or_starts_a_name(string text, string name) => AssertHas(text, name);

    [Fact]
    public void Government_before_a_facility_word_is_no_suffix_head()
    {
        List<string> found = Texts("She was taken to the Karvali Government Hospital after the crash.");
        Assert.DoesNotContain("Karvali Government", found);
        AssertLacks("The state government said the Chilean government would pay.", "Chilean government");
    }

    // ---- "Global" ends a company name ------------------------------------------------------------------

    [Theory]
    [InlineData("Investors sued Vantrex Global after the exchange froze withdrawals.", "Vantrex Global")]
    [InlineData("The branch, named \"Norvik Global\", will open in Phnom Penh.", "Norvik Global")]
    public void Global_after_a_name_word_ends_a_company_name(string text, string name) => AssertHas(text, name);

    [Fact]
    public void Global_alone_or_lower_case_is_no_name()
    {
        List<string> found = Texts("The Global fund grew. Trade went global last year, and global markets fell.");
        Assert.DoesNotContain(found, f => f.Contains("Global", StringComparison.OrdinalIgnoreCase));
    }

    // ---- Appositions: more nouns, followers and capitalised modifiers -----------------------------------

    [Theory]
    [InlineData("The survey was run with Kelpwater, an organization supporting fishing villages in the north.", "Kelpwater")]
    [InlineData("The deal was signed by Ostrana, a Peruvian mining firm, on Monday.", "Ostrana")]
    [InlineData("She signed with Lumora, a Lisbon-based team that plays in the regional league.", "Lumora")]
    [InlineData("He first sang with Starveil, a boy band from Chengdu.", "Starveil")]
    [InlineData("Exams are set by Evalmex, a national education assessment center.", "Evalmex")]
    [InlineData("Managers went to the offices of Niquelsa, the state nickel monopoly in the east.", "Niquelsa")]
    public void Apposition_with_an_organisation_noun_names_an_organisation(string text, string name) => AssertHas(text, name);

    [Theory]
    [InlineData("Rosa, a member of the band, left early.", "Rosa")]
    [InlineData("Mendes, a Peruvian team captain, scored twice.", "Mendes")]
    [InlineData("Quito, a city of two million, hosted the meeting.", "Quito")]
    public void Apposition_about_a_person_or_place_is_not_a_name(string text, string name) => AssertLacks(text, name);

    [Theory]
    [InlineData("A report by the official publication Semanario44 said prices would rise.", "Semanario44")]
    public void Publication_before_a_name_is_a_cue(string text, string name) => AssertHas(text, name);

    [Fact]
    public void Restaurant_before_a_name_is_no_cue()
    {
        AssertLacks("Chef Lim also runs the restaurant Pandanleaf in the east of the city.", "Pandanleaf");
    }

    // ---- Defined long forms ending in "System" ---------------------------------------------------------

    [Fact]
    public void Defined_system_with_an_acronym_is_an_organisation()
    {
        const string text = "Members rejected the Unified Staff Salary Payment System (USSPS) on Monday. The unions say USSPS paid them late.";
        AssertHas(text, "Unified Staff Salary Payment System");
        Assert.Equal(2, Texts(text).Count(t => t == "USSPS"));
    }

    [Fact]
    public void System_without_a_definition_is_no_name()
    {
        AssertLacks("The Payment System was slow again on Monday.", "Payment System");
    }

    // ---- A short name in parentheses after an organisation, in another language -------------------------

    [Fact]
    public void Short_name_after_an_organisation_is_an_organisation_and_propagates()
    {
        const string text = "Members of the Metal and Allied Workers Union (Sitrameta) marched on Monday. Sitrameta wants higher pay.";
        AssertHas(text, "Metal and Allied Workers Union");
        Assert.Equal(2, Texts(text).Count(t => t == "Sitrameta"));
    }

    [Theory]
    // After a place or a person, or inside a law's title, the word in parentheses is no organisation.
    [InlineData("She moved to Santa Lucia (Carvela) last year.", "Carvela")]
    [InlineData("Her lawyer Marta Oyelaran (Tobenna) spoke to reporters.", "Tobenna")]
    [InlineData("Parliament passed the Bank of Ghana (Amendment) Act on Friday.", "Amendment")]
    public void Word_in_parentheses_elsewhere_is_not_a_name(string text, string word) => AssertLacks(text, word);

    // ---- "the X coalition/caucus/team", also after a possessive owner ------------------------------------

    [Theory]
    [InlineData("The bill, pushed by the Nuevo Rumbo caucus, passed on Thursday.", "Nuevo Rumbo")]
    [InlineData("Voters backed Mwangi's Umoja Mbele coalition in the coastal counties.", "Umoja Mbele")]
    [InlineData("This month the Sambalita team is cooking with a guest chef.", "Sambalita")]
    public void Name_before_a_group_noun_is_an_organisation(string text, string name) => AssertHas(text, name);

    [Fact]
    public void Age_group_team_is_not_a_name()
    {
        AssertLacks("Coaches said the U-17 team trained in the hills all of last month.", "U-17");
    }

    // ---- "Rail" ends a company name --------------------------------------------------------------------

    [Fact]
    public void Rail_after_a_name_word_ends_a_company_name()
    {
        AssertHas("A senior manager at Dunmere Rail said the new trains arrive in May.", "Dunmere Rail");
        Assert.Empty(Texts("The city wants more light rail and a new rail link to the port."));
    }

    [Fact]
    public void Uranium_after_a_name_word_ends_a_company_name()
    {
        AssertHas("Output at Kalumbe Uranium rose by a tenth last year, the company said.", "Kalumbe Uranium");
        Assert.Empty(Texts("Prices of uranium and gold rose. She won Olympic Gold in the relay."));
    }
}
