using System.Text.RegularExpressions;
using NewsExtraction.Fixtures;
using NewsExtraction.Serialization;

namespace NewsExtraction.Tests.Fixtures;

/// <summary>Checks every seed gold file: offsets match the text, values are well-formed, no overlaps within a type.</summary>
public sealed partial class GoldValidationTests
{
    public static TheoryData<string> SeedIds => new(Seeds.All);

    [GeneratedRegex(@"^(\d{4}|\d{3}X|\d{2}XX|XXXX)(-(\d{2}|W\d{2}(-WE|-\d)?|SP|SU|FA|WI|Q\d|H\d)(-\d{2})?)?(T\d{2}(:\d{2})?|T(MO|AF|EV|NI))?$")]
    private static partial Regex DatePoint();

    [GeneratedRegex(@"^P(\d+(\.\d+)?|X)(Y|M|W|D|DE|CE)$|^PT(\d+|X)(H|M|S)$")]
    private static partial Regex Duration();

    private static bool IsDateValue(string kind, string? v)
    {
        if (v is null)
        {
            return true;
        }

        if (v is "PRESENT_REF" or "PAST_REF" or "FUTURE_REF")
        {
            return kind == "vague";
        }

        if (Duration().IsMatch(v))
        {
            return kind is "duration" or "set";
        }

        if (v.Contains('/', StringComparison.Ordinal))
        {
            string[] parts = v.Split('/');
            return kind == "range" && parts.Length == 2 && DatePoint().IsMatch(parts[0]) && DatePoint().IsMatch(parts[1]);
        }

        return DatePoint().IsMatch(v);
    }

    [Theory]
    [MemberData(nameof(SeedIds))]
    public void Seed_gold_is_valid(string id)
    {
        FixtureArticle a = FixtureCorpus.Seeds.Articles.Single(x => x.Id == id);
        Assert.Equal(Seeds.Text(id), a.Text);
        Assert.NotNull(a.ReferenceDate);
        Assert.NotNull(a.Gold.Body);
        Assert.NotEmpty(a.Gold.Body!);
        foreach (SpanValue b in a.Gold.Body!)
        {
            Assert.InRange(b.Start, 0, b.End);
            Assert.InRange(b.End, b.Start, a.Text.Length);
        }

        AssertNoOverlaps(a.Gold.Dates);
        AssertNoOverlaps(a.Gold.Distances);
        AssertNoOverlaps(a.Gold.Organisations);
        AssertNoOverlaps(a.Gold.Quotations);
        foreach (DateRecord d in a.Gold.Dates)
        {
            Assert.Contains(d.Kind, new[] { "date", "time", "range", "duration", "set", "vague" });
            Assert.True(IsDateValue(d.Kind!, d.Value), $"{id}: date value '{d.Value}' of '{d.Text}' ({d.Kind}) is not well-formed");
        }

        foreach (DistanceRecord d in a.Gold.Distances)
        {
            double factor = d.Unit switch { "mi" => 1609.344, "km" => 1000, "m" => 1, "ft" => 0.3048, "yd" => 0.9144, "in" => 0.0254, "nmi" => 1852, "cm" => 0.01, "mm" => 0.001, _ => double.NaN };
            Assert.Equal(d.Value!.Value * factor, d.Meters!.Value, 6);
        }

        foreach (OrganisationRecord o in a.Gold.Organisations)
        {
            Assert.False(string.IsNullOrWhiteSpace(o.Canonical));
            Assert.False(o.Text.EndsWith("'s", StringComparison.Ordinal) || o.Text.EndsWith("’s", StringComparison.Ordinal), o.Text);
        }

        foreach (QuotationRecord q in a.Gold.Quotations)
        {
            Assert.Equal(q.Text.Trim(), q.Text);
        }
    }

    [Fact]
    public void Seed_corpus_has_the_expected_totals()
    {
        var c = FixtureCorpus.Seeds;
        Assert.Equal(5, c.Articles.Count);
        Assert.Equal(14, c.Articles.Sum(a => a.Gold.Quotations.Count));
        Assert.Equal(1, c.Articles.Sum(a => a.Gold.Quotations.Count(q => !q.Marked)));
        Assert.Equal(4, c.Articles.Sum(a => a.Gold.Distances.Count));
    }

    private static void AssertNoOverlaps<T>(IReadOnlyList<T> mentions)
        where T : MentionRecord
    {
        var sorted = mentions.OrderBy(m => m.Start).ToList();
        for (int i = 1; i < sorted.Count; i++)
        {
            Assert.True(sorted[i].Start >= sorted[i - 1].End, $"'{sorted[i - 1].Text}' and '{sorted[i].Text}' overlap");
        }
    }
}
