namespace NewsExtraction.Dates;

/// <summary>The shape of a parsed temporal expression, before resolution.</summary>
internal enum ExprType : byte
{
    /// <summary>A point or period on the calendar (absolute, relative to the reference date, or underspecified).</summary>
    Point,

    /// <summary>A length of time.</summary>
    Duration,

    /// <summary>A recurrence.</summary>
    Set,

    /// <summary>PRESENT_REF, PAST_REF or FUTURE_REF.</summary>
    Vague,

    /// <summary>An interval "X to Y".</summary>
    Range,

    /// <summary>"in three weeks": a date after the reference date in future contexts, else a duration.</summary>
    OffsetIn,
}

/// <summary>A TIMEX3 modifier.</summary>
internal enum DateMod : byte
{
    None,
    Start,
    Mid,
    End,
    Approx,
}

/// <summary>last / this / next before a weekday, month, season or quarter.</summary>
internal enum Deixis : byte
{
    None,
    Last,
    This,
    Next,
}

/// <summary>A parsed temporal expression: what the text states, not yet placed on the calendar.</summary>
internal sealed class TExpr
{
    public ExprType Type;

    // Calendar components as written (-1 / 0 = absent).
    public int Year = -1;
    public int Month = -1;
    public int Day = -1;
    public int Weekday = -1;
    public int Decade = -1;     // 199 for the 1990s
    public int Century = -1;    // 19 for the 20th century (1900-1999)
    public int Quarter = -1;
    public int Half = -1;
    public int Season;          // 1 SP, 2 SU, 3 FA, 4 WI
    public int IsoWeek = -1;
    public bool Weekend;
    public int Holiday = -1;    // index into Holidays
    public int DayShift;        // "the day before/after <day>": -1 / +1 day from the day named
    public int WeekOfMonth;     // "the first (second, …) week of July": 1-4; 5 for the last week
    public int DayOfPeriod;     // "the first day of 2018": 1; "the last day of June": -1

    // Time of day.
    public int Hour = -1;
    public int Minute = -1;
    public int Part;            // 1 MO, 2 AF, 3 EV, 4 NI

    // Relative to the reference date: RelUnit + RelOffset ("yesterday": Day -1; "this year": Year 0).
    public TimeUnit RelUnit;
    public int RelOffset;

    public Deixis Deixis;
    public DateMod Mod;

    // Durations, sets, "in three weeks".
    public TimeUnit Unit;
    public double Amount = -1;  // -1: unspecified ("several years" → PXY)

    // Sets and vague references: the value as is.
    public string? Literal;

    // Ranges.
    public TExpr? From;
    public TExpr? To;

    public bool HasRel => RelUnit != TimeUnit.None;

    public bool HasTime => Hour >= 0 || Part != 0;

    public TExpr Clone() => (TExpr)MemberwiseClone();
}
