using NewsExtraction.Organisations;

namespace NewsExtraction.Tests.Organisations;

/// <summary>Worldwide-newswire span rules (issue #6, fifth round): each pattern with positive and negative sentences.</summary>
public sealed class OrganisationRoundFiveTests
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
    [InlineData("The police agency was made independent of the Ministry of Home Affairs in 1991.", "Ministry of Home Affairs")]
    [InlineData("The Home Office said the scheme would be reviewed.", "Home Office")]
    public void A_menu_label_inside_a_sentence_is_a_name_word(string text, string name) => AssertHas(text, name);

    [Theory]
    [InlineData("Home\nMinistry of Finance said on Monday that taxes will rise.", "Home\nMinistry")]
    [InlineData("Home | News | Sport\nThe Ministry of Finance said taxes will rise.", "Home")]
    public void A_menu_label_at_line_start_stays_out(string text, string name) => AssertLacks(text, name);
}
