namespace NewsExtraction.Text;

/// <summary>
/// Classifies the lines of a page as headline, byline, dateline, body or boilerplate, in the spirit of
/// jusText and boilerpipe. Each line is a block and gets shallow features (length, words, stop-word
/// density, capitalised words, sentence-final punctuation, bullets, URLs, repetition, date words, known
/// boilerplate phrases and social network names) and a quality: good, near-good, short (neutral), bad or
/// hard-bad. Good blocks are grouped into clusters that headings of non-article areas ("Related Posts",
/// "Comments"), end-of-article markers ("Previous article") and long runs of bad blocks separate; the
/// heaviest cluster is the article. Inside it, neutral blocks take the class of their neighbours (jusText's
/// context smoothing); before it, the headline is the best title-like line within a few lines (a repeated
/// copy counts for it), and the lines between headline and body are bylines, datelines or boilerplate.
/// Linear in the text; one array of line features and one table of line hashes per call.
/// </summary>
internal static class BodyDetector
{
    private const int ShortLength = 70;
    private const int GoodLength = 150;
    private const int MaxStartWords = 30;
    private const int BadRunBreak = 8;
    private const int HeaderWindow = 8;
    private const int HeaderReach = 40;
    private const int NearRepeat = 8;
    private const int MaxRepeatLength = 400;
    private const int MaxScan = 200;

    private enum Quality : byte
    {
        Good,
        NearGood,
        Short,
        Bad,
        HardBad,
    }

    private enum BreakKind : byte
    {
        None,
        Run,
        Heading,
        End,
    }

    /// <summary>Classifies the lines of <paramref name="text"/>.</summary>
    /// <param name="text">The text.</param>
    /// <param name="lines">Its non-blank, trimmed lines, in order.</param>
    /// <param name="paragraphs">Its paragraphs (runs of lines between blank lines).</param>
    public static DocumentLayout Detect(string text, List<TextSpan> lines, List<TextSpan> paragraphs)
    {
        _ = paragraphs;
        lines = JoinWrappedLines(text, lines);
        int n = lines.Count;
        var blocks = new LayoutBlock[n];
        if (n == 0)
        {
            return new DocumentLayout(blocks);
        }

        BoilerplateLexicon lex = BoilerplateLexicon.Instance;
        // Per-call scratch from ScratchPool (only blocks escape, into the layout); given back in finally.
        LineInfo[] infoArray = ScratchPool<LineInfo>.Rent(n);
        BlockKind[] kindArray = ScratchPool<BlockKind>.Rent(n);
        try
        {
            Span<LineInfo> info = infoArray.AsSpan(0, n);
            info.Clear();
            long totalWords = 0, totalStop = 0;
            for (int i = 0; i < n; i++)
            {
                TextSpan l = lines[i];
                Measure(text.AsSpan(l.Start, l.Length), lex, ref info[i]);
                totalWords += info[i].Words;
                totalStop += info[i].StopWords;
            }

            MarkRepeats(text, lines, info);

            // A text with almost no English function words is in another language: judge prose by punctuation alone.
            bool lowStop = totalWords >= 50 && totalStop * 100 < totalWords * 8;
            for (int i = 0; i < n; i++)
            {
                info[i].Quality = Rate(in info[i], lowStop);
            }

            Span<BlockKind> kinds = kindArray.AsSpan(0, n);
            for (int i = 0; i < n; i++)
            {
                kinds[i] = BlockKind.Boilerplate; // a loop, not Array.Fill<BlockKind>: one generic instantiation less to JIT-compile
            }

            if (!FindArticle(info, out int first, out int last))
            {
                // No prose at all (a few short lines): nothing tells boilerplate from text, so keep all but
                // the lines that are boilerplate on their own (menu items, share bars).
                for (int i = 0; i < n; i++)
                {
                    kinds[i] = info[i].Hard ? BlockKind.Boilerplate : BlockKind.Body;
                }
            }
            else
            {
                ComputeNeighbours(info);
                ClassifyBody(info, kinds, first, last);
                ClassifyHeader(info, kinds, first);
                KeepPhotoCaptions(text, lines, kinds, last);
            }

            for (int i = 0; i < n; i++)
            {
                blocks[i] = new LayoutBlock(lines[i], kinds[i]);
            }
        }
        finally
        {
            ScratchPool<LineInfo>.Return(infoArray);
            ScratchPool<BlockKind>.Return(kindArray);
        }

        return new DocumentLayout(blocks);
    }

    /// <summary>
    /// The blocks: the lines, except in hard-wrapped text. A line that does not end a sentence and is
    /// followed in the same paragraph by a line that starts in lower case is a wrapped line and is joined
    /// with the next one. When such lines are common (a quarter of the line pairs inside paragraphs), the
    /// text is hard-wrapped throughout, and every line near the wrapping width is joined with the next line
    /// of its paragraph, so that wrapped plain text is judged by its paragraphs and not by fragments.
    /// Scraped pages have no such lines and keep one block per line (and the caller's list).
    /// </summary>
    internal static List<TextSpan> JoinWrappedLines(string text, List<TextSpan> lines)
    {
        int pairs = 0, wrapped = 0, width = 0;
        for (int i = 0; i + 1 < lines.Count; i++)
        {
            width = Math.Max(width, Math.Min(lines[i].Length, 200));
            if (AnalyzedDocument.CountNewlines(text, lines[i].End, lines[i + 1].Start) < 2)
            {
                pairs++;
                if (IsWrapped(text, lines[i], lines[i + 1]))
                {
                    wrapped++;
                }
            }
        }

        if (wrapped == 0)
        {
            return lines;
        }

        bool hardWrapped = wrapped >= 3 && wrapped * 4 >= pairs;
        int minWidth = width * 3 / 5;
        var joined = new List<TextSpan>(lines.Count);
        int start = lines[0].Start;
        for (int i = 0; i < lines.Count; i++)
        {
            bool join = i + 1 < lines.Count
                && (IsWrapped(text, lines[i], lines[i + 1])
                    || (hardWrapped && lines[i].Length >= minWidth && AnalyzedDocument.CountNewlines(text, lines[i].End, lines[i + 1].Start) < 2));
            if (!join)
            {
                joined.Add(TextSpan.FromBounds(start, lines[i].End));
                if (i + 1 < lines.Count)
                {
                    start = lines[i + 1].Start;
                }
            }
        }

        return joined;
    }

    private static bool IsWrapped(string text, TextSpan line, TextSpan next)
    {
        if (line.Length < 30 || AnalyzedDocument.CountNewlines(text, line.End, next.Start) >= 2)
        {
            return false;
        }

        ReadOnlySpan<char> s = text.AsSpan(line.Start, line.Length);
        char last = s[^1];
        char first = text[next.Start];
        if (last == '-' && char.IsLetter(first))
        {
            return true;
        }

        return char.IsLower(first) && last != ':' && FinalPunctuation(s) == '\0';
    }

    /// <summary>The features and quality of each line, for diagnostics and tests.</summary>
    internal static string[] Describe(string text, List<TextSpan> lines)
    {
        lines = JoinWrappedLines(text, lines);
        BoilerplateLexicon lex = BoilerplateLexicon.Instance;
        var info = new LineInfo[lines.Count];
        for (int i = 0; i < lines.Count; i++)
        {
            Measure(text.AsSpan(lines[i].Start, lines[i].Length), lex, ref info[i]);
        }

        MarkRepeats(text, lines, info);
        var result = new string[lines.Count];
        for (int i = 0; i < lines.Count; i++)
        {
            ref LineInfo f = ref info[i];
            f.Quality = Rate(in f, lowStop: false);
            result[i] = $"{f.Quality} w={f.Words} stop={f.StopWords} caps={f.Caps}/{f.LetterWords} end={f.EndsSentence} hard={f.Hard} rep={f.Repeated}/{f.NearRepeat} date={f.DateLike} by={f.BylineCue} break={f.Break}";
        }

        return result;
    }

    private static void Measure(ReadOnlySpan<char> s, BoilerplateLexicon lex, ref LineInfo f)
    {
        f.Length = s.Length;
        f.FirstCopy = -1;
        f.PrevCopy = -1;

        // The word features are ratios and small counts: the first 200 characters (about 35 words) of a
        // long paragraph tell them as well as the whole, and keep the cost per line bounded.
        var scanner = new WordScanner(s.Length > MaxScan ? s[..MaxScan] : s);
        ulong seq = BoilerplateLexicon.Empty;
        bool matching = true;
        WordFlags prevFlags = WordFlags.None;
        ulong prevWordHash = 0;
        int words = 0, letterWords = 0, stop = 0, caps = 0, social = 0, lastSocial = -1, byAt = -2;
        int longest = 0;
        PhraseKind longestKind = PhraseKind.None;
        PhraseKind startKind = PhraseKind.None;
        int headingWords = 0; // a heading phrase of two words or more opening the line ("Related stories …")
        bool headingGlued = false; // … with a capitalised teaser title glued after it on the same line
        bool year = false, day = false, dateWord = false, time = false, byline = false;
        while (scanner.Next(out int a, out int b, out ulong wh))
        {
            ReadOnlySpan<char> w = s[a..b];

            // While the line can still match a phrase, extend the phrase hash (the first word's is its own hash).
            matching &= words < BoilerplateLexicon.MaxPhraseWords;
            if (matching)
            {
                seq = words == 0 ? wh : BoilerplateLexicon.Append(seq, w, first: false);
                PhraseKind k = lex.PhraseAt(seq);
                matching = k != PhraseKind.None;
                if ((k & ~PhraseKind.Prefix) != PhraseKind.None)
                {
                    longest = words + 1;
                    longestKind = k & ~PhraseKind.Prefix;
                    PhraseKind sk = k & (PhraseKind.Start | PhraseKind.End | PhraseKind.Byline);
                    if (sk != PhraseKind.None && StartAllowed(s, b, words + 1))
                    {
                        startKind = sk;
                    }

                    if ((k & PhraseKind.Heading) != 0 && words + 1 >= 2)
                    {
                        headingWords = words + 1;
                    }
                }
            }

            if (headingWords > 0 && words == headingWords)
            {
                headingGlued = char.IsUpper(w[0]);
            }

            WordFlags flags = lex.WordAt(wh);
            char c0 = w[0];
            if (char.IsDigit(c0))
            {
                int v = w.Length <= 4 ? ParseSmall(w) : -1;
                if (w.Length == 4 && v is >= 1900 and <= 2099)
                {
                    year = true;
                }
                else if (w.Length <= 2 && v is >= 1 and <= 31)
                {
                    day = true;
                }

                if (b + 1 < s.Length && s[b] == ':' && char.IsDigit(s[b + 1]))
                {
                    time = true;
                }
            }
            else
            {
                letterWords++;
                if (char.IsUpper(c0))
                {
                    caps++;
                    if (byAt == words - 1)
                    {
                        byline = true;
                    }
                }

                if ((flags & WordFlags.Stop) != 0)
                {
                    stop++;
                }

                if ((flags & WordFlags.Date) != 0)
                {
                    dateWord = true;
                }

                if (words < 8 && w.Length == 2 && (w.SequenceEqual("By") || (words == 0 && (w.SequenceEqual("by") || w.SequenceEqual("BY")))))
                {
                    byAt = words;
                }
            }

            if ((flags & WordFlags.Social) != 0)
            {
                social += words > lastSocial ? 1 : 0;
                lastSocial = words;
            }
            else if ((prevFlags & WordFlags.SocialHead) != 0 && lex.IsSocial2(BoilerplateLexicon.Append(prevWordHash, w, first: false)))
            {
                social += words - 1 > lastSocial ? 2 : 1;
                lastSocial = words;
            }

            prevWordHash = wh;
            prevFlags = flags;
            words++;
        }

        f.Words = words;
        f.LetterWords = letterWords;
        f.StopWords = stop;
        f.Caps = caps;
        char end = FinalPunctuation(s);
        f.EndsSentence = end != '\0';
        f.EndsWithPeriod = end == '.';

        PhraseKind phrase = PhraseKind.None;
        if (words > 0 && longest == words)
        {
            phrase = longestKind;
        }
        else if (words <= MaxStartWords)
        {
            phrase = startKind;
        }

        // "Related stories OH NO … 'It's a great fit' Origi admits …": a related-list heading with its teasers scraped
        // onto one line, at any length, is boilerplate; it does not end the article (such boxes also stand mid-article).
        if (headingGlued && headingWords == longest)
        {
            phrase |= PhraseKind.Start;
        }

        f.Break = (phrase & PhraseKind.End) != 0 ? BreakKind.End : (phrase & PhraseKind.Heading) != 0 ? BreakKind.Heading : BreakKind.None;
        f.BylineCue = byline || (phrase & PhraseKind.Byline) != 0;
        bool hard = (phrase & (PhraseKind.Line | PhraseKind.Start | PhraseKind.Heading | PhraseKind.End)) != 0;

        // Share and follow bars: mostly social network names.
        if (social >= 2 ? social * 2 >= words : social == 1 && words == 1)
        {
            hard = true;
        }

        // Menu items: short bulleted lines in title case (not the list items of a text).
        if (IsBullet(s) && words <= 10 && !f.EndsSentence && letterWords > 0 && caps * 4 >= letterWords * 3)
        {
            hard = true;
        }

        if (s.Length < 250 && HasMark(s))
        {
            // Breadcrumbs ("Home » Analysis » ..."), pipe menus, copyright lines.
            int crumbs = 0, openers = 0, pipes = 0;
            for (int i = 0; i < s.Length; i++)
            {
                char c = s[i];
                if (c is '»' or '›')
                {
                    crumbs++;
                }
                else if (c is '«' or '‹')
                {
                    openers++;
                }
                else if (c == '|')
                {
                    pipes++;
                }
                else if (c == '©')
                {
                    hard = true;
                }
            }

            if ((crumbs >= 2 && openers == 0 && words <= 25) || (pipes >= 3 && !f.EndsSentence))
            {
                hard = true;
            }
        }

        if (s.Length < 250 && s.StartsWith("Copyright", StringComparison.OrdinalIgnoreCase))
        {
            hard = true;
        }

        // Boxes that stand mid-article and do not end it, each scraped onto one line: a related story's headline as a
        // bracketed link ("[Five questions about the halftime show]"), a newsletter sign-up box ("Sign up … Invalid
        // email address … Thank you for subscribing"), an embedded photo gallery with its slide counter ("… 1 / 10").
        // Lines already known as boilerplate are not scanned again.
        if (!hard && (IsBracketedLink(s) || IsNewsletterBox(s) || HasSlideCounter(s)))
        {
            hard = true;
        }

        // Lines that are mostly a URL (photo credits, bare links).
        int u = s.IndexOf("://", StringComparison.Ordinal);
        if (u < 0)
        {
            u = s.IndexOf("www.", StringComparison.Ordinal);
        }

        if (u >= 0)
        {
            int ua = u, ub = u;
            while (ua > 0 && !char.IsWhiteSpace(s[ua - 1]))
            {
                ua--;
            }

            while (ub < s.Length && !char.IsWhiteSpace(s[ub]))
            {
                ub++;
            }

            int urlLength = ub - ua;
            if (urlLength * 2 >= s.Length || s.Length - urlLength < 60)
            {
                hard = true;
            }
        }

        f.Hard = hard;
        f.DateLike = (year || (dateWord && day) || (time && (dateWord || day))) && letterWords <= 6 && s.Length <= 80;
    }

    private static int ParseSmall(ReadOnlySpan<char> digits)
    {
        int v = 0;
        foreach (char c in digits)
        {
            if (c is < '0' or > '9')
            {
                return -1;
            }

            v = (v * 10) + (c - '0');
        }

        return v;
    }

    /// <summary>A one-word start phrase counts only when punctuation or a glued word follows it ("Share." "Photo:" "Home»").</summary>
    private static bool StartAllowed(ReadOnlySpan<char> s, int end, int phraseWords)
    {
        if (phraseWords >= 2 || end >= s.Length || char.IsLetterOrDigit(s[end]))
        {
            return true;
        }

        int i = end;
        while (i < s.Length && s[i] == ' ')
        {
            i++;
        }

        return i >= s.Length || s[i] is ':' or '.' or '|' or '-' or '–' or '—' or '»' or '›' or '/' or '>' or '(' or '•' or '·';
    }

    /// <summary>The sentence-final punctuation a line ends with (before closing quotes and brackets), or '\0'; an ellipsis does not count.</summary>
    private static char FinalPunctuation(ReadOnlySpan<char> s)
    {
        int j = s.Length - 1;
        bool quote = false;
        while (j >= 0 && s[j] is '"' or '”' or '’' or '\'' or ')' or ']' or '»' or '*' or ' ' or '\u00A0')
        {
            quote |= s[j] is '"' or '”' or '»';
            j--;
        }

        if (j < 0)
        {
            return '\0';
        }

        char c = s[j];

        // A long line that ends with a closing quote is a quotation, even without a full stop inside the marks.
        if (quote && s.Length >= ShortLength && char.IsLetterOrDigit(c))
        {
            return '”';
        }

        if (c == '.')
        {
            return j == 0 || s[j - 1] != '.' ? '.' : '\0';
        }

        return c is '!' or '?' or '。' or '！' or '？' or '؟' or '۔' or '।' ? c : '\0';
    }

    /// <summary>
    /// The article's own photo captions and credits ("Getty Images Fans celebrate the title", "Image copyright Reuters
    /// Image caption …", "Enlarge this image toggle caption Jane Doe/AP"), from the headline to the last line of text,
    /// are part of the article, not page furniture: the header rules and the label phrases had made them boilerplate.
    /// Captions after the text (teasers of other stories with their credits) stay boilerplate.
    /// </summary>
    private static void KeepPhotoCaptions(string text, List<TextSpan> lines, Span<BlockKind> kinds, int last)
    {
        int from = 0;
        while (from < last && kinds[from] != BlockKind.Headline)
        {
            from++;
        }

        from = from == last ? 0 : from;
        for (int k = from; k < last; k++)
        {
            if (kinds[k] == BlockKind.Boilerplate && IsPhotoCaption(text.AsSpan(lines[k].Start, lines[k].Length)))
            {
                kinds[k] = BlockKind.Body;
            }
        }
    }

    private static readonly string[] CaptionOpeners =
        ["Image copyright ", "Image caption ", "Enlarge this image toggle caption ", "Getty Images ", "© ", "AP Photo", "Photo: ", "Photograph: ", "Photo credit"];

    /// <summary>A line that opens with a photo credit or caption label and says more than the label (at most 400 characters).</summary>
    internal static bool IsPhotoCaption(ReadOnlySpan<char> s)
    {
        s = s.Trim();
        if (s.Length > 400)
        {
            return false;
        }

        foreach (string opener in CaptionOpeners)
        {
            if (s.Length > opener.Length + 2 && s.StartsWith(opener, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A whole line in square brackets, short as a headline (120 characters at most): the inline link to a related
    /// story. Editor's notes ("[Editor's note: …]") and longer bracketed notes about the article stay text.
    /// </summary>
    internal static bool IsBracketedLink(ReadOnlySpan<char> s)
    {
        s = s.Trim();
        return s.Length is >= 12 and <= 120 && s[0] == '[' && s[^1] == ']' && s[1..^1].IndexOfAny('[', ']') < 0
            && !s[1..].TrimStart().StartsWith("Editor", StringComparison.OrdinalIgnoreCase);
    }

    private static readonly string[] NewsletterCues =
        ["subscribe", "subscribing", "newsletter", "sign up", "invalid email", "email address", "your inbox", "try again later", "privacy policy"];

    /// <summary>
    /// A newsletter sign-up box: a line that names a newsletter or subscribing and holds three of the box's stock
    /// phrases ("sign up", "invalid email", "thank you for subscribing", "your inbox" …), or two in a short line
    /// ("Get the weekly newsletter. SUBSCRIBE").
    /// </summary>
    internal static bool IsNewsletterBox(ReadOnlySpan<char> s)
    {
        // A box is a few short sentences (a long paragraph that mentions newsletters is prose), and it always names the
        // newsletter or the act of subscribing: two scans reject almost every line before the full cue count.
        if (s.Length > 1500
            || (s.IndexOf("subscri", StringComparison.OrdinalIgnoreCase) < 0 && s.IndexOf("newsletter", StringComparison.OrdinalIgnoreCase) < 0))
        {
            return false;
        }

        int cues = 0;
        foreach (string cue in NewsletterCues)
        {
            if (s.IndexOf(cue, StringComparison.OrdinalIgnoreCase) >= 0 && ++cues >= 3)
            {
                return true;
            }
        }

        return cues == 2 && s.Length <= 150;
    }

    /// <summary>
    /// A gallery's slide counter "1 / N" (N from 2 to 999, spaces around the slash) standing as its own words: at the
    /// end of the line or before the first slide's caption.
    /// </summary>
    internal static bool HasSlideCounter(ReadOnlySpan<char> s)
    {
        int from = 0;
        while (from < s.Length)
        {
            int k = s[from..].IndexOf("1 / ", StringComparison.Ordinal);
            if (k < 0)
            {
                return false;
            }

            k += from;
            int d = k + 4, n = 0, value = 0;
            while (d + n < s.Length && n < 4 && char.IsAsciiDigit(s[d + n]))
            {
                value = (value * 10) + (s[d + n] - '0');
                n++;
            }

            if ((k == 0 || char.IsWhiteSpace(s[k - 1])) && n is >= 1 and <= 3 && value >= 2 && (d + n == s.Length || char.IsWhiteSpace(s[d + n])))
            {
                return true;
            }

            from = k + 1;
        }

        return false;
    }

    private static bool IsBullet(ReadOnlySpan<char> s)
    {
        if (s.Length < 2)
        {
            return false;
        }

        char c = s[0];
        return c is '•' or '·' or '▪' or '►' or '‣' or '◦' or '■' or '●' || (c is '*' or '-' or '–' or '—' && s[1] == ' ');
    }

    /// <summary>Finds identical lines: all copies are marked repeated; each later copy points to the first and to the previous one.</summary>
    private static void MarkRepeats(string text, List<TextSpan> lines, Span<LineInfo> info)
    {
        var seen = new LineHashes(lines.Count);
        try
        {
            for (int i = 0; i < lines.Count; i++)
            {
                ref LineInfo f = ref info[i];
                // Only lines that repetition can change are hashed: headline copies, captions, short lines.
                if (f.Length < 8 || f.Length > MaxRepeatLength || f.LetterWords < 2 || (f.EndsSentence && f.Length >= 200))
                {
                    continue;
                }

                ReadOnlySpan<char> s = text.AsSpan(lines[i].Start, lines[i].Length);
                ulong h = 14695981039346656037UL;
                foreach (char c in s)
                {
                    h = (h ^ c) * 1099511628211UL;
                }

                f.Hash = h;
                if (seen.TryGetValue(h, out int j) && s.SequenceEqual(text.AsSpan(lines[j].Start, lines[j].Length)))
                {
                    ref LineInfo p = ref info[j];
                    p.Repeated = true;
                    f.Repeated = true;
                    f.FirstCopy = p.FirstCopy >= 0 ? p.FirstCopy : j;
                    f.PrevCopy = j;
                    if (i - j <= NearRepeat)
                    {
                        f.NearRepeat = true;
                        p.NearRepeat = true;
                    }
                }

                seen.Set(h, i);
            }
        }
        finally
        {
            seen.Return();
        }
    }

    private static Quality Rate(in LineInfo f, bool lowStop)
    {
        if (f.Hard)
        {
            return Quality.HardBad;
        }

        // A line repeated within a few lines is a headline copy or a caption (every copy), or a sentence
        // scraped twice (the later copies); a paragraph repeated further away (pull quotes, a page scraped
        // twice) is rated as any other line.
        if (f.NearRepeat && f.LetterWords >= 4 && (!f.EndsSentence || (f.FirstCopy >= 0 && f.Length < 200)))
        {
            return Quality.HardBad;
        }

        if (f.DateLike)
        {
            return Quality.Bad;
        }

        bool titleLike = f.LetterWords >= 3 && f.Caps * 4 >= f.LetterWords * 3;
        if (!f.EndsSentence && f.Length < 200)
        {
            return titleLike ? Quality.Bad : Quality.Short;
        }

        if (f.Length < ShortLength)
        {
            return Quality.Short;
        }

        if (lowStop)
        {
            return f.Length >= GoodLength ? Quality.Good : Quality.NearGood;
        }

        int w = Math.Max(1, f.Words);
        if (f.StopWords * 100 >= w * 30)
        {
            return f.Length >= GoodLength ? Quality.Good : Quality.NearGood;
        }

        return f.StopWords * 100 >= w * 15 ? Quality.NearGood : Quality.Bad;
    }

    /// <summary>Groups good blocks into clusters and returns the extent of the article's cluster(s).</summary>
    private static bool FindArticle(Span<LineInfo> info, out int first, out int last)
    {
        first = last = -1;
        var clusters = new List<Cluster>();
        int cur = -1, badRun = 0;
        BreakKind pending = BreakKind.None;
        for (int i = 0; i < info.Length; i++)
        {
            ref LineInfo f = ref info[i];
            if (f.Break != BreakKind.None)
            {
                cur = -1;
                badRun = 0;
                pending = Max(pending, f.Break);
                continue;
            }

            switch (f.Quality)
            {
                case Quality.Bad:
                case Quality.HardBad:
                    if (++badRun >= BadRunBreak && cur >= 0)
                    {
                        cur = -1;
                        pending = Max(pending, BreakKind.Run);
                    }

                    break;
                case Quality.Good:
                case Quality.NearGood:
                    badRun = 0;
                    if (cur < 0)
                    {
                        clusters.Add(new Cluster { First = i, Before = pending });
                        cur = clusters.Count - 1;
                        pending = BreakKind.None;
                    }

                    Cluster c = clusters[cur];
                    c.Last = i;
                    c.TextBlocks++;
                    if (f.Quality == Quality.Good)
                    {
                        c.Weight += f.Length;
                        c.GoodBlocks++;
                    }
                    else
                    {
                        c.Weight += f.Length / 2;
                    }

                    clusters[cur] = c;
                    break;
            }
        }

        if (clusters.Count == 0)
        {
            return false;
        }

        int main = 0;
        long best = -1;
        for (int k = 0; k < clusters.Count; k++)
        {
            Cluster c = clusters[k];

            // Text just after a "Related" or "Comments" heading is teasers or comments unless it outweighs the rest.
            long w = c.Before is BreakKind.Heading or BreakKind.End ? c.Weight * 3 / 4 : c.Weight;
            if (w > best)
            {
                best = w;
                main = k;
            }
        }

        first = clusters[main].First;
        last = clusters[main].Last;
        long mainWeight = clusters[main].Weight;

        // An article split by an inline "Also read" list or a gallery keeps its other parts that are runs of
        // paragraphs (teaser lists and comments alternate text with titles, names and dates), but nothing
        // past an end-of-article marker.
        // A heading line alone ("Read more") between two runs of paragraphs is a link inside the article:
        // the lead before it is kept, and so is a run of paragraphs right after it.
        for (int k = main + 1; k < clusters.Count && clusters[k].Before != BreakKind.End; k++)
        {
            Cluster c = clusters[k];
            bool inline = c.Before == BreakKind.Heading && c.First - last - 1 <= 3 && c.TextBlocks >= 2 && IsDense(c);
            if (inline || IsContinuation(c, mainWeight))
            {
                last = c.Last;
            }
        }

        for (int k = main - 1; k >= 0 && clusters[k + 1].Before != BreakKind.End; k--)
        {
            Cluster c = clusters[k];
            bool inline = clusters[k + 1].Before == BreakKind.Heading && first - c.Last - 1 <= 3 && c.GoodBlocks >= 1 && IsDense(c);
            if (inline || IsContinuation(c, mainWeight))
            {
                first = c.First;
            }
        }

        return true;
    }

    private static bool IsContinuation(in Cluster c, long mainWeight) =>
        c.GoodBlocks >= 3 && c.Weight * 5 >= mainWeight && IsDense(c);

    /// <summary>Mostly paragraphs, as an article is (teaser lists and comments alternate text with titles, names and dates).</summary>
    private static bool IsDense(in Cluster c) => c.TextBlocks * 10 >= (c.Last - c.First + 1) * 6;

    private static BreakKind Max(BreakKind a, BreakKind b) => a > b ? a : b;

    /// <summary>Breadcrumb, pipe-menu and copyright marks: » › | © « ‹ (a short loop; the lines asked about are under 250 characters).</summary>
    private static bool HasMark(ReadOnlySpan<char> s)
    {
        foreach (char c in s)
        {
            if (c is '»' or '›' or '|' or '©' or '«' or '‹')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Line hash → index of the last line seen with it (open addressing; a Dictionary&lt;ulong, int&gt; would be
    /// JIT-compiled on first use).
    /// </summary>
    private sealed class LineHashes
    {
        private readonly ulong[] _keys;
        private readonly int[] _values; // index + 1; 0 = empty slot
        private readonly int _mask;

        public LineHashes(int capacity)
        {
            int size = 16;
            while (size < capacity * 2)
            {
                size <<= 1;
            }

            // Pooled: only the first size slots are used (and cleared); Return gives them back.
            _keys = ScratchPool<ulong>.Rent(size);
            _values = ScratchPool<int>.Rent(size);
            _values.AsSpan(0, size).Clear();
            _mask = size - 1;
        }

        public void Return()
        {
            ScratchPool<ulong>.Return(_keys);
            ScratchPool<int>.Return(_values);
        }

        public bool TryGetValue(ulong key, out int value)
        {
            int i = Slot(key);
            while (_values[i] != 0)
            {
                if (_keys[i] == key)
                {
                    value = _values[i] - 1;
                    return true;
                }

                i = (i + 1) & _mask;
            }

            value = 0;
            return false;
        }

        public void Set(ulong key, int value)
        {
            int i = Slot(key);
            while (_values[i] != 0 && _keys[i] != key)
            {
                i = (i + 1) & _mask;
            }

            _keys[i] = key;
            _values[i] = value + 1;
        }

        private int Slot(ulong key) => (int)(key ^ (key >> 31)) & _mask;
    }

    /// <summary>
    /// For each block, the class of the nearest block before and after it that is clearly text (good or
    /// near-good: +1) or clearly boilerplate (hard-bad: -1), skipping short and bad blocks; 0 at the edges.
    /// </summary>
    private static void ComputeNeighbours(Span<LineInfo> info)
    {
        sbyte near = 0;
        for (int i = 0; i < info.Length; i++)
        {
            info[i].Prev = near;
            near = Polarity(info[i].Quality, near);
        }

        near = 0;
        for (int i = info.Length - 1; i >= 0; i--)
        {
            info[i].Next = near;
            near = Polarity(info[i].Quality, near);
        }
    }

    private static sbyte Polarity(Quality q, sbyte previous) => q switch
    {
        Quality.Good or Quality.NearGood => 1,
        Quality.HardBad => -1,
        _ => previous,
    };

    /// <summary>Context smoothing for a short or bad block: it takes the class its neighbours agree on, else its own leaning.</summary>
    private static bool NeutralIsBody(in LineInfo f)
    {
        if (f.Prev > 0 && f.Next > 0)
        {
            return true;
        }

        if (f.Prev < 0 && f.Next < 0)
        {
            return false;
        }

        return f.EndsSentence || (f.Quality == Quality.Short && f.Words >= 4 && f.StopWords * 4 >= f.Words && f.Caps * 2 < f.LetterWords);
    }

    private static void ClassifyBody(Span<LineInfo> info, Span<BlockKind> kinds, int first, int last)
    {
        for (int i = first; i <= last; i++)
        {
            ref LineInfo f = ref info[i];
            bool body = f.Quality switch
            {
                Quality.Good or Quality.NearGood => true,
                Quality.Short or Quality.Bad => NeutralIsBody(f),
                _ => false,
            };
            if (body)
            {
                kinds[i] = BlockKind.Body;
            }
        }

        // Lines that close the article ("Originally published by ...", "(Reporting by ...)").
        for (int i = last + 1; i < info.Length && info[i].Quality is Quality.Short or Quality.Bad && NeutralIsBody(info[i]); i++)
        {
            kinds[i] = BlockKind.Body;
        }
    }

    private static bool IsHeadlineCandidate(in LineInfo f) =>
        !f.Hard && !f.DateLike && !f.BylineCue && f.Break == BreakKind.None
        && f.LetterWords >= 2 && f.Words <= 40 && f.Length <= 300
        && f.Quality is Quality.Short or Quality.Bad or Quality.HardBad;

    private static void ClassifyHeader(Span<LineInfo> info, Span<BlockKind> kinds, int first)
    {
        // Short sentences just before the first good block are the start of the text.
        int bodyStart = first;
        while (bodyStart > 0 && info[bodyStart - 1].Quality == Quality.Short && info[bodyStart - 1].EndsSentence
               && !info[bodyStart - 1].BylineCue && !info[bodyStart - 1].DateLike)
        {
            bodyStart--;
            kinds[bodyStart] = BlockKind.Body;
        }

        // The headline: the best title-like line a few lines above the text; a copy close by counts for it.
        int best = -1, bestScore = int.MinValue, seen = 0;
        for (int j = bodyStart - 1; j >= 0 && first - j <= HeaderReach; j--)
        {
            ref LineInfo f = ref info[j];
            if (f.Quality is Quality.Good or Quality.NearGood)
            {
                break;
            }

            // Menus, share bars, bylines and dates do not use up the window; other lines do.
            if (!f.Hard && !f.DateLike && !f.BylineCue)
            {
                seen++;
            }

            if (IsHeadlineCandidate(f))
            {
                int score = f.NearRepeat ? 40 : 0;
                score += f.LetterWords > 20 ? 0 : f.LetterWords >= 4 ? 20 : f.LetterWords == 3 ? 0 : -20;
                if (f.EndsWithPeriod)
                {
                    score -= 30;
                }

                score -= seen;
                if (j == 0)
                {
                    score += 12;
                }
                if (score > bestScore)
                {
                    best = j;
                    bestScore = score;
                }
            }

            if (seen >= HeaderWindow)
            {
                break;
            }
        }

        int headline = best;
        if (headline >= 0)
        {
            while (info[headline].NearRepeat && info[headline].PrevCopy >= 0 && headline - info[headline].PrevCopy <= NearRepeat)
            {
                headline = info[headline].PrevCopy;
            }

            kinds[headline] = BlockKind.Headline;
            if (headline > 0 && info[headline - 1].DateLike && !info[headline - 1].Hard)
            {
                kinds[headline - 1] = BlockKind.Dateline;
            }
        }

        // Between the headline (or a few lines up) and the text: bylines, datelines, the rest boilerplate.
        int from = headline >= 0 ? headline + 1 : Math.Max(0, bodyStart - 4);
        int bylines = 0;
        ulong headlineHash = headline >= 0 ? info[headline].Hash : 0;
        for (int k = from; k < bodyStart; k++)
        {
            ref LineInfo f = ref info[k];
            if (f.Hard || (f.Repeated && f.Hash == headlineHash) || f.Quality is Quality.Good or Quality.NearGood)
            {
                continue;
            }

            if (f.BylineCue)
            {
                kinds[k] = BlockKind.Byline;
            }
            else if (f.DateLike)
            {
                kinds[k] = BlockKind.Dateline;
            }
            else if (headline >= 0 && !f.Repeated && !f.EndsSentence && f.LetterWords is >= 1 and <= 8 && f.Length <= 80 && bylines < 3)
            {
                kinds[k] = BlockKind.Byline;
                bylines++;
            }
            else if (k == headline + 1 && IsStandfirst(in f))
            {
                kinds[k] = BlockKind.Body;
            }
        }
    }

    /// <summary>
    /// The standfirst right under a headline ("Four routes will link the suburbs with the hospital in a plan critics
    /// say ignores cyclists"): a sentence of prose, often without its final period, that summarises the article: it is
    /// part of the text, not page furniture. Prose: eight words or more, mostly lower case, one in five a function
    /// word, not a copy of another line. (The caller has already taken boilerplate lines, bylines and datelines; a
    /// line with a heading or end phrase is boilerplate.)
    /// </summary>
    private static bool IsStandfirst(in LineInfo f) =>
        !f.Repeated && f.LetterWords >= 8 && f.Length <= 400 && f.StopWords * 5 >= f.Words && f.Caps * 2 < f.LetterWords;

    // A class: a List of a private struct would be a generic instantiation JIT-compiled on first use (ten
    // methods), a List of a class runs the framework's precompiled shared code. Clusters are few per text.
    private sealed class Cluster
    {
        public int First;
        public int Last;
        public long Weight;
        public int GoodBlocks;
        public int TextBlocks;
        public BreakKind Before;
    }

    private struct LineInfo
    {
        public int Length;
        public int Words;
        public int LetterWords;
        public int StopWords;
        public int Caps;
        public int FirstCopy;
        public int PrevCopy;
        public ulong Hash;
        public bool EndsSentence;
        public bool Hard;
        public bool DateLike;
        public bool BylineCue;
        public bool Repeated;
        public bool NearRepeat;
        public BreakKind Break;
        public Quality Quality;
        public sbyte Prev;
        public sbyte Next;
        public bool EndsWithPeriod;
    }
}
