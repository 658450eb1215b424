namespace NewsExtraction.Text;

/// <summary>Whole-word tests on raw text, ignoring case: a word counts where no letter touches it on either side.</summary>
internal static class WordSpans
{
    /// <summary>True when <paramref name="word"/> occurs in <paramref name="s"/> as a whole word.</summary>
    public static bool ContainsWord(ReadOnlySpan<char> s, ReadOnlySpan<char> word)
    {
        int from = 0;
        while (from < s.Length)
        {
            int k = s[from..].IndexOf(word, StringComparison.OrdinalIgnoreCase);
            if (k < 0)
            {
                return false;
            }

            int at = from + k;
            bool leftOk = at == 0 || !char.IsLetter(s[at - 1]);
            bool rightOk = at + word.Length >= s.Length || !char.IsLetter(s[at + word.Length]);
            if (leftOk && rightOk)
            {
                return true;
            }

            from = at + 1;
        }

        return false;
    }

    /// <summary>True when <paramref name="s"/> ends with <paramref name="word"/> as a whole word.</summary>
    public static bool EndsWithWord(ReadOnlySpan<char> s, ReadOnlySpan<char> word) =>
        s.EndsWith(word, StringComparison.OrdinalIgnoreCase) && (s.Length == word.Length || !char.IsLetter(s[s.Length - word.Length - 1]));
}
