using NewsExtraction.Distances;

namespace NewsExtraction.Tests.Distances;

/// <summary>"an inch" after a verb of yielding is an idiom; other inches stay lengths.</summary>
public sealed class DistanceIdiomTests
{
    private static readonly DistanceExtractor Extractor = new();

    [Theory]
    [InlineData("The mayor said the council would not budge an inch on parking fees.")]
    [InlineData("Harlow's union refused to give an inch in the talks.")]
    [InlineData("\"We will not flinch an inch,\" the minister told Tarven radio.")]
    [InlineData("Neither side conceded an inch during the night.")]
    public void An_inch_of_yielding_is_no_length(string text)
    {
        Assert.Empty(Extractor.Find(text));
    }

    [Theory]
    [InlineData("The river rose an inch overnight in Brindle.", "an inch")]
    [InlineData("An inch of rain fell on the Pelmora hills.", "An inch")]
    [InlineData("The gap in the dam wall is one inch wide.", "one inch")]
    public void Other_inches_stay_lengths(string text, string span)
    {
        DistanceMention m = Assert.Single(Extractor.Find(text));
        Assert.Equal(span, m.Text);
        Assert.Equal(LengthUnit.Inch, m.Unit);
        Assert.Equal(0.0254, m.Metres!.Value, 9);
    }
}
