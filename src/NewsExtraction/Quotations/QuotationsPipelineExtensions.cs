using NewsExtraction.Quotations;

namespace NewsExtraction;

/// <summary>Registers the <see cref="QuotationExtractor"/>.</summary>
public static class QuotationsPipelineExtensions
{
    /// <summary>Adds the quotation extractor ("quotations"). It runs after "organisations" when that extractor is present.</summary>
    /// <param name="builder">The pipeline builder.</param>
    /// <param name="options">The extractor's options; null means the defaults.</param>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> is null.</exception>
    public static ExtractionPipelineBuilder UseQuotations(this ExtractionPipelineBuilder builder, QuotationExtractorOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.Use(new QuotationExtractor(options));
    }
}
