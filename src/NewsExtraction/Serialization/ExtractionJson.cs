using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using NewsExtraction.Dates;
using NewsExtraction.Distances;
using NewsExtraction.Organisations;
using NewsExtraction.Quotations;
using NewsExtraction.Text;

namespace NewsExtraction.Serialization;

/// <summary>
/// Writes and reads results in the documented JSON schema (docs/output-schema.md), with
/// System.Text.Json source generation (no reflection: AOT and trimming safe).
/// </summary>
public static class ExtractionJson
{
    /// <summary>Converts a result to its JSON document form.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is null.</exception>
    public static ResultDocument ToDocument(ExtractionResult result, string? id = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        string text = result.Article.Text;
        var dates = new List<DateRecord>();
        var distances = new List<DistanceRecord>();
        var organisations = new List<OrganisationRecord>();
        var quotations = new List<QuotationRecord>();
        List<OtherRecord>? other = null;
        foreach (Mention m in result.Mentions)
        {
            switch (m)
            {
                case DateMention d:
                    dates.Add(new DateRecord
                    {
                        Start = d.Span.Start, End = d.Span.End, Text = d.Text, Confidence = d.Confidence, Boilerplate = d.InBoilerplate,
                        Kind = Lower(d.Kind.ToString()), Value = d.Value, Mod = d.Modifier, Grain = d.Grain == TemporalGrain.None ? null : Lower(d.Grain.ToString()),
                        RangeStart = d.RangeStart, RangeEnd = d.RangeEnd,
                        Stated = d.Stated == DateComponents.None ? null : Lower(d.Stated.ToString()),
                        Inferred = d.Inferred == DateComponents.None ? null : Lower(d.Inferred.ToString()),
                    });
                    break;
                case DistanceMention x:
                    distances.Add(new DistanceRecord
                    {
                        Start = x.Span.Start, End = x.Span.End, Text = x.Text, Confidence = x.Confidence, Boilerplate = x.InBoilerplate,
                        Value = x.Value, ValueMax = x.ValueMax, Unit = UnitSymbol(x.Unit), UnitText = x.UnitText,
                        Meters = x.Metres, MetersMax = x.MetresMax, Approximate = x.Approximate, Comparator = ComparatorName(x.Comparator),
                        Anchor = Span(text, x.AnchorSpan), Conversion = Span(text, x.ConversionSpan),
                    });
                    break;
                case OrganisationMention o:
                    organisations.Add(new OrganisationRecord
                    {
                        Start = o.Span.Start, End = o.Span.End, Text = o.Text, Confidence = o.Confidence, Boilerplate = o.InBoilerplate,
                        Canonical = o.Canonical, Acronym = o.Acronym, KnownLongForm = o.KnownLongForm, Owner = Span(text, o.OwnerSpan), Type = TypeName(o.Type),
                    });
                    break;
                case QuotationMention q:
                    quotations.Add(new QuotationRecord
                    {
                        Start = q.Span.Start, End = q.Span.End, Text = q.Text, Confidence = q.Confidence, Boilerplate = q.InBoilerplate,
                        OuterStart = q.OuterSpan.Start, OuterEnd = q.OuterSpan.End, Marked = q.Marked,
                        Speaker = q.SpeakerFullName ?? q.Speaker, SpeakerMention = Span(text, q.SpeakerSpan), SpeakerRole = q.SpeakerRole,
                        Cue = q.Cue, Affiliation = q.Affiliation,
                    });
                    break;
                default:
                    (other ??= new List<OtherRecord>()).Add(new OtherRecord
                    {
                        Start = m.Span.Start, End = m.Span.End, Text = m.Text, Confidence = m.Confidence, Boilerplate = m.InBoilerplate,
                        Extractor = m.Extractor, Type = m.GetType().Name,
                    });
                    break;
            }
        }

        var aliases = new List<AliasRecord>();
        foreach (OrganisationAlias a in result.OrganisationAliases)
        {
            aliases.Add(new AliasRecord { Acronym = a.Acronym, LongForm = a.LongForm });
        }

        DocumentLayout layout = result.Layout;
        var bylines = new List<SpanValue>();
        var body = new List<SpanValue>();
        foreach (LayoutBlock b in layout.Blocks)
        {
            if (b.Kind is BlockKind.Byline or BlockKind.Dateline)
            {
                bylines.Add(Span(text, b.Span)!);
            }
        }

        foreach (TextSpan b in layout.Body)
        {
            body.Add(new SpanValue { Start = b.Start, End = b.End });
        }

        return new ResultDocument
        {
            Id = id ?? result.Article.Source,
            Source = result.Article.Source,
            ReferenceDate = result.ReferenceDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ReferenceDateSource = Lower(result.ReferenceDateSource.ToString()),
            PublicationDate = result.PublicationDateSpan is { } pd
                ? new SpanValue { Start = pd.Start, End = pd.End, Text = text.Substring(pd.Start, pd.Length), Value = result.ReferenceDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) }
                : null,
            Headline = Span(text, layout.Headline),
            Bylines = bylines,
            Body = body,
            Dates = dates,
            Distances = distances,
            Organisations = organisations,
            Aliases = aliases,
            Quotations = quotations,
            Other = other,
        };
    }

    /// <summary>Serializes a result as one JSON object.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is null.</exception>
    public static string Serialize(ExtractionResult result, bool indented = false, string? id = null) =>
        Serialize(ToDocument(result, id), indented);

    /// <summary>Serializes a result document as one JSON object.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    public static string Serialize(ResultDocument document, bool indented = false)
    {
        ArgumentNullException.ThrowIfNull(document);
        return JsonSerializer.Serialize(document, indented ? ExtractionJsonContext.Indented.ResultDocument : ExtractionJsonContext.Compact.ResultDocument);
    }

    /// <summary>Writes a result document as UTF-8 JSON to a stream.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Serialize(Stream utf8Json, ResultDocument document, bool indented = false)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        ArgumentNullException.ThrowIfNull(document);
        JsonSerializer.Serialize(utf8Json, document, indented ? ExtractionJsonContext.Indented.ResultDocument : ExtractionJsonContext.Compact.ResultDocument);
    }

    /// <summary>Reads a result document (an output of this library, or a gold file in the same schema).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="JsonException">The JSON is malformed or not of the schema.</exception>
    public static ResultDocument Deserialize(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return JsonSerializer.Deserialize(json, ExtractionJsonContext.Default.ResultDocument)
            ?? throw new JsonException("The JSON is 'null', not a result object.");
    }

    /// <summary>Reads a result document from UTF-8 JSON in a stream.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="JsonException">The JSON is malformed or not of the schema.</exception>
    public static ResultDocument Deserialize(Stream utf8Json)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        return JsonSerializer.Deserialize(utf8Json, ExtractionJsonContext.Default.ResultDocument)
            ?? throw new JsonException("The JSON is 'null', not a result object.");
    }

    /// <summary>The canonical symbol of a unit (m, km, cm, mm, mi, nmi, ft, yd, in; dm, um, nm, pm).</summary>
    public static string UnitSymbol(LengthUnit unit) => unit switch
    {
        LengthUnit.Metre => "m",
        LengthUnit.Kilometre => "km",
        LengthUnit.Centimetre => "cm",
        LengthUnit.Millimetre => "mm",
        LengthUnit.Mile => "mi",
        LengthUnit.NauticalMile => "nmi",
        LengthUnit.Foot => "ft",
        LengthUnit.Yard => "yd",
        LengthUnit.Inch => "in",
        LengthUnit.Decimetre => "dm",
        LengthUnit.Micrometre => "um",
        LengthUnit.Nanometre => "nm",
        LengthUnit.Picometre => "pm",
        _ => unit.ToString(),
    };

    private static string TypeName(OrganisationType type) => type switch
    {
        OrganisationType.NonGovernmental => "ngo",
        _ => Lower(type.ToString()),
    };

    private static string ComparatorName(Comparator c) => c switch
    {
        Comparator.Equal => "equal",
        Comparator.Approximately => "approximately",
        Comparator.GreaterThan => "greater_than",
        Comparator.LessThan => "less_than",
        Comparator.AtLeast => "at_least",
        Comparator.AtMost => "at_most",
        _ => Lower(c.ToString()),
    };

    private static string Lower(string s) => s.ToLowerInvariant().Replace(" ", string.Empty, StringComparison.Ordinal);

    private static SpanValue? Span(string text, TextSpan? span) =>
        span is { } s ? new SpanValue { Start = s.Start, End = s.End, Text = text.Substring(s.Start, s.Length) } : null;
}

/// <summary>Source-generated serialization metadata for <see cref="ResultDocument"/>.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    ReadCommentHandling = JsonCommentHandling.Skip,
    AllowTrailingCommas = true)]
[JsonSerializable(typeof(ResultDocument))]
internal sealed partial class ExtractionJsonContext : JsonSerializerContext
{
    /// <summary>Compact output that writes non-ASCII text as is (not as \u escapes).</summary>
    public static ExtractionJsonContext Compact { get; } = new(CreateOptions(indented: false));

    /// <summary>Indented output that writes non-ASCII text as is.</summary>
    public static ExtractionJsonContext Indented { get; } = new(CreateOptions(indented: true));

    private static JsonSerializerOptions CreateOptions(bool indented) => new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        WriteIndented = indented,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
