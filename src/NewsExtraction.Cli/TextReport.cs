using System.Globalization;
using System.Text;
using NewsExtraction.Dates;
using NewsExtraction.Distances;
using NewsExtraction.Organisations;
using NewsExtraction.Quotations;

namespace NewsExtraction.Cli;

/// <summary>The --format text output: a readable table of mentions for people.</summary>
internal static class TextReport
{
    public static string Format(ExtractionResult result)
    {
        var sb = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        sb.Append(inv, $"reference date: {result.ReferenceDate:yyyy-MM-dd} ({result.ReferenceDateSource.ToString().ToLowerInvariant()})\n");
        if (result.Layout.Headline is { } h)
        {
            sb.Append(inv, $"headline:       {Clip(result.Article.Text.Substring(h.Start, h.Length), 90)}\n");
        }

        sb.Append('\n');
        sb.Append("  start    end  type           text                                      value\n");
        foreach (Mention m in result)
        {
            (string type, string value) = m switch
            {
                DateMention d => ("date/" + d.Kind.ToString().ToLowerInvariant(), d.Value ?? "?"),
                DistanceMention x => ("distance", x.Metres is { } mt ? string.Create(inv, $"{mt:0.##} m{(x.Approximate ? " (approx.)" : string.Empty)}") : "?"),
                OrganisationMention o => ("organisation", o.Canonical),
                QuotationMention q => ("quotation", "speaker: " + (q.SpeakerFullName ?? q.Speaker ?? "?") + (q.Marked ? string.Empty : " (unmarked)")),
                _ => (m.Extractor, string.Empty),
            };
            sb.Append(inv, $"{m.Span.Start,7} {m.Span.End,6}  {type,-14} {Clip(m.Text, 40),-41} {value}{(m.InBoilerplate ? "  [boilerplate]" : string.Empty)}\n");
        }

        sb.Append(inv, $"\n{result.Count} mentions\n");
        return sb.ToString();
    }

    private static string Clip(string s, int max)
    {
        s = s.Replace('\n', ' ').Replace('\r', ' ');
        return s.Length <= max ? s : string.Concat(s.AsSpan(0, max - 1), "…");
    }
}
