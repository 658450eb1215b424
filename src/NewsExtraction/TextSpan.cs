using System.Diagnostics;

namespace NewsExtraction;

/// <summary>
/// A half-open range of UTF-16 code units in the caller's original text: <see cref="Start"/> is
/// inclusive, <see cref="End"/> is exclusive. Offsets always refer to the text exactly as it was
/// given; the library never normalises the text that offsets point into.
/// </summary>
public readonly record struct TextSpan : IComparable<TextSpan>
{
    /// <summary>Creates a span from a start offset and a length.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A negative start or length.</exception>
    public TextSpan(int start, int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        Start = start;
        Length = length;
    }

    /// <summary>A span the library built itself from valid offsets: no checks (a token's span is read on every token access).</summary>
    internal TextSpan(int start, int length, bool trusted)
    {
        Debug.Assert(trusted && start >= 0 && length >= 0);
        Start = start;
        Length = length;
    }

    /// <summary>Creates a span from an inclusive start and an exclusive end.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="end"/> is before <paramref name="start"/>.</exception>
    public static TextSpan FromBounds(int start, int end)
    {
        if (end < start)
        {
            throw new ArgumentOutOfRangeException(nameof(end), end, "The end of a span cannot be before its start.");
        }

        return new TextSpan(start, end - start);
    }

    /// <summary>The first UTF-16 code unit of the span (inclusive).</summary>
    public int Start { get; }

    /// <summary>The number of UTF-16 code units in the span.</summary>
    public int Length { get; }

    /// <summary>The position just after the span (exclusive).</summary>
    public int End => Start + Length;

    /// <summary>True when the span covers no characters.</summary>
    public bool IsEmpty => Length == 0;

    /// <summary>True when <paramref name="position"/> lies inside the span.</summary>
    public bool Contains(int position) => position >= Start && position < End;

    /// <summary>True when <paramref name="other"/> lies entirely inside this span.</summary>
    public bool Contains(TextSpan other) => other.Start >= Start && other.End <= End;

    /// <summary>True when the two spans share at least one character.</summary>
    public bool OverlapsWith(TextSpan other) => Start < other.End && other.Start < End;

    /// <summary>The number of characters the two spans share.</summary>
    public int OverlapLength(TextSpan other) => Math.Max(0, Math.Min(End, other.End) - Math.Max(Start, other.Start));

    /// <summary>The characters of <paramref name="text"/> that this span covers.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The span does not fit in <paramref name="text"/>.</exception>
    public ReadOnlySpan<char> Slice(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.AsSpan(Start, Length);
    }

    /// <summary>Compares by start, then by length.</summary>
    public int CompareTo(TextSpan other)
    {
        int c = Start.CompareTo(other.Start);
        return c != 0 ? c : Length.CompareTo(other.Length);
    }

    /// <summary>Formats the span as <c>[start..end)</c>.</summary>
    public override string ToString() => $"[{Start}..{End})";
}
