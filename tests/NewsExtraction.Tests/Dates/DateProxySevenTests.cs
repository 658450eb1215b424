using NewsExtraction.Dates;
using static NewsExtraction.Tests.Dates.DateTestHelpers;

namespace NewsExtraction.Tests.Dates;

/// <summary>General causes of the date errors on the seventh hand-annotated proxy (invented sentences).</summary>
public sealed class DateProxySevenTests
{
    [Theory]
    [InlineData("The coach quit months ago after a row with the board.", "months ago")]
    [InlineData("The mayor left weeks ago, aides say.", "weeks ago")]
    [InlineData("He resigned days ago and has not spoken since.", "days ago")]
    [InlineData("Firefighters reached the valley just hours ago.", "hours ago")]
    [InlineData("The club was sold years ago.", "years ago")]
    public void A_bare_plural_unit_before_ago_is_a_vague_past_reference(string text, string span)
    {
        DateMention m = Single(Extract(text), span);
        Assert.Equal(TemporalKind.Vague, m.Kind);
        Assert.Equal("PAST_REF", m.Value);
    }

    [Fact]
    public void A_counted_unit_before_ago_is_still_a_date()
    {
        Assert.Equal("2024-05", Single(Extract("Talks ended two months ago."), "two months ago").Value);
    }

    [Theory]
    [InlineData("The band toured throughout the aughts.", "the aughts")]
    [InlineData("Ringtone sales peaked in the noughties.", "the noughties")]
    public void The_decade_nicknames_of_the_2000s_are_that_decade(string text, string span)
    {
        Assert.Equal("200X", Single(Extract(text), span).Value);
    }
}
