using System.Globalization;

namespace NewsExtraction.Text;

/// <summary>
/// Invariant lower-casing, as <see cref="char.ToLowerInvariant(char)"/> and <see cref="string.ToLowerInvariant"/>
/// (the same results), that leaves the ICU library unloaded for text that has nothing to lower-case outside
/// ASCII. The framework sends every non-ASCII character to ICU, and the first call loads it (a few ms of
/// first-use latency); here only the characters of the categories that have a lower-case mapping go there:
/// upper-case and title-case letters, letter numbers (Ⅻ), other symbols (Ⓐ), and unassigned code points
/// (which a newer ICU may know). Arabic, CJK, accented lower-case letters, quotes and dashes stay local.
/// </summary>
internal static class Casing
{
    /// <summary>The invariant lower case of <paramref name="c"/>.</summary>
    public static char LowerInvariant(char c)
    {
        if (c < 128)
        {
            return (uint)(c - 'A') <= 'Z' - 'A' ? (char)(c | 0x20) : c;
        }

        return MayLower(c) ? char.ToLowerInvariant(c) : c;
    }

    /// <summary>Writes the invariant lower case of <paramref name="source"/> into <paramref name="destination"/> (at least as long); returns the length written.</summary>
    public static int LowerInvariant(ReadOnlySpan<char> source, Span<char> destination)
    {
        for (int i = 0; i < source.Length; i++)
        {
            char c = source[i];
            if (char.IsSurrogate(c))
            {
                // A surrogate pair may map as a whole (Deseret, Adlam): the framework lower-cases the span.
                return source.ToLowerInvariant(destination);
            }

            destination[i] = LowerInvariant(c);
        }

        return source.Length;
    }

    /// <summary>The invariant lower case of <paramref name="s"/> (<paramref name="s"/> itself when nothing changes).</summary>
    public static string LowerInvariant(string s)
    {
        foreach (char c in s)
        {
            if (c < 128 ? (uint)(c - 'A') <= 'Z' - 'A' : char.IsSurrogate(c) || MayLower(c))
            {
                return s.ToLowerInvariant();
            }
        }

        return s;
    }

    private static bool MayLower(char c) => CharUnicodeInfo.GetUnicodeCategory(c) is
        UnicodeCategory.UppercaseLetter or UnicodeCategory.TitlecaseLetter or UnicodeCategory.LetterNumber
        or UnicodeCategory.OtherSymbol or UnicodeCategory.OtherNotAssigned;
}
