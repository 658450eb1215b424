namespace NewsExtraction.Quotations;

/// <summary>Options of the <see cref="QuotationExtractor"/>.</summary>
public sealed record QuotationExtractorOptions
{
    /// <summary>The options used when none are given.</summary>
    public static QuotationExtractorOptions Default { get; } = new();

    /// <summary>
    /// The fewest words a quoted stretch needs to be reported when a speech verb attributes it
    /// ("rigged election," Trump said). Single words in marks are scare quotes. Default: 2.
    /// </summary>
    public int MinimumWords { get; init; } = 2;

    /// <summary>
    /// The fewest words a quoted stretch needs to be reported when nothing in its sentence attributes
    /// it (shorter unattributed stretches read as scare quotes or names). Also the fewest words of
    /// unmarked direct speech after "X said:". Default: 4.
    /// </summary>
    public int MinimumUnattributedWords { get; init; } = 4;

    /// <summary>Whether to report direct speech without quotation marks after a colon ("Lin Jian said: We firmly oppose …"). Default: true.</summary>
    public bool IncludeUnmarked { get; init; } = true;

    /// <summary>
    /// Whether a quotation with no attribution of its own takes the speaker of the previous quotation
    /// or speech verb in the same or the previous paragraph (continuation quotes). Default: true.
    /// </summary>
    public bool FollowContinuations { get; init; } = true;
}
