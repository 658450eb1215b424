using NewsExtraction.Text;

namespace NewsExtraction.Tests.Text;

/// <summary>The token-sequence name table: exact lookups whatever its size (its bit filters are rebuilt as it grows).</summary>
public sealed class NameTableTests
{
    [Fact]
    public void Finds_every_added_name_and_no_other_across_filter_rebuilds()
    {
        var table = new NameTable<int>(foldCase: false);
        for (int i = 0; i < 5000; i++)
        {
            Assert.True(table.Add($"Agency {i} Board", i));
            Assert.True(table.Add($"Unit{i}", i));
        }

        Assert.False(table.Add("Unit7", 99)); // the first value wins
        for (int i = 0; i < 5000; i++)
        {
            Assert.True(table.TryGetToken($"Unit{i}", out int v));
            Assert.Equal(i, v);
            Assert.False(table.ContainsToken($"Unit{i}x"));
        }

        string text = "the Agency 4321 Board said; Agency 4321 alone is no name.";
        List<Token> tokens = Tokenizer.Tokenize(text);
        int at = tokens.FindIndex(t => text.AsSpan(t.Span.Start, t.Span.Length).SequenceEqual("Agency"));
        Assert.Equal(3, table.LongestAt(text, tokens, at, tokens.Count, out int value));
        Assert.Equal(4321, value);
        int second = tokens.FindLastIndex(t => text.AsSpan(t.Span.Start, t.Span.Length).SequenceEqual("Agency"));
        Assert.Equal(0, table.LongestAt(text, tokens, second, tokens.Count, out _));
    }

    [Fact]
    public void Case_folded_table_matches_any_case_and_typographic_apostrophes()
    {
        var table = new NameTable<bool>(foldCase: true);
        table.Add("People's Liberation Army", true);
        string text = "PEOPLE’S LIBERATION ARMY units";
        List<Token> tokens = Tokenizer.Tokenize(text);
        Assert.Equal(Tokenizer.Tokenize("People's Liberation Army").Count, table.LongestAt(text, tokens, 0, tokens.Count, out _));
    }
}
