using BenchmarkDotNet.Attributes;
using NewsExtraction.Text;

namespace NewsExtraction.Benchmarks;

/// <summary>Each extractor alone (after the shared analysis) and the full default pipeline, over the whole seed corpus.</summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class SeedCorpusBenchmarks
{
    private ExtractionPipeline _pipeline = null!;
    private Article[] _articles = null!;

    [Params("analysis", "dates", "distances", "organisations", "quotations", "full")]
    public string Extractors { get; set; } = "full";

    [GlobalSetup]
    public void Setup()
    {
        _pipeline = Corpora.Pipeline(Extractors);
        _articles = Corpora.Seeds.Select(t => new Article(t)).ToArray();
    }

    [Benchmark]
    public int SeedCorpus() => Corpora.ExtractAll(_pipeline, _articles);
}

/// <summary>The full pipeline on each seed article.</summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class PerSeedBenchmarks
{
    private ExtractionPipeline _pipeline = null!;
    private Article _article = null!;

    public static IEnumerable<string> SeedNames => Corpora.SeedNames;

    [ParamsSource(nameof(SeedNames))]
    public string Seed { get; set; } = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        _pipeline = Corpora.Pipeline("full");
        string text = Corpora.Seed(Seed);
        _article = new Article(text);
    }

    [Benchmark]
    public int Article() => _pipeline.Extract(_article).Count;
}

/// <summary>Cost against input size: 10 KB to 10 MB of shuffled seed paragraphs (must be linear).</summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class ScalingBenchmarks
{
    private ExtractionPipeline _pipeline = null!;
    private Article _article = null!;

    [Params(10_000, 100_000, 1_000_000, 10_000_000)]
    public int Bytes { get; set; }

    [Params("analysis", "full")]
    public string Extractors { get; set; } = "full";

    [GlobalSetup]
    public void Setup()
    {
        _pipeline = Corpora.Pipeline(Extractors);
        string text = Corpora.Generated(Bytes);
        _article = new Article(text);
    }

    [Benchmark]
    public int Generated() => _pipeline.Extract(_article).Count;
}

/// <summary>Throughput of one shared pipeline used from all cores at once (100 articles per operation).</summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class ParallelThroughputBenchmarks
{
    private ExtractionPipeline _pipeline = null!;
    private Article[] _articles = null!;

    [GlobalSetup]
    public void Setup()
    {
        _pipeline = Corpora.Pipeline("full");
        _articles = Enumerable.Range(0, 100).Select(i => new Article(Corpora.Seeds[i % Corpora.Seeds.Length])).ToArray();
    }

    [Benchmark]
    public int ParallelArticles()
    {
        int total = 0;
        Parallel.ForEach(_articles, a => Interlocked.Add(ref total, _pipeline.Extract(a).Count));
        return total;
    }
}

/// <summary>Pathological inputs: must stay linear (compare with ScalingBenchmarks at 1 MB).</summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class PathologicalBenchmarks
{
    private ExtractionPipeline _pipeline = null!;
    private Article _article = null!;

    [Params("digits-punctuation-1MB", "quote-marks-100k", "alternating-marks-1MB", "from-from-1MB", "random-unicode-1MB")]
    public string Input { get; set; } = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        _pipeline = Corpora.Pipeline("full");
        _article = new Article(Make(Input));
    }

    [Benchmark]
    public int Pathological() => _pipeline.Extract(_article).Count;

    public static string Make(string input)
    {
        var random = new Random(7);
        return input switch
        {
            "digits-punctuation-1MB" => new string(Enumerable.Range(0, 1_000_000).Select(_ => "0123456789.,-/:()"[random.Next(17)]).ToArray()),
            "quote-marks-100k" => new string('"', 100_000),
            "alternating-marks-1MB" => string.Concat(Enumerable.Repeat("“a” «b» 'c' „d“ ", 1_000_000 / 16)),
            "from-from-1MB" => string.Concat(Enumerable.Repeat("from ", 200_000)),
            _ => new string(Enumerable.Range(0, 1_000_000).Select(_ => (char)random.Next(0x20, 0xD7FF)).ToArray()),
        };
    }
}

/// <summary>Only the shared text analysis (tokens, sentences, layout), to compare the body-detection share.</summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class AnalysisBenchmarks
{
    private string[] _texts = null!;
    private (string Text, List<TextSpan> Lines, List<TextSpan> Paragraphs)[] _analysed = null!;

    [GlobalSetup]
    public void Setup()
    {
        _texts = Corpora.Seeds;
        _analysed = _texts.Select(t =>
        {
            var d = AnalyzedDocument.Analyze(t);
            return (t, d.Lines.ToList(), d.Paragraphs.ToList());
        }).ToArray();
    }

    [Benchmark]
    public int AnalyzeSeedCorpus()
    {
        int n = 0;
        foreach (string t in _texts)
        {
            n += AnalyzedDocument.Analyze(t).Sentences.Count;
        }

        return n;
    }

    [Benchmark]
    public int BodyDetectionSeedCorpus()
    {
        int n = 0;
        foreach (var (text, lines, paragraphs) in _analysed)
        {
            n += BodyDetector.Detect(text, lines, paragraphs).Blocks.Count;
        }

        return n;
    }
}
