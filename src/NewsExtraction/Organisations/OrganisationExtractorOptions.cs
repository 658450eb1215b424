namespace NewsExtraction.Organisations;

/// <summary>Options of the <see cref="OrganisationExtractor"/>.</summary>
public sealed record OrganisationExtractorOptions
{
    /// <summary>The options used when none are given.</summary>
    public static OrganisationExtractorOptions Default { get; } = new();

    /// <summary>Link acronyms to the long forms the article defines ("Shanghai Cooperation Organization (SCO)"). Default: true.</summary>
    public bool LinkAcronyms { get; init; } = true;

    /// <summary>
    /// Report isolated all-caps words that are neither known non-names ("COVID", "CEO") nor places as
    /// organisations of unknown type ("SMUG"). Default: true.
    /// </summary>
    public bool GuessUnknownAcronyms { get; init; } = true;

    /// <summary>Report lower-case ministries owned by a country ("Russia's foreign ministry"). Default: true.</summary>
    public bool IncludeOwnedLowercaseMinistries { get; init; } = true;

    /// <summary>Give every other occurrence of a name found in the article the same reading. Default: true.</summary>
    public bool PropagateNames { get; init; } = true;

    /// <summary>
    /// Combine the rules with the embedded statistical tagger (an averaged-perceptron sequence model trained
    /// on openly licensed NER data; see docs/organisations.md): it adds organisations the rules miss where it
    /// is confident. Default: true. The weights are loaded once, on first use.
    /// </summary>
    public bool UseStatisticalModel { get; init; } = true;

    /// <summary>Mentions with a lower <see cref="Mention.Confidence"/> are dropped. Default: 0 (keep all).</summary>
    public double MinimumConfidence { get; init; }
}
