namespace NewsExtraction;

/// <summary>
/// Something an extractor found in an article: where it is, its text, and who found it.
/// Each extractor derives its own mention type that adds what it resolved.
/// </summary>
public abstract record Mention
{
    /// <summary>Where the mention is, as UTF-16 offsets into the article text (end exclusive).</summary>
    public required TextSpan Span { get; init; }

    /// <summary>The text of the mention, exactly as it stands in the article.</summary>
    public required string Text { get; init; }

    /// <summary>The <see cref="IExtractor.Name"/> of the extractor that produced the mention.</summary>
    public required string Extractor { get; init; }

    /// <summary>How sure the extractor is, from 0 to 1.</summary>
    public double Confidence { get; init; } = 1.0;

    /// <summary>
    /// True when the mention lies outside the article's own content (menus, related headlines,
    /// footers). Only set when the pipeline runs with <see cref="ExtractionScope.WholePage"/>;
    /// with the default <see cref="ExtractionScope.BodyOnly"/> such mentions are dropped.
    /// </summary>
    public bool InBoilerplate { get; init; }
}
