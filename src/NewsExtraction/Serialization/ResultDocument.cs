namespace NewsExtraction.Serialization;

/// <summary>
/// The JSON form of an extraction result, and of a gold annotation file: one object per article,
/// offsets as UTF-16 code units (start inclusive, end exclusive). Documented in docs/output-schema.md.
/// </summary>
public sealed record ResultDocument
{
    private readonly IReadOnlyList<DateRecord>? _dates;
    private readonly IReadOnlyList<DistanceRecord>? _distances;
    private readonly IReadOnlyList<OrganisationRecord>? _organisations;
    private readonly IReadOnlyList<QuotationRecord>? _quotations;

    /// <summary>An identifier for the article (the caller's source, or a file name).</summary>
    public string? Id { get; init; }

    /// <summary>Where the article came from.</summary>
    public string? Source { get; init; }

    /// <summary>
    /// Gold files only: the mention types the file annotates (dates, distances, organisations,
    /// quotations); null means all four. A scorer ignores the other types for this article.
    /// </summary>
    public IReadOnlyList<string>? AnnotatedTypes { get; init; }

    /// <summary>The date relative expressions resolve against, ISO 8601 (yyyy-MM-dd).</summary>
    public string? ReferenceDate { get; init; }

    /// <summary>Where the reference date came from: caller, detected or clock.</summary>
    public string? ReferenceDateSource { get; init; }

    /// <summary>The publication date as stated in the text, when detected.</summary>
    public SpanValue? PublicationDate { get; init; }

    /// <summary>The article's headline.</summary>
    public SpanValue? Headline { get; init; }

    /// <summary>Byline and dateline lines.</summary>
    public IReadOnlyList<SpanValue>? Bylines { get; init; }

    /// <summary>The body spans.</summary>
    public IReadOnlyList<SpanValue>? Body { get; init; }

    /// <summary>Date and time mentions.</summary>
    public IReadOnlyList<DateRecord> Dates { get => _dates ?? []; init => _dates = value; }

    /// <summary>Distance mentions.</summary>
    public IReadOnlyList<DistanceRecord> Distances { get => _distances ?? []; init => _distances = value; }

    /// <summary>Organisation mentions.</summary>
    public IReadOnlyList<OrganisationRecord> Organisations { get => _organisations ?? []; init => _organisations = value; }

    /// <summary>The document's acronym table.</summary>
    public IReadOnlyList<AliasRecord>? Aliases { get; init; }

    /// <summary>Quotation mentions.</summary>
    public IReadOnlyList<QuotationRecord> Quotations { get => _quotations ?? []; init => _quotations = value; }

    /// <summary>Mentions of extractors other than the built-in four.</summary>
    public IReadOnlyList<OtherRecord>? Other { get; init; }
}

/// <summary>A span with its text and an optional value.</summary>
public sealed record SpanValue
{
    /// <summary>Start offset (inclusive).</summary>
    public int Start { get; init; }

    /// <summary>End offset (exclusive).</summary>
    public int End { get; init; }

    /// <summary>The covered text.</summary>
    public string? Text { get; init; }

    /// <summary>A value (for a publication date: yyyy-MM-dd).</summary>
    public string? Value { get; init; }
}

/// <summary>Fields every mention record has.</summary>
public abstract record MentionRecord
{
    /// <summary>Start offset (inclusive).</summary>
    public int Start { get; init; }

    /// <summary>End offset (exclusive).</summary>
    public int End { get; init; }

    /// <summary>The mention's text, exactly as in the article.</summary>
    public string Text { get; init; } = string.Empty;

    /// <summary>The extractor's confidence (absent in gold files).</summary>
    public double? Confidence { get; init; }

    /// <summary>True when the mention lies in boilerplate (menus, related headlines, footers).</summary>
    public bool Boilerplate { get; init; }
}

/// <summary>A date or time mention.</summary>
public sealed record DateRecord : MentionRecord
{
    /// <summary>date, time, range, duration, set or vague.</summary>
    public string? Kind { get; init; }

    /// <summary>The TIMEX3-style value, or null when unresolved.</summary>
    public string? Value { get; init; }

    /// <summary>A TIMEX3 modifier: START, MID, END or APPROX ("early July", "mid-July", "about 2001").</summary>
    public string? Mod { get; init; }

    /// <summary>The grain of the value (day, month, year…).</summary>
    public string? Grain { get; init; }

    /// <summary>First instant covered (ISO 8601), when resolved to calendar time.</summary>
    public DateTime? RangeStart { get; init; }

    /// <summary>Instant just after (ISO 8601, exclusive), when resolved to calendar time.</summary>
    public DateTime? RangeEnd { get; init; }

    /// <summary>Components written in the text (year, month, day, time).</summary>
    public string? Stated { get; init; }

    /// <summary>Components inferred from the reference date.</summary>
    public string? Inferred { get; init; }
}

/// <summary>A distance mention.</summary>
public sealed record DistanceRecord : MentionRecord
{
    /// <summary>The stated number (lower bound of a range).</summary>
    public double? Value { get; init; }

    /// <summary>The upper bound of a range.</summary>
    public double? ValueMax { get; init; }

    /// <summary>Canonical unit symbol: m, km, cm, mm, mi, nmi, ft, yd, in (also dm, um, nm, pm).</summary>
    public string? Unit { get; init; }

    /// <summary>The unit as written.</summary>
    public string? UnitText { get; init; }

    /// <summary>The length in metres.</summary>
    public double? Meters { get; init; }

    /// <summary>The upper bound in metres for a range.</summary>
    public double? MetersMax { get; init; }

    /// <summary>True when qualified as approximate or as a bound.</summary>
    public bool Approximate { get; init; }

    /// <summary>equal, approximately, greater_than, less_than, at_least, at_most.</summary>
    public string? Comparator { get; init; }

    /// <summary>What the distance is measured from.</summary>
    public SpanValue? Anchor { get; init; }

    /// <summary>A parenthetical conversion of the same measure.</summary>
    public SpanValue? Conversion { get; init; }
}

/// <summary>An organisation mention.</summary>
public sealed record OrganisationRecord : MentionRecord
{
    /// <summary>The canonical name.</summary>
    public string? Canonical { get; init; }

    /// <summary>The acronym, when known.</summary>
    public string? Acronym { get; init; }

    /// <summary>The well-known long form of an acronym the article does not define ("NATO" → "North Atlantic Treaty Organization").</summary>
    public string? KnownLongForm { get; init; }

    /// <summary>The possessive owner outside the span.</summary>
    public SpanValue? Owner { get; init; }

    /// <summary>intergovernmental, government, military, media, company, ngo, party, other or unknown.</summary>
    public string? Type { get; init; }
}

/// <summary>An acronym and its long form.</summary>
public sealed record AliasRecord
{
    /// <summary>The acronym.</summary>
    public string Acronym { get; init; } = string.Empty;

    /// <summary>The long form.</summary>
    public string LongForm { get; init; } = string.Empty;
}

/// <summary>A quotation mention (start/end: the content inside the marks).</summary>
public sealed record QuotationRecord : MentionRecord
{
    /// <summary>Start including the marks.</summary>
    public int? OuterStart { get; init; }

    /// <summary>End including the marks.</summary>
    public int? OuterEnd { get; init; }

    /// <summary>False for direct speech without quotation marks.</summary>
    public bool Marked { get; init; } = true;

    /// <summary>The fullest name the article gives the speaker.</summary>
    public string? Speaker { get; init; }

    /// <summary>The speaker as the attribution names them, with its span.</summary>
    public SpanValue? SpeakerMention { get; init; }

    /// <summary>A role description of the speaker.</summary>
    public string? SpeakerRole { get; init; }

    /// <summary>The speech verb.</summary>
    public string? Cue { get; init; }

    /// <summary>The speaker's organisation, when linked.</summary>
    public string? Affiliation { get; init; }
}

/// <summary>A mention of a custom extractor.</summary>
public sealed record OtherRecord : MentionRecord
{
    /// <summary>The extractor's name.</summary>
    public string? Extractor { get; init; }

    /// <summary>The mention's .NET type name.</summary>
    public string? Type { get; init; }
}
