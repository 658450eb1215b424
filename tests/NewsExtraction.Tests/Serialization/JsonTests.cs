using NewsExtraction.Serialization;

namespace NewsExtraction.Tests.Serialization;

public sealed class JsonTests
{
    [Fact]
    public void Result_json_round_trips()
    {
        foreach (string seed in Seeds.All)
        {
            var result = ExtractionPipeline.Default.Extract(new Article(Seeds.Text(seed), source: seed));
            string json = ExtractionJson.Serialize(result, indented: true);
            ResultDocument back = ExtractionJson.Deserialize(json);
            Assert.Equal(json, ExtractionJson.Serialize(back, indented: true));
            Assert.Equal(result.Dates.Count, back.Dates.Count);
            Assert.Equal(result.Organisations.Count, back.Organisations.Count);
            Assert.Equal(seed, back.Id);
        }
    }

    [Fact]
    public void Json_uses_the_documented_snake_case_names_and_keeps_non_ascii()
    {
        var result = ExtractionPipeline.Default.Extract(new Article("China’s view.", new DateOnly(2024, 7, 8)));
        string json = ExtractionJson.Serialize(result);
        Assert.Contains("\"reference_date\":\"2024-07-08\"", json, StringComparison.Ordinal);
        Assert.Contains("\"reference_date_source\":\"caller\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Malformed_json_throws_a_json_exception()
    {
        Assert.Throws<System.Text.Json.JsonException>(() => ExtractionJson.Deserialize("{\"dates\": 5}"));
        Assert.Throws<System.Text.Json.JsonException>(() => ExtractionJson.Deserialize("null"));
    }
}
