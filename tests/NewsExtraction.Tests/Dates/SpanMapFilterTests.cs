using NewsExtraction.Dates;
using Xunit;

namespace NewsExtraction.Tests.Dates;

/// <summary>
/// The first/last-character filter in front of <see cref="SpanMap{T}"/>'s hash must never reject a key that an
/// ordinal, case-insensitive comparison accepts.
/// </summary>
public class SpanMapFilterTests
{
    private const string Words = "the last year a an o'clock mid march q h fy يوليو straße";

    [Theory]
    [InlineData("THE")]
    [InlineData("The")]
    [InlineData("LaSt")]
    [InlineData("A")]
    [InlineData("an")]
    [InlineData("O'CLOCK")]
    [InlineData("MARCH")]
    [InlineData("Q")]
    [InlineData("fY")]
    [InlineData("يوليو")]
    [InlineData("STRASSE", false)]
    [InlineData("STRAßE")]
    [InlineData("tha", false)]
    [InlineData("lost", false)]
    [InlineData("yeas", false)]
    [InlineData("b", false)]
    [InlineData("marck", false)]
    [InlineData("", false)]
    public void Lookup_agrees_with_ordinal_ignore_case(string probe, bool expected = true)
    {
        SpanMap<bool> map = SpanMap.SetOf(Words);
        bool reference = Array.Exists(Words.Split(' '), k => probe.Equals(k, StringComparison.OrdinalIgnoreCase));
        Assert.Equal(expected, reference);
        Assert.Equal(reference, map.Contains(probe.AsSpan()));
    }

    [Fact]
    public void Lookup_agrees_with_ordinal_ignore_case_on_random_probes()
    {
        SpanMap<bool> map = SpanMap.SetOf(Words);
        string[] keys = Words.Split(' ');
        const string alphabet = "aAtThHeElLsSyYrRqQ'mMcCkKoOıİſ\u212Aيوليو";
        var random = new Random(1234);
        for (int n = 0; n < 20000; n++)
        {
            int length = random.Next(1, 8);
            var chars = new char[length];
            for (int i = 0; i < length; i++)
            {
                chars[i] = alphabet[random.Next(alphabet.Length)];
            }

            // Half the probes are keys with some characters re-cased, so that hits are tested as well as misses.
            string probe = n % 2 == 0 ? new string(chars) : Recase(keys[random.Next(keys.Length)], random);
            bool reference = Array.Exists(keys, k => probe.Equals(k, StringComparison.OrdinalIgnoreCase));
            Assert.True(reference == map.Contains(probe.AsSpan()), $"'{probe}': expected {reference}");
        }
    }

    private static string Recase(string key, Random random)
    {
        var chars = key.ToCharArray();
        for (int i = 0; i < chars.Length; i++)
        {
            if (random.Next(2) == 0)
            {
                chars[i] = char.ToUpperInvariant(chars[i]);
            }
        }

        return new string(chars);
    }
}
