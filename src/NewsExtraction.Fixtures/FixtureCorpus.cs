using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.Json;
using NewsExtraction.Serialization;

namespace NewsExtraction.Fixtures;

/// <summary>One article of a fixture corpus: its text and its gold annotation.</summary>
public sealed class FixtureArticle
{
    /// <summary>Creates a fixture article.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public FixtureArticle(string id, string text, ResultDocument gold)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(gold);
        Id = id;
        Text = text;
        Gold = gold;
        if (gold.ReferenceDate is { } d && DateOnly.TryParseExact(d, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly date))
        {
            ReferenceDate = date;
        }
    }

    /// <summary>The article's identifier (its file name without extension).</summary>
    public string Id { get; }

    /// <summary>The article text, exactly as annotated.</summary>
    public string Text { get; }

    /// <summary>The gold annotation.</summary>
    public ResultDocument Gold { get; }

    /// <summary>The publication date from the gold, when it has one.</summary>
    public DateOnly? ReferenceDate { get; }

    /// <summary>True when the gold annotates mentions of <paramref name="type"/> (dates, distances, organisations, quotations).</summary>
    public bool Annotates(MentionType type)
    {
        if (Gold.AnnotatedTypes is null)
        {
            return true;
        }

        string name = type.ToString();
        foreach (string t in Gold.AnnotatedTypes)
        {
            if (string.Equals(t, name, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The article as pipeline input, with the gold publication date.</summary>
    public Article ToArticle() => new(Text, ReferenceDate, Id);

    /// <inheritdoc/>
    public override string ToString() => Id;
}

/// <summary>The four mention types the scorer measures.</summary>
public enum MentionType
{
    /// <summary>Dates and times.</summary>
    Dates,

    /// <summary>Distances.</summary>
    Distances,

    /// <summary>Organisations.</summary>
    Organisations,

    /// <summary>Quotations.</summary>
    Quotations,
}

/// <summary>
/// A set of articles with gold annotations: the embedded seed corpus (<see cref="Seeds"/>), or any
/// folder of <c>name.txt</c> + <c>name.json</c> (or <c>name.gold.json</c>) pairs in the schema of
/// docs/output-schema.md (<see cref="Load"/>), or Recognizers-Text spec JSONL (<see cref="LoadRecognizersSpecs"/>).
/// </summary>
public sealed class FixtureCorpus
{
    private static readonly Lazy<FixtureCorpus> SeedCorpus = new(LoadSeeds, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Creates a corpus from articles.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public FixtureCorpus(string name, IReadOnlyList<FixtureArticle> articles)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(articles);
        Name = name;
        Articles = articles;
    }

    /// <summary>The corpus name.</summary>
    public string Name { get; }

    /// <summary>The articles, in a stable order.</summary>
    public IReadOnlyList<FixtureArticle> Articles { get; }

    /// <summary>The five seed articles with their hand-made gold, embedded in this package.</summary>
    public static FixtureCorpus Seeds => SeedCorpus.Value;

    /// <summary>
    /// Loads a folder of articles: every <c>X.txt</c> with a gold file <c>X.gold.json</c> or <c>X.json</c>
    /// beside it (a <c>docs/</c> subfolder is used when the folder itself has none).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="directory"/> is null.</exception>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    /// <exception cref="FixtureFormatException">A gold file is malformed or its offsets do not fit its text.</exception>
    public static FixtureCorpus Load(string directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        if (!Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException($"The corpus folder '{directory}' does not exist.");
        }

        string dir = directory;
        if (Directory.GetFiles(dir, "*.txt").Length == 0 && Directory.Exists(Path.Combine(dir, "docs")))
        {
            dir = Path.Combine(dir, "docs");
        }

        var articles = new List<FixtureArticle>();
        string[] texts = Directory.GetFiles(dir, "*.txt");
        Array.Sort(texts, StringComparer.Ordinal);
        foreach (string txt in texts)
        {
            string stem = Path.Combine(dir, Path.GetFileNameWithoutExtension(txt));
            string? gold = File.Exists(stem + ".gold.json") ? stem + ".gold.json" : File.Exists(stem + ".json") ? stem + ".json" : null;
            if (gold is null)
            {
                continue;
            }

            string id = Path.GetFileNameWithoutExtension(txt);
            articles.Add(Parse(id, File.ReadAllText(txt, Encoding.UTF8), File.ReadAllText(gold, Encoding.UTF8), gold));
        }

        return new FixtureCorpus(new DirectoryInfo(directory).Name, articles);
    }

    /// <summary>
    /// Loads Recognizers-Text spec cases converted to JSONL (dates.jsonl or distances.jsonl of the
    /// shared benchmarks): each case becomes a one-line article whose gold holds the expected mentions.
    /// For dates only model-level, default-mode, en-US cases with a reference date are kept.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="FixtureFormatException">A line is malformed.</exception>
    public static FixtureCorpus LoadRecognizersSpecs(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"The spec file '{path}' does not exist.", path);
        }

        bool isDistances = Path.GetFileName(path).Contains("distance", StringComparison.OrdinalIgnoreCase);
        var articles = new List<FixtureArticle>();
        int lineNo = 0;
        foreach (string line in File.ReadLines(path))
        {
            lineNo++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            try
            {
                using JsonDocument doc = JsonDocument.Parse(line);
                JsonElement root = doc.RootElement;
                string input = root.GetProperty("input").GetString() ?? string.Empty;
                string id = $"{root.GetProperty("spec").GetString()}#{root.GetProperty("index").GetInt32()}";
                if (isDistances)
                {
                    var distances = new List<DistanceRecord>();
                    foreach (JsonElement e in root.GetProperty("expected").EnumerateArray())
                    {
                        distances.Add(new DistanceRecord
                        {
                            Start = e.GetProperty("start").GetInt32(), End = e.GetProperty("end").GetInt32(), Text = e.GetProperty("text").GetString() ?? string.Empty,
                            Value = e.TryGetProperty("value", out JsonElement v) && v.ValueKind == JsonValueKind.Number ? v.GetDouble() : null,
                            Unit = e.TryGetProperty("unit", out JsonElement u) ? u.GetString() : null,
                            Meters = e.TryGetProperty("meters", out JsonElement m) && m.ValueKind == JsonValueKind.Number ? m.GetDouble() : null,
                        });
                    }

                    articles.Add(new FixtureArticle(id, input, new ResultDocument { Id = id, AnnotatedTypes = ["distances"], Distances = distances }));
                }
                else
                {
                    if (root.GetProperty("level").GetString() != "model" || root.GetProperty("mode").GetString() != "default"
                        || root.GetProperty("culture").GetString() != "en-US" || root.GetProperty("reference").ValueKind != JsonValueKind.String)
                    {
                        continue;
                    }

                    string reference = root.GetProperty("reference").GetString()![..10];
                    var dates = new List<DateRecord>();
                    foreach (JsonElement e in root.GetProperty("expected").EnumerateArray())
                    {
                        dates.Add(new DateRecord
                        {
                            Start = e.GetProperty("start").GetInt32(), End = e.GetProperty("end").GetInt32(), Text = e.GetProperty("text").GetString() ?? string.Empty,
                            Kind = e.TryGetProperty("type", out JsonElement t) ? t.GetString() : null,
                            Value = e.TryGetProperty("timex", out JsonElement x) && x.ValueKind == JsonValueKind.String ? RangeAsInterval(x.GetString()!) : null,
                        });
                    }

                    articles.Add(new FixtureArticle(id, input, new ResultDocument { Id = id, ReferenceDate = reference, AnnotatedTypes = ["dates"], Dates = dates }));
                }
            }
            catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
            {
                throw new FixtureFormatException($"{path}:{lineNo}: not a Recognizers spec case ({ex.Message})", ex);
            }
        }

        return new FixtureCorpus(Path.GetFileNameWithoutExtension(path), articles);
    }

    /// <summary>
    /// The spec writes a range as "(start,end,duration)" ("(2016-11-07T14,2016-11-07T16,PT2H)"); this library writes
    /// "start/end" with minutes on clock times ("2016-11-07T14:00/2016-11-07T16:00"). Only the notation is translated;
    /// every other timex is kept as written.
    /// </summary>
    internal static string RangeAsInterval(string timex)
    {
        if (timex.Length < 5 || timex[0] != '(' || timex[^1] != ')')
        {
            return timex;
        }

        string[] parts = timex[1..^1].Split(',');
        return parts.Length == 3 ? $"{WithMinutes(parts[0])}/{WithMinutes(parts[1])}" : timex;

        static string WithMinutes(string point)
        {
            int t = point.IndexOf('T', StringComparison.Ordinal);
            return t >= 0 && point.Length - t == 3 && char.IsAsciiDigit(point[^1]) && char.IsAsciiDigit(point[^2]) ? point + ":00" : point;
        }
    }

    /// <summary>Parses one gold file and checks its offsets against the text.</summary>
    /// <exception cref="FixtureFormatException">The JSON is malformed or an offset does not fit the text.</exception>
    public static FixtureArticle Parse(string id, string text, string goldJson, string? goldName = null)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(goldJson);
        ResultDocument gold;
        try
        {
            gold = ExtractionJson.Deserialize(goldJson);
        }
        catch (JsonException ex)
        {
            throw new FixtureFormatException($"{goldName ?? id}: malformed gold JSON ({ex.Message})", ex);
        }

        CheckSpans(goldName ?? id, text, gold.Dates);
        CheckSpans(goldName ?? id, text, gold.Distances);
        CheckSpans(goldName ?? id, text, gold.Organisations);
        CheckSpans(goldName ?? id, text, gold.Quotations);
        return new FixtureArticle(id, text, gold);
    }

    private static void CheckSpans<T>(string name, string text, IReadOnlyList<T> mentions)
        where T : MentionRecord
    {
        foreach (T m in mentions)
        {
            if (m.Start < 0 || m.End < m.Start || m.End > text.Length)
            {
                throw new FixtureFormatException($"{name}: span [{m.Start}..{m.End}) of '{m.Text}' does not fit a text of length {text.Length}.");
            }

            if (!text.AsSpan(m.Start, m.End - m.Start).SequenceEqual(m.Text))
            {
                throw new FixtureFormatException($"{name}: span [{m.Start}..{m.End}) reads '{text.Substring(m.Start, m.End - m.Start)}', the gold says '{m.Text}'.");
            }
        }
    }

    private static FixtureCorpus LoadSeeds()
    {
        Assembly assembly = typeof(FixtureCorpus).Assembly;
        const string prefix = "NewsExtraction.Fixtures.Seeds.";
        var names = new List<string>();
        foreach (string resource in assembly.GetManifestResourceNames())
        {
            if (resource.StartsWith(prefix, StringComparison.Ordinal) && resource.EndsWith(".txt", StringComparison.Ordinal))
            {
                names.Add(resource[prefix.Length..^4]);
            }
        }

        names.Sort(StringComparer.Ordinal);
        var articles = new List<FixtureArticle>(names.Count);
        foreach (string name in names)
        {
            articles.Add(Parse(name, Read(assembly, prefix + name + ".txt"), Read(assembly, prefix + name + ".gold.json"), name + ".gold.json"));
        }

        if (articles.Count == 0)
        {
            throw new InvalidOperationException("The seed corpus is missing from the NewsExtraction.Fixtures assembly; the package is damaged.");
        }

        return new FixtureCorpus("seeds", articles);
    }

    private static string Read(Assembly assembly, string resource)
    {
        using Stream stream = assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The embedded fixture '{resource}' is missing; the package is damaged.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}

/// <summary>A gold file or spec line is malformed, or its offsets do not fit its text.</summary>
public sealed class FixtureFormatException : FormatException
{
    /// <summary>Creates the exception with a message naming the file and the problem.</summary>
    public FixtureFormatException(string message) : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the underlying cause.</summary>
    public FixtureFormatException(string message, Exception innerException) : base(message, innerException)
    {
    }

    /// <summary>Creates the exception with a default message.</summary>
    public FixtureFormatException() : base("The fixture is malformed.")
    {
    }
}
