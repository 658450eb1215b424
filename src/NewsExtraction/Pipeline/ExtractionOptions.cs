namespace NewsExtraction;

/// <summary>Which part of a page the pipeline reports mentions from.</summary>
public enum ExtractionScope
{
    /// <summary>Only the article itself (headline, byline, dateline, body); mentions in menus, teasers and footers are dropped. The default.</summary>
    BodyOnly,

    /// <summary>The whole page; mentions outside the article are kept and flagged with <see cref="Mention.InBoilerplate"/>.</summary>
    WholePage,
}

/// <summary>Options that apply to a whole pipeline.</summary>
public sealed record ExtractionOptions
{
    /// <summary>The options a pipeline gets when none are given.</summary>
    public static ExtractionOptions Default { get; } = new();

    /// <summary>Which part of the page to report mentions from. Default: <see cref="ExtractionScope.BodyOnly"/>.</summary>
    public ExtractionScope Scope { get; init; } = ExtractionScope.BodyOnly;

    /// <summary>
    /// The clock that gives "today" when an article has no publication date, given or detected.
    /// Extractors never read the machine clock themselves. Default: <see cref="TimeProvider.System"/>.
    /// </summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>Whether to look for a publication date in the article's header or dateline when the caller gives none. Default: true.</summary>
    public bool DetectPublicationDate { get; init; } = true;
}
