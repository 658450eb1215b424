using NewsExtraction.Text;

namespace NewsExtraction;

/// <summary>
/// What one extractor sees while it runs on one article: the analysed document, the reference date,
/// the mentions of the extractors that ran before it, and a place to put its own. A context belongs to
/// one <see cref="ExtractionPipeline.Extract(Article, CancellationToken)"/> call and is not shared
/// between threads.
/// </summary>
public sealed class ExtractionContext
{
    private readonly List<Mention> _mentions;
    private string _current = string.Empty;

    internal ExtractionContext(Article article, AnalyzedDocument document, DateOnly referenceDate, ExtractionOptions options, CancellationToken cancellationToken)
    {
        Article = article;
        Document = document;
        ReferenceDate = referenceDate;
        Options = options;
        CancellationToken = cancellationToken;
        _mentions = new List<Mention>(Math.Max(64, document.Text.Length / 128)); // about the mentions of a news page: few growth copies
    }

    /// <summary>The article being processed.</summary>
    public Article Article { get; }

    /// <summary>The text analysis shared by every extractor (tokens, sentences, paragraphs, layout).</summary>
    public AnalyzedDocument Document { get; }

    /// <summary>The text, the same string as <see cref="Article.Text"/>.</summary>
    public string Text => Document.Text;

    /// <summary>The date relative expressions resolve against: the publication date given or detected, or the clock's today.</summary>
    public DateOnly ReferenceDate { get; }

    /// <summary>The options the pipeline was built with.</summary>
    public ExtractionOptions Options { get; }

    /// <summary>Cancellation for this call; long-running extractors should check it between sentences.</summary>
    public CancellationToken CancellationToken { get; }

    /// <summary>Adds a mention found by the running extractor.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="mention"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The mention's span does not fit in the text.</exception>
    public void Add(Mention mention)
    {
        ArgumentNullException.ThrowIfNull(mention);
        if (mention.Span.End > Document.Text.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(mention), $"Extractor '{_current}' produced a mention at {mention.Span} outside a text of length {Document.Text.Length}.");
        }

        _mentions.Add(mention);
    }

    /// <summary>The mentions of type <typeparamref name="T"/> added so far by the extractors that ran before this one.</summary>
    public IReadOnlyList<T> MentionsOf<T>()
        where T : Mention
    {
        // Counted first, so the list is allocated once at its exact size.
        int count = 0;
        foreach (Mention m in _mentions)
        {
            if (m is T)
            {
                count++;
            }
        }

        if (count == 0)
        {
            return Array.Empty<T>();
        }

        var found = new List<T>(count);
        foreach (Mention m in _mentions)
        {
            if (m is T t)
            {
                found.Add(t);
            }
        }

        return found;
    }

    internal void BeginExtractor(string name) => _current = name;

    internal List<Mention> Mentions => _mentions;
}
