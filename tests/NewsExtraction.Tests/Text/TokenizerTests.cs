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

    [Fact]
    public void A_run_longer_than_a_token_can_be_is_split_and_covers_the_text()
    {
        // 2^24 + 5 letters: one word longer than Token.MaxLength becomes a full-length token and the rest.
        string text = "a " + new string('x', Token.MaxLength + 5) + " b";
        var tokens = Tokenizer.Tokenize(text);
        Assert.Equal(4, tokens.Count);
        Assert.Equal(new TextSpan(2, Token.MaxLength), tokens[1].Span);
        Assert.Equal(new TextSpan(2 + Token.MaxLength, 5), tokens[2].Span);
        Assert.Equal(TokenKind.Word, tokens[2].Kind);
        Assert.Equal(new TextSpan(text.Length - 1, 1), tokens[3].Span);
    }

    [Fact]
    public void Packed_token_fields_round_trip_and_bad_values_throw()
    {
        FsCheck.Check.QuickThrowOnFailure(FsCheck.Fluent.Prop.ForAll(
            FsCheck.Fluent.ArbMap.Default.ArbFor<(int, int, byte, byte, bool)>(),
            t =>
            {
                (int start, int length, byte kind, byte @case, bool newline) = t;
                var span = new TextSpan(Math.Abs(start % 1_000_000_000), Math.Abs(length % (Token.MaxLength + 1)));
                var token = new Token(span, (TokenKind)(kind % 5), (TokenCase)(@case % 4), newline);
                Assert.Equal(span, token.Span);
                Assert.Equal((TokenKind)(kind % 5), token.Kind);
                Assert.Equal((TokenCase)(@case % 4), token.Case);
                Assert.Equal(newline, token.NewlineBefore);
                Assert.Equal(token, token with { });
                Assert.Equal((TokenKind)(kind % 5), (token with { Span = new TextSpan(7, 3) }).Kind);
            }));

        Assert.Throws<ArgumentOutOfRangeException>(() => new Token(new TextSpan(0, Token.MaxLength + 1), TokenKind.Word, TokenCase.Lower, false));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Token(new TextSpan(0, 1), (TokenKind)16, TokenCase.Lower, false));
    }
}
