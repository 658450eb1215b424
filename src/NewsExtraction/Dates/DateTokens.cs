using System.Globalization;
using NewsExtraction.Text;

namespace NewsExtraction.Dates;

/// <summary>The class of a date-scanner token.</summary>
internal enum DKind : byte
{
    Word,
    Number,
    Punct,
    Symbol,
    Barrier,
}

/// <summary>
/// A fine-grained token for the date grammar: the shared tokens, with words split further at hyphens,
/// letter/digit boundaries and glued capitals ("mid-July" → mid, -, July; "MikovicMarch" → Mikovic, March).
/// </summary>
internal struct DTok
{
    public int Start;
    public int End;
    public DKind Kind;

    /// <summary>No white space between this token and the previous one.</summary>
    public bool Glued;

    /// <summary>A line break before this token.</summary>
    public bool Newline;

    /// <summary>Part of a larger shared word token that holds letters before this token ("F-16": "16").</summary>
    public bool InWord;

    public TokenCase Case;
    public bool HasLex;
    public LexEntry Lex;

    /// <summary>For numbers: the integer value of a plain digit run (-1 when it has separators or is too long).</summary>
    public int Value;

    /// <summary>For numbers: the count of digits of a plain digit run.</summary>
    public int Digits;

    /// <summary>For numbers: an ordinal suffix ("8th").</summary>
    public bool Ordinal;

    public readonly int Length => End - Start;
}

/// <summary>
/// A growable array of <see cref="DTok"/>s that the grammar reads in place (a List's indexer copies the
/// whole struct on every read); reused across the paragraphs of a document.
/// </summary>
internal sealed class DTokList
{
    /// <summary>An empty list with room for <paramref name="capacity"/> tokens.</summary>
    public DTokList(int capacity)
    {
        // Rented: a per-call buffer (Return gives it back; one not returned is left to the GC). Only
        // [0, Count) is ever read, and every slot is written whole before that.
        Items = ScratchPool<DTok>.Rent(Math.Max(capacity, 16));
    }

    /// <summary>The backing array; tokens [0, <see cref="Count"/>) are valid.</summary>
    public DTok[] Items { get; private set; }

    /// <summary>The number of tokens.</summary>
    public int Count { get; private set; }

    /// <summary>Appends a token.</summary>
    public void Add(in DTok token) => Push() = token;

    /// <summary>Makes room for <paramref name="extra"/> more tokens without growing again.</summary>
    public void EnsureRoom(int extra)
    {
        if (Count + extra > Items.Length)
        {
            Grow(Count + extra);
        }
    }

    /// <summary>Appends a token slot and returns it (the caller sets every field).</summary>
    public ref DTok Push()
    {
        if (Count == Items.Length)
        {
            Grow(Count + 1);
        }

        return ref Items[Count++];
    }

    private void Grow(int needed)
    {
        DTok[] larger = ScratchPool<DTok>.Rent(Math.Max(needed, Items.Length * 2));
        Array.Copy(Items, larger, Count);
        ScratchPool<DTok>.Return(Items);
        Items = larger;
    }

    /// <summary>Gives the buffer back to the per-thread scratch pool; the list is empty and unusable afterwards.</summary>
    public void Return()
    {
        ScratchPool<DTok>.Return(Items);
        Items = [];
        Count = 0;
    }

    /// <summary>Empties the list (the array is kept).</summary>
    public void Clear() => Count = 0;
}

/// <summary>Builds <see cref="DTok"/>s from the shared tokens of a region of the document.</summary>
internal static class DateTokenizer
{
    /// <summary>Appends the date tokens of shared tokens [<paramref name="first"/>, <paramref name="end"/>) to <paramref name="output"/>.</summary>
    public static void Build(string text, List<Token> tokens, int first, int end, DTokList output)
    {
        int prevEnd = -1;
        ReadOnlySpan<Token> shared = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(tokens).Slice(first, end - first);
        output.EnsureRoom(shared.Length);
        for (int n = 0; n < shared.Length; n++)
        {
            Token t = shared[n];
            int start = t.Span.Start;
            int tokenEnd = t.Span.End;
            bool glued = prevEnd == start;
            switch (t.Kind)
            {
                case TokenKind.Url:
                    output.Add(new DTok { Start = start, End = tokenEnd, Kind = DKind.Barrier, Glued = glued, Newline = t.NewlineBefore, Value = -1 });
                    break;
                case TokenKind.Number:
                    if (n + 1 < shared.Length && IsDottedClock(text, start, tokenEnd, shared[n + 1]))
                    {
                        // "6.25am", "10.40 pm": the British clock time reaches the grammar as hour, ".", minutes.
                        int dot = tokenEnd - 3;
                        output.Add(MakeNumber(text, start, dot, glued, t.NewlineBefore, false));
                        output.Add(new DTok { Start = dot, End = dot + 1, Kind = DKind.Punct, Glued = true, Value = -1 });
                        output.Add(MakeNumber(text, dot + 1, tokenEnd, true, false, false));
                        break;
                    }

                    output.Add(MakeNumber(text, start, tokenEnd, glued, t.NewlineBefore, false));
                    break;
                case TokenKind.Word:
                    if (IsWholeWord(text, start, tokenEnd))
                    {
                        // The common case: one date token with the shared token's case (both come from Tokenizer.CaseOf),
                        // written in place.
                        ref DTok tok = ref output.Push();
                        tok = new DTok { Start = start, End = tokenEnd, Kind = DKind.Word, Glued = glued, Newline = t.NewlineBefore, Case = t.Case, Value = -1 };
                        tok.HasLex = DateLexicon.TryGet(text.AsSpan(start, tokenEnd - start), out tok.Lex);
                    }
                    else
                    {
                        SplitWord(text, start, tokenEnd, glued, t.NewlineBefore, output);
                    }

                    break;
                case TokenKind.Punctuation:
                    output.Add(new DTok { Start = start, End = tokenEnd, Kind = DKind.Punct, Glued = glued, Newline = t.NewlineBefore, Value = -1 });
                    break;
                default:
                    output.Add(new DTok { Start = start, End = tokenEnd, Kind = DKind.Symbol, Glued = glued, Newline = t.NewlineBefore, Value = -1 });
                    break;
            }

            prevEnd = tokenEnd;
        }
    }

    /// <summary>
    /// A number token "h.mm" or "hh.mm" (hour up to 24, minutes below 60) followed, glued or after one space, by
    /// "am"/"pm"/"a.m"/"p.m": a clock time written with a full stop ("6.25am", "10.40 pm"), not a decimal.
    /// </summary>
    private static bool IsDottedClock(string text, int start, int end, Token next)
    {
        int len = end - start;
        if ((len != 4 && len != 5) || text[end - 3] != '.' || next.Kind != TokenKind.Word || next.Span.Start - end > 1
            || (next.Span.Start > end && text[end] != ' '))
        {
            return false;
        }

        for (int k = start; k < end; k++)
        {
            if (k != end - 3 && !char.IsAsciiDigit(text[k]))
            {
                return false;
            }
        }

        int hour = len == 4 ? text[start] - '0' : ((text[start] - '0') * 10) + text[start + 1] - '0';
        if (hour > 24 || text[end - 2] > '5')
        {
            return false;
        }

        ReadOnlySpan<char> w = text.AsSpan(next.Span.Start, next.Span.End - next.Span.Start);
        return w.Equals("am", StringComparison.OrdinalIgnoreCase) || w.Equals("pm", StringComparison.OrdinalIgnoreCase)
            || w.Equals("a.m", StringComparison.OrdinalIgnoreCase) || w.Equals("p.m", StringComparison.OrdinalIgnoreCase)
            || w.Equals("a.m.", StringComparison.OrdinalIgnoreCase) || w.Equals("p.m.", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// True when <see cref="SplitWord"/> would not split the word: it starts with neither a hyphen nor a digit
    /// and holds no digit, no hyphen and no capital right after a lower-case letter.
    /// </summary>
    private static bool IsWholeWord(string text, int start, int end)
    {
        ReadOnlySpan<char> s = text.AsSpan(start, end - start);
        bool prevLower = false;
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (c < 128)
            {
                if ((uint)(c - 'a') <= 'z' - 'a')
                {
                    prevLower = true;
                    continue;
                }

                if ((uint)(c - 'A') <= 'Z' - 'A')
                {
                    if (prevLower)
                    {
                        return false;
                    }

                    continue;
                }

                if (c == '-' || (uint)(c - '0') <= 9)
                {
                    return false;
                }

                prevLower = false;
                continue;
            }

            if (char.IsDigit(c) || Tokenizer.IsHyphen(c) || (prevLower && char.IsUpper(c)))
            {
                return false;
            }

            prevLower = char.IsLower(c);
        }

        return true;
    }

    private static DTok MakeNumber(string text, int start, int end, bool glued, bool newline, bool inWord)
    {
        var tok = new DTok { Start = start, End = end, Kind = DKind.Number, Glued = glued, Newline = newline, InWord = inWord, Value = -1 };
        ReadOnlySpan<char> s = text.AsSpan(start, end - start);
        int value = 0, digits = 0;
        int i = 0;
        for (; i < s.Length; i++)
        {
            int d = CharUnicodeInfo.GetDecimalDigitValue(s[i]);
            if (d < 0)
            {
                break;
            }

            digits++;
            if (digits <= 9)
            {
                value = (value * 10) + d;
            }
        }

        if (i == s.Length || (s.Length - i == 2 && char.IsLetter(s[i])))
        {
            tok.Digits = digits;
            tok.Value = digits <= 9 ? value : -1;
            tok.Ordinal = i < s.Length;
        }

        return tok;
    }

    private static void SplitWord(string text, int start, int end, bool glued, bool newline, DTokList output)
    {
        ReadOnlySpan<char> s = text.AsSpan();
        int i = start;
        bool first = true;
        bool hadLetters = false;
        while (i < end)
        {
            char c = s[i];
            int j = i + 1;
            DKind kind;
            if (Tokenizer.IsHyphen(c))
            {
                kind = DKind.Punct;
            }
            else if (char.IsDigit(c))
            {
                while (j < end && char.IsDigit(s[j]))
                {
                    j++;
                }

                kind = DKind.Number;
            }
            else
            {
                // A run of letters (with inner periods and apostrophes: "p.m", "o'clock"), cut before a
                // capital that follows a lower-case letter ("MikovicMarch") and before digits or hyphens.
                while (j < end)
                {
                    char d = s[j];
                    if (char.IsDigit(d) || Tokenizer.IsHyphen(d))
                    {
                        break;
                    }

                    if (char.IsUpper(d) && char.IsLower(s[j - 1]))
                    {
                        break;
                    }

                    j++;
                }

                kind = DKind.Word;
            }

            bool g = first ? glued : true;
            bool nl = first && newline;
            if (kind == DKind.Number)
            {
                output.Add(MakeNumber(text, i, j, g, nl, hadLetters));
            }
            else if (kind == DKind.Word)
            {
                var tok = new DTok { Start = i, End = j, Kind = DKind.Word, Glued = g, Newline = nl, InWord = hadLetters, Value = -1 };
                ReadOnlySpan<char> w = s.Slice(i, j - i);
                tok.Case = Tokenizer.CaseOf(w);
                tok.HasLex = DateLexicon.TryGet(w, out tok.Lex);
                output.Add(tok);
                hadLetters = true;
            }
            else
            {
                output.Add(new DTok { Start = i, End = j, Kind = kind, Glued = g, Newline = nl, InWord = hadLetters, Value = -1 });
            }

            first = false;
            i = j;
        }
    }
}
