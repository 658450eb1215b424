using NewsExtraction.Organisations;

namespace NewsExtraction.Quotations;

/// <summary>
/// Finds direct quotations: the exact span inside the quotation marks (“…” "…" ‘…’ '…' «…» „…“ ‹…›,
/// multi-paragraph quotes, stray marks recovered at the paragraph end), the speaker as the article
/// names them and the fullest name it gives, the speech verb, a role description and the speaker's
/// affiliation; plus direct speech without marks after "X said:". Scare quotes and titles are left
/// out. When an organisations extractor runs in the same pipeline its mentions are used for
/// organisation speakers and affiliations; without it, capitalised names with an organisation word
/// serve instead.
/// </summary>
/// <remarks>Stateless and thread-safe: every call works on locals only.</remarks>
public sealed class QuotationExtractor : IExtractor
{
    /// <summary>The extractor's name, "quotations".</summary>
    public const string ExtractorName = "quotations";

    /// <summary>Creates the extractor.</summary>
    /// <param name="options">Its options; null means <see cref="QuotationExtractorOptions.Default"/>.</param>
    public QuotationExtractor(QuotationExtractorOptions? options = null)
    {
        Options = options ?? QuotationExtractorOptions.Default;
    }

    /// <summary>The options the extractor was created with.</summary>
    public QuotationExtractorOptions Options { get; }

    /// <inheritdoc/>
    public string Name => ExtractorName;

    /// <inheritdoc/>
    public IReadOnlyList<string> DependsOn => Array.Empty<string>();

    /// <summary>Runs after the "organisations" extractor when it is in the pipeline, to use its mentions.</summary>
    public IReadOnlyList<string> RunsAfter { get; } = ["organisations"];

    /// <inheritdoc/>
    /// <exception cref="ArgumentNullException"><paramref name="context"/> is null.</exception>
    public void Extract(ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        IReadOnlyList<OrganisationMention> organisations = context.MentionsOf<OrganisationMention>();
        foreach (QuotationMention m in QuotationFinder.Find(context.Document, organisations, Options, Name, context.CancellationToken))
        {
            context.Add(m);
        }
    }
}
