using NewsExtraction.Distances;

namespace NewsExtraction;

/// <summary>Adds the <see cref="DistanceExtractor"/> to a pipeline.</summary>
public static class DistancePipelineExtensions
{
    /// <summary>Adds the distance extractor ("distances").</summary>
    /// <param name="builder">The pipeline builder.</param>
    /// <param name="options">Its options; null for the defaults.</param>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> is null.</exception>
    public static ExtractionPipelineBuilder UseDistances(this ExtractionPipelineBuilder builder, DistanceExtractorOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.Use(new DistanceExtractor(options));
    }
}
