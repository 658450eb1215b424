using BenchmarkDotNet.Attributes;

namespace NewsExtraction.Benchmarks;

/// <summary>
/// The organisations extractor and the full pipeline over the English Worldwide Newswire evaluation set
/// (1,032 modern articles, read from the shared benchmarks folder, never copied into the repository).
/// The folder is found through the environment variable <c>NEWSEXTRACTION_SHARED_BENCHMARKS</c>, else by
/// looking for <c>shared/benchmarks</c> beside the working directory or one of its parents.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class NewswireBenchmarks
{
    private ExtractionPipeline _pipeline = null!;
    private Article[] _articles = null!;

    [Params("organisations", "full")]
    public string Extractors { get; set; } = "full";

    [GlobalSetup]
    public void Setup()
    {
        _pipeline = Corpora.Pipeline(Extractors);
        _articles = Texts.Value.Select(t => new Article(t)).ToArray();
    }

    [Benchmark]
    public int Newswire() => Corpora.ExtractAll(_pipeline, _articles);

    /// <summary>The article texts, in file-name order.</summary>
    internal static readonly Lazy<string[]> Texts = new(() =>
    {
        string dir = Path.Combine(SharedBenchmarks(), "worldwide-newswire", "docs");
        string[] files = Directory.GetFiles(dir, "*.txt");
        Array.Sort(files, StringComparer.Ordinal);
        return files.Select(File.ReadAllText).ToArray();
    });

    private static string SharedBenchmarks()
    {
        string? env = Environment.GetEnvironmentVariable("NEWSEXTRACTION_SHARED_BENCHMARKS");
        if (!string.IsNullOrEmpty(env) && Directory.Exists(env))
        {
            return env;
        }

        for (DirectoryInfo? d = new(Directory.GetCurrentDirectory()); d is not null; d = d.Parent)
        {
            string candidate = Path.Combine(d.FullName, "shared", "benchmarks");
            if (Directory.Exists(Path.Combine(candidate, "worldwide-newswire")))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("worldwide-newswire not found: set NEWSEXTRACTION_SHARED_BENCHMARKS to the shared benchmarks folder.");
    }
}
