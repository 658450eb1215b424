using NewsExtraction.Organisations;

namespace NewsExtraction;

/// <summary>Adds the organisation extractor to a pipeline.</summary>
public static class OrganisationPipelineExtensions
{
    /// <summary>Adds the <see cref="OrganisationExtractor"/> (name <c>organisations</c>).</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="options">The extractor's options; null for the defaults.</param>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> is null.</exception>
    public static ExtractionPipelineBuilder UseOrganisations(this ExtractionPipelineBuilder builder, OrganisationExtractorOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.Use(new OrganisationExtractor(options));
    }
}
