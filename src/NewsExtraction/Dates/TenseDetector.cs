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

    private static readonly SpanMap<bool> ScheduleVerbs = DateGrammar.LoadSet("NewsExtraction.Dates.schedule_verbs.txt");

    private static readonly SpanMap<bool> ScheduledEvents = DateGrammar.LoadSet("NewsExtraction.Dates.scheduled_events.txt");

    internal static int IrregularPastCount => IrregularPast.Count;

    internal static int ScheduleVerbCount => ScheduleVerbs.Count;

    public static Direction Detect(AnalyzedDocument document, int start, int end) => Detect(document, start, end, out _);

    /// <summary>
    /// As <see cref="Detect(AnalyzedDocument, int, int)"/>; <paramref name="firm"/> is true when only one
    /// direction has any marker in the window ("the fiscal year ended Jan. 31", with no future word near).
    /// </summary>
    public static Direction Detect(AnalyzedDocument document, int start, int end, out bool firm) => Detect(document, start, end, out firm, readLeft: true);

    /// <summary>
    /// As <see cref="Detect(AnalyzedDocument, int, int)"/>, reading only the words before the expression in its
    /// sentence (for a date a participle clause follows: "the museum reopens this week, showing paintings that
    /// hung in the old hall": the clause after the comma is not the date's).
    /// </summary>
    public static Direction DetectBefore(AnalyzedDocument document, int start, int end) => Detect(document, start, end, out _, readLeft: true, readRight: false);

    /// <summary>
    /// A lower-case scheduling verb (or its noun: "debut", "launch") among the <paramref name="words"/> words before the
    /// expression in its sentence: "the bridge opens to traffic this week", "the new line debuts this week".
    /// </summary>
    public static bool ScheduleWordBefore(AnalyzedDocument document, int start, int words)
    {
        IReadOnlyList<Token> tokens = document.Tokens;
        int first = document.TokenIndexAt(start);
        int si = document.SentenceIndexAt(start);
        int sFirst = si >= 0 ? document.Sentences[si].FirstToken : 0;
        string text = document.Text;
        int seen = 0;
        for (int k = first - 1; k >= sFirst && k >= 0 && seen < words; k--)
        {
            Token t = tokens[k];
            if (t.Kind != TokenKind.Word)
            {
                if (t.Kind == TokenKind.Punctuation)
                {
                    return false;
                }

                continue;
            }

            seen++;
            if (t.Case == TokenCase.Lower && ScheduleVerbs.Contains(Word(text, t)))
            {
                return true;
            }
        }

        return false;
    }

    private static Direction Detect(AnalyzedDocument document, int start, int end, out bool firm, bool readLeft, bool readRight = true)
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
        bool inRelative = false; // the date sits in a relative clause set off by a comma ("the envoy, who arrived on Wednesday, is …")
        for (int k = first - 1; readLeft && k >= sFirst && k >= first - Window; k--)
        {
            Token t = tokens[k];
            if (t.Kind == TokenKind.Punctuation && (text[t.Span.Start] is ';' or '\u201C' or '\u201D' or '"' || IsDoubledQuote(text, t)))
            {
                // A short quoted phrase ("flock to the city's \"party mile\" on Sunday") is a name, not a quotation:
                // read on past it.
                int open = ShortQuoteOther(text, tokens, k, -1, sFirst, sEnd);
                if (open >= 0)
                {
                    k = open;
                    continue;
                }

                break;
            }

            if (t.Kind != TokenKind.Word)
            {
                continue;
            }

            words++;
            ReadOnlySpan<char> lw = text.AsSpan(t.Span.Start, t.Span.Length);
            if ((lw.Equals("who", StringComparison.OrdinalIgnoreCase) || lw.Equals("which", StringComparison.OrdinalIgnoreCase))
                && k - 1 >= sFirst && tokens[k - 1].Kind == TokenKind.Punctuation && text[tokens[k - 1].Span.Start] == ',')
            {
                // ", who arrived on Wednesday,": the clause's own verbs are read; the main clause around it is not.
                inRelative = true;
                break;
            }

            if (words == 1 && lw.Equals("effective", StringComparison.OrdinalIgnoreCase))
            {
                future += 2; // "effective Feb. 1": a change announced ahead of the date
                continue;
            }

            if (words == 1 && (lw.Equals("until", StringComparison.OrdinalIgnoreCase) || lw.Equals("till", StringComparison.OrdinalIgnoreCase) || lw.Equals("through", StringComparison.OrdinalIgnoreCase)))
            {
                until = true;
                if (!lw.Equals("through", StringComparison.OrdinalIgnoreCase))
                {
                    // "the banks stay closed until Thursday": a state lasting up to the date reads ahead unless a past
                    // verb says otherwise ("the road was closed until Friday").
                    future += 0.12;
                }
            }
            else if (until && (IsDeadlineWord(lw) || (words == 2 && (lw.Equals("have", StringComparison.OrdinalIgnoreCase) || lw.Equals("has", StringComparison.OrdinalIgnoreCase)))))
            {
                // (Also "have until Friday to file", "has until June to decide": time left before a deadline.)
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
        bool leftMarked = past + future >= 0.1;
        for (int k = last; readRight && k < sEnd && k < last + LongWindow; k++)
        {
            if (k >= last + Window && (past >= 0.1 || future >= 0.1))
            {
                break;
            }

            Token t = tokens[k];
            if (t.Kind == TokenKind.Punctuation && text[t.Span.Start] is '\u201C' or '"' && ShortQuoteOther(text, tokens, k, 1, sFirst, sEnd) is int close && close >= 0)
            {
                k = close; // a short quoted phrase after the date: read on past it
                continue;
            }

            if (t.Kind == TokenKind.Punctuation && (text[t.Span.Start] is ';' or '\u201C' or '\u201D' or '"' or ':' or '(' or ')' || IsDoubledQuote(text, t)
                || (inRelative && text[t.Span.Start] == ',')))
            {
                break;
            }

            if (t.Kind != TokenKind.Word)
            {
                continue;
            }

            ReadOnlySpan<char> w = text.AsSpan(t.Span.Start, t.Span.Length);
            bool relative = w.Equals("that", StringComparison.OrdinalIgnoreCase) || w.Equals("which", StringComparison.OrdinalIgnoreCase) || w.Equals("who", StringComparison.OrdinalIgnoreCase);

            // A relative clause before any tense marker ("In January, a fire that closed the road injured two
            // workers"): with nothing read yet, its verb is the narrative's tense too; read on instead of stopping.
            if (relative && past < 0.1 && future < 0.1)
            {
                continue;
            }

            if ((relative || w.Equals("but", StringComparison.OrdinalIgnoreCase) || w.Equals("because", StringComparison.OrdinalIgnoreCase) || w.Equals("when", StringComparison.OrdinalIgnoreCase)
                || ((w.Equals("and", StringComparison.OrdinalIgnoreCase) || w.Equals("or", StringComparison.OrdinalIgnoreCase)) && !InsideName(tokens, k, sFirst, sEnd)) || w.Equals("while", StringComparison.OrdinalIgnoreCase)
                || w.Equals("saying", StringComparison.OrdinalIgnoreCase) || w.Equals("although", StringComparison.OrdinalIgnoreCase) || w.Equals("though", StringComparison.OrdinalIgnoreCase) || w.Equals("whereas", StringComparison.OrdinalIgnoreCase)))
            {
                break;
            }

            // A trailing attribution after a clause that already has its own marker ("the minister is due to visit
            // Oslo on Monday, his office said"): the reporting verb's tense is the report's, not the event's.
            if (leftMarked && IsReportingVerb(w) && TrailingAttribution(text, tokens, last, k, sEnd))
            {
                continue;
            }

            words++;
            Score(text, tokens, k, k >= last + Window ? 0.12 : 0.7 / words, ref past, ref future);
        }

        if (past < 0.1 && future < 0.1)
        {
            // A lone forward marker far to the left ("is scheduled to visit clinics with the regional director and
            // two aid officials in the north, the first on Tuesday morning") still beats the past default.
            return future > 0 && past == 0 ? Direction.Future : Direction.Unknown;
        }

        firm = Math.Min(past, future) < 0.1;
        return future > past ? Direction.Future : Direction.Past;
    }

    /// <summary>
    /// The side a bare weekday lies on when the words touching it decide it, before the wider tense reading:
    /// a possessive ("Wednesday's ruling", "Friday's attack") names an event the report looks back on, so it
    /// is past unless a forward word precedes it ("ahead of Sunday's election") or its own clause reads
    /// future ("Sunday's vote is expected to …"); a present-tense scheduling verb right before it ("they meet
    /// Monday", "the talks resume on Tuesday", "the leaders meet separately Monday") announces the coming one.
    /// <see cref="Direction.Unknown"/> when neither cue is present; <paramref name="nearest"/> is true for a
    /// possessive after a forward word, where the event lies after the clause's but may already be over
    /// ("ahead of Sunday's election": the Sunday nearest the reference date).
    /// </summary>
    public static Direction WeekdayCue(AnalyzedDocument document, int start, int end, out bool nearest) => ScheduleCue(document, start, end, weekday: true, out nearest);

    /// <summary>
    /// As <see cref="WeekdayCue"/>; with <paramref name="weekday"/> false (a month or a day of a month: "the
    /// trial begins March 3", "the season opens in April") only the scheduling verb is read.
    /// </summary>
    public static Direction ScheduleCue(AnalyzedDocument document, int start, int end, bool weekday, out bool nearest)
    {
        nearest = false;
        string text = document.Text;
        IReadOnlyList<Token> tokens = document.Tokens;
        int first = document.TokenIndexAt(start);
        if (first < 0 || first >= tokens.Count)
        {
            return Direction.Unknown;
        }

        int si = document.SentenceIndexAt(start);
        int sFirst = si >= 0 ? document.Sentences[si].FirstToken : 0;

        // Possessive: "Wednesday's", "Friday’s" (the apostrophe right after the expression).
        if (weekday && end + 1 < text.Length && text[end] is '\'' or '\u2019' && text[end + 1] is 's' or 'S' && (end + 2 >= text.Length || !char.IsLetter(text[end + 2])))
        {
            int w = 0;
            for (int k = first - 1; k >= sFirst && w < 3; k--)
            {
                Token t = tokens[k];
                if (t.Kind != TokenKind.Word)
                {
                    break;
                }

                w++;
                ReadOnlySpan<char> lw = text.AsSpan(t.Span.Start, t.Span.Length);
                if (IsForwardWord(lw) || (lw.Equals("of", StringComparison.OrdinalIgnoreCase) && k > sFirst && IsWord(text, tokens, k - 1, "ahead"))
                    || (lw.Equals("to", StringComparison.OrdinalIgnoreCase) && k + 1 < first && tokens[k + 1].Kind == TokenKind.Word && tokens[k + 1].Case == TokenCase.Lower
                        && !IsWord(text, tokens, k + 1, "the")))
                {
                    // (Also an infinitive before it: "the club hopes to win in Friday's final".)
                    nearest = true; // "ahead of Sunday's election", "before Tuesday's vote"
                    return Direction.Unknown;
                }
            }

            // "Monday's deadline" is set ahead as often as it has passed: the clause's own tense decides.
            int after = end + 2;
            while (after < text.Length && text[after] == ' ')
            {
                after++;
            }

            if (text.AsSpan(after).StartsWith("deadline", StringComparison.OrdinalIgnoreCase))
            {
                return Direction.Unknown;
            }

            if (Detect(document, start, end, out _, readLeft: false) == Direction.Future)
            {
                return Direction.Future;
            }

            // A scheduled event in a clause that reads ahead: "the striker will miss Saturday's match", "turnout is
            // expected to top 60 percent in Sunday's runoff" (not "officials will review Tuesday's shooting").
            return ScheduledEventAt(text, after) && Detect(document, start, end, out bool firmAhead) == Direction.Future && firmAhead
                ? Direction.Future : Direction.Past;
        }

        // Present-tense scheduling: verb [adverb] [on] <weekday>.
        int j = first - 1;
        if (j >= sFirst && (IsWord(text, tokens, j, "on") || (!weekday && IsWord(text, tokens, j, "in"))))
        {
            j--;
        }

        if (j >= sFirst && tokens[j].Kind == TokenKind.Word && tokens[j].Case == TokenCase.Lower && !ScheduleVerbs.Contains(Word(text, tokens[j]))
            && (Word(text, tokens[j]).EndsWith("ly", StringComparison.Ordinal) || IsWord(text, tokens, j, "again") || IsWord(text, tokens, j, "here") || IsWord(text, tokens, j, "there")))
        {
            j--; // "meet separately Monday", "meet again on Friday"
        }
        else if (j >= sFirst && tokens[j].Case == TokenCase.Capitalized)
        {
            // A named object between: "Albright meets Netanyahu on Monday", "the leaders meet with Yasser Arafat Monday".
            int k = j;
            while (k >= sFirst && k > j - 4 && tokens[k].Kind == TokenKind.Word && tokens[k].Case == TokenCase.Capitalized)
            {
                k--;
            }

            if (k >= sFirst && k < j && IsWord(text, tokens, k, "with"))
            {
                k--;
            }

            if (k >= sFirst && k < j && tokens[k].Kind == TokenKind.Word && tokens[k].Case == TokenCase.Lower && ScheduleVerbs.Contains(Word(text, tokens[k])))
            {
                j = k;
            }
        }

        // A present copula right before it: "the funeral is on Saturday", "the final is Sunday", "the vote is in May".
        if (j >= sFirst && tokens[j].Case == TokenCase.Lower && (IsWord(text, tokens, j, "is") || IsWord(text, tokens, j, "are")))
        {
            return Direction.Future;
        }

        if (j >= sFirst && tokens[j].Kind == TokenKind.Word && !ScheduleVerbs.Contains(Word(text, tokens[j])) && !IsScheduleProgressive(text, tokens, j, sFirst))
        {
            // A short phrase between the verb and the date: "voters go to the polls on Sunday", "the law takes effect
            // in July", "lawmakers return to Washington on Monday", "delegates are meeting in Geneva on Thursday".
            j = ScheduleVerbBeforePhrase(text, tokens, j, sFirst);
        }

        if (j >= sFirst && IsScheduleProgressive(text, tokens, j, sFirst))
        {
            return Direction.Future; // "leaders are meeting Thursday", "the team is playing at home on Saturday"
        }

        if (j < sFirst || tokens[j].Kind != TokenKind.Word || tokens[j].Case != TokenCase.Lower || !ScheduleVerbs.Contains(Word(text, tokens[j])))
        {
            return Direction.Unknown;
        }

        // Not after a determiner ("a track meet Saturday"), an infinitive "to", a modal or a negated past ("did not meet").
        if (j - 1 >= sFirst && tokens[j - 1].Kind == TokenKind.Word && NotBeforeScheduleVerb(Word(text, tokens[j - 1])))
        {
            return Direction.Unknown;
        }

        // A determiner and a name before a base form make it a noun: "the Pelmora Heavy launch Monday", "a Zorvan
        // launch Tuesday" (not a plural name as the subject: "the Hawks play Monday").
        if (!Word(text, tokens[j]).EndsWith("s", StringComparison.Ordinal))
        {
            int b = j - 1;
            while (b >= sFirst && b > j - 4 && tokens[b].Kind == TokenKind.Word && tokens[b].Case == TokenCase.Capitalized)
            {
                b--;
            }

            if (b < j - 1 && b >= sFirst && IsDeterminer(text, tokens, b) && !Word(text, tokens[j - 1]).EndsWith("s", StringComparison.Ordinal))
            {
                return Direction.Unknown;
            }
        }

        // A base form after "a"/"an" two words back is a noun, not a plural subject's verb ("a track meet Tuesday").
        if (!Word(text, tokens[j]).EndsWith("s", StringComparison.Ordinal) && j - 2 >= sFirst && (IsWord(text, tokens, j - 2, "a") || IsWord(text, tokens, j - 2, "an")))
        {
            return Direction.Unknown;
        }

        return Direction.Future;
    }

    private static ReadOnlySpan<char> Word(string text, Token t) => text.AsSpan(t.Span.Start, t.Span.Length);

    /// <summary>
    /// The index of a lower-case scheduling verb (or its present progressive) one to four words before the word at
    /// <paramref name="j"/>, with only a short object or place between ("go to the polls", "takes effect", "return to
    /// Washington", "are meeting in Geneva"); else -1. The phrase between holds no verb form and no preposition that
    /// ties the date to an event noun instead ("faces charges over the shooting on Sunday", "after the crash").
    /// </summary>
    private static int ScheduleVerbBeforePhrase(string text, IReadOnlyList<Token> tokens, int j, int sFirst)
    {
        for (int k = j, gap = 0; k >= sFirst && gap < 5; k--)
        {
            Token t = tokens[k];
            if (t.Kind != TokenKind.Word)
            {
                return -1;
            }

            ReadOnlySpan<char> w = Word(text, t);
            if (gap > 0 && t.Case == TokenCase.Lower && (ScheduleVerbs.Contains(w) || IsScheduleProgressive(text, tokens, k, sFirst)))
            {
                // A determiner just before, or two words before with no subject between that agrees with it as a verb,
                // makes it a noun: "parted with their popular head coach on Monday" (but "the voters go to the polls",
                // "the strike enters its second week").
                bool noun = (k - 1 >= sFirst && IsDeterminer(text, tokens, k - 1))
                    || (k - 2 >= sFirst && IsDeterminer(text, tokens, k - 2)
                        && Word(text, tokens[k - 1]).EndsWith("s", StringComparison.Ordinal) == w.EndsWith("s", StringComparison.Ordinal));
                return noun ? -1 : k;
            }

            if (t.Case == TokenCase.Lower && (IsEventPreposition(w) || IrregularPast.Contains(w) || IsReportingVerb(w) || (w.Length >= 4 && w.EndsWith("ed", StringComparison.Ordinal))))
            {
                return -1;
            }

            gap++;
        }

        return -1;
    }

    /// <summary>
    /// The word at <paramref name="k"/> is the present progressive of a scheduling verb, after "is", "are" or "am"
    /// (one adverb may come between): "are meeting", "is playing", "are now heading", "is leaving".
    /// </summary>
    private static bool IsScheduleProgressive(string text, IReadOnlyList<Token> tokens, int k, int sFirst)
    {
        Token t = tokens[k];
        ReadOnlySpan<char> w = Word(text, t);
        if (t.Kind != TokenKind.Word || t.Case != TokenCase.Lower || w.Length < 6 || w.Length > 20 || !w.EndsWith("ing", StringComparison.Ordinal))
        {
            return false;
        }

        ReadOnlySpan<char> stem = w[..^3];
        Span<char> e = stackalloc char[stem.Length + 1];
        stem.CopyTo(e);
        e[^1] = 'e';
        bool verb = ScheduleVerbs.Contains(stem) || ScheduleVerbs.Contains(e) // "meeting", "leaving"
            || (stem.Length >= 3 && stem[^1] == stem[^2] && ScheduleVerbs.Contains(stem[..^1])); // "beginning"
        if (!verb)
        {
            return false;
        }

        int b = k - 1;
        if (b >= sFirst && tokens[b].Kind == TokenKind.Word && tokens[b].Case == TokenCase.Lower && (Word(text, tokens[b]).EndsWith("ly", StringComparison.Ordinal)
            || IsWord(text, tokens, b, "now") || IsWord(text, tokens, b, "also") || IsWord(text, tokens, b, "again")))
        {
            b--;
        }

        return b >= sFirst && tokens[b].Kind == TokenKind.Word && (IsWord(text, tokens, b, "is") || IsWord(text, tokens, b, "are") || IsWord(text, tokens, b, "am"));
    }

    private static bool IsEventPreposition(ReadOnlySpan<char> w) =>
        w.Equals("over", StringComparison.Ordinal) || w.Equals("after", StringComparison.Ordinal) || w.Equals("since", StringComparison.Ordinal)
        || w.Equals("of", StringComparison.Ordinal) || w.Equals("about", StringComparison.Ordinal) || w.Equals("following", StringComparison.Ordinal)
        || w.Equals("from", StringComparison.Ordinal) || w.Equals("during", StringComparison.Ordinal) || w.Equals("before", StringComparison.Ordinal)
        || w.Equals("by", StringComparison.Ordinal) || w.Equals("than", StringComparison.Ordinal) || w.Equals("and", StringComparison.Ordinal)
        || w.Equals("or", StringComparison.Ordinal) || w.Equals("but", StringComparison.Ordinal) || w.Equals("that", StringComparison.Ordinal)
        || w.Equals("which", StringComparison.Ordinal) || w.Equals("who", StringComparison.Ordinal) || w.Equals("was", StringComparison.Ordinal)
        || w.Equals("were", StringComparison.Ordinal);

    /// <summary>
    /// The quote mark at <paramref name="k"/> encloses, with another one at most four words away in direction
    /// <paramref name="step"/> (-1: left, the mark at k closes; +1: right, it opens), a short phrase of words only
    /// (a name or a scare-quoted term, not a quotation); returns the other mark's index, else -1.
    /// </summary>
    private static int ShortQuoteOther(string text, IReadOnlyList<Token> tokens, int k, int step, int sFirst, int sEnd)
    {
        char c = text[tokens[k].Span.Start];
        if (tokens[k].Span.Length != 1 || (step < 0 ? c == '\u201C' : c == '\u201D'))
        {
            return -1;
        }

        char other = c == '"' ? '"' : step < 0 ? '\u201C' : '\u201D';
        int words = 0;
        for (int j = k + step; j >= sFirst && j < sEnd && Math.Abs(j - k) <= 12; j += step)
        {
            Token t = tokens[j];
            if (t.Kind == TokenKind.Word)
            {
                if (++words > 4)
                {
                    return -1;
                }

                continue;
            }

            if (t.Kind == TokenKind.Punctuation && t.Span.Length == 1 && text[t.Span.Start] == other)
            {
                return words > 0 ? j : -1;
            }

            if (t.Kind == TokenKind.Punctuation && text[t.Span.Start] is '\'' or '\u2019' or '-')
            {
                continue; // "the city's", "open-air"
            }

            return -1;
        }

        return -1;
    }

    private static bool IsPossessivePronoun(string text, IReadOnlyList<Token> tokens, int k)
    {
        if (tokens[k].Kind != TokenKind.Word)
        {
            return false;
        }

        ReadOnlySpan<char> w = Word(text, tokens[k]);
        return w.Equals("its", StringComparison.OrdinalIgnoreCase) || w.Equals("their", StringComparison.OrdinalIgnoreCase) || w.Equals("his", StringComparison.OrdinalIgnoreCase)
            || w.Equals("her", StringComparison.OrdinalIgnoreCase) || w.Equals("our", StringComparison.OrdinalIgnoreCase);
    }

    private static bool IsDeterminer(string text, IReadOnlyList<Token> tokens, int k)
    {
        if (tokens[k].Kind != TokenKind.Word)
        {
            return false;
        }

        ReadOnlySpan<char> w = Word(text, tokens[k]);
        return w.Equals("a", StringComparison.OrdinalIgnoreCase) || w.Equals("an", StringComparison.OrdinalIgnoreCase) || w.Equals("the", StringComparison.OrdinalIgnoreCase)
            || IsPossessivePronoun(text, tokens, k);
    }

    private static bool IsForwardWord(ReadOnlySpan<char> w) =>
        w.Equals("before", StringComparison.OrdinalIgnoreCase) || w.Equals("until", StringComparison.OrdinalIgnoreCase)
        || w.Equals("till", StringComparison.OrdinalIgnoreCase) || w.Equals("pending", StringComparison.OrdinalIgnoreCase)
        || w.Equals("awaiting", StringComparison.OrdinalIgnoreCase) || w.Equals("await", StringComparison.OrdinalIgnoreCase)
        || w.Equals("awaits", StringComparison.OrdinalIgnoreCase) || w.Equals("upcoming", StringComparison.OrdinalIgnoreCase)
        || w.Equals("advance", StringComparison.OrdinalIgnoreCase);

    private static bool NotBeforeScheduleVerb(ReadOnlySpan<char> w) =>
        w.Equals("a", StringComparison.OrdinalIgnoreCase) || w.Equals("an", StringComparison.OrdinalIgnoreCase) || w.Equals("the", StringComparison.OrdinalIgnoreCase)
        || w.Equals("to", StringComparison.OrdinalIgnoreCase) || w.Equals("not", StringComparison.OrdinalIgnoreCase) || w.Equals("never", StringComparison.OrdinalIgnoreCase)
        || w.Equals("did", StringComparison.OrdinalIgnoreCase) || w.Equals("didn't", StringComparison.OrdinalIgnoreCase) || w.Equals("didn\u2019t", StringComparison.OrdinalIgnoreCase)
        || w.Equals("would", StringComparison.OrdinalIgnoreCase) || w.Equals("could", StringComparison.OrdinalIgnoreCase) || w.Equals("should", StringComparison.OrdinalIgnoreCase)
        || w.Equals("might", StringComparison.OrdinalIgnoreCase) || w.Equals("may", StringComparison.OrdinalIgnoreCase) || w.Equals("must", StringComparison.OrdinalIgnoreCase)
        || w.Equals("can", StringComparison.OrdinalIgnoreCase) || w.Equals("his", StringComparison.OrdinalIgnoreCase) || w.Equals("her", StringComparison.OrdinalIgnoreCase)
        || w.Equals("its", StringComparison.OrdinalIgnoreCase) || w.Equals("their", StringComparison.OrdinalIgnoreCase) || w.Equals("this", StringComparison.OrdinalIgnoreCase)
        || w.Equals("that", StringComparison.OrdinalIgnoreCase) || w.Equals("last", StringComparison.OrdinalIgnoreCase) || w.Equals("next", StringComparison.OrdinalIgnoreCase)
        || w.Equals("was", StringComparison.OrdinalIgnoreCase) || w.Equals("were", StringComparison.OrdinalIgnoreCase) || w.Equals("had", StringComparison.OrdinalIgnoreCase)
        || w.Equals("been", StringComparison.OrdinalIgnoreCase); // "the zoo was open on Sunday": a state in the past

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

        // A capitalised "Will" after a word is a name ("Anna Berg and Will Tanner"), not the modal.
        if (w.Equals("will", StringComparison.Ordinal) || w.Equals("WILL", StringComparison.Ordinal) || (w.Equals("Will", StringComparison.Ordinal) && (k == 0 || tokens[k - 1].Kind != TokenKind.Word))
            || w.Equals("shall", StringComparison.OrdinalIgnoreCase)
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

        // "had hoped to see them on Sunday", "had planned to fly in May": an intention that lay in the past (and
        // usually failed), not a plan still ahead.
        if (k >= 1 && IsWord(text, tokens, k - 1, "had") && NextWordIs(text, tokens, k, "to")
            && (w.Equals("hoped", StringComparison.OrdinalIgnoreCase) || w.Equals("planned", StringComparison.OrdinalIgnoreCase)
                || w.Equals("intended", StringComparison.OrdinalIgnoreCase) || w.Equals("wanted", StringComparison.OrdinalIgnoreCase)
                || w.Equals("expected", StringComparison.OrdinalIgnoreCase)))
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

        // "on a planned flight", "its plan to launch", "his plans for", "his audacious plans": a noun or an adjective
        // after a determiner (or a possessive and one lower-case adjective) names the plan; the clause's verb
        // ("crashed", "informed", "revealed") gives the tense.
        if (k >= 1 && (IsDeterminer(text, tokens, k - 1)
                || (k >= 2 && tokens[k - 1].Kind == TokenKind.Word && tokens[k - 1].Case == TokenCase.Lower && IsPossessivePronoun(text, tokens, k - 2)))
            && (w.Equals("planned", StringComparison.OrdinalIgnoreCase) || w.Equals("scheduled", StringComparison.OrdinalIgnoreCase)
                || w.Equals("expected", StringComparison.OrdinalIgnoreCase) || w.Equals("plan", StringComparison.OrdinalIgnoreCase)
                || w.Equals("plans", StringComparison.OrdinalIgnoreCase)))
        {
            return;
        }

        // "the June test would have reached …": a past conditional, not a plan.
        if ((w.Equals("would", StringComparison.OrdinalIgnoreCase) || w.Equals("could", StringComparison.OrdinalIgnoreCase) || w.Equals("might", StringComparison.OrdinalIgnoreCase))
            && NextWordIs(text, tokens, k, "have"))
        {
            past += weight;
            return;
        }

        if (w.Equals("scheduled", StringComparison.OrdinalIgnoreCase) || w.Equals("upcoming", StringComparison.OrdinalIgnoreCase)
            || w.Equals("slated", StringComparison.OrdinalIgnoreCase) || w.Equals("due", StringComparison.OrdinalIgnoreCase)
            || w.Equals("plans", StringComparison.OrdinalIgnoreCase) || (w.Equals("soon", StringComparison.OrdinalIgnoreCase) && !NextWordIs(text, tokens, k, "after"))
            || w.Equals("expected", StringComparison.OrdinalIgnoreCase) || w.Equals("expect", StringComparison.OrdinalIgnoreCase)
            || w.Equals("expects", StringComparison.OrdinalIgnoreCase) || w.Equals("payable", StringComparison.OrdinalIgnoreCase) || (w.Equals("next", StringComparison.OrdinalIgnoreCase) && !NextWordIs(text, tokens, k, "to"))
            || w.Equals("tomorrow", StringComparison.OrdinalIgnoreCase) || w.Equals("would", StringComparison.OrdinalIgnoreCase)
            || w.Equals("intends", StringComparison.OrdinalIgnoreCase) || w.Equals("aims", StringComparison.OrdinalIgnoreCase)
            || w.Equals("planned", StringComparison.OrdinalIgnoreCase) || w.Equals("planning", StringComparison.OrdinalIgnoreCase))
        {
            future += 1.5 * weight;
            return;
        }

        // "planned to leave", "set to resume", "due to meet", "has decided to admit": a future intention, whatever the
        // tense of the verb.
        if (NextWordIs(text, tokens, k, "to") && (w.Equals("planned", StringComparison.OrdinalIgnoreCase) || w.Equals("planning", StringComparison.OrdinalIgnoreCase)
            || w.Equals("plan", StringComparison.OrdinalIgnoreCase) || w.Equals("set", StringComparison.OrdinalIgnoreCase) || w.Equals("poised", StringComparison.OrdinalIgnoreCase)
            || w.Equals("likely", StringComparison.OrdinalIgnoreCase) || w.Equals("intended", StringComparison.OrdinalIgnoreCase) || w.Equals("hoped", StringComparison.OrdinalIgnoreCase)
            || IsPresentIntention(w) || (IsForecastParticiple(w) && k >= 1 && (IsWord(text, tokens, k - 1, "is") || IsWord(text, tokens, k - 1, "are")))
            || (w.Equals("decided", StringComparison.OrdinalIgnoreCase) && k >= 1 && (IsWord(text, tokens, k - 1, "has") || IsWord(text, tokens, k - 1, "have")))))
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

        bool passive = k >= 1 && (IsWord(text, tokens, k - 1, "be") || IsWord(text, tokens, k - 1, "being")
            || IsWord(text, tokens, k - 1, "is") || IsWord(text, tokens, k - 1, "are") || IsWord(text, tokens, k - 1, "stay")
            || IsWord(text, tokens, k - 1, "stays") || IsWord(text, tokens, k - 1, "remain") || IsWord(text, tokens, k - 1, "remains")); // "stay closed"
        if ((IrregularPast.Contains(w) && !passive) || w.Equals("ago", StringComparison.OrdinalIgnoreCase) || w.Equals("yesterday", StringComparison.OrdinalIgnoreCase) || w.Equals("earlier", StringComparison.OrdinalIgnoreCase))
        {
            past += 1.5 * weight;
            return;
        }

        // A participle after "be" / "being" is passive, not past: "the notes would be repaid in five years"; one right
        // after a determiner is an adjective: "rescuers hope to reach the trapped climbers by Saturday".
        if (w.Length >= 5 && w.EndsWith("ed", StringComparison.Ordinal) && tokens[k].Case == TokenCase.Lower && !NotPast(w)
            && !passive && !(k >= 1 && IsDeterminer(text, tokens, k - 1)))
        {
            past += weight;
        }
    }

    /// <summary>
    /// The reporting verb at <paramref name="k"/> closes its sentence as an attribution: a comma lies between the date
    /// (ending before <paramref name="from"/>) and the verb, and at most four words follow it, none of them "that"
    /// (", his office said.", ", a spokeswoman said on Wednesday."; not ", investigators said they expect a report …").
    /// </summary>
    private static bool TrailingAttribution(string text, IReadOnlyList<Token> tokens, int from, int k, int sEnd)
    {
        bool comma = false;
        for (int j = from; j < k && !comma; j++)
        {
            comma = tokens[j].Kind == TokenKind.Punctuation && text[tokens[j].Span.Start] == ',';
        }

        if (!comma)
        {
            return false;
        }

        int after = 0;
        for (int j = k + 1; j < sEnd; j++)
        {
            if (tokens[j].Kind != TokenKind.Word)
            {
                continue;
            }

            if (++after > 4 || IsWord(text, tokens, j, "that"))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// A present-tense verb of intention that takes "to" and a verb ("hopes to finish", "vows to return", "seeks to
    /// hold"): what it aims at lies ahead of the report.
    /// </summary>
    private static bool IsPresentIntention(ReadOnlySpan<char> w) =>
        w.Equals("hope", StringComparison.OrdinalIgnoreCase) || w.Equals("hopes", StringComparison.OrdinalIgnoreCase) || w.Equals("hoping", StringComparison.OrdinalIgnoreCase)
        || w.Equals("want", StringComparison.OrdinalIgnoreCase) || w.Equals("wants", StringComparison.OrdinalIgnoreCase)
        || w.Equals("seek", StringComparison.OrdinalIgnoreCase) || w.Equals("seeks", StringComparison.OrdinalIgnoreCase) || w.Equals("seeking", StringComparison.OrdinalIgnoreCase)
        || w.Equals("vow", StringComparison.OrdinalIgnoreCase) || w.Equals("vows", StringComparison.OrdinalIgnoreCase) || w.Equals("vowing", StringComparison.OrdinalIgnoreCase)
        || w.Equals("promise", StringComparison.OrdinalIgnoreCase) || w.Equals("promises", StringComparison.OrdinalIgnoreCase) || w.Equals("promising", StringComparison.OrdinalIgnoreCase)
        || w.Equals("pledge", StringComparison.OrdinalIgnoreCase) || w.Equals("pledges", StringComparison.OrdinalIgnoreCase) || w.Equals("pledging", StringComparison.OrdinalIgnoreCase)
        || w.Equals("threaten", StringComparison.OrdinalIgnoreCase) || w.Equals("threatens", StringComparison.OrdinalIgnoreCase) || w.Equals("threatening", StringComparison.OrdinalIgnoreCase)
        || w.Equals("prepare", StringComparison.OrdinalIgnoreCase) || w.Equals("prepares", StringComparison.OrdinalIgnoreCase) || w.Equals("preparing", StringComparison.OrdinalIgnoreCase)
        || w.Equals("intend", StringComparison.OrdinalIgnoreCase) || w.Equals("intending", StringComparison.OrdinalIgnoreCase)
        || w.Equals("aim", StringComparison.OrdinalIgnoreCase) || w.Equals("aiming", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The word at <paramref name="at"/>, or the one after a single lower-case adjective ("Sunday's presidential
    /// runoff"), is a scheduled event of <c>Data/scheduled_events.txt</c>.
    /// </summary>
    private static bool ScheduledEventAt(string text, int at)
    {
        for (int n = 0; n < 2 && at < text.Length; n++)
        {
            int e = at;
            while (e < text.Length && char.IsLower(text[e]))
            {
                e++;
            }

            if (e == at)
            {
                return false;
            }

            if (ScheduledEvents.Contains(text.AsSpan(at, e - at)))
            {
                return true;
            }

            if (e >= text.Length || text[e] != ' ')
            {
                return false;
            }

            at = e + 1;
        }

        return false;
    }

    /// <summary>"forecast", "projected", "predicted", "tipped": with "is"/"are" before and "to" after ("the storm is forecast to
    /// reach the coast late Friday") the same look ahead as "is expected to".</summary>
    private static bool IsForecastParticiple(ReadOnlySpan<char> w) =>
        w.Equals("forecast", StringComparison.OrdinalIgnoreCase) || w.Equals("projected", StringComparison.OrdinalIgnoreCase)
        || w.Equals("predicted", StringComparison.OrdinalIgnoreCase) || w.Equals("tipped", StringComparison.OrdinalIgnoreCase);

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
