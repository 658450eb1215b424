
namespace NewsExtraction.Text;

/// <summary>
/// A hand-written scanner that splits text into <see cref="Token"/>s over spans (no string per token).
/// Words keep inner hyphens and apostrophes ("Belarus-Ukraine", "don't"); a possessive "'s" / "’s"
/// is its own token; numbers keep inner separators ("1,200", "1.5"); digits glued to letters split
/// ("5km" → "5", "km") except ordinal suffixes ("8th"); URLs and e-mail addresses are one token.
/// </summary>
internal static class Tokenizer
{
    public static List<Token> Tokenize(string text, CancellationToken cancellationToken = default)
    {
        // Tokens go to a pooled scratch buffer first; the list returned is sized exactly once.
        Token[] buffer = ScratchPool<Token>.Rent(Math.Max(16, text.Length / 3));
        int count = TokenizeInto(text, ref buffer, cancellationToken);
        var tokens = new List<Token>(count);

        // One block copy into the list's own array (AddRange(span) would be eight generic instantiations more to
        // JIT-compile on first use; these are two small ones).
        System.Runtime.InteropServices.CollectionsMarshal.SetCount(tokens, count);
        buffer.AsSpan(0, count).CopyTo(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(tokens));

        ScratchPool<Token>.Return(buffer);
        return tokens;
    }

    /// <summary>
    /// Tokenises into <paramref name="buffer"/>, an array rented from <see cref="ScratchPool{T}"/>; a full
    /// buffer is returned to the pool and replaced by a larger rented one. Returns the token count; the caller
    /// returns the buffer to the pool.
    /// </summary>
    public static int TokenizeInto(string text, ref Token[] buffer, CancellationToken cancellationToken = default) =>
        TokenizeInto(text.AsSpan(), ref buffer, cancellationToken);

    /// <summary>As <see cref="TokenizeInto(string, ref Token[], CancellationToken)"/>, over a span (offsets relative to it).</summary>
    public static int TokenizeInto(ReadOnlySpan<char> s, ref Token[] buffer, CancellationToken cancellationToken = default)
    {
        int count = 0;
        int i = 0;
        bool newline = false;
        while (i < s.Length)
        {
            char c = s[i];
            if (char.IsWhiteSpace(c))
            {
                if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029')
                {
                    newline = true;
                }

                i++;
                continue;
            }

            if ((i & 0xFFFF) == 0 && i > 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            int start = i;
            TokenKind kind;
            if (IsUrlStart(s, i))
            {
                i = ScanUrl(s, i);
                kind = TokenKind.Url;
            }
            else if (char.IsDigit(c))
            {
                i = ScanNumber(s, i);
                kind = TokenKind.Number;
            }
            else if (char.IsLetter(c))
            {
                i = ScanWord(s, i);
                kind = TokenKind.Word;
                if (i < s.Length && s[i] == '@' && i + 1 < s.Length && char.IsLetterOrDigit(s[i + 1]))
                {
                    i = ScanUrl(s, start);
                    kind = TokenKind.Url;
                }
            }
            else if (IsApostrophe(c) && i + 1 < s.Length && (s[i + 1] == 's' || s[i + 1] == 'S') && i > 0 && char.IsLetter(s[i - 1]) && (i + 2 >= s.Length || !char.IsLetter(s[i + 2])))
            {
                i += 2;
                kind = TokenKind.Word;
            }
            else if (c == '.' || c == '\u2026')
            {
                i++;
                while (i < s.Length && (s[i] == '.' || s[i] == '\u2026'))
                {
                    i++;
                }

                kind = TokenKind.Punctuation;
            }
            else if (char.IsPunctuation(c))
            {
                i++;
                kind = TokenKind.Punctuation;
            }
            else if (char.IsSurrogate(c))
            {
                i += (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) ? 2 : 1;
                kind = TokenKind.Symbol;
            }
            else
            {
                i++;
                kind = TokenKind.Symbol;
            }

            if (i - start > Token.MaxLength)
            {
                // A run longer than a token can be (binary input, a base64 blob): the rest starts the next token.
                i = start + Token.MaxLength;
            }

            var span = new TextSpan(start, i - start);
            if (count == buffer.Length)
            {
                Token[] larger = ScratchPool<Token>.Rent(buffer.Length * 2);
                buffer.AsSpan(0, count).CopyTo(larger);
                ScratchPool<Token>.Return(buffer);
                buffer = larger;
            }

            buffer[count++] = new Token(span, kind, kind == TokenKind.Word ? CaseOf(s.Slice(start, i - start)) : TokenCase.Other, newline);
            newline = false;
        }

        return count;
    }

    internal static bool IsApostrophe(char c) => c == '\'' || c == '\u2019' || c == '\u02BC';

    internal static bool IsHyphen(char c) => c == '-' || c == '\u2010' || c == '\u2011';

    internal static TokenCase CaseOf(ReadOnlySpan<char> word)
    {
        int letters = 0, upper = 0;
        bool firstUpper = false;
        bool seenLetter = false;
        foreach (char ch in word)
        {
            if (ch < 128)
            {
                // ASCII inline: a letter is a-z or A-Z, an upper-case letter A-Z (as char.IsLetter / IsUpper say).
                if ((uint)(ch - 'a') <= 'z' - 'a')
                {
                    letters++;
                    seenLetter = true;
                }
                else if ((uint)(ch - 'A') <= 'Z' - 'A')
                {
                    letters++;
                    upper++;
                    if (!seenLetter)
                    {
                        firstUpper = true;
                    }

                    seenLetter = true;
                }

                continue;
            }

            if (!char.IsLetter(ch))
            {
                continue;
            }

            letters++;
            if (char.IsUpper(ch))
            {
                upper++;
                if (!seenLetter)
                {
                    firstUpper = true;
                }
            }

            seenLetter = true;
        }

        if (letters == 0)
        {
            return TokenCase.Other;
        }

        if (upper == 0)
        {
            return TokenCase.Lower;
        }

        if (upper == letters && letters >= 2)
        {
            return TokenCase.Upper;
        }

        return firstUpper ? TokenCase.Capitalized : TokenCase.Other;
    }

    private static int ScanWord(ReadOnlySpan<char> s, int i)
    {
        while (i < s.Length)
        {
            char c = s[i];
            if (c < 128)
            {
                // ASCII inline: letters and digits continue the word, a space ends it (as the tests below decide).
                if ((uint)((c | 0x20) - 'a') <= 'z' - 'a' || (uint)(c - '0') <= 9)
                {
                    i++;
                    continue;
                }

                if (c == ' ')
                {
                    break;
                }
            }

            if (char.IsLetterOrDigit(c) || c == '\u00AD' || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                i++;
                continue;
            }

            if (i + 1 < s.Length && char.IsLetterOrDigit(s[i + 1]))
            {
                if (IsHyphen(c) || (c == '&' && char.IsUpper(s[i - 1]) && char.IsUpper(s[i + 1])))
                {
                    i++;
                    continue;
                }

                if (IsApostrophe(c))
                {
                    // Possessive 's is its own token; other inner apostrophes stay (don't, O'Neill).
                    bool possessive = (s[i + 1] == 's' || s[i + 1] == 'S') && (i + 2 >= s.Length || !char.IsLetter(s[i + 2]));
                    if (possessive)
                    {
                        return i;
                    }

                    i++;
                    continue;
                }

                // Inner period in initialisms: "U.S", "e.g" (the final period stays separate).
                if (c == '.' && char.IsLetter(s[i + 1]) && i >= 1 && IsSingleLetterBefore(s, i) && (i + 2 >= s.Length || s[i + 2] == '.'))
                {
                    i++;
                    continue;
                }
            }

            break;
        }

        return i;
    }

    private static bool IsSingleLetterBefore(ReadOnlySpan<char> s, int dot)
    {
        // True when the character before the dot is a letter that starts a word or follows another dot.
        return char.IsLetter(s[dot - 1]) && (dot - 2 < 0 || !char.IsLetter(s[dot - 2]));
    }

    private static int ScanNumber(ReadOnlySpan<char> s, int i)
    {
        while (i < s.Length)
        {
            char c = s[i];
            if (char.IsDigit(c))
            {
                i++;
                continue;
            }

            if ((c == ',' || c == '.') && i + 1 < s.Length && char.IsDigit(s[i + 1]))
            {
                i++;
                continue;
            }

            break;
        }

        // Ordinal suffix: 1st, 2nd, 3rd, 8th.
        if (i + 1 < s.Length)
        {
            char a = Casing.LowerInvariant(s[i]);
            char b = Casing.LowerInvariant(s[i + 1]);
            bool suffix = (a == 's' && b == 't') || (a == 'n' && b == 'd') || (a == 'r' && b == 'd') || (a == 't' && b == 'h');
            if (suffix && (i + 2 >= s.Length || !char.IsLetterOrDigit(s[i + 2])))
            {
                return i + 2;
            }
        }

        return i;
    }

    private static bool IsUrlStart(ReadOnlySpan<char> s, int i)
    {
        // Every URL start begins with an h or a w (no other character folds to either under OrdinalIgnoreCase).
        char c0 = (char)(s[i] | 0x20);
        if (c0 != 'h' && c0 != 'w')
        {
            return false;
        }

        ReadOnlySpan<char> rest = s.Slice(i);
        return rest.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
            || rest.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            || (rest.StartsWith("www.", StringComparison.OrdinalIgnoreCase) && (i == 0 || !char.IsLetterOrDigit(s[i - 1])));
    }

    private static int ScanUrl(ReadOnlySpan<char> s, int i)
    {
        while (i < s.Length && !char.IsWhiteSpace(s[i]) && s[i] != '"' && s[i] != '<' && s[i] != '>' && s[i] != '\u201C' && s[i] != '\u201D')
        {
            i++;
        }

        // Trailing sentence punctuation is not part of the URL.
        while (i > 0 && (s[i - 1] == '.' || s[i - 1] == ',' || s[i - 1] == ')' || s[i - 1] == ';' || s[i - 1] == ':' || s[i - 1] == '!' || s[i - 1] == '?'))
        {
            i--;
        }

        return i;
    }
}
