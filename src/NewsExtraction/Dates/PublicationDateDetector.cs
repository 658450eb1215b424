using NewsExtraction.Text;

namespace NewsExtraction.Dates;

/// <summary>A publication date found in an article's header or dateline.</summary>
/// <param name="Date">The date.</param>
/// <param name="Span">Where it stands in the text.</param>
internal readonly record struct DetectedPublicationDate(DateOnly Date, TextSpan Span);

/// <summary>
/// Finds the publication date in an article's dateline or header. The head of the page is scanned for full
/// dates (year, month and day written), and each is scored: in the layout's dateline or byline block, on a
/// byline / "Published" / "Updated" line, or alone on its line (a dateline), it counts; in a list of dated
/// teasers ("What's Hot": a run of date-only lines), in boilerplate or inside running prose it does not.
/// The best-scoring, earliest date wins.
/// </summary>
internal static class PublicationDateDetector
{
    private const int HeadChars = 16_000;
    private const int HeadLines = 200;
    private const double Threshold = 2.0;

    // How many lines into the body a dateline or "Updated …" line may still stand.
    private const int BodyHeadLines = 3;

    // How far before a date a header keyword may stand on a long line ("Published by Ann Lee on Monday, …").
    private const int KeywordReach = 30;

    private static readonly string[] Keywords =
    [
        "published", "updated", "posted", "date", "last modified", "modified", "issued", "released",
        "نشر", "تاريخ", "تحديث",
    ];

    public static DetectedPublicationDate? Detect(AnalyzedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);

        // The layout's own byline and dateline blocks first: one that says "By …", "Published", "Updated"…,
        // then a dateline that stands alone (several dateline blocks are a list of dated teasers, which the
        // scoring below handles).
        string fullText = document.Text;
        TextSpan? loneDateline = null;
        int datelines = 0;
        foreach (LayoutBlock block in document.Layout.BlockArray)
        {
            if (block.Span.Start >= HeadChars * 4 || block.Kind is not (BlockKind.Byline or BlockKind.Dateline))
            {
                continue;
            }

            ReadOnlySpan<char> blockText = fullText.AsSpan(block.Span.Start, block.Span.Length);
            if (HasKeyword(blockText) || HasBy(blockText))
            {
                foreach ((DateOnly date, TextSpan span, _) in FullDates(document, block.Span))
                {
                    return new DetectedPublicationDate(date, span);
                }
            }

            if (block.Kind == BlockKind.Dateline)
            {
                datelines++;
                loneDateline ??= block.Span;
            }
        }

        if (datelines == 1 && loneDateline is { } dl)
        {
            foreach ((DateOnly date, TextSpan span, _) in FullDates(document, dl))
            {
                return new DetectedPublicationDate(date, span);
            }
        }

        IReadOnlyList<TextSpan> lines = document.Lines;
        int lineCount = 0;
        while (lineCount < lines.Count && lineCount < HeadLines && lines[lineCount].Start < HeadChars)
        {
            lineCount++;
        }

        if (lineCount == 0)
        {
            return null;
        }

        // Which lines are "date-only" lines (teaser lists are runs of them).
        var perLine = new List<FullDate>?[lineCount];
        var dateOnly = new bool[lineCount];
        var tokenBuffer = new DTokList(64);
        var grammar = new DateGrammar(document.Text, tokenBuffer, DateExtractorOptions.Default);
        var matchBuffer = new List<DateMatch>();
        for (int li = 0; li < lineCount; li++)
        {
            perLine[li] = FullDates(document, lines[li], tokenBuffer, grammar, matchBuffer);
            if (perLine[li] is { Count: > 0 })
            {
                TextSpan s = perLine[li]![0].Span;
                dateOnly[li] = s.Length * 5 >= lines[li].Length * 2 || lines[li].Length <= s.Length + 16;
            }
        }

        tokenBuffer.Return();

        int headlineLine = -1;
        if (document.Layout.Headline is { } h)
        {
            for (int li = 0; li < lineCount; li++)
            {
                if (lines[li].OverlapsWith(h))
                {
                    headlineLine = li;
                    break;
                }
            }
        }

        int bodyFirstLine = -1;
        if (document.Layout.Body is { Count: > 0 } body)
        {
            for (int li = 0; li < lineCount; li++)
            {
                if (lines[li].End > body[0].Start)
                {
                    bodyFirstLine = li;
                    break;
                }
            }
        }

        double bestScore = double.MinValue;
        DetectedPublicationDate? best = null;
        string text = document.Text;
        for (int li = 0; li < lineCount; li++)
        {
            if (perLine[li] is not { } found)
            {
                continue;
            }

            foreach ((DateOnly date, TextSpan span, TExpr expr) in found)
            {
                TextSpan line = lines[li];
                ReadOnlySpan<char> lineText = text.AsSpan(line.Start, line.Length);
                double score = 1;
                bool keyword = HasHeaderCue(lineText, span.Start - line.Start);
                if (keyword)
                {
                    score += 3;
                }

                if (dateOnly[li])
                {
                    score += 2;
                    int neighbours = 0;
                    for (int k = Math.Max(0, li - 8); k < Math.Min(lineCount, li + 9); k++)
                    {
                        if (k != li && dateOnly[k])
                        {
                            neighbours++;
                        }
                    }

                    if (neighbours >= 1 && !keyword)
                    {
                        score -= 2 + (2 * Math.Min(neighbours, 2));
                    }
                }
                else if (!keyword && (line.Length > 100 || (line.Length > 60 && span.Start - line.Start > 30)))
                {
                    score -= 4; // a date inside running prose
                }

                // The layout's dateline and byline blocks, when the layout has them.
                BlockKind block = document.Layout.KindAt(span.Start);
                if (block == BlockKind.Dateline)
                {
                    score += 4;
                }
                else if (block == BlockKind.Byline)
                {
                    score += 3;
                }
                else if (block == BlockKind.Boilerplate)
                {
                    score -= 2;
                }

                if (expr.Weekday > 0)
                {
                    score += 1;
                }

                if (expr.Hour >= 0)
                {
                    score += 1;
                }

                if (headlineLine >= 0 && li > headlineLine && li <= headlineLine + 6)
                {
                    score += 2;
                }

                // Deep in the article body (past its first lines) a date is about the story, an embedded post or
                // a cited paper ("was published Feb. 2, 2018 in …"), not the article's own date; only a strong
                // header line ("Published: …" alone on its line, at the foot of the page) still wins.
                if (bodyFirstLine >= 0 && li > bodyFirstLine + BodyHeadLines && block is not (BlockKind.Dateline or BlockKind.Byline))
                {
                    score -= keyword && dateOnly[li] ? 2 : 4;
                }

                score -= 0.002 * li;
                if (score > bestScore)
                {
                    bestScore = score;
                    best = new DetectedPublicationDate(date, span);
                }
            }
        }

        return bestScore >= Threshold ? best : null;
    }

    /// <summary>The dates with year, month and day written, in a region of the text.</summary>
    private static List<FullDate> FullDates(AnalyzedDocument document, TextSpan region)
    {
        var tokens = new DTokList(16);
        List<FullDate> result = FullDates(document, region, tokens, new DateGrammar(document.Text, tokens, DateExtractorOptions.Default), new List<DateMatch>()) ?? [];
        tokens.Return();
        return result;
    }

    /// <summary>
    /// As <see cref="FullDates(AnalyzedDocument, TextSpan)"/>, reusing scratch buffers (<paramref name="grammar"/>
    /// reads <paramref name="tokens"/>); null when there is none.
    /// </summary>
    private static List<FullDate>? FullDates(AnalyzedDocument document, TextSpan region, DTokList tokens, DateGrammar grammar, List<DateMatch> matches)
    {
        // A full date needs a written year, and the grammar reads years only from digit tokens: a region
        // without a year-like number has none, and the grammar need not run over it.
        if (!MayHoldFullDate(document.Text.AsSpan(region.Start, region.Length)))
        {
            return null;
        }

        List<FullDate>? result = null;
        List<Token> shared = document.TokenList;
        int first = document.TokenIndexAt(region.Start);
        int end = first;
        while (end < shared.Count && shared[end].Span.Start < region.End)
        {
            end++;
        }

        if (end == first)
        {
            return result;
        }

        tokens.Clear();
        matches.Clear();
        DateTokenizer.Build(document.Text, shared, first, end, tokens);
        grammar.Scan(matches);
        for (int k = 0; k < matches.Count; k++)
        {
            DateMatch m = matches[k];
            TExpr e = m.Expr;
            if (e.Type == ExprType.Point && !e.HasRel && e.Year > 0 && e.Month > 0 && e.Day > 0 && e.Literal is null)
            {
                (result ??= []).Add(new FullDate(new DateOnly(e.Year, e.Month, e.Day), TextSpan.FromBounds(m.Start, m.End), e));
            }
        }

        return result;
    }

    // A class, not a value tuple: a List of (DateOnly, TextSpan, TExpr) would be a generic instantiation
    // (a dozen methods with its enumerator) JIT-compiled on first use; a List of a class shares precompiled code.
    private sealed record FullDate(DateOnly Date, TextSpan Span, TExpr Expr);

    /// <summary>
    /// False when <paramref name="s"/> cannot hold a full date with a written year: that needs a run of four
    /// digits ("2024"), digits joined to digits by '/', '.' or '-' ("11/07/24", "2024-07-11"), or an
    /// apostrophe before two digits ("'24"). Lines whose only numbers are counts ("5 killed", "30%") are
    /// not handed to the grammar.
    /// </summary>
    internal static bool MayHoldFullDate(ReadOnlySpan<char> s)
    {
        int i = 0;
        while (i < s.Length)
        {
            if (!char.IsDigit(s[i]))
            {
                i++;
                continue;
            }

            int start = i;
            while (i < s.Length && char.IsDigit(s[i]))
            {
                i++;
            }

            int run = i - start;
            if (run is 4 or 8
                || (i + 1 < s.Length && s[i] is '/' or '.' or '-' && char.IsDigit(s[i + 1]))
                || (run == 2 && start > 0 && s[start - 1] is '\'' or '\u2019' or '\u2018'))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when a line reads as a header line for the date at <paramref name="dateAt"/> (an offset in the line): a
    /// byline ("By Ann Lee"), or a header keyword ("Published", "Updated" …) that opens the line, stands at most
    /// <see cref="KeywordReach"/> characters before the date, or sits on a short line. In running prose a keyword
    /// elsewhere ("a photo released by the agency …", "the paper was published in …") is not a header cue.
    /// </summary>
    private static bool HasHeaderCue(ReadOnlySpan<char> line, int dateAt)
    {
        if (line.Length <= 160 && HasBy(line))
        {
            return true;
        }

        if (line.Length <= 80)
        {
            return HasKeyword(line);
        }

        // Only two places are read (the line's opening and the stretch just before the date), so checking every date
        // of a long one-line page stays linear.
        dateAt = Math.Clamp(dateAt, 0, line.Length);
        foreach (string k in Keywords)
        {
            if (IndexOfKeyword(line[..Math.Min(line.Length, 3 + k.Length)], k, 0) >= 0
                || IndexOfKeyword(line[..dateAt], k, Math.Max(0, dateAt - KeywordReach - k.Length)) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasKeyword(ReadOnlySpan<char> line)
    {
        foreach (string k in Keywords)
        {
            if (IndexOfKeyword(line, k, 0) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The first offset at or after <paramref name="from"/> where <paramref name="keyword"/> (any case) starts a word
    /// ("date" in "date: 2024-07-11", not in "Candidate"), or -1. Every occurrence is tried, not only the first.
    /// </summary>
    internal static int IndexOfKeyword(ReadOnlySpan<char> line, string keyword, int from)
    {
        while (from < line.Length)
        {
            int at = line.Slice(from).IndexOf(keyword, StringComparison.OrdinalIgnoreCase);
            if (at < 0)
            {
                return -1;
            }

            at += from;
            if (StandsAsWord(line, at, keyword))
            {
                return at;
            }

            from = at + keyword.Length;
        }

        return -1;
    }

    /// <summary>A keyword found at <paramref name="at"/> starts a word ("date" in "date 2024-07-11", not in "undated"); Arabic keywords always do.</summary>
    private static bool StandsAsWord(ReadOnlySpan<char> line, int at, string keyword) =>
        at == 0 || !char.IsLetter(line[at - 1]) || keyword[0] >= '\u0600';

    /// <summary>"By Name" (also glued after a name, as scraped bylines are: "Nikola MikovicBy Nikola Mikovic").</summary>
    private static bool HasBy(ReadOnlySpan<char> line)
    {
        int from = 0;
        while (from < line.Length)
        {
            int at = line.Slice(from).IndexOf("By ", StringComparison.Ordinal);
            if (at < 0)
            {
                return false;
            }

            at += from;
            if (at + 3 < line.Length && char.IsUpper(line[at + 3]) && (at == 0 || !char.IsUpper(line[at - 1])))
            {
                return true;
            }

            from = at + 3;
        }

        return false;
    }
}
