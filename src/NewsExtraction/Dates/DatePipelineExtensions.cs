using NewsExtraction.Dates;

namespace NewsExtraction;

/// <summary>Registers the date extractor.</summary>
public static class DatePipelineExtensions
{
    /// <summary>Adds the <see cref="DateExtractor"/> (name <c>dates</c>): every date and time expression, resolved against the publication date.</summary>
    /// <param name="builder">The pipeline builder.</param>
    /// <param name="options">The extractor's options; null for <see cref="DateExtractorOptions.Default"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> is null.</exception>
    public static ExtractionPipelineBuilder UseDates(this ExtractionPipelineBuilder builder, DateExtractorOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.Use(new DateExtractor(options));
    }
}
