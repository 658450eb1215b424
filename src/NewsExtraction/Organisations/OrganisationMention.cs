namespace NewsExtraction.Organisations;

/// <summary>What kind of organisation a mention names, when known.</summary>
public enum OrganisationType
{
    /// <summary>Not known.</summary>
    Unknown,

    /// <summary>An intergovernmental body (NATO, EU, UN).</summary>
    Intergovernmental,

    /// <summary>A government body (ministry, agency, committee, court).</summary>
    Government,

    /// <summary>Armed forces.</summary>
    Military,

    /// <summary>A news or media outlet.</summary>
    Media,

    /// <summary>A company.</summary>
    Company,

    /// <summary>A non-governmental organisation or think tank.</summary>
    NonGovernmental,

    /// <summary>A political party.</summary>
    Party,

    /// <summary>Another kind (university, club, league…).</summary>
    Other,
}

/// <summary>An acronym and the long form it stands for in one document.</summary>
/// <param name="Acronym">The short form ("SCO").</param>
/// <param name="LongForm">The long form ("Shanghai Cooperation Organization").</param>
public sealed record OrganisationAlias(string Acronym, string LongForm);

/// <summary>A mention of a named organisation.</summary>
public sealed record OrganisationMention : Mention
{
    /// <summary>
    /// The canonical name: the long form when the article defines the acronym ("SCO" → "Shanghai
    /// Cooperation Organization"), else the name as written (a well-known but undefined acronym keeps
    /// its text; its long form is in <see cref="KnownLongForm"/>).
    /// </summary>
    public required string Canonical { get; init; }

    /// <summary>The acronym of the organisation, when one is known.</summary>
    public string? Acronym { get; init; }

    /// <summary>
    /// The long form of a well-known acronym the article uses without defining it ("North Atlantic
    /// Treaty Organization" for an undefined "NATO"), from the built-in gazetteer; null otherwise.
    /// <see cref="Canonical"/> stays the text as written in that case.
    /// </summary>
    public string? KnownLongForm { get; init; }

    /// <summary>The possessive owner outside the span ("China" in "China's Ministry of Defense").</summary>
    public string? Owner { get; init; }

    /// <summary>Where <see cref="Owner"/> stands in the text.</summary>
    public TextSpan? OwnerSpan { get; init; }

    /// <summary>The kind of organisation, when known.</summary>
    public OrganisationType Type { get; init; }
}
