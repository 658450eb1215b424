using NewsExtraction.Text;

namespace NewsExtraction;

/// <summary>
/// An immutable, thread-safe sequence of extractors. One instance can serve any number of
/// concurrent <see cref="Extract(Article, CancellationToken)"/> calls.
/// </summary>
public sealed class ExtractionPipeline
{
    private static readonly Lazy<ExtractionPipeline> DefaultPipeline = new(
        () => new ExtractionPipelineBuilder().UseDefaults().Build(),
        LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly IExtractor[] _extractors;

    internal ExtractionPipeline(IExtractor[] orderedExtractors, ExtractionOptions options)
    {
        _extractors = orderedExtractors;
        Options = options;
    }

    /// <summary>A pipeline with every built-in extractor and default options, built on first use.</summary>
    public static ExtractionPipeline Default => DefaultPipeline.Value;

    /// <summary>The extractors in the order they run.</summary>
    public IReadOnlyList<IExtractor> Extractors => _extractors;

    /// <summary>The options this pipeline was built with.</summary>
    public ExtractionOptions Options { get; }

    /// <summary>Extracts from plain text with no known publication date.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="InvalidArticleException">The text looks binary or is too long.</exception>
    public ExtractionResult Extract(string text) => Extract(new Article(text), CancellationToken.None);

    /// <summary>Extracts from an article.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="article"/> is null.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public ExtractionResult Extract(Article article, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(article);
        cancellationToken.ThrowIfCancellationRequested();

        AnalyzedDocument document = AnalyzedDocument.Analyze(article.Text, cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();

        DateOnly referenceDate;
        ReferenceDateSource source;
        TextSpan? dateSpan = null;
        if (article.PublicationDate is { } given)
        {
            referenceDate = given;
            source = ReferenceDateSource.Caller;
        }
        else if (Options.DetectPublicationDate && Dates.PublicationDateDetector.Detect(document) is { } detected)
        {
            referenceDate = detected.Date;
            dateSpan = detected.Span;
            source = ReferenceDateSource.Detected;
        }
        else
        {
            referenceDate = DateOnly.FromDateTime(Options.Clock.GetLocalNow().DateTime);
            source = ReferenceDateSource.Clock;
        }

        var context = new ExtractionContext(article, document, referenceDate, Options, cancellationToken);
        foreach (IExtractor extractor in _extractors)
        {
            cancellationToken.ThrowIfCancellationRequested();
            context.BeginExtractor(extractor.Name);
            extractor.Extract(context);
        }

        List<Mention> all = context.Mentions;
        var kept = new List<Mention>(all.Count);
        DocumentLayout layout = document.Layout;
        foreach (Mention m in all)
        {
            if (layout.IsContent(m.Span))
            {
                kept.Add(m);
            }
            else if (Options.Scope == ExtractionScope.WholePage)
            {
                kept.Add(m with { InBoilerplate = true });
            }
        }

        kept.Sort(static (a, b) => a.Span.CompareTo(b.Span));
        return new ExtractionResult(article, document, referenceDate, source, dateSpan, kept);
    }
}
