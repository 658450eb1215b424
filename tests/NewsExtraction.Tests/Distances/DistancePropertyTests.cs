using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using NewsExtraction.Distances;

namespace NewsExtraction.Tests.Distances;

public sealed class DistancePropertyTests
{
    private static readonly DistanceExtractor Extractor = new();

    /// <summary>Unit surfaces that read as a unit right after a number with nothing following ("in" needs a size word, so it is left out).</summary>
    private static readonly UnitSurface[] Surfaces = UnitTable.All.Where(u => u.Surface != "in").ToArray();

    [Fact]
    public void Formatted_value_and_unit_parse_back_to_the_same_metres()
    {
        Gen<(long Whole, int Fraction, int Digits, bool Grouped, UnitSurface Unit)> gen =
            from whole in Gen.Choose(0, 2_000_000).Select(i => (long)i)
            from fraction in Gen.Choose(0, 9999)
            from digits in Gen.Choose(0, 4)
            from grouped in Gen.Elements(true, false)
            from unit in Gen.Elements(Surfaces)
            select (whole, fraction, digits, grouped, unit);

        Prop.ForAll(gen.ToArbitrary(), c =>
        {
            decimal value = c.Whole + (c.Digits == 0 ? 0 : (c.Fraction % (int)Math.Pow(10, c.Digits)) / (decimal)Math.Pow(10, c.Digits));
            string number = value.ToString(c.Grouped ? "#,0.####" : "0.####", CultureInfo.InvariantCulture);
            string text = $"{number} {c.Unit.Surface}";
            IReadOnlyList<DistanceMention> found = Extractor.Find(text);
            if (found.Count != 1 || found[0].Metres is not { } metres || found[0].Text != text)
            {
                throw new InvalidOperationException($"'{text}' gave {found.Count} mentions: {string.Join(" | ", found.Select(f => f.Text))}");
            }

            double expected = (double)(value * LengthUnits.MetresPerUnit(c.Unit.Unit));
            bool ok = Math.Abs(metres - expected) <= 1e-9 * Math.Abs(expected) && found[0].Unit == c.Unit.Unit;
            if (!ok)
            {
                throw new InvalidOperationException($"'{text}': {metres:R} m, expected {expected:R} m");
            }

            return true;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Number_words_round_trip()
    {
        Gen<(int N, bool And, bool Hyphen)> gen =
            from n in Gen.OneOf(Gen.Choose(0, 999_999), Gen.Choose(0, 100), Gen.Elements(0, 1, 10, 11, 19, 20, 99, 100, 101, 110, 999, 1000, 1001, 100_000, 999_999))
            from useAnd in Gen.Elements(true, false)
            from hyphen in Gen.Elements(true, false)
            select (n, useAnd, hyphen);

        Prop.ForAll(gen.ToArbitrary(), c =>
        {
            string words = ToWords(c.N, c.And, c.Hyphen);
            string text = $"They walked {words} miles.";
            IReadOnlyList<DistanceMention> found = Extractor.Find(text);
            if (found.Count != 1 || found[0].Value != c.N || found[0].Text != words + " miles")
            {
                throw new InvalidOperationException($"'{text}' gave {string.Join(" | ", found.Select(f => $"{f.Text}={f.Value}"))}");
            }

            return true;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void The_word_formatter_writes_english()
    {
        Assert.Equal("zero", ToWords(0, true, true));
        Assert.Equal("forty-two", ToWords(42, true, true));
        Assert.Equal("one hundred and five", ToWords(105, true, true));
        Assert.Equal("twelve thousand three hundred forty five", ToWords(12_345, false, false));
        Assert.Equal("nine hundred and ninety-nine thousand nine hundred and ninety-nine", ToWords(999_999, true, true));
    }

    private static readonly string[] Ones =
    [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
    ];

    private static readonly string[] Tens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

    /// <summary>English words for 0..999999 ("nine hundred and ninety-nine thousand ..."), with or without "and" and hyphens.</summary>
    private static string ToWords(int n, bool useAnd, bool hyphen)
    {
        if (n == 0)
        {
            return "zero";
        }

        var parts = new List<string>();
        int thousands = n / 1000;
        int rest = n % 1000;
        if (thousands > 0)
        {
            parts.Add(Below1000(thousands, useAnd, hyphen) + " thousand");
        }

        if (rest > 0)
        {
            parts.Add(Below1000(rest, useAnd, hyphen));
        }

        return string.Join(" ", parts);
    }

    private static string Below1000(int n, bool useAnd, bool hyphen)
    {
        int hundreds = n / 100;
        int rest = n % 100;
        string below100 = rest switch
        {
            0 => "",
            < 20 => Ones[rest],
            _ when rest % 10 == 0 => Tens[rest / 10],
            _ => Tens[rest / 10] + (hyphen ? "-" : " ") + Ones[rest % 10],
        };
        if (hundreds == 0)
        {
            return below100;
        }

        string h = Ones[hundreds] + " hundred";
        return rest == 0 ? h : h + (useAnd ? " and " : " ") + below100;
    }
}
