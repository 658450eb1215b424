using static NewsExtraction.Tests.Organisations.OrganisationAssert;

namespace NewsExtraction.Tests.Organisations;

/// <summary>Worldwide-newswire exact-span boundary rules (issue #6, eighth round): each pattern with positive and negative sentences.</summary>
public sealed class OrganisationRoundEightTests
{
    // ---- Head words "Mechanism", "Caucus", "Minerals" ------------------------------------------------

    [Theory]
    [InlineData("\"We also have the BRICS Interbank Cooperation Mechanism, which was introduced in 2017.\"", "BRICS Interbank Cooperation Mechanism")]
    [InlineData("Paraguay's National Mechanism for the Prevention of Torture (MNPT) Monday confirmed the case.", "National Mechanism for the Prevention of Torture")]
    [InlineData("The European Stability Mechanism lent the money.", "European Stability Mechanism")]
    [InlineData("The NDC Parliamentary Caucus reminded the central bank of the law.", "NDC Parliamentary Caucus")]
    [InlineData("The Congressional Black Caucus met on Tuesday.", "Congressional Black Caucus")]
    [InlineData("The board approved BMC Minerals' Kudz Ze Kayah mining project.", "BMC Minerals")]
    public void Name_ends_with_the_new_head_word(string text, string name) => AssertHas(text, name);

    [Fact]
    public void New_head_words_alone_or_lower_case_are_not_names()
    {
        List<string> found = Texts("The Mechanism was never used. Critical minerals and the caucus mechanism were discussed. Caucus members left.");
        Assert.DoesNotContain(found, f => f.Contains("Mechanism", StringComparison.Ordinal) || f.Contains("Caucus", StringComparison.Ordinal) || f.Contains("minerals", StringComparison.Ordinal));
    }
}
