using System.Reflection;

namespace NewsExtraction.Text;

/// <summary>The abbreviations after which a period does not end a sentence; loaded once from an embedded data file.</summary>
internal static class Abbreviations
{
    // A small ordinal hash set of our own: a FrozenSet takes noticeably long to build (it analyses its keys
    // to choose a strategy) and its span lookup is a generic instantiation JIT-compiled on first use.
    private static readonly (OrdinalSet All, OrdinalSet MayEnd) Sets = Load();

    private static readonly OrdinalSet Openers = new(ResourceText.ReadLines("NewsExtraction.Text.sentence-openers.txt"));

    public static int Count => Sets.All.Count;

    /// <summary>The number of sentence openers loaded (for the data-load test).</summary>
    public static int OpenerCount => Openers.Count;

    public static bool Contains(ReadOnlySpan<char> word)
    {
        // Abbreviations are short; anything longer is not one (and needs no lookup).
        if (word.Length == 0 || word.Length > 6)
        {
            return false;
        }

        return Sets.All.Contains(word);
    }

    /// <summary>True for a listed abbreviation that can also end a sentence ("U.S", "Inc", "p.m").</summary>
    public static bool MayEndSentence(ReadOnlySpan<char> word) => word.Length is > 0 and <= 6 && Sets.MayEnd.Contains(word);

    /// <summary>True for a word that usually opens a sentence ("The", "He", "But").</summary>
    public static bool IsSentenceOpener(ReadOnlySpan<char> word) => word.Length is > 0 and <= 12 && Openers.Contains(word);

    private static (OrdinalSet, OrdinalSet) Load()
    {
        List<string> lines = ResourceText.ReadLines("NewsExtraction.Text.abbreviations.txt");
        var all = new List<string>(lines.Count);
        var mayEnd = new List<string>();
        foreach (string line in lines)
        {
            if (line[^1] == '+')
            {
                string word = line[..^1];
                all.Add(word);
                mayEnd.Add(word);
            }
            else
            {
                all.Add(line);
            }
        }

        return (new OrdinalSet(all), new OrdinalSet(mayEnd));
    }

    /// <summary>A read-only set of strings compared ordinally, looked up by span (open addressing, linear probing).</summary>
    private sealed class OrdinalSet
    {
        private readonly string?[] _slots;
        private readonly int _mask;

        public OrdinalSet(List<string> items)
        {
            int size = 16;
            while (size < items.Count * 2)
            {
                size <<= 1;
            }

            _slots = new string?[size];
            _mask = size - 1;
            foreach (string item in items)
            {
                int i = Hash(item) & _mask;
                while (_slots[i] is { } k && !string.Equals(k, item, StringComparison.Ordinal))
                {
                    i = (i + 1) & _mask;
                }

                if (_slots[i] is null)
                {
                    _slots[i] = item;
                    Count++;
                }
            }
        }

        public int Count { get; }

        public bool Contains(ReadOnlySpan<char> key)
        {
            int i = Hash(key) & _mask;
            while (_slots[i] is { } k)
            {
                if (key.Equals(k, StringComparison.Ordinal))
                {
                    return true;
                }

                i = (i + 1) & _mask;
            }

            return false;
        }

        private static int Hash(ReadOnlySpan<char> s)
        {
            uint h = 2166136261;
            foreach (char c in s)
            {
                h = (h ^ c) * 16777619;
            }

            return (int)(h & 0x7FFFFFFF);
        }
    }
}

/// <summary>Reads the library's embedded data files.</summary>
internal static class ResourceText
{
    /// <summary>The non-empty, non-comment lines of an embedded text resource, trimmed.</summary>
    /// <exception cref="InvalidOperationException">The resource is missing from the assembly.</exception>
    public static List<string> ReadLines(string resourceName)
    {
        var lines = new List<string>();
        using var reader = new StreamReader(Open(resourceName));
        while (reader.ReadLine() is { } line)
        {
            string t = line.Trim();
            if (t.Length == 0 || t[0] == '#')
            {
                continue;
            }

            lines.Add(t);
        }

        return lines;
    }

    /// <summary>Opens an embedded resource.</summary>
    /// <exception cref="InvalidOperationException">The resource is missing from the assembly.</exception>
    public static Stream Open(string resourceName)
    {
        Assembly assembly = typeof(ResourceText).Assembly;
        return assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"The embedded data file '{resourceName}' is missing from {assembly.GetName().Name}; the package is damaged.");
    }
}
