namespace NewsExtraction.Dates;

/// <summary>The TIMEX3-like kind of a temporal expression.</summary>
public enum TemporalKind
{
    /// <summary>A calendar point: a day, week, month, season, year or decade ("July 19", "2024-W28", "the 1990s").</summary>
    Date,

    /// <summary>A clock time, with or without a day ("18:20", "Monday morning").</summary>
    Time,

    /// <summary>An interval written as one expression ("Monday to July 19", "2011–2018").</summary>
    Range,

    /// <summary>A length of time ("11 days", "the past year").</summary>
    Duration,

    /// <summary>A recurring time ("every Monday", "annually").</summary>
    Set,

    /// <summary>An unanchored reference to the present, past or future ("recently", "currently").</summary>
    Vague,
}

/// <summary>The finest unit a resolved date or time is given in.</summary>
public enum TemporalGrain
{
    /// <summary>No calendar grain (durations, sets, vague references).</summary>
    None,

    /// <summary>A century.</summary>
    Century,

    /// <summary>A decade ("the 1990s").</summary>
    Decade,

    /// <summary>A year.</summary>
    Year,

    /// <summary>A season ("spring of 2022").</summary>
    Season,

    /// <summary>A quarter.</summary>
    Quarter,

    /// <summary>A month.</summary>
    Month,

    /// <summary>An ISO week or weekend.</summary>
    Week,

    /// <summary>A day.</summary>
    Day,

    /// <summary>A part of a day ("morning").</summary>
    PartOfDay,

    /// <summary>An hour.</summary>
    Hour,

    /// <summary>A minute.</summary>
    Minute,
}

/// <summary>Calendar components of a date: which were written in the text and which were inferred.</summary>
[Flags]
public enum DateComponents
{
    /// <summary>None.</summary>
    None = 0,

    /// <summary>The year.</summary>
    Year = 1,

    /// <summary>The month.</summary>
    Month = 2,

    /// <summary>The day of the month.</summary>
    Day = 4,

    /// <summary>The time of day.</summary>
    Time = 8,
}

/// <summary>
/// A date or time expression, with its value resolved on the calendar against the reference date.
/// </summary>
public sealed record DateMention : Mention
{
    /// <summary>What kind of temporal expression this is.</summary>
    public required TemporalKind Kind { get; init; }

    /// <summary>
    /// The TIMEX3-style value: <c>2024-07-19</c>, <c>2024-07</c>, <c>2024-W28</c>, <c>2022-SP</c>,
    /// <c>199X</c>, <c>2024-07-19T18:20</c>, <c>2024-07-08/2024-07-19</c>, <c>P11D</c>,
    /// <c>PRESENT_REF</c>; null when it cannot be resolved.
    /// </summary>
    public string? Value { get; init; }

    /// <summary>The finest unit of the resolved value.</summary>
    public TemporalGrain Grain { get; init; }

    /// <summary>The first instant the expression covers (inclusive), when it resolves to calendar time.</summary>
    public DateTime? RangeStart { get; init; }

    /// <summary>The instant just after the expression (exclusive), when it resolves to calendar time.</summary>
    public DateTime? RangeEnd { get; init; }

    /// <summary>The components written in the text ("July 19": month and day).</summary>
    public DateComponents Stated { get; init; }

    /// <summary>The components inferred from the reference date ("July 19": the year).</summary>
    public DateComponents Inferred { get; init; }

    /// <summary>
    /// The TIMEX3 <c>mod</c>: <c>START</c> ("early 2023"), <c>MID</c> ("mid-July"), <c>END</c> ("late last year"),
    /// <c>APPROX</c> ("nearly two years", "almost a decade ago"), <c>MORE_THAN</c> ("more than four hours"),
    /// <c>LESS_THAN</c> ("less than a decade"), <c>EQUAL_OR_MORE</c> ("at least 30 days"), <c>EQUAL_OR_LESS</c>
    /// ("no more than 60 days", "up to 180 days"); null when none. <see cref="RangeStart"/> and
    /// <see cref="RangeEnd"/> are narrowed to the first, middle or last third of the period for the first three.
    /// </summary>
    public string? Modifier { get; init; }
}
