using NewsExtraction.Quotations;

namespace NewsExtraction.Tests.Quotations;

internal static class QuoteTestHelper
{
    private static readonly ExtractionPipeline Pipeline = new ExtractionPipelineBuilder()
        .UseQuotations()
        .WithOptions(o => o with { Scope = ExtractionScope.WholePage })
        .Build();

    public static List<QuotationMention> Quotes(string text, ExtractionPipeline? pipeline = null) =>
        (pipeline ?? Pipeline).Extract(new Article(text, new DateOnly(2024, 7, 11))).Mentions.OfType<QuotationMention>().ToList();

    public static QuotationMention Single(string text, ExtractionPipeline? pipeline = null)
    {
        List<QuotationMention> all = Quotes(text, pipeline);
        Assert.True(all.Count == 1, $"expected one quotation, got {all.Count}: " + string.Join(" | ", all.Select(q => q.Text)));
        return all[0];
    }

    /// <summary>The speaker a scorer would read: the full name when known, else the name as written.</summary>
    public static string? Who(QuotationMention q) => q.SpeakerFullName ?? q.Speaker;
}
