using NewsExtraction.Text;

namespace NewsExtraction.Tests.Text;

public sealed class TokenizerTests
{
    private static List<(string Text, TokenKind Kind)> Tokens(string text) =>
        AnalyzedDocument.Analyze(text).Tokens.Select(t => (text[t.Span.Start..t.Span.End], t.Kind)).ToList();

    [Fact]
    public void Possessives_split_and_hyphenated_words_stay_whole()
    {
        var t = Tokens("China’s Belarus-Ukraine border, NATO's F-16 don't");
        Assert.Equal(["China", "’s", "Belarus-Ukraine", "border", ",", "NATO", "'s", "F-16", "don't"], t.Select(x => x.Text));
    }

    [Fact]
    public void Numbers_keep_separators_and_ordinals_and_split_from_units()
    {
        var t = Tokens("1,200 1.5 8th 5km 130-mile");
        Assert.Equal(["1,200", "1.5", "8th", "5", "km", "130", "-", "mile"], t.Select(x => x.Text));
        Assert.Equal(TokenKind.Number, t[0].Kind);
        Assert.Equal(TokenKind.Word, t[4].Kind);
    }

    [Fact]
    public void Urls_are_one_token()
    {
        var t = Tokens("Photo: https://eng.belta.by/president/view/x-157010-2023 Share");
        Assert.Equal(("https://eng.belta.by/president/view/x-157010-2023", TokenKind.Url), t[2]);
    }

    [Fact]
    public void Initialisms_keep_inner_periods()
    {
        var t = Tokens("the U.S. and D.C.");
        Assert.Equal(["the", "U.S", ".", "and", "D.C", "."], t.Select(x => x.Text));
    }

    [Fact]
    public void Abbreviation_data_file_loads()
    {
        Assert.True(Abbreviations.Count > 50);
        Assert.True(Abbreviations.Contains("Gen"));
        Assert.False(Abbreviations.Contains("Beijing"));
    }

    [Fact]
    public void Offsets_cover_the_original_text_exactly()
    {
        string text = Seeds.Text(Seeds.S000);
        var doc = AnalyzedDocument.Analyze(text);
        int last = 0;
        foreach (var tok in doc.Tokens)
        {
            Assert.True(tok.Span.Start >= last);
            Assert.True(text[last..tok.Span.Start].All(char.IsWhiteSpace));
            last = tok.Span.End;
        }

        Assert.True(text[last..].All(char.IsWhiteSpace));
    }
}
