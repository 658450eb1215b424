namespace NewsExtraction;

/// <summary>Registers the built-in extractors.</summary>
public static class BuiltInExtractors
{
    /// <summary>Adds every built-in extractor (the set <see cref="ExtractionPipeline.Default"/> uses).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> is null.</exception>
    public static ExtractionPipelineBuilder UseDefaults(this ExtractionPipelineBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.UseDates().UseDistances().UseOrganisations().UseQuotations();
    }
}
