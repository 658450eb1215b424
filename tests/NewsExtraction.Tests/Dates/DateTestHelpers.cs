using NewsExtraction.Dates;

namespace NewsExtraction.Tests.Dates;

internal static class DateTestHelpers
{
    public static IReadOnlyList<DateMention> Extract(string text, string reference = "2024-07-08", DateExtractorOptions? options = null)
    {
        ExtractionPipeline pipeline = new ExtractionPipelineBuilder()
            .UseDates(options)
            .WithOptions(o => o with { Scope = ExtractionScope.WholePage })
            .Build();
        return pipeline.Extract(new Article(text, DateOnly.Parse(reference, System.Globalization.CultureInfo.InvariantCulture))).Dates;
    }

    /// <summary>The single mention whose text is <paramref name="span"/>; fails when absent.</summary>
    public static DateMention Single(IReadOnlyList<DateMention> found, string span)
    {
        foreach (DateMention m in found)
        {
            if (m.Text == span)
            {
                return m;
            }
        }

        Assert.Fail($"No mention '{span}'; found: {string.Join(" | ", found.Select(m => $"'{m.Text}'={m.Value}"))}");
        return null!;
    }
}
