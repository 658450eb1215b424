using NewsExtraction.Organisations;

namespace NewsExtraction.Quotations;

/// <summary>What kind of speaker an attribution names.</summary>
internal enum SpeakerKind : byte
{
    /// <summary>A named person ("Kelly Grieco", "Lukashenko" known as a person).</summary>
    Person,

    /// <summary>An organisation ("Ministry of Defense", "NATO").</summary>
    Organisation,

    /// <summary>A person known only by a description ("an expert at the Stimson Center").</summary>
    Role,

    /// <summary>A single capitalised name of unknown kind ("Beijing", "Trump" with no full name).</summary>
    Unknown,
}

/// <summary>A resolved speaker.</summary>
internal sealed record SpeakerInfo
{
    public required string Text { get; init; }

    public required TextSpan Span { get; init; }

    public required SpeakerKind Kind { get; init; }

    public string? FullName { get; init; }

    public string? Role { get; init; }

    public string? Affiliation { get; init; }

    public TextSpan? AffiliationSpan { get; init; }
}

/// <summary>An organisation name in the article: from the organisations extractor, or a capitalised run with an organisation word.</summary>
internal readonly record struct OrgName(TextSpan Span, string Text, string Canonical, OrganisationType Type);

/// <summary>A speech verb and the speaker found for it.</summary>
/// <param name="Cue">The first token of the verb.</param>
/// <param name="CueEnd">The token after the verb ("according to" spans two).</param>
/// <param name="NpStart">The first token of the phrase that names the speaker.</param>
/// <param name="Speaker">The resolved speaker.</param>
/// <param name="Paragraph">The paragraph of the verb.</param>
/// <param name="Sentence">The sentence of the verb.</param>
internal readonly record struct SpeechEvent(int Cue, int CueEnd, int NpStart, SpeakerInfo Speaker, int Paragraph, int Sentence);
