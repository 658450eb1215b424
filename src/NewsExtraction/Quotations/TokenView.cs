using NewsExtraction.Text;

namespace NewsExtraction.Quotations;

/// <summary>Token-level predicates over one analysed document, used by the attribution rules. No allocation per call except <see cref="Text"/> and <see cref="TextOf"/>.</summary>
internal sealed class TokenView
{
    private readonly string _text;
    // A concrete list (the analysed document's own), so token reads are not interface calls.
    private readonly List<Token> _tokens;

    // Per-document memo of IsNameWord (0: not computed, 1: no, 2: yes) and of NameRunEnd over the whole
    // document (0: not computed, else the end + 1): the organisation scan and the name index walk the same
    // capitalised runs. Rented from ScratchPool; Release gives them back.
    private byte[]? _nameWord;
    private int[]? _runEnd;

    public TokenView(string text, IReadOnlyList<Token> tokens)
    {
        _text = text;
        _tokens = tokens as List<Token> ?? new List<Token>(tokens);
    }

    /// <summary>Gives the memo arrays back to ScratchPool; the view still answers afterwards (without memo).</summary>
    public void Release()
    {
        if (_nameWord is not null)
        {
            ScratchPool<byte>.Return(_nameWord);
            _nameWord = null;
        }

        if (_runEnd is not null)
        {
            ScratchPool<int>.Return(_runEnd);
            _runEnd = null;
        }
    }

    /// <summary>Starts the memo of <see cref="IsNameWord"/> and <see cref="NameRunEnd"/> (until <see cref="Release"/>).</summary>
    public void Memoise()
    {
        int n = Math.Max(1, _tokens.Count);
        _nameWord = ScratchPool<byte>.Rent(n);
        _nameWord.AsSpan(0, n).Clear();
        _runEnd = ScratchPool<int>.Rent(n);
        _runEnd.AsSpan(0, n).Clear();
    }

    public int Count => _tokens.Count;

    public string Source => _text;

    public Token this[int i] => _tokens[i];

    public int Start(int i) => _tokens[i].Span.Start;

    public int End(int i) => _tokens[i].Span.End;

    public TokenKind Kind(int i) => _tokens[i].Kind;

    public TokenCase Case(int i) => _tokens[i].Case;

    public ReadOnlySpan<char> Span(int i) => _text.AsSpan(_tokens[i].Span.Start, _tokens[i].Span.Length);

    public string Text(int i) => _text.Substring(_tokens[i].Span.Start, _tokens[i].Span.Length);

    /// <summary>The text from the start of token <paramref name="a"/> to the end of token <paramref name="b"/> - 1.</summary>
    public string TextOf(int a, int b) => _text[Start(a)..End(b - 1)];

    /// <summary>As <see cref="TextOf"/>, without a copy.</summary>
    public ReadOnlySpan<char> SpanText(int a, int b) => _text.AsSpan(Start(a), End(b - 1) - Start(a));

    public TextSpan SpanOf(int a, int b) => TextSpan.FromBounds(Start(a), End(b - 1));

    public bool Is(int i, string word) => i >= 0 && i < _tokens.Count && Span(i).Equals(word, StringComparison.OrdinalIgnoreCase);

    public bool IsWord(int i) => _tokens[i].Kind == TokenKind.Word;

    /// <summary>True when a line break precedes token <paramref name="i"/>.</summary>
    public bool NewlineBefore(int i) => _tokens[i].NewlineBefore;

    public bool IsLowerWord(int i) => _tokens[i].Kind == TokenKind.Word && _tokens[i].Case == TokenCase.Lower && !IsPossessiveWord(i);

    public bool IsCapitalWord(int i) => _tokens[i].Kind == TokenKind.Word && _tokens[i].Case is TokenCase.Capitalized or TokenCase.Upper;

    public bool IsPunct(int i, char c) => _tokens[i].Kind == TokenKind.Punctuation && _tokens[i].Span.Length == 1 && _text[_tokens[i].Span.Start] == c;

    public bool IsComma(int i) => IsPunct(i, ',');

    public bool IsDash(int i)
    {
        Token t = _tokens[i];
        if (t.Span.Length != 1 || t.Kind is not (TokenKind.Punctuation or TokenKind.Symbol))
        {
            return false;
        }

        char c = _text[t.Span.Start];
        return c is '-' or '\u2013' or '\u2014' or '\u2015';
    }

    public bool IsQuoteMark(int i)
    {
        Token t = _tokens[i];
        if (t.Span.Length != 1 || t.Kind != TokenKind.Punctuation)
        {
            return false;
        }

        char c = _text[t.Span.Start];
        return c is '"' or '\'' or '\u201C' or '\u201D' or '\u2018' or '\u2019' or '\u00AB' or '\u00BB' or '\u2039' or '\u203A' or '\u201E' or '\u201A';
    }

    /// <summary>
    /// Sentence-final or clause-final punctuation: . ! ? ; … and the colon; not the dot inside a web name
    /// ("Kidsmarch.org": glued to a word before and a lower-case word after).
    /// </summary>
    public bool IsStop(int i)
    {
        Token t = _tokens[i];
        if (t.Kind != TokenKind.Punctuation)
        {
            return false;
        }

        char c = _text[t.Span.Start];
        if (c == '.' && i > 0 && i + 1 < _tokens.Count)
        {
            Token prev = _tokens[i - 1];
            Token next = _tokens[i + 1];
            if (prev.Span.End == t.Span.Start && next.Span.Start == t.Span.End && prev.Kind == TokenKind.Word && next.Kind == TokenKind.Word && char.IsLower(_text[next.Span.Start]))
            {
                return false;
            }
        }

        return c is '.' or '!' or '?' or ';' or ':' or '\u2026';
    }

    /// <summary>A possessive "'s" / "’s" token.</summary>
    public bool IsPossessiveWord(int i)
    {
        Token t = _tokens[i];
        if (t.Kind != TokenKind.Word || t.Span.Length != 2)
        {
            return false;
        }

        char a = _text[t.Span.Start];
        char b = _text[t.Span.Start + 1];
        return (a == '\'' || a == '\u2019') && (b == 's' || b == 'S');
    }

    /// <summary>A possessive marker: "'s", or an apostrophe glued to a word ending in s ("Belarus’").</summary>
    public bool IsPossessive(int i)
    {
        if (IsPossessiveWord(i))
        {
            return true;
        }

        Token t = _tokens[i];
        if (t.Kind != TokenKind.Punctuation || t.Span.Length != 1 || i == 0)
        {
            return false;
        }

        char c = _text[t.Span.Start];
        if (c != '\'' && c != '\u2019')
        {
            return false;
        }

        Token prev = _tokens[i - 1];
        if (prev.Span.End != t.Span.Start || prev.Kind != TokenKind.Word)
        {
            return false;
        }

        char last = _text[prev.Span.End - 1];
        bool gluedAfter = i + 1 < _tokens.Count && _tokens[i + 1].Span.Start == t.Span.End;
        return (last == 's' || last == 'S' || last == 'z') && !gluedAfter;
    }

    /// <summary>The period of an initial or a title abbreviation ("F." in "John F. Kennedy", "Sen.").</summary>
    public bool IsAbbreviationDot(int i)
    {
        if (i == 0 || !IsPunct(i, '.'))
        {
            return false;
        }

        Token prev = _tokens[i - 1];
        if (prev.Span.End != _tokens[i].Span.Start || prev.Kind != TokenKind.Word)
        {
            return false;
        }

        ReadOnlySpan<char> w = Span(i - 1);
        return (w.Length == 1 && char.IsUpper(w[0])) || (char.IsUpper(w[0]) && Abbreviations.Contains(w)) || w is "Ltd" or "Inc" or "Co" or "Corp" || (w.Length <= 4 && QuoteLexicon.Titles.Contains(w)) || w.Equals("Jr", StringComparison.Ordinal) || w.Equals("Sr", StringComparison.Ordinal) || w.Equals("St", StringComparison.Ordinal);
    }

    /// <summary>A capitalised word that can be part of a name (not a sentence-initial function word, month or weekday).</summary>
    public bool IsNameWord(int i)
    {
        byte[]? memo = _nameWord;
        if (memo is null)
        {
            return ComputeIsNameWord(i);
        }

        byte m = memo[i];
        if (m == 0)
        {
            m = ComputeIsNameWord(i) ? (byte)2 : (byte)1;
            memo[i] = m;
        }

        return m == 2;
    }

    private bool ComputeIsNameWord(int i)
    {
        Token t = _tokens[i];
        if (t.Kind != TokenKind.Word || IsPossessiveWord(i))
        {
            return false;
        }

        if (t.Case is TokenCase.Capitalized or TokenCase.Upper)
        {
            return !QuoteLexicon.NonNames.Contains(Span(i)) || IsInnerPossessive(i) || IsMiddleInitial(i);
        }

        // "al-Assad", "bin Salman" style: lower-case first letter but capitalised later.
        return t.Case == TokenCase.Other && Span(i).IndexOfAnyInRange('A', 'Z') > 0;
    }

    /// <summary>
    /// A capitalised possessive determiner between two name words on one line ("Bring Back Our Girls", "Save Your
    /// Hearts Trust"): part of the name, not the sentence-initial function word. The neighbours are checked directly
    /// (no recursion), so a run of such words stays linear.
    /// </summary>
    private bool IsInnerPossessive(int i)
    {
        if (i == 0 || i + 1 >= _tokens.Count || _tokens[i].Case != TokenCase.Capitalized || _tokens[i].NewlineBefore || _tokens[i + 1].NewlineBefore
            || !(Span(i) is "Our" or "My" or "Your" or "Their"))
        {
            return false;
        }

        return IsPlainCapital(i - 1) && IsPlainCapital(i + 1);
    }

    /// <summary>
    /// "A" or "I" written without its period between a given name and a capitalised word on one line ("George A
    /// Halloway"): a middle initial, not the article or the pronoun. The neighbours are checked directly (no recursion).
    /// </summary>
    private bool IsMiddleInitial(int i)
    {
        if (i == 0 || i + 1 >= _tokens.Count || _tokens[i].NewlineBefore || _tokens[i + 1].NewlineBefore || !(Span(i) is "A" or "I"))
        {
            return false;
        }

        return IsPlainCapital(i - 1) && GivenNames.IsGivenName(Span(i - 1)) && IsPlainCapital(i + 1);
    }

    private bool IsPlainCapital(int i) =>
        _tokens[i].Kind == TokenKind.Word && _tokens[i].Case == TokenCase.Capitalized && !QuoteLexicon.NonNames.Contains(Span(i)) && !IsPossessiveWord(i);

    public bool IsPronoun(int i) => _tokens[i].Kind == TokenKind.Word && QuoteLexicon.Pronouns.Contains(Span(i));

    public bool IsDeterminer(int i) => _tokens[i].Kind == TokenKind.Word && QuoteLexicon.Determiners.Contains(Span(i));

    /// <summary>A weekday, month, number or temporal word ("Monday", "July", "23", "yesterday").</summary>
    public bool IsTemporal(int i)
    {
        Token t = _tokens[i];
        if (t.Kind == TokenKind.Number)
        {
            return true;
        }

        if (t.Kind != TokenKind.Word)
        {
            return false;
        }

        ReadOnlySpan<char> w = Span(i);
        if (t.Case == TokenCase.Capitalized && w.Length >= 3 && IsMonthOrDay(w))
        {
            return true;
        }

        return w.Equals("yesterday", StringComparison.OrdinalIgnoreCase) || w.Equals("today", StringComparison.OrdinalIgnoreCase)
            || w.Equals("tonight", StringComparison.OrdinalIgnoreCase) || w.Equals("morning", StringComparison.OrdinalIgnoreCase)
            || w.Equals("afternoon", StringComparison.OrdinalIgnoreCase) || w.Equals("evening", StringComparison.OrdinalIgnoreCase)
            || w.Equals("night", StringComparison.OrdinalIgnoreCase) || w.Equals("week", StringComparison.OrdinalIgnoreCase)
            || w.Equals("weekend", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The end of the name run starting at <paramref name="i"/>: name words joined by initials' periods, particles and "of"/"for"/"and"/"the" between capitals.</summary>
    public int NameRunEnd(int i, int bound)
    {
        int[]? memo = _runEnd;
        if (memo is null || bound < _tokens.Count)
        {
            return ComputeNameRunEnd(i, bound);
        }

        int e = memo[i];
        if (e == 0)
        {
            e = ComputeNameRunEnd(i, bound) + 1;
            memo[i] = e;
        }

        return e - 1;
    }

    private int ComputeNameRunEnd(int i, int bound)
    {
        int n = Math.Min(_tokens.Count, bound);
        int j = i + 1;
        while (j < n)
        {
            if (_tokens[j].NewlineBefore)
            {
                break;
            }

            if (IsNameWord(j))
            {
                j++;
                continue;
            }

            if (IsAbbreviationDot(j) && j + 1 < n && IsNameWord(j + 1))
            {
                j++;
                continue;
            }

            // Inner connectors: "Ministry of Defense", "Department of Health and Human Services", "Ursula von der Leyen".
            if (_tokens[j].Kind == TokenKind.Word && _tokens[j].Case == TokenCase.Lower && j + 1 < n)
            {
                ReadOnlySpan<char> w = Span(j);
                bool connector = w is "of" or "for" or "and" or "de" or "van" or "von" or "der" or "den" or "bin" or "al" or "da" or "di" or "du" or "del" or "la" or "le";
                int k = j + 1;
                if (connector && (w is "of" or "for") && Is(k, "the") && k + 1 < n && IsNameWord(k + 1))
                {
                    k++;
                }

                if (connector && w is "and" && !OrgWordNear(i, Math.Min(n, k + 3)))
                {
                    break; // "Patrick Leahy and Ben Cardin": two names; "Health and Human Services": one
                }

                if (connector && IsNameWord(k) && !_tokens[k].NewlineBefore)
                {
                    j = k + 1;
                    continue;
                }

                // Two particles: "Ursula von der Leyen", "Maria de la Cruz", "Pieter van den Berg".
                if (connector && w is not ("of" or "for" or "and") && k + 1 < n && _tokens[k].Kind == TokenKind.Word && _tokens[k].Case == TokenCase.Lower
                    && QuoteLexicon.NameParticles.Contains(Span(k)) && IsNameWord(k + 1) && !_tokens[k + 1].NewlineBefore)
                {
                    j = k + 2;
                    continue;
                }
            }

            break;
        }

        return j;
    }

    private bool OrgWordNear(int from, int to)
    {
        for (int k = from; k < to; k++)
        {
            if (_tokens[k].Kind == TokenKind.Word && QuoteLexicon.OrgWords.Contains(Span(k)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The first token of a name run after its titles and leading nationality adjective ("Deputy Foreign Minister Andrei Rudenko" → "Andrei").</summary>
    public int AfterTitles(int start, int end)
    {
        // "Prime Minister", "Finance Minister": a title with no name after it.
        if (IsWord(end - 1) && QuoteLexicon.Titles.Contains(Span(end - 1)) && !IsSurnameLikeTitle(Span(end - 1)))
        {
            return end;
        }

        int a = start;
        while (a < end - 1 && (QuoteLexicon.Demonyms.Contains(Span(a)) || QuoteLexicon.NonNames.Contains(Span(a)) || IsInvertedCue(a) || IsHyphenatedAdjective(a)))
        {
            a++;
        }

        int lastTitle = -1;
        for (int k = a; k < end - 1; k++)
        {
            if (IsWord(k) && QuoteLexicon.Titles.Contains(Span(k)))
            {
                lastTitle = k;
            }
        }

        if (lastTitle >= 0)
        {
            a = lastTitle + 1;
            if (a < end && IsAbbreviationDot(a))
            {
                a++;
            }

            // "Secretary of State John Kerry", "Chairman of the State Committee for Science Sergei Shlychkov":
            // the office after "of"/"for" runs up to the name, taken as the last two words.
            if (a < end && (Is(a, "of") || Is(a, "for")))
            {
                a = Math.Max(a + 1, end - 2);
            }
        }

        return a;
    }

    /// <summary>
    /// A capitalised speech verb opening an inverted attribution ("Added Haynes: …", "Explained Ms Lee"); the forms of
    /// "say" are left alone ("Said" is also a given name).
    /// </summary>
    private bool IsInvertedCue(int k) =>
        IsWord(k) && Case(k) == TokenCase.Capitalized && QuoteLexicon.Cues.Contains(Span(k)) && Span(k) is not ("Said" or "Says" or "Say" or "Saying");

    /// <summary>A capitalised compound whose second part is lower case ("Twitter-happy", "Oscar-winning"): a description, not a name.</summary>
    private bool IsHyphenatedAdjective(int k)
    {
        if (!IsWord(k))
        {
            return false;
        }

        ReadOnlySpan<char> w = Span(k);
        int dash = w.IndexOf('-');
        return dash > 0 && dash + 1 < w.Length && char.IsLower(w[dash + 1]);
    }

    /// <summary>
    /// Where a person's name starts in a run of four or more words: at the first known given name ("United Nations
    /// Nikki Haley" → "Nikki Haley"); otherwise at <paramref name="a"/>. Shorter runs are kept whole, as a given name
    /// we do not list may open them ("Barack Hussein Obama").
    /// </summary>
    public int AtGivenName(int a, int end)
    {
        if (end - a < 4)
        {
            return a;
        }

        for (int k = a; k < end - 1; k++)
        {
            if (IsWord(k) && GivenNames.IsGivenName(Span(k)))
            {
                return k;
            }
        }

        return a;
    }

    private static bool IsSurnameLikeTitle(ReadOnlySpan<char> w) =>
        w is "King" or "Major" or "Judge" or "Justice" or "Prince" or "Bishop" or "Pope" or "Queen" or "Lord" or "Sir" or "Lady" or "Father" or "Miss" or "Dame" or "Marshal" or "Rabbi";

    private static bool IsMonthOrDay(ReadOnlySpan<char> w) =>
        w is "Monday" or "Tuesday" or "Wednesday" or "Thursday" or "Friday" or "Saturday" or "Sunday" or "January" or "February" or "March" or "April" or "May" or "June" or "July" or "August"
            or "September" or "October" or "November" or "December" or "Jan" or "Feb" or "Mar" or "Apr" or "Jun" or "Jul" or "Aug" or "Sep" or "Sept" or "Oct" or "Nov" or "Dec";
}
