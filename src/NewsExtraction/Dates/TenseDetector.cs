using NewsExtraction.Text;

namespace NewsExtraction.Dates;

/// <summary>
/// Tells whether the clause around a date speaks of the past or the future, from nearby verbs: "said on
/// Sunday" → past, "will meet on Friday" → future. Looks at a bounded window of tokens in the sentence,
/// weighting each marker by its distance; the right side stops at clause openers ("that", "which").
/// </summary>
internal static class TenseDetector
{
    private const int Window = 20;

    private const int LongWindow = 50;

    private static readonly SpanMap<bool> IrregularPast = DateGrammar.LoadSet("NewsExtraction.Dates.irregular_past.txt");

    internal static int IrregularPastCount => IrregularPast.Count;

    public static Direction Detect(AnalyzedDocument document, int start, int end) => Detect(document, start, end, out _);

    /// <summary>
    /// As <see cref="Detect(AnalyzedDocument, int, int)"/>; <paramref name="firm"/> is true when only one
    /// direction has any marker in the window ("the fiscal year ended Jan. 31", with no future word near).
    /// </summary>
    public static Direction Detect(AnalyzedDocument document, int start, int end, out bool firm)
    {
        firm = false;
        IReadOnlyList<Token> tokens = document.Tokens;
        int si = document.SentenceIndexAt(start);
        int sFirst = 0, sEnd = tokens.Count;
        if (si >= 0)
        {
            Sentence s = document.Sentences[si];
            sFirst = s.FirstToken;
            sEnd = s.FirstToken + s.TokenCount;
        }

        int first = document.TokenIndexAt(start);
        int last = document.TokenIndexAt(end); // first token at or after the end
        string text = document.Text;
        double past = 0, future = 0;

        // Left of the expression.
        int words = 0;
        bool until = false;
        for (int k = first - 1; k >= sFirst && k >= first - Window; k--)
        {
            Token t = tokens[k];
            if (t.Kind == TokenKind.Punctuation && (text[t.Span.Start] is ';' or '\u201C' or '\u201D' or '"' || IsDoubledQuote(text, t)))
            {
                break;
            }

            if (t.Kind != TokenKind.Word)
            {
                continue;
            }

            words++;
            ReadOnlySpan<char> lw = text.AsSpan(t.Span.Start, t.Span.Length);
            if (words == 1 && lw.Equals("effective", StringComparison.OrdinalIgnoreCase))
            {
                future += 2; // "effective Feb. 1": a change announced ahead of the date
                continue;
            }

            if (words == 1 && (lw.Equals("until", StringComparison.OrdinalIgnoreCase) || lw.Equals("till", StringComparison.OrdinalIgnoreCase)))
            {
                until = true;
            }
            else if (until && IsDeadlineWord(lw))
            {
                // "extended its deadline until Tuesday", "postponed until Friday": a new date set ahead.
                future += 2;
                until = false;
                continue;
            }

            // A reporting verb beyond a nearer marker governs the clause, not the date ("officials said they
            // did not plan to move him on Thursday"): its tense is the report's, not the event's.
            if (past + future >= 0.1 && IsReportingVerb(text.AsSpan(t.Span.Start, t.Span.Length)))
            {
                continue;
            }

            Score(text, tokens, k, 1.0 / words, ref past, ref future);
        }

        // Right of the expression, up to a clause opener.
        // With nothing near, the sentence's main verb may lie further on ("In January, a week after the
        // anniversary of the decision, a bombing in Birmingham killed ..."): read on up to LongWindow tokens,
        // each marker there counting a small fixed weight.
        words = 0;
        for (int k = last; k < sEnd && k < last + LongWindow; k++)
        {
            if (k >= last + Window && (past >= 0.1 || future >= 0.1))
            {
                break;
            }

            Token t = tokens[k];
            if (t.Kind == TokenKind.Punctuation && (text[t.Span.Start] is ';' or '\u201C' or '\u201D' or '"' or ':' or '(' or ')' || IsDoubledQuote(text, t)))
            {
                break;
            }

            if (t.Kind != TokenKind.Word)
            {
                continue;
            }

            ReadOnlySpan<char> w = text.AsSpan(t.Span.Start, t.Span.Length);
            if ((w.Equals("that", StringComparison.OrdinalIgnoreCase) || w.Equals("which", StringComparison.OrdinalIgnoreCase) || w.Equals("who", StringComparison.OrdinalIgnoreCase) || w.Equals("but", StringComparison.OrdinalIgnoreCase) || w.Equals("because", StringComparison.OrdinalIgnoreCase) || w.Equals("when", StringComparison.OrdinalIgnoreCase)
                || ((w.Equals("and", StringComparison.OrdinalIgnoreCase) || w.Equals("or", StringComparison.OrdinalIgnoreCase)) && !InsideName(tokens, k, sFirst, sEnd)) || w.Equals("while", StringComparison.OrdinalIgnoreCase)))
            {
                break;
            }

            words++;
            Score(text, tokens, k, k >= last + Window ? 0.12 : 0.7 / words, ref past, ref future);
        }

        if (past < 0.1 && future < 0.1)
        {
            return Direction.Unknown;
        }

        firm = Math.Min(past, future) < 0.1;
        return future > past ? Direction.Future : Direction.Past;
    }

    /// <summary>"and" between two capitalised words is part of a name ("the Abortion and Reproductive Rights League"), not a new clause.</summary>
    private static bool InsideName(IReadOnlyList<Token> tokens, int k, int sFirst, int sEnd) =>
        k - 1 >= sFirst && k + 1 < sEnd && tokens[k - 1].Case == TokenCase.Capitalized && tokens[k + 1].Case == TokenCase.Capitalized;

    /// <summary>A quotation mark written as two apostrophes or backticks ('' or ``), as in wire copy.</summary>
    private static bool IsDoubledQuote(string text, Token t)
    {
        int i = t.Span.Start;
        char c = text[i];
        if (c is not ('\'' or '`'))
        {
            return false;
        }

        return (i + 1 < text.Length && text[i + 1] == c) || (i > 0 && text[i - 1] == c);
    }

    private static void Score(string text, IReadOnlyList<Token> tokens, int k, double weight, ref double past, ref double future)
    {
        ReadOnlySpan<char> w = text.AsSpan(tokens[k].Span.Start, tokens[k].Span.Length);
        if (w.Length < 2 || w.Length > 20)
        {
            return;
        }

        if (w.Equals("will", StringComparison.OrdinalIgnoreCase) || w.Equals("shall", StringComparison.OrdinalIgnoreCase)
            || w.EndsWith("'ll", StringComparison.OrdinalIgnoreCase) || w.EndsWith("\u2019ll", StringComparison.OrdinalIgnoreCase)
            || w.Equals("won't", StringComparison.OrdinalIgnoreCase) || w.Equals("won\u2019t", StringComparison.OrdinalIgnoreCase))
        {
            future += 2 * weight;
            return;
        }

        // "had been due to expire Friday", "had been scheduled for June": the plan lies in the past.
        if (k >= 2 && IsWord(text, tokens, k - 1, "been") && IsWord(text, tokens, k - 2, "had")
            && (w.Equals("scheduled", StringComparison.OrdinalIgnoreCase) || w.Equals("slated", StringComparison.OrdinalIgnoreCase)
                || w.Equals("due", StringComparison.OrdinalIgnoreCase) || w.Equals("expected", StringComparison.OrdinalIgnoreCase)
                || w.Equals("set", StringComparison.OrdinalIgnoreCase) || w.Equals("planned", StringComparison.OrdinalIgnoreCase)))
        {
            past += 2 * weight;
            return;
        }

        // "as previously planned", "as expected", "originally scheduled": says nothing of the event's side.
        if (k >= 1 && (IsWord(text, tokens, k - 1, "as") || IsWord(text, tokens, k - 1, "previously") || IsWord(text, tokens, k - 1, "originally"))
            && (w.Equals("scheduled", StringComparison.OrdinalIgnoreCase) || w.Equals("expected", StringComparison.OrdinalIgnoreCase)
                || w.Equals("planned", StringComparison.OrdinalIgnoreCase)))
        {
            return;
        }

        // "is to resume trading Tuesday", "are to meet in May": an arrangement for the future.
        if ((w.Equals("is", StringComparison.OrdinalIgnoreCase) || w.Equals("are", StringComparison.OrdinalIgnoreCase))
            && NextWordIs(text, tokens, k, "to") && k + 2 < tokens.Count && tokens[k + 2].Case == TokenCase.Lower && tokens[k + 2].Kind == TokenKind.Word
            && !IsWord(text, tokens, k + 2, "be") && !text.AsSpan(tokens[k + 2].Span.Start, tokens[k + 2].Span.Length).EndsWith("ing", StringComparison.Ordinal))
        {
            future += 1.5 * weight;
            return;
        }

        if (w.Equals("scheduled", StringComparison.OrdinalIgnoreCase) || w.Equals("upcoming", StringComparison.OrdinalIgnoreCase)
            || w.Equals("slated", StringComparison.OrdinalIgnoreCase) || w.Equals("due", StringComparison.OrdinalIgnoreCase)
            || w.Equals("plans", StringComparison.OrdinalIgnoreCase) || w.Equals("soon", StringComparison.OrdinalIgnoreCase)
            || w.Equals("expected", StringComparison.OrdinalIgnoreCase) || w.Equals("expect", StringComparison.OrdinalIgnoreCase)
            || w.Equals("expects", StringComparison.OrdinalIgnoreCase) || w.Equals("payable", StringComparison.OrdinalIgnoreCase) || (w.Equals("next", StringComparison.OrdinalIgnoreCase) && !NextWordIs(text, tokens, k, "to"))
            || w.Equals("tomorrow", StringComparison.OrdinalIgnoreCase) || w.Equals("would", StringComparison.OrdinalIgnoreCase)
            || w.Equals("intends", StringComparison.OrdinalIgnoreCase) || w.Equals("aims", StringComparison.OrdinalIgnoreCase)
            || w.Equals("planned", StringComparison.OrdinalIgnoreCase) || w.Equals("planning", StringComparison.OrdinalIgnoreCase))
        {
            future += 1.5 * weight;
            return;
        }

        // "planned to leave", "set to resume", "due to meet": a future intention, whatever the tense of the verb.
        if (NextWordIs(text, tokens, k, "to") && (w.Equals("planned", StringComparison.OrdinalIgnoreCase) || w.Equals("planning", StringComparison.OrdinalIgnoreCase)
            || w.Equals("plan", StringComparison.OrdinalIgnoreCase) || w.Equals("set", StringComparison.OrdinalIgnoreCase) || w.Equals("poised", StringComparison.OrdinalIgnoreCase)
            || w.Equals("likely", StringComparison.OrdinalIgnoreCase) || w.Equals("intended", StringComparison.OrdinalIgnoreCase) || w.Equals("hoped", StringComparison.OrdinalIgnoreCase)))
        {
            future += 2 * weight;
            return;
        }

        if (w.Equals("early", StringComparison.OrdinalIgnoreCase) && k > 0 && NextWordIs(text, tokens, k, "as") && text.AsSpan(tokens[k - 1].Span.Start, tokens[k - 1].Span.Length).Equals("as", StringComparison.OrdinalIgnoreCase))
        {
            future += 1.5 * weight; // "as early as Tuesday"
            return;
        }

        if (w.Equals("going", StringComparison.OrdinalIgnoreCase) && k + 1 < tokens.Count && text.AsSpan(tokens[k + 1].Span.Start, tokens[k + 1].Span.Length).Equals("to", StringComparison.OrdinalIgnoreCase))
        {
            future += 1.5 * weight;
            return;
        }

        if (IrregularPast.Contains(w) || w.Equals("ago", StringComparison.OrdinalIgnoreCase) || w.Equals("yesterday", StringComparison.OrdinalIgnoreCase) || w.Equals("earlier", StringComparison.OrdinalIgnoreCase))
        {
            past += 1.5 * weight;
            return;
        }

        if (w.Length >= 5 && w.EndsWith("ed", StringComparison.Ordinal) && tokens[k].Case == TokenCase.Lower && !NotPast(w))
        {
            past += weight;
        }
    }

    private static bool IsDeadlineWord(ReadOnlySpan<char> w) =>
        w.Equals("deadline", StringComparison.OrdinalIgnoreCase) || w.Equals("extended", StringComparison.OrdinalIgnoreCase)
        || w.Equals("postponed", StringComparison.OrdinalIgnoreCase) || w.Equals("delayed", StringComparison.OrdinalIgnoreCase)
        || w.Equals("adjourned", StringComparison.OrdinalIgnoreCase) || w.Equals("given", StringComparison.OrdinalIgnoreCase)
        || w.Equals("deferred", StringComparison.OrdinalIgnoreCase) || w.Equals("suspended", StringComparison.OrdinalIgnoreCase);

    private static bool IsReportingVerb(ReadOnlySpan<char> w) =>
        w.Equals("said", StringComparison.OrdinalIgnoreCase) || w.Equals("says", StringComparison.OrdinalIgnoreCase)
        || w.Equals("told", StringComparison.OrdinalIgnoreCase) || w.Equals("announced", StringComparison.OrdinalIgnoreCase)
        || w.Equals("reported", StringComparison.OrdinalIgnoreCase) || w.Equals("added", StringComparison.OrdinalIgnoreCase);

    private static bool IsWord(string text, IReadOnlyList<Token> tokens, int k, string word) =>
        text.AsSpan(tokens[k].Span.Start, tokens[k].Span.Length).Equals(word, StringComparison.OrdinalIgnoreCase);

    private static bool NextWordIs(string text, IReadOnlyList<Token> tokens, int k, string word) =>
        k + 1 < tokens.Count && text.AsSpan(tokens[k + 1].Span.Start, tokens[k + 1].Span.Length).Equals(word, StringComparison.OrdinalIgnoreCase);

    private static bool NotPast(ReadOnlySpan<char> w) =>
        w.EndsWith("eed", StringComparison.Ordinal) || w.Equals("hundred", StringComparison.Ordinal) || w.Equals("sacred", StringComparison.Ordinal)
        || w.Equals("naked", StringComparison.Ordinal) || w.Equals("wicked", StringComparison.Ordinal) || w.Equals("kindred", StringComparison.Ordinal)
        || w.Equals("based", StringComparison.Ordinal) || w.Equals("concerned", StringComparison.Ordinal) || w.Equals("supposed", StringComparison.Ordinal)
        || w.Equals("united", StringComparison.Ordinal) || w.Equals("limited", StringComparison.Ordinal) || w.Equals("advanced", StringComparison.Ordinal)
        || w.Equals("armed", StringComparison.Ordinal) || w.Equals("related", StringComparison.Ordinal) || w.Equals("detailed", StringComparison.Ordinal);
}
