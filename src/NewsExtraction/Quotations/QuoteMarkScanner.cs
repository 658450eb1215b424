using System.Buffers;

namespace NewsExtraction.Quotations;

/// <summary>The style of a pair of quotation marks.</summary>
internal enum QuoteFamily : byte
{
    /// <summary>Not a quotation mark.</summary>
    None = 0,

    /// <summary>“…”, "…", ”…” (Swedish).</summary>
    Double = 1,

    /// <summary>‘…’, '…'.</summary>
    Single = 2,

    /// <summary>«…».</summary>
    Guillemet = 3,

    /// <summary>»…« (German, Danish).</summary>
    ReverseGuillemet = 4,

    /// <summary>‹…›.</summary>
    SingleGuillemet = 5,

    /// <summary>„…“ or „…”.</summary>
    LowDouble = 6,

    /// <summary>‚…‘ or ‚…’.</summary>
    LowSingle = 7,
}

/// <summary>One outermost quoted stretch: its marks, its content and how it ended.</summary>
/// <param name="OuterStart">The opening mark.</param>
/// <param name="OuterEnd">Just after the closing mark, or the end of the content when the stretch was left open.</param>
/// <param name="ContentStart">The first character of the content (white space after the mark skipped).</param>
/// <param name="ContentEnd">Just after the last character of the content (white space before the mark skipped).</param>
/// <param name="Family">The style of the marks.</param>
/// <param name="Closed">False when no closing mark was found and the stretch was closed at the end of its paragraph or line.</param>
/// <param name="AtBlockStart">True when the opening mark is the first character of its line.</param>
/// <param name="Opener">The opening mark character.</param>
internal readonly record struct QuotedStretch(int OuterStart, int OuterEnd, int ContentStart, int ContentEnd, QuoteFamily Family, bool Closed, bool AtBlockStart, char Opener);

/// <summary>
/// Pairs quotation marks paragraph by paragraph in one linear pass, with a stack for nesting of
/// other styles. Apostrophes inside words ("China’s", "it's") and after plural possessives
/// ("forces’") are not marks unless a single quote is open; a double mark after a digit is an inch
/// sign. An opening mark left open closes at the end of its paragraph (or of its line when the next
/// line opens a new quote or the quote cannot continue there), so a missing closing mark never
/// swallows the rest of the article. Only outermost stretches are reported.
/// </summary>
internal static class QuoteMarkScanner
{
    private static readonly SearchValues<char> Interesting = SearchValues.Create("\"'`\u201C\u201D\u2018\u2019\u00AB\u00BB\u2039\u203A\u201E\u201A\n");

    private enum Action : byte
    {
        None,
        Open,
        Close,
        Reopen,
    }

    private struct OpenMark
    {
        public int Position;
        public int Length;
        public QuoteFamily Family;
        public bool AtBlockStart;
    }

    public static List<QuotedStretch> Scan(string text, IReadOnlyList<TextSpan> paragraphs, CancellationToken cancellationToken)
    {
        var result = new List<QuotedStretch>();
        var stack = new List<OpenMark>();
        var counts = new int[8];
        int checkedAt = 0;
        foreach (TextSpan p in paragraphs)
        {
            if (p.Start - checkedAt > 65536)
            {
                cancellationToken.ThrowIfCancellationRequested();
                checkedAt = p.Start;
            }

            stack.Clear();
            Array.Clear(counts);
            int lineStart = p.Start;
            int i = p.Start;
            while (i < p.End)
            {
                int k = text.AsSpan(i, p.End - i).IndexOfAny(Interesting);
                if (k < 0)
                {
                    break;
                }

                i += k;
                char c = text[i];
                if (c == '\n')
                {
                    int next = SkipSpace(text, i + 1, p.End);
                    if (stack.Count > 0)
                    {
                        HandleLineBreak(text, p, lineStart, i, next, stack, counts, result);
                    }

                    lineStart = next;
                    i = next;
                    continue;
                }

                if (stack.Count == 0 && OrphanClose(text, i, lineStart, p.End, result))
                {
                    i++;
                    continue;
                }

                i += Step(text, i, lineStart, stack, counts, result);
            }

            if (stack.Count > 0)
            {
                EmitOpen(text, stack[0], p.End, result);
            }
        }

        return result;
    }

    /// <summary>Handles the mark at <paramref name="i"/>; returns how many characters it takes (2 for ‘‘ ’’ `` '').</summary>
    private static int Step(string text, int i, int lineStart, List<OpenMark> stack, int[] counts, List<QuotedStretch> result)
    {
        (Action action, QuoteFamily family, int length) = ClassifyDoubled(text, i, counts);
        if (action == Action.Reopen && text[i] == '"' && (stack.Count != 1 || !stack[0].AtBlockStart))
        {
            action = Action.Close; // a straight mark reopens only a quote that opened its line (see Classify)
        }

        switch (action)
        {
            case Action.Open:
                stack.Add(new OpenMark { Position = i, Length = length, Family = family, AtBlockStart = i == lineStart });
                counts[(int)family]++;
                break;
            case Action.Reopen:
                // A second opening mark of a style already open: the earlier one lacked its closing mark.
                // An outermost one closes just before the new mark; a nested one is dropped.
                int open = TopIndexOf(stack, family);
                if (open == 0)
                {
                    EmitOpen(text, stack[0], i, result);
                }

                PopTo(stack, counts, open);
                stack.Add(new OpenMark { Position = i, Length = length, Family = family, AtBlockStart = i == lineStart });
                counts[(int)family]++;
                break;
            case Action.Close:
                int at = TopIndexOf(stack, family);
                if (at == 0)
                {
                    Emit(text, stack[0], i, length, result);
                }

                PopTo(stack, counts, at);
                break;
        }

        return length;
    }

    /// <summary>
    /// A closing double mark ending a line that opened no quote, right after a line whose quote was left open: the
    /// writer dropped the opening mark of the last paragraph of a multi-paragraph quote. The whole line is its content.
    /// </summary>
    private static bool OrphanClose(string text, int i, int lineStart, int end, List<QuotedStretch> result)
    {
        char c = text[i];
        if (c is not ('\u201D' or '"') || i <= lineStart || text[i - 1] is not ('.' or '!' or '?' or '\u2026') || result.Count == 0)
        {
            return false;
        }

        int after = i + 1;
        while (after < end && text[after] is ' ' or '\t' or '\u00A0' or '\r')
        {
            after++;
        }

        if (after < end && text[after] != '\n')
        {
            return false;
        }

        int inner = result.Count;
        while (inner > 0 && result[inner - 1].OuterStart >= lineStart)
        {
            inner--; // quotes nested in the line ("to ‘puff’ out") become part of it
        }

        if (inner == 0)
        {
            return false;
        }

        QuotedStretch before = result[inner - 1];
        if (before.Closed || !IsDoubleLike(before.Family) || before.OuterEnd > lineStart || !char.IsUpper(text[lineStart]))
        {
            return false;
        }

        for (int k = before.OuterEnd; k < lineStart; k++)
        {
            if (!char.IsWhiteSpace(text[k]))
            {
                return false;
            }
        }

        // No other mark may open on the line (then the mark closes that one).
        for (int k = lineStart; k < i; k++)
        {
            if (text[k] is '"' or '\u201C' or '\u201E' or '\u00AB')
            {
                return false;
            }
        }

        result.RemoveRange(inner, result.Count - inner);
        result.Add(new QuotedStretch(lineStart, i + 1, lineStart, i, before.Family, true, true, before.Opener));
        return true;
    }

    /// <summary>Two single marks in a row stand for one double mark in some typesetting (‘‘…’’, ``…'').</summary>
    private static (Action Action, QuoteFamily Family, int Length) ClassifyDoubled(string text, int i, int[] counts)
    {
        char c = text[i];
        if (i + 1 < text.Length && text[i + 1] == c && c is '\u2018' or '`' or '\u2019' or '\'')
        {
            bool opening = c is '\u2018' or '`';
            if (opening)
            {
                return (counts[(int)QuoteFamily.Double] > 0 ? Action.Reopen : Action.Open, QuoteFamily.Double, 2);
            }

            if (counts[(int)QuoteFamily.Double] > 0)
            {
                return (Action.Close, QuoteFamily.Double, 2);
            }

            // ''…'' (two apostrophes for both marks, as in some newspaper archives)
            bool left = i == 0 || IsLeftContext(text[i - 1]);
            bool right = i + 2 >= text.Length || IsRightContext(text[i + 2]);
            return left && !right ? (Action.Open, QuoteFamily.Double, 2) : (Action.None, QuoteFamily.None, 2);
        }

        if (c == '`')
        {
            return (Action.None, QuoteFamily.None, 1);
        }

        (Action a, QuoteFamily f) = Classify(text, i, counts);
        return (a, f, 1);
    }

    /// <summary>A line break inside a paragraph while a quote is open: continue (hard wrap) or close the quote at the line end.</summary>
    private static void HandleLineBreak(string text, TextSpan p, int lineStart, int newline, int next, List<OpenMark> stack, int[] counts, List<QuotedStretch> result)
    {
        int lineEnd = newline;
        while (lineEnd > lineStart && char.IsWhiteSpace(text[lineEnd - 1]))
        {
            lineEnd--;
        }

        QuoteFamily family = stack[0].Family;
        bool close;
        if (next >= p.End)
        {
            close = true;
        }
        else if (OpensFamily(text, next, family))
        {
            // The next paragraph-like line opens the same style again: a multi-paragraph quote.
            close = true;
        }
        else if (lineEnd > lineStart && EndsSentence(text[lineEnd - 1]))
        {
            // A finished sentence: continue only when the next line closes the quote before it opens another.
            close = !NextLineCloses(text, next, p.End, family);
        }
        else
        {
            close = false;
        }

        if (close)
        {
            EmitOpen(text, stack[0], lineEnd, result);
            stack.Clear();
            Array.Clear(counts);
        }
    }

    private static bool NextLineCloses(string text, int from, int end, QuoteFamily family)
    {
        int nl = text.AsSpan(from, end - from).IndexOf('\n');
        int lineEnd = nl < 0 ? end : from + nl;
        Span<int> counts = stackalloc int[8];
        counts[(int)family] = 1;
        for (int i = from; i < lineEnd; i++)
        {
            char c = text[i];
            if (!IsMarkChar(c))
            {
                continue;
            }

            (Action action, QuoteFamily f) = Classify(text, i, counts);
            if (action == Action.Close && f == family)
            {
                return true;
            }

            if (action is Action.Open or Action.Reopen)
            {
                return false;
            }
        }

        return false;
    }

    private static bool OpensFamily(string text, int i, QuoteFamily family)
    {
        Span<int> empty = stackalloc int[8];
        (Action action, QuoteFamily f) = Classify(text, i, empty);
        return action == Action.Open && (f == family || (IsDoubleLike(f) && IsDoubleLike(family)));
    }

    /// <summary>True when the last non-space character on the line before <paramref name="i"/> ends a sentence.</summary>
    private static bool EndsSentenceBefore(string text, int i)
    {
        int k = i - 1;
        while (k >= 0 && text[k] is ' ' or '\t' or '\u00A0')
        {
            k--;
        }

        return k >= 0 && text[k] is '.' or '!' or '?';
    }

    private static bool IsDoubleLike(QuoteFamily f) => f is QuoteFamily.Double or QuoteFamily.LowDouble or QuoteFamily.Guillemet or QuoteFamily.ReverseGuillemet;

    private static bool IsMarkChar(char c) =>
        c is '"' or '\'' or '\u201C' or '\u201D' or '\u2018' or '\u2019' or '\u00AB' or '\u00BB' or '\u2039' or '\u203A' or '\u201E' or '\u201A';

    /// <summary>What the mark at <paramref name="i"/> does, given the styles open (<paramref name="counts"/>).</summary>
    private static (Action Action, QuoteFamily Family) Classify(string text, int i, ReadOnlySpan<int> counts)
    {
        char c = text[i];
        char prev = i > 0 ? text[i - 1] : ' ';
        char next = i + 1 < text.Length ? text[i + 1] : ' ';
        bool left = IsLeftContext(prev);
        bool right = IsRightContext(next);
        bool openDouble = counts[(int)QuoteFamily.Double] > 0;
        switch (c)
        {
            case '"':
                if (openDouble)
                {
                    // "… they noted. "Instead of …": two paragraphs of a quote run together, the second opening again
                    // (Step keeps this only for a quote that opened its line).
                    return char.IsWhiteSpace(prev) && char.IsUpper(next) && EndsSentenceBefore(text, i)
                        ? (Action.Reopen, QuoteFamily.Double)
                        : (Action.Close, QuoteFamily.Double);
                }

                if (counts[(int)QuoteFamily.LowDouble] > 0 && !left)
                {
                    return (Action.Close, QuoteFamily.LowDouble);
                }

                if (char.IsDigit(prev) || (!left && right) || (char.IsWhiteSpace(prev) && char.IsWhiteSpace(next)))
                {
                    // An inch sign, a stray closing mark, or a mark standing alone between spaces.
                    return (Action.None, QuoteFamily.None);
                }

                return (Action.Open, QuoteFamily.Double);

            case '\u201C': // “
                if (counts[(int)QuoteFamily.LowDouble] > 0)
                {
                    return (Action.Close, QuoteFamily.LowDouble);
                }

                if (openDouble && !left && right)
                {
                    return (Action.Close, QuoteFamily.Double);
                }

                return (openDouble ? Action.Reopen : Action.Open, QuoteFamily.Double);

            case '\u201D': // ”
                if (openDouble)
                {
                    return (Action.Close, QuoteFamily.Double);
                }

                if (counts[(int)QuoteFamily.LowDouble] > 0)
                {
                    return (Action.Close, QuoteFamily.LowDouble);
                }

                return left && !right ? (Action.Open, QuoteFamily.Double) : (Action.None, QuoteFamily.None);

            case '\u201E': // „
                return (counts[(int)QuoteFamily.LowDouble] > 0 ? Action.Reopen : Action.Open, QuoteFamily.LowDouble);

            case '\u2018': // ‘
                if (counts[(int)QuoteFamily.LowSingle] > 0)
                {
                    return (Action.Close, QuoteFamily.LowSingle);
                }

                if (counts[(int)QuoteFamily.Single] > 0 && !left && right)
                {
                    return (Action.Close, QuoteFamily.Single);
                }

                if (char.IsLetterOrDigit(prev))
                {
                    return (Action.None, QuoteFamily.None); // a misused apostrophe ("China‘s")
                }

                return (counts[(int)QuoteFamily.Single] > 0 ? Action.Reopen : Action.Open, QuoteFamily.Single);

            case '\u2019': // ’
            case '\'':
                if (char.IsLetterOrDigit(prev) && char.IsLetterOrDigit(next))
                {
                    return (Action.None, QuoteFamily.None); // an apostrophe inside a word
                }

                if (counts[(int)QuoteFamily.Single] > 0 && (!left || (right && prev is '\'' or '\u2019' or '"' or '\u201D')))
                {
                    // A mark right after a closing mark and before a space closes too ("called ''king tides.'''").
                    return (Action.Close, QuoteFamily.Single);
                }

                if (counts[(int)QuoteFamily.LowSingle] > 0 && !left)
                {
                    return (Action.Close, QuoteFamily.LowSingle);
                }

                if (c == '\'' && left && !right && !char.IsDigit(next))
                {
                    return (Action.Open, QuoteFamily.Single);
                }

                return (Action.None, QuoteFamily.None); // a possessive ("forces’") or an elision

            case '\u201A': // ‚
                return left && char.IsLetter(next) ? (Action.Open, QuoteFamily.LowSingle) : (Action.None, QuoteFamily.None);

            case '\u00AB': // «
                if (counts[(int)QuoteFamily.ReverseGuillemet] > 0 && !left)
                {
                    return (Action.Close, QuoteFamily.ReverseGuillemet);
                }

                return (counts[(int)QuoteFamily.Guillemet] > 0 ? Action.Reopen : Action.Open, QuoteFamily.Guillemet);

            case '\u00BB': // »
                if (counts[(int)QuoteFamily.Guillemet] > 0)
                {
                    return (Action.Close, QuoteFamily.Guillemet);
                }

                return left && !right && counts[(int)QuoteFamily.ReverseGuillemet] == 0 ? (Action.Open, QuoteFamily.ReverseGuillemet) : (Action.None, QuoteFamily.None);

            case '\u2039': // ‹
                return (counts[(int)QuoteFamily.SingleGuillemet] > 0 ? Action.Reopen : Action.Open, QuoteFamily.SingleGuillemet);

            case '\u203A': // ›
                return counts[(int)QuoteFamily.SingleGuillemet] > 0 ? (Action.Close, QuoteFamily.SingleGuillemet) : (Action.None, QuoteFamily.None);

            default:
                return (Action.None, QuoteFamily.None);
        }
    }

    /// <summary>The character before a mark lets it open a quote: white space, an opening bracket, a dash or another mark.</summary>
    private static bool IsLeftContext(char c) =>
        char.IsWhiteSpace(c) || c is '(' or '[' or '{' or '-' or '\u2013' or '\u2014' or '/' or ':' or '\u201C' or '\u2018' or '"' or '\'' or '\u00AB' or '\u201E' or '\u2039' or '\u201A' or '>';

    /// <summary>The character after a mark lets it close a quote: white space, punctuation or another mark.</summary>
    private static bool IsRightContext(char c) =>
        char.IsWhiteSpace(c) || (char.IsPunctuation(c) && c is not ('(' or '[' or '{' or '\u201C' or '\u2018' or '\u00AB' or '\u201E' or '\u2039' or '#' or '@' or '&')) || char.IsSymbol(c);

    private static bool EndsSentence(char c) => c is '.' or '!' or '?' or '\u2026' or ':' or ';';

    private static int TopIndexOf(List<OpenMark> stack, QuoteFamily family)
    {
        for (int k = stack.Count - 1; k >= 0; k--)
        {
            if (stack[k].Family == family)
            {
                return k;
            }
        }

        return -1;
    }

    private static void PopTo(List<OpenMark> stack, int[] counts, int index)
    {
        for (int k = stack.Count - 1; k >= index; k--)
        {
            counts[(int)stack[k].Family]--;
        }

        stack.RemoveRange(index, stack.Count - index);
    }

    private static void Emit(string text, OpenMark open, int close, int closeLength, List<QuotedStretch> result)
    {
        int a = SkipSpace(text, open.Position + open.Length, close);
        int b = close;
        while (b > a && char.IsWhiteSpace(text[b - 1]))
        {
            b--;
        }

        if (b > a)
        {
            result.Add(new QuotedStretch(open.Position, close + closeLength, a, b, open.Family, true, open.AtBlockStart, text[open.Position]));
        }
    }

    private static void EmitOpen(string text, OpenMark open, int end, List<QuotedStretch> result)
    {
        int a = SkipSpace(text, open.Position + open.Length, end);
        int b = end;
        while (b > a && char.IsWhiteSpace(text[b - 1]))
        {
            b--;
        }

        if (b > a)
        {
            result.Add(new QuotedStretch(open.Position, b, a, b, open.Family, false, open.AtBlockStart, text[open.Position]));
        }
    }

    private static int SkipSpace(string text, int i, int end)
    {
        while (i < end && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i;
    }
}
