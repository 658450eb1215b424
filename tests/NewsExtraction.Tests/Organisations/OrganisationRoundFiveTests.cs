using NewsExtraction.Organisations;
using static NewsExtraction.Tests.Organisations.OrganisationAssert;

namespace NewsExtraction.Tests.Organisations;

/// <summary>Worldwide-newswire span rules (issue #6, fifth round): each pattern with positive and negative sentences.</summary>
public sealed class OrganisationRoundFiveTests
{
    // ---- Menu labels inside a sentence ------------------------------------------------------------

    [Fact]
    public void Furniture_data_file_loads()
    {
        OrganisationLexicon lex = OrganisationLexicon.Instance;
        Assert.True(lex.PageFurniture.Count >= 40);
        Assert.True(lex.PageFurniture.TryGetToken("Home", out _));
    }

    [Theory]
    [InlineData("India's Ministry of Home Affairs said the order stands.", "Ministry of Home Affairs")]
    [InlineData("The police force gained autonomy from the Ministry of Home Affairs in 1991.", "Ministry of Home Affairs")]
    [InlineData("The Home Office said the scheme would be reviewed.", "Home Office")]
    public void A_menu_label_inside_a_sentence_is_a_name_word(string text, string name) => AssertHas(text, name);

    [Theory]
    [InlineData("Home\nMinistry of Finance said on Monday that taxes will rise.", "Home\nMinistry")]
    [InlineData("Home | News | Sport\nThe Ministry of Finance said taxes will rise.", "Home")]
    public void A_menu_label_at_line_start_stays_out(string text, string name) => AssertLacks(text, name);

    // ---- Long names: complements and left conjuncts ------------------------------------------------

    [Theory]
    [InlineData("He works in the Department of Programmes and Community Development at Qatar Charity.", "Department of Programmes and Community Development")]
    [InlineData("She leads research at the Edward R. Murrow Center for a Digital World, the university said.", "Edward R. Murrow Center for a Digital World")]
    [InlineData("The National Council for the Integration of Persons with Disabilities said so on Monday.", "National Council for the Integration of Persons with Disabilities")]
    [InlineData("According to the Association of Civic Solidarity with Equatorial Guinea, dozens were detained.", "Association of Civic Solidarity with Equatorial Guinea")]
    [InlineData("The Truth and Reconciliation Commission held hearings for two years.", "Truth and Reconciliation Commission")]
    [InlineData("The Ministries of Economy and Finance said the budget would be cut.", "Ministries of Economy and Finance")]
    public void A_long_name_keeps_its_whole_complement(string text, string name) => AssertHas(text, name);

    [Theory]
    [InlineData("The Ministry of Justice and Ministry of Finance signed the accord.", "Ministry of Justice and Ministry of Finance")]
    [InlineData("The Ministry of Defence met with Russia on Monday.", "Ministry of Defence met with Russia")]
    public void Two_bodies_or_a_verb_end_the_complement(string text, string name) => AssertLacks(text, name);

    // ---- Squad lists -------------------------------------------------------------------------------

    private const string Squad = "The coach named his squad on Thursday.\nDEFENDERS: Brayan Beckeles (Necaxa), Henry Figueroa (Motagua), Maynor Figueroa (FC Dallas), Allans Vargas (Real Espana)\n";

    [Theory]
    [InlineData("Necaxa")]
    [InlineData("Motagua")]
    [InlineData("FC Dallas")]
    [InlineData("Real Espana")]
    public void A_squad_list_names_the_clubs_in_brackets(string club) => AssertHas(Squad, club);

    [Fact]
    public void A_cast_list_or_a_list_outside_sports_copy_names_no_clubs()
    {
        const string cast = "The club scene is the film's heart.\nWith: Bernie Mac (Dollar Bill), Monica Calhoun (Ebony), Jamie Foxx (Blue), Ronn Riser (Professor Mills), Badja Djola (the Doctor)\n";
        AssertLacks(cast, "Dollar Bill");
        AssertLacks(cast, "Ebony");
        const string noSports = "Speakers: Ann Lee (Acme), Bo Chan (Zenith), Cy Park (Orbit)\n";
        AssertLacks(noSports, "Zenith");
        const string countries = "The coach picked his squad.\nLuis Suarez (Uruguay), Edinson Cavani (Uruguay), Lionel Messi (Argentina)\n";
        Assert.DoesNotContain(Texts(countries), t => t is "Uruguay" or "Argentina");
    }

    // ---- Not organisations ---------------------------------------------------------------------------

    [Theory]
    [InlineData("The pledge was made when President Carlos Manuel Ruiz Ortega (CMRO) toured Puebla. CMRO said the works would continue.", "CMRO")]
    [InlineData("Last month the government of Congo Kinshasa (DRC) halted the project. The DRC holds vast mineral reserves.", "DRC")]
    [InlineData("Analysts say the Islamic Republic has invested heavily in missiles.", "Islamic Republic")]
    [InlineData("She met the Minister of Foreign Affairs of Portugal in Lisbon.", "Foreign Affairs")]
    [InlineData("The delegation included Foreign Affairs Minister Ana Cortez and two aides.", "Foreign Affairs")]
    [InlineData("Delegates are preparing for COP 27, the next climate summit.", "COP")]
    [InlineData("The Bank of Ghana (BoG) said so. Under Section 3 of the Bank of Ghana (Amendment) Act, it may lend.", "Bank of Ghana (Amendment) Act")]
    public void Persons_countries_portfolios_and_laws_are_not_organisations(string text, string name)
    {
        List<OrganisationMention> found = WholePage.Extract(text).Organisations.ToList();
        int at = name.EndsWith(" Act", StringComparison.Ordinal) ? text.IndexOf(name, StringComparison.Ordinal) : -1;
        if (at >= 0)
        {
            Assert.DoesNotContain(found, m => m.Span.Start == at);
            Assert.Contains(found, m => m.Text == "Bank of Ghana");
        }
        else
        {
            Assert.DoesNotContain(found, m => m.Text == name);
        }
    }

    [Theory]
    [InlineData("The opposition Popular Union (UP) said the police had arrested its leaders. The UP will appeal.", "UP")]
    [InlineData("Doctors at King Abdullah Specialized Children's Hospital (KASCH) treated the boy. KASCH said he was well.", "KASCH")]
    [InlineData("Donald Trump criticised the Foreign Affairs magazine in an interview with Foreign Affairs.", "Foreign Affairs")]
    public void Defined_acronyms_and_the_magazine_stay_organisations(string text, string name) => AssertHas(text, name);

    // ---- Left edges ----------------------------------------------------------------------------------

    [Theory]
    [InlineData("He told the Parliament's National Security and Foreign Policy Committee that talks would resume.", "National Security and Foreign Policy Committee")]
    [InlineData("On Tuesday the Construction and Similar Workers Union called a strike.", "Construction and Similar Workers Union")]
    [InlineData("The case went to the Interior Ministry's General Directorate of Criminal Investigation on Monday.", "General Directorate of Criminal Investigation")]
    [InlineData("Farmers sent their demands to the General Congress of Guatemala last month.", "General Congress of Guatemala")]
    public void A_left_conjunct_or_general_starts_the_name(string text, string name) => AssertHas(text, name);

    [Theory]
    [InlineData("The Attorney General Office said it would appeal.", "General Office")]
    [InlineData("Acme Group and Workers Union leaders met on Monday.", "Acme Group and Workers Union")]
    public void A_title_or_a_whole_name_before_and_is_not_taken(string text, string name) => AssertLacks(text, name);

    // ---- Defined long forms that name a thing ----------------------------------------------------------

    [Theory]
    [InlineData("They should not use the Electronic Voting Machine (EVM) in the polls. The EVM was tested.", "Electronic Voting Machine")]
    [InlineData("They demanded a Strategic Environmental Assessment (SEA) before drilling.", "Strategic Environmental Assessment")]
    [InlineData("Protesters marched in the Federal Capital Territory (FCT) on Monday.", "Federal Capital Territory")]
    [InlineData("Tehran wants to revive the Joint Comprehensive Plan of Action (JCPOA) soon.", "Joint Comprehensive Plan of Action")]
    public void A_defined_long_form_ending_in_a_thing_word_is_not_an_organisation(string text, string name)
    {
        AssertLacks(text, name);
        AssertLacks(text, text.Substring(text.IndexOf('(') + 1, text.IndexOf(')') - text.IndexOf('(') - 1));
    }

    [Fact]
    public void A_defined_long_form_with_a_head_word_stays_an_organisation() =>
        AssertHas("The Environmental Assessment Agency (EAA) approved the plan.", "Environmental Assessment Agency");

    // ---- Plural possessives inside names ---------------------------------------------------------------

    [Theory]
    [InlineData("Second place went to Lam Ka-ho from Diocesan Boys' School, the judges said.", "Diocesan Boys' School")]
    [InlineData("They met MP Karim Darwish, Chair of the House of Representatives’ Foreign Affairs Committee.", "House of Representatives’ Foreign Affairs Committee")]
    public void A_plural_possessive_inside_a_name_is_kept(string text, string name) => AssertHas(text, name);

    [Fact]
    public void A_country_possessive_stays_an_owner()
    {
        const string text = "The Philippines' Foreign Ministry said so.";
        List<OrganisationMention> found = WholePage.Extract(text).Organisations.ToList();
        OrganisationMention m = Assert.Single(found);
        Assert.Equal("Foreign Ministry", m.Text);
        Assert.Equal("Philippines", m.Owner);
    }

    // ---- Programmes are not bodies ---------------------------------------------------------------------

    [Theory]
    [InlineData("The council launched an Energy Efficiency Program to replace street lights.", "Energy Efficiency Program")]
    [InlineData("Power will come through our Municipal Energy Resilience Programme, he said.", "Municipal Energy Resilience Programme")]
    public void A_programme_is_not_an_organisation(string text, string name) => AssertLacks(text, name);

    [Fact]
    public void Known_programmes_that_are_agencies_stay() =>
        AssertHas("The World Food Programme said food prices rose.", "World Food Programme");

    // ---- Two names joined by "and" -----------------------------------------------------------------------

    [Fact]
    public void An_acronym_after_and_ends_a_complement()
    {
        const string text = "Peter Otieno, an agronomist at the Alliance of Bioversity International and CIAT, spoke in Kampala.";
        AssertHas(text, "Alliance of Bioversity International");
        AssertLacks(text, "Alliance of Bioversity International and CIAT");
    }

    [Fact]
    public void A_complement_conjunct_that_is_not_an_acronym_stays() =>
        AssertHas("The Ministry of Science and Technology said so.", "Ministry of Science and Technology");

    // ---- Saints' names -----------------------------------------------------------------------------------

    [Theory]
    [InlineData("The remaining places went to St. Xavier’s College (8) and Loyola College.", "St. Xavier’s College")]
    [InlineData("Survivors gathered near the old grounds of St. Michael's Indian Residential School on Sunday.", "St. Michael's Indian Residential School")]
    public void A_saints_possessive_before_an_institution_is_in_the_name(string text, string name) => AssertHas(text, name);

    [Fact]
    public void A_city_named_after_a_saint_stays_an_owner()
    {
        const string text = "He works at St. Petersburg's Institute of Urban Studies.";
        AssertHas(text, "Institute of Urban Studies");
        AssertLacks(text, "St. Petersburg's Institute of Urban Studies");
    }

    // ---- Known names inside hyphenated words ---------------------------------------------------------------

    [Theory]
    [InlineData("He was reminded of the commitments he had made at the EU-Nigeria human rights dialogue.", "EU", "EU-Nigeria")]
    [InlineData("Tokyo praised the Japan-EU trade deal signed years earlier.", "EU", "Japan-EU")]
    [InlineData("Police warned that pro-Taliban militants were recruiting in the camps.", "Taliban", "pro-Taliban")]
    public void A_known_name_inside_a_hyphenated_word_is_found_alone(string text, string name, string word)
    {
        List<OrganisationMention> found = WholePage.Extract(text).Organisations.ToList();
        OrganisationMention m = Assert.Single(found);
        Assert.Equal(name, m.Text);
        Assert.Equal(text.IndexOf(word, StringComparison.Ordinal) + word.IndexOf(name, StringComparison.Ordinal), m.Span.Start);
    }

    [Theory]
    [InlineData("The Asia-Pacific region and the Franco-German plan were discussed.")]
    [InlineData("The Kenya-Uganda border was closed.")]
    public void Hyphenated_places_are_not_organisations(string text) => Assert.Empty(Texts(text));
}
