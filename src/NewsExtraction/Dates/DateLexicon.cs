using NewsExtraction.Text;

namespace NewsExtraction.Dates;

/// <summary>A unit of calendar or clock time.</summary>
internal enum TimeUnit : byte
{
    None,
    Second,
    Minute,
    Hour,
    Day,
    Weekend,
    Week,
    Fortnight,
    Month,
    Quarter,
    Year,
    Decade,
    Century,
    Millennium,
}

/// <summary>What one word of the date vocabulary means (a word may have several roles: "second" is an ordinal and a unit).</summary>
internal struct LexEntry
{
    public sbyte Month;          // 1-12, 0 = not a month name
    public bool MonthAbbr;
    public sbyte Weekday;        // 1 (Monday) - 7 (Sunday), 0 = not a weekday
    public bool WeekdayAbbr;
    public short Cardinal;       // > 0 for number words
    public sbyte Ordinal;        // > 0 for ordinal words
    public TimeUnit Unit;
    public bool UnitPlural;
    public byte Season;          // 1 SP, 2 SU, 3 FA, 4 WI
    public byte Part;            // 1 MO, 2 AF, 3 EV, 4 NI
    public sbyte Clock;          // 12 noon, 24 midnight
    public sbyte DecadeWord;     // 2 (twenties) .. 9 (nineties), 10 (aughts: the 2000s)
}

/// <summary>
/// The date vocabulary (month and weekday names in English and Arabic, number words, units, seasons,
/// parts of the day), loaded once from the embedded data files and looked up by span without allocation.
/// </summary>
internal static class DateLexicon
{
    private static readonly Lazy<SpanMap<LexEntry>> Map = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The number of distinct words loaded.</summary>
    public static int Count => Map.Value.Count;

    /// <summary>Looks a word up, ignoring case.</summary>
    public static bool TryGet(ReadOnlySpan<char> word, out LexEntry entry) => Map.Value.TryGet(word, out entry);

    internal static int MonthNameCount { get; private set; }

    internal static int WeekdayNameCount { get; private set; }

    private static SpanMap<LexEntry> Load()
    {
        // Entries live in an array indexed through a Dictionary<string, int> (whose code the framework ships
        // precompiled); a Dictionary<string, LexEntry> would be JIT-compiled, a dozen methods, on first use.
        var entries = new Entries();
        int months = 0, weekdays = 0;
        foreach (string line in ResourceText.ReadLines("NewsExtraction.Dates.months.txt"))
        {
            string[] f = line.Split('\t');
            string key = Casing.LowerInvariant(f[0]);
            ref LexEntry e = ref entries.Get(key);
            e.Month = sbyte.Parse(f[1], System.Globalization.CultureInfo.InvariantCulture);
            e.MonthAbbr = f.Length > 2 && f[2] == "abbr";
            months++;
        }

        foreach (string line in ResourceText.ReadLines("NewsExtraction.Dates.weekdays.txt"))
        {
            string[] f = line.Split('\t');
            string key = Casing.LowerInvariant(f[0]);
            ref LexEntry e = ref entries.Get(key);
            e.Weekday = sbyte.Parse(f[1], System.Globalization.CultureInfo.InvariantCulture);
            e.WeekdayAbbr = f.Length > 2 && f[2] == "abbr";
            weekdays++;
        }

        foreach (string line in ResourceText.ReadLines("NewsExtraction.Dates.terms.txt"))
        {
            string[] f = line.Split('\t');
            if (f.Length < 3)
            {
                throw new InvalidOperationException($"Malformed line in the date vocabulary: '{line}'.");
            }

            string key = Casing.LowerInvariant(f[0]);
            ref LexEntry e = ref entries.Get(key);
            switch (f[1])
            {
                case "card":
                    e.Cardinal = short.Parse(f[2], System.Globalization.CultureInfo.InvariantCulture);
                    break;
                case "ord":
                    e.Ordinal = sbyte.Parse(f[2], System.Globalization.CultureInfo.InvariantCulture);
                    break;
                case "unit":
                case "units":
                    e.Unit = ParseUnit(f[2]);
                    e.UnitPlural = f[1] == "units";
                    break;
                case "season":
                    e.Season = f[2] switch { "SP" => 1, "SU" => 2, "FA" => 3, "WI" => 4, _ => throw new InvalidOperationException($"Unknown season '{f[2]}'.") };
                    break;
                case "part":
                    e.Part = f[2] switch { "MO" => 1, "AF" => 2, "EV" => 3, "NI" => 4, _ => throw new InvalidOperationException($"Unknown part of day '{f[2]}'.") };
                    break;
                case "decade":
                    e.DecadeWord = sbyte.Parse(f[2], System.Globalization.CultureInfo.InvariantCulture);
                    break;
                case "clock":
                    e.Clock = sbyte.Parse(f[2], System.Globalization.CultureInfo.InvariantCulture);
                    break;
                default:
                    throw new InvalidOperationException($"Unknown class '{f[1]}' in the date vocabulary.");
            }

        }

        MonthNameCount = months;
        WeekdayNameCount = weekdays;
        return new SpanMap<LexEntry>(entries.Keys, entries.Values);
    }

    /// <summary>The entries while they load: insertion-ordered keys, their values, and an index by key.</summary>
    private sealed class Entries
    {
        private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);

        public List<string> Keys { get; } = new();

        public LexEntry[] Values { get; private set; } = new LexEntry[256];

        /// <summary>The entry for <paramref name="key"/>, added (empty) when missing.</summary>
        public ref LexEntry Get(string key)
        {
            if (!_index.TryGetValue(key, out int i))
            {
                i = Keys.Count;
                _index.Add(key, i);
                Keys.Add(key);
                if (i == Values.Length)
                {
                    var bigger = new LexEntry[i * 2];
                    for (int k = 0; k < i; k++)
                    {
                        bigger[k] = Values[k];
                    }

                    Values = bigger;
                }
            }

            return ref Values[i];
        }
    }

    private static TimeUnit ParseUnit(string code) => code switch
    {
        "Y" => TimeUnit.Year,
        "M" => TimeUnit.Month,
        "W" => TimeUnit.Week,
        "D" => TimeUnit.Day,
        "H" => TimeUnit.Hour,
        "MIN" => TimeUnit.Minute,
        "S" => TimeUnit.Second,
        "DE" => TimeUnit.Decade,
        "CE" => TimeUnit.Century,
        "Q" => TimeUnit.Quarter,
        "WE" => TimeUnit.Weekend,
        "FN" => TimeUnit.Fortnight,
        "ML" => TimeUnit.Millennium,
        _ => throw new InvalidOperationException($"Unknown time unit '{code}'."),
    };
}

/// <summary>
/// A read-only, case-insensitive string map looked up by <see cref="ReadOnlySpan{T}"/> without allocating
/// (open addressing; built once; safe for concurrent reads). Works on every target framework.
/// </summary>
internal sealed class SpanMap<T>
{
    private const int MaxKeyLength = 40;

    private readonly string?[] _keys;
    private readonly T[] _values;
    private readonly int _mask;

    // A cheap filter in front of the hash: per key length, a bit for each (lower-cased ASCII) first and last
    // character a key of that length has (all bits when that character is not ASCII). Most words of running
    // text are not keys and fail it without hashing or probing.
    private readonly ulong[] _firstChars = new ulong[MaxKeyLength + 1];
    private readonly ulong[] _lastChars = new ulong[MaxKeyLength + 1];

    /// <summary>The map of <paramref name="keys"/> to the values at the same index, inserted in list order.</summary>
    public SpanMap(List<string> keys, T[] values)
        : this(keys.Count)
    {
        for (int i = 0; i < keys.Count; i++)
        {
            Put(keys[i], values[i]);
        }
    }

    public SpanMap(IReadOnlyDictionary<string, T> source)
        : this(source.Count)
    {
        foreach (KeyValuePair<string, T> kv in source)
        {
            Put(kv.Key, kv.Value);
        }
    }

    /// <summary>An empty table sized for <paramref name="count"/> keys (at most half full).</summary>
    private SpanMap(int count)
    {
        int size = 16;
        while (size < count * 2)
        {
            size <<= 1;
        }

        _keys = new string?[size];
        _values = new T[size];
        _mask = size - 1;
        Count = count;
    }

    public int Count { get; }

    /// <summary>Inserts a key (stored lower-cased) by linear probing; construction only.</summary>
    private void Put(string key, T value)
    {
        int slot = SpanMapHash.Of(key) & _mask;
        while (_keys[slot] is not null)
        {
            slot = (slot + 1) & _mask;
        }

        string stored = Casing.LowerInvariant(key);
        _keys[slot] = stored;
        _values[slot] = value;
        if (stored.Length is > 0 and <= MaxKeyLength)
        {
            _firstChars[stored.Length] |= CharBits(stored[0]);
            _lastChars[stored.Length] |= CharBits(stored[^1]);
        }
    }

    /// <summary>The filter bit of an ASCII character, either case (all bits for any other character).</summary>
    private static ulong CharBits(char c) => c < 128 ? 1UL << (Casing.LowerInvariant(c) & 63) : ulong.MaxValue;

    public bool Contains(ReadOnlySpan<char> key) => TryGet(key, out _);

    public bool TryGet(ReadOnlySpan<char> key, out T value)
    {
        if (key.Length == 0 || key.Length > MaxKeyLength
            || (_firstChars[key.Length] & CharBits(key[0])) == 0 || (_lastChars[key.Length] & CharBits(key[^1])) == 0)
        {
            value = default!;
            return false;
        }

        int slot = SpanMapHash.Of(key) & _mask;
        while (_keys[slot] is { } k)
        {
            if (key.Equals(k, StringComparison.OrdinalIgnoreCase))
            {
                value = _values[slot];
                return true;
            }

            slot = (slot + 1) & _mask;
        }

        value = default!;
        return false;
    }
}

/// <summary>Factories for <see cref="SpanMap{T}"/>.</summary>
internal static class SpanMap
{
    /// <summary>
    /// A set of the words in <paramref name="words"/> (separated by single spaces, all distinct). One string
    /// literal instead of an array or dictionary initializer keeps the owner's static constructor small,
    /// which is JIT-compiled on first use.
    /// </summary>
    public static SpanMap<bool> SetOf(string words)
    {
        var keys = new List<string>(words.Split(' '));
        var values = new bool[keys.Count];
        for (int i = 0; i < values.Length; i++)
        {
            values[i] = true;
        }

        return new SpanMap<bool>(keys, values);
    }
}

/// <summary>The case-insensitive hash <see cref="SpanMap{T}"/> uses, outside the generic class so that it is compiled once.</summary>
internal static class SpanMapHash
{
    public static int Of(ReadOnlySpan<char> s)
    {
        uint h = 2166136261;
        foreach (char c in s)
        {
            h = (h ^ Casing.LowerInvariant(c)) * 16777619;
        }

        return (int)(h & 0x7FFFFFFF);
    }
}
