using NewsExtraction.Text;

namespace NewsExtraction.Dates;

/// <summary>A publication date found in an article's header or dateline.</summary>
/// <param name="Date">The date.</param>
/// <param name="Span">Where it stands in the text.</param>
internal readonly record struct DetectedPublicationDate(DateOnly Date, TextSpan Span);

/// <summary>Finds the publication date in an article's dateline or header.</summary>
internal static class PublicationDateDetector
{
    public static DetectedPublicationDate? Detect(AnalyzedDocument document) => null;
}
