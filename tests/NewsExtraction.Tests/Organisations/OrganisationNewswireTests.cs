using NewsExtraction.Organisations;
using static NewsExtraction.Tests.Organisations.OrganisationAssert;

namespace NewsExtraction.Tests.Organisations;

/// <summary>Modern-newswire span rules (issue #6, fourth round): each pattern with positive and negative sentences.</summary>
public sealed class OrganisationNewswireTests
{
    // ---- A name with a digit is not a surname ---------------------------------------------------

    [Fact]
    public void G7_before_a_lowercase_noun_after_a_place_stays_a_name()
    {
        // "Gleneagles G7 summit" used to read G7 as a surname and drop every G7 in the article.
        string text = "Other G7 members pledged US$250 billion. Not since the 2005 Gleneagles G7 summit had donors offered as much.";
        Assert.Equal(2, Texts(text).Count(t => t == "G7"));
    }

    [Fact]
    public void A_word_name_used_as_a_surname_is_still_dropped()
    {
        // The surname rule itself still works for words without digits.
        AssertLacks("Ossie Michelin's childhood dream was to fly. Michelin said he loved it.", "Michelin");
    }

    // ---- "The" inside a newspaper name -----------------------------------------------------------

    [Theory]
    [InlineData("Vice-chancellor Prof R Menon told The Indian Express the results were encouraging.", "The Indian Express")]
    [InlineData("A tourism official told The Jordan Times that bookings had doubled.", "The Jordan Times")]
    [InlineData("The president said so in an interview with The Korea Herald on Monday.", "The Korea Herald")]
    public void Capitalised_the_inside_a_sentence_joins_a_media_name(string text, string name) => AssertHas(text, name);

    [Theory]
    [InlineData("The Jordan Times reported that hotel occupancy rates were low.", "The Jordan Times")]
    [InlineData("He said the Jordan Times reported low occupancy.", "the Jordan Times")]
    public void Sentence_initial_or_lowercase_the_and_other_bodies_stay_outside(string text, string name) => AssertLacks(text, name);
}

/// <summary>Royal and saints' titles naming an institution's patron.</summary>
public sealed class OrganisationPatronTests
{
    [Theory]
    [InlineData("Researchers at King Abdullah University of Science and Technology said the trees were planted.", "King Abdullah University of Science and Technology")]
    [InlineData("The Earthquake Monitoring Centre at Sultan Qaboos University said the quake was minor.", "Sultan Qaboos University")]
    [InlineData("Her grandson went to Sir Joseph Bernier Day School as a boy.", "Sir Joseph Bernier Day School")]
    public void A_royal_or_saints_title_before_an_institution_is_part_of_it(string text, string name)
    {
        List<string> found = Texts(text);
        Assert.True(found.Contains(name), $"expected '{name}'; found: {string.Join(" | ", found)}");
    }

    [Theory]
    [InlineData("King Abdullah met the Foreign Ministry delegation in Amman.", "King Abdullah")]
    [InlineData("President Cyril Ramaphosa Foundation officials met on Monday.", "President Cyril Ramaphosa Foundation")]
    [InlineData("Sheikh Mohammed visited the Ministry of Health on Sunday.", "Sheikh Mohammed")]
    public void A_title_before_a_person_or_a_non_patron_title_is_not_part_of_a_name(string text, string name)
    {
        List<string> found = Texts(text);
        Assert.False(found.Contains(name), $"did not expect '{name}'; found: {string.Join(" | ", found)}");
    }
}

/// <summary>Capital letters glued to an amount are currency or unit codes, not acronyms of organisations.</summary>
public sealed class OrganisationCodeTests
{
    [Theory]
    [InlineData("The clerk confessed he kept BND500, spending the rest on rent.")]
    [InlineData("Rice now sells for 12CUP a pound at state shops.")]
    [InlineData("Auditors said GHS2.8billion of the loan could not be traced.")]
    [InlineData("The mine shipped 3150 tonnes of U3O8 last year, up 9%.")]
    public void Codes_glued_to_amounts_are_not_organisations(string text)
    {
        List<string> found = Texts(text);
        Assert.True(found.Count == 0, $"found: {string.Join(" | ", found)}");
    }

    [Fact]
    public void Plain_acronyms_next_to_numbers_with_a_space_still_count()
    {
        List<string> found = Texts("The ACC opened 7 cases last year, and the ACC seized Tk 3.4 crore from his home.");
        Assert.Equal(2, found.Count(t => t == "ACC"));
    }
}

/// <summary>A place or brand word right before a guessed acronym is part of the name.</summary>
public sealed class OrganisationAcronymQualifierTests
{
    [Theory]
    [InlineData("Great Wall AMC again delayed publishing its annual results.", "Great Wall AMC")]
    [InlineData("Analysts noted that Henan AMC is largely controlled by the provincial government.", "Henan AMC")]
    [InlineData("The suspect was arrested by Mondeor SAPS two days later, police said.", "Mondeor SAPS")]
    public void A_word_before_a_guessed_acronym_joins_it(string text, string name)
    {
        List<string> found = Texts(text);
        Assert.True(found.Contains(name), $"expected '{name}'; found: {string.Join(" | ", found)}");
    }

    [Theory]
    [InlineData("The ACC has filed a case against the former minister.", "The ACC")]
    [InlineData("Former PRD president Francisco Pena spoke on Monday.", "Former PRD")]
    [InlineData("President Jorge Tuto Quiroga AMC said on Monday that the vote was fair.", "Jorge Tuto Quiroga AMC")]
    public void Function_words_titles_and_other_names_stay_outside(string text, string name)
    {
        List<string> found = Texts(text);
        Assert.False(found.Contains(name), $"did not expect '{name}'; found: {string.Join(" | ", found)}");
    }
}

/// <summary>Two capitals before a surname are a person's initials, not an acronym.</summary>
public sealed class OrganisationInitialsTests
{
    [Theory]
    [InlineData("Central committee president JL Bhowmik spoke at the rally.", "JL")]
    [InlineData("The arrest was confirmed by director general of police LR Bishnoi on Friday.", "LR")]
    [InlineData("Economics professor XN Iraki said the plan was too late.", "XN")]
    public void Initials_before_a_surname_are_not_organisations(string text, string initials)
    {
        List<string> found = Texts(text);
        Assert.False(found.Contains(initials), $"found: {string.Join(" | ", found)}");
    }

    [Theory]
    [InlineData("A spokesman for the KB Financial Group said shares rose.", "KB Financial Group")]
    [InlineData("The auditors said the EB approved the budget on Monday.", "EB")]
    public void Acronyms_before_longer_names_or_lowercase_words_still_count(string text, string name)
    {
        List<string> found = Texts(text);
        Assert.True(found.Contains(name), $"expected '{name}'; found: {string.Join(" | ", found)}");
    }
}

/// <summary>A party acronym with a faction letter in parentheses: "JD(S)".</summary>
public sealed class OrganisationFactionLetterTests
{
    [Fact]
    public void Faction_letter_written_against_the_acronym_is_part_of_the_name()
    {
        List<string> found = Texts("Before the state polls next year, the JD(S) will commission its own survey. According to JD(S), the BJP already ran one.");
        Assert.Equal(2, found.Count(t => t == "JD(S)"));
        Assert.DoesNotContain("S", found);
    }

    [Fact]
    public void A_spaced_parenthesis_is_a_gloss_not_a_faction()
    {
        List<string> found = Texts("The Bangladesh Nationalist Party (BNP) and the NDC (A) list were filed.");
        Assert.DoesNotContain("NDC (A)", found);
        Assert.DoesNotContain("NDC(A)", found);
    }
}

/// <summary>A lower-case prefix and a hyphen before a known acronym: "ex-FARC".</summary>
public sealed class OrganisationPrefixedAcronymTests
{
    [Fact]
    public void Known_acronym_after_a_prefix_is_found_without_the_prefix()
    {
        const string text = "In 2019, as ex-FARC fighters moved into the camp, anti-NATO activists rallied nearby.";
        List<OrganisationMention> found = WholePage.Extract(text).Organisations.ToList();
        OrganisationMention farc = Assert.Single(found, m => m.Text == "FARC");
        Assert.Equal(text.IndexOf("FARC", StringComparison.Ordinal), farc.Span.Start);
        Assert.Contains(found, m => m.Text == "NATO" && m.Span.Start == text.IndexOf("NATO", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The non-QRZ cases were dropped and the re-XYV plan stalled.")]
    [InlineData("He said well-known firms and so-called experts disagreed.")]
    public void Unknown_acronyms_and_plain_hyphenated_words_are_not_organisations(string text)
    {
        List<string> found = WholePage.Extract(text).Organisations.Select(m => m.Text).ToList();
        Assert.True(found.Count == 0, $"found: {string.Join(" | ", found)}");
    }
}
