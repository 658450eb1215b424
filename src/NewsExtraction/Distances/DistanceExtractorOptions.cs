namespace NewsExtraction.Distances;

/// <summary>Options of the <see cref="DistanceExtractor"/>.</summary>
public sealed record DistanceExtractorOptions
{
    /// <summary>The options used when none are given.</summary>
    public static DistanceExtractorOptions Default { get; } = new();

    /// <summary>
    /// Also report vague distances that state no number ("mere miles away", "a stone's throw", "a few kilometres"),
    /// with a null <see cref="DistanceMention.Value"/> and <see cref="DistanceMention.Metres"/>. Default: false.
    /// </summary>
    public bool IncludeVague { get; init; }
}
