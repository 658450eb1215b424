namespace NewsExtraction.Quotations;

/// <summary>
/// Embedded posts as scraped pages render them: the post's text, then a dash, the author's name, the handle in
/// brackets and usually the date, all on one line ("Launch is set for Friday. — Jane Roe (@janeroe) May 3, 2021").
/// The text is the author's direct speech without quotation marks. A hand-written scanner over one line, linear.
/// </summary>
internal static class TweetEmbed
{
    private const int MaxNameLength = 60;

    /// <summary>
    /// Finds an embedded post on the line <c>text[start..end)</c>: the content range (leading and trailing white
    /// space excluded) and the author's name range. False when the line does not end with "— Name (@handle)"
    /// and an optional "Month D, YYYY" date, or when the text holds fewer than <paramref name="minimumWords"/> words.
    /// </summary>
    public static bool TryParse(string text, int start, int end, out int contentStart, out int contentEnd, out int nameStart, out int nameEnd, int minimumWords = 3)
    {
        contentStart = contentEnd = nameStart = nameEnd = 0;
        ReadOnlySpan<char> s = text.AsSpan();
        int e = TrimEnd(s, start, end);
        e = WithoutDate(s, start, e);
        if (e - start < 8 || s[e - 1] != ')')
        {
            return false;
        }

        // "(@handle)"
        int h = e - 2;
        while (h >= start && (char.IsAsciiLetterOrDigit(s[h]) || s[h] == '_'))
        {
            h--;
        }

        if (h < start + 1 || e - 2 - h is < 1 or > 20 || s[h] != '@' || s[h - 1] != '(')
        {
            return false;
        }

        int ne = TrimEnd(s, start, h - 1);
        if (ne == h - 1)
        {
            return false; // no space between the name and the handle
        }

        // The dash before the name: " — ", " – ", " - " or " -- ".
        int lower = Math.Max(start, ne - MaxNameLength);
        int d = ne - 1;
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

        int ns = d + 1;
        while (ns < ne && char.IsWhiteSpace(s[ns]))
        {
            ns++;
        }

        if (ns >= ne || !char.IsLetter(s[ns]) || !IsName(s[ns..ne]))
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
            return false;
        }

        contentStart = cs;
        contentEnd = ce;
        nameStart = ns;
        nameEnd = ne;
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
