using NewsExtraction.Text;

namespace NewsExtraction.Dates;

/// <summary>
/// Finds date and time expressions (absolute and relative dates, ranges, times, durations, sets and vague
/// references) and resolves each against the article's reference date into a TIMEX3-style value.
/// Stateless and thread-safe: one instance serves any number of concurrent articles.
/// </summary>
public sealed class DateExtractor : IExtractor
{
    /// <summary>The name of the extractor, written on every mention it produces.</summary>
    public const string ExtractorName = "dates";

    private readonly DateExtractorOptions _options;

    /// <summary>Creates the extractor.</summary>
    /// <param name="options">The options; null for <see cref="DateExtractorOptions.Default"/>.</param>
    public DateExtractor(DateExtractorOptions? options = null)
    {
        _options = options ?? DateExtractorOptions.Default;
    }

    /// <inheritdoc/>
    public string Name => ExtractorName;

    /// <inheritdoc/>
    public IReadOnlyList<string> DependsOn => Array.Empty<string>();

    /// <summary>The options this extractor was created with.</summary>
    public DateExtractorOptions Options => _options;

    /// <inheritdoc/>
    public void Extract(ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (DateMention m in Find(context.Document, context.ReferenceDate, _options, context.CancellationToken))
        {
            context.Add(m);
        }
    }

    /// <summary>Finds and resolves the temporal expressions of a whole document.</summary>
    internal static List<DateMention> Find(AnalyzedDocument document, DateOnly reference, DateExtractorOptions options, CancellationToken cancellationToken = default)
    {
        var found = new List<DateMention>();
        List<int>? weekdays = null; // indexes in found of bare weekdays ("Monday", "Monday night")
        List<DateOnly>? writtenDays = null; // days the text wrote out with month and day
        var matches = new List<DateMatch>();
        string text = document.Text;
        List<Token> shared = document.TokenList;
        IReadOnlyList<TextSpan> paragraphs = document.Paragraphs;

        // Size the reused date-token buffer once, for the largest paragraph (a few tokens split further:
        // "F-16", "5km"), instead of letting it grow by doubling.
        int largest = 0;
        for (int p = 0, k = 0; p < paragraphs.Count; p++)
        {
            TextSpan para = paragraphs[p];
            while (k < shared.Count && shared[k].Span.Start < para.Start)
            {
                k++;
            }

            int e = k;
            while (e < shared.Count && shared[e].Span.Start < para.End)
            {
                e++;
            }

            largest = Math.Max(largest, e - k);
            k = e;
        }

        var tokens = new DTokList(largest + (largest / 4) + 8);

        // One grammar over the reused token list: Scan reads the list afresh and resets its per-match state.
        var grammar = new DateGrammar(text, tokens, options);
        int next = 0;
        int sportsPage = 0; // 0 not yet read, 1 a match report (game words), -1 not
        DateOnly? storyDate = null; // the latest day, month or year the text placed on the calendar
        DateMention? storyMention = null; // the mention that set it (its grain bounds what an anaphor can resolve)
        int storySentence = -1; // the sentence of storyMention
        bool storySince = false; // storyMention followed "since": a bound, not a day clock times fall on
        TExpr? focus = null; // the latest quarter or half the text spoke of (financial results), as year + quarter/half
        int focusParagraph = 0; // where the focus quarter was last written out (a different quarter replaces it after ReplaceParagraphs)
        int focusSeen = 0;
        int yearsAfterSentence = -1; // the sentence of the latest "N years after/since" (it dates a holiday later in that sentence)
        int yearsAfter = 0; // its N
        Direction neighbourDirection = Direction.Unknown; // the tense a date of neighbourSentence was read with
        int neighbourSentence = -1; // where the text last spoke of it, also as "the quarter" (it anchors "a year earlier" for FocusParagraphs)
        int leadClocks = 0; // past clock times before the text named any date, at the end of found (they wait for the story day)
        int leadClockSentence = -1; // the sentence of the last of them
        int pmClock = -1; // the latest clock time written with "pm", in minutes of its day
        DateOnly pmClockDay = default; // the day it fell on
        int pmClockSentence = -1; // its sentence
        int settingYear = 0; // the past year of a date that opened the latest sentence ("In 2005, the bridge closed.")
        int settingMonth = -1; // its month, when it named one
        int settingSentence = -2; // that sentence
        DateOnly monthOfSentence = default; // a month the current sentence named ("home prices rose in January …")
        int monthSentence = -2; // that sentence
        int yearOfSentence = 0; // a year the current sentence wrote out ("the carmaker lost money in 2012 …")
        int yearSentence = -2; // that sentence
        for (int p = 0; p < paragraphs.Count; p++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            TextSpan para = paragraphs[p];
            int first = next;
            while (first < shared.Count && shared[first].Span.Start < para.Start)
            {
                first++;
            }

            int end = first;
            while (end < shared.Count && shared[end].Span.Start < para.End)
            {
                end++;
            }

            next = end;
            if (end == first)
            {
                continue;
            }

            tokens.Clear();
            matches.Clear();
            DateTokenizer.Build(text, shared, first, end, tokens);
            grammar.Scan(matches);
            for (int k = 0; k < matches.Count; k++)
            {
                DateMatch m = matches[k];
                if (k + 1 < matches.Count && IsBareYear(m.Expr) && matches[k + 1].Start == m.End + 1 && text[m.End] == ' ' && DeterminerBefore(text, m.Start)
                    && matches[k + 1].Expr is { Type: ExprType.Point, Holiday: >= 0, Year: <= 0, HasRel: false } holiday)
                {
                    // "the 2019 Christmas floods", "after the 2013 New Year's Eve riots": the year written before the holiday is its year.
                    TExpr dated = holiday.Clone();
                    dated.Year = m.Expr.Year;
                    m = new DateMatch(m.Start, matches[k + 1].End, dated);
                    k++;
                }

                bool backward = m.Expr.HasRel && m.Expr.RelOffset != 0 && !IsLatestQuarter(m.Expr); // "the year-earlier quarter" is no new focus
                int sentence = document.SentenceIndexAt(m.Start);
                if (sentence >= 0 && sentence == monthSentence && m.Expr is { Type: ExprType.Point, RelUnit: TimeUnit.Year, RelOffset: < 0, Literal: "ago" or "story", Quarter: <= 0, Half: <= 0, Month: <= 0, Mod: DateMod.None })
                {
                    // "Home prices rose 8 percent in January from a year earlier": the month the sentence named, a year back
                    // (a month's figure is compared with the same month, not with a quarter in focus or the whole year).
                    m = m with { Expr = new TExpr { Year = monthOfSentence.Year + m.Expr.RelOffset, Month = monthOfSentence.Month } };
                }
                else if (sentence >= 0 && sentence == yearSentence && (focus is null || p - focusSeen > FocusParagraphs)
                    && m.Expr is { Type: ExprType.Point, RelUnit: TimeUnit.Year, RelOffset: < 0, Literal: "story", Quarter: <= 0, Half: <= 0, Month: <= 0, Mod: DateMod.None })
                {
                    // "posted a loss for 2012, against a profit a year earlier": "earlier" counts back from the year the
                    // sentence wrote out, not from the publication date ("a year ago" stays deictic).
                    m = m with { Expr = new TExpr { Year = yearOfSentence + m.Expr.RelOffset } };
                }

                if (focus is not null && p - focusSeen <= FocusParagraphs && m.Expr.Literal is null && IsComparedLastYear(document, m.Start, m.End))
                {
                    // "compared with a profit of $25 million last year", "up from last year's $1.7 billion".
                    TExpr story = m.Expr.Clone();
                    story.Literal = "story";
                    m = m with { Expr = story };
                }

                if (focus is not null && p - focusSeen <= FocusParagraphs && AnchorToFocus(m.Expr, focus) is TExpr anchored)
                {
                    m = m with { Expr = anchored };
                    backward = true;
                    if (SamePeriod(anchored, focus))
                    {
                        // "the latest quarter", "the quarter": the text still speaks of the reporting quarter.
                        focusSeen = p;
                    }
                }

                if (SharedYear(text, matches, k) is TExpr withYear)
                {
                    m = m with { Expr = withYear }; // "in May and July of 2016": the year written once serves both months
                }

                if (m.Expr.Literal == "newyear")
                {
                    // "the New Year": read only near the turn of the year (November to February), as the year begun or beginning.
                    if (reference.Month is > 2 and < 11)
                    {
                        continue;
                    }

                    TExpr newYear = m.Expr.Clone();
                    newYear.Literal = null;
                    newYear.RelOffset = reference.Month >= 11 ? 1 : 0;
                    m = m with { Expr = newYear };
                }

                if (m.Expr.Literal is "season" or "pastseason")
                {
                    // "this season", "last season", "this past season": a league's season, read on a match report only
                    // (elsewhere "this season" is as often spring or the holidays), as the year it began: a season still
                    // running in January or February began the year before; "this past season" is the one last
                    // finished, begun the year before until the autumn.
                    if (!IsSportsPage(text, ref sportsPage) || (m.End < text.Length && text[m.End] is '\'' or '\u2019'))
                    {
                        continue; // (and not "this season's opener")
                    }

                    TExpr league = m.Expr.Clone();
                    league.Literal = null;
                    league.RelOffset += m.Expr.Literal == "pastseason" ? (reference.Month <= 8 ? -1 : 0) : (reference.Month <= 2 ? -1 : 0);
                    m = m with { Expr = league };
                }

                bool anaphor = m.Expr.Literal is "anaphor" or "that" or "later" or "before";
                if (m.Expr.Literal == "that" && storyDate is null)
                {
                    continue; // "that year" with no date before it to point back to
                }

                if (m.Expr.Literal == "later" && (storyDate is not DateOnly later || storyMention is null || storyMention.Grain is TemporalGrain.Decade or TemporalGrain.Century
                    || later.Year + m.Expr.RelOffset > reference.Year))
                {
                    // "Two years later, …" with no date named before it (or counted from a date that would put it
                    // after the publication year): only the length of time is known.
                    int cut = m.End;
                    while (cut > m.Start && char.IsLetter(text[cut - 1]))
                    {
                        cut--; // "later" stays out of the span, as after days, weeks and months
                    }

                    while (cut > m.Start && char.IsWhiteSpace(text[cut - 1]))
                    {
                        cut--;
                    }

                    m = new DateMatch(m.Start, cut, new TExpr { Type = ExprType.Duration, Unit = m.Expr.Unit, Amount = m.Expr.Amount });
                    anaphor = false;
                }

                if (IsQuotedTitle(text, m.Start, m.End) || IsNamedToday(text, m.Start, m.End) || IsGenericToday(text, m.Start, m.End) || IsNameOrIdiom(text, m.Start, m.End))
                {
                    continue; // ABC's "This Week With David Brinkley", CBS's ''60 Minutes''
                }

                if (m.Expr is { Literal: "anaphor", RelUnit: TimeUnit.Day, RelOffset: 0, Part: > 0, Weekday: <= 0 } && text.AsSpan(m.Start).StartsWith("the ", StringComparison.OrdinalIgnoreCase)
                    && TenseDetector.Detect(document, m.Start, m.End) == Direction.Unknown)
                {
                    continue; // "He works in the afternoon": a habit, not the afternoon of a day the text is on
                }

                if (HolidayNearStatedDay(m.Expr, storyDate, storyMention, sentence, storySentence) is TExpr holidayOfThatYear)
                {
                    // "In this Dec. 24, 2015 photo, shoppers crowd a market on Christmas Eve": a holiday
                    // without a year beside a full date of the same sentence that it falls on (or within a week of)
                    // is that year's holiday, not the one nearest the publication date.
                    m = m with { Expr = holidayOfThatYear };
                }
                else if (HolidayBeforeStatedMonth(document, matches, k, sentence) is TExpr holidayOfLaterYear)
                {
                    // "a fire broke out during a Christmas concert at the depot in December 2009": a holiday without a year
                    // before a month and year of the same sentence that it falls in is that year's holiday.
                    m = m with { Expr = holidayOfLaterYear };
                }

                bool opens = sentence >= 0 && OpensSentence(document, sentence, m.Start);
                bool narrated = false;
                if (!anaphor && opens && settingYear > 0 && sentence - settingSentence == 1 && IsYearlessPeriod(m.Expr)
                    && TenseDetector.Detect(document, m.Start, m.End) != Direction.Future)
                {
                    // "In 2005, the old bridge was closed. In May, it reopened.", "In January 2011, protests began. On
                    // Feb. 11, …": a month or season without a year opening a sentence right after one that a past year
                    // opened carries the narrative on in that year (the next year for an earlier month), not in the
                    // publication year.
                    int year = settingMonth > 0 && m.Expr.Month > 0 && m.Expr.Month < settingMonth ? settingYear + 1 : settingYear;
                    if (new DateOnly(year, Math.Max(1, m.Expr.Month), 1) <= reference)
                    {
                        TExpr narrative = m.Expr.Clone();
                        narrative.Year = year;
                        m = m with { Expr = narrative };
                        narrated = true;
                    }
                }

                if (!anaphor && m.Expr is { Type: ExprType.Point, RelUnit: TimeUnit.Year, RelOffset: 0 } && storyDate is { } focusYear
                    && storyMention is not null && storyMention.Grain is TemporalGrain.Year or TemporalGrain.Month or TemporalGrain.Day && focusYear.Year != reference.Year
                    && sentence >= 0 && storySentence >= 0 && sentence - storySentence <= YearFocusSentences && LaterInTheYear(text, m.Start, m.End))
                {
                    // "The probe will fly in June [of next year]. Another probe later in the year ...": "the year" is the
                    // year the text has just named, not the publication year.
                    TExpr focused = m.Expr.Clone();
                    focused.Literal = null;
                    focused.RelUnit = TimeUnit.None;
                    focused.Year = focusYear.Year;
                    m = m with { Expr = focused };
                }

                if (!anaphor && reference.DayOfWeek == DayOfWeek.Sunday && m.Expr is { Type: ExprType.Point, RelUnit: TimeUnit.Week, RelOffset: 0, Weekday: <= 0 }
                    && m.Expr.Mod != DateMod.Start && ThisWeekWritten(text, m.Start, m.End) && IsComingThisWeek(document, m.Start, m.End))
                {
                    // "The new bridge opens to traffic this week", written on a Sunday: the last day of the ISO week,
                    // and the day a weekly preview is written; "this week" of what is still to come (a future
                    // sentence, or a scheduling verb just before it) is the week that begins tomorrow ("earlier this
                    // week", a past sentence and a sentence with no tense keep the week ending today).
                    TExpr coming = m.Expr.Clone();
                    coming.RelOffset = 1;
                    m = m with { Expr = coming };
                }

                DateOnly anchor = anaphor && storyDate is { } sd ? sd : reference;
                if (anaphor && storyMention is { Grain: TemporalGrain.Year } && m.Expr is { Deixis: Deixis.Next } && (m.Expr.Season > 0 || m.Expr.Month > 0))
                {
                    // "The plant closed in 2004. The following spring, …": the spring after that year, not the one after its first day.
                    anchor = new DateOnly(anchor.Year, 12, 31);
                }
                if (!anaphor && storyDate is { } dayInFocus && storyMention is not null && !storySince && IsBareClock(m.Expr) && sentence >= 0 && storySentence >= 0
                    && (sentence - storySentence <= ClockFocusSentences
                        || (sentence - storySentence <= ClockFocusPastSentences && dayInFocus < reference && TenseDetector.Detect(document, m.Start, m.End) == Direction.Past))
                    && storyMention.Grain is TemporalGrain.Day or TemporalGrain.PartOfDay or TemporalGrain.Minute
                    && (dayInFocus == reference || TenseDetector.Detect(document, m.Start, m.End) != (dayInFocus > reference ? Direction.Past : Direction.Future)))
                {
                    // "The glider left at 1:40 p.m. Sunday. Walkers saw it come down around 1:55 p.m.", "On July 3, a barge
                    // caught fire. The blaze started at about 9 p.m.": a clock time with no day of its own falls on the day
                    // the text has just named, not on the publication day (unless its verbs point the other way: "the
                    // inquiry will begin on Friday. The first alarm was raised at 11:47 am" is not Friday).
                    anchor = dayInFocus;
                }

                if (!anaphor && m.Expr.Type == ExprType.Point && m.Expr.RelUnit == TimeUnit.Day && m.Expr.Hour < 0 && DeicticDayWord(text, m.Start)
                    && EmbeddedPost.DateAfter(text, m.End) is DateOnly posted)
                {
                    // "Details on the closure today: https://… — Marrow Zoo (@MarrowZoo) May 28, 2016": an embedded
                    // post's "today" is the day it was posted, written at the end of its line.
                    anchor = posted;
                }

                if (!anaphor && pmClock >= 0 && sentence >= 0 && sentence - pmClockSentence <= PmClockSentences
                    && m.Expr is { Type: ExprType.Point, Hour: >= 1 and <= 11, Minute: >= 0 } && IsBareClock(m.Expr) && DigitClockWithoutMeridiem(text, m.Start, m.End)
                    && Math.Abs(((m.Expr.Hour + 12) * 60) + m.Expr.Minute - pmClock) <= 60)
                {
                    // "The ferry docked at 7:30 p.m. on Friday. … Passengers had boarded at 6:55, the operator said": a
                    // clock time without am or pm within the hour of a pm time the text has just given is the same
                    // afternoon or evening, on that time's day.
                    TExpr evening = m.Expr.Clone();
                    evening.Hour += 12;
                    m = m with { Expr = evening };
                    anchor = pmClockDay;
                }

                DateMention? mention = ToMention(document, m, anchor, options,
                    sentence >= 0 && sentence == neighbourSentence ? neighbourDirection : Direction.Unknown, out Direction used);
                if (mention is not null && sentence >= 0 && sentence == yearsAfterSentence && m.Expr is { Type: ExprType.Point, Holiday: >= 0, Year: <= 0, HasRel: false }
                    && mention.RangeStart is DateTime holidayStart)
                {
                    // "The ban comes two years after the riots at the Christmas market": the holiday is the one N years
                    // before the one the text would otherwise name.
                    TExpr earlier = m.Expr.Clone();
                    earlier.Year = holidayStart.Year - yearsAfter;
                    mention = ToMention(document, m with { Expr = earlier }, anchor, options, Direction.Unknown, out _);
                }

                if (mention is not null && m.Expr is { Type: ExprType.Duration, Unit: TimeUnit.Year, Amount: >= 1 and <= 50 } && Math.Floor(m.Expr.Amount) == m.Expr.Amount
                    && (FollowedBy(text, m.End, "after") > 0 || FollowedBy(text, m.End, "since") > 0))
                {
                    yearsAfterSentence = sentence;
                    yearsAfter = (int)m.Expr.Amount;
                }

                if (used != Direction.Unknown)
                {
                    // The direction a date of this sentence took: a later date the verbs leave open follows it.
                    neighbourDirection = used;
                    neighbourSentence = sentence;
                }

                if (mention is not null && anaphor && storyMention is not null && FinerThan(m.Expr.RelUnit, storyMention.Grain))
                {
                    // "most recently last October ... crossed out that same day", "In March ... later that week": the
                    // text never named the day, so "that day" is only known to lie in October (and "the next day" not
                    // at all); the first of the month would be made up.
                    mention = m.Expr.RelOffset == 0 && m.Expr.Literal == "that"
                        ? mention with { Value = storyMention.Value, Grain = storyMention.Grain, RangeStart = storyMention.RangeStart, RangeEnd = storyMention.RangeEnd }
                        : mention with { Value = null, Grain = TemporalGrain.None, RangeStart = null, RangeEnd = null };
                }

                if (mention is not null && m.Expr.Literal == "before" && storyDate is null)
                {
                    // "the night before" with no day named before it: the day is not known.
                    mention = mention with { Value = null, Grain = TemporalGrain.None, RangeStart = null, RangeEnd = null };
                }

                if (mention is not null && mention.Kind == TemporalKind.Date && AdjectivalPeriodAfterThe(text, m.Start, m.End))
                {
                    // "the third-quarter loss", "the fiscal first-half results": "the" determines the noun, not the period
                    // (as "1987" in "the 1987 crash").
                    mention = mention with { Span = TextSpan.FromBounds(m.Start + 4, m.End), Text = text.Substring(m.Start + 4, m.End - m.Start - 4) };
                }

                if (mention is not null && mention.Kind is TemporalKind.Duration or TemporalKind.Date && mention.Modifier is null
                    && QuantifierBefore(text, m.Start, mention.Kind == TemporalKind.Duration, EndsWithAgo(text, m.End), out int qStart, out string? qMod))
                {
                    // "nearly two years", "more than four decades ago", "at least 30 days": the quantifier is part of
                    // the expression (TIMEX3 keeps it, with its mod).
                    mention = mention with { Span = TextSpan.FromBounds(qStart, m.End), Text = text.Substring(qStart, m.End - qStart), Modifier = qMod };
                }

                if (mention is not null && mention.Kind is TemporalKind.Duration or TemporalKind.Date && FollowedBy(text, mention.Span.End, "or so") is int orSo and > 0)
                {
                    // "the next year or so", "two weeks or so": an approximation of the same expression.
                    mention = mention with { Span = TextSpan.FromBounds(mention.Span.Start, orSo), Text = text.Substring(mention.Span.Start, orSo - mention.Span.Start), Modifier = mention.Modifier ?? "APPROX" };
                }
                else if (mention is not null && mention.Kind == TemporalKind.Duration && mention.Text.StartsWith("the ", StringComparison.OrdinalIgnoreCase)
                    && mention.Text.EndsWith('s') && FollowedBy(text, mention.Span.End, "ahead") is int ahead and > 0 && FollowedBy(text, ahead, "of") < 0)
                {
                    // "the weeks ahead", "the months ahead": the stretch to come.
                    mention = mention with { Span = TextSpan.FromBounds(mention.Span.Start, ahead), Text = text.Substring(mention.Span.Start, ahead - mention.Span.Start) };
                }

                if (mention is not null && mention.Value is string qv
                    && ((mention.Kind == TemporalKind.Date && mention.Grain == TemporalGrain.Quarter && (mention.Stated & DateComponents.Year) == 0
                            && (qv.Contains("-Q", StringComparison.Ordinal) || qv.Contains("-H", StringComparison.Ordinal)))
                        || (mention.Kind == TemporalKind.Duration && qv is "P1Q" or "P1H" && mention.Text.StartsWith("the ", StringComparison.OrdinalIgnoreCase)))
                    && IsGamePeriod(document, m.Start, ref sportsPage))
                {
                    continue; // "a 10-yard run late in the third quarter": a period of the game, not of the year
                }

                bool leadClock = mention is not null && (storyDate is null || leadClocks > 0) && IsBareClock(m.Expr) && m.Expr.Type == ExprType.Point
                    && anchor == reference && mention.Kind == TemporalKind.Time && sentence >= 0 && (leadClocks == 0 || sentence - leadClockSentence <= 1)
                    && TenseDetector.Detect(document, m.Start, m.End) == Direction.Past;
                if (mention is not null && leadClocks > 0 && !leadClock)
                {
                    if (sentence >= 0 && sentence - leadClockSentence <= ClockFocusSentences && mention.Kind == TemporalKind.Date
                        && mention.Grain == TemporalGrain.Day && mention.RangeStart is DateTime namedDay && DateOnly.FromDateTime(namedDay) < reference
                        && m.Expr is { Type: ExprType.Point, HasRel: false } && (m.Expr.Weekday > 0 || m.Expr.Day > 0))
                    {
                        MoveLeadClocks(found, leadClocks, reference, DateOnly.FromDateTime(namedDay));
                    }

                    leadClocks = 0; // any other date ends the wait
                }

                if (leadClock)
                {
                    leadClocks++;
                    leadClockSentence = sentence;
                }

                if (mention is not null && mention.Kind == TemporalKind.Time && m.Expr is { Type: ExprType.Point, Hour: >= 13 and <= 23 }
                    && mention.RangeStart is DateTime pmStart && WrittenPm(text, m.Start, m.End))
                {
                    pmClock = (m.Expr.Hour * 60) + Math.Max(0, m.Expr.Minute);
                    pmClockDay = DateOnly.FromDateTime(pmStart);
                    pmClockSentence = sentence;
                }

                if (mention is not null && opens && mention.Kind == TemporalKind.Date && m.Expr.Type == ExprType.Point && !m.Expr.HasRel && m.Expr.Year > 0
                    && m.Expr.Year < reference.Year && ((mention.Stated & DateComponents.Year) != 0 || narrated)
                    && mention.Grain is TemporalGrain.Year or TemporalGrain.Season or TemporalGrain.Month or TemporalGrain.Day)
                {
                    settingYear = m.Expr.Year;
                    settingMonth = m.Expr.Month;
                    settingSentence = sentence;
                }
                else if (mention is not null && opens && sentence != settingSentence)
                {
                    settingYear = 0; // another date opens the sentence: the narrative has moved
                }

                if (mention is not null && mention.Kind == TemporalKind.Date && mention.Grain == TemporalGrain.Year && IsBareYear(m.Expr))
                {
                    yearOfSentence = m.Expr.Year;
                    yearSentence = sentence;
                }

                if (mention is not null && mention.Kind == TemporalKind.Date && mention.Grain == TemporalGrain.Month && mention.Modifier is null
                    && m.Expr is { Type: ExprType.Point, Month: > 0, Day: <= 0 } && mention.RangeStart is DateTime monthStart)
                {
                    monthOfSentence = DateOnly.FromDateTime(monthStart);
                    monthSentence = sentence;
                }

                if (mention is not null)
                {
                    found.Add(mention);
                    if (mention.RangeStart is DateTime onDay && mention.Kind is TemporalKind.Date or TemporalKind.Time && m.Expr.Type == ExprType.Point)
                    {
                        if (m.Expr is { Weekday: > 0, Day: <= 0, Month: <= 0, Year: <= 0, Deixis: Deixis.None, Literal: null, Holiday: < 0, HasRel: false }
                            && mention.Grain is TemporalGrain.Day or TemporalGrain.PartOfDay or TemporalGrain.Minute)
                        {
                            (weekdays ??= new List<int>()).Add(found.Count - 1);
                        }
                        else if (m.Expr is { Day: > 0, Month: > 0 } && mention.Grain is TemporalGrain.Day or TemporalGrain.PartOfDay or TemporalGrain.Minute)
                        {
                            (writtenDays ??= new List<DateOnly>()).Add(DateOnly.FromDateTime(onDay));
                        }
                    }

                    // "early 2014", "late March" name their year and month as well ("Together since early 2014, … A year
                    // later" is 2015); their narrowed start lies in that year and month.
                    if (mention.Kind is TemporalKind.Date or TemporalKind.Time && m.Expr.Type == ExprType.Point && mention.RangeStart is DateTime rs
                        && m.Expr.Literal is not ("that" or "before")
                        && (m.Expr.Mod == DateMod.None || (m.Expr.Mod is DateMod.Start or DateMod.Mid or DateMod.End
                            && mention.Grain is TemporalGrain.Year or TemporalGrain.Month or TemporalGrain.Day or TemporalGrain.PartOfDay))
                        && mention.Grain is not (TemporalGrain.Decade or TemporalGrain.Century))
                    {
                        storyDate = DateOnly.FromDateTime(rs);
                        storyMention = mention;
                        storySentence = sentence;
                        storySince = PrecededBySince(text, m.Start); // "the lowest level since Nov. 13": no day of the events
                    }

                    if (!backward && FocusOf(m.Expr, mention, reference) is TExpr period)
                    {
                        // The reporting quarter stays the focus while the text keeps to it: a quarter named in
                        // passing within the next paragraphs ("after a flat second quarter") does not replace it.
                        if (focus is null || p - focusParagraph > ReplaceParagraphs || SamePeriod(focus, period))
                        {
                            focus = period;
                            focusParagraph = p;
                            focusSeen = p;
                        }
                    }
                    else if (focus is not null && IsMultiMonthPeriod(m.Expr, mention))
                    {
                        // "In the first nine months, ... the 1988 period": the text moved on to a longer period.
                        focus = null;
                    }
                }
            }
        }

        tokens.Return();
        if (weekdays is not null && writtenDays is not null)
        {
            MatchWeekdaysToWrittenDays(found, weekdays, writtenDays, reference);
        }

        return found;
    }

    /// <summary>
    /// "Shortly after 6:10 a.m., the ferry ran aground. No one was hurt in the accident on Friday.": the last
    /// <paramref name="count"/> mentions of <paramref name="found"/> are past clock times the text gave before it
    /// named any date, read on the publication day; the past day named within the next sentences is their day.
    /// </summary>
    private static void MoveLeadClocks(List<DateMention> found, int count, DateOnly reference, DateOnly day)
    {
        string from = IsoDay(reference);
        int shift = day.DayNumber - reference.DayNumber;
        for (int i = found.Count - count; i < found.Count; i++)
        {
            DateMention c = found[i];
            if (c.Value is string v && v.StartsWith(from, StringComparison.Ordinal) && v.Length > from.Length && v[from.Length] == 'T')
            {
                found[i] = MoveDays(c, reference, shift);
            }
        }
    }

    /// <summary>
    /// <paramref name="m"/> moved from <paramref name="day"/> by <paramref name="days"/> days: its range, and its value's
    /// leading date when the value starts with that day ("2024-03-11T19:00" moved by -7 is "2024-03-04T19:00").
    /// </summary>
    private static DateMention MoveDays(DateMention m, DateOnly day, int days)
    {
        string? value = m.Value;
        string old = IsoDay(day);
        if (value is not null && value.StartsWith(old, StringComparison.Ordinal))
        {
            value = string.Concat(IsoDay(day.AddDays(days)), value.AsSpan(old.Length));
        }

        return m with { Value = value, RangeStart = m.RangeStart?.AddDays(days), RangeEnd = m.RangeEnd?.AddDays(days) };
    }

    private static string IsoDay(DateOnly day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// "Stargazers saw a comet on March 11 … it will be brightest on Monday night", published on Tuesday March 12:
    /// a bare weekday whose verbs sent it a week away from a day the text writes out (month and day) that falls on the
    /// same weekday a week the other way, nearer the publication date, is that day (the article was written before the
    /// date it carries). A weekday one week from a written day that is farther from the publication date keeps its
    /// reading ("the vote was on Oct. 13; results come on Friday").
    /// </summary>
    private static void MatchWeekdaysToWrittenDays(List<DateMention> found, List<int> weekdays, List<DateOnly> writtenDays, DateOnly reference)
    {
        foreach (int i in weekdays)
        {
            DateMention w = found[i];
            if (w.RangeStart is not DateTime start)
            {
                continue;
            }

            DateOnly day = DateOnly.FromDateTime(start);
            if (writtenDays.Contains(day))
            {
                continue;
            }

            int distance = Math.Abs(day.DayNumber - reference.DayNumber);
            foreach (int shift in WeekShifts)
            {
                DateOnly other = day.AddDays(shift);
                if (!writtenDays.Contains(other) || Math.Abs(other.DayNumber - reference.DayNumber) >= distance)
                {
                    continue;
                }

                found[i] = MoveDays(w, day, shift);
                break;
            }
        }
    }

    /// <summary>A week back and a week on: the other readings of a bare weekday.</summary>
    private static readonly int[] WeekShifts = { -7, 7 };

    /// <summary>The holiday <paramref name="e"/> dated <paramref name="year"/> when it falls in that year's <paramref name="month"/>, else null.</summary>
    private static TExpr? HolidayInMonth(TExpr e, int year, int month)
    {
        if (year < 1 || year > 9998 || Holidays.DateIn(e.Holiday, year) is not DateTime h || h.Month != month)
        {
            return null;
        }

        TExpr dated = e.Clone();
        dated.Year = year;
        return dated;
    }

    /// <summary>
    /// A holiday without a year (match <paramref name="k"/>) followed later in its sentence by a month with its year
    /// ("a Christmas concert … in December 2009") that the holiday falls in: that year's holiday.
    /// </summary>
    private static TExpr? HolidayBeforeStatedMonth(AnalyzedDocument document, List<DateMatch> matches, int k, int sentence)
    {
        if (matches[k].Expr is not { Type: ExprType.Point, Holiday: >= 0, Year: <= 0, HasRel: false } e || sentence < 0)
        {
            return null;
        }

        for (int j = k + 1; j < matches.Count && j <= k + 3; j++)
        {
            if (document.SentenceIndexAt(matches[j].Start) != sentence)
            {
                return null;
            }

            if (matches[j].Expr is { Type: ExprType.Point, Year: > 0, Month: > 0, HasRel: false, Holiday: < 0 } later)
            {
                return HolidayInMonth(e, later.Year, later.Month);
            }
        }

        return null;
    }

    /// <summary>
    /// A year-less holiday ("New Year's Eve", "Christmas") in the sentence of the latest day written out with its
    /// year ("Dec. 31, 2016"), falling within <see cref="HolidayNearDays"/> days of that day in that year or the next
    /// or previous one: returns the holiday dated to that year, else null.
    /// </summary>
    private static TExpr? HolidayNearStatedDay(TExpr e, DateOnly? storyDate, DateMention? storyMention, int sentence, int storySentence)
    {
        if (e is not { Type: ExprType.Point, Holiday: >= 0, Year: <= 0, HasRel: false } || storyDate is not DateOnly day || storyMention is null
            || sentence < 0 || sentence != storySentence || (storyMention.Stated & DateComponents.Year) == 0)
        {
            return null;
        }

        if (storyMention.Grain == TemporalGrain.Month)
        {
            // "In December 2009, a fire broke out during a Christmas concert": the holiday falls in the month named.
            return HolidayInMonth(e, day.Year, day.Month);
        }

        if (storyMention.Grain != TemporalGrain.Day)
        {
            return null;
        }

        DateTime at = day.ToDateTime(TimeOnly.MinValue);
        for (int y = day.Year - 1; y <= day.Year + 1; y++)
        {
            if (Holidays.DateIn(e.Holiday, y) is DateTime h && Math.Abs((h - at).TotalDays) <= HolidayNearDays)
            {
                TExpr dated = e.Clone();
                dated.Year = y;
                return dated;
            }
        }

        return null;
    }

    /// <summary>
    /// "in May and July of 2016", "in January, February and March 2014", "in March and April of last year", "on May 3
    /// and July 8, 2016": a month (or day of a month) written without a year, followed by a list of such dates joined
    /// by commas, "and" or "or" whose last one states the year, takes that year. Returns the completed expression, or
    /// null when the match at <paramref name="k"/> is no such list member.
    /// </summary>
    private static TExpr? SharedYear(string text, List<DateMatch> matches, int k)
    {
        TExpr e = matches[k].Expr;
        if (!IsYearlessMonth(e))
        {
            return null;
        }

        for (int j = k + 1; j < matches.Count && j - k <= 6; j++)
        {
            if (!IsListSeparator(text, matches[j - 1].End, matches[j].Start))
            {
                return null;
            }

            TExpr n = matches[j].Expr;
            if (IsYearlessMonth(n))
            {
                continue;
            }

            bool sameGrain = (n.Day > 0) == (e.Day > 0);
            if (n.Type != ExprType.Point || n.Month <= 0 || n.Weekday > 0 || n.HasTime || n.Mod != DateMod.None || !sameGrain)
            {
                return null;
            }

            TExpr shared = e.Clone();
            if (n.Year > 0 && !n.HasRel)
            {
                shared.Year = n.Year;
                return shared;
            }

            if (n.HasRel && n.RelUnit == TimeUnit.Year && n.Year <= 0 && n.Day <= 0 && e.Day <= 0)
            {
                shared.RelUnit = n.RelUnit;
                shared.RelOffset = n.RelOffset;
                shared.Deixis = n.Deixis;
                return shared;
            }

            return null;
        }

        return null;
    }

    /// <summary>A month, day of a month or season with no year and nothing relative ("May", "Feb. 11", "early March", "the fall").</summary>
    private static bool IsYearlessPeriod(TExpr e) =>
        e.Type == ExprType.Point && (e.Month > 0 || e.Season > 0) && e.Year <= 0 && !e.HasRel && e.Weekday <= 0 && !e.HasTime && e.Deixis == Deixis.None
        && e.Literal is null && e.Holiday < 0 && e.WeekOfMonth == 0 && e.DayOfPeriod == 0 && e.DayShift == 0;

    /// <summary>
    /// The expression at <paramref name="start"/> opens its sentence, alone or after one preposition ("In 2005, …",
    /// "On Feb. 11, …", "During the summer of 2008 …").
    /// </summary>
    private static bool OpensSentence(AnalyzedDocument document, int sentence, int start)
    {
        Sentence s = document.Sentences[sentence];
        IReadOnlyList<Token> tokens = document.Tokens;
        int words = 0;
        for (int k = s.FirstToken; k < s.FirstToken + s.TokenCount && k < tokens.Count && tokens[k].Span.Start < start; k++)
        {
            Token t = tokens[k];
            if (t.Kind != TokenKind.Word)
            {
                continue;
            }

            ReadOnlySpan<char> w = document.Text.AsSpan(t.Span.Start, t.Span.Length);
            if (++words > 1 || !(w.Equals("in", StringComparison.OrdinalIgnoreCase) || w.Equals("on", StringComparison.OrdinalIgnoreCase)
                || w.Equals("during", StringComparison.OrdinalIgnoreCase) || w.Equals("by", StringComparison.OrdinalIgnoreCase)))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsYearlessMonth(TExpr e) =>
        e.Type == ExprType.Point && e.Month > 0 && e.Year <= 0 && !e.HasRel && e.Weekday <= 0 && !e.HasTime && e.Mod == DateMod.None
        && e.Literal is null && e.Holiday < 0 && e.Season <= 0 && e.WeekOfMonth == 0 && e.DayOfPeriod == 0 && e.DayShift == 0;

    /// <summary>Only ",", "and", "or", ", and", ", or" (and spaces) between two matches.</summary>
    private static bool IsListSeparator(string text, int from, int to)
    {
        ReadOnlySpan<char> gap = text.AsSpan(from, Math.Max(0, to - from)).Trim();
        if (gap.Length > 0 && gap[0] == ',')
        {
            gap = gap[1..].TrimStart();
        }

        return gap.Length == 0 ? to - from > 0 && text.AsSpan(from, to - from).Contains(',') : gap is "and" or "or";
    }

    /// <summary>
    /// "the third-quarter loss", "The first-half profit": an expression that is "the", then a hyphened quarter or
    /// half used as an adjective, then a lower-case noun.
    /// </summary>
    private static bool AdjectivalPeriodAfterThe(string text, int start, int end)
    {
        if (end - start < 12 || !text.AsSpan(start, 4).Equals("the ", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        ReadOnlySpan<char> span = text.AsSpan(start, end - start);
        if (!span.EndsWith("-quarter", StringComparison.OrdinalIgnoreCase) && !span.EndsWith("-half", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        int k = end;
        while (k < text.Length && k < end + 3 && text[k] == ' ')
        {
            k++;
        }

        return k > end && k < text.Length && char.IsLower(text[k]);
    }

    /// <summary>The end of <paramref name="words"/> when it follows <paramref name="end"/> after one space and is not part of a longer word; else -1.</summary>
    private static int FollowedBy(string text, int end, string words)
    {
        int k = end + 1 + words.Length;
        if (k > text.Length || end >= text.Length || text[end] != ' ' || !text.AsSpan(end + 1, words.Length).Equals(words, StringComparison.OrdinalIgnoreCase))
        {
            return -1;
        }

        return k < text.Length && char.IsLetterOrDigit(text[k]) ? -1 : k;
    }

    /// <summary>
    /// The match is "this week" as written, with nothing but a modifier before it ("this week", "later this week"):
    /// not "earlier this week", "the week", or "this week's".
    /// </summary>
    private static bool ThisWeekWritten(string text, int start, int end)
    {
        ReadOnlySpan<char> s = text.AsSpan(start, end - start);
        if (!s.EndsWith("this week", StringComparison.OrdinalIgnoreCase) || (end < text.Length && (text[end] is '\'' or '\u2019' || char.IsLetterOrDigit(text[end]))))
        {
            return false;
        }

        return !s.StartsWith("earlier", StringComparison.OrdinalIgnoreCase) && !s.StartsWith("early", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// "this week" speaks of what is still to come: its sentence reads future, or has no tense but a scheduling word
    /// just before it ("opens to traffic this week"); a participle clause after it is not read ("the museum reopens
    /// this week, showing paintings that hung in the old hall").
    /// </summary>
    private static bool IsComingThisWeek(AnalyzedDocument document, int start, int end)
    {
        Direction dir = ParticipleClauseAfter(document.Text, end) ? TenseDetector.DetectBefore(document, start, end) : TenseDetector.Detect(document, start, end);
        return dir == Direction.Future || (dir == Direction.Unknown && TenseDetector.ScheduleWordBefore(document, start, 4));
    }

    /// <summary>A comma and a lower-case "-ing" word right after the expression: a participle clause follows (", sailing from").</summary>
    private static bool ParticipleClauseAfter(string text, int end)
    {
        if (end + 2 >= text.Length || text[end] != ',' || text[end + 1] != ' ' || !char.IsLower(text[end + 2]))
        {
            return false;
        }

        int k = end + 2;
        while (k < text.Length && char.IsLetter(text[k]))
        {
            k++;
        }

        return k - (end + 2) > 4 && text.AsSpan(k - 3, 3).SequenceEqual("ing");
    }

    /// <summary>The expression ends with "ago" ("four decades ago").</summary>
    private static bool EndsWithAgo(string text, int end) =>
        end >= 3 && text.AsSpan(end - 3, 3).Equals("ago", StringComparison.OrdinalIgnoreCase);

    /// <summary>Words after which "over" before a length of time means "more than" ("in over a century").</summary>
    private static readonly HashSet<string> OverQuantifierLeads = new(StringComparer.OrdinalIgnoreCase)
    {
        "in", "for", "after", "of", "within", "just", "last", "lasts", "lasted", "lasting", "took", "takes", "take",
    };

    /// <summary>
    /// A comparative or approximating quantifier right before a counted expression, on the same line: "nearly",
    /// "almost" (<c>APPROX</c>), "more than", "less than", "fewer than", "at least", "at most", "no more than",
    /// "no less than", "not more than", and "up to" before a <paramref name="duration"/>. Only durations and
    /// "amount ago" (<paramref name="ago"/>) take them ("nearly Monday" is left alone).
    /// </summary>
    private static bool QuantifierBefore(string text, int start, bool duration, bool ago, out int qStart, out string? mod)
    {
        qStart = start;
        mod = null;
        if (!duration && !ago)
        {
            return false;
        }

        ReadOnlySpan<char> w1 = WordBefore(text, start, out int s1);
        if (w1.IsEmpty)
        {
            return false;
        }

        if (w1.Equals("nearly", StringComparison.OrdinalIgnoreCase) || w1.Equals("almost", StringComparison.OrdinalIgnoreCase))
        {
            (qStart, mod) = (s1, "APPROX");
            return true;
        }

        ReadOnlySpan<char> w0 = WordBefore(text, s1, out int s0);
        if (w0.IsEmpty)
        {
            return false;
        }

        if (w1.Equals("than", StringComparison.OrdinalIgnoreCase))
        {
            bool more = w0.Equals("more", StringComparison.OrdinalIgnoreCase);
            if (!more && !w0.Equals("less", StringComparison.OrdinalIgnoreCase) && !w0.Equals("fewer", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            ReadOnlySpan<char> neg = WordBefore(text, s0, out int sn);
            if (neg.Equals("no", StringComparison.OrdinalIgnoreCase) || neg.Equals("not", StringComparison.OrdinalIgnoreCase))
            {
                (qStart, mod) = (sn, more ? "EQUAL_OR_LESS" : "EQUAL_OR_MORE");
                return true;
            }

            (qStart, mod) = (s0, more ? "MORE_THAN" : "LESS_THAN");
            return true;
        }

        if (w0.Equals("at", StringComparison.OrdinalIgnoreCase) && (w1.Equals("least", StringComparison.OrdinalIgnoreCase) || w1.Equals("most", StringComparison.OrdinalIgnoreCase)))
        {
            (qStart, mod) = (s0, w1.Equals("least", StringComparison.OrdinalIgnoreCase) ? "EQUAL_OR_MORE" : "EQUAL_OR_LESS");
            return true;
        }

        if (duration && w1.Equals("over", StringComparison.OrdinalIgnoreCase) && OverQuantifierLeads.Contains(w0.ToString()))
        {
            // "in over a century", "for over two hours", "lasted over a week", "just over an hour": "over" means
            // "more than" after a preposition or a verb of lasting ("evolved over three years" keeps the preposition out).
            (qStart, mod) = (w0.Equals("just", StringComparison.OrdinalIgnoreCase) ? s0 : s1, "MORE_THAN");
            return true;
        }

        if (duration && w0.Equals("up", StringComparison.OrdinalIgnoreCase) && w1.Equals("to", StringComparison.OrdinalIgnoreCase))
        {
            (qStart, mod) = (s0, "EQUAL_OR_LESS");
            return true;
        }

        return false;
    }

    /// <summary>The word (letters only) ending right before <paramref name="pos"/> after spaces on the same line; empty if none.</summary>
    private static ReadOnlySpan<char> WordBefore(string text, int pos, out int wordStart)
    {
        int e = pos;
        while (e > 0 && e > pos - 3 && text[e - 1] is ' ' or '\u00A0')
        {
            e--;
        }

        int b = e;
        while (b > 0 && e - b < 8 && char.IsLetter(text[b - 1]))
        {
            b--;
        }

        wordStart = b;
        if (b == e || e == pos || (b > 0 && char.IsLetterOrDigit(text[b - 1])))
        {
            return ReadOnlySpan<char>.Empty;
        }

        return text.AsSpan(b, e - b);
    }

    /// <summary>An anaphor of <paramref name="unit"/> ("that day", "the next week") needs a story date at least that fine.</summary>
    private static bool FinerThan(TimeUnit unit, TemporalGrain story) => unit switch
    {
        TimeUnit.Day or TimeUnit.Weekend => story < TemporalGrain.Day,
        TimeUnit.Week => story < TemporalGrain.Week,
        TimeUnit.Month => story < TemporalGrain.Month,
        TimeUnit.Quarter => story < TemporalGrain.Quarter,
        TimeUnit.Year => story < TemporalGrain.Year,
        _ => false,
    };

    /// <summary>
    /// The word before <paramref name="start"/> is "in", "during" or "since": a month so introduced names when
    /// the clause's event happened or will happen, not a deadline ("by May", "until mid-November") or an adjective
    /// ("the March accession").
    /// </summary>
    private static bool PrecededByEventPreposition(string text, int start)
    {
        int e = start;
        while (e > 0 && char.IsWhiteSpace(text[e - 1]))
        {
            e--;
        }

        int b = e;
        while (b > 0 && char.IsLetter(text[b - 1]) && e - b < 7)
        {
            b--;
        }

        if (b > 0 && char.IsLetter(text[b - 1]))
        {
            return false;
        }

        ReadOnlySpan<char> w = text.AsSpan(b, e - b);
        if (!(w.Equals("in", StringComparison.OrdinalIgnoreCase) || w.Equals("during", StringComparison.OrdinalIgnoreCase)
            || w.Equals("since", StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        // "starting in May", "beginning in March": the start of something the clause announces, not its event.
        int e2 = b;
        while (e2 > 0 && char.IsWhiteSpace(text[e2 - 1]))
        {
            e2--;
        }

        int b2 = e2;
        while (b2 > 0 && char.IsLetter(text[b2 - 1]) && e2 - b2 < 10)
        {
            b2--;
        }

        ReadOnlySpan<char> before = text.AsSpan(b2, e2 - b2);
        return !(before.Equals("starting", StringComparison.OrdinalIgnoreCase) || before.Equals("beginning", StringComparison.OrdinalIgnoreCase)
            || before.Equals("effective", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The word right before <paramref name="start"/> is "since" ("the change since year-end": a year-end gone by).</summary>
    private static bool PrecededBySince(string text, int start)
    {
        int e = start;
        while (e > 0 && char.IsWhiteSpace(text[e - 1]))
        {
            e--;
        }

        int b = e;
        while (b > 0 && char.IsLetter(text[b - 1]) && e - b < 6)
        {
            b--;
        }

        return e - b == 5 && (b == 0 || !char.IsLetter(text[b - 1])) && text.AsSpan(b, 5).Equals("since", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>True when <paramref name="day"/> lies in the last third of its year, quarter or month (the part "the end of" names).</summary>
    private static bool InLastThird(DateOnly day, TimeUnit unit) => unit switch
    {
        TimeUnit.Year => day.Month >= 9,
        TimeUnit.Quarter => (day.Month - 1) % 3 == 2,
        _ => day.Day >= 21,
    };

    /// <summary>The page is a match report: two of <see cref="GameWords"/> occur in it (read once, kept in <paramref name="sportsPage"/>).</summary>
    private static bool IsSportsPage(string text, ref int sportsPage)
    {
        if (sportsPage == 0)
        {
            int hits = 0;
            foreach (string w in GameWords)
            {
                if (WordSpans.ContainsWord(text, w) && ++hits >= 2)
                {
                    break;
                }
            }

            sportsPage = hits >= 2 ? 1 : -1;
        }

        return sportsPage > 0;
    }

    /// <summary>
    /// A quarter or half of a game: the page reports a match (at least two of <see cref="GameWords"/>, read once per
    /// document) and the sentence speaks of no money ("$", "%", profit, revenue, earnings, sales, fiscal, shares).
    /// </summary>
    private static bool IsGamePeriod(AnalyzedDocument document, int start, ref int sportsPage)
    {
        string text = document.Text;
        if (!IsSportsPage(text, ref sportsPage))
        {
            return false;
        }

        int si = document.SentenceIndexAt(start);
        ReadOnlySpan<char> sentence = si >= 0 ? text.AsSpan(document.Sentences[si].Span.Start, document.Sentences[si].Span.Length) : text.AsSpan(Math.Max(0, start - 200), Math.Min(400, text.Length - Math.Max(0, start - 200)));
        if (sentence.IndexOfAny('$', '%', '\u00A3') >= 0 || sentence.Contains('\u20AC'))
        {
            return false;
        }

        foreach (string w in MoneyWords)
        {
            if (WordSpans.ContainsWord(sentence, w))
            {
                return false;
            }
        }

        return true;
    }

    private static readonly string[] GameWords =
    [
        "touchdown", "touchdowns", "halftime", "half-time", "quarterback", "cornerback", "linebacker", "field goal", "interception",
        "NFL", "NBA", "WNBA", "NHL", "rebounds", "innings", "yard line", "three-pointer", "penalty kick", "overtime", "Super Bowl",
    ];

    private static readonly string[] MoneyWords =
    [
        "profit", "profits", "revenue", "revenues", "earnings", "sales", "fiscal", "shares", "percent", "income", "dividend", "GDP", "economy", "growth",
    ];

    /// <summary>
    /// "last year" comparing an amount ("compared with a deficit of $2 million last year", "down from 24 cents a
    /// share last year", "up 12% from last year's $1.7 billion"): in results of a quarter, the same
    /// quarter a year back. The words before must end in an amount and hold "from", "with", "versus" or "against" in the
    /// same sentence; the possessive form must be read "from last year's" and be followed by an amount.
    /// </summary>
    private static bool IsComparedLastYear(AnalyzedDocument document, int start, int end)
    {
        string text = document.Text;
        if (end - start != 9 || !text.AsSpan(start, 9).Equals("last year", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        int si = document.SentenceIndexAt(start);
        int lo = si >= 0 ? document.Tokens[document.Sentences[si].FirstToken].Span.Start : 0;
        lo = Math.Max(lo, start - 160);
        ReadOnlySpan<char> before = text.AsSpan(lo, start - lo).TrimEnd();
        if (end + 3 < text.Length && text[end] is '\'' or '\u2019' && text[end + 1] == 's' && text[end + 2] == ' ')
        {
            // "from last year's $1.55 billion"
            char next = text[end + 3];
            return (next is '$' or '#' or '\u00A3' or '\u20AC' || char.IsDigit(next)) && WordSpans.EndsWithWord(before, "from");
        }

        if (before.IsEmpty || !(char.IsDigit(before[^1]) || before[^1] == '%' || WordSpans.EndsWithWord(before, "million") || WordSpans.EndsWithWord(before, "billion")
            || WordSpans.EndsWithWord(before, "share") || WordSpans.EndsWithWord(before, "cents") || WordSpans.EndsWithWord(before, "pence") || WordSpans.EndsWithWord(before, "percent")))
        {
            return false;
        }

        return WordSpans.ContainsWord(before, "from") || WordSpans.ContainsWord(before, "with") || WordSpans.ContainsWord(before, "versus") || WordSpans.ContainsWord(before, "against");
    }

    /// <summary>
    /// A title in quotation marks ("This Week With David Brinkley", ''60 Minutes''): the expression opens a quotation
    /// and every word of it after the first is capitalised, as no sentence writes "This Week" or "60 Minutes".
    /// </summary>
    private static bool IsQuotedTitle(string text, int start, int end)
    {
        int q = start - 1;
        if (q < 0 || text[q] is not ('"' or '\u201C' or '\'' or '`'))
        {
            return false;
        }

        if (text[q] is '\'' or '`' && (q == 0 || text[q - 1] != text[q]))
        {
            return false; // a single apostrophe is no quotation mark; wire copy doubles it: ''60 Minutes''
        }

        // The last word must be a capitalised unit ("Week", "Minutes"): "Last Friday", "Next March" open quotes too.
        int w = end;
        while (w > start && text[w - 1] != ' ')
        {
            w--;
        }

        if (w == start || !char.IsUpper(text[w]))
        {
            return false;
        }

        ReadOnlySpan<char> last = text.AsSpan(w, end - w).TrimEnd('s');
        if (!(last.Equals("Week", StringComparison.Ordinal) || last.Equals("Minute", StringComparison.Ordinal) || last.Equals("Hour", StringComparison.Ordinal)
            || last.Equals("Day", StringComparison.Ordinal) || last.Equals("Month", StringComparison.Ordinal) || last.Equals("Year", StringComparison.Ordinal)
            || last.Equals("Night", StringComparison.Ordinal) || last.Equals("Morning", StringComparison.Ordinal)))
        {
            return false;
        }

        for (int k = start + 1; k < w; k++)
        {
            if (text[k - 1] == ' ' && char.IsLetter(text[k]) && !char.IsUpper(text[k]))
            {
                return false; // "This week's", "Two days later": not a title
            }
        }

        return true;
    }

    /// <summary>Colour words after "midnight": "a midnight blue coupe" is a colour, not a time.</summary>
    private static readonly SpanMap<bool> Colours = SpanMap.SetOf("blue black cherry green purple red grey gray navy violet");

    /// <summary>
    /// Names and idioms that read like dates: a capitalised "Daily"/"Weekly"/"Monthly" before another capitalised word
    /// (also glued) names a paper ("the Daily Mail", "DailyMail.com", "The Weekly Standard"); "midnight" before a
    /// colour ("midnight blue"); "this day and age"; "the Year" in an award title ("Album of the Year",
    /// "Player of the Year": a capitalised word, "of the", a capitalised "Year").
    /// </summary>
    private static readonly SpanMap<bool> WeekdayTitles = DateGrammar.LoadSet("NewsExtraction.Dates.weekday_titles.txt");

    private static bool IsNameOrIdiom(string text, int start, int end)
    {
        ReadOnlySpan<char> m = text.AsSpan(start, end - start);
        if (m is "Daily" or "Weekly" or "Monthly" or "Yearly" or "Nightly")
        {
            int k = end;
            if (k < text.Length && text[k] == ' ')
            {
                k++;
            }

            // "Daily Mail"; "the People's Daily", "China Daily": a capitalised word before it makes it a title.
            return (k < text.Length && char.IsUpper(text[k])) || CapitalisedWordBefore(text, start, out _);
        }

        // "the Winter Olympics", "the Summer Games": the event's name, not the season.
        if (m.EndsWith("Winter", StringComparison.Ordinal) || m.EndsWith("Summer", StringComparison.Ordinal))
        {
            ReadOnlySpan<char> rest = text.AsSpan(end);
            if (rest.StartsWith(" Olympic", StringComparison.Ordinal) || rest.StartsWith(" Games", StringComparison.Ordinal)
                || rest.StartsWith(" Paralympic", StringComparison.Ordinal) || rest.StartsWith(" X Games", StringComparison.Ordinal))
            {
                return true;
            }
        }

        // "won the Fall Classic", "the Winter Classic", "the Spring Statement": a capitalised season after a lower-case
        // "the" and before another capitalised word (not a month or a time word) is part of a name; so after a "The"
        // opening a sentence ("The Summer Palace drew crowds", "The Weekend Edition host asked").
        if (m.Length > 5 && (m.StartsWith("the ", StringComparison.Ordinal) || (m.StartsWith("The ", StringComparison.Ordinal) && OpensLine(text, start)))
            && char.IsUpper(m[4]) && (IsSeasonWord(m[4..]) || m[4..].Equals("Weekend", StringComparison.Ordinal))
            && end + 2 < text.Length && text[end] == ' ' && char.IsUpper(text[end + 1]) && char.IsLower(text[end + 2]))
        {
            int we = end + 1;
            while (we < text.Length && char.IsLetter(text[we]))
            {
                we++;
            }

            if (!LexiconWord(text.AsSpan(end + 1, we - end - 1)))
            {
                return true;
            }
        }

        // "autumn is the time of the year for sowing", "at this time of year": a recurring part of any year, no calendar year.
        if ((m.Equals("the year", StringComparison.OrdinalIgnoreCase) || m.Equals("year", StringComparison.OrdinalIgnoreCase))
            && text.AsSpan(0, start).TrimEnd().EndsWith("time of", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        // "hurt in the fall", "the fall from the peaks", "the fall of the city": the noun, not autumn.
        if (m.Equals("the fall", StringComparison.OrdinalIgnoreCase) && m[4] == 'f')
        {
            ReadOnlySpan<char> rest = text.AsSpan(end);
            if (rest.StartsWith(" from ", StringComparison.Ordinal) || rest.StartsWith(" into ", StringComparison.Ordinal) || rest.StartsWith(" off ", StringComparison.Ordinal)
                || rest.StartsWith(" of ", StringComparison.Ordinal) || rest.StartsWith(" in prices", StringComparison.Ordinal))
            {
                return true;
            }
        }

        // "Craig and April Ruddle": a bare month name before a capitalised word, not introduced as a time, is a given name.
        if (m.Length >= 3 && char.IsUpper(m[0]) && DateLexicon.TryGet(m, out LexEntry month) && month.Month > 0 && !month.MonthAbbr
            && end + 2 < text.Length && text[end] == ' ' && char.IsUpper(text[end + 1]) && char.IsLower(text[end + 2]))
        {
            int k = end + 1;
            while (k < text.Length && char.IsLetter(text[k]))
            {
                k++;
            }

            ReadOnlySpan<char> next = text.AsSpan(end + 1, k - end - 1);
            if (!DateLexicon.TryGet(next, out _) && PreviousWordIsNameJoin(text, start))
            {
                return true;
            }
        }

        // "The Sunday Times": a newspaper's title; "Mr. Monday": a surname after an honorific.
        if (m.Length >= 6 && char.IsUpper(m[0]) && DateLexicon.TryGet(m, out LexEntry day) && day.Weekday > 0 && !day.WeekdayAbbr
            && (WeekdayTitleAfter(text, end) || HonorificBefore(text, start)))
        {
            return true;
        }

        // "the Long March 5 rocket": the Chinese launcher's name.
        if (m.StartsWith("March", StringComparison.Ordinal) && start >= 5 && text.AsSpan(start - 5, 5).SequenceEqual("Long "))
        {
            return true;
        }

        // "The Tonight Show": a programme.
        if (m is "Tonight" && text.AsSpan(end).StartsWith(" Show", StringComparison.Ordinal))
        {
            return true;
        }

        if (m is "daily" or "weekly" && CapitalisedWordBefore(text, start, out _) && NewspaperVerbAfter(text, end))
        {
            return true; // "told the Zorvaner Zeitung daily in an interview", "the Brindle weekly reported": the paper
        }

        if (m.Equals("midnight", StringComparison.OrdinalIgnoreCase))
        {
            int b = end + 1;
            int k = b;
            while (k < text.Length && char.IsLetter(text[k]))
            {
                k++;
            }

            return end < text.Length && text[end] == ' ' && k > b && Colours.Contains(text.AsSpan(b, k - b));
        }

        if (m.Equals("this day", StringComparison.OrdinalIgnoreCase))
        {
            return text.AsSpan(end).StartsWith(" and age", StringComparison.Ordinal);
        }

        // An award: "Album of the Year" (a capitalised word before a capitalised "Year"); "coach of the year",
        // "the play of the year" (an award noun before "of the year"). Not a year.
        if ((m.SequenceEqual("the Year") || m.SequenceEqual("the year")) && start >= 4 && text.AsSpan(start - 4, 4).SequenceEqual(" of "))
        {
            int e = start - 4;
            int b = LetterRunStart(text, e);
            return e > b && (m[4] == 'Y' ? char.IsUpper(text[b]) : AwardNouns.Contains(text.AsSpan(b, e - b)));
        }

        return false;
    }

    /// <summary>Nouns that make "X of the year" an award ("coach of the year", "album of the year").</summary>
    private static readonly SpanMap<bool> AwardNouns = SpanMap.SetOf(
        "coach player players album record song songs manager rookie person man woman athlete artist artists driver pitcher "
        + "goal play catch save team teacher car book film movie word photo photos picture pictures story stories event "
        + "comeback upset game match entertainer director actor actress newcomer breakthrough debut performance performances");

    /// <summary>Nouns after "today's" that make it mean "present-day" (the era, not the day): "today's world".</summary>
    private static readonly SpanMap<bool> GenericTodayNouns = SpanMap.SetOf(
        "world society youth generation generations children kids teenagers teens students families parents women men people "
        + "computers technology technologies economy culture politics consumers workplace workforce era age standards "
        + "military armies weapons warfare medicine science scientists");

    /// <summary>
    /// "today's world", "today's youth", "many of today's personal computers": "today's" before a noun of the
    /// present day in general (within two words) is no date; "today's editions", "today's meeting" stay.
    /// </summary>
    private static bool IsGenericToday(string text, int start, int end)
    {
        if (end - start != 5 || !text.AsSpan(start, 5).Equals("today", StringComparison.OrdinalIgnoreCase)
            || end + 3 >= text.Length || text[end] is not ('\'' or '\u2019') || text[end + 1] != 's' || text[end + 2] != ' ')
        {
            return false;
        }

        int k = end + 3;
        for (int word = 0; word < 2; word++)
        {
            int b = k;
            while (k < text.Length && char.IsLetter(text[k]))
            {
                k++;
            }

            if (k == b)
            {
                return false;
            }

            if (GenericTodayNouns.Contains(text.AsSpan(b, k - b)))
            {
                return true;
            }

            if (k >= text.Length || text[k] != ' ')
            {
                return false;
            }

            k++;
        }

        return false;
    }

    /// <summary>The word ending just before <paramref name="start"/> (one space between, "'s" allowed) is capitalised; gives its start.</summary>
    private static bool CapitalisedWordBefore(string text, int start, out int wordStart)
    {
        wordStart = start;
        if (!WordBeforeSpace(text, start, out int b, out int e))
        {
            return false;
        }

        wordStart = b;
        return e - b >= 2 && char.IsUpper(text[b]);
    }

    /// <summary>
    /// The letters [<paramref name="b"/>, <paramref name="e"/>) ending one space before <paramref name="start"/>, a
    /// possessive "'s" left out ("NBC's Today"); false when no space stands right before <paramref name="start"/>.
    /// </summary>
    private static bool WordBeforeSpace(string text, int start, out int b, out int e)
    {
        b = e = start;
        if (start < 2 || text[start - 1] != ' ')
        {
            return false;
        }

        e = start - 1;
        if (e >= 2 && text[e - 1] == 's' && text[e - 2] is '\'' or '\u2019')
        {
            e -= 2;
        }

        b = LetterRunStart(text, e);
        return true;
    }

    /// <summary>Where the run of letters ending at <paramref name="e"/> (exclusive) starts.</summary>
    private static int LetterRunStart(string text, int e)
    {
        int b = e;
        while (b > 0 && char.IsLetter(text[b - 1]))
        {
            b--;
        }

        return b;
    }

    /// <summary>
    /// A title word of <c>Data/weekday_titles.txt</c> right after the weekday ending at <paramref name="end"/>
    /// ("Sunday Times", "Sunday Telegraph"). ("The Mail on Sunday" is not read: "the New York Times on Friday" is a
    /// paper and a date.)
    /// </summary>
    private static bool WeekdayTitleAfter(string text, int end)
    {
        if (end + 2 >= text.Length || text[end] != ' ' || !char.IsUpper(text[end + 1]))
        {
            return false;
        }

        int k = end + 1;
        while (k < text.Length && char.IsLetter(text[k]))
        {
            k++;
        }

        return WeekdayTitles.Contains(text.AsSpan(end + 1, k - end - 1));
    }

    /// <summary>"Mr.", "Mrs.", "Ms.", "Dr." (with or without the point) right before <paramref name="start"/>.</summary>
    private static bool HonorificBefore(string text, int start)
    {
        ReadOnlySpan<char> before = text.AsSpan(Math.Max(0, start - 6), Math.Min(6, start)).TrimEnd();
        if (before.Length == 0 || before.Length == text.AsSpan(Math.Max(0, start - 6), Math.Min(6, start)).Length)
        {
            return false; // no space before the weekday
        }

        if (before[^1] == '.')
        {
            before = before[..^1];
        }

        int b = before.Length;
        while (b > 0 && char.IsLetter(before[b - 1]))
        {
            b--;
        }

        if (b > 0 && !char.IsWhiteSpace(before[b - 1]) && before[b - 1] is not ('(' or '"' or '\u201C'))
        {
            return false;
        }

        ReadOnlySpan<char> w = before[b..];
        return w is "Mr" or "Mrs" or "Ms" or "Dr";
    }

    /// <summary>"and" or "&amp;" after a capitalised word ("Craig and April …"), or a comma in a list of names.</summary>
    private static bool PreviousWordIsNameJoin(string text, int start)
    {
        ReadOnlySpan<char> before = text.AsSpan(Math.Max(0, start - 40), Math.Min(40, start)).TrimEnd();
        if (before.EndsWith(" and", StringComparison.Ordinal))
        {
            before = before[..^4].TrimEnd();
        }
        else if (before.EndsWith(" &", StringComparison.Ordinal))
        {
            before = before[..^2].TrimEnd();
        }
        else
        {
            return false;
        }

        int b = before.Length;
        while (b > 0 && char.IsLetter(before[b - 1]))
        {
            b--;
        }

        return before.Length - b >= 2 && char.IsUpper(before[b]) && !DateLexicon.TryGet(before[b..], out _);
    }

    private static bool NewspaperVerbAfter(string text, int end)
    {
        ReadOnlySpan<char> after = text.AsSpan(end, Math.Min(20, text.Length - end));
        foreach (string w in NewspaperFollowers)
        {
            if (after.StartsWith(w, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Only spaces, an opening quote, or the end of a sentence come before <paramref name="start"/> on its line.</summary>
    private static bool OpensLine(string text, int start)
    {
        int b = start;
        while (b > 0 && text[b - 1] is ' ' or '\t' or '"' or '\u201C' or '\'')
        {
            b--;
        }

        return b == 0 || text[b - 1] is '\n' or '\r' or '.' or '!' or '?';
    }

    private static bool IsSeasonWord(ReadOnlySpan<char> w) =>
        w.Equals("Winter", StringComparison.Ordinal) || w.Equals("Summer", StringComparison.Ordinal) || w.Equals("Spring", StringComparison.Ordinal)
        || w.Equals("Fall", StringComparison.Ordinal) || w.Equals("Autumn", StringComparison.Ordinal);

    private static readonly string[] NewspaperFollowers = [" reported", " said", " wrote", " quoted", " cited", " newspaper", " in an interview", " that ", " published"];

    /// <summary>
    /// "USA Today", "VOA Today", "NBC's Today show", "the Today program": a capitalised "Today" after an acronym
    /// (or its possessive) or after a lower-case "the" is the name of a newspaper or programme, not the day.
    /// </summary>
    private static bool IsNamedToday(string text, int start, int end)
    {
        ReadOnlySpan<char> m = text.AsSpan(start, end - start);
        if (m is "Now")
        {
            return IsNamedNow(text, start, end);
        }

        if (m is "This Morning")
        {
            // "hosts This Morning alone": capitalised after a lower-case word, mid-sentence, is the programme.
            return WordBeforeSpace(text, start, out int pb, out int pe) && pe - pb >= 2 && char.IsLower(text[pb]) && pe == start - 1;
        }

        if (m is "TODAY")
        {
            // "ZNA TODAY reporter", "a ZNA TODAY request", "ZNA TODAY 3 of 12": an all-capital "TODAY" after a short
            // acronym, not followed by another all-capital word (a shouted headline: "STRIKE ENDS TODAY AT NOON").
            return WordBeforeSpace(text, start, out int ab, out int ae) && ae == start - 1 && ae - ab is >= 2 and <= 4
                && Tokenizer.CaseOf(text.AsSpan(ab, ae - ab)) == TokenCase.Upper && !(ab > 0 && char.IsLetterOrDigit(text[ab - 1])) && !AllCapitalWordAfter(text, end);
        }

        if (end - start != 5 || !m.SequenceEqual("Today") || !WordBeforeSpace(text, start, out int b, out int e))
        {
            return false;
        }

        if (ProgrammeNounAfter(text, end))
        {
            return true; // "Radio 7's Today programme", "the Today show"
        }

        if (e - b == 3 && text.AsSpan(b, 3).SequenceEqual("the"))
        {
            return true;
        }

        // "(Photo: via Florida Today)", "told Arizona Today": a capitalised word that itself follows a lower-case
        // word is the paper's name (a title-case headline would capitalise that word as well).
        if (e - b >= 3 && char.IsUpper(text[b]) && !LexiconWord(text.AsSpan(b, e - b)) && b >= 2 && text[b - 1] == ' ')
        {
            int c = b - 1;
            int a = LetterRunStart(text, c);

            if (c - a >= 2 && char.IsLower(text[a]))
            {
                return true;
            }
        }

        if (e - b == 3 && text.AsSpan(b, 3).Equals("usa", StringComparison.OrdinalIgnoreCase))
        {
            return true; // "Usa Today Sports": the paper's name as a scraper's title case writes it
        }

        if (e - b < 2 || (b > 0 && !char.IsWhiteSpace(text[b - 1]) && text[b - 1] is not ('(' or '"' or '\u201C')))
        {
            return false;
        }

        for (int k = b; k < e; k++)
        {
            if (!char.IsUpper(text[k]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// "according to Orbitwatch Now", "Harlow News Now - the", "games on GameBox Now, the": a capitalised "Now"
    /// after a capitalised word that is not the first of its sentence or line, with no capitalised word after it (a
    /// title-case headline goes on capitalised: "Zorvan Core Now Adds Night Mode"), is the end of a name.
    /// </summary>
    private static bool IsNamedNow(string text, int start, int end)
    {
        if (!WordBeforeSpace(text, start, out int b, out int e) || e != start - 1 || e - b < 2 || !char.IsUpper(text[b])
            || LexiconWord(text.AsSpan(b, e - b)) || NameJoinWords.Contains(text.AsSpan(b, e - b)))
        {
            return false;
        }

        // The word before must itself follow a word or a number on the same line ("to Orbitwatch", "2024 Harlow News").
        int c = b - 1;
        if (c < 1 || text[c] != ' ' || !char.IsLetterOrDigit(text[c - 1]))
        {
            return false;
        }

        int k = end;
        while (k < text.Length && text[k] == ' ')
        {
            k++;
        }

        return k >= text.Length || !char.IsLetterOrDigit(text[k]) || (k > end && char.IsLower(text[k]));
    }

    /// <summary>Capitalised words that open a clause before "Now" rather than end a name ("And Now", "Until Now").</summary>
    private static readonly SpanMap<bool> NameJoinWords = SpanMap.SetOf("And But Or So Until Till Even Just Only Right Not Why What How Here There Is Are Was Do");

    /// <summary>"programme", "program" or "show" right after: "the Today programme".</summary>
    private static bool ProgrammeNounAfter(string text, int end)
    {
        ReadOnlySpan<char> after = text.AsSpan(end);
        return after.StartsWith(" programme", StringComparison.Ordinal) || after.StartsWith(" program", StringComparison.Ordinal)
            || after.StartsWith(" show", StringComparison.Ordinal);
    }

    /// <summary>The next word (after spaces on the same line) has two or more letters, all capitals.</summary>
    private static bool AllCapitalWordAfter(string text, int end)
    {
        int k = end;
        while (k < text.Length && text[k] == ' ')
        {
            k++;
        }

        int b = k;
        while (k < text.Length && char.IsLetter(text[k]))
        {
            k++;
        }

        return k - b >= 2 && Tokenizer.CaseOf(text.AsSpan(b, k - b)) == TokenCase.Upper;
    }

    /// <summary>A weekday, month, season or other word of the date lexicon ("said Monday Today" is no title).</summary>
    private static bool LexiconWord(ReadOnlySpan<char> w) => DateLexicon.TryGet(w, out _);

    /// <summary>A determiner right before <paramref name="start"/> ("the 2019 …", "his 2019 …"): the year modifies what follows.</summary>
    private static bool DeterminerBefore(string text, int start)
    {
        if (!WordBeforeSpace(text, start, out int b, out int e) || e != start - 1)
        {
            return false;
        }

        return Determiners.Contains(text.AsSpan(b, e - b));
    }

    private static readonly SpanMap<bool> Determiners = SpanMap.SetOf("the a an this that his her its their our my your");

    /// <summary>A year and nothing else ("2015").</summary>
    private static bool IsBareYear(TExpr e) =>
        e.Type == ExprType.Point && e.Year > 0 && e.Month <= 0 && e.Day <= 0 && e.Weekday <= 0 && !e.HasRel && !e.HasTime && e.Holiday < 0
        && e.Season <= 0 && e.Quarter <= 0 && e.Half <= 0 && e.Literal is null && e.Mod == DateMod.None;

    /// <summary>"the year" right after "later in", "earlier in", "late in" or "early in".</summary>
    private static bool LaterInTheYear(string text, int start, int end)
    {
        if (!text.AsSpan(start, end - start).Equals("the year", StringComparison.OrdinalIgnoreCase) || start < 9)
        {
            return false;
        }

        ReadOnlySpan<char> before = text.AsSpan(Math.Max(0, start - 12), start - Math.Max(0, start - 12));
        return before.EndsWith("later in ", StringComparison.OrdinalIgnoreCase) || before.EndsWith("earlier in ", StringComparison.OrdinalIgnoreCase)
            || before.EndsWith(" late in ", StringComparison.OrdinalIgnoreCase) || before.EndsWith(" early in ", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>How many sentences after a date of another year "earlier/later in the year" still means that year.</summary>
    private const int YearFocusSentences = 2;

    /// <summary>How many days a year-less holiday may lie from a full date of its sentence and still take that date's year.</summary>
    private const int HolidayNearDays = 7;

    /// <summary>How many sentences after a pm clock time a clock time without am or pm near it is still read as pm.</summary>
    private const int PmClockSentences = 15;

    /// <summary>The span holds "pm" or "p.m." (any case).</summary>
    private static bool WrittenPm(string text, int start, int end)
    {
        ReadOnlySpan<char> s = text.AsSpan(start, end - start);
        return s.Contains("pm", StringComparison.OrdinalIgnoreCase) || s.Contains("p.m", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// The span opens with a clock time of one or two digits, ':' or '.', and two digits ("5:46", "10.05", not "05:46"), and no
    /// am, pm or capital letter (a time zone) follows in it.
    /// </summary>
    private static bool DigitClockWithoutMeridiem(string text, int start, int end)
    {
        int k = start;
        while (k < end && char.IsAsciiDigit(text[k]))
        {
            k++;
        }

        if (k - start is not (1 or 2) || text[start] == '0' || k + 3 > end || text[k] is not (':' or '.')
            || !char.IsAsciiDigit(text[k + 1]) || !char.IsAsciiDigit(text[k + 2]))
        {
            return false;
        }

        for (int j = k + 3; j < end; j++)
        {
            if (char.IsUpper(text[j]) || (text[j] is 'a' or 'p' && (j == k + 3 || !char.IsLetter(text[j - 1]))))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>How many sentences after a named day a bare clock time still falls on that day.</summary>
    private const int ClockFocusSentences = 2;

    /// <summary>
    /// How many sentences after a named past day a clock time told in the past tense still falls on that day ("… on
    /// Saturday. [four sentences of the same story] The incident was reported around 4pm."); a part of the day read on
    /// that day ("the pier was closed in the morning") renews the count.
    /// </summary>
    private const int ClockFocusPastSentences = 5;

    /// <summary>A clock time and nothing else ("12:20 p.m.", "noon", "7:30 p.m."): no day, weekday, month, year or relative day.</summary>
    private static bool IsBareClock(TExpr e) =>
        e.Type == ExprType.Range ? e.From is { } f && e.To is { } t && IsBareClock(f) && IsBareClock(t) // "between 1:30 and 4 p.m."
        : e.Type == ExprType.Point && e.Hour >= 0 && e.Day <= 0 && e.Weekday <= 0 && e.Month <= 0 && e.Year <= 0 && !e.HasRel
        && e.Holiday < 0 && e.Season <= 0 && e.Literal is null && e.DayShift == 0;

    /// <summary>How many paragraphs a quarter stays the focus of "a year earlier" after it was written.</summary>
    private const int FocusParagraphs = 5;

    /// <summary>How many paragraphs after it was written a different quarter named in passing does not replace the focus.</summary>
    private const int ReplaceParagraphs = 3;

    /// <summary>The quarter or half-year a resolved mention names (year + quarter or half), or null for any other mention.</summary>
    private static TExpr? FocusOf(TExpr parsed, DateMention mention, DateOnly reference)
    {
        if (mention.Kind != TemporalKind.Date || mention.Grain != TemporalGrain.Quarter || mention.RangeStart is not DateTime start)
        {
            return null;
        }

        DateTime r = reference.ToDateTime(TimeOnly.MinValue);
        if (start > r || start < r.AddMonths(-12))
        {
            // A quarter to come ("a fourth-quarter charge" expected) is a forecast, and one over a year back
            // ("suspended its payout in the third quarter of 1984") history: neither is the results compared.
            return null;
        }

        // Halves resolve at quarter grain too; the parsed expression says which it was.
        return parsed.Half > 0
            ? new TExpr { Year = start.Year, Half = start.Month <= 6 ? 1 : 2 }
            : new TExpr { Year = start.Year, Quarter = ((start.Month - 1) / 3) + 1 };
    }

    /// <summary>"the quarter", "the latest quarter", "the latest period": the quarter just reported.</summary>
    private static bool IsLatestQuarter(TExpr e) =>
        e.Type == ExprType.Point && e.Mod == DateMod.None && e.RelUnit == TimeUnit.Quarter && e.RelOffset == -1
        && e.Literal is "period" or null && e.Quarter <= 0 && e.Half <= 0 && e.Year <= 0;

    private static bool SamePeriod(TExpr a, TExpr b) => a.Year == b.Year && a.Quarter == b.Quarter && a.Half == b.Half;

    /// <summary>"the first nine months", "the six months", "the year ended Aug. 31": a period of several months, written with "the".</summary>
    private static bool IsMultiMonthPeriod(TExpr parsed, DateMention mention) =>
        parsed.Type == ExprType.Duration && ((parsed.Unit == TimeUnit.Month && parsed.Amount >= 2) || (parsed.Unit == TimeUnit.Year && parsed.Amount == 1))
        && mention.Text.StartsWith("the ", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// "a year ago", "a year earlier", "year-earlier" written while the text speaks of a quarter or half-year
    /// ("profit in the third quarter rose from $9 million a year earlier") mean that period one year back
    /// ("1988-Q3"), not the whole year; "the latest period" means that quarter. Returns the re-anchored
    /// expression, or null when the rule does not apply.
    /// </summary>
    private static TExpr? AnchorToFocus(TExpr e, TExpr focus)
    {
        if (e.Type != ExprType.Point || e.Mod != DateMod.None)
        {
            return null;
        }

        if (IsLatestQuarter(e))
        {
            // "the latest period", "the quarter": the quarter the text speaks of.
            return focus.Quarter > 0 ? focus.Clone() : null;
        }

        if (e.Literal == "inyear" && e.Year > 0 && !e.HasRel)
        {
            // "the 1988 quarter", "the 1989 period": the focus period in that year.
            TExpr inYear = focus.Clone();
            inYear.Year = e.Year;
            return inYear;
        }

        if (e.RelUnit != TimeUnit.Year || e.RelOffset >= 0 || e.Literal is not ("ago" or "story") || e.Quarter > 0 || e.Half > 0)
        {
            return null;
        }

        TExpr shifted = focus.Clone();
        shifted.Year += e.RelOffset;
        return shifted;
    }

    /// <summary>"today", "yesterday", "tonight" or "tomorrow" opens the span at <paramref name="start"/>.</summary>
    private static bool DeicticDayWord(string text, int start)
    {
        ReadOnlySpan<char> rest = text.AsSpan(start, Math.Min(9, text.Length - start));
        return rest.StartsWith("today", StringComparison.OrdinalIgnoreCase) || rest.StartsWith("yesterday", StringComparison.OrdinalIgnoreCase)
            || rest.StartsWith("tonight", StringComparison.OrdinalIgnoreCase) || rest.StartsWith("tomorrow", StringComparison.OrdinalIgnoreCase);
    }

    internal static DateMention? ToMention(AnalyzedDocument document, DateMatch m, DateOnly reference, DateExtractorOptions options, Direction neighbour, out Direction used)
    {
        used = Direction.Unknown;
        TExpr e = m.Expr;
        switch (e.Type)
        {
            case ExprType.Duration when !options.IncludeDurations:
            case ExprType.Set when !options.IncludeSets:
            case ExprType.Vague when !options.IncludeVague:
                return null;
        }

        Direction dir = Direction.Unknown;
        bool firm = false;
        UnderspecifiedDatePolicy policy = options.Policy;
        if (options.Policy == UnderspecifiedDatePolicy.Tense && TemporalResolver.NeedsDirection(e))
        {
            bool nearest = false;
            Direction cue = e.Type != ExprType.Point ? Direction.Unknown
                : e.Weekday > 0 ? TenseDetector.WeekdayCue(document, m.Start, m.End, out nearest)
                : e.Month > 0 ? TenseDetector.ScheduleCue(document, m.Start, m.End, weekday: false, out nearest)
                : Direction.Unknown;
            if (e.Type == ExprType.Point && PrecededBySince(document.Text, m.Start))
            {
                // "the mine has been shut since December", "closed since Monday": "since" names a starting point
                // already passed, whatever the tense of the rest of the sentence ("officials will decide …").
                cue = Direction.Past;
                nearest = false;
                firm = true;
            }

            dir = cue != Direction.Unknown ? cue : nearest ? Direction.Unknown : TenseDetector.Detect(document, m.Start, m.End, out firm);
            if (nearest)
            {
                policy = UnderspecifiedDatePolicy.Nearest;
            }
            else if (dir == Direction.Unknown)
            {
                // No verb near it: "... would leave on March 30, and a third one every Thursday from
                // August 6" reads as the date before it in the sentence did.
                dir = neighbour;
            }
            else
            {
                used = dir;
            }
        }
        else if (e.Type == ExprType.Point && e.Mod == DateMod.End && e.HasRel && e.RelOffset == 0 && e.Literal == "unit"
            && e.RelUnit is TimeUnit.Year or TimeUnit.Month or TimeUnit.Quarter && e.Month <= 0 && e.Quarter <= 0 && e.Half <= 0
            && options.Policy is UnderspecifiedDatePolicy.Tense or UnderspecifiedDatePolicy.Past
            && (PrecededBySince(document.Text, m.Start)
                || (!InLastThird(reference, e.RelUnit) && (options.Policy == UnderspecifiedDatePolicy.Past || TenseDetector.Detect(document, m.Start, m.End) == Direction.Past))))
        {
            // "since year-end", "since the end of the month": that end has passed, so it is the previous one.
            // "the flu peaked by the end of the year", written in March: a past event cannot lie at the end
            // of a year that is still to come, so it is the end of the previous one.
            TExpr previous = e.Clone();
            previous.RelOffset = -1;
            e = previous;
        }

        if (dir == Direction.Future && e.Type == ExprType.Point && (e.Quarter > 0 || e.Half > 0) && e.Year <= 0 && !e.HasRel
            && !(WordBefore(document.Text, m.Start, out _) is var pw && (pw.Equals("in", StringComparison.OrdinalIgnoreCase) || pw.Equals("during", StringComparison.OrdinalIgnoreCase)
                || pw.Equals("by", StringComparison.OrdinalIgnoreCase)) && document.Text.AsSpan(m.Start, m.End - m.Start).IndexOf('-') < 0))
        {
            // A future verb reaches a quarter or half only as a time of its own ("sales will rise in the fourth quarter",
            // "to improve in the second half": the one under way or to come); "expects to report a profit for the third
            // quarter", "will release third-quarter results" speak of the latest one begun.
            dir = Direction.Past;
        }

        // A bare month after "in" under a firm tense keeps the tense's side ("the court threw out the case in
        // December", written in November: the last December; no past event lies in a month not yet begun).
        bool firmMonth = firm && e.Type == ExprType.Point && e.Month > 0 && e.Day <= 0 && e.Year <= 0 && e.Weekday <= 0
            && PrecededByEventPreposition(document.Text, m.Start);
        Resolution r = TemporalResolver.Resolve(e, reference, dir, policy, firm, firmMonth);
        if (r.Kind == TemporalKind.Duration && !options.IncludeDurations)
        {
            return null;
        }

        var span = TextSpan.FromBounds(m.Start, m.End);
        return new DateMention
        {
            Span = span,
            Text = document.Text.Substring(m.Start, m.End - m.Start),
            Extractor = ExtractorName,
            Kind = r.Kind,
            Value = r.Value,
            Grain = r.Grain,
            RangeStart = r.Start,
            RangeEnd = r.End,
            Stated = r.Stated,
            Inferred = r.Inferred,
            Modifier = r.Modifier,
            Confidence = r.Kind == TemporalKind.Vague ? 0.7 : (r.Inferred != DateComponents.None ? 0.9 : 1.0),
        };
    }
}
