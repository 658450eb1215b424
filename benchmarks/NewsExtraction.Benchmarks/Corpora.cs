using System.Text;

namespace NewsExtraction.Benchmarks;

/// <summary>The inputs: the seed articles, and generated corpora of seed paragraphs shuffled deterministically.</summary>
internal static class Corpora
{
    private static readonly Lazy<string[]> SeedTexts = new(() =>
    {
        string dir = Path.Combine(AppContext.BaseDirectory, "seeds");
        string[] files = Directory.GetFiles(dir, "*.txt");
        Array.Sort(files, StringComparer.Ordinal);
        return files.Select(File.ReadAllText).ToArray();
    });

    public static string[] SeedNames => Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "seeds"), "*.txt")
        .Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal).ToArray()!;

    public static string[] Seeds => SeedTexts.Value;

    public static string Seed(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "seeds", name + ".txt"));

    /// <summary>About <paramref name="bytes"/> UTF-8 bytes of seed paragraphs in a fixed pseudo-random order (seed 42).</summary>
    public static string Generated(int bytes)
    {
        var paragraphs = Seeds.SelectMany(t => t.Split("\n\n", StringSplitOptions.RemoveEmptyEntries)).ToArray();
        var random = new Random(42);
        var sb = new StringBuilder(bytes + 4096);
        while (Encoding.UTF8.GetByteCount(sb.ToString()) < bytes)
        {
            for (int i = 0; i < 64; i++)
            {
                sb.Append(paragraphs[random.Next(paragraphs.Length)]).Append("\n\n");
            }
        }

        return sb.ToString();
    }

    public static long Utf8Bytes(string s) => Encoding.UTF8.GetByteCount(s);

    /// <summary>Runs the pipeline over every article; returns the mention count (so the work is not optimised away).</summary>
    public static int ExtractAll(ExtractionPipeline pipeline, Article[] articles)
    {
        int n = 0;
        foreach (Article a in articles)
        {
            n += pipeline.Extract(a).Count;
        }

        return n;
    }

    public static ExtractionPipeline Pipeline(string extractors) => extractors switch
    {
        "analysis" => new ExtractionPipelineBuilder().Build(),
        "dates" => new ExtractionPipelineBuilder().UseDates().Build(),
        "distances" => new ExtractionPipelineBuilder().UseDistances().Build(),
        "organisations" => new ExtractionPipelineBuilder().UseOrganisations().Build(),
        "quotations" => new ExtractionPipelineBuilder().UseQuotations().Build(),
        "full" => new ExtractionPipelineBuilder().UseDefaults().Build(),
        _ => throw new ArgumentException("unknown extractor set " + extractors),
    };
}
