namespace NewsExtraction.Text;

/// <summary>
/// Common given names, female and male, read once from the embedded lists <c>Text/Data/female-names.txt</c> and
/// <c>male-names.txt</c> (thread-safe, lazy). Shared by the extractors that tell people from other names: the
/// quotations extractor (speakers, pronoun agreement) and the organisations extractor (a name is not widened over a
/// person's given name).
/// </summary>
internal static class GivenNames
{
    /// <summary>The embedded resource of the female list.</summary>
    public const string FemaleResource = "NewsExtraction.Text.female-names.txt";

    /// <summary>The embedded resource of the male list.</summary>
    public const string MaleResource = "NewsExtraction.Text.male-names.txt";

    private static readonly Lazy<WordSet> FemaleSet = new(() => WordSet.FromResource(FemaleResource), LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly Lazy<WordSet> MaleSet = new(() => WordSet.FromResource(MaleResource), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Common female given names.</summary>
    public static WordSet Female => FemaleSet.Value;

    /// <summary>Common male given names.</summary>
    public static WordSet Male => MaleSet.Value;

    /// <summary>True for a common given name of either list (any case).</summary>
    public static bool IsGivenName(ReadOnlySpan<char> word) => Female.Contains(word) || Male.Contains(word);
}
