namespace NewsExtraction.Distances;

/// <summary>
/// Finds lengths and distances ("130 miles from Warsaw", "some 40 miles", "a 5-km stretch", "5 feet 2 inches",
/// "20 to 30 km", "130 miles (210 km)") and normalises them to metres, with the qualifier ("about", "more than"),
/// what the distance is measured from, and any parenthetical conversion. Stateless and thread-safe.
/// </summary>
public sealed class DistanceExtractor : IExtractor
{
    /// <summary>The extractor's name, written on every mention it produces.</summary>
    public const string ExtractorName = "distances";

    /// <summary>Creates the extractor.</summary>
    /// <param name="options">Its options; null for <see cref="DistanceExtractorOptions.Default"/>.</param>
    public DistanceExtractor(DistanceExtractorOptions? options = null)
    {
        Options = options ?? DistanceExtractorOptions.Default;
    }

    /// <summary>The options the extractor was created with.</summary>
    public DistanceExtractorOptions Options { get; }

    /// <inheritdoc/>
    public string Name => ExtractorName;

    /// <inheritdoc/>
    public IReadOnlyList<string> DependsOn => Array.Empty<string>();

    /// <inheritdoc/>
    /// <exception cref="ArgumentNullException"><paramref name="context"/> is null.</exception>
    public void Extract(ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (DistanceMention m in DistanceScanner.Scan(context.Text, Options, Name, context.CancellationToken))
        {
            context.Add(m);
        }
    }

    /// <summary>Finds the distances in a text directly, without a pipeline (no layout, no boilerplate flags).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public IReadOnlyList<DistanceMention> Find(string text, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        return DistanceScanner.Scan(text, Options, Name, cancellationToken);
    }
}
