using static NewsExtraction.Tests.Organisations.OrganisationAssert;

namespace NewsExtraction.Tests.Organisations;

/// <summary>Worldwide-newswire precision and boundary rules (issue #6, sixth round): each pattern with positive and negative sentences.</summary>
public sealed class OrganisationRoundSixTests
{
    // ---- Team numbers after a club acronym ---------------------------------------------------------

    private const string Fistball =
        "The Swakopmund Fistball Club (SFC) staged the regional championship last weekend. " +
        "SFC 1 beat SFC 2 by three sets to nil in the final. " +
        "Among the juniors SFC A stayed unbeaten while SFC B came third.";

    [Theory]
    [InlineData("SFC 1")]
    [InlineData("SFC 2")]
    [InlineData("SFC A")]
    [InlineData("SFC B")]
    public void Team_number_after_club_acronym_is_part_of_the_name(string team) => AssertHas(Fistball, team);

    [Fact]
    public void Team_number_does_not_swallow_quantities()
    {
        const string text = "NATO (North Atlantic Treaty Organization) members pledged that NATO 2 percent targets would be met. "
            + "The United Nations (UN) said UN 3-0 votes were rare.";
        AssertLacks(text, "NATO 2");
        AssertLacks(text, "UN 3");
        AssertHas(text, "NATO");
    }

    [Fact]
    public void Two_digit_numbers_and_capitalised_words_after_an_acronym_stay_outside()
    {
        const string text = "The European Union (EU) summit was attended by the EU 27 leaders. The EU A Commission official spoke.";
        AssertLacks(text, "EU 27");
        AssertLacks(text, "EU A");
    }

    // ---- Possessive court names ----------------------------------------------------------------------

    [Theory]
    [InlineData("On Friday the Booysens Magistrate’s Court denied the accused bail.", "Booysens Magistrate’s Court")]
    [InlineData("He appeared in the Joburg Magistrate's Court on Monday.", "Joburg Magistrate's Court")]
    [InlineData("The case was sent to Westminster Magistrates' Court in London.", "Westminster Magistrates' Court")]
    public void Magistrates_court_keeps_its_possessive(string text, string name) => AssertHas(text, name);

    [Fact]
    public void Magistrates_ruling_is_not_a_name()
    {
        List<string> found = Texts("The magistrate's ruling was final, and the Magistrate's decision stands.");
        Assert.DoesNotContain(found, f => f.Contains("Magistrate", StringComparison.OrdinalIgnoreCase));
    }

    // ---- Hyphenated words in defined long forms ------------------------------------------------------

    [Theory]
    [InlineData("The Kivalliq Environmental and Socio-economic Review Board (KESRB) approved the mine last year.", "Kivalliq Environmental and Socio-economic Review Board")]
    [InlineData("The Federal Inter-agency Task Force (FITF) met on Tuesday.", "Federal Inter-agency Task Force")]
    public void Hyphenated_lower_case_word_stays_in_a_defined_long_form(string text, string name) => AssertHas(text, name);

    [Fact]
    public void Defined_long_form_with_a_plain_lower_case_word_is_still_rejected()
    {
        // "annual" is neither a connector nor joined to a capitalised word, so the phrase is not a defined name.
        AssertLacks("The group launched the Green annual Review Board (GRB) last year.", "Green annual Review Board");
    }

    [Fact]
    public void Capitalised_first_word_the_acronym_stands_for_stays_in_the_long_form()
    {
        const string text = "A rally was called by a Delhi group: All India Muslim Majlis-e Shura (AIMMS). Leaders of the AIMMS spoke.";
        AssertHas(text, "All India Muslim Majlis-e Shura");
        AssertLacks(text, "India Muslim Majlis-e Shura");
    }

    [Fact]
    public void Leading_article_is_still_trimmed_from_a_long_form()
    {
        const string text = "The Truth and Reconciliation Commission (TRC) held hearings for two years.";
        AssertHas(text, "Truth and Reconciliation Commission");
        AssertLacks(text, "The Truth and Reconciliation Commission");
    }

    // ---- Acronyms that gloss a thing in another language ---------------------------------------------

    [Fact]
    public void Foreign_acronym_of_a_zone_is_not_an_organisation()
    {
        const string text = "Havana opened the Mariel Special Development Zone (ZEDM) a decade ago, copying Chinese models. "
            + "Several firms that set up in the ZEDM later pulled out. The ZEDM never drew the capital it promised.";
        Assert.DoesNotContain("ZEDM", Texts(text));
    }

    [Fact]
    public void Foreign_acronym_of_a_body_is_still_an_organisation()
    {
        const string text = "The National Electoral Council (CNE) said the vote was fair. The CNE will publish the results on Monday.";
        AssertHas(text, "National Electoral Council");
        Assert.Equal(2, Texts(text).Count(t => t == "CNE"));
    }

    // ---- "X-based" before a name ---------------------------------------------------------------------

    [Theory]
    [InlineData("Researchers from New York-based Human Rights Watch briefed the minister.", "Human Rights Watch")]
    [InlineData("The Rome-based Food and Agriculture Organization said food prices rose for a third month.", "Food and Agriculture Organization")]
    public void Leading_based_adjective_is_not_part_of_the_name(string text, string name)
    {
        AssertHas(text, name);
        Assert.DoesNotContain(Texts(text), t => t.Contains("-based", StringComparison.Ordinal));
    }

    [Fact]
    public void Hyphenated_name_words_are_kept()
    {
        AssertHas("Coca-Cola Company said sales rose in the second quarter.", "Coca-Cola Company");
    }

    // ---- "and" in a list of names ----------------------------------------------------------------------

    [Fact]
    public void Last_list_item_after_and_is_not_merged_with_the_item_before()
    {
        const string text = "The alliance includes the BNP, Bangladesh Muslim League, Bangladesher Samajtantrik Dal and Liberal Democratic Party.";
        AssertHas(text, "Liberal Democratic Party");
        Assert.DoesNotContain(Texts(text), t => t.Contains(" and ", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The bill went to the National Security and Foreign Policy Committee on Monday.", "National Security and Foreign Policy Committee")]
    [InlineData("Parliament's National Security and Foreign Policy Committee met on Monday.", "National Security and Foreign Policy Committee")]
    public void Multi_word_conjunct_outside_a_list_still_joins(string text, string name) => AssertHas(text, name);
}
