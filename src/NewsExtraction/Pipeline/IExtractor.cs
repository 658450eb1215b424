namespace NewsExtraction;

/// <summary>
/// The plug-in contract: an extractor reads the shared, analysed document of one article and adds
/// the mentions it finds. Implementations must be thread-safe: one instance serves every
/// <see cref="ExtractionPipeline.Extract(Article, CancellationToken)"/> call, concurrently, so all
/// per-article state lives in the <see cref="ExtractionContext"/> or in locals.
/// </summary>
public interface IExtractor
{
    /// <summary>A unique, stable name for the extractor (for example <c>dates</c>); written on every mention it produces.</summary>
    string Name { get; }

    /// <summary>
    /// The names of the extractors whose mentions this one reads through
    /// <see cref="ExtractionContext.MentionsOf{T}"/>. The pipeline runs those first; a name that is
    /// not registered, or a cycle, is rejected when the pipeline is built.
    /// </summary>
    IReadOnlyList<string> DependsOn { get; }

    /// <summary>
    /// Names of extractors whose mentions this one uses when they are in the pipeline, but can do
    /// without: when present they run first; when absent nothing is required. Default: none.
    /// </summary>
    IReadOnlyList<string> RunsAfter => Array.Empty<string>();

    /// <summary>Finds mentions in <see cref="ExtractionContext.Document"/> and adds them with <see cref="ExtractionContext.Add"/>.</summary>
    void Extract(ExtractionContext context);
}
