using System.Globalization;

namespace NewsExtraction.Text;

/// <summary>
/// Embedded social-media posts as scraped pages render them: the post's text, then its signature (a dash, the author's
/// name, the handle in brackets and usually the date), all on one line
/// ("Launch is set for Friday. — Jane Roe (@janeroe) May 3, 2021"). One hand-written scanner reads the signature
/// backwards from the line's end, linear in the line, at one of two strictnesses:
/// <list type="bullet">
/// <item><description><b>Strict</b> (<see cref="TryParse"/>, for the post's text as its author's speech): a date, when
/// there is one, shaped "May 3, 2021" or "3 May 2021" (a short era mark such as "г." or "年" may follow it; it need not
/// be English), a handle of one to twenty ASCII letters, digits or '_', white space before the "(", a dash with white
/// space on both sides at most sixty characters before the name's end, only name-like words between them, and no
/// bracket, '@' or quotation mark in the name.</description></item>
/// <item><description><b>Loose</b> (<see cref="DateAfter"/>, for the day a "today" inside the post means): any dash
/// before the line's last "(@", any non-empty text between that "(@" and the last ")", but after the ")" a full
/// date in one of the accepted formats ("May 28, 2016", "Jun. 4, 2019", "4 June 2019").</description></item>
/// </list>
/// </summary>
internal static class EmbeddedPost
{
    private const int MaxNameLength = 60;

    /// <summary>How far <see cref="DateAfter"/> looks ahead for the line's end: a post is short.</summary>
    private const int MaxPostLength = 400;

    private static readonly string[] DateFormats = ["MMMM d, yyyy", "MMM d, yyyy", "MMM. d, yyyy", "d MMMM yyyy", "d MMM yyyy"];

    /// <summary>
    /// Finds an embedded post on the line <c>text[start..end)</c> (strict): the content range (leading and trailing white
    /// space excluded) and the author's name range. False when the line does not end with "— Name (@handle)"
    /// and an optional "Month D, YYYY" date, or when the text holds fewer than <paramref name="minimumWords"/> words.
    /// </summary>
    public static bool TryParse(string text, int start, int end, out int contentStart, out int contentEnd, out int nameStart, out int nameEnd, int minimumWords = 3)
    {
        contentStart = contentEnd = 0;
        ReadOnlySpan<char> s = text.AsSpan();
        if (!TryReadSignature(s, start, end, strict: true, out int d, out nameStart, out nameEnd, out _, out _))
        {
            return false;
        }

        int ce = d;
        while (ce > start && IsDash(s[ce - 1]))
        {
            ce--; // "--"
        }

        ce = TrimEnd(s, start, ce);
        int cs = start;
        while (cs < ce && char.IsWhiteSpace(s[cs]))
        {
            cs++;
        }

        if (CountWords(s[cs..ce]) < minimumWords)
        {
            nameStart = nameEnd = 0;
            return false;
        }

        contentStart = cs;
        contentEnd = ce;
        return true;
    }

    /// <summary>
    /// The date closing an embedded post's signature (loose) on the line that runs on from <paramref name="from"/>:
    /// "… — Name (@handle) May 28, 2016"; null when the line has no such signature or the text after its ")" is not a
    /// whole date in one of the accepted formats. Looks at most 400 characters ahead, so the scan stays linear on long lines.
    /// </summary>
    public static DateOnly? DateAfter(string text, int from)
    {
        int limit = Math.Min(text.Length, from + MaxPostLength);
        int newline = text.AsSpan(from, limit - from).IndexOf('\n');
        if (newline < 0 && limit < text.Length)
        {
            return null;
        }

        int eol = newline < 0 ? limit : from + newline;
        ReadOnlySpan<char> s = text.AsSpan();
        return TryReadSignature(s, from, eol, strict: false, out _, out _, out _, out int dateStart, out int dateEnd)
            && DateOnly.TryParseExact(s[dateStart..dateEnd], DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly date)
            ? date : null;
    }

    /// <summary>
    /// Reads the signature ending the line <c>s[start..end)</c>: the dash before the name, the name (white space
    /// excluded) and the text after the closing bracket, where the date stands (white space excluded; empty when the
    /// line ends with the handle). <paramref name="strict"/> chooses the strictness the class summary describes; the loose
    /// scan does not judge the text after the bracket, its caller parses it.
    /// </summary>
    private static bool TryReadSignature(ReadOnlySpan<char> s, int start, int end, bool strict, out int dash, out int nameStart, out int nameEnd, out int dateStart, out int dateEnd)
    {
        dash = nameStart = nameEnd = dateStart = dateEnd = 0;
        int e = TrimEnd(s, start, end);
        int close = s[start..e].LastIndexOf(')');
        if (close < 0)
        {
            return false;
        }

        close += start;

        // Strict: nothing after the ")" but a date of the expected shape (WithoutDate leaves no ")" in what it strips).
        if (strict && (close + 1 - start < 8 || WithoutDate(s, start, e) != close + 1))
        {
            return false;
        }

        // "(@handle)"
        int open = s[start..close].LastIndexOf("(@", StringComparison.Ordinal);
        if (open < 0)
        {
            return false;
        }

        open += start;
        if (close - open < 3 || (strict && !IsHandle(s[(open + 2)..close])))
        {
            return false;
        }

        int ns, ne, d;
        if (strict)
        {
            ne = TrimEnd(s, start, open);
            if (ne == open)
            {
                return false; // no space between the name and the handle
            }

            // The dash before the name: " — ", " – ", " - " or " -- ".
            int lower = Math.Max(start, ne - MaxNameLength);
            d = ne - 1;
            while (d > lower && !(IsDash(s[d]) && char.IsWhiteSpace(s[d - 1]) && d + 1 < ne && char.IsWhiteSpace(s[d + 1])))
            {
                if (s[d] is '(' or ')' or '@' or '\u201C' or '\u201D' or '"')
                {
                    return false;
                }

                d--;
            }

            if (d <= lower)
            {
                return false;
            }

            ns = d + 1;
            while (ns < ne && char.IsWhiteSpace(s[ns]))
            {
                ns++;
            }

            if (ns >= ne || !char.IsLetter(s[ns]) || !IsName(s[ns..ne]))
            {
                return false;
            }
        }
        else
        {
            d = s[start..open].LastIndexOfAny('\u2014', '\u2013', '-');
            if (d < 0)
            {
                return false;
            }

            d += start;
            ne = TrimEnd(s, d + 1, open);
            ns = d + 1;
            while (ns < ne && char.IsWhiteSpace(s[ns]))
            {
                ns++;
            }
        }

        int ds = close + 1;
        while (ds < e && char.IsWhiteSpace(s[ds]))
        {
            ds++;
        }

        dash = d;
        nameStart = ns;
        nameEnd = ne;
        dateStart = ds;
        dateEnd = e;
        return true;
    }

    /// <summary>One to twenty ASCII letters, digits or '_'.</summary>
    private static bool IsHandle(ReadOnlySpan<char> handle)
    {
        if (handle.Length is < 1 or > 20)
        {
            return false;
        }

        foreach (char c in handle)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c == '_'))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsDash(char c) => c is '\u2014' or '\u2013' or '-';

    private static int TrimEnd(ReadOnlySpan<char> s, int start, int end)
    {
        while (end > start && char.IsWhiteSpace(s[end - 1]))
        {
            end--;
        }

        return end;
    }

    /// <summary>The end without a trailing "May 3, 2021" (or "3 May 2021"); the end itself when there is none.</summary>
    private static int WithoutDate(ReadOnlySpan<char> s, int start, int end)
    {
        int k = end;

        // A short era or year mark after the year in other languages' dates ("14 сентября 2017 г.", "2017年").
        int m = k;
        while (m > start && m > end - 3 && (char.IsLetter(s[m - 1]) || s[m - 1] == '.'))
        {
            m--;
        }

        if (m < k && m > start && char.IsLetter(s[m]) && (s[m - 1] == ' ' || char.IsAsciiDigit(s[m - 1])))
        {
            k = s[m - 1] == ' ' ? m - 1 : m;
        }

        int digits = 0;
        while (k > start && char.IsAsciiDigit(s[k - 1]))
        {
            k--;
            digits++;
        }

        if (digits != 4 || k <= start || s[k - 1] != ' ')
        {
            return end;
        }

        k--;
        if (k > start && s[k - 1] == ',')
        {
            k--;
        }

        // "May 3" or "3 May": two words before the year, a day number and a month word.
        int words = 0;
        bool day = false, month = false;
        while (words < 2)
        {
            int we = k;
            int ws = we;
            while (ws > start && !char.IsWhiteSpace(s[ws - 1]))
            {
                ws--;
            }

            ReadOnlySpan<char> w = s[ws..we].TrimEnd('.');
            if (w.Length is >= 1 and <= 2 && IsDigits(w))
            {
                day = true;
            }
            else if (w.Length >= 3 && char.IsLetter(w[0]) && IsLetters(w))
            {
                month = true;
            }
            else
            {
                return end;
            }

            words++;
            k = ws;
            if (words < 2)
            {
                if (k <= start || s[k - 1] != ' ')
                {
                    return end;
                }

                k--;
            }
        }

        return day && month ? TrimEnd(s, start, k) : end;
    }

    private static bool IsDigits(ReadOnlySpan<char> w)
    {
        foreach (char c in w)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsLetters(ReadOnlySpan<char> w)
    {
        foreach (char c in w)
        {
            if (!char.IsLetter(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// One to six words of letters (with '.', '\'', '’', '-' or digits inside), each capitalised, or two to four words
    /// all in lower case (display names are often written so: "jane roe").
    /// </summary>
    private static bool IsName(ReadOnlySpan<char> name)
    {
        bool lower = name.Length > 0 && char.IsLower(name[0]);
        int words = 0;
        bool atStart = true;
        foreach (char c in name)
        {
            if (c == ' ')
            {
                atStart = true;
                continue;
            }

            if (atStart)
            {
                if (lower ? !char.IsLower(c) : !char.IsUpper(c))
                {
                    return false;
                }

                words++;
                atStart = false;
            }
            else if (!(char.IsLetterOrDigit(c) || c is '.' or '\'' or '\u2019' or '-'))
            {
                return false;
            }
        }

        return lower ? words is >= 2 and <= 4 : words is >= 1 and <= 6; // one lower-case word is a handle-like label ("newsroom")
    }

    private static int CountWords(ReadOnlySpan<char> s)
    {
        int words = 0;
        bool inWord = false;
        foreach (char c in s)
        {
            bool letter = char.IsLetterOrDigit(c);
            if (letter && !inWord)
            {
                words++;
            }

            inWord = letter;
        }

        return words;
    }
}
