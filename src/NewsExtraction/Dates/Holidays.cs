using System.Globalization;
using NewsExtraction.Text;

namespace NewsExtraction.Dates;

/// <summary>
/// Holidays with a calendar rule (fixed dates, "the fourth Thursday of November", Easter-based), loaded once
/// from the embedded data file <c>holidays.txt</c>.
/// </summary>
internal static class Holidays
{
    private sealed record Entry(string[] Words, int Month, int Day, int Nth, int Weekday, int Offset, bool Easter);

    // A class, not a value tuple, in the Lazy: Lazy<SomeClass> runs the framework's precompiled shared code,
    // Lazy<(A, B)> is JIT-compiled on first use.
    private static readonly Lazy<HolidayTable> Table = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    public static int Count => Table.Value.All.Length;

    /// <summary>The holidays whose name starts with <paramref name="word"/>, or null.</summary>
    public static int[]? Starting(ReadOnlySpan<char> word) => Table.Value.ByFirst.TryGet(word, out int[] list) ? list : null;

    public static IReadOnlyList<string> WordsOf(int index) => Table.Value.All[index].Words;

    /// <summary>True when the holiday falls on the same month and day every year.</summary>
    public static bool IsFixed(int index)
    {
        Entry e = Table.Value.All[index];
        return !e.Easter && e.Nth == 0;
    }

    /// <summary>The date of the holiday in <paramref name="year"/>.</summary>
    public static DateTime? DateIn(int index, int year)
    {
        if (year < 1583 || year > 9998)
        {
            return null;
        }

        Entry e = Table.Value.All[index];
        DateTime d;
        if (e.Easter)
        {
            d = EasterSunday(year);
        }
        else if (e.Nth == 0)
        {
            d = new DateTime(year, e.Month, e.Day);
        }
        else if (e.Nth > 0)
        {
            var first = new DateTime(year, e.Month, 1);
            int dow = first.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)first.DayOfWeek;
            d = first.AddDays(((e.Weekday - dow + 7) % 7) + (7 * (e.Nth - 1)));
        }
        else
        {
            var last = new DateTime(year, e.Month, DateTime.DaysInMonth(year, e.Month));
            int dow = last.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)last.DayOfWeek;
            d = last.AddDays(-((dow - e.Weekday + 7) % 7));
        }

        return d.AddDays(e.Offset);
    }

    /// <summary>Western Easter Sunday (the anonymous Gregorian algorithm).</summary>
    internal static DateTime EasterSunday(int year)
    {
        int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4;
        int f = (b + 8) / 25, g = (b - f + 1) / 3, h = ((19 * a) + b - d - g + 15) % 30;
        int i = c / 4, k = c % 4, l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        int m = (a + (11 * h) + (22 * l)) / 451;
        int month = (h + l - (7 * m) + 114) / 31;
        int day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateTime(year, month, day);
    }

    private sealed record HolidayTable(Entry[] All, SpanMap<int[]> ByFirst);

    private static HolidayTable Load()
    {
        var all = new List<Entry>();
        var byFirst = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        foreach (string line in ResourceText.ReadLines("NewsExtraction.Dates.holidays.txt"))
        {
            string[] f = line.Split('\t');
            if (f.Length != 2)
            {
                throw new InvalidOperationException($"Malformed holiday line: '{line}'.");
            }

            string[] words = f[0].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            string rule = f[1];
            Entry e;
            int offset = 0;
            if (rule.StartsWith("easter", StringComparison.Ordinal))
            {
                if (rule.Length > 6)
                {
                    offset = int.Parse(rule.AsSpan(6), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
                }

                e = new Entry(words, 0, 0, 0, 0, offset, true);
            }
            else if (rule.Contains(':', StringComparison.Ordinal))
            {
                string core = rule;
                int p = rule.IndexOf('+', StringComparison.Ordinal);
                if (p > 0)
                {
                    offset = int.Parse(rule.AsSpan(p + 1), CultureInfo.InvariantCulture);
                    core = rule[..p];
                }

                string[] parts = core.Split(':');
                e = new Entry(words, int.Parse(parts[1], CultureInfo.InvariantCulture), 0, int.Parse(parts[0], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture), int.Parse(parts[2], CultureInfo.InvariantCulture), offset, false);
            }
            else
            {
                string[] md = rule.Split('-');
                e = new Entry(words, int.Parse(md[0], CultureInfo.InvariantCulture), int.Parse(md[1], CultureInfo.InvariantCulture), 0, 0, 0, false);
            }

            if (!byFirst.TryGetValue(words[0], out List<int>? list))
            {
                byFirst[words[0]] = list = new List<int>();
            }

            list.Add(all.Count);
            all.Add(e);
        }

        var map = new Dictionary<string, int[]>(StringComparer.Ordinal);
        foreach (KeyValuePair<string, List<int>> kv in byFirst)
        {
            map[kv.Key] = kv.Value.ToArray();
        }

        return new HolidayTable(all.ToArray(), new SpanMap<int[]>(map));
    }
}
