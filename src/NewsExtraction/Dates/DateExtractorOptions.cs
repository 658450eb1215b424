namespace NewsExtraction.Dates;

/// <summary>The order of day and month in all-numeric dates such as 11/07/2024.</summary>
public enum DateOrder
{
    /// <summary>Unknown: numeric day/month dates are skipped, since 11/07/2024 could be either. The default.</summary>
    Unknown,

    /// <summary>Month first, as in the United States: 11/07/2024 is November 7, 2024.</summary>
    MonthFirst,

    /// <summary>Day first, as in most of the world: 11/07/2024 is July 11, 2024.</summary>
    DayFirst,
}

/// <summary>How a date that leaves out its year or week ("Friday", "July 19", "the spring") is placed on the calendar.</summary>
public enum UnderspecifiedDatePolicy
{
    /// <summary>
    /// By the tense of the sentence: past ("said on Sunday") → the latest such day on or before the reference
    /// date; future ("will meet on Friday") → the earliest on or after it. With no clear tense the past is
    /// taken (news mostly reports what happened). A month or day picked by tense more than eight months away
    /// while another occurrence lies within 100 days gives way to the nearer one. Quarters and halves
    /// ("the third quarter") are the latest begun. The default.
    /// </summary>
    Tense,

    /// <summary>Always the latest occurrence on or before the reference date.</summary>
    Past,

    /// <summary>Always the earliest occurrence on or after the reference date.</summary>
    Future,

    /// <summary>Always the occurrence nearest to the reference date.</summary>
    Nearest,
}

/// <summary>Options of the <see cref="DateExtractor"/>.</summary>
public sealed record DateExtractorOptions
{
    /// <summary>The options used when none are given.</summary>
    public static DateExtractorOptions Default { get; } = new();

    /// <summary>The order of day and month in all-numeric dates. Default: <see cref="Dates.DateOrder.Unknown"/> (such dates are skipped).</summary>
    public DateOrder DateOrder { get; init; } = DateOrder.Unknown;

    /// <summary>How dates without a year or week are resolved. Default: <see cref="UnderspecifiedDatePolicy.Tense"/>.</summary>
    public UnderspecifiedDatePolicy Policy { get; init; } = UnderspecifiedDatePolicy.Tense;

    /// <summary>Whether to report durations ("11 days"). Default: true.</summary>
    public bool IncludeDurations { get; init; } = true;

    /// <summary>Whether to report sets ("every Monday", "annually"). Default: true.</summary>
    public bool IncludeSets { get; init; } = true;

    /// <summary>Whether to report vague references ("recently", "now", "in recent years"). Default: true.</summary>
    public bool IncludeVague { get; init; } = true;
}
