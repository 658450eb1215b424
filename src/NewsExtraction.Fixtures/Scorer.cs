using System.Globalization;
using System.Text;
using NewsExtraction.Serialization;

namespace NewsExtraction.Fixtures;

/// <summary>How the scorer treats boilerplate.</summary>
public sealed record ScoringOptions
{
    /// <summary>The default options: body-only scoring.</summary>
    public static ScoringOptions Default { get; } = new();

    /// <summary>
    /// True (default): gold mentions flagged as boilerplate are left out, so a prediction in a menu
    /// or related-headline list counts as a false positive. False: every gold mention counts.
    /// </summary>
    public bool BodyOnly { get; init; } = true;

    /// <summary>The types to score; null means all four.</summary>
    public IReadOnlyList<MentionType>? Types { get; init; }

    /// <summary>
    /// True: a predicted date range ("2009-2010", "Monday to July 19") is scored as its two ends, each with
    /// its own span and value, for gold written in a scheme that has no range expressions (TimeML annotates
    /// "2009-2010" as two dates). False (default): a range is one mention, as this library's schema has it.
    /// </summary>
    public bool SplitRanges { get; init; }
}

/// <summary>The score of one mention type over a corpus.</summary>
public sealed record TypeScore
{
    /// <summary>The mention type.</summary>
    public required MentionType Type { get; init; }

    /// <summary>Gold mentions.</summary>
    public int Gold { get; init; }

    /// <summary>Predicted mentions.</summary>
    public int Predicted { get; init; }

    /// <summary>Pairs matched by overlapping spans (greedy, best overlap first, each mention used once).</summary>
    public int Matched { get; init; }

    /// <summary>Predictions whose span equals a gold span exactly.</summary>
    public int ExactMatched { get; init; }

    /// <summary>
    /// Matched pairs whose values agree (dates: value equal ignoring case; distances: metres within 1 %;
    /// organisations: canonical equal ignoring case; quotations: speaker's last word equal ignoring case).
    /// A gold date or distance without a value agrees with any prediction (the corpus does not annotate values).
    /// </summary>
    public int ValueMatched { get; init; }

    /// <summary>Overlap precision.</summary>
    public double Precision => Predicted == 0 ? (Gold == 0 ? 1 : 0) : (double)Matched / Predicted;

    /// <summary>Overlap recall.</summary>
    public double Recall => Gold == 0 ? 1 : (double)Matched / Gold;

    /// <summary>Overlap F1.</summary>
    public double F1 => F(Precision, Recall);

    /// <summary>Exact-span precision.</summary>
    public double ExactPrecision => Predicted == 0 ? (Gold == 0 ? 1 : 0) : (double)ExactMatched / Predicted;

    /// <summary>Exact-span recall.</summary>
    public double ExactRecall => Gold == 0 ? 1 : (double)ExactMatched / Gold;

    /// <summary>Exact-span F1.</summary>
    public double ExactF1 => F(ExactPrecision, ExactRecall);

    /// <summary>Value accuracy over matched pairs (1 when nothing matched).</summary>
    public double ValueAccuracy => Matched == 0 ? 1 : (double)ValueMatched / Matched;

    /// <summary>Overlap F1 times value accuracy.</summary>
    public double ValueF1 => F1 * ValueAccuracy;

    private static double F(double p, double r) => p + r == 0 ? 0 : 2 * p * r / (p + r);
}

/// <summary>One scoring problem in one article: a gold mention missed, a prediction not in the gold, or a value that disagrees.</summary>
/// <param name="Article">The article id.</param>
/// <param name="Type">The mention type.</param>
/// <param name="Problem">miss, false-positive or value.</param>
/// <param name="Start">Start offset.</param>
/// <param name="End">End offset.</param>
/// <param name="Text">The mention text.</param>
/// <param name="Detail">The gold and predicted values, for value problems.</param>
public sealed record ScoreProblem(string Article, MentionType Type, string Problem, int Start, int End, string Text, string? Detail);

/// <summary>The scores of a corpus: per type, with the problems found in each article.</summary>
public sealed class ScoreReport
{
    internal ScoreReport(string corpus, int articles, bool bodyOnly, IReadOnlyList<TypeScore> types, IReadOnlyList<ScoreProblem> problems)
    {
        Corpus = corpus;
        Articles = articles;
        BodyOnly = bodyOnly;
        Types = types;
        Problems = problems;
    }

    /// <summary>The corpus name.</summary>
    public string Corpus { get; }

    /// <summary>The number of articles scored.</summary>
    public int Articles { get; }

    /// <summary>True when scored body-only.</summary>
    public bool BodyOnly { get; }

    /// <summary>The score of each type scored.</summary>
    public IReadOnlyList<TypeScore> Types { get; }

    /// <summary>Every miss, false positive and value disagreement.</summary>
    public IReadOnlyList<ScoreProblem> Problems { get; }

    /// <summary>The score of one type.</summary>
    /// <exception cref="KeyNotFoundException">The type was not scored.</exception>
    public TypeScore this[MentionType type]
    {
        get
        {
            foreach (TypeScore t in Types)
            {
                if (t.Type == type)
                {
                    return t;
                }
            }

            throw new KeyNotFoundException($"{type} was not scored.");
        }
    }

    /// <summary>A plain-text table of the scores.</summary>
    public string ToTable()
    {
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"corpus: {Corpus} ({Articles} articles), mode: {(BodyOnly ? "body-only" : "whole page")}\n");
        sb.Append("type           gold  pred     P      R     F1  exactF1  value-acc  value-F1\n");
        foreach (TypeScore t in Types)
        {
            sb.Append(CultureInfo.InvariantCulture, $"{t.Type.ToString().ToLowerInvariant(),-13} {t.Gold,5} {t.Predicted,5} {t.Precision,6:0.000} {t.Recall,6:0.000} {t.F1,6:0.000} {t.ExactF1,8:0.000} {t.ValueAccuracy,10:0.000} {t.ValueF1,9:0.000}\n");
        }

        return sb.ToString();
    }
}

/// <summary>
/// Scores predictions against gold: per type, precision/recall/F1 with overlap matching and with
/// exact-span matching, and value accuracy over matched pairs.
/// </summary>
public static class Scorer
{
    /// <summary>Runs a pipeline over a corpus and scores it.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static ScoreReport Evaluate(ExtractionPipeline pipeline, FixtureCorpus corpus, ScoringOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        ArgumentNullException.ThrowIfNull(corpus);
        var predictions = new ResultDocument[corpus.Articles.Count];
        Parallel.For(0, corpus.Articles.Count, new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            FixtureArticle a = corpus.Articles[i];
            predictions[i] = ExtractionJson.ToDocument(pipeline.Extract(a.ToArticle(), cancellationToken), a.Id);
        });
        return Score(corpus, predictions, options);
    }

    /// <summary>Runs one extractor (in a pipeline of its own, whole page) over a corpus and scores it.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="PipelineConfigurationException">The extractor depends on extractors that are not given.</exception>
    public static ScoreReport Evaluate(IExtractor extractor, FixtureCorpus corpus, ScoringOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(extractor);
        ExtractionPipeline pipeline = new ExtractionPipelineBuilder().Use(extractor)
            .WithOptions(o => o with { Scope = (options ?? ScoringOptions.Default).BodyOnly ? ExtractionScope.BodyOnly : ExtractionScope.WholePage })
            .Build();
        return Evaluate(pipeline, corpus, options, cancellationToken);
    }

    /// <summary>Scores predictions made elsewhere (one per article, in corpus order) against the corpus gold.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The counts differ.</exception>
    public static ScoreReport Score(FixtureCorpus corpus, IReadOnlyList<ResultDocument> predictions, ScoringOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        ArgumentNullException.ThrowIfNull(predictions);
        if (predictions.Count != corpus.Articles.Count)
        {
            throw new ArgumentException($"{predictions.Count} predictions for {corpus.Articles.Count} articles.", nameof(predictions));
        }

        options ??= ScoringOptions.Default;
        IReadOnlyList<MentionType> types = options.Types ?? [MentionType.Dates, MentionType.Distances, MentionType.Organisations, MentionType.Quotations];
        var problems = new List<ScoreProblem>();
        var scores = new List<TypeScore>();
        foreach (MentionType type in types)
        {
            var total = new Counts();
            for (int i = 0; i < corpus.Articles.Count; i++)
            {
                FixtureArticle article = corpus.Articles[i];
                if (!article.Annotates(type))
                {
                    continue;
                }

                List<MentionRecord> gold = Select(article.Gold, type, options.BodyOnly);
                List<MentionRecord> predicted = Select(predictions[i], type, bodyOnly: false);
                if (options.SplitRanges && type == MentionType.Dates)
                {
                    predicted = SplitRangeRecords(predicted);
                }

                ScoreArticle(article.Id, type, gold, predicted, total, problems);
            }

            scores.Add(new TypeScore { Type = type, Gold = total.Gold, Predicted = total.Predicted, Matched = total.Matched, ExactMatched = total.Exact, ValueMatched = total.Value });
        }

        return new ScoreReport(corpus.Name, corpus.Articles.Count, options.BodyOnly, scores, problems);
    }

    private sealed class Counts
    {
        public int Gold;
        public int Predicted;
        public int Matched;
        public int Exact;
        public int Value;
    }

    private static List<MentionRecord> Select(ResultDocument doc, MentionType type, bool bodyOnly)
    {
        IEnumerable<MentionRecord> all = type switch
        {
            MentionType.Dates => doc.Dates,
            MentionType.Distances => doc.Distances,
            MentionType.Organisations => doc.Organisations,
            _ => doc.Quotations,
        };
        var list = new List<MentionRecord>();
        foreach (MentionRecord m in all)
        {
            if (!bodyOnly || !m.Boilerplate)
            {
                list.Add(m);
            }
        }

        list.Sort(static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.End.CompareTo(b.End));
        return list;
    }

    /// <summary>The range connectors, longest first, that <see cref="ScoringOptions.SplitRanges"/> cuts a range's text at.</summary>
    private static readonly string[] RangeConnectors = [" through ", " until ", " till ", " and ", " to ", " - ", " \u2013 ", "\u2013", "\u2014", "-", "/"];

    private static List<MentionRecord> SplitRangeRecords(List<MentionRecord> records)
    {
        var result = new List<MentionRecord>(records.Count + 4);
        foreach (MentionRecord m in records)
        {
            if (m is DateRecord { Kind: "range", Value: string value } d && SplitRange(d, value) is (DateRecord from, DateRecord to))
            {
                result.Add(from);
                result.Add(to);
            }
            else
            {
                result.Add(m);
            }
        }

        return result;
    }

    /// <summary>Cuts "2009-2010" (value 2009/2010) into "2009" (2009) and "2010" (2010); null when the text has no connector.</summary>
    private static (DateRecord From, DateRecord To)? SplitRange(DateRecord d, string value)
    {
        int slash = value.IndexOf('/', StringComparison.Ordinal);
        if (slash <= 0 || slash == value.Length - 1)
        {
            return null;
        }

        string text = d.Text;
        foreach (string c in RangeConnectors)
        {
            int at = ConnectorAt(text, c);
            if (at <= 0 || at + c.Length >= text.Length)
            {
                continue;
            }

            string left = text[..at].TrimEnd();
            string right = text[(at + c.Length)..].TrimStart();
            int rightStart = d.Start + text.Length - right.Length;
            DateRecord from = d with { Kind = "date", End = d.Start + left.Length, Text = left, Value = value[..slash] };
            DateRecord to = d with { Kind = "date", Start = rightStart, Text = right, Value = value[(slash + 1)..] };
            return (from, to);
        }

        return null;
    }

    /// <summary>
    /// Where a range's text is cut at connector <paramref name="c"/>: a word connector at its first occurrence;
    /// a one-character dash or slash only when it occurs an odd number of times, at the middle one
    /// ("2009-2010", "July 8-19"; "2024-07-08-2024-07-19" at the third dash); -1 otherwise.
    /// </summary>
    private static int ConnectorAt(string text, string c)
    {
        if (c.Length > 1 && c[0] == ' ')
        {
            return text.IndexOf(c, 1, StringComparison.Ordinal);
        }

        int count = 0;
        for (int k = 1; k < text.Length; k++)
        {
            if (string.CompareOrdinal(text, k, c, 0, c.Length) == 0)
            {
                count++;
            }
        }

        if (count % 2 == 0)
        {
            return -1;
        }

        for (int k = 1, seen = 0; k < text.Length; k++)
        {
            if (string.CompareOrdinal(text, k, c, 0, c.Length) == 0 && seen++ == count / 2)
            {
                return k;
            }
        }

        return -1;
    }

    private static void ScoreArticle(string id, MentionType type, List<MentionRecord> gold, List<MentionRecord> predicted, Counts total, List<ScoreProblem> problems)
    {
        total.Gold += gold.Count;
        total.Predicted += predicted.Count;

        // Exact-span matches: each gold span used once.
        var exactPool = new Dictionary<(int, int), int>();
        foreach (MentionRecord g in gold)
        {
            exactPool[(g.Start, g.End)] = exactPool.GetValueOrDefault((g.Start, g.End)) + 1;
        }

        foreach (MentionRecord p in predicted)
        {
            if (exactPool.TryGetValue((p.Start, p.End), out int n) && n > 0)
            {
                exactPool[(p.Start, p.End)] = n - 1;
                total.Exact++;
            }
        }

        // Overlap matches: all overlapping pairs, best overlap first, each mention used once.
        var pairs = new List<(int Overlap, int Distance, int G, int P)>();
        int first = 0;
        for (int gi = 0; gi < gold.Count; gi++)
        {
            MentionRecord g = gold[gi];
            // Gold is sorted by start: a prediction that ends before this gold starts overlaps no later gold either.
            while (first < predicted.Count && predicted[first].End <= g.Start)
            {
                first++;
            }

            for (int pi = first; pi < predicted.Count && predicted[pi].Start < g.End; pi++)
            {
                MentionRecord p = predicted[pi];
                int overlap = Math.Min(g.End, p.End) - Math.Max(g.Start, p.Start);
                if (overlap > 0)
                {
                    pairs.Add((overlap, Math.Abs(g.Start - p.Start) + Math.Abs(g.End - p.End), gi, pi));
                }
            }
        }

        pairs.Sort(static (a, b) => a.Overlap != b.Overlap ? b.Overlap.CompareTo(a.Overlap) : a.Distance.CompareTo(b.Distance));
        var goldUsed = new bool[gold.Count];
        var predUsed = new bool[predicted.Count];
        foreach ((int _, int _, int gi, int pi) in pairs)
        {
            if (goldUsed[gi] || predUsed[pi])
            {
                continue;
            }

            goldUsed[gi] = true;
            predUsed[pi] = true;
            total.Matched++;
            if (ValuesAgree(type, gold[gi], predicted[pi], out string? detail))
            {
                total.Value++;
            }
            else
            {
                problems.Add(new ScoreProblem(id, type, "value", gold[gi].Start, gold[gi].End, gold[gi].Text, detail));
            }
        }

        for (int gi = 0; gi < gold.Count; gi++)
        {
            if (!goldUsed[gi])
            {
                problems.Add(new ScoreProblem(id, type, "miss", gold[gi].Start, gold[gi].End, gold[gi].Text, null));
            }
        }

        for (int pi = 0; pi < predicted.Count; pi++)
        {
            if (!predUsed[pi])
            {
                problems.Add(new ScoreProblem(id, type, "false-positive", predicted[pi].Start, predicted[pi].End, predicted[pi].Text, null));
            }
        }
    }

    /// <summary>True when a matched pair's values agree under the scoring rules.</summary>
    internal static bool ValuesAgree(MentionType type, MentionRecord gold, MentionRecord predicted, out string? detail)
    {
        detail = null;
        switch (type)
        {
            case MentionType.Dates:
            {
                string? g = ((DateRecord)gold).Value;
                string? p = ((DateRecord)predicted).Value;
                detail = $"gold {g ?? "null"}, predicted {p ?? "null"}";

                // A gold file without date values (IE-ER's TIMEX spans) does not score values.
                return g is null || string.Equals(g, p, StringComparison.OrdinalIgnoreCase);
            }

            case MentionType.Distances:
            {
                double? g = ((DistanceRecord)gold).Meters;
                double? p = ((DistanceRecord)predicted).Meters;
                detail = $"gold {Fmt(g)} m, predicted {Fmt(p)} m";
                if (g is null)
                {
                    return true; // no gold value: nothing to compare
                }

                if (p is null)
                {
                    return false;
                }

                return Math.Abs(g.Value - p.Value) <= 0.01 * Math.Abs(g.Value);
            }

            case MentionType.Organisations:
            {
                string? g = ((OrganisationRecord)gold).Canonical ?? gold.Text;
                string? p = ((OrganisationRecord)predicted).Canonical ?? predicted.Text;
                detail = $"gold {g}, predicted {p}";
                return string.Equals(g, p, StringComparison.OrdinalIgnoreCase);
            }

            default:
            {
                string? g = ((QuotationRecord)gold).Speaker;
                string? p = ((QuotationRecord)predicted).Speaker;
                detail = $"gold {g ?? "null"}, predicted {p ?? "null"}";
                return string.Equals(LastWord(g), LastWord(p), StringComparison.OrdinalIgnoreCase);
            }
        }
    }

    private static string Fmt(double? v) => v is null ? "null" : v.Value.ToString("0.###", CultureInfo.InvariantCulture);

    /// <summary>The last word of a name, without possessive or punctuation ("Kelly Grieco" → "Grieco").</summary>
    internal static string? LastWord(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        ReadOnlySpan<char> s = name.AsSpan().Trim();
        int end = s.Length;
        while (end > 0 && !char.IsLetterOrDigit(s[end - 1]))
        {
            end--;
        }

        int start = end;
        while (start > 0 && !char.IsWhiteSpace(s[start - 1]))
        {
            start--;
        }

        return s[start..end].ToString();
    }
}
