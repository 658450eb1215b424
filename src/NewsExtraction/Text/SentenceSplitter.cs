namespace NewsExtraction.Text;

/// <summary>
/// Splits tokens into sentences. Survives abbreviations ("U.S.", "Gen.", "Jan."), initials,
/// decimals (kept inside number tokens), quotation marks after the final period, and web-scraped
/// line structure: a blank line always ends a sentence, a single line break ends one unless the
/// line looks hard-wrapped (long, and ending inside a clause).
/// </summary>
internal static class SentenceSplitter
{
    public static List<Sentence> Split(string text, List<Token> tokens)
    {
        if (tokens.Count == 0)
        {
            return new List<Sentence>(4);
        }

        var sentences = new ScratchList<Sentence>(tokens.Count / 16);

        ReadOnlySpan<char> s = text.AsSpan();
        int first = 0;
        for (int i = 1; i < tokens.Count; i++)
        {
            if (IsBoundaryBefore(s, tokens, i))
            {
                Add(ref sentences, tokens, first, i);
                first = i;
            }
        }

        Add(ref sentences, tokens, first, tokens.Count);
        return sentences.ToList();
    }

    private static void Add(ref ScratchList<Sentence> sentences, List<Token> tokens, int first, int end)
    {
        var span = TextSpan.FromBounds(tokens[first].Span.Start, tokens[end - 1].Span.End);
        sentences.Add(new Sentence(span, first, end - first));
    }

    private static bool IsBoundaryBefore(ReadOnlySpan<char> s, List<Token> tokens, int i)
    {
        Token cur = tokens[i];
        Token prev = tokens[i - 1];

        if (cur.NewlineBefore)
        {
            if (HasBlankLine(s, prev.Span.End, cur.Span.Start))
            {
                return true;
            }

            return !LooksWrapped(s, tokens, i);
        }

        // Find the terminal punctuation before cur, skipping closing quotes/brackets glued to it.
        // At most three closers ("….’”)") are skipped, so a run of thousands of marks stays linear.
        int j = i - 1;
        int skipped = 0;
        while (skipped < 3 && j > 0 && IsCloser(s, tokens[j]) && tokens[j - 1].Span.End == tokens[j].Span.Start)
        {
            j--;
            skipped++;
        }

        Token term = tokens[j];
        if (term.Kind != TokenKind.Punctuation || !IsTerminal(s, term))
        {
            return false;
        }

        // Glued text after the period ("2023Updated", "U.S.A") is not a boundary.
        if (prev.Span.End == cur.Span.Start)
        {
            return false;
        }

        char t = s[term.Span.Start];
        char next = s[cur.Span.Start];
        bool opener = char.IsUpper(next) || char.IsDigit(next) || IsOpeningMark(next) || cur.Kind == TokenKind.Symbol;
        if (!opener)
        {
            // "?" or "!" followed by lower case: the quote goes on ("Why?" he asked).
            return false;
        }

        if (t == '.' && term.Span.Length == 1 && j > 0)
        {
            Token before = tokens[j - 1];
            if (before.Span.End == term.Span.Start && before.Kind == TokenKind.Word)
            {
                ReadOnlySpan<char> w = s.Slice(before.Span.Start, before.Span.Length);
                if (Abbreviations.Contains(w))
                {
                    // "Gen." never ends a sentence; "U.S." or "Inc." does when a usual opener follows.
                    return Abbreviations.MayEndSentence(w) && OpensSentence(s, cur);
                }

                // An unlisted dotted initialism ("S.R.M. Institute", "N.Y. Times") is read like "U.S.".
                if (IsDottedInitialism(w))
                {
                    return OpensSentence(s, cur);
                }

                // A single capital letter is an initial ("John F. Kennedy").
                if (w.Length == 1 && char.IsUpper(w[0]))
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>True when <paramref name="next"/> is a word that usually opens a sentence, or an opening quotation mark.</summary>
    private static bool OpensSentence(ReadOnlySpan<char> s, Token next)
    {
        if (next.Kind != TokenKind.Word)
        {
            char c = s[next.Span.Start];
            return c is '\u201C' or '"' or '\u00AB';
        }

        return Abbreviations.IsSentenceOpener(s.Slice(next.Span.Start, next.Span.Length));
    }

    /// <summary>Letters separated by single periods, at least two of them ("S.R.M", "N.Y"); the final period is not part of the token.</summary>
    private static bool IsDottedInitialism(ReadOnlySpan<char> w)
    {
        if (w.Length < 3 || (w.Length & 1) == 0)
        {
            return false;
        }

        for (int k = 0; k < w.Length; k++)
        {
            if ((k & 1) == 0 ? !char.IsLetter(w[k]) : w[k] != '.')
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsTerminal(ReadOnlySpan<char> s, Token t)
    {
        char c = s[t.Span.Start];
        return c == '.' || c == '!' || c == '?' || c == '\u2026';
    }

    private static bool IsCloser(ReadOnlySpan<char> s, Token t)
    {
        if (t.Kind != TokenKind.Punctuation || t.Span.Length != 1)
        {
            return false;
        }

        char c = s[t.Span.Start];
        return c == '\u201D' || c == '\u2019' || c == '"' || c == '\'' || c == ')' || c == ']' || c == '\u00BB' || c == '\u203A';
    }

    private static bool IsOpeningMark(char c) =>
        c == '\u201C' || c == '\u2018' || c == '"' || c == '\'' || c == '(' || c == '[' || c == '\u00AB' || c == '\u201E' || c == '\u2039' || c == '\u2022' || c == '-' || c == '\u2013' || c == '\u2014';

    private static bool HasBlankLine(ReadOnlySpan<char> s, int from, int to)
    {
        int newlines = 0;
        for (int k = from; k < to; k++)
        {
            if (s[k] == '\n')
            {
                if (++newlines >= 2)
                {
                    return true;
                }
            }
            else if (s[k] == '\r' || s[k] == ' ' || s[k] == '\t')
            {
                continue;
            }
            else if (!char.IsWhiteSpace(s[k]))
            {
                newlines = 0;
            }
        }

        return false;
    }

    /// <summary>True when the line break before token <paramref name="i"/> looks like a hard wrap inside a sentence.</summary>
    private static bool LooksWrapped(ReadOnlySpan<char> s, List<Token> tokens, int i)
    {
        Token prev = tokens[i - 1];
        Token cur = tokens[i];
        char last = s[prev.Span.End - 1];
        bool midClause = (prev.Kind == TokenKind.Word && prev.Case is TokenCase.Lower) || last == ',' || last == ';' || prev.Kind == TokenKind.Number;
        if (!midClause)
        {
            return false;
        }

        if (cur.Kind == TokenKind.Word && cur.Case == TokenCase.Lower)
        {
            return true;
        }

        // The previous line is long: typical of hard-wrapped text.
        int lineStart = prev.Span.End - 1;
        while (lineStart > 0 && s[lineStart - 1] != '\n')
        {
            lineStart--;
        }

        return prev.Span.End - lineStart >= 60;
    }
}
