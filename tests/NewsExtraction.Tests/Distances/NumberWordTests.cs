using FsCheck;
using FsCheck.Fluent;
using NewsExtraction.Distances;

namespace NewsExtraction.Tests.Distances;

/// <summary>The number-word and fraction tests the distance scanner runs on every word and character.</summary>
public sealed class NumberWordTests
{
    private static readonly Dictionary<string, int> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        ["zero"] = 0, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6,
        ["seven"] = 7, ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12,
        ["thirteen"] = 13, ["fourteen"] = 14, ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17,
        ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40, ["fourty"] = 40,
        ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90,
    };

    [Theory]
    [InlineData("seven", 7)]
    [InlineData("Seven", 7)]
    [InlineData("SEVENTEEN", 17)]
    [InlineData("Forty", 40)]
    [InlineData("fourty", 40)]
    [InlineData("six", 6)]
    [InlineData("the", -1)]
    [InlineData("tent", -1)]
    [InlineData("sevens", -1)]
    [InlineData("hundred", -1)]
    [InlineData("on", -1)]
    [InlineData("Ｏne", -1)]
    public void Number_words_below_a_hundred_have_their_value(string word, int expected) =>
        Assert.Equal(expected, NumberParser.SmallNumber(word));

    [Fact]
    public void Every_number_word_is_found_in_any_casing()
    {
        foreach ((string word, int value) in Words)
        {
            Assert.Equal(value, NumberParser.SmallNumber(word));
            Assert.Equal(value, NumberParser.SmallNumber(word.ToUpperInvariant()));
            Assert.Equal(value, NumberParser.SmallNumber(char.ToUpperInvariant(word[0]) + word[1..]));
        }
    }

    [Fact]
    public void Words_near_a_number_word_are_not_numbers()
    {
        // One letter changed, dropped or added anywhere in a number word: the shape filter and the comparison
        // together must still answer exactly as the word list does.
        Gen<string> near =
            from word in Gen.Elements(Words.Keys.ToArray())
            from pos in Gen.Choose(0, word.Length)
            from letter in Gen.Elements("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'-é".ToCharArray())
            from edit in Gen.Choose(0, 2)
            select edit switch
            {
                0 => word.Insert(pos, letter.ToString()),
                1 when pos < word.Length => word.Remove(pos, 1),
                _ when pos < word.Length => word.Remove(pos, 1).Insert(pos, letter.ToString()),
                _ => word + letter,
            };

        Prop.ForAll(near.ToArbitrary(), w =>
        {
            int expected = Words.TryGetValue(w, out int v) ? v : -1;
            int got = NumberParser.SmallNumber(w);
            if (got != expected)
            {
                throw new InvalidOperationException($"'{w}': {got}, expected {expected}");
            }
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void The_fraction_test_agrees_with_the_fraction_values_on_every_character()
    {
        for (int c = 0; c <= char.MaxValue; c++)
        {
            Assert.Equal(NumberParser.UnicodeFraction((char)c) is not null, NumberParser.IsUnicodeFraction((char)c));
        }
    }
}
