using NewsExtraction.Text;

namespace NewsExtraction.Distances;

/// <summary>How a quantity is written.</summary>
internal enum QuantityKind
{
    /// <summary>Digits ("1,200", "1.5", "10 1/2", "¾").</summary>
    Digits,

    /// <summary>Number words ("forty", "two hundred", "one and a half", "half a").</summary>
    Words,

    /// <summary>The article "a"/"an" standing for one ("a mile").</summary>
    Article,

    /// <summary>No number, only a vague quantity ("a few", "hundreds of", "mere").</summary>
    Vague,
}

/// <summary>A parsed quantity: its value, where it is, and how the unit may follow it.</summary>
internal readonly record struct Quantity(decimal Value, int Start, int End, QuantityKind Kind, bool NeedsOf, bool UnitFollowsArticle)
{
    /// <summary>True for a fraction below one written with digits or words ("¾", "3/4", "two-thirds"): "of a" may stand before the unit.</summary>
    public bool IsFraction => Value > 0 && Value < 1;
}

/// <summary>Parses numbers written with digits or words. Every method reads forward only and never allocates.</summary>
internal static class NumberParser
{
    /// <summary>The largest count of integer digits read as a number (longer runs are identifiers, not quantities).</summary>
    private const int MaxIntegerDigits = 15;

    /// <summary>
    /// Reads a number written with digits at <paramref name="pos"/>: "130", "1,200", "1 200", "1.5", "3/4",
    /// "10 1/2", "10½", "¾", "1.5 million". Returns false when the run is not a usable quantity; then
    /// <paramref name="end"/> is still past the run, so the caller can skip it.
    /// </summary>
    public static bool TryParseDigits(string text, int pos, out decimal value, out int end)
    {
        value = 0;
        int n = text.Length;
        int i = pos;

        if (i < n && UnicodeFraction(text[i]) is { } soleFraction)
        {
            value = soleFraction;
            end = i + 1;
            return true;
        }

        int digits = 0;
        decimal v = 0;
        while (i < n && char.IsAsciiDigit(text[i]))
        {
            if (digits < MaxIntegerDigits + 1)
            {
                v = (v * 10) + (text[i] - '0');
            }

            digits++;
            i++;
        }

        end = i;
        if (digits == 0)
        {
            return false;
        }

        if (digits > MaxIntegerDigits)
        {
            // Skip the whole run of digits and separators so the caller does not retry inside it.
            while (end < n && (char.IsAsciiDigit(text[end]) || ((text[end] is ',' or '.') && end + 1 < n && char.IsAsciiDigit(text[end + 1]))))
            {
                end++;
            }

            return false;
        }

        bool grouped = false;
        if (digits <= 3)
        {
            // Thousands groups: "1,200,000" or "1 200 000" (one kind of separator throughout).
            char sep = '\0';
            while (i + 4 <= n)
            {
                char c = text[i];
                bool isSep = sep == '\0' ? (c == ',' || CharKinds.IsInlineSpace(c)) : c == sep;
                if (!isSep || !IsThreeDigits(text, i + 1))
                {
                    break;
                }

                // A group is exactly three digits, not followed by another digit.
                if (i + 4 < n && char.IsAsciiDigit(text[i + 4]))
                {
                    break;
                }

                // "1 200/3"? a space group must not be the start of a fraction.
                if (CharKinds.IsInlineSpace(c) && i + 4 < n && text[i + 4] == '/')
                {
                    break;
                }

                if (digits + 3 > MaxIntegerDigits)
                {
                    break;
                }

                sep = c;
                v = (v * 1000) + ((text[i + 1] - '0') * 100) + ((text[i + 2] - '0') * 10) + (text[i + 3] - '0');
                digits += 3;
                i += 4;
                grouped = true;
            }
        }

        end = i;

        // Decimal part.
        if (i + 1 < n && text[i] == '.' && char.IsAsciiDigit(text[i + 1]))
        {
            i++;
            decimal scale = 0.1m;
            int fractionDigits = 0;
            while (i < n && char.IsAsciiDigit(text[i]))
            {
                if (fractionDigits < 12)
                {
                    v += (text[i] - '0') * scale;
                    scale /= 10;
                }

                fractionDigits++;
                i++;
            }

            end = i;
            if (i + 1 < n && text[i] is '.' or ',' && char.IsAsciiDigit(text[i + 1]))
            {
                // "1.2.3", "1.5,6": a version number, an address or a list, not a quantity.
                while (end < n && (char.IsAsciiDigit(text[end]) || ((text[end] is ',' or '.') && end + 1 < n && char.IsAsciiDigit(text[end + 1]))))
                {
                    end++;
                }

                return false;
            }

            value = v;
            return TryScale(text, ref end, ref value);
        }

        // A simple fraction "3/4".
        if (!grouped && i + 1 < n && text[i] == '/' && char.IsAsciiDigit(text[i + 1]))
        {
            int j = i + 1;
            decimal den = 0;
            int denDigits = 0;
            while (j < n && char.IsAsciiDigit(text[j]))
            {
                if (denDigits < 6)
                {
                    den = (den * 10) + (text[j] - '0');
                }

                denDigits++;
                j++;
            }

            end = j;
            if (den == 0 || denDigits > 3 || (j < n && (text[j] == '/' || (text[j] == '.' && j + 1 < n && char.IsAsciiDigit(text[j + 1])))))
            {
                // "3/4/2024" is a date; "24/0" is nothing.
                while (end < n && (char.IsAsciiDigit(text[end]) || text[end] == '/'))
                {
                    end++;
                }

                return false;
            }

            value = v / den;
            return true;
        }

        // A unicode fraction right after the digits: "10½".
        if (i < n && UnicodeFraction(text[i]) is { } glued)
        {
            value = v + glued;
            end = i + 1;
            return true;
        }

        // A mixed number: "10 1/2" or "10 ½".
        if (!grouped && i + 1 < n && CharKinds.IsInlineSpace(text[i]))
        {
            if (UnicodeFraction(text[i + 1]) is { } spaced && (i + 2 >= n || !CharKinds.IsWordOrDigit(text[i + 2])))
            {
                value = v + spaced;
                end = i + 2;
                return true;
            }

            if (TryProperFraction(text, i + 1, out decimal frac, out int fracEnd))
            {
                value = v + frac;
                end = fracEnd;
                return true;
            }
        }

        value = v;
        return TryScale(text, ref end, ref value);
    }

    /// <summary>Reads "n/d" with 0 &lt; n &lt; d ≤ 64 at <paramref name="pos"/>, followed by a non-digit.</summary>
    private static bool TryProperFraction(string text, int pos, out decimal value, out int end)
    {
        value = 0;
        end = pos;
        int n = text.Length;
        int i = pos;
        int num = 0;
        int k = 0;
        while (i < n && char.IsAsciiDigit(text[i]) && k < 3)
        {
            num = (num * 10) + (text[i] - '0');
            i++;
            k++;
        }

        if (k == 0 || i >= n || text[i] != '/')
        {
            return false;
        }

        i++;
        int den = 0;
        k = 0;
        while (i < n && char.IsAsciiDigit(text[i]) && k < 3)
        {
            den = (den * 10) + (text[i] - '0');
            i++;
            k++;
        }

        if (k == 0 || (i < n && (char.IsAsciiDigit(text[i]) || text[i] == '/')) || den == 0 || den > 64 || num == 0 || num >= den)
        {
            return false;
        }

        value = (decimal)num / den;
        end = i;
        return true;
    }

    private static bool IsThreeDigits(string text, int pos) =>
        pos + 3 <= text.Length && char.IsAsciiDigit(text[pos]) && char.IsAsciiDigit(text[pos + 1]) && char.IsAsciiDigit(text[pos + 2]);

    /// <summary>Reads a scale word after digits ("1.5 million", "3 thousand"), when there is one.</summary>
    private static bool TryScale(string text, ref int end, ref decimal value)
    {
        int i = end;
        if (i >= text.Length || !CharKinds.IsInlineSpace(text[i]))
        {
            return true;
        }

        while (i < text.Length && CharKinds.IsInlineSpace(text[i]))
        {
            i++;
        }

        int we = Words.End(text, i);
        ReadOnlySpan<char> w = text.AsSpan(i, we - i);
        decimal scale = ScaleOf(w);
        if (scale > 1 && (we >= text.Length || !CharKinds.IsWordOrDigit(text[we])))
        {
            try
            {
                value *= scale;
            }
            catch (OverflowException)
            {
                return false;
            }

            end = we;
        }

        return true;
    }

    /// <summary>The value of a unicode vulgar fraction character, or null.</summary>
    public static decimal? UnicodeFraction(char c) => c switch
    {
        '¼' => 0.25m,
        '½' => 0.5m,
        '¾' => 0.75m,
        '⅓' => 1m / 3,
        '⅔' => 2m / 3,
        '⅕' => 0.2m,
        '⅖' => 0.4m,
        '⅗' => 0.6m,
        '⅘' => 0.8m,
        '⅙' => 1m / 6,
        '⅚' => 5m / 6,
        '⅛' => 0.125m,
        '⅜' => 0.375m,
        '⅝' => 0.625m,
        '⅞' => 0.875m,
        _ => null,
    };

    /// <summary>The value of "hundred", "thousand", "million", "billion" (1 for any other word).</summary>
    public static decimal ScaleOf(ReadOnlySpan<char> word)
    {
        if (word.Equals("hundred", StringComparison.OrdinalIgnoreCase))
        {
            return 100m;
        }

        if (word.Equals("thousand", StringComparison.OrdinalIgnoreCase))
        {
            return 1000m;
        }

        if (word.Equals("million", StringComparison.OrdinalIgnoreCase))
        {
            return 1_000_000m;
        }

        if (word.Equals("billion", StringComparison.OrdinalIgnoreCase))
        {
            return 1_000_000_000m;
        }

        return 1m;
    }

    /// <summary>The number words below a hundred, with <see cref="SmallNumberValues"/> at the same index.</summary>
    private static readonly string[] SmallNumberWords =
    [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
        "twenty", "thirty", "forty", "fourty", "fifty", "sixty", "seventy", "eighty", "ninety",
    ];

    private static readonly int[] SmallNumberValues =
    [
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 30, 40, 40, 50, 60, 70, 80, 90,
    ];

    private const int SmallNumberMinLength = 3;
    private const int SmallNumberMaxLength = 9;

    /// <summary>
    /// A filter over the number words: for each length and first letter, a bit per last letter that some number
    /// word of that length and first letter ends in. Most words of a text ("the", "that", "other") fail it at once.
    /// </summary>
    private static readonly uint[] SmallNumberShapes = BuildSmallNumberShapes();

    private static uint[] BuildSmallNumberShapes()
    {
        var shapes = new uint[(SmallNumberMaxLength - SmallNumberMinLength + 1) * 26];
        foreach (string w in SmallNumberWords)
        {
            shapes[((w.Length - SmallNumberMinLength) * 26) + (w[0] - 'a')] |= 1u << (w[^1] - 'a');
        }

        return shapes;
    }

    /// <summary>True when <paramref name="c"/> is a unicode vulgar fraction character ("½", "⅓").</summary>
    public static bool IsUnicodeFraction(char c) => c is >= '¼' and <= '¾' or >= '⅓' and <= '⅞';

    /// <summary>The value of a number word below a hundred ("seven", "twelve", "forty"), or -1.</summary>
    public static int SmallNumber(ReadOnlySpan<char> word)
    {
        if (word.Length < SmallNumberMinLength || word.Length > SmallNumberMaxLength)
        {
            return -1;
        }

        // The words are ASCII: folding case with | 0x20 keeps letters letters, and anything else falls outside a..z.
        uint first = (uint)((word[0] | 0x20) - 'a');
        uint last = (uint)((word[^1] | 0x20) - 'a');
        if (first >= 26 || last >= 26 || (SmallNumberShapes[((word.Length - SmallNumberMinLength) * 26) + (int)first] & (1u << (int)last)) == 0)
        {
            return -1;
        }

        for (int i = 0; i < SmallNumberWords.Length; i++)
        {
            if (word.Equals(SmallNumberWords[i], StringComparison.OrdinalIgnoreCase))
            {
                return SmallNumberValues[i];
            }
        }

        return -1;
    }

    /// <summary>
    /// Reads a cardinal written in words at <paramref name="pos"/> ("forty", "forty-five", "two hundred and ten",
    /// "twelve thousand", "one million"). <paramref name="seed"/> is 1 after "a" ("a hundred"), else 0.
    /// </summary>
    public static bool TryParseCardinal(string text, int pos, decimal seed, out decimal value, out int end)
    {
        const int None = 0, Ones = 1, Teen = 2, Tens = 3, Hundred = 4, Scale = 5;
        decimal total = 0;
        decimal current = seed;
        int last = seed > 0 ? Ones : None;
        bool any = false;
        int i = pos;
        end = pos;
        value = 0;
        int words = 0;
        while (i < text.Length && words < 16)
        {
            int we = Words.End(text, i);
            if (we == i)
            {
                break;
            }

            ReadOnlySpan<char> w = text.AsSpan(i, we - i);
            int small = SmallNumber(w);
            decimal scale = small < 0 ? ScaleOf(w) : 1m;
            bool consumedAnd = false;
            if (small >= 0 && small < 10)
            {
                if (last is Ones or Teen)
                {
                    break;
                }

                current += small;
                last = Ones;
            }
            else if (small >= 10 && small < 20)
            {
                if (last is Ones or Teen or Tens)
                {
                    break;
                }

                current += small;
                last = Teen;
            }
            else if (small >= 20)
            {
                if (last is Ones or Teen or Tens)
                {
                    break;
                }

                current += small;
                last = Tens;
            }
            else if (scale == 100m)
            {
                if (last is not (Ones or Teen or Tens) || current >= 100)
                {
                    break;
                }

                current *= 100;
                last = Hundred;
            }
            else if (scale > 100m)
            {
                if (last is None or Scale || current == 0)
                {
                    break;
                }

                total += current * scale;
                current = 0;
                last = Scale;
            }
            else if (w.Equals("and", StringComparison.OrdinalIgnoreCase) && last is Hundred or Scale)
            {
                int ni = SkipSpaces(text, we);
                int ne = Words.End(text, ni);
                int nv = SmallNumber(text.AsSpan(ni, ne - ni));
                if (nv <= 0 || ni == we)
                {
                    break;
                }

                consumedAnd = true;
            }
            else
            {
                break;
            }

            words++;
            if (!consumedAnd)
            {
                any = true;
                end = we;
            }

            // Separator to the next word: spaces, or one hyphen ("forty-five").
            int next = we;
            if (next < text.Length && CharKinds.IsHyphen(text[next]))
            {
                next++;
            }
            else
            {
                next = SkipSpaces(text, next);
                if (next == we)
                {
                    break;
                }
            }

            i = next;
        }

        if (!any)
        {
            return false;
        }

        value = total + current;
        return true;
    }

    /// <summary>Skips inline spaces from <paramref name="pos"/>.</summary>
    public static int SkipSpaces(string text, int pos)
    {
        while (pos < text.Length && CharKinds.IsInlineSpace(text[pos]))
        {
            pos++;
        }

        return pos;
    }
}

/// <summary>Word boundaries.</summary>
internal static class Words
{
    /// <summary>The end of the run of letters starting at <paramref name="pos"/> (pos itself when none).</summary>
    public static int End(string text, int pos)
    {
        int i = pos;
        while (i < text.Length && char.IsLetter(text[i]))
        {
            i++;
        }

        return i;
    }

    /// <summary>True when the letters at [start, end) equal <paramref name="word"/>, ignoring case.</summary>
    public static bool Is(string text, int start, int end, string word) =>
        end - start == word.Length && text.AsSpan(start, end - start).Equals(word, StringComparison.OrdinalIgnoreCase);

    /// <summary>True when <paramref name="pos"/> starts a word (no letter, digit or apostrophe just before it).</summary>
    public static bool StartsAt(string text, int pos) =>
        pos == 0 || !(CharKinds.IsWordOrDigit(text[pos - 1]) || CharKinds.IsApostrophe(text[pos - 1]));
}
