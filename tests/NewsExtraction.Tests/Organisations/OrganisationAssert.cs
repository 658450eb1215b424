using NewsExtraction.Organisations;

namespace NewsExtraction.Tests.Organisations;

/// <summary>
/// The shared shape of the organisation rule tests: a whole-page organisations pipeline, the texts it finds,
/// and "finds / does not find this name" assertions whose failure message lists what was found.
/// </summary>
internal static class OrganisationAssert
{
    public static readonly ExtractionPipeline WholePage = new ExtractionPipelineBuilder()
        .UseOrganisations()
        .WithOptions(o => o with { Scope = ExtractionScope.WholePage })
        .Build();

    public static List<OrganisationMention> Find(string text) => WholePage.Extract(text).Organisations.ToList();

    public static List<string> Texts(string text) => Find(text).Select(m => m.Text).ToList();

    public static void AssertHas(string text, string name)
    {
        List<string> found = Texts(text);
        Assert.True(found.Contains(name), $"expected '{name}' in: {text}\nfound: {string.Join(" | ", found)}");
    }

    /// <summary>Asserts that the first mention named <paramref name="name"/> is there with <paramref name="type"/>; returns it.</summary>
    public static OrganisationMention AssertHasWithType(string text, string name, OrganisationType type)
    {
        OrganisationMention? m = Find(text).FirstOrDefault(x => x.Text == name);
        Assert.True(m is not null, $"expected '{name}' in: {text}\nfound: {string.Join(" | ", Texts(text))}");
        Assert.Equal(type, m!.Type);
        return m;
    }

    public static void AssertLacks(string text, string name)
    {
        List<string> found = Texts(text);
        Assert.False(found.Contains(name), $"did not expect '{name}' in: {text}\nfound: {string.Join(" | ", found)}");
    }
}
