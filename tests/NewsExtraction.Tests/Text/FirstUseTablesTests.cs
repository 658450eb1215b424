using NewsExtraction.Dates;
using NewsExtraction.Text;

namespace NewsExtraction.Tests.Text;

/// <summary>
/// The hand-rolled tables and helpers that replaced framework collections on the first-use path (to keep
/// JIT compilation and ICU loading off it) must answer exactly as the framework calls they replaced.
/// </summary>
public sealed class FirstUseTablesTests
{
    [Fact]
    public void Casing_lowers_every_char_exactly_as_ToLowerInvariant()
    {
        for (int i = 0; i <= char.MaxValue; i++)
        {
            char c = (char)i;
            Assert.Equal(char.ToLowerInvariant(c), Casing.LowerInvariant(c));
        }
    }

    [Theory]
    [InlineData("Mai")]
    [InlineData("mai")]
    [InlineData("ÉTÉ")]
    [InlineData("été")]
    [InlineData("يناير")]
    [InlineData("ⅫⒶ")]
    [InlineData("\U00010400x")] // a Deseret capital: a surrogate pair with a lower case
    [InlineData("")]
    public void Casing_lowers_strings_exactly_as_ToLowerInvariant(string s) =>
        Assert.Equal(s.ToLowerInvariant(), Casing.LowerInvariant(s));

    [Fact]
    public void Casing_lowers_spans_exactly_as_the_framework_for_any_string()
    {
        // Characters drawn from ASCII, Latin-1, Greek/Cyrillic, typographic punctuation, Arabic and surrogates.
        const string pool = "AbZz09 -'’“”ÉéÀßİıΣσДдيناير\U00010400\U00010428Ⅻ";
        FsCheck.Check.QuickThrowOnFailure(FsCheck.Fluent.Prop.ForAll(
            FsCheck.Fluent.ArbMap.Default.ArbFor<int[]>(),
            picks =>
            {
                var chars = new char[picks.Length];
                for (int i = 0; i < picks.Length; i++)
                {
                    chars[i] = pool[(int)((uint)picks[i] % (uint)pool.Length)];
                }

                var expected = new char[chars.Length];
                var actual = new char[chars.Length];
                int n = ((ReadOnlySpan<char>)chars).ToLowerInvariant(expected);
                int m = Casing.LowerInvariant(chars, actual);
                return n == m && expected.AsSpan(0, n).SequenceEqual(actual.AsSpan(0, m));
            }));
    }

    [Fact]
    public void HashMap_ors_flags_grows_and_reports_the_previous_value()
    {
        static ulong Key(ulong k) => unchecked(k * 0x9E3779B97F4A7C15UL);
        var map = new HashMap(2);
        for (ulong k = 0; k < 1000; k++)
        {
            Assert.Equal(0, map.Or(Key(k), 1));
        }

        Assert.Equal(1, map.Or(Key(5), 4));
        Assert.Equal(5, map.Get(Key(5)));
        Assert.Equal(1, map.Get(0)); // key 0 (k = 0) has its own slot
        Assert.Equal(1, map.Get(Key(999)));
        Assert.Equal(0, map.Get(Key(1000)));
    }

    [Fact]
    public void Boilerplate_lexicon_flags_stop_date_and_social_words()
    {
        BoilerplateLexicon lex = BoilerplateLexicon.Instance;
        Assert.True(lex.IsStopWord(BoilerplateLexicon.WordHash("the")));
        Assert.True((lex.WordAt(BoilerplateLexicon.WordHash("September")) & WordFlags.Date) != 0);
        Assert.True((lex.WordAt(BoilerplateLexicon.WordHash("published")) & WordFlags.Date) != 0);
        Assert.False(lex.IsStopWord(BoilerplateLexicon.WordHash("Beijing")));
        Assert.True((lex.WordAt(BoilerplateLexicon.WordHash("Facebook")) & WordFlags.Social) != 0);
        Assert.True((lex.WordAt(BoilerplateLexicon.WordHash("Google")) & WordFlags.SocialHead) != 0);
        Assert.True(lex.IsSocial2(BoilerplateLexicon.PhraseHash("Google News", out _)));
        Assert.False(lex.IsSocial2(BoilerplateLexicon.PhraseHash("Google Maps", out _)));
        Assert.True((lex.PhraseAt(BoilerplateLexicon.PhraseHash("Skip to main content", out _)) & PhraseKind.Line) != 0);
        Assert.True((lex.PhraseAt(BoilerplateLexicon.PhraseHash("skip to", out _)) & PhraseKind.Prefix) != 0);
        Assert.Equal(PhraseKind.None, lex.PhraseAt(BoilerplateLexicon.PhraseHash("quantum chromodynamics lecture", out _)));
    }

    [Fact]
    public void SpanMap_sets_and_the_date_lexicon_answer_case_insensitively()
    {
        SpanMap<bool> set = SpanMap.SetOf("est edt gmt");
        Assert.Equal(3, set.Count);
        Assert.True(set.Contains("GMT"));
        Assert.True(set.Contains("Edt"));
        Assert.False(set.Contains("utc"));
        Assert.True(DateLexicon.TryGet("SEPTEMBER", out LexEntry sep) && sep.Month == 9);
        Assert.True(DateLexicon.TryGet("يناير", out LexEntry jan) && jan.Month == 1);
        Assert.True(DateLexicon.TryGet("Fortnight", out LexEntry fn) && fn.Unit == TimeUnit.Fortnight);
        Assert.False(DateLexicon.TryGet("Beijing", out _));
    }

    [Fact]
    public void Abbreviations_are_case_sensitive_and_counted_once()
    {
        Assert.True(Abbreviations.Contains("Mr"));
        Assert.False(Abbreviations.Contains("mr"));
        Assert.False(Abbreviations.Contains("Mr."));
        Assert.True(Abbreviations.Count > 50);
    }
}
