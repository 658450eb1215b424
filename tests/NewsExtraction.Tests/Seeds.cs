namespace NewsExtraction.Tests;

/// <summary>The seed articles, read from the test output folder (copied from the repository's seeds/).</summary>
internal static class Seeds
{
    public const string S000 = "000_a59041e354070abc";
    public const string S001 = "001_09e1121c14beb817";
    public const string S002 = "002_b279a4b0959924ba";
    public const string S003 = "003_97a355b0fb157bda";
    public const string S004 = "004_ad776cbc1b6960fa";

    public static readonly string[] All = [S000, S001, S002, S003, S004];

    public static string Text(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "seeds", name + ".txt"));

    /// <summary>The repository root (the folder holding the solution), found from the test output folder.</summary>
    public static string RepositoryRoot
    {
        get
        {
            string? dir = AppContext.BaseDirectory;
            while (dir is not null && !File.Exists(Path.Combine(dir, "NewsExtraction.slnx")))
            {
                dir = Path.GetDirectoryName(dir);
            }

            return dir ?? throw new InvalidOperationException("The repository root (NewsExtraction.slnx) was not found above " + AppContext.BaseDirectory);
        }
    }

    /// <summary>The shared benchmark folder beside the repository (../shared/benchmarks), or null when absent.</summary>
    public static string? SharedBenchmarks
    {
        get
        {
            string p = Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "benchmarks"));
            return Directory.Exists(p) ? p : null;
        }
    }
}
