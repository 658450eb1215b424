namespace NewsExtraction.Quotations;

/// <summary>A direct quotation and who said it. <see cref="Mention.Span"/> is the content inside the marks.</summary>
public sealed record QuotationMention : Mention
{
    /// <summary>The span including the quotation marks (equal to <see cref="Mention.Span"/> for unmarked speech).</summary>
    public required TextSpan OuterSpan { get; init; }

    /// <summary>False for direct speech without quotation marks (<c>X said: We oppose …</c>).</summary>
    public bool Marked { get; init; } = true;

    /// <summary>The speaker as the attribution names them ("Grieco", "he" resolved, "Ministry of Defense"), or null.</summary>
    public string? Speaker { get; init; }

    /// <summary>Where the attribution names the speaker.</summary>
    public TextSpan? SpeakerSpan { get; init; }

    /// <summary>The fullest name the article gives the speaker ("Kelly Grieco" for "Grieco").</summary>
    public string? SpeakerFullName { get; init; }

    /// <summary>A role description of the speaker ("an expert at the Stimson Center"), when given.</summary>
    public string? SpeakerRole { get; init; }

    /// <summary>The speech verb ("said", "told", "added"), when there is one.</summary>
    public string? Cue { get; init; }

    /// <summary>Where the speech verb stands.</summary>
    public TextSpan? CueSpan { get; init; }

    /// <summary>The organisation the speaker is affiliated with, when the article links one.</summary>
    public string? Affiliation { get; init; }

    /// <summary>Where the affiliation stands.</summary>
    public TextSpan? AffiliationSpan { get; init; }
}
