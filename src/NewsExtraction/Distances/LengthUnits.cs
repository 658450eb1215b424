using NewsExtraction.Text;

namespace NewsExtraction.Distances;

/// <summary>Conversion factors of the length units.</summary>
public static class LengthUnits
{
    /// <summary>The exact number of metres in one <paramref name="unit"/> (mile 1609.344, nautical mile 1852, foot 0.3048, yard 0.9144, inch 0.0254).</summary>
    /// <exception cref="ArgumentOutOfRangeException">An undefined unit.</exception>
    public static decimal MetresPerUnit(LengthUnit unit) => unit switch
    {
        LengthUnit.Metre => 1m,
        LengthUnit.Kilometre => 1000m,
        LengthUnit.Centimetre => 0.01m,
        LengthUnit.Millimetre => 0.001m,
        LengthUnit.Decimetre => 0.1m,
        LengthUnit.Micrometre => 0.000001m,
        LengthUnit.Nanometre => 0.000000001m,
        LengthUnit.Picometre => 0.000000000001m,
        LengthUnit.Mile => 1609.344m,
        LengthUnit.NauticalMile => 1852m,
        LengthUnit.Foot => 0.3048m,
        LengthUnit.Yard => 0.9144m,
        LengthUnit.Inch => 0.0254m,
        _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, "Unknown length unit."),
    };

    /// <summary>The canonical symbol of <paramref name="unit"/> (m, km, cm, mm, dm, µm, nm, pm, mi, nmi, ft, yd, in).</summary>
    /// <exception cref="ArgumentOutOfRangeException">An undefined unit.</exception>
    public static string Symbol(LengthUnit unit) => unit switch
    {
        LengthUnit.Metre => "m",
        LengthUnit.Kilometre => "km",
        LengthUnit.Centimetre => "cm",
        LengthUnit.Millimetre => "mm",
        LengthUnit.Decimetre => "dm",
        LengthUnit.Micrometre => "µm",
        LengthUnit.Nanometre => "nm",
        LengthUnit.Picometre => "pm",
        LengthUnit.Mile => "mi",
        LengthUnit.NauticalMile => "nmi",
        LengthUnit.Foot => "ft",
        LengthUnit.Yard => "yd",
        LengthUnit.Inch => "in",
        _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, "Unknown length unit."),
    };

    /// <summary>
    /// Converts a stated value to metres exactly (decimal arithmetic, one rounding to the nearest double), so
    /// 130 miles gives 209214.72, not 209214.71999999997.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">An undefined unit.</exception>
    public static double ToMetres(decimal value, LengthUnit unit)
    {
        decimal factor = MetresPerUnit(unit);
        try
        {
            return (double)(value * factor);
        }
        catch (OverflowException)
        {
            return (double)value * (double)factor;
        }
    }

    /// <summary>True for the imperial units that may combine into one measure ("5 feet 2 inches").</summary>
    internal static bool IsImperial(LengthUnit unit) => unit is LengthUnit.Mile or LengthUnit.Yard or LengthUnit.Foot or LengthUnit.Inch;
}

/// <summary>One line of the unit table: a surface form and the unit it names.</summary>
internal sealed record UnitSurface(string Surface, LengthUnit Unit, bool IsAbbreviation);

/// <summary>The unit table, loaded once from the embedded <c>units.txt</c>.</summary>
internal static class UnitTable
{
    public const string ResourceName = "NewsExtraction.Distances.units.txt";

    private static readonly Lazy<UnitSurface[]> Entries = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    private static readonly Lazy<UnitSurface[][]> Buckets = new(BuildBuckets, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Every surface, longest first.</summary>
    public static UnitSurface[] All => Entries.Value;

    /// <summary>The surfaces by their first character, lower-cased (index 128 holds the non-ASCII ones), longest first.</summary>
    private static UnitSurface[][] BuildBuckets()
    {
        var lists = new List<UnitSurface>[129];
        foreach (UnitSurface u in All)
        {
            char f = char.ToLowerInvariant(u.Surface[0]);
            int k = f < 128 ? f : 128;
            (lists[k] ??= new List<UnitSurface>()).Add(u);
        }

        var buckets = new UnitSurface[129][];
        for (int k = 0; k < buckets.Length; k++)
        {
            buckets[k] = lists[k]?.ToArray() ?? Array.Empty<UnitSurface>();
        }

        return buckets;
    }

    private static UnitSurface[] Load()
    {
        var list = new List<UnitSurface>();
        foreach (string line in ResourceText.ReadLines(ResourceName))
        {
            string[] parts = line.Split('|');
            if (parts.Length != 3)
            {
                throw new InvalidOperationException($"Bad line in {ResourceName}: '{line}'.");
            }

            string surface = parts[0].Trim();
            LengthUnit unit = Enum.Parse<LengthUnit>(parts[1].Trim());
            string kind = parts[2].Trim();
            bool abbr = kind switch
            {
                "abbr" => true,
                "word" => false,
                _ => throw new InvalidOperationException($"Bad kind '{kind}' in {ResourceName}: '{line}'."),
            };
            list.Add(new UnitSurface(surface, unit, abbr));
        }

        list.Sort(static (a, b) => b.Surface.Length.CompareTo(a.Surface.Length));
        return list.ToArray();
    }

    /// <summary>The longest unit surface at <paramref name="pos"/> that ends at a word boundary, or null.</summary>
    public static UnitSurface? Match(string text, int pos)
    {
        if (pos >= text.Length)
        {
            return null;
        }

        ReadOnlySpan<char> rest = text.AsSpan(pos);
        char first = Casing.LowerInvariant(text[pos]);
        foreach (UnitSurface u in Buckets.Value[first < 128 ? first : 128])
        {
            if (rest.Length < u.Surface.Length)
            {
                continue;
            }

            bool ok = u.IsAbbreviation
                ? rest.StartsWith(u.Surface, StringComparison.Ordinal)
                : rest.StartsWith(u.Surface, StringComparison.OrdinalIgnoreCase);
            if (!ok)
            {
                continue;
            }

            int end = pos + u.Surface.Length;
            if (end < text.Length && CharKinds.IsWordOrDigit(text[end]))
            {
                continue;
            }

            // A multi-word surface written with a line break or odd spacing is not matched; that is fine.
            return u;
        }

        return null;
    }
}

/// <summary>A comparator phrase from the embedded <c>qualifiers.txt</c>.</summary>
internal sealed record Qualifier(string Phrase, Comparator Comparator, bool Approximate);

/// <summary>The qualifier table, loaded once.</summary>
internal static class QualifierTable
{
    public const string ResourceName = "NewsExtraction.Distances.qualifiers.txt";

    private static readonly Lazy<Qualifier[]> Entries = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Every qualifier, longest first.</summary>
    public static Qualifier[] All => Entries.Value;

    private static Qualifier[] Load()
    {
        var list = new List<Qualifier>();
        foreach (string line in ResourceText.ReadLines(ResourceName))
        {
            string[] parts = line.Split('|');
            if (parts.Length != 3)
            {
                throw new InvalidOperationException($"Bad line in {ResourceName}: '{line}'.");
            }

            list.Add(new Qualifier(
                parts[0].Trim(),
                Enum.Parse<Comparator>(parts[1].Trim()),
                bool.Parse(parts[2].Trim())));
        }

        list.Sort(static (a, b) => b.Phrase.Length.CompareTo(a.Phrase.Length));
        return list.ToArray();
    }

    /// <summary>
    /// The qualifier that ends just before <paramref name="numberStart"/> (only spaces between), with its start;
    /// null when there is none.
    /// </summary>
    public static Qualifier? Before(string text, int numberStart, out int qualifierStart)
    {
        qualifierStart = numberStart;
        int end = numberStart;
        while (end > 0 && CharKinds.IsInlineSpace(text[end - 1]))
        {
            end--;
        }

        if (end == 0)
        {
            return null;
        }

        ReadOnlySpan<char> before = text.AsSpan(0, end);
        foreach (Qualifier q in All)
        {
            if (!before.EndsWith(q.Phrase, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            int start = end - q.Phrase.Length;
            if (start > 0 && CharKinds.IsWordOrDigit(text[start - 1]) && CharKinds.IsWordOrDigit(text[start]))
            {
                continue; // "layover 5 km": "over" inside a word
            }

            if (end == numberStart && CharKinds.IsWordOrDigit(text[end - 1]))
            {
                continue; // a word qualifier needs a space before the number ("about5" is not "about 5")
            }

            qualifierStart = start;
            return q;
        }

        return null;
    }
}

/// <summary>Character classes the scanner uses.</summary>
internal static class CharKinds
{
    public static bool IsWordOrDigit(char c) => char.IsLetterOrDigit(c) || c is '²' or '³' or '¹';

    /// <summary>Spaces that may stand inside a measure ("40 miles", "40\u00A0miles").</summary>
    public static bool IsInlineSpace(char c) => c is ' ' or '\t' or '\u00A0' or '\u2009' or '\u202F' or '\u2007';

    public static bool IsHyphen(char c) => c is '-' or '\u2010' or '\u2011';

    public static bool IsDash(char c) => c is '-' or '\u2010' or '\u2011' or '\u2013';

    public static bool IsApostrophe(char c) => c is '\'' or '\u2019';
}
