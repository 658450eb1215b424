using System.Collections.Frozen;
using System.Reflection;

namespace NewsExtraction.Text;

/// <summary>The abbreviations after which a period does not end a sentence; loaded once from an embedded data file.</summary>
internal static class Abbreviations
{
    private static readonly FrozenSet<string> Set = ResourceText.ReadLines("NewsExtraction.Text.abbreviations.txt").ToFrozenSet(StringComparer.Ordinal);

#if NET9_0_OR_GREATER
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup = Set.GetAlternateLookup<ReadOnlySpan<char>>();
#endif

    public static int Count => Set.Count;

    public static bool Contains(ReadOnlySpan<char> word)
    {
        // Abbreviations are short; anything longer is not one (and needs no lookup).
        if (word.Length == 0 || word.Length > 6)
        {
            return false;
        }
#if NET9_0_OR_GREATER
        return Lookup.Contains(word);
#else
        return Set.Contains(word.ToString());
#endif
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
