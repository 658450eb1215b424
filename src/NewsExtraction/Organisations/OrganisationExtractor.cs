namespace NewsExtraction.Organisations;

/// <summary>
/// Finds every mention of a named organisation with its exact span, a canonical name, its acronym,
/// a possessive owner outside the span ("China's Ministry of Defense") and its type. Rules and a
/// built-in gazetteer: capitalised-name chunking with organisation head words, acronym definitions
/// in both directions, context cues, and document-wide propagation of the names found.
/// Stateless and thread-safe.
/// </summary>
public sealed class OrganisationExtractor : IExtractor
{
    /// <summary>The extractor's name, written on every mention: <c>organisations</c>.</summary>
    public const string ExtractorName = "organisations";

    /// <summary>Creates the extractor.</summary>
    /// <param name="options">The options; null for <see cref="OrganisationExtractorOptions.Default"/>.</param>
    public OrganisationExtractor(OrganisationExtractorOptions? options = null)
    {
        Options = options ?? OrganisationExtractorOptions.Default;
    }

    /// <summary>The options the extractor runs with.</summary>
    public OrganisationExtractorOptions Options { get; }

    /// <inheritdoc />
    public string Name => ExtractorName;

    /// <inheritdoc />
    public IReadOnlyList<string> DependsOn => Array.Empty<string>();

    /// <inheritdoc />
    /// <exception cref="ArgumentNullException"><paramref name="context"/> is null.</exception>
    public void Extract(ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (OrganisationMention m in OrganisationRecognizer.Recognize(context.Document, Options, Name, context.CancellationToken))
        {
            context.Add(m);
        }
    }
}
