using System.Diagnostics;
using System.Text;
using System.Text.Json;
using NewsExtraction.Fixtures;
using NewsExtraction.Serialization;

namespace NewsExtraction.Cli;

/// <summary>The predictions an eval scores: extracted now (timed), or read from result files.</summary>
internal sealed class EvalRun
{
    private EvalRun(IReadOnlyList<ResultDocument> predictions, TimeSpan? elapsed, TimeSpan? firstUse, int threads)
    {
        Predictions = predictions;
        Elapsed = elapsed;
        FirstUse = firstUse;
        Threads = threads;
    }

    public IReadOnlyList<ResultDocument> Predictions { get; }

    /// <summary>Wall-clock time of one extraction pass over the corpus (the mean of the timed passes).</summary>
    public TimeSpan? Elapsed { get; }

    /// <summary>Building the pipeline plus the first article's extraction, in this process.</summary>
    public TimeSpan? FirstUse { get; }

    public int Threads { get; }

    /// <summary>The UTF-8 size of the corpus texts.</summary>
    public long Utf8Bytes { get; private init; }

    public static EvalRun Extract(FixtureCorpus corpus, bool bodyOnly, int threads, bool warmup)
    {
        var sw = Stopwatch.StartNew();
        ExtractionPipeline pipeline = new ExtractionPipelineBuilder().UseDefaults()
            .WithOptions(o => o with { Scope = bodyOnly ? ExtractionScope.BodyOnly : ExtractionScope.WholePage })
            .Build();
        if (corpus.Articles.Count > 0)
        {
            pipeline.Extract(corpus.Articles[0].ToArticle());
        }

        TimeSpan firstUse = sw.Elapsed;
        var predictions = new ResultDocument[corpus.Articles.Count];
        var options = new ParallelOptions { MaxDegreeOfParallelism = threads };
        if (warmup)
        {
            // Steady state: tiered JIT with dynamic PGO needs a few hundred calls and some seconds
            // (tier 0, instrumented tier, tier 1) before the hot paths are optimised: 3 s of passes.
            var warm = Stopwatch.StartNew();
            for (int pass = 0; pass < 2 || warm.Elapsed < TimeSpan.FromSeconds(3); pass++)
            {
                Parallel.For(0, corpus.Articles.Count, options, i => pipeline.Extract(corpus.Articles[i].ToArticle()));
            }
        }

        // Timed: whole passes over the corpus until at least one second has passed (one pass at least).
        var results = new ExtractionResult[corpus.Articles.Count];
        int passes = 0;
        sw.Restart();
        do
        {
            Parallel.For(0, corpus.Articles.Count, options, i => results[i] = pipeline.Extract(corpus.Articles[i].ToArticle()));
            passes++;
        }
        while (warmup && sw.Elapsed < TimeSpan.FromSeconds(1));

        TimeSpan elapsed = sw.Elapsed / passes;
        for (int i = 0; i < results.Length; i++)
        {
            predictions[i] = ExtractionJson.ToDocument(results[i], corpus.Articles[i].Id);
        }

        long bytes = 0;
        foreach (FixtureArticle a in corpus.Articles)
        {
            bytes += Encoding.UTF8.GetByteCount(a.Text);
        }

        return new EvalRun(predictions, elapsed, firstUse, threads) { Utf8Bytes = bytes };
    }

    public static EvalRun FromFiles(FixtureCorpus corpus, string directory)
    {
        if (!Directory.Exists(directory))
        {
            throw new CliException($"predictions folder '{directory}' not found", CliApp.BadInput);
        }

        var predictions = new ResultDocument[corpus.Articles.Count];
        for (int i = 0; i < corpus.Articles.Count; i++)
        {
            string id = corpus.Articles[i].Id;
            string file = Path.Combine(directory, SafeName(id) + ".json");
            if (!File.Exists(file))
            {
                predictions[i] = new ResultDocument { Id = id };
                continue;
            }

            try
            {
                predictions[i] = ExtractionJson.Deserialize(File.ReadAllText(file, Encoding.UTF8));
            }
            catch (JsonException ex)
            {
                throw new CliException($"'{file}': malformed result JSON ({ex.Message})", CliApp.BadInput);
            }
        }

        return new EvalRun(predictions, null, null, 0);
    }

    /// <summary>The file name a prediction for <paramref name="id"/> is stored under (path separators and '#' replaced).</summary>
    public static string SafeName(string id)
    {
        var sb = new StringBuilder(id.Length);
        foreach (char c in id)
        {
            sb.Append(c is '/' or '\\' or '#' or ':' ? '_' : c);
        }

        return sb.ToString();
    }
}
