using System.Globalization;
using System.Text;
using NewsExtraction.Text;

namespace NewsExtraction.Dates;

/// <summary>A temporal expression found by the grammar: its character span and what it states.</summary>
/// <param name="Start">The first character (inclusive).</param>
/// <param name="End">The character just after the expression.</param>
/// <param name="Expr">The parsed expression.</param>
internal readonly record struct DateMatch(int Start, int End, TExpr Expr);

/// <summary>
/// A hand-written recursive-descent grammar over <see cref="DTok"/>s. At each token it tries a fixed set of
/// patterns, each looking at most a few tokens ahead, keeps the longest, and moves past it: the scan is
/// linear in the number of tokens, whatever the input.
/// </summary>
internal sealed partial class DateGrammar
{
    private readonly string _text;
    private readonly DTokList _t;

    // The token array of the current scan (_t's items): an array element is read in place, where a List's
    // indexer would copy the whole (large) struct on every field read.
    private DTok[] _a = [];
    private readonly DateExtractorOptions _options;
    private int _n;

    // Set by the year parser when a number glued to the year was left out of the span ("20230" → "2023").
    private int _charEnd = -1;

    public DateGrammar(string text, DTokList tokens, DateExtractorOptions options)
    {
        _text = text;
        _t = tokens;
        _options = options;
    }

    /// <summary>Finds the expressions in the tokens, left to right, without overlaps.</summary>
    public void Scan(List<DateMatch> results)
    {
        _n = _t.Count;
        _a = _t.Items;
        int i = 0;
        while (i < _n)
        {
            if (TryAt(i, out DateMatch m, out int next))
            {
                results.Add(m);
                i = next;
            }
            else
            {
                i++;
            }
        }
    }

    private bool TryAt(int i, out DateMatch match, out int next)
    {
        match = default;
        next = i + 1;
        DTok first = _a[i];
        if (first.Kind is DKind.Barrier or DKind.Symbol)
        {
            return false;
        }

        if (first.Kind == DKind.Punct && !IsApostrophe(i))
        {
            return false;
        }

        _charEnd = -1;
        int end = ParseSingle(i, out TExpr? e);
        if (end < 0 || e is null)
        {
            return false;
        }

        int charEnd = _charEnd >= 0 ? _charEnd : _a[end - 1].End;

        // A range written as one expression: "Monday to July 19", "2011–2018", "July 8-19", "between 2011 and 2018".
        // A day with clock times after it is one range: "Monday from 2 to 4 p.m.".
        if (e.Type == ExprType.Point && charEnd == _a[end - 1].End && DayThenClockRange(end, e, out TExpr? dayRange) is int dre && dre > 0 && dayRange is not null)
        {
            e = dayRange;
            end = dre;
            charEnd = _a[end - 1].End;
            _charEnd = -1;
        }
        else if (e.Type == ExprType.Point && charEnd == _a[end - 1].End)
        {
            int rangeEnd = TryRange(i, end, e, out TExpr? range);
            if (rangeEnd > 0 && range is not null)
            {
                e = range;
                end = rangeEnd;
                charEnd = _charEnd >= 0 ? _charEnd : _a[end - 1].End;
            }
        }

        int start = _a[i].Start;
        match = new DateMatch(start, charEnd, e);
        next = end;
        return true;
    }

    // ---------------------------------------------------------------- token helpers

    private bool Ok(int i) => i < _n && i >= 0;

    private bool Cont(int i) => i < _n && !_a[i].Newline && _a[i].Kind != DKind.Barrier;

    private ReadOnlySpan<char> S(int i) => _text.AsSpan(_a[i].Start, _a[i].Length);

    private bool W(int i, string word)
    {
        if ((uint)i >= (uint)_n)
        {
            return false;
        }

        ref readonly DTok t = ref _a[i];
        return t.Kind == DKind.Word && t.End - t.Start == word.Length && EqualsIgnoreCase(_text.AsSpan(t.Start, word.Length), word);
    }

    /// <summary>
    /// <see cref="StringComparison.OrdinalIgnoreCase"/> equality of two spans of the same length, with ASCII
    /// characters compared inline (the framework's comparison decides wherever a character is not ASCII).
    /// </summary>
    private static bool EqualsIgnoreCase(ReadOnlySpan<char> s, string word)
    {
        for (int k = 0; k < s.Length; k++)
        {
            uint c = s[k], w = word[k];
            if (c == w)
            {
                continue;
            }

            if ((c | w) >= 128)
            {
                return s.Equals(word, StringComparison.OrdinalIgnoreCase);
            }

            if (c - 'A' <= 'Z' - 'A')
            {
                c |= 0x20;
            }

            if (w - 'A' <= 'Z' - 'A')
            {
                w |= 0x20;
            }

            if (c != w)
            {
                return false;
            }
        }

        return true;
    }

    private bool CW(int i, string word) => Cont(i) && W(i, word);

    private bool P(int i, char c) => Ok(i) && _a[i].Kind == DKind.Punct && _a[i].Length == 1 && _text[_a[i].Start] == c;

    private bool CP(int i, char c) => Cont(i) && P(i, c);

    private bool IsDash(int i) => Ok(i) && _a[i].Kind == DKind.Punct && _a[i].Length == 1 && _text[_a[i].Start] is '-' or '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014';

    private bool IsApostrophe(int i) => Ok(i) && _a[i].Kind == DKind.Punct && _a[i].Length == 1 && Tokenizer.IsApostrophe(_text[_a[i].Start]);

    private bool IsComma(int i) => Ok(i) && _a[i].Kind == DKind.Punct && _a[i].Length == 1 && _text[_a[i].Start] is ',' or '\u060C';

    private bool IsWord(int i) => Ok(i) && _a[i].Kind == DKind.Word;

    private bool Lex(int i, out LexEntry e)
    {
        if (Ok(i) && _a[i].HasLex)
        {
            e = _a[i].Lex;
            return true;
        }

        e = default;
        return false;
    }

    /// <summary>The previous token is glued to this one and is a letter or digit (the token is inside a larger word or number).</summary>
    private bool GluedToAlnum(int i)
    {
        if (!_a[i].Glued || i == 0)
        {
            return false;
        }

        DKind k = _a[i - 1].Kind;
        return k is DKind.Word or DKind.Number;
    }

    private bool NextGluedAlnum(int i)
    {
        if (i + 1 >= _n || !_a[i + 1].Glued)
        {
            return false;
        }

        DKind k = _a[i + 1].Kind;
        if (k is DKind.Word or DKind.Number)
        {
            return true;
        }

        // "2001-555", "12-point", "2.5", "10/2024": a separator glued to more digits or letters.
        if (k == DKind.Punct && i + 2 < _n && _a[i + 2].Glued && _a[i + 2].Kind is DKind.Number or DKind.Word)
        {
            char c = _text[_a[i + 1].Start];
            return c is '-' or '/' or '.' or ':' or ',' or '\u2010' or '\u2011' or '_';
        }

        return false;
    }

    /// <summary>A number token that stands on its own: not inside a word ("F-16", "COVID-19") nor glued to other digits.</summary>
    private bool FreeNumber(int i)
    {
        DTok t = _a[i];
        if (t.Kind != DKind.Number)
        {
            return false;
        }

        if (t.InWord)
        {
            // "Comments4 Mins", "april22": a long word glued to the number is a scraping artefact or a
            // written-together date; "F-16", "COVID-19", "MP3" are codes.
            if (i > 1 && IsDash(i - 1) && (W(i - 2, "mid") || W(i - 2, "early") || W(i - 2, "late") || W(i - 2, "pre") || W(i - 2, "post")))
            {
                return true; // "mid-1996", "pre-2020"
            }

            return i > 0 && _a[i - 1].Kind == DKind.Word && _a[i - 1].Length >= 4 && _a[i - 1].Case is TokenCase.Lower or TokenCase.Capitalized;
        }

        if (t.Glued && i > 0)
        {
            DTok p = _a[i - 1];
            if (p.Kind is DKind.Number or DKind.Word)
            {
                return false;
            }

            if (p.Kind == DKind.Punct)
            {
                char c = _text[p.Start];
                if (c is '-' or '/' or '.' or ':' or ',' or '\u2010' or '\u2011' or '+' or '#' or '_' && i > 1 && _a[i - 1].Glued && _a[i - 2].Kind is DKind.Number or DKind.Word)
                {
                    return false;
                }
            }
            else if (p.Kind == DKind.Symbol && _text[p.Start] != '\u00A9')
            {
                return false; // "$2024", "#2024"
            }
        }

        return true;
    }

    private static bool IsTemporalPreposition(ReadOnlySpan<char> w) =>
        w.Equals("in", StringComparison.OrdinalIgnoreCase) || w.Equals("since", StringComparison.OrdinalIgnoreCase)
        || w.Equals("until", StringComparison.OrdinalIgnoreCase) || w.Equals("till", StringComparison.OrdinalIgnoreCase)
        || w.Equals("by", StringComparison.OrdinalIgnoreCase) || w.Equals("from", StringComparison.OrdinalIgnoreCase)
        || w.Equals("of", StringComparison.OrdinalIgnoreCase) || w.Equals("during", StringComparison.OrdinalIgnoreCase)
        || w.Equals("before", StringComparison.OrdinalIgnoreCase) || w.Equals("after", StringComparison.OrdinalIgnoreCase)
        || w.Equals("between", StringComparison.OrdinalIgnoreCase) || w.Equals("around", StringComparison.OrdinalIgnoreCase)
        || w.Equals("through", StringComparison.OrdinalIgnoreCase) || w.Equals("early", StringComparison.OrdinalIgnoreCase)
        || w.Equals("late", StringComparison.OrdinalIgnoreCase) || w.Equals("mid", StringComparison.OrdinalIgnoreCase)
        || w.Equals("last", StringComparison.OrdinalIgnoreCase) || w.Equals("next", StringComparison.OrdinalIgnoreCase)
        || w.Equals("this", StringComparison.OrdinalIgnoreCase) || w.Equals("on", StringComparison.OrdinalIgnoreCase)
        || w.Equals("to", StringComparison.OrdinalIgnoreCase) || w.Equals("and", StringComparison.OrdinalIgnoreCase)
        || w.Equals("circa", StringComparison.OrdinalIgnoreCase) || w.Equals("throughout", StringComparison.OrdinalIgnoreCase)
        || w.Equals("every", StringComparison.OrdinalIgnoreCase) || w.Equals("each", StringComparison.OrdinalIgnoreCase)
        || w.Equals("for", StringComparison.OrdinalIgnoreCase) || w.Equals("within", StringComparison.OrdinalIgnoreCase);

    private bool PrevIsTemporalPreposition(int i) => i > 0 && _a[i - 1].Kind == DKind.Word && !_a[i].Newline && IsTemporalPreposition(S(i - 1));

    // ---------------------------------------------------------------- top level

    /// <summary>A part of the day right after a day ("Monday morning", "yesterday evening"): taken into <paramref name="r"/>; returns the new end.</summary>
    private int PartOfDayAfter(int end, TExpr r)
    {
        if (Cont(end) && _a[end].HasLex && _a[end].Lex.Part > 0 && !_a[end].Glued)
        {
            r.Part = _a[end].Lex.Part;
            return end + 1;
        }

        return end;
    }

    /// <summary>The longest of several alternative parses at one position, and the character end its parser recorded.</summary>
    private struct Longest
    {
        public int End;
        public TExpr? Expr;
        public int CharEnd;

        public static Longest None => new() { End = -1, CharEnd = -1 };
    }

    /// <summary>Keeps an alternative when it is longer than the best so far, then clears the parser's character end for the next one.</summary>
    private void Offer(ref Longest best, int end, TExpr? expr)
    {
        if (end > best.End && expr is not null)
        {
            best.End = end;
            best.Expr = expr;
            best.CharEnd = _charEnd;
        }

        _charEnd = -1;
    }

    /// <summary>Restores the winner's character end and returns its end token (-1 when none matched).</summary>
    private int Finish(in Longest best, out TExpr? expr)
    {
        _charEnd = best.CharEnd;
        expr = best.Expr;
        return best.End;
    }

    /// <summary>The longest single expression starting at <paramref name="i"/>; returns its end token or -1.</summary>
    private int ParseSingle(int i, out TExpr? bestOut)
    {
        Longest best = Longest.None;
        DTok t = _a[i];
        TExpr? e;
        int end;
        if (t.Kind == DKind.Number)
        {
            end = ParseNumberLed(i, out e);
            Offer(ref best, end, e);
            end = ParseTimeWithDate(i, out e);
            Offer(ref best, end, e);
            end = ParseDurationLike(i, out e);
            Offer(ref best, end, e);
            end = ParseQuarterOrHalf(i, out e);
            Offer(ref best, end, e);
            end = ParseCentury(i, out e);
            Offer(ref best, end, e);
            end = ParseClockRange(i, out e);
            Offer(ref best, end, e);
        }
        else if (t.Kind == DKind.Word)
        {
            if (t.HasLex)
            {
                end = ParseLexLed(i, out e);
                Offer(ref best, end, e);
            }
            else if (!IsTrigger(i))
            {
                _charEnd = -1;
                bestOut = null;
                return -1;
            }

            end = ParseSpelledYear(i, out e); // a number word, or "the year" before one
            Offer(ref best, end, e);

            end = ParseKeywordLed(i, out e);
            Offer(ref best, end, e);
            end = ParseDurationLike(i, out e);
            Offer(ref best, end, e);
            end = ParseQuarterOrHalf(i, out e);
            Offer(ref best, end, e);
            end = ParseComparedPeriod(i, out e);
            Offer(ref best, end, e);
            end = ParseTimeWithDate(i, out e);
            Offer(ref best, end, e);
            end = ParseWeekOfMonth(i, out e);
            Offer(ref best, end, e);
            if (W(i, "the"))
            {
                end = ParseUnitAfterNext(i, out e);
                Offer(ref best, end, e);
            }
        }
        else if (IsApostrophe(i))
        {
            end = ParseShortYear(i, out e);
            Offer(ref best, end, e);
        }

        return Finish(best, out bestOut);
    }

    // ---------------------------------------------------------------- points

    /// <summary>A calendar point (no leading modifier): dates, months, years, seasons, weekdays, relative days.</summary>
    private int ParsePoint(int i, out TExpr? e)
    {
        e = null;
        if (!Ok(i))
        {
            return -1;
        }

        Longest best = Longest.None;
        DTok t = _a[i];
        TExpr? x;
        int en;
        if (t.Kind == DKind.Number)
        {
            en = ParseNumberLed(i, out x);
            Offer(ref best, en, x);
            en = ParseQuarterOrHalf(i, out x);
            Offer(ref best, en, x);
        }
        else if (t.Kind == DKind.Word)
        {
            if (t.HasLex)
            {
                en = ParseLexLed(i, out x);
                Offer(ref best, en, x);
            }

            en = ParseRelativeWord(i, out x);
            Offer(ref best, en, x);
            en = ParseDeictic(i, out x);
            if (x is not null && x.Type == ExprType.Point)
            {
                Offer(ref best, en, x);
            }

            en = ParseTheLed(i, out x);
            if (x is not null && x.Type == ExprType.Point)
            {
                Offer(ref best, en, x);
            }

            en = ParseQuarterOrHalf(i, out x);
            Offer(ref best, en, x);
            en = ParseHoliday(i, out x);
            Offer(ref best, en, x);
        }
        else if (IsApostrophe(i))
        {
            en = ParseShortYear(i, out x);
            Offer(ref best, en, x);
        }

        return Finish(best, out e);
    }

    /// <summary>Expressions led by a month, weekday, season, unit or number word.</summary>
    private int ParseLexLed(int i, out TExpr? e)
    {
        e = null;
        LexEntry lx = _a[i].Lex;
        int best = -1;
        if (lx.Weekday > 0)
        {
            best = ParseWeekdayLed(i, out e);
        }

        if (lx.Month > 0)
        {
            int end = ParseMonthLed(i, out TExpr? m, true);
            if (end > best)
            {
                best = end;
                e = m;
            }
        }

        if (lx.Season > 0)
        {
            int end = ParseSeason(i, out TExpr? s, false);
            if (end > best)
            {
                best = end;
                e = s;
            }
        }

        return best;
    }

    /// <summary>The end of a month name (with its abbreviation period), or -1.</summary>
    private int MonthName(int i, out int month, out bool abbr)
    {
        month = 0;
        abbr = false;
        if (!Ok(i) || !_a[i].HasLex || _a[i].Lex.Month <= 0 || _a[i].Kind != DKind.Word)
        {
            return -1;
        }

        month = _a[i].Lex.Month;
        abbr = _a[i].Lex.MonthAbbr;
        int j = i + 1;
        if (P(j, '.') && _a[j].Glued && abbr)
        {
            j++;
            abbr = false; // "Jul." is as clear as "July"
        }

        return j;
    }

    private int DayNumber(int i, out int day)
    {
        day = 0;
        if (!Cont(i))
        {
            return -1;
        }

        DTok t = _a[i];
        if (t.Kind == DKind.Number && t.Value >= 1 && t.Value <= 31 && t.Digits <= 2)
        {
            if (NextGluedAlnum(i) && !(P(i + 1, ',') || P(i + 1, '.')) && !(IsDash(i + 1) && Ok(i + 2) && _a[i + 2].Kind == DKind.Number && _a[i + 2].Digits <= 2 && _a[i + 2].Value > t.Value && _a[i + 2].Value <= 31))
            {
                return -1;
            }

            if (P(i + 1, ':') && _a[i + 1].Glued && Ok(i + 2) && _a[i + 2].Glued && _a[i + 2].Kind == DKind.Number)
            {
                return -1; // "July 8:30"? a clock time, not a day
            }

            if (P(i + 1, '.') && i + 2 < _n && _a[i + 2].Glued && _a[i + 2].Kind == DKind.Number)
            {
                return -1;
            }

            day = t.Value;
            return i + 1;
        }

        if (t.Kind == DKind.Word && t.HasLex && t.Lex.Ordinal > 0 && t.Lex.Ordinal <= 31)
        {
            // "first", "twenty-first" are rare as days; accept plain ordinal words up to 31.
            day = t.Lex.Ordinal;
            return i + 1;
        }

        return -1;
    }

    /// <summary>A four-digit year in a date ("July 8, 2024"): looser than a bare year.</summary>
    private int YearInDate(int i, out int year)
    {
        year = -1;
        if (Cont(i) && _a[i].Kind == DKind.Word)
        {
            return SpelledYear(i, out year);
        }

        if (!Cont(i) || _a[i].Kind != DKind.Number)
        {
            return -1;
        }

        DTok t = _a[i];
        if (t.Digits == 4 && t.Value >= 1000 && t.Value <= 2999 && !t.Ordinal)
        {
            if (NextGluedAlnum(i) && !(i + 1 < _n && _a[i + 1].Kind == DKind.Word && _a[i + 1].Case is TokenCase.Capitalized or TokenCase.Upper))
            {
                return -1;
            }

            year = t.Value;
            return i + 1;
        }

        // "March 24, 20230": a comment count glued to the year on a scraped listing.
        if (t.Digits == 5 && !t.Ordinal && t.Value / 10 >= 1900 && t.Value / 10 <= 2099)
        {
            year = t.Value / 10;
            _charEnd = t.Start + 4;
            return i + 1;
        }

        return -1;
    }

    /// <summary>The cardinal value of a number word at <paramref name="i"/> (0 when it is none), with a glued "-unit" ("ninety-six").</summary>
    private int NumberWord(int i, out int end)
    {
        end = -1;
        if (!Cont(i) || !_a[i].HasLex || _a[i].Lex.Cardinal <= 0 || _a[i].Lex.Cardinal >= 100)
        {
            return 0;
        }

        int v = _a[i].Lex.Cardinal;
        end = i + 1;
        if (v >= 20 && v % 10 == 0 && IsDash(end) && _a[end].Glued && Ok(end + 1) && _a[end + 1].Glued && _a[end + 1].HasLex && _a[end + 1].Lex.Cardinal is > 0 and < 10)
        {
            v += _a[end + 1].Lex.Cardinal;
            end += 2;
        }

        return v;
    }

    /// <summary>
    /// A year written in words, as in transcripts and quotes: "nineteen ninety-six", "twenty twenty-four",
    /// "nineteen hundred", "two thousand", "two thousand and one". Returns the end or -1.
    /// </summary>
    private int SpelledYear(int i, out int year)
    {
        year = -1;
        int c = NumberWord(i, out int ce);
        if (c is >= 17 and <= 20 && ce == i + 1)
        {
            if (CW(ce, "hundred"))
            {
                year = c * 100;
                return ce + 1;
            }

            int rest = NumberWord(ce, out int re);
            if (rest >= 10)
            {
                year = (c * 100) + rest;
                return re;
            }

            return -1;
        }

        if (c == 2 && CW(ce, "thousand"))
        {
            int j = ce + 1;
            int k = CW(j, "and") ? j + 1 : j;
            int rest = NumberWord(k, out int re);
            if (rest > 0 && !(Cont(re) && _a[re].HasLex && (_a[re].Lex.Unit != TimeUnit.None || _a[re].Lex.Cardinal > 0)))
            {
                year = 2000 + rest;
                return re;
            }

            year = 2000;
            return j;
        }

        return -1;
    }

    /// <summary>A year in words on its own ("in nineteen ninety-six", "the year two thousand"); returns the end or -1.</summary>
    private int ParseSpelledYear(int i, out TExpr? e)
    {
        e = null;
        int j = W(i, "the") && CW(i + 1, "year") ? i + 2 : i;
        int end = SpelledYear(j, out int year);
        if (end < 0)
        {
            return -1;
        }

        // "two thousand troops", "nineteen hundred people": a count, not a year.
        if (QuantityFollows(end) || (Cont(end) && _a[end].Kind == DKind.Word && _a[end].Case == TokenCase.Lower && !W(end, "and") && !W(end, "to") && !W(end, "when") && j == i && year % 100 == 0))
        {
            return -1;
        }

        e = new TExpr { Year = year };
        return end;
    }

    /// <summary>Words after which "last" is the verb ("will last", "to last", "didn't last"), not "the previous".</summary>
    private static readonly SpanMap<bool> VerbLastBefore = SpanMap.SetOf(
        "will would could can may might should must shall to not never won't won\u2019t didn't didn\u2019t doesn't doesn\u2019t don't don\u2019t "
        + "can't can\u2019t couldn't couldn\u2019t wouldn't wouldn\u2019t 'll \u2019ll n't n\u2019t");

    private int ParseMonthLed(int i, out TExpr? e, bool allowBare)
    {
        e = null;
        int j = MonthName(i, out int month, out bool abbr);
        if (j < 0)
        {
            return -1;
        }

        DTok mt = _a[i];

        // Month + day [,] [year]: "July 8, 2024", "Jul. 8", "July 8th", "jan-1", "april22".
        int k = j;
        if (Cont(k) && (IsDash(k) || P(k, '/')) && _a[k].Glued && Ok(k + 1) && _a[k + 1].Glued)
        {
            k++;
        }

        int d = DayNumber(k, out int day);
        if (d > 0 && _a[k].Kind == DKind.Number && _a[k].Glued && !_a[k].InWord && k == i + 1)
        {
            d = -1; // "May5" only as a word part ("april22" is InWord)
        }

        if (d > 0 && !QuantityFollows(d))
        {
            var r = new TExpr { Month = month, Day = day };
            int end = d;
            int y = d;
            if (CP(y, ',') || CP(y, '.'))
            {
                y++;
            }
            else if (CW(y, "of"))
            {
                y++;
            }

            int ye = YearInDate(y, out int year);
            if (ye > 0)
            {
                r.Year = year;
                end = ye;
            }
            else
            {
                _charEnd = -1;
                end = RelativeYearAfter(d, r, end);
            }

            if (!DateIsValid(r))
            {
                return -1;
            }

            e = r;
            return end;
        }

        // Month [,|of] year: "April 2023", "July of 2024".
        {
            int y = j;
            if (CP(y, ',') || CW(y, "of"))
            {
                y++;
            }

            int ye = YearInDate(y, out int year);
            if (ye > 0 && (_a[ye - 1].Digits == 4 || _charEnd >= 0 || _a[ye - 1].Kind == DKind.Word))
            {
                e = new TExpr { Month = month, Year = year };
                return ye;
            }

            _charEnd = -1;

            // "June last year", "January this year", "March next year", "May of last year": the month of a year
            // relative to the article.
            int rd = CW(j, "of") ? j + 1 : j;
            if ((CW(rd, "last") || CW(rd, "this") || CW(rd, "next")) && CW(rd + 1, "year") && PossessiveEnd(rd + 2) < 0)
            {
                e = new TExpr { Month = month, RelUnit = TimeUnit.Year, RelOffset = W(rd, "last") ? -1 : W(rd, "next") ? 1 : 0 };
                return rd + 2;
            }
        }

        if (!allowBare || abbr)
        {
            return -1;
        }

        // A bare month name: guard the words that are also verbs or modals.
        ReadOnlySpan<char> w = S(i);
        bool ambiguous = w.Equals("may", StringComparison.OrdinalIgnoreCase) || w.Equals("march", StringComparison.OrdinalIgnoreCase);
        bool isArabic = w.Length > 0 && w[0] >= '\u0600' && w[0] <= '\u06FF';
        if (w.Length > 0 && w[0] >= '\u0400' && w[0] <= '\u04FF')
        {
            return -1; // the Russian genitive month names are read only after a day number ("21 сентября")
        }

        if (ambiguous && (mt.Case != TokenCase.Capitalized || !(PrevIsTemporalPreposition(i) || MonthBeforeEventNoun(i, j))))
        {
            return -1;
        }

        if (ambiguous && W(i - 1, "may"))
        {
            return -1;
        }

        if (isArabic && !PrevIsTemporalPreposition(i))
        {
            return -1;
        }

        if (mt.Case == TokenCase.Upper && mt.Length > 3)
        {
            // "JULY" in a shouting headline is fine; "MAY" alone is not.
            if (ambiguous)
            {
                return -1;
            }
        }

        e = new TExpr { Month = month };
        return j;
    }

    /// <summary>
    /// "the March accession", "the May elections", "a March report": a capitalised "March" or "May" between an
    /// article and a lower-case event noun is the month (not "the May government", "the March on Washington").
    /// </summary>
    private bool MonthBeforeEventNoun(int i, int next) =>
        i > 0 && !_a[i].Newline && (W(i - 1, "the") || W(i - 1, "a")) && Cont(next) && _a[next].Kind == DKind.Word
        && _a[next].Case == TokenCase.Lower && MonthEventNouns.Contains(S(next));

    /// <summary>True when the number before <paramref name="end"/> is a count of something ("May 5 people").</summary>
    private bool QuantityFollows(int end)
    {
        if (!Cont(end) || _a[end].Kind != DKind.Word)
        {
            return false;
        }

        ReadOnlySpan<char> w = S(end);
        if (_a[end].HasLex && _a[end].Lex.Unit != TimeUnit.None)
        {
            return true;
        }

        return QuantityNouns.Contains(w) || w.Equals("percent", StringComparison.OrdinalIgnoreCase) || w.Equals("per", StringComparison.OrdinalIgnoreCase);
    }

    private static bool DateIsValid(TExpr r)
    {
        if (r.Month < 1 || r.Month > 12 || r.Day < 1)
        {
            return false;
        }

        int max = r.Year > 0 ? DateTime.DaysInMonth(r.Year, r.Month) : r.Month == 2 ? 29 : DateTime.DaysInMonth(2001, r.Month);
        return r.Day <= max;
    }

    /// <summary>
    /// "June 14 last year", "14 June last year", "March 3 of next year", "May 5 this year": a year relative to the article
    /// after a day of a month (not "last year's"); sets it on <paramref name="r"/> and gives the new end, else <paramref name="end"/>.
    /// </summary>
    private int RelativeYearAfter(int at, TExpr r, int end)
    {
        int rd = CW(at, "of") ? at + 1 : at;
        if ((CW(rd, "last") || CW(rd, "this") || CW(rd, "next")) && CW(rd + 1, "year") && PossessiveEnd(rd + 2) < 0)
        {
            r.RelUnit = TimeUnit.Year;
            r.RelOffset = W(rd, "last") ? -1 : W(rd, "next") ? 1 : 0;
            return rd + 2;
        }

        return end;
    }

    /// <summary>Day [of] month [,] [year]: "8 July 2024", "08 يوليو 2024", "8th of July".</summary>
    private int ParseDayLed(int i, out TExpr? e)
    {
        e = null;
        DTok t = _a[i];
        int d;
        int day;
        if (t.Kind == DKind.Number)
        {
            if (!FreeNumber(i) && !(i > 0 && _a[i - 1].Kind == DKind.Word && _a[i - 1].HasLex && _a[i - 1].Lex.Weekday > 0))
            {
                return -1;
            }

            if (t.Value < 1 || t.Value > 31 || t.Digits > 2)
            {
                return -1;
            }

            day = t.Value;
            d = i + 1;
        }
        else
        {
            return -1;
        }

        int k = d;
        if (CW(k, "of"))
        {
            k++;
        }
        else if (CP(k, '-') || CP(k, '/'))
        {
            // "8-Jul-2024"
            if (_a[k].Glued && Ok(k + 1) && _a[k + 1].Glued)
            {
                k++;
            }
        }

        if (!Cont(k))
        {
            return -1;
        }

        int m = MonthName(k, out int month, out bool abbr);
        if (m < 0)
        {
            return -1;
        }

        if (abbr && !(Ok(m) && (_a[m].Kind == DKind.Number || IsDash(m))) && _a[k].Case != TokenCase.Capitalized)
        {
            return -1;
        }

        var r = new TExpr { Month = month, Day = day };
        int end = m;
        int y = m;
        if (CP(y, ',') || ((IsDash(y) || P(y, '/')) && _a[y].Glued))
        {
            y++;
        }

        int ye = YearInDate(y, out int year);
        if (ye > 0)
        {
            r.Year = year;
            end = ye;
        }
        else
        {
            _charEnd = -1;
            end = RelativeYearAfter(m, r, end);
        }

        if (!DateIsValid(r))
        {
            return -1;
        }

        // "5 May people"? A bare "5 May" followed by a noun is still read as a date; "may" lower-case is not.
        if (_a[k].Case == TokenCase.Lower && S(k).Equals("may", StringComparison.OrdinalIgnoreCase) && ye < 0)
        {
            return -1;
        }

        e = r;
        return end;
    }

    /// <summary>Weekday-led: "Thursday, July 11, 2024", "Monday 8 July", "Monday morning", "Monday".</summary>
    private int ParseWeekdayLed(int i, out TExpr? e)
    {
        e = null;
        LexEntry lx = _a[i].Lex;
        int wd = lx.Weekday;
        int j = i + 1;
        bool abbr = lx.WeekdayAbbr;
        if (CP(j, '.') && _a[j].Glued)
        {
            j++;
        }

        int k = j;
        if (CP(k, ',') || IsDash(k))
        {
            k++;
        }

        if (Cont(k))
        {
            int end = ParseMonthLed(k, out TExpr? m, false);
            if (end < 0 || m is null || m.Day < 0)
            {
                end = ParseDayLed(k, out m);
            }

            if (end > 0 && m is not null && m.Day > 0)
            {
                m.Weekday = wd;
                e = m;
                return end;
            }

            _charEnd = -1;
        }

        if (abbr || _a[i].Case == TokenCase.Other)
        {
            return -1;
        }

        // "Mondays" is a set; a plural is handled elsewhere. A lone weekday, maybe with a part of the day.
        // A plural part of the day makes a recurring set: "Sunday mornings", and "Monday" in "Monday and Tuesday
        // nights" shares it.
        if (PluralPartAt(i + 1))
        {
            e = WeekdayPartSet(wd, _a[i + 1].Lex.Part);
            return i + 2;
        }

        if ((CW(i + 1, "and") || CW(i + 1, "or")) && Cont(i + 2) && _a[i + 2].HasLex && _a[i + 2].Lex.Weekday > 0 && !_a[i + 2].Lex.WeekdayAbbr && PluralPartAt(i + 3))
        {
            e = WeekdayPartSet(wd, _a[i + 3].Lex.Part);
            return i + 1;
        }

        var r = new TExpr { Weekday = wd };
        e = r;
        return PartOfDayAfter(i + 1, r);
    }

    /// <summary>True when token <paramref name="i"/> is a plural part of the day ("mornings", "nights") on the same line.</summary>
    private bool PluralPartAt(int i) =>
        Cont(i) && _a[i].HasLex && _a[i].Lex.Part > 0 && !_a[i].Glued && _a[i].Kind == DKind.Word && _a[i].Length > 1
        && _text[_a[i].Start + _a[i].Length - 1] is 's' or 'S';

    /// <summary>True after "on Saturdays and" / "on Mondays or": a plural weekday shares the set reading of the one before it.</summary>
    private bool PluralWeekdayBefore(int i)
    {
        if (!(W(i - 1, "and") || W(i - 1, "or")) || !W(i - 3, "on") || !IsWord(i - 2) || _a[i - 2].Length < 5 || _a[i - 1].Newline || _a[i].Newline)
        {
            return false;
        }

        ReadOnlySpan<char> prev = S(i - 2);
        return prev[^1] is 's' or 'S' && DateLexicon.TryGet(prev[..^1], out LexEntry pl) && pl.Weekday > 0 && !pl.WeekdayAbbr;
    }

    /// <summary>The weekly set of a weekday's part of the day: "XXXX-WXX-7TMO".</summary>
    private static TExpr WeekdayPartSet(int weekday, int part) =>
        new() { Type = ExprType.Set, Literal = "XXXX-WXX-" + weekday.ToString(CultureInfo.InvariantCulture) + "T" + PartCode(part) };

    /// <summary>Number-led: ISO and numeric dates, "8 July 2024", years, decades.</summary>
    private int ParseNumberLed(int i, out TExpr? e)
    {
        // The longest of the alternatives wins; a bare year only when nothing longer matched.
        Longest best = Longest.None;
        Offer(ref best, ParseIsoDate(i, out TExpr? x), x);
        Offer(ref best, ParseNumericDate(i, out x), x);
        Offer(ref best, ParseDayLed(i, out x), x);
        if (best.End < 0)
        {
            Offer(ref best, ParseYear(i, out x), x);
        }

        return Finish(best, out e);
    }

    /// <summary>2024-07-11 and 2024/07/11 (year first is never ambiguous).</summary>
    private int ParseIsoDate(int i, out TExpr? e)
    {
        e = null;
        DTok y = _a[i];
        if (y.Digits != 4 || y.Value < 1000 || !FreeNumber(i) || i + 4 >= _n)
        {
            return -1;
        }

        bool sepOk = (IsDash(i + 1) || P(i + 1, '/')) && _a[i + 1].Glued && _a[i + 2].Glued && _a[i + 3].Glued && _a[i + 4].Glued;
        if (!sepOk || _a[i + 2].Kind != DKind.Number || _a[i + 4].Kind != DKind.Number)
        {
            return -1;
        }

        char s1 = _text[_a[i + 1].Start];
        if (_a[i + 3].Kind != DKind.Punct || _a[i + 3].Length != 1 || _text[_a[i + 3].Start] != s1)
        {
            return -1;
        }

        int m = _a[i + 2].Value, d = _a[i + 4].Value;
        if (_a[i + 2].Digits > 2 || _a[i + 4].Digits > 2 || _a[i + 4].Ordinal)
        {
            return -1;
        }

        var r = new TExpr { Year = y.Value, Month = m, Day = d };
        if (!DateIsValid(r))
        {
            return -1;
        }

        int end = i + 5;

        // A timestamp: 2024-07-11T14:05[:00][Z|+02:00].
        if (Ok(end + 3) && _a[end].Glued && W(end, "T") && _a[end + 1].Glued && _a[end + 1].Kind == DKind.Number && _a[end + 1].Digits == 2
            && P(end + 2, ':') && _a[end + 2].Glued && _a[end + 3].Glued && _a[end + 3].Kind == DKind.Number && _a[end + 3].Digits == 2
            && _a[end + 1].Value < 24 && _a[end + 3].Value < 60)
        {
            r.Hour = _a[end + 1].Value;
            r.Minute = _a[end + 3].Value;
            end += 4;
            if (P(end, ':') && _a[end].Glued && Ok(end + 1) && _a[end + 1].Glued && _a[end + 1].Kind == DKind.Number && _a[end + 1].Digits == 2)
            {
                end += 2;
                if (P(end, '.') && _a[end].Glued && Ok(end + 1) && _a[end + 1].Glued && _a[end + 1].Kind == DKind.Number)
                {
                    end += 2; // fractions of a second
                }
            }

            if (Ok(end) && _a[end].Glued && W(end, "Z"))
            {
                end++;
            }
            else if (Ok(end + 3) && _a[end].Glued && (_text[_a[end].Start] is '+' || IsDash(end)) && _a[end + 1].Glued && _a[end + 1].Kind == DKind.Number
                && P(end + 2, ':') && _a[end + 2].Glued && _a[end + 3].Glued && _a[end + 3].Kind == DKind.Number)
            {
                end += 4;
            }
        }
        else if (NextGluedAlnum(i + 4))
        {
            return -1;
        }

        e = r;
        return end;
    }

    /// <summary>11/07/2024, 11.07.2024, 11-07-2024: only when the options say which of day and month comes first.</summary>
    private int ParseNumericDate(int i, out TExpr? e)
    {
        e = null;
        if (_options.DateOrder == DateOrder.Unknown || !FreeNumber(i))
        {
            return -1;
        }

        int a, b, c;
        int end;
        int cDigits;
        DTok t = _a[i];
        if (t.Value < 0 && t.Kind == DKind.Number)
        {
            // One token with inner periods: "11.07.2024".
            ReadOnlySpan<char> s = S(i);
            int p1 = s.IndexOf('.');
            int p2 = p1 < 0 ? -1 : s.Slice(p1 + 1).IndexOf('.');
            if (p1 < 1 || p2 < 1)
            {
                return -1;
            }

            p2 += p1 + 1;
            if (!TryDigits(s.Slice(0, p1), out a) || !TryDigits(s.Slice(p1 + 1, p2 - p1 - 1), out b) || !TryDigits(s.Slice(p2 + 1), out c))
            {
                return -1;
            }

            if (p1 > 2 || p2 - p1 - 1 > 2)
            {
                return -1;
            }

            cDigits = s.Length - p2 - 1;
            end = i + 1;
        }
        else
        {
            if (i + 4 >= _n || t.Digits > 2)
            {
                return -1;
            }

            bool glued = _a[i + 1].Glued && _a[i + 2].Glued && _a[i + 3].Glued && _a[i + 4].Glued;
            if (!glued || !(P(i + 1, '/') || IsDash(i + 1) || P(i + 1, '.')) || _a[i + 2].Kind != DKind.Number || _a[i + 4].Kind != DKind.Number)
            {
                return -1;
            }

            if (_a[i + 3].Kind != DKind.Punct || _text[_a[i + 3].Start] != _text[_a[i + 1].Start] || _a[i + 2].Digits > 2)
            {
                return -1;
            }

            a = t.Value;
            b = _a[i + 2].Value;
            c = _a[i + 4].Value;
            cDigits = _a[i + 4].Digits;
            end = i + 5;
            if (NextGluedAlnum(i + 4))
            {
                return -1;
            }
        }

        if (cDigits == 2)
        {
            c += c < 50 ? 2000 : 1900;
        }
        else if (cDigits != 4)
        {
            return -1;
        }

        var r = _options.DateOrder == DateOrder.DayFirst
            ? new TExpr { Day = a, Month = b, Year = c }
            : new TExpr { Month = a, Day = b, Year = c };
        if (!DateIsValid(r))
        {
            return -1;
        }

        e = r;
        return end;
    }

    private static bool TryDigits(ReadOnlySpan<char> s, out int value)
    {
        value = 0;
        if (s.Length == 0 || s.Length > 4)
        {
            return false;
        }

        foreach (char ch in s)
        {
            int d = CharUnicodeInfo.GetDecimalDigitValue(ch);
            if (d < 0)
            {
                return false;
            }

            value = (value * 10) + d;
        }

        return true;
    }

    /// <summary>A bare year ("in 2001") or decade ("1990s", "the 1990s" with "the" taken by the caller).</summary>
    private int ParseYear(int i, out TExpr? e)
    {
        e = null;
        DTok t = _a[i];
        if (t.Kind != DKind.Number || t.Digits != 4 || t.Ordinal || !FreeNumber(i))
        {
            return -1;
        }

        int v = t.Value;

        // Decade: "1990s", "1990's".
        if (v % 10 == 0 && Ok(i + 1) && _a[i + 1].Glued)
        {
            if (IsWord(i + 1) && (S(i + 1).Equals("s", StringComparison.OrdinalIgnoreCase) || S(i + 1).Equals("'s", StringComparison.OrdinalIgnoreCase) || S(i + 1).Equals("\u2019s", StringComparison.OrdinalIgnoreCase)))
            {
                if (v >= 1000 && v <= 2990)
                {
                    e = new TExpr { Decade = v / 10 };
                    return i + 2;
                }
            }

            // "the 1990's", "the 1980’s" with the apostrophe a token of its own; only after "the", "early" or "late"
            // ("1990's first quarter" is the year's possessive).
            if (v >= 1000 && v <= 2990 && i > 0 && (W(i - 1, "the") || W(i - 1, "early") || W(i - 1, "late")) && S(i + 1) is "'" or "\u2019" && Ok(i + 2) && _a[i + 2].Glued && IsWord(i + 2) && S(i + 2).Equals("s", StringComparison.Ordinal)
                && !(Ok(i + 3) && _a[i + 3].Glued && IsWord(i + 3)))
            {
                e = new TExpr { Decade = v / 10 };
                return i + 3;
            }
        }

        if (v < 1000 || v > 2099)
        {
            return -1;
        }

        if (Ok(i + 1) && _a[i + 1].Glued)
        {
            DTok nx = _a[i + 1];
            bool possessive = nx.Kind == DKind.Word && (S(i + 1).Equals("'s", StringComparison.Ordinal) || S(i + 1).Equals("\u2019s", StringComparison.Ordinal));
            bool yearRange = IsDash(i + 1) && Ok(i + 2) && _a[i + 2].Glued && _a[i + 2].Kind == DKind.Number && _a[i + 2].Digits is 2 or 4 && !NextGluedAlnum(i + 2);
            if (!possessive && !yearRange && NextGluedAlnum(i))
            {
                // "2023No Comments": a capitalised word glued after a year is a scraping artefact.
                if (!(nx.Kind == DKind.Word && nx.Case is TokenCase.Capitalized or TokenCase.Upper && nx.Length >= 2))
                {
                    return -1;
                }
            }

            if (nx.Kind == DKind.Symbol || (nx.Kind == DKind.Punct && _text[nx.Start] == '%'))
            {
                return -1;
            }
        }

        if (i > 0 && !t.Newline)
        {
            DTok p = _a[i - 1];
            if (p.Kind == DKind.Symbol && _text[p.Start] != '\u00A9')
            {
                return -1; // "$2024", "€2000"; but "© 2023" is a year
            }

            if (p.Kind == DKind.Word && NumberLabels.Contains(S(i - 1)))
            {
                return -1; // "No. 2024"? handled by the period; "page 2001", "flight 2024", "Windows 2000"
            }

            if (p.Kind == DKind.Punct && _text[p.Start] == '.' && i > 1 && _a[i - 2].Kind == DKind.Word && NumberLabels.Contains(S(i - 2)))
            {
                return -1; // "p. 2001", "No. 2024"
            }

            if (p.Kind == DKind.Number && !p.Glued)
            {
                return -1; // "1 2024" runs of numbers
            }
        }

        if (Cont(i + 1) && _a[i + 1].Kind == DKind.Word && !_a[i + 1].Glued)
        {
            ReadOnlySpan<char> nw = S(i + 1);
            if (QuantityNouns.Contains(nw) || nw.Equals("percent", StringComparison.OrdinalIgnoreCase))
            {
                return -1;
            }

            if (_a[i + 1].HasLex && _a[i + 1].Lex.Unit != TimeUnit.None && !(_a[i + 1].Lex.Unit == TimeUnit.Quarter))
            {
                return -1; // "2000 years"
            }

            if (_a[i + 1].Case == TokenCase.Lower && !_a[i + 1].HasLex && nw.Length > 3 && nw[^1] == 's' && nw[^2] != 's' && CountApproximatorBefore(i))
            {
                return -1; // "roughly 2050 comets", "about 1500 protesters": a count, not a year
            }
        }

        if (Cont(i + 1) && (P(i + 1, '%') || (_a[i + 1].Kind == DKind.Symbol && !_a[i + 1].Glued && _text[_a[i + 1].Start] == '%')))
        {
            return -1;
        }

        if (v < 1900 && !PrevIsTemporalPreposition(i) && !(CW(i + 1, "AD") || CW(i + 1, "BC") || CW(i + 1, "BCE") || CW(i + 1, "CE")))
        {
            return -1;
        }

        e = new TExpr { Year = v };
        return i + 1;
    }

    /// <summary>"'98", "'90s".</summary>
    private int ParseShortYear(int i, out TExpr? e)
    {
        e = null;
        if (!IsApostrophe(i) || !Ok(i + 1) || !_a[i + 1].Glued || _a[i + 1].Kind != DKind.Number || _a[i + 1].Digits != 2)
        {
            return -1;
        }

        if (i > 0 && _a[i].Glued && _a[i - 1].Kind is DKind.Word or DKind.Number)
        {
            return -1; // a closing quote or "rock'n'roll"
        }

        int v = _a[i + 1].Value;
        if (Ok(i + 2) && _a[i + 2].Glued && IsWord(i + 2) && S(i + 2).Equals("s", StringComparison.OrdinalIgnoreCase) && v % 10 == 0)
        {
            e = new TExpr { Decade = (1900 + v) / 10, Literal = "short" };
            return i + 3;
        }

        if (NextGluedAlnum(i + 1))
        {
            return -1;
        }

        if (!PrevIsTemporalPreposition(i) && !(i > 0 && _a[i - 1].HasLex && (_a[i - 1].Lex.Month > 0 || _a[i - 1].Lex.Season > 0)))
        {
            return -1;
        }

        e = new TExpr { Year = 1900 + v, Literal = "short" };
        return i + 2;
    }

    /// <summary>Seasons: "spring 2022", "spring of 2022", "the spring" (with "the" handled by the caller), "this summer".</summary>
    private int ParseSeason(int i, out TExpr? e, bool afterThe)
    {
        e = null;
        if (!Ok(i) || !_a[i].HasLex || _a[i].Lex.Season == 0 || _a[i].Kind != DKind.Word)
        {
            return -1;
        }

        int season = _a[i].Lex.Season;
        int j = i + 1;
        int y = j;
        if (CW(y, "of") || CP(y, ','))
        {
            y++;
        }

        int ye = YearInDate(y, out int year);
        if (ye < 0 && IsApostrophe(y))
        {
            ye = ParseShortYear(y, out TExpr? sy);
            year = sy?.Year ?? -1;
            if (sy is null || sy.Year < 0)
            {
                ye = -1;
            }
        }

        if (ye > 0)
        {
            e = new TExpr { Season = season, Year = year };
            return ye;
        }

        _charEnd = -1;
        bool fall = S(i).Equals("fall", StringComparison.OrdinalIgnoreCase);
        if (afterThe)
        {
            if (CW(j, "of") && !(Ok(j + 1) && (_a[j + 1].Kind == DKind.Number)))
            {
                // "the fall of Kabul"
                if (fall)
                {
                    return -1;
                }
            }

            e = new TExpr { Season = season };
            return j;
        }

        if (fall)
        {
            return -1;
        }

        if (PrevIsTemporalPreposition(i) && !W(i - 1, "of") && !W(i - 1, "to") && !W(i - 1, "and") && !PluralNounAfterSeason(j))
        {
            e = new TExpr { Season = season };
            return j;
        }

        return -1;
    }

    /// <summary>
    /// A lower-case plural noun right after a bare season ("boots for winter hikes", "during summer holidays",
    /// "for winter tyres"): the season qualifies the noun and names no time of the calendar.
    /// </summary>
    private bool PluralNounAfterSeason(int j)
    {
        if (!Cont(j) || !IsWord(j) || _a[j].Case != TokenCase.Lower || (_a[j].HasLex && _a[j].Lex.Unit != TimeUnit.None))
        {
            return false;
        }

        ReadOnlySpan<char> w = S(j);
        return w.Length > 4 && w.EndsWith("s", StringComparison.Ordinal) && !w.EndsWith("ss", StringComparison.Ordinal) && !w.EndsWith("us", StringComparison.Ordinal)
            && !w.Equals("this", StringComparison.Ordinal) && !w.Equals("thus", StringComparison.Ordinal);
    }

    /// <summary>yesterday, today, tomorrow, tonight, with a part of the day ("yesterday morning").</summary>
    private int ParseRelativeWord(int i, out TExpr? e)
    {
        e = null;
        if (!IsWord(i))
        {
            return -1;
        }

        ReadOnlySpan<char> w = S(i);
        int off;
        int part = 0;
        if (w.Equals("yesterday", StringComparison.OrdinalIgnoreCase))
        {
            off = -1;
        }
        else if (w.Equals("today", StringComparison.OrdinalIgnoreCase))
        {
            off = 0;
        }
        else if (w.Equals("tomorrow", StringComparison.OrdinalIgnoreCase))
        {
            off = 1;
        }
        else if (w.Equals("tonight", StringComparison.OrdinalIgnoreCase))
        {
            off = 0;
            part = 4;
        }
        else
        {
            return -1;
        }

        if (i > 0 && _a[i].Glued && _a[i - 1].Kind == DKind.Word)
        {
            return -1;
        }

        var r = new TExpr { RelUnit = TimeUnit.Day, RelOffset = off, Part = part };
        e = r;
        return part == 0 ? PartOfDayAfter(i + 1, r) : i + 1;
    }

    // ---------------------------------------------------------------- keyword-led

    private int ParseKeywordLed(int i, out TExpr? eOut)
    {
        Longest best = Longest.None;
        TExpr? x;
        int end;

        end = ParseRelativeWord(i, out x);
        Offer(ref best, end, x);
        end = ParseModified(i, out x);
        Offer(ref best, end, x);
        end = ParseDeictic(i, out x);
        Offer(ref best, end, x);
        end = ParseTheLed(i, out x);
        Offer(ref best, end, x);
        end = ParseVague(i, out x);
        Offer(ref best, end, x);
        end = ParseSet(i, out x);
        Offer(ref best, end, x);
        end = ParseFiscal(i, out x);
        Offer(ref best, end, x);
        end = ParsePeriodEnd(i, out x);
        Offer(ref best, end, x);
        end = ParseYearCompound(i, out x);
        Offer(ref best, end, x);
        end = ParseHoliday(i, out x);
        Offer(ref best, end, x);
        return Finish(best, out eOut);
    }

    /// <summary>"early 2023", "mid-July", "late last year", "the end of the month", "earlier this month", "the middle of the month".</summary>
    private int ParseModified(int i, out TExpr? e)
    {
        e = null;
        DateMod mod;
        int j;
        int i0 = i;
        if (W(i, "the") && Cont(i + 1) && (W(i + 1, "early") || W(i + 1, "mid") || W(i + 1, "late")))
        {
            i++; // "the mid-1990s", "the late 1980s"
        }

        if (W(i, "early") || W(i, "earlier"))
        {
            mod = DateMod.Start;
            j = i + 1;
        }
        else if (W(i, "late") || W(i, "later"))
        {
            mod = DateMod.End;
            j = i + 1;
        }
        else if (W(i, "mid") || W(i, "middle"))
        {
            mod = DateMod.Mid;
            j = i + 1;
            if (W(i, "middle"))
            {
                if (!CW(j, "of"))
                {
                    return -1;
                }

                j++;
            }
        }
        else if (W(i, "the") && Cont(i + 1) && (W(i + 1, "end") || W(i + 1, "beginning") || W(i + 1, "start") || W(i + 1, "middle") || W(i + 1, "turn")) && CW(i + 2, "of"))
        {
            mod = W(i + 1, "middle") ? DateMod.Mid : W(i + 1, "end") ? DateMod.End : W(i + 1, "turn") ? DateMod.Approx : DateMod.Start;
            j = i + 3;
        }
        else if ((W(i, "end") || W(i, "beginning") || W(i, "start")) && CW(i + 1, "of"))
        {
            mod = W(i, "end") ? DateMod.End : DateMod.Start;
            j = i + 2;
        }
        else
        {
            return -1;
        }

        if (i > 0 && _a[i].Glued && _a[i - 1].Kind == DKind.Word)
        {
            return -1;
        }

        if (IsDash(j) && _a[j].Glued)
        {
            j++; // "mid-July", "mid-1990s"
        }

        if (!Cont(j))
        {
            return -1;
        }

        int end;
        TExpr? inner;

        // "mid-afternoon yesterday", "late afternoon Friday", "early morning Monday": a part of the named day.
        if (i0 == i && IsWord(j) && _a[j].HasLex && _a[j].Lex.Part > 0 && _a[j].Lex.Unit == TimeUnit.None && Cont(j + 1))
        {
            int de = ParsePoint(j + 1, out TExpr? day);
            if (de > 0 && day is not null && day.Type == ExprType.Point && day.Part == 0 && day.Hour < 0 && day.Mod == DateMod.None
                && (day.Weekday > 0 || day.Day > 0 || (day.RelUnit == TimeUnit.Day && day.HasRel)))
            {
                day.Part = _a[j].Lex.Part;
                e = day;
                return de;
            }
        }

        // "by mid-afternoon", "in mid morning": with no day named, a part of the reference day (as "this afternoon").
        if (i0 == i && mod == DateMod.Mid && W(i, "mid") && IsWord(j) && _a[j].HasLex && _a[j].Lex.Part is 1 or 2 or 3 && _a[j].Lex.Unit == TimeUnit.None
            && !_a[j].Lex.UnitPlural && !(Cont(j + 1) && IsWord(j + 1) && _a[j + 1].Case == TokenCase.Lower && !W(j + 1, "and") && !W(j + 1, "on")))
        {
            e = new TExpr { RelUnit = TimeUnit.Day, RelOffset = 0, Part = _a[j].Lex.Part };
            return j + 1;
        }

        // "the end of year", "end of month": the unit without its article.
        if (mod != DateMod.Mid && IsWord(j) && _a[j].HasLex && _a[j].Lex.Unit is TimeUnit.Month or TimeUnit.Year && !_a[j].Lex.UnitPlural
            && !(Cont(j + 1) && _a[j + 1].Kind == DKind.Number) && !CW(j + 1, "of") && !CP(j + 1, '\''))
        {
            inner = new TExpr { RelUnit = _a[j].Lex.Unit, RelOffset = 0, Literal = "unit" };
            end = j + 1;
        }
        else if (W(j, "the") && Cont(j + 1) && _a[j + 1].HasLex && _a[j + 1].Lex.Unit is TimeUnit.Month or TimeUnit.Year or TimeUnit.Week or TimeUnit.Decade or TimeUnit.Century or TimeUnit.Quarter && !_a[j + 1].Lex.UnitPlural)
        {
            inner = new TExpr { RelUnit = _a[j + 1].Lex.Unit, RelOffset = 0, Literal = "unit" };
            end = j + 2;
            if (CW(end, "of") || CP(end, '\''))
            {
                return -1; // "the end of the year of ..." is rare; avoid "the start of the month's ..."
            }
        }
        else
        {
            end = ParsePoint(j, out inner);
            if (end < 0 || inner is null)
            {
                // "earlier this month", "later this year" → ParsePoint handles "this month" via deictic.
                return -1;
            }
        }

        if (inner.Type != ExprType.Point || (i0 != i && inner.Decade < 0 && inner.Century < 0))
        {
            return -1; // "the early years": only decades and centuries take "the" before the modifier
        }

        inner.Mod = mod;
        e = inner;
        return end;
    }

    /// <summary>last/this/next/past/coming/previous + unit, weekday, month, season, part of day; or + N units (durations).</summary>
    private int ParseDeictic(int i, out TExpr? e)
    {
        e = null;
        if (!IsWord(i))
        {
            return -1;
        }

        bool the = false;
        int k = i;
        if (W(k, "the"))
        {
            the = true;
            k++;
            if (!Cont(k))
            {
                return -1;
            }
        }

        ReadOnlySpan<char> w = IsWord(k) ? S(k) : default;
        Deixis dx;
        bool durationWord = false; // "past", "last", "next", "coming", "first" can head a duration
        if (!the && k > 0 && !_a[k].Newline && w.Equals("last", StringComparison.OrdinalIgnoreCase) && _a[k - 1].Kind == DKind.Word && VerbLastBefore.Contains(S(k - 1))
            && !(Cont(k + 1) && _a[k + 1].HasLex && (_a[k + 1].Lex.Unit != TimeUnit.None || _a[k + 1].Lex.Weekday > 0 || _a[k + 1].Lex.Month > 0 || _a[k + 1].Lex.Season > 0)
                && !(_a[k + 1].Lex.Unit != TimeUnit.None && S(k + 1) is [.., 's' or 'S'])))
        {
            // "the mission will last 19 days", "meant to last a year", "the hearing could last weeks": the verb; the
            // length is read on its own ("Will last week …" stays).
            return -1;
        }

        if (w.Equals("last", StringComparison.OrdinalIgnoreCase))
        {
            dx = Deixis.Last;
            durationWord = true;
        }
        else if (w.Equals("past", StringComparison.OrdinalIgnoreCase))
        {
            dx = Deixis.Last;
            durationWord = true;
        }
        else if (w.Equals("previous", StringComparison.OrdinalIgnoreCase) || w.Equals("preceding", StringComparison.OrdinalIgnoreCase))
        {
            dx = Deixis.Last;
        }
        else if (w.Equals("this", StringComparison.OrdinalIgnoreCase) || w.Equals("current", StringComparison.OrdinalIgnoreCase))
        {
            dx = Deixis.This;
            if (!the && w.Equals("this", StringComparison.OrdinalIgnoreCase) && Cont(k + 2) && _a[k + 2].HasLex
                && (_a[k + 2].Lex.Weekday > 0 || _a[k + 2].Lex.Season > 0 || _a[k + 2].Lex.Unit is TimeUnit.Weekend)
                && (CW(k + 1, "coming") || CW(k + 1, "upcoming") || CW(k + 1, "past")))
            {
                // "this coming Sunday", "this past weekend", "this past spring": the next or the last one.
                dx = W(k + 1, "past") ? Deixis.Last : Deixis.Next;
                k++;
            }
        }
        else if (w.Equals("next", StringComparison.OrdinalIgnoreCase) || w.Equals("coming", StringComparison.OrdinalIgnoreCase) || w.Equals("following", StringComparison.OrdinalIgnoreCase) || w.Equals("upcoming", StringComparison.OrdinalIgnoreCase))
        {
            dx = Deixis.Next;
            durationWord = true;
        }
        else if (the && w.Equals("first", StringComparison.OrdinalIgnoreCase))
        {
            dx = Deixis.None;
            durationWord = true;
        }
        else if ((!the && w.Equals("that", StringComparison.OrdinalIgnoreCase)) || (the && w.Equals("same", StringComparison.OrdinalIgnoreCase)))
        {
            // "that year", "that same day", "the same week": the period of the date the story last spoke of.
            dx = Deixis.This;
            bool same = the;
            if (!the && CW(k + 1, "same"))
            {
                k++;
                same = true;
            }

            // A bare "that day", "that morning" is often generic ("trades made that day"): it needs "same" or a
            // preposition or modifier before it ("on that day", "earlier that day").
            bool anchoredShort = same || W(i - 1, "on") || W(i - 1, "earlier") || W(i - 1, "later") || W(i - 1, "by") || W(i - 1, "until") || W(i - 1, "since");

            int u = k + 1;
            if (!Cont(u) || !_a[u].HasLex || _a[u].Kind != DKind.Word || (IsApostrophe(u + 1) && _a[u + 1].Glued))
            {
                return -1;
            }

            LexEntry ul = _a[u].Lex;
            if (CW(u + 1, "of") && !(ul.Part > 0 && ul.Unit == TimeUnit.None))
            {
                return -1; // "that day of reckoning" (but "that morning of the march" is a morning)
            }

            if (!anchoredShort && !the && ul.Part > 0 && ul.Unit == TimeUnit.None && !ul.UnitPlural && i > 0 && !_a[i].Newline
                && IsWord(i - 1) && _a[i - 1].Case == TokenCase.Lower && !ThatClauseLeads.Contains(S(i - 1))
                && _a[u].Case == TokenCase.Lower && !S(u).EndsWith("s", StringComparison.OrdinalIgnoreCase)
                && (!Cont(u + 1) || !IsWord(u + 1) || CW(u + 1, "of") || CW(u + 1, "about") || PartOfDayFollowers.Contains(S(u + 1))))
            {
                // "the mayor held a meeting that morning about …", "the crew worked that evening, …": after a noun or verb
                // other than one that opens a clause ("said that morning traffic …"), a part of the day the story is on.
                anchoredShort = true;
            }
            if (ul.Unit is TimeUnit.Day or TimeUnit.Week or TimeUnit.Month or TimeUnit.Year && !ul.UnitPlural && (anchoredShort || ul.Unit is TimeUnit.Month or TimeUnit.Year))
            {
                e = ul.Unit == TimeUnit.Day
                    ? new TExpr { RelUnit = TimeUnit.Day, RelOffset = 0, Literal = "that" }
                    : new TExpr { RelUnit = ul.Unit, RelOffset = 0, Literal = "that" };
                return u + 1;
            }

            if (ul.Part > 0 && ul.Unit == TimeUnit.None && !the && anchoredShort)
            {
                e = new TExpr { RelUnit = TimeUnit.Day, RelOffset = 0, Part = ul.Part, Literal = "that" }; // "that morning"
                return u + 1;
            }

            if (ul.Season > 0 && !the && (anchoredShort || W(i - 1, "in") || W(i - 1, "during") || W(i - 1, "of") || (_a[i].Case == TokenCase.Capitalized && CP(u + 1, ','))))
            {
                // "That summer, it cut jobs", "by that autumn", "during that winter": the season of the year the story is
                // in (not "prices that fall", "ideas that spring from").
                e = new TExpr { Season = ul.Season, Deixis = Deixis.This, Literal = "that" };
                return u + 1;
            }

            return -1;
        }
        else
        {
            return -1;
        }

        int j = k + 1;
        if (!Cont(j))
        {
            return -1;
        }

        // "last season", "this season", "next season", "this past season" (of a league): read as the year the season
        // began; the extractor keeps them only on a match report. Not "this season's", "season-high", "the season".
        bool thisPast = !the && w.Equals("this", StringComparison.OrdinalIgnoreCase) && W(j, "past") && CW(j + 1, "season"); // the season just ended
        int sj = thisPast ? j + 1 : j;
        if (!the && IsLeagueSeasonNoun(sj)
            && (w.Equals("last", StringComparison.OrdinalIgnoreCase) || w.Equals("this", StringComparison.OrdinalIgnoreCase) || w.Equals("next", StringComparison.OrdinalIgnoreCase)))
        {
            e = new TExpr { RelUnit = TimeUnit.Year, RelOffset = thisPast ? 0 : dx == Deixis.Last ? -1 : dx == Deixis.Next ? 1 : 0, Literal = thisPast ? "pastseason" : "season" };
            return sj + 1;
        }

        // Durations: "the past year", "the last three years", "past 20 years", "the next few days", "the coming weeks".
        if (durationWord)
        {
            int de = ParseCountUnit(j, out double amount, out TimeUnit unit, out bool plural, allowBarePlural: true);
            if (de > 0 && unit is not TimeUnit.None)
            {
                bool countGiven = de - j > 1;
                bool past = w.Equals("past", StringComparison.OrdinalIgnoreCase) || (the && w.Equals("last", StringComparison.OrdinalIgnoreCase));

                // "the first two quarters of 2019", "the last two quarters of 2012": a half of that year, not a length of time.
                if (the && countGiven && amount == 2 && unit == TimeUnit.Quarter && (w.Equals("first", StringComparison.OrdinalIgnoreCase) || w.Equals("last", StringComparison.OrdinalIgnoreCase))
                    && CW(de, "of") && YearInDate(de + 1, out int halfYear) is int hye && hye > 0)
                {
                    e = new TExpr { Half = w.Equals("first", StringComparison.OrdinalIgnoreCase) ? 1 : 2, Year = halfYear };
                    return hye;
                }

                // "the last week", "the last decade": the previous calendar unit, as "last week" (TimeML reads it
                // so); "the past week", "the last three weeks" stay lengths of time.
                bool previousUnit = the && !countGiven && !plural && w.Equals("last", StringComparison.OrdinalIgnoreCase) && unit is TimeUnit.Week or TimeUnit.Month or TimeUnit.Decade;

                // "following years of discord", "Following months of talks": the preposition "following" (after),
                // not a stretch still to come; the plural alone is read on its own as a length of time.
                if (!the && !countGiven && plural && w.Equals("following", StringComparison.OrdinalIgnoreCase) && CW(de, "of"))
                {
                    return -1;
                }
                if ((countGiven || plural || past || the) && !previousUnit)
                {
                    if (!countGiven && !plural && !past && the && (w.Equals("next", StringComparison.OrdinalIgnoreCase) || w.Equals("following", StringComparison.OrdinalIgnoreCase) || w.Equals("coming", StringComparison.OrdinalIgnoreCase)))
                    {
                        // "the next day", "the following week": a point relative to the story, kept as a point below.
                    }
                    else if (unit != TimeUnit.Weekend)
                    {
                        double a = countGiven ? amount : plural ? -1 : 1;
                        e = new TExpr { Type = ExprType.Duration, Unit = unit, Amount = a };
                        if (a < 0 && !the && unit is not (TimeUnit.Day or TimeUnit.Hour or TimeUnit.Minute or TimeUnit.Second))
                        {
                            // "coming quarters", "past years": an unanchored stretch of the past or future. With the
                            // article ("the past few months", "the next several years") it is a length of time (PXM).
                            e = new TExpr { Type = ExprType.Vague, Literal = dx == Deixis.Next ? "FUTURE_REF" : "PAST_REF" };
                        }

                        return de;
                    }
                }
            }
        }

        if (dx == Deixis.None)
        {
            return -1;
        }

        int he = ParseHoliday(j, out TExpr? hol);
        if (he > 0 && hol is not null && hol.Year < 0)
        {
            hol.Deixis = dx; // "last Thanksgiving", "this Easter"
            e = hol;
            return he;
        }

        if (!_a[j].HasLex || _a[j].Kind != DKind.Word)
        {
            return -1;
        }

        LexEntry lx = _a[j].Lex;
        int off = dx == Deixis.Last ? -1 : dx == Deixis.Next ? 1 : 0;

        // "the following year", "the previous Friday", "the preceding month": counted from the date the story
        // last spoke of, not from the publication date (news writes "next year", "last Friday" for those).
        string? anaphor = the && (w.Equals("following", StringComparison.OrdinalIgnoreCase) || w.Equals("previous", StringComparison.OrdinalIgnoreCase)
            || w.Equals("preceding", StringComparison.OrdinalIgnoreCase)) ? "anaphor" : null;
        if (the && lx.Unit == TimeUnit.None && lx.Part > 0 && dx == Deixis.Next && lx.Weekday <= 0)
        {
            e = new TExpr { RelUnit = TimeUnit.Day, RelOffset = 1, Part = lx.Part, Literal = "anaphor" }; // "the next morning"
            return j + 1;
        }

        if (lx.Unit != TimeUnit.None && !lx.UnitPlural)
        {
            if (lx.Unit == TimeUnit.Weekend)
            {
                e = new TExpr { Weekend = true, Deixis = dx };
                return j + 1;
            }

            if (lx.Unit is TimeUnit.Day or TimeUnit.Hour or TimeUnit.Minute or TimeUnit.Second)
            {
                if (lx.Unit == TimeUnit.Day && !the && dx != Deixis.This)
                {
                    return -1; // "last day", "next day": relative to the story, not the article
                }

                if (lx.Unit != TimeUnit.Day)
                {
                    return -1;
                }

                e = new TExpr { RelUnit = TimeUnit.Day, RelOffset = off, Literal = the && dx != Deixis.This ? "anaphor" : anaphor }; // "the next day"

                return j + 1;
            }

            if (lx.Unit is TimeUnit.Fortnight or TimeUnit.Millennium)
            {
                return -1;
            }

            e = new TExpr { RelUnit = lx.Unit, RelOffset = off, Literal = anaphor };
            return j + 1;
        }

        if (lx.Weekday > 0 && !lx.WeekdayAbbr)
        {
            var r = new TExpr { Weekday = lx.Weekday, Deixis = dx, Literal = anaphor };
            int end = j + 1;
            if (anaphor is null && CP(end, ',') && Cont(end + 1) && ParseMonthLed(end + 1, out TExpr? stated, false) is int se && se > 0 && stated is not null && stated.Day > 0)
            {
                if (dx == Deixis.This && W(k, "this") && stated.Year > 0)
                {
                    _charEnd = -1;
                    return -1; // "in this Friday, March 3, 2023 file photo": "this" goes with the photo; the date is read at the weekday
                }

                // "this coming Sunday, March 8": the written date places it.
                stated.Weekday = lx.Weekday;
                e = stated;
                return se;
            }

            _charEnd = -1;
            if (Cont(end) && _a[end].HasLex && _a[end].Lex.Part > 0)
            {
                r.Part = _a[end].Lex.Part;
                end++;
            }

            e = r;
            return end;
        }

        if (lx.Month > 0 && !lx.MonthAbbr && !(_a[j].Case == TokenCase.Lower && (W(j, "march") || W(j, "may"))))
        {
            if (Cont(j + 1) && DayNumber(j + 1, out _) > 0)
            {
                return -1; // "in this June 2, 2009 photo": "this" goes with the photo; the date is read at the month
            }

            // ("this march" in lower case is a procession, not the month)
            e = new TExpr { Month = lx.Month, Deixis = dx, Literal = anaphor };
            return j + 1;
        }

        if (lx.Season > 0)
        {
            e = new TExpr { Season = lx.Season, Deixis = dx, Literal = anaphor };
            return j + 1;
        }

        if (lx.Part > 0 && !the && dx != Deixis.Next)
        {
            // "this morning", "last night", "this evening".
            if (dx == Deixis.Last && lx.Part != 4 && lx.Part != 3)
            {
                return -1;
            }

            e = new TExpr { RelUnit = TimeUnit.Day, RelOffset = dx == Deixis.Last ? -1 : 0, Part = lx.Part };
            return j + 1;
        }

        return -1;
    }

    /// <summary>Expressions led by "the": decades, seasons, "the 8th of July", "the weekend", "the future", "the day before yesterday".</summary>
    private int ParseTheLed(int i, out TExpr? e)
    {
        e = null;
        if (!W(i, "the") || !Cont(i + 1))
        {
            return -1;
        }

        int j = i + 1;
        DTok t = _a[j];

        // The 1990s, the '90s.
        if (t.Kind == DKind.Number && t.Digits == 4)
        {
            int end = ParseYear(j, out TExpr? d);
            if (end > 0 && d is not null && d.Decade > 0)
            {
                e = d;
                return end;
            }

            _charEnd = -1;
            return -1;
        }

        if (IsApostrophe(j))
        {
            int end = ParseShortYear(j, out TExpr? d);
            if (end > 0 && d is not null && d.Decade > 0)
            {
                e = d;
                return end;
            }

            return -1;
        }

        // "in the early afternoon", "worked through the morning to free them", "throughout the evening": a part of the
        // day the text is on (not "during the morning commute", "the evening sky", "the morning's haul").
        if (i > 0 && !_a[i].Newline && PartOfDayLeads.Contains(S(i - 1))
            && !(i > 1 && !_a[i - 1].Newline && (_a[i - 2].Kind == DKind.Number || (_a[i - 2].HasLex && (_a[i - 2].Lex.Weekday > 0 || _a[i - 2].Lex.Month > 0 || _a[i - 2].Lex.Cardinal > 0)) || W(i - 2, "yesterday") || W(i - 2, "tomorrow") || W(i - 2, "today"))))
        {
            // (Not "at 10 in the morning", "Tuesday in the morning", "yesterday in the evening": the clock or day reads it.)
            int k = j;
            if ((W(k, "early") || W(k, "late") || W(k, "mid")) && Cont(k + 1))
            {
                k++;
            }

            if (IsWord(k) && _a[k].HasLex && _a[k].Lex.Part is >= 1 and <= 3 && _a[k].Lex.Unit == TimeUnit.None && !_a[k].Lex.UnitPlural
                && _a[k].Case == TokenCase.Lower && !S(k).EndsWith("s", StringComparison.OrdinalIgnoreCase)
                && !(CW(k + 1, "at") && Cont(k + 2) && _a[k + 2].Kind == DKind.Number)
                && !(Cont(k + 1) && (IsApostrophe(k + 1) || CW(k + 1, "of") || (IsWord(k + 1) && _a[k + 1].Case == TokenCase.Lower && !PartOfDayFollowers.Contains(S(k + 1))))))
            {
                e = new TExpr { RelUnit = TimeUnit.Day, RelOffset = 0, Part = _a[k].Lex.Part, Literal = "anaphor" };
                return k + 1;
            }
        }

        // "the early hours of Friday", "the small hours of the morning", "in the early hours": the first hours of a
        // day, read as its morning (not "the early hours of the rescue").
        if ((W(j, "early") || W(j, "small") || W(j, "wee")) && CW(j + 1, "hours"))
        {
            int k = j + 2;
            bool extent = i > 0 && !_a[i].Newline && (W(i - 1, "into") || W(i - 1, "until") || W(i - 1, "till"));
            if (extent && !(CW(k, "of") && !CW(k + 1, "the")))
            {
                return -1; // "dancing lasts into the small hours", "until the early hours": how long, on no day in particular
            }

            if (!CW(k, "of"))
            {
                e = new TExpr { RelUnit = TimeUnit.Day, RelOffset = 0, Part = 1 };
                return k;
            }

            if (CW(k + 1, "the") && CW(k + 2, "morning"))
            {
                e = new TExpr { RelUnit = TimeUnit.Day, RelOffset = 0, Part = 1 };
                return k + 3;
            }

            TExpr? day = null;
            int de = Cont(k + 1) ? ParsePoint(k + 1, out day) : -1;
            if (de > 0 && day is { Type: ExprType.Point, Part: 0, Hour: < 0, Mod: DateMod.None } && (day.Weekday > 0 || day.Day > 0 || (day.RelUnit == TimeUnit.Day && day.HasRel)))
            {
                day.Part = 1;
                e = day;
                return de;
            }

            return -1;
        }

        // "the evening of Christmas Eve", "the night of Friday", "the late afternoon of the next day": that part of that day.
        {
            int k = j;
            if ((W(k, "early") || W(k, "late")) && Cont(k + 1))
            {
                k++;
            }

            if (IsWord(k) && _a[k].HasLex && _a[k].Lex.Part is >= 1 and <= 4 && _a[k].Lex.Unit == TimeUnit.None && !_a[k].Lex.UnitPlural
                && _a[k].Case == TokenCase.Lower && !S(k).EndsWith("s", StringComparison.OrdinalIgnoreCase) && CW(k + 1, "of") && Cont(k + 2))
            {
                int de = ParsePoint(k + 2, out TExpr? day);
                if (de > 0 && day is { Type: ExprType.Point, Part: 0, Hour: < 0, Mod: DateMod.None, Season: <= 0 }
                    && day.Day <= 0 && (day.Weekday > 0 || day.Holiday >= 0 || (day.RelUnit == TimeUnit.Day && day.HasRel)))
                {
                    // (A day written with its month keeps its own reading: "robbed on the night of Feb. 20" is dated, as
                    // TimeML annotates news, to Oct. 23.)
                    day.Part = _a[k].Lex.Part;
                    if (k > j)
                    {
                        day.Mod = W(j, "early") ? DateMod.Start : DateMod.End;
                    }

                    e = day;
                    return de;
                }
            }
        }

        // "its coldest night of the New Year", "work resumes in the new year": the year that has just begun (or is about to);
        // not "the New Year's Eve party", "the New Year fireworks", "the new year celebrations" (a modifier).
        if (W(j, "new") && CW(j + 1, "year") && !(_a[j + 1].End < _text.Length && Tokenizer.IsApostrophe(_text[_a[j + 1].End]))
            && !(Cont(j + 2) && (IsApostrophe(j + 2) || IsDash(j + 2)
            || (IsWord(j + 2) && _a[j + 2].Case == TokenCase.Lower && (NewYearModified.Contains(S(j + 2)) || (S(j + 2).Length > 4 && S(j + 2).EndsWith("s", StringComparison.Ordinal)))))))
        {
            e = new TExpr { RelUnit = TimeUnit.Year, RelOffset = 0, Literal = "newyear" };
            return j + 2;
        }

        // "the week of March 6": the week containing that day.
        if (W(j, "week") && CW(j + 1, "of") && Cont(j + 2))
        {
            int we = ParsePoint(j + 2, out TExpr? day);
            if (we > 0 && day is not null && day.Type == ExprType.Point && day.Literal is null && day.Hour < 0 && day.Part == 0
                && (day.Day > 0 || day.Weekday > 0))
            {
                day.Literal = "weekof";
                e = day;
                return we;
            }
        }

        // The 8th of July [2024].
        if (t.Kind == DKind.Number && t.Ordinal && t.Value >= 1 && t.Value <= 31 && CW(j + 1, "of"))
        {
            int m = MonthName(j + 2, out int month, out _);
            if (m > 0)
            {
                var r = new TExpr { Day = t.Value, Month = month };
                int end = m;
                int y = m;
                if (CP(y, ','))
                {
                    y++;
                }

                int ye = YearInDate(y, out int year);
                if (ye > 0)
                {
                    r.Year = year;
                    end = ye;
                }

                if (DateIsValid(r))
                {
                    e = r;
                    return end;
                }
            }

            return -1;
        }

        if (t.Kind != DKind.Word)
        {
            return -1;
        }

        if (t.HasLex && t.Lex.Season > 0)
        {
            return ParseSeason(j, out e, true);
        }

        if (t.HasLex && t.Lex.DecadeWord > 0)
        {
            // "the nineties": the latest such decade; "the aughts", "the noughties": the 2000s.
            e = new TExpr { Decade = t.Lex.DecadeWord == 10 ? 200 : 190 + t.Lex.DecadeWord, Literal = "short" };
            return j + 1;
        }

        if (t.HasLex && t.Lex.Unit == TimeUnit.Weekend && !t.Lex.UnitPlural)
        {
            e = new TExpr { Weekend = true };
            return j + 1;
        }

        // "over the years", "in the months that followed": an unspecified length of time.
        if (t.HasLex && t.Lex.UnitPlural && t.Lex.Unit is TimeUnit.Year or TimeUnit.Month or TimeUnit.Week or TimeUnit.Decade or TimeUnit.Day
            && (W(i - 1, "over") || W(i - 1, "through") || W(i - 1, "throughout") || W(i - 1, "in") || W(i - 1, "during")) && !CW(j + 1, "of") && !(Cont(j + 1) && _a[j + 1].Kind == DKind.Number))
        {
            e = new TExpr { Type = ExprType.Duration, Unit = t.Lex.Unit, Amount = -1 };
            return j + 1;
        }

        ReadOnlySpan<char> w = S(j);
        if (w.Equals("future", StringComparison.OrdinalIgnoreCase))
        {
            e = new TExpr { Type = ExprType.Vague, Literal = "FUTURE_REF" };
            return j + 1;
        }

        if ((w.Equals("near", StringComparison.OrdinalIgnoreCase) || w.Equals("foreseeable", StringComparison.OrdinalIgnoreCase) || w.Equals("distant", StringComparison.OrdinalIgnoreCase)) && CW(j + 1, "future"))
        {
            e = new TExpr { Type = ExprType.Vague, Literal = "FUTURE_REF" };
            return j + 2;
        }

        // "in the near term", "over the short term": the time ahead (not "the long-term outlook", "the near-term
        // risk", where the words qualify a noun).
        if ((w.Equals("near", StringComparison.OrdinalIgnoreCase) || w.Equals("short", StringComparison.OrdinalIgnoreCase)) && CW(j + 1, "term")
            && !_a[j + 1].Glued && !(Cont(j + 2) && _a[j + 2].Kind == DKind.Word && _a[j + 2].Case == TokenCase.Lower && !IsClauseWord(j + 2)))
        {
            e = new TExpr { Type = ExprType.Vague, Literal = "FUTURE_REF" };
            return j + 2;
        }

        // "the year", "the week", "the quarter", "the latest quarter", "the fiscal year": the current period
        // (for quarters, the latest one that is over: financial news reports on it).
        {
            int k = j;
            if (W(k, "latest") || (W(k, "most") && CW(k + 1, "recent")))
            {
                k += W(k, "most") ? 2 : 1;
            }

            if (k > j && CW(k, "period") && !CW(k + 1, "of"))
            {
                // "the latest period", "the most recent period": the latest quarter reported (financial results).
                e = new TExpr { RelUnit = TimeUnit.Quarter, RelOffset = -1, Literal = "period" };
                return k + 1;
            }

            if (W(k, "fiscal") || W(k, "full") || W(k, "calendar"))
            {
                k++;
            }

            if (Cont(k) && _a[k].HasLex && !_a[k].Lex.UnitPlural && _a[k].Lex.Unit is TimeUnit.Year or TimeUnit.Week or TimeUnit.Quarter && !CW(k + 1, "of") && !(IsDash(k + 1) && _a[k + 1].Glued))
            {
                if (CW(k + 1, "before") || CW(k + 1, "after") || CW(k + 1, "earlier") || CW(k + 1, "ago") || (Cont(k + 1) && _a[k + 1].Kind == DKind.Number))
                {
                    return -1;
                }

                TimeUnit u = _a[k].Lex.Unit;
                if (u == TimeUnit.Year && (CW(k + 1, "ended") || CW(k + 1, "ending") || CW(k + 1, "through") || CW(k + 1, "to")))
                {
                    // "the year ended March 31": a twelve-month period, not the calendar year.
                    e = new TExpr { Type = ExprType.Duration, Unit = TimeUnit.Year, Amount = 1 };
                    return k + 1;
                }

                e = u == TimeUnit.Quarter
                    ? new TExpr { RelUnit = TimeUnit.Quarter, RelOffset = -1 }
                    : new TExpr { RelUnit = u, RelOffset = 0 };
                return k + 1;
            }
        }

        if (w.Equals("past", StringComparison.OrdinalIgnoreCase) && !(Cont(j + 1) && (_a[j + 1].Kind == DKind.Number || (_a[j + 1].HasLex && (_a[j + 1].Lex.Unit != TimeUnit.None || _a[j + 1].Lex.Cardinal > 0)) || W(j + 1, "few") || W(j + 1, "several"))))
        {
            bool idiom = W(i - 1, "in") || W(i - 1, "over") || W(i - 1, "than") || W(i - 1, "from") || W(i - 1, "of") || W(i - 1, "into");
            if (!idiom && Cont(j + 1) && _a[j + 1].Kind == DKind.Word && _a[j + 1].Case == TokenCase.Lower && !W(j + 1, "and") && !W(j + 1, "or") && !W(j + 1, "to"))
            {
                return -1; // "the past decisions": an adjective
            }

            e = new TExpr { Type = ExprType.Vague, Literal = "PAST_REF" };
            return j + 1;
        }

        if (w.Equals("day", StringComparison.OrdinalIgnoreCase) && (CW(j + 1, "before") || CW(j + 1, "after")))
        {
            bool before = W(j + 1, "before");
            if (before ? CW(j + 2, "yesterday") : CW(j + 2, "tomorrow"))
            {
                e = new TExpr { RelUnit = TimeUnit.Day, RelOffset = before ? -2 : 2 };
                return j + 3;
            }

            // "the day before last Tuesday's hearing", "the day after Christmas", "the day before July 4": one day
            // off a named day (not a time, a range or a longer period).
            if (Cont(j + 2) && _a[j + 2].Kind is DKind.Word or DKind.Number && !W(j + 2, "the")) // no nesting: "the day before the day before …" stays linear
            {
                int end = ParseSingle(j + 2, out TExpr? inner);
                if (end > 0 && inner is { Type: ExprType.Point, DayShift: 0 } && !inner.HasTime && inner.Literal is null
                    && (inner.Weekday > 0 || inner.Holiday >= 0 || (inner.Month > 0 && inner.Day > 0)))
                {
                    e = inner.Clone();
                    e.DayShift = before ? -1 : 1;
                    return end;
                }
            }
        }

        // "had twisted an ankle the night before and …", "arrived the day before.": the day (or part of it)
        // before the one the story is on; not "the day before the vote" or "the day before police came" (a clause).
        if (CW(j + 1, "before") && t.Kind == DKind.Word && t.Case == TokenCase.Lower && t.HasLex && !t.Lex.UnitPlural
            && ((t.Lex.Unit == TimeUnit.Day && t.Lex.Part == 0) || (t.Lex.Unit == TimeUnit.None && t.Lex.Part is >= 1 and <= 4 && !w.EndsWith("s", StringComparison.OrdinalIgnoreCase)))
            && (!Cont(j + 2) || (_a[j + 2].Kind == DKind.Punct && !P(j + 2, '-')) || W(j + 2, "and") || W(j + 2, "but")))
        {
            e = new TExpr { RelUnit = TimeUnit.Day, RelOffset = -1, Part = t.Lex.Unit == TimeUnit.Day ? 0 : t.Lex.Part, Literal = "before" };
            return j + 2;
        }

        return -1;
    }

    /// <summary>now, currently, recently, "recent years", "these days", "soon".</summary>
    private int ParseVague(int i, out TExpr? e)
    {
        e = null;
        if (!IsWord(i) || (i > 0 && _a[i].Glued && _a[i - 1].Kind == DKind.Word))
        {
            return -1;
        }

        ReadOnlySpan<char> w = S(i);
        string? v = null;
        int end = i + 1;
        if (w.Equals("now", StringComparison.OrdinalIgnoreCase))
        {
            if (Ok(i + 1) && IsDash(i + 1) && _a[i + 1].Glued)
            {
                return -1; // "now-defunct"
            }

            v = "PRESENT_REF";
        }
        else if (w.Equals("currently", StringComparison.OrdinalIgnoreCase) || w.Equals("nowadays", StringComparison.OrdinalIgnoreCase))
        {
            v = "PRESENT_REF";
        }
        else if (w.Equals("recently", StringComparison.OrdinalIgnoreCase) || w.Equals("lately", StringComparison.OrdinalIgnoreCase))
        {
            v = "PAST_REF";
        }
        else if (w.Equals("recent", StringComparison.OrdinalIgnoreCase) && Cont(i + 1) && _a[i + 1].HasLex && _a[i + 1].Lex.UnitPlural && _a[i + 1].Lex.Unit is TimeUnit.Year or TimeUnit.Decade or TimeUnit.Century)
        {
            v = "PAST_REF"; // "in recent years"
            end = i + 2;
        }
        else if (w.Equals("recent", StringComparison.OrdinalIgnoreCase) && Cont(i + 1) && _a[i + 1].HasLex && _a[i + 1].Lex.UnitPlural && _a[i + 1].Lex.Unit is TimeUnit.Month or TimeUnit.Week or TimeUnit.Day or TimeUnit.Quarter)
        {
            // "in recent weeks": a span of unspecified length (TimeML reads it as a duration).
            e = new TExpr { Type = ExprType.Duration, Unit = _a[i + 1].Lex.Unit, Amount = -1 };
            return i + 2;
        }
        else if (w.Equals("these", StringComparison.OrdinalIgnoreCase) && CW(i + 1, "days"))
        {
            v = "PRESENT_REF";
            end = i + 2;
        }
        else if (w.Equals("present", StringComparison.OrdinalIgnoreCase) && W(i - 1, "at"))
        {
            v = "PRESENT_REF";
        }
        else if (_a[i].HasLex && _a[i].Lex.UnitPlural && IsVagueAgoUnit(_a[i].Lex.Unit)
            && CW(i + 1, "ago") && !(i > 0 && (_a[i - 1].Kind == DKind.Number || (_a[i - 1].HasLex && _a[i - 1].Lex.Cardinal > 0))))
        {
            v = "PAST_REF";
            end = i + 2;
        }

        if (v is null)
        {
            return -1;
        }

        e = new TExpr { Type = ExprType.Vague, Literal = v };
        return end;
    }

    /// <summary>
    /// Units whose bare plural before "ago" is a vague past reference ("years ago", "months ago", "days ago", "hours
    /// ago"): some time back, no count and no length of time.
    /// </summary>
    private static bool IsVagueAgoUnit(TimeUnit unit) =>
        unit is TimeUnit.Year or TimeUnit.Decade or TimeUnit.Century or TimeUnit.Month or TimeUnit.Week or TimeUnit.Day or TimeUnit.Hour;

    /// <summary>every Monday, each year, daily, annually, "on Mondays".</summary>
    private int ParseSet(int i, out TExpr? e)
    {
        e = null;
        if (!IsWord(i))
        {
            return -1;
        }

        ReadOnlySpan<char> w = S(i);
        string? lit = w.Equals("daily", StringComparison.OrdinalIgnoreCase) ? "P1D"
            : w.Equals("weekly", StringComparison.OrdinalIgnoreCase) ? "P1W"
            : w.Equals("monthly", StringComparison.OrdinalIgnoreCase) ? "P1M"
            : w.Equals("annually", StringComparison.OrdinalIgnoreCase) || w.Equals("yearly", StringComparison.OrdinalIgnoreCase) ? "P1Y"
            : w.Equals("hourly", StringComparison.OrdinalIgnoreCase) ? "PT1H"
            : w.Equals("nightly", StringComparison.OrdinalIgnoreCase) ? "XXXX-XX-XXTNI"
            : w.Equals("biweekly", StringComparison.OrdinalIgnoreCase) || w.Equals("fortnightly", StringComparison.OrdinalIgnoreCase) ? "P2W"
            : w.Equals("biannually", StringComparison.OrdinalIgnoreCase) ? "P6M"
            : null;
        if (lit is not null)
        {
            if (i > 0 && _a[i].Glued && _a[i - 1].Kind == DKind.Word)
            {
                return -1;
            }


            e = new TExpr { Type = ExprType.Set, Literal = lit };
            return i + 1;
        }

        // "on Mondays", "Sundays".
        if (w.Length > 4 && (w[^1] == 's' || w[^1] == 'S') && (W(i - 1, "on") || PluralWeekdayBefore(i)) && DateLexicon.TryGet(w.Slice(0, w.Length - 1), out LexEntry wl) && wl.Weekday > 0 && !wl.WeekdayAbbr)
        {
            e = new TExpr { Type = ExprType.Set, Literal = "XXXX-WXX-" + wl.Weekday.ToString(CultureInfo.InvariantCulture) };
            return i + 1;
        }

        if (!(w.Equals("every", StringComparison.OrdinalIgnoreCase) || w.Equals("each", StringComparison.OrdinalIgnoreCase)))
        {
            return -1;
        }

        int j = i + 1;
        if (CW(j, "other"))
        {
            j++;
        }

        int mult = j > i + 1 ? 2 : 1;
        if (!Cont(j))
        {
            return -1;
        }

        int ce = ParseCountUnit(j, out double amount, out TimeUnit unit, out _, allowBarePlural: false);
        if (ce > 0 && unit != TimeUnit.None)
        {
            double n = (amount > 0 ? amount : 1) * mult;
            e = new TExpr { Type = ExprType.Set, Literal = DurationValue(unit, n) };
            return ce;
        }

        if (!_a[j].HasLex || _a[j].Kind != DKind.Word)
        {
            return -1;
        }

        LexEntry lx = _a[j].Lex;
        if (lx.Unit != TimeUnit.None && !lx.UnitPlural)
        {
            // "every day", "each year", "every other week".
            e = new TExpr { Type = ExprType.Set, Literal = lx.Unit == TimeUnit.Weekend ? "XXXX-WXX-WE" : DurationValue(lx.Unit, mult) };
            return j + 1;
        }

        if (lx.Weekday > 0 && !lx.WeekdayAbbr)
        {
            e = new TExpr { Type = ExprType.Set, Literal = "XXXX-WXX-" + lx.Weekday.ToString(CultureInfo.InvariantCulture) };
            int end = j + 1;
            if (Cont(end) && _a[end].HasLex && _a[end].Lex.Part > 0)
            {
                e.Literal += "T" + PartCode(_a[end].Lex.Part);
                end++;
            }

            return end;
        }

        if (lx.Month > 0 && !lx.MonthAbbr)
        {
            e = new TExpr { Type = ExprType.Set, Literal = "XXXX-" + lx.Month.ToString("00", CultureInfo.InvariantCulture) };
            return j + 1;
        }

        if (lx.Season > 0)
        {
            e = new TExpr { Type = ExprType.Set, Literal = "XXXX-" + SeasonCode(lx.Season) };
            return j + 1;
        }

        if (lx.Part > 0)
        {
            e = new TExpr { Type = ExprType.Set, Literal = "XXXX-XX-XXT" + PartCode(lx.Part) };
            return j + 1;
        }

        return -1;
    }

    /// <summary>"fiscal 1989", "fiscal year 2023", "FY2023".</summary>
    private int ParseFiscal(int i, out TExpr? e)
    {
        e = null;
        int j;

        // "this fiscal year", "the current fiscal year", "next fiscal year", "last fiscal year": the year
        // relative to the reference date (the fiscal calendar itself is not known).
        int d = W(i, "the") && (CW(i + 1, "current") || CW(i + 1, "previous") || CW(i + 1, "next") || CW(i + 1, "coming")) ? i + 1 : i;
        if ((W(d, "this") || W(d, "current") || W(d, "next") || W(d, "last") || W(d, "previous") || W(d, "coming")) && CW(d + 1, "fiscal") && CW(d + 2, "year") && !CP(d + 3, '\''))
        {
            int off = W(d, "next") || W(d, "coming") ? 1 : W(d, "last") || W(d, "previous") ? -1 : 0;
            e = new TExpr { RelUnit = TimeUnit.Year, RelOffset = off };
            return d + 3;
        }

        if (W(i, "fiscal"))
        {
            j = i + 1;
            if (CW(j, "year"))
            {
                j++;
            }
        }
        else if (W(i, "FY") && Ok(i + 1) && _a[i + 1].Glued)
        {
            j = i + 1;
        }
        else
        {
            return -1;
        }

        if (!Cont(j) || _a[j].Kind != DKind.Number)
        {
            return -1;
        }

        DTok t = _a[j];
        int year;
        if (t.Digits == 4 && t.Value >= 1900 && t.Value <= 2099)
        {
            year = t.Value;
        }
        else if (t.Digits == 2)
        {
            year = t.Value + (t.Value < 50 ? 2000 : 1900);
        }
        else
        {
            return -1;
        }

        if (NextGluedAlnum(j))
        {
            return -1;
        }

        e = new TExpr { Year = year };
        return j + 1;
    }

    /// <summary>"year-end", "year end", "the year's end", "month-end": the end of the current year or month; returns the end or -1.</summary>
    private int ParsePeriodEnd(int i, out TExpr? e)
    {
        e = null;
        int u = W(i, "the") && Cont(i + 1) ? i + 1 : i;
        if ((W(u, "year") || W(u, "month")) && !(u > 0 && _a[u].Glued && _a[u - 1].Kind is DKind.Word or DKind.Number))
        {
            int k = u + 1;
            if (IsDash(k) && _a[k].Glued && Ok(k + 1) && _a[k + 1].Glued)
            {
                k++;
            }
            else if (PossessiveEnd(k) is int pe && pe > 0)
            {
                k = pe;
            }
            else if (u == i && !(i > 0 && (W(i - 1, "at") || W(i - 1, "by") || W(i - 1, "before") || W(i - 1, "until") || W(i - 1, "after") || W(i - 1, "since") || W(i - 1, "around"))))
            {
                k = -1; // "year end" without a preposition before it is too loose
            }

            if (k > 0 && CW(k, "end") && !(IsDash(k + 1) && _a[k + 1].Glued)
                && !(k == u + 1 && Cont(k + 1) && _a[k + 1].Kind == DKind.Word && _a[k + 1].Case == TokenCase.Lower && !IsClauseWord(k + 1)))
            {
                // (not "the year end results", "year end bonuses": a compound before a noun)
                e = new TExpr { RelUnit = W(u, "year") ? TimeUnit.Year : TimeUnit.Month, RelOffset = 0, Mod = DateMod.End, Literal = "unit" };
                return k + 1;
            }
        }

        return -1;
    }

    /// <summary>Quarters and halves: "the third quarter [of 2023]", "third-quarter", "Q3 2023", "the first half of 2023".</summary>
    private int ParseQuarterOrHalf(int i, out TExpr? e)
    {
        e = null;
        int j = i;
        if (W(j, "the"))
        {
            j++;
            if (!Cont(j))
            {
                return -1;
            }
        }

        // A year given before the quarter: "the year-earlier third quarter", "last year's first half".
        int relYear = int.MinValue;
        if (W(j, "year") && IsDash(j + 1) && _a[j + 1].Glued && Ok(j + 2) && _a[j + 2].Glued && (W(j + 2, "earlier") || W(j + 2, "ago")) && Cont(j + 3))
        {
            relYear = -1;
            j += 3;
        }
        else if ((W(j, "last") || W(j, "next") || W(j, "this")) && CW(j + 1, "year"))
        {
            int pe = PossessiveEnd(j + 2);
            if (pe > 0 && Cont(pe))
            {
                relYear = W(j, "last") ? -1 : W(j, "next") ? 1 : 0;
                j = pe;
            }
        }

        int statedYear = -1;
        if (relYear == int.MinValue && j > i && Cont(j) && _a[j].Kind == DKind.Number && _a[j].Digits == 4)
        {
            // "the 1988 second quarter", "the 2023 fiscal first half".
            int sy = YearInDate(j, out int y0);
            if (sy > 0 && Cont(sy))
            {
                statedYear = y0;
                j = sy;
            }
        }

        if (W(j, "fiscal") && Cont(j + 1))
        {
            j++;
        }

        int n;
        int k;
        if (W(j, "last") && relYear == int.MinValue && (CW(j + 1, "half") || CW(j + 1, "quarter")) && CW(j + 2, "of") && YearInDate(j + 3, out _) > 0)
        {
            // "the last half of 1989", "the last quarter of 2023": the final one of that year.
            _charEnd = -1;
            n = W(j + 1, "half") ? 2 : 4;
            k = j + 1;
        }
        else if (IsWord(j) && _a[j].HasLex && _a[j].Lex.Ordinal is >= 1 and <= 4)
        {
            n = _a[j].Lex.Ordinal;
            k = j + 1;
        }
        else if (Ok(j) && _a[j].Kind == DKind.Number && _a[j].Ordinal && _a[j].Value is >= 1 and <= 4)
        {
            n = _a[j].Value;
            k = j + 1;
        }
        else if (IsWord(j) && S(j).Length == 2 && (S(j)[0] == 'Q' || S(j)[0] == 'H') && char.IsDigit(S(j)[1]))
        {
            // Tokenised as one word? The splitter cuts letters from digits, so this is rare.
            return -1;
        }
        else if (IsWord(j) && (S(j).Equals("Q", StringComparison.Ordinal) || S(j).Equals("H", StringComparison.Ordinal)) && Ok(j + 1) && _a[j + 1].Glued && _a[j + 1].Kind == DKind.Number && _a[j + 1].Digits == 1)
        {
            bool q = S(j)[0] == 'Q';
            n = _a[j + 1].Value;
            if (n < 1 || n > (q ? 4 : 2) || (_a[j].Glued && j > 0 && _a[j - 1].Kind is DKind.Word or DKind.Number))
            {
                return -1;
            }

            var qr = q ? new TExpr { Quarter = n } : new TExpr { Half = n };
            int end = j + 2;
            int y = end;
            if (CP(y, ',') || CW(y, "of"))
            {
                y++;
            }

            int ye = YearInDate(y, out int year);
            if (ye > 0)
            {
                qr.Year = year;
                end = ye;
            }
            else if (NextGluedAlnum(j + 1))
            {
                return -1;
            }

            _charEnd = -1;
            e = qr;
            return end;
        }
        else
        {
            return -1;
        }

        if (IsDash(k) && _a[k].Glued)
        {
            k++;
        }

        if (!Cont(k) || !IsWord(k))
        {
            return -1;
        }

        bool quarter = W(k, "quarter");
        bool half = W(k, "half") && n <= 2;
        if (!quarter && !half)
        {
            return -1;
        }

        var r = quarter ? new TExpr { Quarter = n } : new TExpr { Half = n };
        int e2 = k + 1;
        int yy = e2;
        if (CW(yy, "of") || CP(yy, ','))
        {
            yy++;
        }

        if (W(yy, "the") && Cont(yy + 1) && (W(yy + 1, "year") || W(yy + 1, "decade")))
        {
            // "the first half of the year": this year.
            if (W(yy + 1, "year"))
            {
                r.RelUnit = TimeUnit.Year;
                r.RelOffset = 0;
                e = r;
                return yy + 2;
            }
        }

        if (yy == e2 + 1 && CW(e2, "of") && relYear == int.MinValue && statedYear < 0)
        {
            if ((W(yy, "this") || W(yy, "last") || W(yy, "next")) && CW(yy + 1, "year") && PossessiveEnd(yy + 2) < 0)
            {
                // "the third quarter of this year", "the first half of next year".
                r.RelUnit = TimeUnit.Year;
                r.RelOffset = W(yy, "last") ? -1 : W(yy, "next") ? 1 : 0;
                e = r;
                return yy + 2;
            }

            if (W(yy, "fiscal") && Cont(yy + 1) && YearInDate(yy + 1, out _) > 0)
            {
                yy++; // "the first quarter of fiscal 2013"
            }
        }

        int yr = statedYear;
        int ye2 = statedYear > 0 ? e2 : relYear == int.MinValue ? YearInDate(yy, out yr) : -1;
        if (ye2 > 0)
        {
            r.Year = yr;
            e2 = ye2;
        }
        else if (relYear != int.MinValue)
        {
            _charEnd = -1;
            r.RelUnit = TimeUnit.Year;
            r.RelOffset = relYear;
        }
        else if (CW(e2, "a") && CW(e2 + 1, "year") && (CW(e2 + 2, "ago") || CW(e2 + 2, "earlier")))
        {
            // "the third quarter a year ago": that quarter of the year before.
            _charEnd = -1;
            r.RelUnit = TimeUnit.Year;
            r.RelOffset = -1;
            e2 += 3;
        }
        else
        {
            _charEnd = -1;
            if (half && j == i && !(W(i - 1, "the") || W(i - 1, "first") || W(i - 1, "second")))
            {
                // "half" needs a year or "the": "first half" alone is too vague.
                if (!_a[k].Glued)
                {
                    return -1;
                }
            }

            if (!quarter && ye2 < 0 && j == i)
            {
                return -1;
            }
        }

        e = r;
        return e2;
    }

    /// <summary>"the 20th century", "21st century".</summary>
    private int ParseCentury(int i, out TExpr? e)
    {
        e = null;
        int j = i;
        if (!Ok(j) || _a[j].Kind != DKind.Number || !_a[j].Ordinal || _a[j].Value < 1 || _a[j].Value > 30)
        {
            return -1;
        }

        int k = j + 1;
        if (IsDash(k) && _a[k].Glued)
        {
            k++;
        }

        if (!CW(k, "century"))
        {
            return -1;
        }

        e = new TExpr { Century = _a[j].Value - 1 };
        return k + 1;
    }

    // ---------------------------------------------------------------- durations and relative offsets

    /// <summary>
    /// A count and a time unit: "11 days", "four years", "a decade", "two-year", "several months", "two and a half years".
    /// Returns the end or -1; <paramref name="amount"/> is -1 when unspecified ("several").
    /// </summary>
    private int ParseCountUnit(int i, out double amount, out TimeUnit unit, out bool plural, bool allowBarePlural)
    {
        amount = -1;
        unit = TimeUnit.None;
        plural = false;
        if (!Ok(i))
        {
            return -1;
        }

        int j = i;
        bool counted = false;
        DTok t = _a[i];
        if (t.Kind == DKind.Number)
        {
            if (t.Ordinal || !FreeNumber(i))
            {
                return -1;
            }

            if (t.Value >= 0)
            {
                amount = t.Value;
            }
            else if (double.TryParse(S(i), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out double dv))
            {
                amount = dv;
            }
            else
            {
                return -1;
            }

            j = i + 1;
            counted = true;

            // "5 1/2 hours"
            if (Cont(j) && _a[j].Kind == DKind.Number && _a[j].Value == 1 && P(j + 1, '/') && Ok(j + 2) && _a[j + 2].Value == 2 && _a[j + 1].Glued && _a[j + 2].Glued)
            {
                amount += 0.5;
                j += 3;
            }
        }
        else if (t.Kind == DKind.Word)
        {
            if (t.HasLex && t.Lex.Cardinal > 0)
            {
                amount = t.Lex.Cardinal;
                j = i + 1;
                if (amount >= 20 && amount < 100 && amount % 10 == 0 && IsDash(j) && _a[j].Glued && Ok(j + 1) && _a[j + 1].HasLex && _a[j + 1].Lex.Cardinal is > 0 and < 10)
                {
                    amount += _a[j + 1].Lex.Cardinal;
                    j += 2;
                }
                else if (amount >= 20 && amount < 100 && amount % 10 == 0 && Cont(j) && _a[j].Kind == DKind.Word && _a[j].HasLex && _a[j].Lex.Cardinal is > 0 and < 10)
                {
                    amount += _a[j].Lex.Cardinal; // "twenty four hours", written without the hyphen
                    j++;
                }

                // "two hundred years", "two thousand years"
                if (amount is > 1 and < 100 && (CW(j, "hundred") || CW(j, "thousand")))
                {
                    amount *= W(j, "hundred") ? 100 : 1000;
                    j++;
                }

                counted = true;
            }
            else if (W(i, "a") || W(i, "an") || W(i, "one"))
            {
                amount = 1;
                j = i + 1;
                counted = true;
                if (CW(j, "few") || CW(j, "couple"))
                {
                    amount = W(j, "couple") ? 2 : -1;
                    j++;
                    if (CW(j, "of"))
                    {
                        j++;
                    }
                }
                else if (!W(i, "one") && CW(j, "half") && IsDash(j + 1) && _a[j + 1].Glued && Ok(j + 2) && _a[j + 2].Glued
                    && (W(j + 2, "century") || W(j + 2, "decade")))
                {
                    amount = 0.5; // "a half-century ago"
                    j += 2;
                }
            }
            else if (W(i, "several") || W(i, "few") || W(i, "many") || W(i, "some") || W(i, "couple"))
            {
                if (W(i, "some") && Cont(i + 1) && _a[i + 1].HasLex && !_a[i + 1].Lex.UnitPlural)
                {
                    return -1;
                }

                amount = W(i, "couple") ? 2 : -1;
                j = i + 1;
                if (W(i, "couple") && CW(j, "of"))
                {
                    j++;
                }

                counted = true;
            }
            else if (W(i, "half") && (CW(i + 1, "a") || CW(i + 1, "an")))
            {
                amount = 0.5;
                j = i + 2;
                counted = true;
            }
            else if ((W(i, "dozens") || W(i, "hundreds") || W(i, "thousands") || W(i, "millions") || W(i, "billions")) && CW(i + 1, "of"))
            {
                amount = -1;
                j = i + 2;
                counted = true;
            }
        }

        // "a billion years", "4.5 billion years", "two million years"; "several hundred million years" (no count)
        if (counted && amount == -1 && (W(i, "several") || W(i, "few") || W(i, "many")) && (CW(j, "hundred") || CW(j, "thousand")) && (CW(j + 1, "million") || CW(j + 1, "billion")))
        {
            j++;
        }

        if (counted && (amount > 0 || amount == -1) && (CW(j, "million") || CW(j, "billion")))
        {
            amount = amount < 0 ? -1 : amount * (W(j, "million") ? 1e6 : 1e9);
            j++;
        }

        if (counted)
        {
            // "two and a half years"
            if (amount >= 0 && CW(j, "and") && CW(j + 1, "a") && CW(j + 2, "half"))
            {
                amount += 0.5;
                j += 3;
            }

            // "two more weeks", "an additional year"; "eight trading days", "five business days", "three straight quarters"
            if (CW(j, "more") || CW(j, "additional") || CW(j, "further") || CW(j, "extra")
                || CW(j, "trading") || CW(j, "business") || CW(j, "working") || (CW(j, "calendar") && !W(i, "a")) || CW(j, "consecutive") || CW(j, "straight") || CW(j, "full"))
            {
                if (Cont(j + 1) && _a[j + 1].HasLex && _a[j + 1].Lex.Unit != TimeUnit.None)
                {
                    j++;
                }
            }

            // "two-year", "11-day"
            bool hyphen = false;
            if (IsDash(j) && _a[j].Glued && Ok(j + 1) && _a[j + 1].Glued)
            {
                j++;
                hyphen = true;
            }

            // "one season" (of a league) is a year, as "two seasons" are; the number word only ("a season ticket" is not
            // counted), and not "one season's", "one season opener".
            if (amount == 1 && t.Kind == DKind.Word && W(i, "one") && Cont(j) && IsLeagueSeasonNoun(j))
            {
                unit = TimeUnit.Year;
                return j + 1;
            }

            if (!Cont(j) || !_a[j].HasLex || _a[j].Lex.Unit == TimeUnit.None || _a[j].Kind != DKind.Word)
            {
                return -1;
            }

            // "a week": singular unit after a/an/one; plural after larger counts.
            unit = _a[j].Lex.Unit;
            plural = _a[j].Lex.UnitPlural;
            if (amount == 1 && plural && t.Kind == DKind.Word)
            {
                return -1;
            }

            if (amount < 0 && !plural)
            {
                return -1;
            }

            // "the 1988 quarter": a count above one needs a plural unit unless hyphenated ("11-day"), or written
            // after "a"/"an" without the hyphen ("an 11 hour flight", "a 24 hour strike").
            if (amount > 1 && !plural && !hyphen && t.Kind == DKind.Number
                && !(amount < 1000 && t.Digits < 4 && i > 0 && (W(i - 1, "a") || W(i - 1, "an")) && unit is TimeUnit.Hour or TimeUnit.Minute or TimeUnit.Second or TimeUnit.Day or TimeUnit.Week or TimeUnit.Month or TimeUnit.Year))
            {
                return -1;
            }

            // "two seasons" (of a league) counts years; "the Four Seasons" is a name.
            if (plural && S(j).Equals("seasons", StringComparison.OrdinalIgnoreCase) && (_a[j].Case != TokenCase.Lower || (t.Kind == DKind.Word && t.Case != TokenCase.Lower && i > 0 && !_a[i].Newline)))
            {
                return -1;
            }

            if (unit == TimeUnit.Second && !plural && amount != 1 && t.Kind == DKind.Word)
            {
                return -1;
            }

            // "a minute and a half", "a year and a half": one and a half units.
            if (amount == 1 && !plural && !hyphen && CW(j + 1, "and") && CW(j + 2, "a") && CW(j + 3, "half"))
            {
                amount = 1.5;
                return j + 4;
            }

            return j + 1;
        }

        if (allowBarePlural && t.Kind == DKind.Word && t.HasLex && t.Lex.Unit != TimeUnit.None)
        {
            unit = t.Lex.Unit;
            plural = t.Lex.UnitPlural;
            amount = plural ? -1 : 1;
            return i + 1;
        }

        return -1;
    }

    /// <summary>Durations and offsets: "11 days", "two days ago", "a year earlier", "in three weeks", "days".</summary>
    private int ParseDurationLike(int i, out TExpr? e)
    {
        e = null;

        // "the nine months ended Sept. 30", "the four days": a counted stretch with the article.
        if (W(i, "the") && Cont(i + 1) && (_a[i + 1].Kind == DKind.Number || (_a[i + 1].HasLex && _a[i + 1].Lex.Cardinal > 1)))
        {
            int te = ParseCountUnit(i + 1, out double ta, out TimeUnit tu, out bool tp, allowBarePlural: false);
            if (te > 0 && tp && ta > 1 && tu is not TimeUnit.Weekend && !CW(te, "ago") && !CW(te, "earlier") && !CW(te, "later") && !CW(te, "old") && !(IsDash(te) && _a[te].Glued))
            {
                e = new TExpr { Type = ExprType.Duration, Unit = tu, Amount = ta };
                return te;
            }

            return -1;
        }

        // "the town will one day be the largest port": "one day" after a modal is an unnamed future time (also
        // set off by commas, after "to", or between an object pronoun and "to" + a place: see IndefiniteOneDay).
        if (W(i, "one") && CW(i + 1, "day") && i > 0 && !_a[i].Newline
            && (W(i - 1, "will") || W(i - 1, "would") || W(i - 1, "could") || W(i - 1, "may") || W(i - 1, "might") || W(i - 1, "can") || W(i - 1, "should") || W(i - 1, "shall")
                || IndefiniteOneDay(i)))
        {
            e = new TExpr { Type = ExprType.Vague, Literal = "FUTURE_REF" };
            return i + 2;
        }

        // "day-long", "decades-long", "a several-year tenure": a compound adjective naming a length of time.
        if (IsWord(i) && !(i > 0 && _a[i].Glued && _a[i - 1].Kind is DKind.Word or DKind.Number) && IsDash(i + 1) && _a[i + 1].Glued && Ok(i + 2) && _a[i + 2].Glued
            && !(Ok(i + 3) && _a[i + 3].Glued && !IsDash(i + 3)))
        {
            if (_a[i].HasLex && _a[i].Lex.Unit is TimeUnit.Day or TimeUnit.Week or TimeUnit.Month or TimeUnit.Year or TimeUnit.Decade or TimeUnit.Century or TimeUnit.Hour
                && W(i + 2, "long"))
            {
                e = new TExpr { Type = ExprType.Duration, Unit = _a[i].Lex.Unit, Amount = _a[i].Lex.UnitPlural ? -1 : 1 };
                return i + 3;
            }

            if (W(i, "several") && _a[i + 2].HasLex && !_a[i + 2].Lex.UnitPlural && _a[i + 2].Lex.Unit is TimeUnit.Day or TimeUnit.Week or TimeUnit.Month or TimeUnit.Year or TimeUnit.Decade)
            {
                e = new TExpr { Type = ExprType.Duration, Unit = _a[i + 2].Lex.Unit, Amount = -1 };
                return i + 3;
            }
        }

        int end = ParseCountUnit(i, out double amount, out TimeUnit unit, out bool plural, allowBarePlural: false);
        bool bare = false;
        if (end > 0 && (W(i, "a") || W(i, "an")) && IsDash(end) && _a[end].Glued && Ok(end + 1) && _a[end + 1].Glued && W(end + 1, "long"))
        {
            return -1; // "a day-long meeting": the compound is read at "day"
        }
        if (end < 0)
        {
            // Bare plural units with clear context: "just days after", "for years", "weeks later".
            if (IsWord(i) && _a[i].HasLex && _a[i].Lex.UnitPlural && _a[i].Lex.Unit is TimeUnit.Day or TimeUnit.Week or TimeUnit.Month or TimeUnit.Year or TimeUnit.Decade or TimeUnit.Century or TimeUnit.Hour or TimeUnit.Minute or TimeUnit.Second)
            {
                bool before = i > 0 && !_a[i].Newline && (W(i - 1, "for") || W(i - 1, "just") || W(i - 1, "only") || W(i - 1, "within") || W(i - 1, "over") || W(i - 1, "took") || W(i - 1, "lasted") || W(i - 1, "spent") || W(i - 1, "mere")
                    || (W(i - 1, "in") && i > 1 && W(i - 2, "time"))); // "for the first time in years"
                bool after = CW(i + 1, "ago") || CW(i + 1, "later") || CW(i + 1, "after") || CW(i + 1, "before") || CW(i + 1, "earlier")
                    || (CW(i + 1, "of") && _a[i].Lex.Unit is TimeUnit.Day or TimeUnit.Week or TimeUnit.Month or TimeUnit.Year or TimeUnit.Decade or TimeUnit.Century
                        && !(i > 0 && _a[i - 1].Kind == DKind.Number) && !CW(i + 2, "the")) // "months of talks", "decades of abuse" (not "days of the week")
                    || (CW(i + 1, "into") && !(i > 0 && IntoVerbs.Contains(S(i - 1))) && (CW(i + 2, "the") || CW(i + 2, "a") || CW(i + 2, "its") || CW(i + 2, "his") || CW(i + 2, "her") || CW(i + 2, "their"))); // "hours into the flight"
                if (_a[i].Lex.Unit == TimeUnit.Second && !(CW(i + 1, "later") || CW(i + 1, "after") || CW(i + 1, "into")))
                {
                    return -1; // "seconds later", "seconds into the race"; "for seconds" is too often a second helping
                }

                if (!before && !after)
                {
                    return -1;
                }

                if (W(i + 1, "ago") && IsVagueAgoUnit(_a[i].Lex.Unit))
                {
                    return -1; // "years ago", "months ago", "days ago" are vague past references (see ParseVague)
                }

                unit = _a[i].Lex.Unit;
                amount = -1;
                end = i + 1;
                bare = true;
            }
            else
            {
                return -1;
            }
        }

        if (unit == TimeUnit.None)
        {
            return -1;
        }

        // "two days after today", "three weeks from tomorrow", "3 minutes from now": counted from a named day.
        if (!bare && FromNamedDay(end, unit, amount, out TExpr? named) is int ne && ne > 0 && named is not null)
        {
            e = named;
            return ne;
        }

        // Ages ("52 years old", "a 6-year-old boy") and fractions ("a quarter of the market", "three quarters of it") are
        // not time; "several quarters of losses", "three straight quarters of growth" are.
        if (CW(end, "old") || (IsDash(end) && _a[end].Glued && (W(end + 1, "old") || W(end + 1, "olds"))) || (unit == TimeUnit.Quarter && CW(end, "of") && amount > 0 && (end == i + 2 || (end == i + 3 && IsDash(i + 1) && _a[i + 1].Glued))))
        {
            return -1;
        }

        // "a second group", "a second term": the ordinal, not one second of time.
        if (!bare && unit == TimeUnit.Second && end == i + 2 && (W(i, "a") || W(i, "an")) && Cont(end) && IsWord(end)
            && !(W(end, "ago") || W(end, "later") || W(end, "earlier") || W(end, "or") || W(end, "and") || W(end, "longer") || W(end, "before") || W(end, "after")))
        {
            return -1;
        }

        if (!bare && (W(i, "a") || W(i, "an")) && !(CW(end, "ago") || CW(end, "earlier") || CW(end, "later") || (CW(end, "after") && !AfterAnAmount(i))) && !ArticleDurationContext(i)
            && !(i > 0 && (W(i - 1, "has") || W(i - 1, "have") || W(i - 1, "had")) && CW(end, "to") && Cont(end + 1) && IsWord(end + 1) && _a[end + 1].Case == TokenCase.Lower))
        {
            // (But "the council has a month to respond", "voters had a week to decide": time left, a length of time.)
            return -1; // "$1.76 a year", "four flights a week": a rate, not a length of time
        }

        // Twice a year, three times a week, once a day: a set, its span "a year".
        if (!bare && (W(i, "a") || W(i, "an") || W(i, "per")) && i > 0 && (W(i - 1, "times") || W(i - 1, "once") || W(i - 1, "twice")))
        {
            e = new TExpr { Type = ExprType.Set, Literal = DurationValue(unit, 1) };
            return end;
        }

        // "a month earlier than usual", "two days later than planned": a comparison, so a length of time.
        if ((CW(end, "earlier") || CW(end, "later") || CW(end, "sooner")) && CW(end + 1, "than"))
        {
            e = new TExpr { Type = ExprType.Duration, Unit = unit, Amount = amount };
            return end;
        }

        // "a week or so ago", "two years or so earlier": approximately that far back.
        bool orSo = false;
        if (!bare && CW(end, "or") && CW(end + 1, "so") && (CW(end + 2, "ago") || CW(end + 2, "earlier") || CW(end + 2, "later")))
        {
            end += 2;
            orSo = true;
        }

        // "N units ago / earlier / later / before / after" → a point relative to the reference date.
        if (!bare && (CW(end, "ago") || CW(end, "earlier") || (CW(end, "later") && amount > 0) || CW(end, "before") || CW(end, "after")) && unit is not TimeUnit.Weekend)
        {
            bool back = W(end, "ago") || W(end, "earlier") || W(end, "before");
            bool clause = W(end, "before") || W(end, "after");

            // "half a century ago", "a half-decade ago": a whole number of years.
            if (W(end, "ago") && amount is > 0 and < 1 && unit is TimeUnit.Decade or TimeUnit.Century
                && amount * (unit == TimeUnit.Decade ? 10 : 100) is double halfYears && halfYears == Math.Floor(halfYears))
            {
                e = new TExpr { RelUnit = TimeUnit.Year, RelOffset = -(int)halfYears, Literal = "ago", Mod = orSo ? DateMod.Approx : DateMod.None };
                return end + 1;
            }

            // "two days before the vote": relative to an event, not the article; keep the duration only.
            if (!clause && amount > 0 && amount == Math.Floor(amount))
            {
                e = new TExpr { RelUnit = unit, RelOffset = back ? -(int)amount : (int)amount, Literal = W(end, "ago") ? "ago" : "story", Mod = orSo ? DateMod.Approx : DateMod.None };
                if (unit is TimeUnit.Hour or TimeUnit.Minute or TimeUnit.Second)
                {
                    // "15 minutes ago", "48 hours ago": the day that time falls on, counted back from the reference
                    // day (the pipeline knows the day, not its clock time), as "3 minutes from now" is; "two hours
                    // earlier / later" count from an event of the story and stay lengths of time.
                    if (W(end, "ago"))
                    {
                        double days = amount / (unit == TimeUnit.Hour ? 24.0 : unit == TimeUnit.Minute ? 1440.0 : 86400.0);
                        e = new TExpr { RelUnit = TimeUnit.Day, RelOffset = -(int)days, Mod = orSo ? DateMod.Approx : DateMod.None };
                        return end + 1;
                    }

                    e = new TExpr { Type = ExprType.Duration, Unit = unit, Amount = amount };
                    return end;
                }

                // "Three days later, the index was down 6%", "a day earlier, trucks streamed north": counted from an
                // event of the story, not from the publication date, so the length of time is all that is known.
                if (!orSo && unit is TimeUnit.Day or TimeUnit.Week or TimeUnit.Month && (W(end, "later") || W(end, "earlier")))
                {
                    e = new TExpr { Type = ExprType.Duration, Unit = unit, Amount = amount };
                    return end;
                }

                // "married in 1998 and separated a decade later", "Two years later, the firm …": years after the
                // date the story last named, not after the publication date (a length of time when it named none).
                if (!orSo && unit is TimeUnit.Year or TimeUnit.Decade or TimeUnit.Century && W(end, "later"))
                {
                    int years = (int)amount * (unit == TimeUnit.Decade ? 10 : unit == TimeUnit.Century ? 100 : 1);
                    e = new TExpr { RelUnit = TimeUnit.Year, RelOffset = years, Literal = "later", Unit = unit, Amount = amount };
                    return end + 1;
                }

                // "20 years ago today", "a month ago today": that same day, counted back from the reference day.
                if (!orSo && W(end, "ago") && CW(end + 1, "today") && PossessiveEnd(end + 2) <= 0 && amount <= 10000)
                {
                    int n = -(int)amount;
                    switch (unit)
                    {
                        case TimeUnit.Year:
                        case TimeUnit.Month:
                            e = new TExpr { RelUnit = unit, RelOffset = n, Literal = "sameday", DayShift = 0 };
                            return end + 2;
                        case TimeUnit.Decade:
                            e = new TExpr { RelUnit = TimeUnit.Year, RelOffset = 10 * n, Literal = "sameday", DayShift = 0 };
                            return end + 2;
                        case TimeUnit.Week:
                        case TimeUnit.Day:
                            e = new TExpr { RelUnit = TimeUnit.Day, RelOffset = unit == TimeUnit.Week ? 7 * n : n };
                            return end + 2;
                    }
                }

                return end + 1;
            }

            if (!clause && amount < 0)
            {
                e = new TExpr { Type = ExprType.Vague, Literal = back ? "PAST_REF" : "FUTURE_REF" };
                return end + 1;
            }
        }

        // "1 hour and 30 minutes", "two years and three months": one length of time.
        if (!bare && CompoundDuration(end, unit, amount, out TExpr? compound) is int cde && cde > 0 && compound is not null)
        {
            e = compound;
            return cde;
        }

        // "in three weeks": a date after the reference date when the sentence speaks of the future.
        if (!bare && amount > 0 && amount == Math.Floor(amount) && W(i - 1, "in") && !_a[i].Newline && !S(end - 1).StartsWith("season", StringComparison.OrdinalIgnoreCase) && unit is not (TimeUnit.Weekend or TimeUnit.Hour or TimeUnit.Minute or TimeUnit.Second))
        {
            // "in a year or two": some time ahead, no date to name.
            if (CW(end, "or") && Cont(end + 1) && (_a[end + 1].Kind == DKind.Number || (_a[end + 1].HasLex && _a[end + 1].Lex.Cardinal > 0)) && !(Cont(end + 2) && _a[end + 2].HasLex && _a[end + 2].Lex.Unit != TimeUnit.None))
            {
                e = new TExpr { Type = ExprType.Vague, Literal = "FUTURE_REF" };
                return end + 2;
            }

            if (!FirstOrMostBefore(i - 1))
            {
                e = new TExpr { Type = ExprType.OffsetIn, Unit = unit, Amount = amount };
                return end;
            }
        }

        if (unit == TimeUnit.Weekend && amount == 1)
        {
            return -1;
        }

        e = new TExpr { Type = ExprType.Duration, Unit = unit, Amount = amount };
        if (!bare && CW(end, "long"))
        {
            end++;
        }

        return end;
    }

    /// <summary>
    /// "the first time in 48 years", "its first title in 108 years", "the lowest level in two decades": "in" (token
    /// <paramref name="inTok"/>) closes a stretch of time looked back over, not a date ahead. Reads at most six words
    /// back, within the clause.
    /// </summary>
    private bool FirstOrMostBefore(int inTok)
    {
        for (int k = inTok - 1; k >= 0 && k >= inTok - 6; k--)
        {
            if (_a[k + 1].Newline || _a[k].Kind is DKind.Barrier or DKind.Number)
            {
                return false;
            }

            if (_a[k].Kind == DKind.Punct)
            {
                if (IsApostrophe(k) || IsDash(k))
                {
                    continue; // "the Cubs' first title", "first-ever"
                }

                return false;
            }

            if (_a[k].Kind != DKind.Word)
            {
                return false;
            }

            ReadOnlySpan<char> w = S(k);
            if (SuperlativeWords.Contains(w) || (w.Length > 4 && w.EndsWith("est", StringComparison.OrdinalIgnoreCase) && !NotSuperlative.Contains(w)))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly SpanMap<bool> SuperlativeWords = SpanMap.SetOf("first time best worst most least only record");

    private static readonly SpanMap<bool> NotSuperlative = SpanMap.SetOf("interest interests protest protests request requests invest arrest arrests contest contests forest forests harvest test tests honest modest suggest suggests digest manifest quest guest guests chest west midwest");

    /// <summary>Verbs that put time into something ("put hours into the garden"): the plural unit is spent, not a point in a journey.</summary>
    private static readonly SpanMap<bool> IntoVerbs = SpanMap.SetOf("put puts putting pour poured pours pouring invest invested invests investing sank sink sinks sunk turn turned turns turning convert converted converts");

    /// <summary>Lower-case nouns "New Year" qualifies ("the New Year holiday", "the new year party"): the feast, not the year.</summary>
    private static readonly SpanMap<bool> NewYearModified = SpanMap.SetOf(
        "holiday holidays party parties eve day celebration celebrations message address speech honours honors break period sale sales "
        + "resolution resolutions fireworks festival festivities concert greetings gala countdown rush weekend");

    /// <summary>
    /// A lower-case "season" at <paramref name="j"/> that stands for the season itself: not "season's", "season-high" or a
    /// noun it modifies ("season opener", "season ticket").
    /// </summary>
    private bool IsLeagueSeasonNoun(int j) =>
        W(j, "season") && _a[j].Case == TokenCase.Lower
        && !(Ok(j + 1) && (IsApostrophe(j + 1) || IsDash(j + 1) || (IsWord(j + 1) && SeasonModified.Contains(S(j + 1)))));

    /// <summary>Nouns "season" modifies ("this season opener", "last season finale"): a league season's event, not the season.</summary>
    private static readonly SpanMap<bool> SeasonModified = SpanMap.SetOf(
        "opener openers finale finales ticket tickets premiere debut high highs low lows record records total totals average averages best worst");

    /// <summary>Words after which "that" opens a clause rather than pointing at a part of the day ("said that morning traffic …").</summary>
    private static readonly SpanMap<bool> ThatClauseLeads = SpanMap.SetOf(
        "said says say saying told tell tells telling believe believes believed think thinks thought know knows knew noted note notes added add adds "
        + "found find finds show shows showed shown mean means meant so such and but or is was are were be been that than warned warn warns "
        + "claimed claim claims argued argue argues reported report reports suggest suggests suggested hope hoped hopes fear feared fears clear sure");

    /// <summary>Words before "the morning" / "the afternoon" / "the evening" that make it a time of the day in focus.</summary>
    private static readonly SpanMap<bool> PartOfDayLeads = SpanMap.SetOf("in through throughout during");

    /// <summary>Lower-case words that may follow such a part of the day without making it a modifier ("in the morning to ...").</summary>
    private static readonly SpanMap<bool> PartOfDayFollowers = SpanMap.SetOf(
        "to as and or but when while before after until because so if with at on in for by from");

    private static readonly SpanMap<bool> DurationLeads = SpanMap.SetOf(
        "for in within about around nearly almost roughly approximately some than over after before just only "
        + "least most once twice times per under to spent took take takes lasted last lasts during by of barely "
        + "up another extra as given gave give gives offered offer offers allowed allow allows granted grant him them us me "
        + "played served worked lived stayed waited remained spend spends serve serves wait waits stay stays");

    /// <summary>
    /// True when the word before <paramref name="i"/> holds a digit or a currency sign ("£90m a year after tax",
    /// "$5 an hour after"): "a day" is then a rate, not the length in "comes a year after the flood".
    /// </summary>
    private bool AfterAnAmount(int i)
    {
        if (i == 0 || _a[i].Newline)
        {
            return false;
        }

        int e = _a[i].Start;
        while (e > 0 && char.IsWhiteSpace(_text[e - 1]) && _text[e - 1] is not ('\n' or '\r'))
        {
            e--;
        }

        int b = e;
        while (b > 0 && !char.IsWhiteSpace(_text[b - 1]) && e - b < 32)
        {
            b--; // the whole word before ("£90m", "$5")
        }

        foreach (char c in _text.AsSpan(b, e - b))
        {
            if (char.IsAsciiDigit(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.CurrencySymbol)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"a week" / "an hour" is a duration after "for", "in", "within", "than", "about"... or at the start of a clause.</summary>
    private bool ArticleDurationContext(int i)
    {
        if (i == 0 || _a[i].Newline)
        {
            return true;
        }

        DTok p = _a[i - 1];
        if (p.Kind == DKind.Punct)
        {
            return _text[p.Start] is ',' or '(' or ':' or ';' or '\u2014' or '\u2013';
        }

        return p.Kind == DKind.Word && DurationLeads.Contains(S(i - 1));
    }

    /// <summary>Holidays: "Christmas", "New Year's Day", "Thanksgiving Day", "Easter 2024", "Christmas of 2023".</summary>
    private int ParseHoliday(int i, out TExpr? e)
    {
        e = null;
        if (!IsWord(i) || _a[i].Case is not (TokenCase.Capitalized or TokenCase.Upper) || (i > 0 && _a[i].Glued && _a[i - 1].Kind == DKind.Word))
        {
            return -1;
        }

        int[]? candidates = Holidays.Starting(S(i));
        if (candidates is null)
        {
            return -1;
        }

        int bestEnd = -1, best = -1;
        foreach (int h in candidates)
        {
            IReadOnlyList<string> words = Holidays.WordsOf(h);
            int j = i + 1;
            bool ok = true;
            for (int w = 1; w < words.Count && ok; w++)
            {
                while (Cont(j) && (IsApostrophe(j) || P(j, '.') || S(j).Equals("'s", StringComparison.OrdinalIgnoreCase) || S(j).Equals("\u2019s", StringComparison.OrdinalIgnoreCase)))
                {
                    j++;
                }

                if (!CW(j, words[w]))
                {
                    ok = false;
                    break;
                }

                j++;
            }

            if (ok && j > bestEnd)
            {
                bestEnd = j;
                best = h;
            }
        }

        if (best < 0)
        {
            return -1;
        }

        // A one-word name must not be part of a longer name ("Easter Island", "Christmas Island" stay out).
        if (bestEnd == i + 1 && Cont(bestEnd) && IsWord(bestEnd) && _a[bestEnd].Case == TokenCase.Capitalized && !_a[bestEnd].HasLex)
        {
            return -1;
        }

        var r = new TExpr { Holiday = best };
        int end = bestEnd;
        int y = end;
        if (CW(y, "of") || CP(y, ','))
        {
            y++;
        }

        int ye = YearInDate(y, out int year);
        if (ye > 0 && _charEnd < 0)
        {
            r.Year = year;
            end = ye;
        }

        if (CW(end, "week") && !(IsApostrophe(end + 1) && _a[end + 1].Glued) && r.Literal is null)
        {
            r.Literal = "weekof"; // "Easter week", "Thanksgiving week": the week containing the holiday
            end++;
        }

        _charEnd = -1;
        e = r;
        return end;
    }

    /// <summary>The end of a possessive "'s" at <paramref name="j"/> (one token or apostrophe + "s"), or -1.</summary>
    private int PossessiveEnd(int j)
    {
        if (!Cont(j) || !_a[j].Glued)
        {
            return -1;
        }

        if (IsApostrophe(j) && Ok(j + 1) && _a[j + 1].Glued && W(j + 1, "s"))
        {
            return j + 2;
        }

        return S(j).Equals("'s", StringComparison.OrdinalIgnoreCase) || S(j).Equals("\u2019s", StringComparison.OrdinalIgnoreCase) ? j + 1 : -1;
    }

    /// <summary>A word that starts a new clause or phrase after an expression ("and", "or", "but", prepositions).</summary>
    private bool IsClauseWord(int i) =>
        W(i, "and") || W(i, "or") || W(i, "but") || W(i, "as") || W(i, "because") || W(i, "to") || W(i, "in") || W(i, "of") || W(i, "for")
        || W(i, "at") || W(i, "on") || W(i, "with") || W(i, "than") || W(i, "if") || W(i, "while") || W(i, "when") || W(i, "is") || W(i, "was")
        || W(i, "will") || W(i, "would") || W(i, "could") || W(i, "should") || W(i, "may") || W(i, "might");

    /// <summary>"year-earlier", "year-ago" glued at <paramref name="j"/>; returns the token after it or -1.</summary>
    private int YearBackCompound(int j) =>
        W(j, "year") && IsDash(j + 1) && _a[j + 1].Glued && Ok(j + 2) && _a[j + 2].Glued && (W(j + 2, "earlier") || W(j + 2, "ago")) ? j + 3 : -1;

    /// <summary>
    /// The period of financial results compared with an earlier one: "the year-ago period", "the year-earlier
    /// quarter", "the quarter a year ago", "the corresponding period last year", "last year's quarter" (the
    /// year before: <c>Literal</c> "story", which the quarter in focus turns into that quarter a year back),
    /// and "the 1988 quarter", "the 1989 period" (that year: <c>Literal</c> "inyear", the focus quarter of
    /// that year). Without a quarter in focus they are the year.
    /// </summary>
    private int ParseComparedPeriod(int i, out TExpr? e)
    {
        e = null;
        int j = i;
        if (W(j, "last") && CW(j + 1, "year"))
        {
            // "last year's quarter", "last year's period"
            int pe = PossessiveEnd(j + 2);
            if (pe > 0 && (CW(pe, "quarter") || CW(pe, "period")))
            {
                e = new TExpr { RelUnit = TimeUnit.Year, RelOffset = -1, Literal = "story" };
                return pe + 1;
            }

            return -1;
        }

        bool the = W(j, "the");
        if (the)
        {
            j++;
        }

        if (!Cont(j))
        {
            return -1;
        }

        // "the 1988 quarter", "the 1989 period"
        if (the && _a[j].Kind == DKind.Number && _a[j].Digits == 4)
        {
            int ye = YearInDate(j, out int y);
            if (ye > 0 && y > 0 && (CW(ye, "quarter") || CW(ye, "period")) && !CW(ye + 1, "of") && !(IsDash(ye + 1) && Ok(ye + 1) && _a[ye + 1].Glued))
            {
                e = new TExpr { Year = y, Literal = "inyear" };
                return ye + 1;
            }

            return -1;
        }

        bool back = false;
        int yb = YearBackCompound(j);
        if (yb > 0)
        {
            back = true;
            j = yb;

            // "the year-earlier nine months": a stretch of months a year back, a length of time (one mention).
            int n = NumberWord(j, out int ne);
            if (n <= 0 && Cont(j) && _a[j].Kind == DKind.Number && _a[j].Digits <= 2)
            {
                n = _a[j].Value;
                ne = j + 1;
            }

            if (n >= 2 && n <= 12 && Cont(ne) && _a[ne].HasLex && _a[ne].Lex.UnitPlural && _a[ne].Lex.Unit == TimeUnit.Month)
            {
                e = new TExpr { Type = ExprType.Duration, Unit = TimeUnit.Month, Amount = n };
                return ne + 1;
            }
        }
        else if (the && (W(j, "corresponding") || W(j, "comparable") || W(j, "same")))
        {
            j++;
            if (Cont(j) && YearBackCompound(j) > 0)
            {
                back = true;
                j = YearBackCompound(j);
            }
        }

        if (!(CW(j, "quarter") || CW(j, "period")) || CW(j + 1, "of") && !back)
        {
            return -1;
        }

        int end = j + 1;
        if (CW(end, "last") && CW(end + 1, "year") && PossessiveEnd(end + 2) < 0)
        {
            end += 2; // "the corresponding period last year"
        }
        else if (CW(end, "a") && CW(end + 1, "year") && (CW(end + 2, "ago") || CW(end + 2, "earlier") || CW(end + 2, "before")))
        {
            end += 3; // "the quarter a year ago"
        }
        else if (!back || !the && yb < 0)
        {
            return -1;
        }

        e = new TExpr { RelUnit = TimeUnit.Year, RelOffset = -1, Literal = "story" };
        return end;
    }

    /// <summary>"year-earlier", "year-ago": the year before the reference year.</summary>
    private int ParseYearCompound(int i, out TExpr? e)
    {
        e = null;
        if (W(i, "year") && IsDash(i + 1) && _a[i + 1].Glued && Ok(i + 2) && _a[i + 2].Glued && (W(i + 2, "earlier") || W(i + 2, "ago")))
        {
            if (i > 0 && _a[i].Glued && _a[i - 1].Kind is DKind.Word or DKind.Number)
            {
                return -1;
            }

            e = new TExpr { RelUnit = TimeUnit.Year, RelOffset = -1, Literal = "story" };
            return i + 3;
        }

        return -1;
    }

    // ---------------------------------------------------------------- times

    /// <summary>A clock time: "18:20", "3 p.m.", "3pm", "noon", "10:35 a.m. EST"; returns the end or -1.</summary>
    private int ParseClock(int i, out int hour, out int minute)
    {
        hour = -1;
        minute = 0;
        if (!Ok(i))
        {
            return -1;
        }

        DTok t = _a[i];
        if (t.Kind == DKind.Word && t.HasLex && t.Lex.Clock > 0)
        {
            if (t.Case == TokenCase.Capitalized && i > 0 && !t.Newline && _a[i - 1].Kind == DKind.Word && _a[i - 1].Case == TokenCase.Capitalized)
            {
                return -1; // "High Noon": a title
            }

            if (t.Lex.Clock == 12 && i > 0 && W(i - 1, "high"))
            {
                return -1; // "high noon comes today": the idiom, not twelve o'clock
            }

            hour = t.Lex.Clock == 24 ? 0 : 12;
            minute = 0;
            if (t.Lex.Clock == 24)
            {
                hour = 24;
            }

            return i + 1;
        }

        // "half past seven", "a quarter to nine", "twenty minutes past six".
        int spoken = ClockWords(i, out hour, out minute);
        if (spoken > 0)
        {
            return spoken;
        }

        hour = -1;
        minute = 0;

        // "0336 GMT", "1815 UTC": the wires' four-digit clock with its zone (a year never takes one).
        if (t.Kind == DKind.Number && t.Digits == 4 && !t.Ordinal && t.Value >= 0 && t.Value / 100 <= 23 && t.Value % 100 <= 59
            && FreeNumber(i) && Cont(i + 1) && IsWord(i + 1) && !_a[i + 1].Glued && (W(i + 1, "GMT") || W(i + 1, "UTC"))
            && !(Ok(i + 2) && _a[i + 2].Glued && (IsDash(i + 2) || _a[i + 2].Kind != DKind.Punct)))
        {
            hour = t.Value / 100;
            minute = t.Value % 100;
            return i + 2;
        }

        if (t.Kind != DKind.Number || t.Digits > 2 || t.Value < 0 || t.Value > 24 || t.Ordinal || !FreeNumber(i))
        {
            return -1;
        }

        int j = i + 1;
        int h = t.Value;
        int m = 0;
        bool colon = false;
        if (P(j, ':') && _a[j].Glued && Ok(j + 1) && _a[j + 1].Glued && _a[j + 1].Kind == DKind.Number && _a[j + 1].Digits == 2 && _a[j + 1].Value < 60)
        {
            m = _a[j + 1].Value;
            j += 2;
            colon = true;
            if (P(j, ':') && _a[j].Glued && Ok(j + 1) && _a[j + 1].Glued && _a[j + 1].Kind == DKind.Number && _a[j + 1].Digits == 2)
            {
                j += 2; // seconds
            }

            if (NextGluedAlnum(j - 1) && !(Ok(j) && IsWord(j) && IsAmPm(j)))
            {
                return -1;
            }
        }
        else if (t.Value >= 0 && P(j, '.') && _a[j].Glued && Ok(j + 1) && _a[j + 1].Glued && _a[j + 1].Kind == DKind.Number && _a[j + 1].Digits == 2 && IsAmPm(j + 2))
        {
            m = _a[j + 1].Value;
            j += 2;
        }
        else if (t.Value < 0)
        {
            return -1;
        }

        int ap = AmPm(j, out bool pm);
        if (ap > 0)
        {
            if (h < 1 || h > 12)
            {
                return -1;
            }

            h = To24(h, pm);
            j = ap;
        }
        else if (CW(j, "o'clock") || CW(j, "o\u2019clock"))
        {
            j++;
            j = InThePartOfDay(i, j, ref h);
        }
        else if (InThePartOfDay(i, j, ref h) is int pe && pe > j)
        {
            j = pe; // "at 4 in the morning", "at 10:30 in the evening"
        }
        else if (!colon)
        {
            return -1;
        }

        if (h > 24)
        {
            return -1;
        }

        // Time zones: "EST", "GMT", "local time".
        bool zone = false;
        if (Cont(j) && IsWord(j) && !_a[j].Glued && TimeZones.Contains(S(j)))
        {
            j++;
            zone = true;
        }
        else if (CW(j, "local") && CW(j + 1, "time"))
        {
            j += 2;
            zone = true;
        }

        if (colon && ap <= 0 && !zone && j == i + 3 && IsClipLength(i, j, h))
        {
            return -1;
        }

        hour = h;
        minute = m;
        return j;
    }

    /// <summary>
    /// A bare "m:ss" written as page furniture, the running time of a video: right after "Video"/"Watch"/"Play"
    /// ("Play Video 0:53") or a " | " between a clip's title and its blurb, at the end of a line of other words (a clip title: "… may test missile in new year
    /// 01:35"), or at the start of a line of words with a minutes part below three ("| 1:21 Elon Musk has …").
    /// Never after a preposition ("at 21:00", "about 10:25"): a clock time is introduced as one.
    /// </summary>
    private bool IsClipLength(int i, int end, int hour)
    {
        if (i > 0 && !_a[i].Newline && !_a[i].Glued && _a[i - 1].Length == 1 && _text[_a[i - 1].Start] == '|')
        {
            return true; // "… recycled capsule | 2:30 SpaceX has …": a clip list
        }

        if (i > 0 && !_a[i].Newline && _a[i - 1].Kind == DKind.Word)
        {
            ReadOnlySpan<char> w = S(i - 1);
            if (w.Equals("video", StringComparison.OrdinalIgnoreCase) || w.Equals("videos", StringComparison.OrdinalIgnoreCase)
                || w.Equals("watch", StringComparison.OrdinalIgnoreCase) || w.Equals("play", StringComparison.OrdinalIgnoreCase)
                || w.Equals("duration", StringComparison.OrdinalIgnoreCase) || w.Equals("runtime", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            if (IsTemporalPreposition(w) || w.Equals("at", StringComparison.OrdinalIgnoreCase) || w.Equals("about", StringComparison.OrdinalIgnoreCase)
                || w.Equals("approximately", StringComparison.OrdinalIgnoreCase) || w.Equals("roughly", StringComparison.OrdinalIgnoreCase)
                || w.Equals("nearly", StringComparison.OrdinalIgnoreCase) || w.Equals("shortly", StringComparison.OrdinalIgnoreCase)
                || w.Equals("is", StringComparison.OrdinalIgnoreCase) || w.Equals("was", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        bool lineStart = i == 0 || _a[i].Newline;
        bool lineEnd = end >= _n || _a[end].Newline;
        if (lineStart && lineEnd)
        {
            return false; // a time on a line of its own: a timestamp
        }

        if (lineEnd)
        {
            // The last thing on a line of words (a title, maybe ending in "?" or a quote); not after a day or
            // month word ("Updated Monday 18:20").
            if (i == 0)
            {
                return false;
            }

            DTok p = _a[i - 1];
            return p.Kind == DKind.Word ? !(p.HasLex && (p.Lex.Month > 0 || p.Lex.Weekday > 0 || p.Lex.Part > 0 || p.Lex.Clock > 0))
                : p.Kind == DKind.Punct && p.Length == 1 && _text[p.Start] is '?' or '!' or '"' or '\u201D' or '\u2019' or '\'';
        }

        return lineStart && hour < 3 && IsWord(end) && _a[end].Case == TokenCase.Capitalized;
    }

    /// <summary>
    /// "in the morning" / "in the afternoon" / "in the evening" / "at night" after an hour of 1-12 that follows
    /// "at", "by", "until", "around", "about", "before", "after" or "since" (token <paramref name="i"/> is the
    /// hour): sets the 24-hour value and returns the end, else returns <paramref name="j"/>.
    /// </summary>
    private int InThePartOfDay(int i, int j, ref int h)
    {
        if (h < 1 || h > 12 || i == 0 || !(W(i - 1, "at") || W(i - 1, "by") || W(i - 1, "until") || W(i - 1, "around") || W(i - 1, "about")
            || W(i - 1, "before") || W(i - 1, "after") || W(i - 1, "since")))
        {
            return j;
        }

        return PartOfDayAfterHour(j, ref h);
    }

    /// <summary>
    /// "at night", "in the morning", "in the afternoon" / "in the evening" at token <paramref name="j"/>, after an hour
    /// <paramref name="h"/> of at most 12: sets the 24-hour value and returns the end, else returns <paramref name="j"/>.
    /// </summary>
    private int PartOfDayAfterHour(int j, ref int h)
    {
        if (h > 12)
        {
            return j;
        }

        if (CW(j, "at") && CW(j + 1, "night"))
        {
            h = h == 12 ? 0 : h < 6 ? h : h + 12;
            return j + 2;
        }

        if (!(CW(j, "in") && CW(j + 1, "the")) || !Cont(j + 2))
        {
            return j;
        }

        if (W(j + 2, "morning"))
        {
            h = h == 12 ? 0 : h;
        }
        else if (W(j + 2, "afternoon") || W(j + 2, "evening"))
        {
            h = h == 12 ? 12 : h + 12;
        }
        else
        {
            return j;
        }

        return j + 3;
    }

    /// <summary>Lower-case words after "to one day" that show it is no split infinitive ("cut to one day a week").</summary>
    private static readonly HashSet<string> NotAVerbAfterOneDay = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "per", "each", "every", "off", "for", "from", "at", "on", "with", "by", "than", "this", "that", "of",
        "in", "or", "and", "before", "after", "later", "earlier", "only", "instead", "long", "ago", "when", "while",
    };

    /// <summary>
    /// "one day" at <paramref name="i"/> (i &gt; 0) used as "some day" without a modal: set off by commas ("engineers believe
    /// the design, one day, will ferry crews"), in a split infinitive ("hopes to one day run the firm"), or between an
    /// object pronoun and "to" + a capitalised place or "the" ("and fly them one day to Velbor"). "took them one day to
    /// finish", "one day after the vote" stay durations.
    /// </summary>
    private bool IndefiniteOneDay(int i)
    {
        if (P(i - 1, ',') && Ok(i + 2) && P(i + 2, ','))
        {
            return true;
        }

        if (W(i - 1, "to") && Ok(i + 2) && IsWord(i + 2) && _a[i + 2].Case == TokenCase.Lower && !NotAVerbAfterOneDay.Contains(S(i + 2).ToString()))
        {
            return true; // "to one day run", not "from Monday to one day later", "cut to one day a week"
        }

        return (W(i - 1, "them") || W(i - 1, "us") || W(i - 1, "him") || W(i - 1, "her") || W(i - 1, "you") || W(i - 1, "me"))
            && Ok(i + 3) && W(i + 2, "to") && IsWord(i + 3) && (_a[i + 3].Case != TokenCase.Lower || W(i + 3, "the"));
    }

    private bool IsAmPm(int i) => AmPm(i, out _) > 0;

    private int AmPm(int i, out bool pm)
    {
        pm = false;
        if (!Cont(i) || !IsWord(i))
        {
            return -1;
        }

        ReadOnlySpan<char> w = S(i);
        if (w.Equals("pm", StringComparison.OrdinalIgnoreCase) || w.Equals("p.m", StringComparison.OrdinalIgnoreCase))
        {
            pm = true;
        }
        else if (!(w.Equals("am", StringComparison.OrdinalIgnoreCase) || w.Equals("a.m", StringComparison.OrdinalIgnoreCase)))
        {
            return -1;
        }

        int j = i + 1;
        if (P(j, '.') && _a[j].Glued && w.Contains('.'))
        {
            j++; // "p.m." (but not the full stop after "5pm.")
        }

        return j;
    }

    /// <summary>
    /// The part of the day (1 morning, 2 afternoon, 3 evening, 4 night) holds the hour without moving the day:
    /// "9 a.m. Monday morning", "3 p.m. Tuesday afternoon", "10 p.m. Sunday night" (not "1 a.m. Sunday night", Monday).
    /// </summary>
    private static bool PartHoldsHour(int part, int hour) => part switch
    {
        1 => hour is >= 0 and < 12,
        2 => hour is >= 12 and < 19,
        3 => hour is >= 16 and <= 23,
        4 => hour is >= 18 and <= 23,
        _ => false,
    };

    /// <summary>A time, maybe with a day: "18:20", "3 p.m. Tuesday", "noon Thursday", "Monday at 3 p.m.", "08 يوليو 2024 - 18:20".</summary>
    private int ParseTimeWithDate(int i, out TExpr? e)
    {
        e = null;

        // Time first.
        int ce = ParseClock(i, out int hour, out int minute);
        if (ce > 0)
        {
            var r = new TExpr { Hour = hour, Minute = minute };
            int end = ce;
            int k = ce;
            if (CP(k, ','))
            {
                k++;
            }

            // "11:20 a.m. (0820 GMT) Friday": the wire's conversion to GMT between the time and its day.
            if (CP(k, '(') && Cont(k + 1) && _a[k + 1].Kind == DKind.Number && _a[k + 1].Digits == 4 && Cont(k + 2) && TimeZones.Contains(S(k + 2)) && CP(k + 3, ')'))
            {
                k += 4;
            }

            if (CW(k, "on"))
            {
                k++;
            }

            if (Cont(k))
            {
                int de = ParsePoint(k, out TExpr? d);
                if (de > 0 && d is not null && d.Type == ExprType.Point && d.Hour < 0 && d.Part != 0 && PartHoldsHour(d.Part, hour)
                    && (d.Weekday > 0 || d.RelUnit == TimeUnit.Day || d.Day > 0))
                {
                    d.Part = 0; // "10 p.m. Sunday night", "10:40pm last night": the clock time on that day
                }

                if (de > 0 && d is not null && d.Type == ExprType.Point && (d.Day > 0 || d.Weekday > 0 || (d.RelUnit == TimeUnit.Day && d.Part == 0)) && !d.HasTime)
                {
                    d.Hour = hour;
                    d.Minute = minute;
                    r = d;
                    end = de;
                }

                _charEnd = -1;
            }

            e = r;
            return end;
        }

        // Date first, then the time: "Monday at 3 p.m.", "July 8, 18:20", "08 يوليو 2024 - 18:20".
        if (_a[i].Kind is DKind.Word or DKind.Number)
        {
            int de = ParsePoint(i, out TExpr? d);
            if (de < 0 || d is null || d.Type != ExprType.Point || _charEnd >= 0 || !(d.Day > 0 || d.Weekday > 0 || d.RelUnit == TimeUnit.Day) || d.HasTime)
            {
                _charEnd = -1;
                return -1;
            }

            int k = de;
            if (CP(k, ',') || IsDash(k) || CW(k, "at") || CP(k, '|'))
            {
                k++;
            }
            else if (W(k, "around") || W(k, "about"))
            {
                k++;
            }

            if (!Cont(k))
            {
                return -1;
            }

            int te = ParseClock(k, out hour, out minute);
            if (te < 0 && _a[k].Kind == DKind.Number && _a[k].Value < 0 && _a[k].Length is 4 or 5)
            {
                // "18.30": a clock time written with a period, right after a date.
                ReadOnlySpan<char> c = S(k);
                int dot = c.IndexOf('.');
                if (dot is 1 or 2 && c.Length - dot == 3 && TryDigits(c.Slice(0, dot), out int hh) && TryDigits(c.Slice(dot + 1), out int mm) && hh < 24 && mm < 60)
                {
                    hour = hh;
                    minute = mm;
                    te = k + 1;
                    if (Cont(te) && IsWord(te) && TimeZones.Contains(S(te)))
                    {
                        te++;
                    }
                }
            }

            if (te < 0)
            {
                return -1;
            }

            d.Hour = hour;
            d.Minute = minute;
            e = d;
            return te;
        }

        return -1;
    }

    // ---------------------------------------------------------------- ranges

    private int TryRange(int i, int end, TExpr from, out TExpr? range)
    {
        range = null;
        if (!Cont(end))
        {
            return -1;
        }

        bool dash = IsDash(end);
        bool word = CW(end, "to") || CW(end, "through") || CW(end, "until") || CW(end, "till") || CW(end, "thru");
        bool and = CW(end, "and") && ((W(i - 1, "between") && !_a[i].Newline) || ConsecutiveDayAfterAnd(end, from));
        if (!dash && !word && !and)
        {
            return -1;
        }

        if (dash && _a[end].Length == 1 && _text[_a[end].Start] == '-' && _a[end].Glued != (Ok(end + 1) && _a[end + 1].Glued))
        {
            return -1; // "2001 -Foo"
        }

        int j = end + 1;
        if (!Cont(j))
        {
            return -1;
        }

        _charEnd = -1;
        TExpr? to = null;
        int toEnd = -1;

        // "July 8-19", "July 8 to 19, 2024": a bare day after a month and day.
        if (from.Month > 0 && from.Day > 0 && from.Weekday < 0 && _a[j].Kind == DKind.Number && _a[j].Digits <= 2 && _a[j].Value > from.Day && _a[j].Value <= 31 && !NextGluedAlnum(j) && !(Cont(j + 1) && _a[j + 1].HasLex && _a[j + 1].Lex.Month > 0))
        {
            if (QuantityFollows(j + 1))
            {
                return -1;
            }

            to = new TExpr { Month = from.Month, Day = _a[j].Value, Year = from.Year };
            toEnd = j + 1;
            int y = toEnd;
            if (from.Year < 0)
            {
                if (CP(y, ','))
                {
                    y++;
                }

                int ye = YearInDate(y, out int year);
                if (ye > 0)
                {
                    from.Year = year;
                    to.Year = year;
                    toEnd = ye;
                }
            }
        }
        else if (from.Year > 0 && from.Month < 0 && from.Season == 0 && from.Quarter < 0 && from.Half < 0 && from.Mod == DateMod.None && _a[j].Kind == DKind.Number && _a[j].Digits == 2 && dash && _a[end].Glued && !NextGluedAlnum(j))
        {
            // "2011–18"
            int y2 = (from.Year / 100 * 100) + _a[j].Value;
            if (y2 <= from.Year)
            {
                return -1;
            }

            to = new TExpr { Year = y2 };
            toEnd = j + 1;
        }
        else if (from.Year > 0 && from.Month < 0 && from.Season == 0 && from.Quarter < 0 && from.Half < 0 && from.Mod == DateMod.None && from.Decade < 0 && _a[j].Kind == DKind.Number && _a[j].Digits == 4 && dash && _a[end].Glued && _a[j].Glued
            && _a[j].Value > from.Year && _a[j].Value <= from.Year + 100 && !NextGluedAlnum(j) && !QuantityFollows(j + 1))
        {
            // "2009-2010" with an ASCII hyphen (a glued hyphen between digit runs is otherwise a code or number).
            to = new TExpr { Year = _a[j].Value };
            toEnd = j + 1;
        }
        else
        {
            toEnd = -1;
            if (from.Hour >= 0)
            {
                // "from 9 a.m. to 5 p.m.", "between 4pm and 5pm": the end is a clock time, on the start's day.
                toEnd = ParseTimeWithDate(j, out to);
                if (toEnd > 0 && to is not null && to.Hour >= 0 && to.Day < 0 && to.Weekday < 0 && !to.HasRel)
                {
                    to.Year = from.Year;
                    to.Month = from.Month;
                    to.Day = from.Day;
                    to.Weekday = from.Weekday;
                    to.RelUnit = from.RelUnit;
                    to.RelOffset = from.RelOffset;
                    to.Deixis = from.Deixis;
                }
                else if (toEnd > 0 && to is not null && to.Hour >= 0 && from.Day < 0 && from.Weekday < 0 && !from.HasRel)
                {
                    // "from 9 a.m. to 5 p.m. on Monday": the day written after the end applies to both.
                    from.Year = to.Year;
                    from.Month = to.Month;
                    from.Day = to.Day;
                    from.Weekday = to.Weekday;
                    from.RelUnit = to.RelUnit;
                    from.RelOffset = to.RelOffset;
                    from.Deixis = to.Deixis;
                }
            }

            if (toEnd < 0)
            {
                toEnd = ParsePoint(j, out to);
            }

            if (toEnd < 0 || to is null || to.Type != ExprType.Point)
            {
                _charEnd = -1;
                return -1;
            }

            // Time after the second point: "from Monday to Friday at 3 p.m." is rare; keep the points.
            // Both ends must be of a kind: years with years, days with days or weekdays.
            // "from the 1970s to spring 2016", "between the 1980s and 2003": a decade opens a range of years.
            bool decadeRange = from.Decade >= 0 && from.Year < 0 && (to.Year > 0 || to.Decade >= 0) && !dash && (W(i - 1, "from") || W(i - 1, "between"));
            if ((!decadeRange && !Compatible(from, to)) || (dash && (from.Weekday > 0) != (to.Weekday > 0)))
            {
                _charEnd = -1;
                return -1;
            }
        }

        // A possessive end modifies a noun, it does not close a range: "a revision Friday to December's figures".
        if (word && PossessiveEnd(toEnd) > 0)
        {
            _charEnd = -1;
            return -1;
        }

        // Year written only on the second date: "February 28 to March 2, 2023".
        if (from.Year < 0 && to.Year > 0 && from.Month > 0 && !from.HasRel)
        {
            from.Year = from.Month > to.Month ? to.Year - 1 : to.Year;
        }

        range = new TExpr { Type = ExprType.Range, From = from, To = to };
        return toEnd;
    }

    /// <summary>"the summit on April 24 and 25": a month and day, "and", then the next day alone (a two-day event).</summary>
    private bool ConsecutiveDayAfterAnd(int and, TExpr from) =>
        from.Month > 0 && from.Day > 0 && from.Day < 31 && from.Weekday < 0 && Cont(and + 1) && _a[and + 1].Kind == DKind.Number
        && _a[and + 1].Digits <= 2 && _a[and + 1].Value == from.Day + 1 && !NextGluedAlnum(and + 1)
        && !(Cont(and + 2) && (_a[and + 2].Kind == DKind.Number || (_a[and + 2].HasLex && (_a[and + 2].Lex.Month > 0 || _a[and + 2].Lex.Unit != TimeUnit.None))))
        && !QuantityFollows(and + 2);

    private static bool Compatible(TExpr a, TExpr b)
    {
        static int Level(TExpr x)
        {
            if (x.Hour >= 0 && x.Day < 0 && x.Weekday < 0 && !x.HasRel)
            {
                return 5; // bare clock times
            }

            if (x.Day > 0 || x.Weekday > 0 || (x.HasRel && x.RelUnit == TimeUnit.Day))
            {
                return 4;
            }

            if (x.Month > 0 || x.Season > 0 || x.Quarter > 0 || x.Half > 0 || x.Weekend || (x.HasRel && x.RelUnit is TimeUnit.Month or TimeUnit.Week or TimeUnit.Quarter))
            {
                return 3;
            }

            if (x.Year > 0 || (x.HasRel && x.RelUnit == TimeUnit.Year))
            {
                return 2;
            }

            return 1;
        }

        int la = Level(a), lb = Level(b);
        if (la == 5 || lb == 5)
        {
            return la == lb;
        }

        if (la == 2 || lb == 2)
        {
            return la == lb || (la >= 2 && lb >= 2 && a.Year > 0 && b.Year > 0);
        }

        return la >= 3 && lb >= 3;
    }

    // ---------------------------------------------------------------- values shared with the resolver

    internal static string SeasonCode(int season) => season switch { 1 => "SP", 2 => "SU", 3 => "FA", _ => "WI" };

    internal static string PartCode(int part) => part switch { 1 => "MO", 2 => "AF", 3 => "EV", _ => "NI" };

    /// <summary>
    /// The TIMEX3 value of <paramref name="amount"/> <paramref name="unit"/>s ("P3Y", "PT20M"; a negative amount is
    /// unspecified: "PXY"). A fraction of a year, day, hour or minute is written in whole smaller units when they come out
    /// whole ("two and a half years" <c>P2Y6M</c>, "a day and a half" <c>P1DT12H</c>, "half an hour" <c>PT30M</c>,
    /// "a minute and a half" <c>PT1M30S</c>), as the TimeML news corpora write them and as xsd:duration requires
    /// (only seconds may carry a decimal fraction there, so <c>XmlConvert.ToTimeSpan</c> reads the value); other
    /// fractions keep a decimal ("2.5 months" <c>P2.5M</c>).
    /// </summary>
    internal static string DurationValue(TimeUnit unit, double amount)
    {
        if (amount > 0 && amount != Math.Floor(amount) && WholeSmallerUnits(unit, amount) is { } whole)
        {
            return whole;
        }

        string n = amount < 0 ? "X" : amount.ToString("0.##", CultureInfo.InvariantCulture);
        bool x = amount < 0;
        double a = amount;
        return unit switch
        {
            TimeUnit.Second => "PT" + n + "S",
            TimeUnit.Minute => "PT" + n + "M",
            TimeUnit.Hour => "PT" + n + "H",
            TimeUnit.Day => "P" + n + "D",
            TimeUnit.Weekend => "P" + n + "WE",
            TimeUnit.Week => "P" + n + "W",
            TimeUnit.Fortnight => x ? "PXW" : "P" + (a * 2).ToString("0.##", CultureInfo.InvariantCulture) + "W",
            TimeUnit.Month => "P" + n + "M",
            TimeUnit.Quarter => "P" + n + "Q",
            TimeUnit.Year => "P" + n + "Y",
            TimeUnit.Decade => x ? "PXDE" : "P" + (a * 10).ToString("0.##", CultureInfo.InvariantCulture) + "Y",
            TimeUnit.Century => x ? "PXCE" : "P" + (a * 100).ToString("0.##", CultureInfo.InvariantCulture) + "Y",
            TimeUnit.Millennium => x ? "PXML" : "P" + (a * 1000).ToString("0.##", CultureInfo.InvariantCulture) + "Y",
            _ => "PX",
        };
    }

    /// <summary>
    /// A fractional duration as a whole count of its unit and a whole count of the next smaller one ("P2Y6M", "PT5H30M"),
    /// or null when the unit has no such split or the smaller count is not whole.
    /// </summary>
    private static string? WholeSmallerUnits(TimeUnit unit, double amount)
    {
        (int per, string big, string small, bool time) = unit switch
        {
            TimeUnit.Year => (12, "Y", "M", false),
            TimeUnit.Day => (24, "D", "H", false),
            TimeUnit.Hour => (60, "H", "M", true),
            TimeUnit.Minute => (60, "M", "S", true),
            _ => (0, "", "", false),
        };

        double whole = Math.Floor(amount);
        double rest = Math.Round((amount - whole) * per, 6);
        if (per == 0 || whole > int.MaxValue || rest != Math.Floor(rest) || rest <= 0 || rest >= per)
        {
            return null;
        }

        var b = new StringBuilder("P", 16);
        if (time)
        {
            b.Append('T');
        }

        if (whole > 0)
        {
            b.Append(((int)whole).ToString(CultureInfo.InvariantCulture)).Append(big);
        }

        if (unit == TimeUnit.Day)
        {
            b.Append('T');
        }

        return b.Append(((int)rest).ToString(CultureInfo.InvariantCulture)).Append(small).ToString();
    }

    /// <summary>Words that can start an expression without being in the lexicon; any other word is skipped at once.</summary>
    private static readonly SpanMap<bool> Triggers = SpanMap.SetOf(
        "the last past previous preceding this current next coming following upcoming early earlier late "
        + "later mid middle end beginning start yesterday today tomorrow tonight now currently nowadays "
        + "recently lately recent year these present every each daily weekly monthly annually yearly hourly "
        + "nightly biweekly fortnightly biannually fiscal fy q h a an several few many some couple half dozens "
        + "hundreds thousands millions billions that same");

    private bool IsTrigger(int i)
    {
        ReadOnlySpan<char> w = S(i);
        if (Triggers.Contains(w))
        {
            return true;
        }

        if (_a[i].Case is TokenCase.Capitalized or TokenCase.Upper && Holidays.Starting(w) is not null)
        {
            return true;
        }

        // "Mondays" (a set, after "on").
        return w.Length > 4 && (w[^1] == 's' || w[^1] == 'S') && DateLexicon.TryGet(w.Slice(0, w.Length - 1), out LexEntry e) && e.Weekday > 0;
    }

    private static readonly SpanMap<bool> QuantityNouns = LoadSet("NewsExtraction.Dates.quantity_nouns.txt");

    /// <summary>Nouns of dated events that a month name can qualify ("the March elections", "the May summit").</summary>
    private static readonly SpanMap<bool> MonthEventNouns = SpanMap.SetOf(
        "election elections vote votes poll polls referendum ballot primary primaries meeting meetings summit talks session "
        + "sessions conference convention deadline accession agreement accord deal ceasefire truce treaty report figures "
        + "data survey statement budget ruling decision verdict hearing trial sentencing attack attacks bombing bombings "
        + "shooting killing killings slaying raid offensive invasion coup uprising protests riots strike strikes visit trip "
        + "tour launch release issue edition sale auction crash earthquake quake flood floods storm fire massacre");

    /// <summary>
    /// An approximator right before the number ("roughly", "about", "nearly", "some"), itself not
    /// after a preposition of time ("in about 2010 scientists found" is a year).
    /// </summary>
    private bool CountApproximatorBefore(int i)
    {
        if (i < 1 || _a[i].Newline || _a[i - 1].Kind != DKind.Word)
        {
            return false;
        }

        int a = i - 1;
        if (!CountApproximators.Contains(S(a)) || (Cont(i + 1) && YearComparisonNouns.Contains(S(i + 1))))
        {
            return false; // "back to about 2019 levels" compares with a year
        }

        return !(a > 0 && _a[a - 1].Kind == DKind.Word && (W(a - 1, "in") || W(a - 1, "by") || W(a - 1, "since") || W(a - 1, "until") || W(a - 1, "from") || W(a - 1, "before") || W(a - 1, "after")));
    }

    private static readonly SpanMap<bool> CountApproximators = SpanMap.SetOf("roughly about around approximately nearly almost some estimated");

    /// <summary>Plural nouns after a year that compare with that year ("about 2019 levels", "around 2008 prices").</summary>
    private static readonly SpanMap<bool> YearComparisonNouns = SpanMap.SetOf("levels prices figures rates values standards numbers lows highs peaks totals");

    private static readonly SpanMap<bool> NumberLabels = SpanMap.SetOf(
        "no nr number p pp page pages flight route room article chapter section model version v windows "
        + "resolution highway vol volume item bus train code id tel phone fax box suite unit apt rule "
        + "regulation law decree iso en ps xbox office");

    private static readonly SpanMap<bool> TimeZones = SpanMap.SetOf(
        "est edt cst cdt mst mdt pst pdt gmt utc bst cet cest eet eest msk ist jst aest aedt et pt hkt sgt "
        + "kst wib ast akst");

    internal static int QuantityNounCount => QuantityNouns.Count;

    internal static SpanMap<bool> LoadSet(string resource)
    {
        var d = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (string line in ResourceText.ReadLines(resource))
        {
            d[line.ToLowerInvariant()] = true;
        }

        return new SpanMap<bool>(d);
    }
}
