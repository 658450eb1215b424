using System.Xml;
using NewsExtraction.Dates;
using static NewsExtraction.Tests.Dates.DateTestHelpers;

namespace NewsExtraction.Tests.Dates;

/// <summary>
/// A fraction of a year, day, hour or minute is written in whole smaller units ("P2Y6M", "PT5H30M"), as the TimeML news
/// corpora write it and as xsd:duration allows. Invented sentences; reference date Monday 2024-07-08.
/// </summary>
public sealed class FractionalDurationTests
{
    [Theory]
    [InlineData("The strike lasted two and a half years before a deal.", "two and a half years", "P2Y6M")]
    [InlineData("Rescuers dug for 5 1/2 hours through the rubble.", "5 1/2 hours", "PT5H30M")]
    [InlineData("The ferry was delayed half an hour by fog.", "half an hour", "PT30M")]
    [InlineData("The festival runs for a day and a half this year.", "a day and a half", "P1DT12H")]
    [InlineData("The plant stood idle for half a year.", "half a year", "P6M")]
    [InlineData("Rents rose over 2.5 months of haggling.", "2.5 months", "P2.5M")]
    public void A_fraction_is_written_in_whole_smaller_units_when_they_come_out_whole(string text, string span, string value)
    {
        Assert.Equal(value, Single(Extract(text), span).Value);
    }

    [Fact]
    public void Whole_unit_values_read_back_as_the_same_length_property()
    {
        // n + k/4 days, hours or minutes: the value is a valid xsd:duration that XmlConvert reads back as the same time span.
        FsCheck.Check.QuickThrowOnFailure(FsCheck.Fluent.Prop.ForAll<int, int, int>((x, y, z) =>
        {
            int whole = Math.Abs(x % 50);
            int quarters = 1 + Math.Abs(y % 3);
            double amount = whole + quarters / 4.0;
            (TimeUnit unit, TimeSpan one) = Math.Abs(z % 3) switch
            {
                0 => (TimeUnit.Day, TimeSpan.FromDays(1)),
                1 => (TimeUnit.Hour, TimeSpan.FromHours(1)),
                _ => (TimeUnit.Minute, TimeSpan.FromMinutes(1)),
            };
            string value = DateGrammar.DurationValue(unit, amount);
            return !value.Contains('.') && XmlConvert.ToTimeSpan(value) == one * amount;
        }));
    }

    [Fact]
    public void Whole_amounts_and_unspecified_amounts_keep_their_plain_form()
    {
        Assert.Equal("P3Y", DateGrammar.DurationValue(TimeUnit.Year, 3));
        Assert.Equal("PXY", DateGrammar.DurationValue(TimeUnit.Year, -1));
        Assert.Equal("P30Y", DateGrammar.DurationValue(TimeUnit.Decade, 3));
        Assert.Equal("P1Y4M", DateGrammar.DurationValue(TimeUnit.Year, 1.0 + 1.0 / 3));
        Assert.Equal("P1.2Y", DateGrammar.DurationValue(TimeUnit.Year, 1.2));
    }
}
