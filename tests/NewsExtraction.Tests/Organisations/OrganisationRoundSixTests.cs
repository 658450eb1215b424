namespace NewsExtraction.Tests.Organisations;

/// <summary>Worldwide-newswire precision and boundary rules (issue #6, sixth round): each pattern with positive and negative sentences.</summary>
public sealed class OrganisationRoundSixTests
{
    private static readonly ExtractionPipeline WholePage = new ExtractionPipelineBuilder()
        .UseOrganisations()
        .WithOptions(o => o with { Scope = ExtractionScope.WholePage })
        .Build();

    private static List<string> Texts(string text) => WholePage.Extract(text).Organisations.Select(m => m.Text).ToList();

    private static void AssertHas(string text, string name)
    {
        List<string> found = Texts(text);
        Assert.True(found.Contains(name), $"expected '{name}' in: {text}\nfound: {string.Join(" | ", found)}");
    }

    private static void AssertLacks(string text, string name)
    {
        List<string> found = Texts(text);
        Assert.False(found.Contains(name), $"did not expect '{name}' in: {text}\nfound: {string.Join(" | ", found)}");
    }

    // ---- Team numbers after a club acronym ---------------------------------------------------------

    private const string Fistball =
        "The Swakopmund Fistball Club (SFC) hosted the national league tournament on Saturday. " +
        "In the final, SFC 1 won the encounter against SFC 2 with a score of 3-0. " +
        "In the youth category SFC A was again the team to beat, and SFC B finished third.";

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
}
