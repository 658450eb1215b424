using System.Text.Json;
using NewsExtraction.Quotations;
using static NewsExtraction.Tests.Quotations.QuoteTestHelper;

namespace NewsExtraction.Tests.Quotations;

public sealed class SeedQuotationTests
{
    private sealed record Gold(int Start, int End, string Text, string? Speaker, bool Marked);

    private static List<Gold> GoldOf(string seed)
    {
        string path = Path.Combine(Seeds.RepositoryRoot, "seeds", seed + ".gold.json");
        using JsonDocument doc = JsonDocument.Parse(File.ReadAllText(path));
        var list = new List<Gold>();
        foreach (JsonElement q in doc.RootElement.GetProperty("quotations").EnumerateArray())
        {
            string? speaker = q.GetProperty("speaker").ValueKind == JsonValueKind.String ? q.GetProperty("speaker").GetString() : null;
            list.Add(new Gold(q.GetProperty("start").GetInt32(), q.GetProperty("end").GetInt32(), q.GetProperty("text").GetString()!, speaker, q.GetProperty("marked").GetBoolean()));
        }

        return list;
    }

    private static string? LastToken(string? s) => s?.Split(' ', StringSplitOptions.RemoveEmptyEntries).LastOrDefault()?.ToLowerInvariant();

    public static TheoryData<string> SeedNames => new(Seeds.All);

    [Theory]
    [MemberData(nameof(SeedNames))]
    public void Every_gold_quotation_is_found_exactly_with_its_speaker_and_nothing_else(string seed)
    {
        string text = Seeds.Text(seed);
        List<Gold> gold = GoldOf(seed);
        List<QuotationMention> found = Quotes(text);
        Assert.Equal(gold.Count, found.Count);
        foreach (Gold g in gold)
        {
            QuotationMention q = Assert.Single(found, m => m.Span.Start == g.Start && m.Span.End == g.End);
            Assert.Equal(g.Text, q.Text);
            Assert.Equal(g.Marked, q.Marked);
            Assert.Equal(LastToken(g.Speaker), LastToken(Who(q)));
        }
    }

    [Fact]
    public void The_seeds_hold_fourteen_gold_quotations_one_unmarked()
    {
        List<Gold> all = Seeds.All.SelectMany(GoldOf).ToList();
        Assert.Equal(14, all.Count);
        Assert.Single(all, g => !g.Marked);
    }
}
