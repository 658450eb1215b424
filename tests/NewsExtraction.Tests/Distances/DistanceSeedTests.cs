using System.Text.Json;
using NewsExtraction.Distances;

namespace NewsExtraction.Tests.Distances;

public sealed class DistanceSeedTests
{
    private static readonly ExtractionPipeline Pipeline = new ExtractionPipelineBuilder()
        .UseDistances()
        .WithOptions(o => o with { Scope = ExtractionScope.WholePage })
        .Build();

    [Theory]
    [InlineData(Seeds.S000)]
    [InlineData(Seeds.S001)]
    [InlineData(Seeds.S002)]
    [InlineData(Seeds.S003)]
    [InlineData(Seeds.S004)]
    public void Finds_every_gold_distance_with_exact_span_metres_and_approximation(string seed)
    {
        string text = Seeds.Text(seed);
        using JsonDocument gold = JsonDocument.Parse(File.ReadAllText(Path.Combine(Seeds.RepositoryRoot, "seeds", seed + ".gold.json")));
        List<JsonElement> expected = gold.RootElement.GetProperty("distances").EnumerateArray().ToList();
        IReadOnlyList<DistanceMention> found = Pipeline.Extract(new Article(text)).Distances;

        Assert.Equal(expected.Count, found.Count);
        for (int i = 0; i < expected.Count; i++)
        {
            JsonElement g = expected[i];
            DistanceMention m = found[i];
            Assert.Equal(g.GetProperty("start").GetInt32(), m.Span.Start);
            Assert.Equal(g.GetProperty("end").GetInt32(), m.Span.End);
            Assert.Equal(g.GetProperty("text").GetString(), m.Text);
            Assert.Equal(g.GetProperty("value").GetDouble(), m.Value);
            Assert.Equal(g.GetProperty("meters").GetDouble(), m.Metres);
            Assert.Equal(g.GetProperty("approximate").GetBoolean(), m.Approximate);
            Assert.Equal("mi", LengthUnits.Symbol(m.Unit));
        }
    }

    [Fact]
    public void Seed_000_names_what_each_distance_is_measured_from()
    {
        IReadOnlyList<DistanceMention> found = Pipeline.Extract(new Article(Seeds.Text(Seeds.S000))).Distances;
        Assert.Equal("the Polish capital of Warsaw", found[0].Anchor);
        Assert.Equal(Comparator.Equal, found[0].Comparator); // "only 130 miles": emphasis, not a bound
        Assert.Equal("Minsk", found[1].Anchor);
        Assert.Equal(Comparator.Approximately, found[1].Comparator);
    }

    [Fact]
    public void Seed_001_names_what_each_distance_is_measured_from()
    {
        IReadOnlyList<DistanceMention> found = Pipeline.Extract(new Article(Seeds.Text(Seeds.S001))).Distances;
        Assert.Equal("the Polish capital of Warsaw", found[0].Anchor);
        Assert.Equal("Minsk’s border with Ukraine", found[1].Anchor);
    }
}
