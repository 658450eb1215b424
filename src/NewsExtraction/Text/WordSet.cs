namespace NewsExtraction.Text;

/// <summary>
/// A read-only, case-insensitive set of words looked up by span, with no allocation per lookup on
/// every target framework. Built once; safe to share between threads. The one word-set type of the
/// library: every extractor's word lists use it.
/// </summary>
internal sealed class WordSet
{
    private readonly string[][] _buckets;
    private readonly int _mask;

    public WordSet(IEnumerable<string> words)
    {
        var distinct = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (string w in words)
        {
            if (w.Length > 0)
            {
                distinct.Add(w);
            }
        }

        int size = 16;
        while (size < distinct.Count * 2)
        {
            size <<= 1;
        }

        _mask = size - 1;
        var lists = new List<string>?[size];
        foreach (string w in distinct)
        {
            int b = Hash(w) & _mask;
            (lists[b] ??= new List<string>(2)).Add(w);
        }

        _buckets = new string[size][];
        for (int i = 0; i < size; i++)
        {
            _buckets[i] = lists[i]?.ToArray() ?? Array.Empty<string>();
        }

        Count = distinct.Count;
    }

    /// <summary>The number of distinct words.</summary>
    public int Count { get; }

    /// <summary>True when the set holds the word, ignoring case (words over 40 characters are never in a set).</summary>
    public bool Contains(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty || word.Length > 40)
        {
            return false;
        }

        foreach (string candidate in _buckets[Hash(word) & _mask])
        {
            if (word.Equals(candidate, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A set of the lines of an embedded data file (comments and blank lines skipped by <see cref="ResourceText"/>).</summary>
    public static WordSet FromResource(string name) => new(ResourceText.ReadLines(name));

    private static int Hash(ReadOnlySpan<char> word)
    {
        uint h = 2166136261;
        foreach (char c in word)
        {
            h = (h ^ Casing.LowerInvariant(c)) * 16777619;
        }

        return (int)(h ^ (h >> 15));
    }
}
