using NewsExtraction.Organisations;
using static NewsExtraction.Tests.Organisations.OrganisationAssert;

namespace NewsExtraction.Tests.Organisations;

/// <summary>Sixteenth round: recall on names with local evidence (invented sentences and names).</summary>
public sealed class OrganisationRoundSixteenTests
{
    [Theory]
    [InlineData("The losses at Seguros Marbella were large, an auditor said on Monday.", "Seguros Marbella")]
    [InlineData("The loan from Banco Ortizal was repaid in March.", "Banco Ortizal")]
    [InlineData("The deal with Telecom Ruritania was signed on Monday.", "Telecom Ruritania")]
    [InlineData("On Friday, Grupo Valdemora said it would buy the bakery chain.", "Grupo Valdemora")]
    [InlineData("Analysts at Veritas Consultores expect inflation to slow.", "Veritas Consultores")]
    public void A_romance_language_company_word_opens_a_company_name(string sentence, string name)
    {
        AssertHasWithType("Markets\n\n" + sentence, name, OrganisationType.Company);
    }

    [Fact]
    public void A_company_start_word_takes_at_most_its_name_words()
    {
        // Negatives: a title after the company word is no name word, and a lone company word is no name.
        AssertLacks("Markets\n\nThe Banco President Luis Ortega resigned on Monday.", "Banco President");
        AssertLacks("Markets\n\nThe word Grupo means group in Spanish.", "Grupo");
    }

    [Fact]
    public void The_start_head_words_load()
    {
        OrganisationLexicon lex = OrganisationLexicon.Instance;
        Assert.True(lex.Heads.TryGetToken("Seguros", out HeadWord seguros));
        Assert.True((seguros.Kind & HeadKind.Start) != 0);
        Assert.True(lex.Heads.TryGetToken("Telecom", out HeadWord telecom));
        Assert.True((telecom.Kind & HeadKind.Start) != 0 && (telecom.Kind & HeadKind.Suffix) != 0);
    }

    [Theory]
    [InlineData("The convoy was led by the Supervisor General of King Edmar Humanitarian Aid and Relief Center, who spoke to reporters.", "King Edmar Humanitarian Aid and Relief Center")]
    [InlineData("She is the Director of Westfield Humanitarian Aid and Relief Centre and has worked there since 2019.", "Westfield Humanitarian Aid and Relief Centre")]
    [InlineData("He has been Chairman of Lakemoor Tennis Club since 2015.", "Lakemoor Tennis Club")]
    public void A_body_after_a_role_and_of_is_a_name(string sentence, string name)
    {
        AssertHas("Aid\n\n" + sentence, name);
    }

    [Theory]
    [InlineData("On Tuesday the Deputy Minister of Mines and Energy Anna Shikongo opened a new clinic.", "Mines and Energy")]
    [InlineData("Last year she became Chief of Strategic Communications in the navy.", "Strategic Communications")]
    [InlineData("He is the Minister of Foreign Affairs.", "Foreign Affairs")]
    public void A_portfolio_after_a_title_and_of_is_no_name(string sentence, string notName)
    {
        AssertLacks("Cabinet\n\n" + sentence, notName);
    }

    [Theory]
    [InlineData("The Rural Health Insurance Fund (RuralCare) reported 500 new cases on Monday.", "RuralCare")]
    [InlineData("The Coastal Water Supply System (AquaNorte) said the pipes would be replaced.", "AquaNorte")]
    public void A_mixed_case_short_name_in_brackets_after_a_long_name_is_the_body(string sentence, string name)
    {
        AssertHas("Health\n\n" + sentence, name);
    }

    [Fact]
    public void A_mixed_case_name_in_brackets_after_a_person_is_no_body()
    {
        AssertLacks("Health\n\nThe reporter met Anna Maria Lopez Garcia (McKenna) on Monday.", "McKenna");
    }

    [Theory]
    [InlineData("She was helped by a lawyer working with Meena's NGO Neighbours for Justice and Peace in 2004.", "Neighbours for Justice and Peace")]
    [InlineData("He volunteers for the charity Parents for Justice, which runs a shelter.", "Parents for Justice")]
    public void A_title_word_after_a_connector_inside_a_cued_name_is_a_name_word(string sentence, string name)
    {
        AssertHas("Courts\n\n" + sentence, name);
    }

    [Fact]
    public void A_title_before_a_name_still_makes_a_person()
    {
        // Negative: "Justice" before a surname is a judge's title, so the cued run is a person.
        AssertLacks("Courts\n\nThe charity founder Paul for Justice Smith spoke on Monday.", "Paul for Justice Smith");
    }

    [Theory]
    [InlineData("On Monday the Prosecutor's Office declined to comment on the case.", "Prosecutor's Office")]
    [InlineData("The Westdale District Prosecutors’ Office had declined to bring charges.", "Westdale District Prosecutors’ Office")]
    [InlineData("The Westdale District Prosecutors' Office had declined to bring charges.", "Westdale District Prosecutors' Office")]
    public void A_prosecutors_possessive_opens_an_office_name(string sentence, string name)
    {
        AssertHas("Courts\n\n" + sentence, name);
    }

    [Fact]
    public void A_role_before_a_foundation_is_still_no_part_of_it()
    {
        // Negative: the possessive exception does not keep a plain role before a name.
        const string text = "Courts\n\nExecutive Director Westdale Foundation spoke on Monday.";
        AssertHas(text, "Westdale Foundation");
        AssertLacks(text, "Executive Director Westdale Foundation");
    }

    [Theory]
    [InlineData("Leaders of the Westdale Tribal Forum met the minister on Sunday.", "Westdale Tribal Forum")]
    [InlineData("The rally was organised by the Westdale Kisan Parishad on Sunday.", "Westdale Kisan Parishad")]
    [InlineData("Members of the Westdale Yuva Morcha staged a protest.", "Westdale Yuva Morcha")]
    public void Forum_parishad_and_morcha_end_body_names(string sentence, string name)
    {
        AssertHas("Protest\n\n" + sentence, name);
    }

    [Fact]
    public void A_forum_word_alone_is_no_name()
    {
        AssertLacks("Protest\n\nThe Forum opened on Sunday in the capital.", "Forum");
    }
}
