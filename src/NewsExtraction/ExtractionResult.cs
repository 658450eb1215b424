using System.Collections;
using NewsExtraction.Dates;
using NewsExtraction.Distances;
using NewsExtraction.Organisations;
using NewsExtraction.Quotations;
using NewsExtraction.Text;

namespace NewsExtraction;

/// <summary>Where the reference date of a result came from.</summary>
public enum ReferenceDateSource
{
    /// <summary>The caller gave the publication date.</summary>
    Caller,

    /// <summary>The publication date was detected in the article's header or dateline.</summary>
    Detected,

    /// <summary>No date was known: the pipeline's clock gave today.</summary>
    Clock,
}

/// <summary>
/// Everything the pipeline found in one article: the mentions of every extractor, ordered by
/// position, typed views per built-in extractor, the article layout and the reference date used.
/// Enumerating the result enumerates all mentions.
/// </summary>
public sealed class ExtractionResult : IReadOnlyList<Mention>
{
    private readonly List<Mention> _mentions;
    private IReadOnlyList<DateMention>? _dates;
    private IReadOnlyList<DistanceMention>? _distances;
    private IReadOnlyList<OrganisationMention>? _organisations;
    private IReadOnlyList<QuotationMention>? _quotations;

    internal ExtractionResult(Article article, AnalyzedDocument document, DateOnly referenceDate, ReferenceDateSource source, TextSpan? publicationDateSpan, List<Mention> mentions)
    {
        Article = article;
        Document = document;
        ReferenceDate = referenceDate;
        ReferenceDateSource = source;
        PublicationDateSpan = publicationDateSpan;
        _mentions = mentions;
    }

    /// <summary>The article the mentions were found in.</summary>
    public Article Article { get; }

    /// <summary>The analysed document (sentences, tokens, paragraphs, layout).</summary>
    public AnalyzedDocument Document { get; }

    /// <summary>The article's layout: headline, byline, dateline, body and boilerplate blocks.</summary>
    public DocumentLayout Layout => Document.Layout;

    /// <summary>The date relative expressions were resolved against.</summary>
    public DateOnly ReferenceDate { get; }

    /// <summary>Where <see cref="ReferenceDate"/> came from.</summary>
    public ReferenceDateSource ReferenceDateSource { get; }

    /// <summary>The publication date as detected, or null when it was given by the caller or not found.</summary>
    public DateOnly? PublicationDate => ReferenceDateSource == ReferenceDateSource.Clock ? null : ReferenceDate;

    /// <summary>Where the detected publication date stands in the text, when it was detected.</summary>
    public TextSpan? PublicationDateSpan { get; }

    /// <summary>All mentions, ordered by start offset.</summary>
    public IReadOnlyList<Mention> Mentions => _mentions;

    /// <summary>The dates and times found.</summary>
    public IReadOnlyList<DateMention> Dates => _dates ??= MentionsOf<DateMention>();

    /// <summary>The distances found.</summary>
    public IReadOnlyList<DistanceMention> Distances => _distances ??= MentionsOf<DistanceMention>();

    /// <summary>The organisations found.</summary>
    public IReadOnlyList<OrganisationMention> Organisations => _organisations ??= MentionsOf<OrganisationMention>();

    /// <summary>The quotations found.</summary>
    public IReadOnlyList<QuotationMention> Quotations => _quotations ??= MentionsOf<QuotationMention>();

    /// <summary>
    /// The document's acronym table: every acronym an organisation mention carries, with the long
    /// form it resolved to (defined in the article or well known), in order of first appearance.
    /// </summary>
    public IReadOnlyList<OrganisationAlias> OrganisationAliases
    {
        get
        {
            var list = new List<OrganisationAlias>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (OrganisationMention m in Organisations)
            {
                if (m.Acronym is { } acronym && !string.Equals(acronym, m.Canonical, StringComparison.Ordinal) && seen.Add(acronym))
                {
                    list.Add(new OrganisationAlias(acronym, m.Canonical));
                }
            }

            return list;
        }
    }

    /// <summary>The number of mentions.</summary>
    public int Count => _mentions.Count;

    /// <summary>The mention at <paramref name="index"/>, in position order.</summary>
    public Mention this[int index] => _mentions[index];

    /// <summary>The mentions of one type (for example those of a custom extractor), in position order.</summary>
    public IReadOnlyList<T> MentionsOf<T>()
        where T : Mention
    {
        var list = new List<T>();
        foreach (Mention m in _mentions)
        {
            if (m is T t)
            {
                list.Add(t);
            }
        }

        return list;
    }

    /// <summary>Enumerates all mentions in position order.</summary>
    public IEnumerator<Mention> GetEnumerator() => _mentions.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
