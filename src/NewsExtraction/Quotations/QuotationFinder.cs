using NewsExtraction.Organisations;
using NewsExtraction.Text;

namespace NewsExtraction.Quotations;

/// <summary>
/// The quotation rules for one article. All state is per article; an instance is created for one
/// <see cref="QuotationExtractor"/> call and thrown away.
/// </summary>
/// <remarks>
/// Steps: (1) pair the quotation marks (<see cref="QuoteMarkScanner"/>); (2) find every speech verb
/// outside quotes and the speaker it names (left: "X said", right: "said X", "according to X";
/// apposition "X, a spokesman for Y, said"; participles "…, stating that" take the subject of
/// their clause; pronouns and "the ministry" resolve to the nearest fitting speaker or organisation
/// before them); (3) attach each quoted stretch to the speech verb right after it, else to the
/// nearest one before it in its sentence, else to its sentence's subject, else (continuation) to
/// the speaker of the previous quote or speech verb in the same or the previous paragraph;
/// (4) keep stretches that read as quotations (length, sentence shape, attribution) and drop
/// scare quotes and titles; (5) report unmarked direct speech after "X said:".
/// Every step works on bounded token windows, so the whole is linear in the text length.
/// </remarks>
internal sealed class QuotationFinder
{
    private const int MaxPhrase = 16;

    private readonly AnalyzedDocument _doc;
    private readonly string _text;
    private readonly TokenView _v;
    private readonly QuotationExtractorOptions _options;
    private readonly string _extractorName;
    private readonly CancellationToken _cancellationToken;
    private readonly List<QuotedStretch> _stretches;
    // The article's organisations by position: a pooled array (given back by ReleaseScratch), _orgCount long.
    private OrgName[] _orgs;
    private int _orgCount;
    private readonly NameIndex _names;
    private readonly int[] _unitOfLine;
    private readonly bool[] _inTitleLine;
    private readonly bool[] _teaserLine;
    private readonly List<SpeechEvent> _events = new();
    private readonly Dictionary<int, int> _eventByCue = new();
    private readonly HashSet<int> _mutedCues = new();
    // The words the article writes in lower case, built on first need on a pooled table (given back by
    // ReleaseScratch), so no set grows per article.
    private PooledNameTable<bool>? _lowerWords;

    private QuotationFinder(AnalyzedDocument doc, IReadOnlyList<OrganisationMention> organisations, QuotationExtractorOptions options, string extractorName, CancellationToken cancellationToken)
    {
        _doc = doc;
        _text = doc.Text;
        _v = new TokenView(doc.Text, doc.Tokens);
        _v.Memoise();
        _options = options;
        _extractorName = extractorName;
        _cancellationToken = cancellationToken;
        _stretches = QuoteMarkScanner.Scan(doc.Text, doc.Paragraphs, cancellationToken);
        _inTitleLine = FindTitleLines();
        _orgs = BuildOrganisations(organisations, out _orgCount);
        _names = new NameIndex(_v, _inTitleLine);
        _unitOfLine = BuildUnits();
        _teaserLine = FindTeaserLines();
    }

    private enum AttributionKind
    {
        None,
        After,
        Before,
        Subject,
        Continued,
    }

    /// <summary>Finds the quotations of one article.</summary>
    public static List<QuotationMention> Find(AnalyzedDocument doc, IReadOnlyList<OrganisationMention> organisations, QuotationExtractorOptions options, string extractorName, CancellationToken cancellationToken)
    {
        var finder = new QuotationFinder(doc, organisations, options, extractorName, cancellationToken);
        var mentions = new List<QuotationMention>();
        try
        {
            finder.BuildEvents();
            finder.AddMarked(mentions);
            if (options.IncludeUnmarked)
            {
                finder.AddUnmarked(mentions);
                finder.AddHeadlineSpeech(mentions);
                finder.AddEmbeddedPosts(mentions);
            }
        }
        finally
        {
            finder.ReleaseScratch();
        }

        mentions.Sort(static (a, b) => a.Span.CompareTo(b.Span));
        return mentions;
    }

    // ---------------------------------------------------------------- title lines

    /// <summary>
    /// Marks the tokens of lines written in Title Case ("Hillary Clinton Flattered Obama As …"): headlines and
    /// menus, where capitalised verbs would otherwise join names.
    /// </summary>
    private bool[] FindTitleLines()
    {
        // Pooled (given back by ReleaseScratch); only [0, token count) is used.
        bool[] flags = ScratchPool<bool>.Rent(Math.Max(1, _v.Count));
        flags.AsSpan(0, _v.Count).Clear();
        foreach (TextSpan line in _doc.Lines)
        {
            int first = _doc.TokenIndexAt(line.Start);
            int words = 0, lower = 0;
            int k = first;
            for (; k < _v.Count && _v.Start(k) < line.End; k++)
            {
                if (!_v.IsWord(k) || _v.IsPossessiveWord(k))
                {
                    continue;
                }

                words++;
                if (_v.Case(k) == TokenCase.Lower && !QuoteLexicon.TitleSmallWords.Contains(_v.Span(k)))
                {
                    // One lower-case content word and the line is no title line: the rest need not be read.
                    lower++;
                    break;
                }
            }

            if (words >= 4 && lower == 0)
            {
                for (int m = first; m < k; m++)
                {
                    flags[m] = true;
                }
            }
        }

        return flags;
    }

    // ---------------------------------------------------------------- units (paragraphs as the reader sees them)

    /// <summary>
    /// Numbers the paragraphs as a reader sees them: blank-line paragraphs, split further at line
    /// breaks after a finished sentence (scraped pages often put one paragraph per line).
    /// </summary>
    private int[] BuildUnits()
    {
        IReadOnlyList<TextSpan> lines = _doc.Lines;
        int[] units = ScratchPool<int>.Rent(Math.Max(1, lines.Count)); // pooled, like the title-line flags
        int unit = -1;
        int paragraph = -1;
        for (int i = 0; i < lines.Count; i++)
        {
            int p = _doc.ParagraphIndexAt(lines[i].Start);
            if (i == 0 || p != paragraph || EndsFinished(lines[i - 1]))
            {
                unit++;
            }

            units[i] = unit;
            paragraph = p;
        }

        return units;
    }

    private bool EndsFinished(TextSpan line)
    {
        int k = line.End - 1;
        while (k > line.Start && _text[k] is '"' or '\'' or '\u201D' or '\u2019' or '\u00BB' or ')' or ']')
        {
            k--;
        }

        return _text[k] is '.' or '!' or '?' or ':' or '\u2026' || k < line.End - 1;
    }

    /// <summary>
    /// Lines that run several shouted kickers together ("MOST READ … CALM DAN Name warns … NO SHOW Name pulls out …"):
    /// a list of other stories' teasers, three or more runs of two or more capitalised words. Their people and speech
    /// verbs are no antecedents for a pronoun of the article below them.
    /// </summary>
    private bool[] FindTeaserLines()
    {
        IReadOnlyList<TextSpan> lines = _doc.Lines;
        var flags = new bool[Math.Max(1, lines.Count)];
        for (int i = 0; i < lines.Count; i++)
        {
            int runs = 0, run = 0;
            for (int k = _doc.TokenIndexAt(lines[i].Start); k < _v.Count && _v.Start(k) < lines[i].End; k++)
            {
                if (!_v.IsWord(k))
                {
                    continue;
                }

                if (_v.Case(k) == TokenCase.Upper && _v.Span(k).Length >= 2)
                {
                    if (++run == 2)
                    {
                        runs++;
                    }
                }
                else
                {
                    run = 0;
                }
            }

            flags[i] = runs >= 3;
        }

        return flags;
    }

    /// <summary>True when <paramref name="position"/> stands on a line of other stories' teasers (<see cref="FindTeaserLines"/>).</summary>
    private bool OnTeaserLine(int position) => _teaserLine[LineAt(position)];

    private int LineAt(int position)
    {
        IReadOnlyList<TextSpan> lines = _doc.Lines;
        int lo = 0, hi = lines.Count - 1, found = 0;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            if (lines[mid].Start <= position)
            {
                found = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return found;
    }

    /// <summary>The reader's paragraph (unit) at a position.</summary>
    private int UnitAt(int position) => _doc.Lines.Count == 0 ? 0 : _unitOfLine[LineAt(position)];

    // ---------------------------------------------------------------- organisations

    private OrgName[] BuildOrganisations(IReadOnlyList<OrganisationMention> fromExtractor, out int count)
    {
        // Both lists on pooled arrays: the extractor's names (scratch, given back here) and all names (kept
        // for the article, given back by ReleaseScratch).
        int givenCount = fromExtractor.Count;
        OrgName[] givenArray = ScratchPool<OrgName>.Rent(Math.Max(16, givenCount));
        for (int k = 0; k < givenCount; k++)
        {
            OrganisationMention m = fromExtractor[k];
            givenArray[k] = new OrgName(m.Span, m.Text, m.Canonical, m.Type);
        }

        Span<OrgName> given = givenArray.AsSpan(0, givenCount);
        given.Sort(static (a, b) => a.Span.CompareTo(b.Span));

        // Capitalised runs with an organisation word, or acronyms, where the extractor found nothing.
        var all = new ScratchList<OrgName>(givenCount + 16);
        int g = 0;
        int n = _v.Count;
        int i = 0;
        while (i < n)
        {
            if (!_v.IsNameWord(i))
            {
                i++;
                continue;
            }

            int end = _v.NameRunEnd(i, n);
            int a = i;
            while (a < end - 1 && (QuoteLexicon.Demonyms.Contains(_v.Span(a)) || QuoteLexicon.NonNames.Contains(_v.Span(a))))
            {
                a++;
            }

            if (end - a > 2 && HasOrgWord(a, end))
            {
                // "Edward Alden of the Council on Foreign Relations": the organisation starts after "of".
                for (int m = a + 1; m < end - 1; m++)
                {
                    if (_v.Is(m, "of") || _v.Is(m, "for"))
                    {
                        if (!HasOrgWord(a, m) && HasOrgWord(m + 1, end))
                        {
                            a = _v.Is(m + 1, "the") ? m + 2 : m + 1;
                        }

                        break;
                    }
                }
            }

            int named = end - a > 1 ? _v.AfterTitles(a, end) : a;
            if (named > a && named < end && !HasOrgWord(named, end))
            {
                end = a; // "Chief Cabinet Secretary Hirokazu Matsuno": a titled person, not an organisation
            }

            bool org = end - a == 1 ? _v.Case(a) == TokenCase.Upper && _v.Span(a).Length >= 2 : end > a && HasOrgWord(a, end);
            org &= end > a && !_inTitleLine[a];
            if (!org && end - a == 1 && QuoteLexicon.OrgWords.Contains(_v.Span(a)))
            {
                org = true;
            }

            if (org)
            {
                TextSpan span = _v.SpanOf(a, end);
                while (g < givenCount && given[g].Span.End <= span.Start)
                {
                    all.Add(given[g++]);
                }

                if (g >= givenCount || !given[g].Span.OverlapsWith(span))
                {
                    string t = _v.TextOf(a, end);
                    all.Add(new OrgName(span, t, t, OrganisationType.Unknown));
                }
            }

            i = Math.Max(i + 1, _v.NameRunEnd(i, n));
        }

        while (g < givenCount)
        {
            all.Add(given[g++]);
        }

        ScratchPool<OrgName>.Return(givenArray);
        OrgName[] result = all.Detach(out count);
        result.AsSpan(0, count).Sort(static (a, b) => a.Span.CompareTo(b.Span));
        ExpandAcronyms(result.AsSpan(0, count));
        return result;
    }

    /// <summary>
    /// An acronym the article never defines in brackets takes the long form the article names before it when
    /// the long form's capitalised words spell it ("All Nippon Airways said …" then "ANA said"): the fullest name,
    /// as newspapers give the long form on first reference. An acronym met before its long form ("RT, also known
    /// as Russia Today") is the name the article goes by and stays. One pass in text order.
    /// </summary>
    private static void ExpandAcronyms(Span<OrgName> orgs)
    {
        Dictionary<string, string>? byInitials = null;
        HashSet<string>? seenShort = null;
        Span<char> buffer = stackalloc char[8];
        for (int k = 0; k < orgs.Length; k++)
        {
            string c = orgs[k].Canonical;
            if (IsAcronym(c))
            {
                if (byInitials is not null && byInitials.TryGetValue(c, out string? full) && (seenShort is null || !seenShort.Contains(c)))
                {
                    orgs[k] = orgs[k] with { Canonical = full };
                }
                else
                {
                    (seenShort ??= new HashSet<string>(StringComparer.Ordinal)).Add(c);
                }
            }
            else if (Initials(c, buffer) is int length and > 1)
            {
                byInitials ??= new Dictionary<string, string>(StringComparer.Ordinal);
                byInitials.TryAdd(new string(buffer[..length]), c);
            }
        }
    }

    private static bool IsAcronym(string s)
    {
        if (s.Length is < 2 or > 6)
        {
            return false;
        }

        foreach (char ch in s)
        {
            if (!char.IsAsciiLetterUpper(ch))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The initials of a name of two to eight capitalised words ("All Nippon Airways" -> "ANA"), small
    /// connectors skipped; 0 when any other word is lower case or written in capitals (already an acronym).
    /// </summary>
    private static int Initials(string name, Span<char> buffer)
    {
        int length = 0;
        int i = 0;
        while (i < name.Length)
        {
            while (i < name.Length && name[i] == ' ')
            {
                i++;
            }

            int start = i;
            while (i < name.Length && name[i] != ' ')
            {
                i++;
            }

            if (i == start)
            {
                break;
            }

            ReadOnlySpan<char> word = name.AsSpan(start, i - start);
            if (word is "of" or "the" or "and" or "for" or "on" or "in" or "de" or "&")
            {
                continue;
            }

            if (!char.IsAsciiLetterUpper(word[0]) || (word.Length > 1 && !char.IsAsciiLetterLower(word[1])) || length == buffer.Length)
            {
                return 0;
            }

            buffer[length++] = word[0];
        }

        return length;
    }

    private bool HasOrgWord(int a, int b)
    {
        for (int k = a; k < b; k++)
        {
            if (_v.IsWord(k) && _v.Case(k) != TokenCase.Lower && QuoteLexicon.OrgWords.Contains(_v.Span(k)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The index of the first organisation that ends after <paramref name="position"/>.</summary>
    private int FirstOrgEndingAfter(int position)
    {
        int lo = 0, hi = _orgCount;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (_orgs[mid].Span.End <= position)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    /// <summary>
    /// Walking back through the organisations, nearest first: the index of the next one before index <paramref name="k"/>
    /// that ends at or before <paramref name="position"/>, or -1 once <see cref="MaxOrgsBack"/> have been looked at or the
    /// next one ends more than <see cref="MaxOrgCharsBack"/> characters before the position. Start with
    /// <c>k = FirstOrgEndingAfter(position)</c> and <paramref name="steps"/> = 0.
    /// </summary>
    private int PreviousOrgBefore(int k, int position, ref int steps)
    {
        for (k--; k >= 0 && steps < MaxOrgsBack; k--, steps++)
        {
            int end = _orgs[k].Span.End;
            if (end > position)
            {
                continue;
            }

            if (position - end > MaxOrgCharsBack)
            {
                return -1;
            }

            steps++;
            return k;
        }

        return -1;
    }

    /// <summary>How many organisations a walk back from a speaker looks at, at most.</summary>
    private const int MaxOrgsBack = 80;

    /// <summary>How far back (in characters) a walk back from a speaker looks for an organisation.</summary>
    private const int MaxOrgCharsBack = 6000;

    /// <summary>The first organisation lying inside the character range.</summary>
    private OrgName? OrgInside(int start, int end)
    {
        for (int k = FirstOrgEndingAfter(start); k < _orgCount && _orgs[k].Span.Start < end; k++)
        {
            if (_orgs[k].Span.Start >= start && _orgs[k].Span.End <= end)
            {
                return _orgs[k];
            }
        }

        return null;
    }

    /// <summary>The organisation overlapping the character range, preferring one that ends where the range ends.</summary>
    private OrgName? OrgOverlapping(int start, int end)
    {
        OrgName? found = null;
        for (int k = FirstOrgEndingAfter(start); k < _orgCount && _orgs[k].Span.Start < end; k++)
        {
            found = _orgs[k];
        }

        return found;
    }

    // ---------------------------------------------------------------- speech events

    private void BuildEvents()
    {
        IReadOnlyList<Sentence> sentences = _doc.Sentences;
        int s = 0;
        int n = _v.Count;
        for (int i = 0; i < n; i++)
        {
            if ((i & 0xFFF) == 0)
            {
                _cancellationToken.ThrowIfCancellationRequested();
            }

            if (!_v.IsWord(i) || !(QuoteLexicon.Cues.Contains(_v.Span(i)) || IsTextRead(i)) || _v.IsPossessiveWord(i))
            {
                continue;
            }

            if (InsideQuote(_v.Start(i)) || _inTitleLine[i])
            {
                continue;
            }

            while (s + 1 < sentences.Count && sentences[s + 1].FirstToken <= i)
            {
                s++;
            }

            if (sentences.Count == 0)
            {
                return;
            }

            Sentence sentence = sentences[s];
            TryAddEvent(i, sentence.FirstToken, sentence.FirstToken + sentence.TokenCount, s);
        }
    }

    /// <summary>Texts that "read" what they say: "the statement read", "the sign reads", "reads the official statement".</summary>
    /// <summary>
    /// Person nouns that name someone by a relation or in general ("the mother", "the couple", "the source", "the man"):
    /// alone after "the" they point to a person of their own, not back to the person who spoke last.
    /// </summary>
    private static readonly WordSet RelationalNouns = new(
    [
        "brother", "daughter", "father", "husband", "mother", "sister", "son", "wife", "aunt", "boyfriend", "girlfriend",
        "classmate", "couple", "pair", "duo", "trio", "cousin", "fiance", "fiancee", "fiancé", "fiancée", "granddaughter",
        "grandson", "nephew", "niece", "relative", "roommate", "spouse", "teammate", "team-mate", "uncle", "friend",
        "colleague", "neighbor", "neighbour", "victim", "witness", "source", "man", "woman", "guy", "boy", "girl", "kid",
        "mom", "dad", "mum", "fan", "rep", "family", "team", "group", "crowd", "panel", "jury", "resident", "member",
        "grandmother", "grandfather", "widow", "child", "parent", "owner", "driver", "passenger", "patient", "customer",
    ]);

    private static readonly WordSet TextNouns = new(
    [
        "statement", "statements", "report", "letter", "sign", "signs", "message", "website", "post", "note", "notice", "tweet",
        "caption", "headline", "release", "email", "memo", "banner", "placard", "plaque", "inscription", "announcement",
        "editorial", "card", "text", "document", "slogan", "poster", "order", "decree", "petition", "label", "warning",
    ]);

    /// <summary>
    /// "read"/"reads" as a verb of saying: a text noun before it in its clause and punctuation or a quote after it
    /// ("“…,” the report read." / "a statement released by the agency read:"), or right after a quote with a text noun
    /// in the words after it ("“…,” reads the official statement").
    /// </summary>
    private bool IsTextRead(int i)
    {
        ReadOnlySpan<char> w = _v.Span(i);
        if (!(w is "read" or "reads") || i == 0)
        {
            return false;
        }

        int n = _v.Count;
        if (_v.IsComma(i - 1) || _v.IsQuoteMark(i - 1))
        {
            for (int k = i + 1; k < n && k <= i + 4; k++)
            {
                if (_v.IsLowerWord(k) && TextNouns.Contains(_v.Span(k)))
                {
                    return true;
                }

                if (!_v.IsWord(k) && !_v.IsPossessive(k))
                {
                    return false;
                }
            }

            return false;
        }

        if (i + 1 < n && !(_v.IsPunct(i + 1, '.') || _v.IsComma(i + 1) || _v.IsPunct(i + 1, ':') || _v.IsPunct(i + 1, ';') || _v.IsQuoteMark(i + 1) || _v.IsTemporal(i + 1)))
        {
            return false;
        }

        for (int k = i - 1; k >= 0 && k >= i - 9; k--)
        {
            if (!_v.IsWord(k) && !_v.IsPossessive(k) && !_v.IsAbbreviationDot(k))
            {
                return false;
            }

            if (_v.IsLowerWord(k) && TextNouns.Contains(_v.Span(k)) && k > 0 && (_v.IsDeterminer(k - 1) || _v.IsPossessive(k - 1) || _v.IsLowerWord(k - 1) || _v.IsNameWord(k - 1)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "quoted Kim as saying", "quoting a senior official as saying", "Kim was quoted by KCNA as saying": at the
    /// participle, the person quoted (a name or a role; not an object pronoun, which the continuation rules follow), or null.
    /// </summary>
    private SpeakerInfo? QuotedAs(int cue, int first)
    {
        ReadOnlySpan<char> verb = _v.Span(cue);
        if (!(verb is "saying" or "telling" or "writing") || cue - 3 < first || !_v.Is(cue - 1, "as"))
        {
            return null;
        }

        for (int k = cue - 3; k >= first && k >= cue - 11; k--)
        {
            if (!_v.IsWord(k) && !_v.IsPossessive(k) && !_v.IsAbbreviationDot(k))
            {
                return null;
            }

            if (_v.Span(k) is "quoted" or "quoting" or "quotes" or "cited" or "citing" or "cites")
            {
                if (_v.Is(k + 1, "by"))
                {
                    // passive: the subject of "was quoted by"
                    int aux = k - 1;
                    if (aux < first || !(_v.Is(aux, "was") || _v.Is(aux, "were") || _v.Is(aux, "is") || _v.Is(aux, "been")))
                    {
                        return null;
                    }

                    while (aux - 1 >= first && (_v.Is(aux - 1, "has") || _v.Is(aux - 1, "have") || _v.Is(aux - 1, "had") || _v.Is(aux - 1, "was") || _v.Is(aux - 1, "also")))
                    {
                        aux--;
                    }

                    (int pa, int pb) = LeftPhrase(aux, first);
                    return pb > pa && !_v.IsPronoun(pa) ? Interpret(pa, pb, leftSide: true) : null;
                }

                return _v.IsLowerWord(k + 1) && !_v.IsDeterminer(k + 1) ? null : Interpret(k + 1, cue - 1, leftSide: false);
            }
        }

        return null;
    }

    private void TryAddEvent(int cue, int first, int end, int sentence)
    {
        int position = _v.Start(cue);
        int cueEnd = cue + 1;
        SpeakerInfo? speaker = null;
        int npStart = -1;
        ReadOnlySpan<char> verb = _v.Span(cue);
        if (verb.Equals("according", StringComparison.OrdinalIgnoreCase))
        {
            if (!_v.Is(cue + 1, "to"))
            {
                return;
            }

            cueEnd = cue + 2;
            (int a, int b) = RightPhrase(cue + 2, end);
            if (cue + 2 < end && WebsiteAt(_v.Start(cue + 2)) is { } site)
            {
                speaker = site; // "according to weather.com"
                npStart = cue + 2;
            }
            else if (b > a)
            {
                speaker = WithApposition(Interpret(a, b, leftSide: false), b, end);
                npStart = a;
            }
        }
        else
        {
            if (cue - 1 >= first && _v.Is(cue - 1, "to"))
            {
                return; // an infinitive ("to maintain", "to say")
            }

            // "continued" and "continues" are speech verbs only when nothing follows ("…,” he continued.").
            if ((verb.StartsWith("continue", StringComparison.OrdinalIgnoreCase)) && cue + 1 < end && _v.IsWord(cue + 1))
            {
                return;
            }

            if (QuotedAs(cue, first) is { } quotedPerson)
            {
                // "KCNA quoted Kim as saying", "Kim was quoted by KCNA as saying": the person quoted, not the outlet.
                _eventByCue[cue] = _events.Count;
                _events.Add(new SpeechEvent(cue, cueEnd, _doc.TokenIndexAt(quotedPerson.Span.Start), quotedPerson, UnitAt(position), sentence));
                return;
            }

            bool participle = verb.EndsWith("ing", StringComparison.OrdinalIgnoreCase);
            int before = cue - 1;
            while (before >= first && IsSkippable(before, cue))
            {
                before--;
            }

            // "Rep. Jane Doe III (D-Ore.) said": skip the parenthesis.
            int leftEdge = cue;
            if (before > first && _v.IsPunct(before, ')'))
            {
                for (int k = before - 1; k >= first && k >= before - 8; k--)
                {
                    if (_v.IsPunct(k, '('))
                    {
                        leftEdge = k;
                        before = k - 1;
                        break;
                    }
                }
            }

            bool afterComma = before >= first && _v.IsComma(before);
            bool inverted = !participle && TakesInvertedSubject(verb) && (cue == first || IsBoundaryBefore(cue));
            int afterAge = inverted ? AfterAge(cue + 1, end) : cue + 1;
            if (inverted && afterComma && afterAge < end && (_v.IsNameWord(afterAge) || _v.IsDeterminer(afterAge)))
            {
                // "…, said Ana Ruiz, housing policy adviser at the Urban Institute."; "…, said 41-year-old Ana Ruiz".
                (int ra, int rb) = RightPhrase(afterAge, end);
                if (rb > ra && EndsClause(rb, end) && !IsTopicBeforeQuote(ra, rb, end))
                {
                    speaker = WithApposition(Interpret(ra, rb, leftSide: false), rb, end);
                    npStart = ra;
                }
            }

            if (speaker is null && !participle && before - 2 >= first && _v.Is(before, "who") && _v.IsComma(before - 1) && QuoteFollows(cue, end))
            {
                // "… was wrong with Dauer, who told his coach, “…”": the name the relative clause hangs on.
                int wb = before - 1;
                int wa = wb;
                while (wa - 1 >= first && wa > wb - 6 && (_v.IsNameWord(wa - 1) || (_v.IsAbbreviationDot(wa - 1) && wa - 2 >= first && _v.IsNameWord(wa - 2))))
                {
                    wa--;
                }

                if (wb > wa && _v.IsNameWord(wb - 1))
                {
                    speaker = Interpret(wa, wb, leftSide: true);
                    npStart = wa;
                }
            }

            (int a, int b) = speaker is null ? LeftPhrase(leftEdge, first) : (0, 0);
            if (b > a && (!participle || b - a == 1 || _v.IsNameWord(b - 1)))
            {
                speaker = Interpret(a, b, leftSide: true);
                npStart = a;
                if (speaker is { Kind: SpeakerKind.Role } && NameBeforeUnclosedApposition(a, first, speaker) is { } named)
                {
                    speaker = named; // "Mike Hale, an operations manager at the Comet Watch Society told reporters": the comma closing the apposition is missing
                    npStart = _doc.TokenIndexAt(named.Span.Start);
                }
            }

            if (speaker is null && afterComma && !participle)
            {
                (speaker, npStart) = LeftApposition(before, first);
            }

            if (speaker is null && !participle && before >= first && _v.Is(before, "and"))
            {
                // "The senator has criticised the merger and said …": the subject of the clause; "… until the skipper
                // walked over to the rail and said …": the subject of the clause the conjunction opens.
                (int sa, int sb) = SubordinateSubject(first, before);
                if (sb <= sa)
                {
                    (sa, sb) = SubjectPhrase(first, before);
                }

                if (sb > sa)
                {
                    speaker = Interpret(sa, sb, leftSide: true);
                    npStart = sa;
                }
            }

            if (speaker is null && inverted)
            {
                (int ra, int rb) = RightPhrase(afterAge, end);
                if (rb > ra && EndsClause(rb, end))
                {
                    speaker = WithApposition(Interpret(ra, rb, leftSide: false), rb, end);
                    npStart = ra;
                }
            }

            if (speaker is null && participle && !afterComma && AgentBefore(before, first) is int agent and >= 0)
            {
                // "attacked by a fan yelling ‘…’": the agent the participle describes, not the subject of the clause.
                speaker = Interpret(agent, before + 1, leftSide: true);
                npStart = agent;
            }

            if (speaker is null && participle && PerceivedSpeaker(cue, first) is { } perceived)
            {
                // "She remembered the guide telling the hikers: “…”": the one heard, not the one remembering.
                speaker = perceived;
                npStart = _doc.TokenIndexAt(perceived.Span.Start);
            }

            if (speaker is null && participle)
            {
                // "…, stating that …", "released a statement saying …": the speaker of the main clause.
                if (_events.Count > 0 && _events[^1].Cue >= first)
                {
                    speaker = _events[^1].Speaker;
                    npStart = _events[^1].NpStart;
                }
                else
                {
                    (speaker, npStart) = ClauseSubject(first, cue);
                }
            }
        }

        if (speaker is null || (speaker.Kind == SpeakerKind.Unknown && verb is "read" or "reads"))
        {
            // "the report said/read", "read one fan's sign", "another said": a text without its author, or no one we can
            // name, as the subject; a quote it attributes gets no speaker rather than the previous one.
            if (IsTextRead(cue) || (cue - 1 >= first && _v.IsLowerWord(cue - 1) && (TextNouns.Contains(_v.Span(cue - 1)) || _v.Span(cue - 1) is "another" or "one" or "others" or "some")))
            {
                _mutedCues.Add(cue);
            }

            return;
        }

        if (speaker.Kind == SpeakerKind.Role || (speaker.Kind == SpeakerKind.Organisation && IsBareTitle(speaker.Text)))
        {
            speaker = DanglingName(sentence, speaker) ?? speaker;
        }

        speaker = WholeHandle(speaker);
        if (speaker.Kind == SpeakerKind.Organisation)
        {
            speaker = NamedPoliceForce(speaker, position) ?? speaker;
        }

        _eventByCue[cue] = _events.Count;
        _events.Add(new SpeechEvent(cue, cueEnd, npStart, speaker, UnitAt(position), sentence));
    }

    /// <summary>
    /// "by [a] [angry] fan" ending at <paramref name="noun"/>, a person noun: the first token of the agent phrase after
    /// "by"; else -1.
    /// </summary>
    private int AgentBefore(int noun, int first)
    {
        if (noun <= first || !_v.IsLowerWord(noun) || !QuoteLexicon.IsPersonNoun(_v.Span(noun)))
        {
            return -1;
        }

        for (int k = noun - 1; k >= first && k >= noun - 3; k--)
        {
            if (_v.Is(k, "by"))
            {
                return k + 1;
            }

            if (!_v.IsLowerWord(k) || QuoteLexicon.Prepositions.Contains(_v.Span(k)) || QuoteLexicon.PhraseBreakers.Contains(_v.Span(k)))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// "user kay_and_em wrote": a screen name glued together with underscores is one name, not its last piece.
    /// </summary>
    private SpeakerInfo WholeHandle(SpeakerInfo speaker)
    {
        int a = speaker.Span.Start;
        int b = speaker.Span.End;
        if (b <= a || !((a > 0 && _text[a - 1] == '_') || (b < _text.Length && _text[b] == '_')))
        {
            return speaker;
        }

        while (a > 0 && a > speaker.Span.Start - 40 && IsHandleChar(_text[a - 1]))
        {
            a--;
        }

        while (b < _text.Length && b < speaker.Span.End + 40 && IsHandleChar(_text[b]))
        {
            b++;
        }

        string handle = _text.Substring(a, b - a);
        return speaker with { Text = handle, Span = TextSpan.FromBounds(a, b), FullName = handle, Kind = speaker.Kind == SpeakerKind.Unknown ? SpeakerKind.Person : speaker.Kind };
    }

    private static bool IsHandleChar(char c) => c == '_' || char.IsAsciiLetterOrDigit(c);

    /// <summary>
    /// "Police said" or "the Ashford police said" after the article named "the Ashford Police Department": the force's
    /// full name (the nearest organisation before, within 6 000 characters, with the word Police and, when a place is
    /// given, opening with that place); else null.
    /// </summary>
    private SpeakerInfo? NamedPoliceForce(SpeakerInfo speaker, int position)
    {
        string t = speaker.Text;
        int space = t.LastIndexOf(' ');
        ReadOnlySpan<char> last = space < 0 ? t : t.AsSpan(space + 1);
        if (!last.Equals("police", StringComparison.OrdinalIgnoreCase) || (speaker.FullName is { } f && f.Length > t.Length))
        {
            return null;
        }

        ReadOnlySpan<char> place = space < 0 ? default : t.AsSpan(0, space);
        if (place.StartsWith("the ", StringComparison.OrdinalIgnoreCase))
        {
            place = place[4..];
        }

        if (place.IsEmpty)
        {
            // "the Dunmore police" whose speaker phrase kept only "police": the capitalised word before it is the place.
            int w = speaker.Span.Start - 1;
            while (w >= 0 && _text[w] == ' ')
            {
                w--;
            }

            int ws = w + 1;
            while (ws > 0 && char.IsLetter(_text[ws - 1]))
            {
                ws--;
            }

            if (w >= ws && char.IsUpper(_text[ws]) && !(ws == 0 || _text[ws - 1] is '\n' or '"' or '\u201C') && w - ws + 1 < 30)
            {
                place = _text.AsSpan(ws, w - ws + 1);
            }
        }

        if (place.IndexOf(' ') >= 0)
        {
            return null;
        }

        int steps = 0;
        for (int k = PreviousOrgBefore(FirstOrgEndingAfter(position), position, ref steps); k >= 0; k = PreviousOrgBefore(k, position, ref steps))
        {
            OrgName o = _orgs[k];

            string name = o.Canonical;
            if (name.IndexOf(' ') > 0 && WordSpans.ContainsWord(name, "Police") && (place.IsEmpty || (name.AsSpan().StartsWith(place, StringComparison.Ordinal) && name.Length > place.Length && name[place.Length] == ' ')))
            {
                return speaker with { FullName = name };
            }
        }

        return null;
    }

    /// <summary>
    /// True when a quotation mark follows the verb at <paramref name="cue"/> within a dozen tokens of its sentence
    /// ("who told his coach, “…”"): the verb introduces a quote rather than reporting something else
    /// ("…, who posted a sketch", "…, who opined that …").
    /// </summary>
    private bool QuoteFollows(int cue, int end)
    {
        for (int k = cue + 1; k < end && k <= cue + 12; k++)
        {
            if (_v.IsQuoteMark(k))
            {
                return true;
            }

            if (_v.IsStop(k) && !_v.IsAbbreviationDot(k))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// "Mike Hale, an operations manager at X told": a person's name, a comma, then the role phrase <paramref name="a"/>
    /// opening with "a"/"an" and running up to the verb; the name is the speaker and the phrase its role.
    /// </summary>
    private SpeakerInfo? NameBeforeUnclosedApposition(int a, int first, SpeakerInfo role)
    {
        if (!(_v.Is(a, "a") || _v.Is(a, "an")) || a - 2 < first || !_v.IsComma(a - 1) || !_v.IsNameWord(a - 2))
        {
            return null;
        }

        int ns = a - 2;
        while (ns - 1 >= first && ns > a - 6 && (_v.IsNameWord(ns - 1) || _v.IsAbbreviationDot(ns - 1)))
        {
            ns--;
        }

        if (ns > first && !(_v.IsComma(ns - 1) || _v.IsQuoteMark(ns - 1) || _v.IsDash(ns - 1)) && !OpensSentenceOrLine(ns))
        {
            return null; // the name must open its clause ("…,” Mike Hale, an …")
        }

        SpeakerInfo? person = NamedPerson(ns, ns, a - 1, a - 1);
        if (person is null || person.Kind != SpeakerKind.Person)
        {
            return null;
        }

        return person with { Role = role.Text, Affiliation = person.Affiliation ?? role.Affiliation, AffiliationSpan = person.AffiliationSpan ?? role.AffiliationSpan };
    }

    /// <summary>
    /// "… until the skipper walked over to the rail and said": the subject of the clause opened by a conjunction of time
    /// (before, after, when, until, once, then) after which "and" coordinates the speech verb, or (0, 0). Reads back at most
    /// 15 tokens from <paramref name="and"/>, not across a comma, a full stop or a quotation mark.
    /// </summary>
    private (int Start, int End) SubordinateSubject(int first, int and)
    {
        for (int k = and - 1; k > first && k >= and - 15; k--)
        {
            if (_v.IsComma(k) || _v.IsStop(k) || _v.IsQuoteMark(k) || _v.Is(k, "and"))
            {
                return (0, 0);
            }

            if (!(_v.Is(k, "before") || _v.Is(k, "after") || _v.Is(k, "when") || _v.Is(k, "until") || _v.Is(k, "once") || _v.Is(k, "then")))
            {
                continue;
            }

            if (k + 2 < and && _v.IsDeterminer(k + 1) && _v.Is(k + 1, "the") && _v.IsLowerWord(k + 2) && QuoteLexicon.IsPersonNoun(_v.Span(k + 2))
                && k + 3 < and && _v.IsLowerWord(k + 3))
            {
                return (k + 1, k + 3); // "the skipper walked …"
            }

            if (_v.IsNameWord(k + 1))
            {
                int e = _v.NameRunEnd(k + 1, and);
                if (e < and && e - (k + 1) <= 3 && _v.IsLowerWord(e))
                {
                    return (k + 1, e); // "when Ann Lee stood up …"
                }
            }

            return (0, 0);
        }

        return (0, 0);
    }

    private static readonly WordSet PerceptionVerbs = new(["recalled", "recalls", "remembered", "remembers", "heard", "hears", "saw", "sees", "watched", "watches", "overheard", "caught", "filmed", "recorded"]);

    /// <summary>
    /// "She remembered the guide telling …", "she heard Ann Lee saying …": the object of a verb of perception or memory right
    /// before a participle of speech (a definite role noun or a name of one to three words), or null.
    /// </summary>
    private SpeakerInfo? PerceivedSpeaker(int cue, int first)
    {
        int a = -1;
        if (cue - 3 >= first && _v.Is(cue - 2, "the") && _v.IsLowerWord(cue - 1) && QuoteLexicon.IsPersonNoun(_v.Span(cue - 1)))
        {
            a = cue - 2;
        }
        else if (cue - 2 >= first && _v.IsNameWord(cue - 1))
        {
            int k = cue - 1;
            while (k - 1 >= first && k > cue - 3 && _v.IsNameWord(k - 1))
            {
                k--;
            }

            a = k;
        }

        if (a - 1 < first || !_v.IsLowerWord(a - 1) || !PerceptionVerbs.Contains(_v.Span(a - 1)))
        {
            return null;
        }

        SpeakerInfo? s = Interpret(a, cue, leftSide: true);
        return s is { Kind: SpeakerKind.Person or SpeakerKind.Role } ? s : null;
    }

    /// <summary>"said 41-year-old Ana Ruiz": the token after an age written before a name, else <paramref name="k"/>.</summary>
    private int AfterAge(int k, int end)
    {
        if (k >= end || _v.Kind(k) != TokenKind.Number)
        {
            return k;
        }

        int start = _v.Start(k);
        ReadOnlySpan<char> rest = _text.AsSpan(start, Math.Min(16, _text.Length - start));
        int dash = rest.IndexOf("-year-old ", StringComparison.Ordinal);
        if (dash <= 0 || dash > 3)
        {
            return k;
        }

        int next = _doc.TokenIndexAt(start + dash + "-year-old ".Length);
        return next < end && next > k && _v.IsNameWord(next) ? next : k;
    }

    /// <summary>"weather.com", "bbc.co.uk" written at <paramref name="start"/>: a web site named by its address, as an organisation, or null.</summary>
    private SpeakerInfo? WebsiteAt(int start)
    {
        int i = start;
        int lastDot = -1;
        while (i < _text.Length && i - start < 64 && (char.IsLetterOrDigit(_text[i]) || _text[i] == '-' || (_text[i] == '.' && i + 1 < _text.Length && char.IsLetterOrDigit(_text[i + 1]))))
        {
            if (_text[i] == '.')
            {
                lastDot = i;
            }

            i++;
        }

        if (lastDot <= start || i - lastDot - 1 is < 2 or > 4)
        {
            return null;
        }

        ReadOnlySpan<char> tld = _text.AsSpan(lastDot + 1, i - lastDot - 1);
        if (!(tld is "com" or "org" or "net" or "gov" or "edu" or "uk" or "io" or "tv" or "info" or "news" or "au" or "ca"))
        {
            return null;
        }

        string site = _text[start..i];
        return new SpeakerInfo { Text = site, Span = new TextSpan(start, i - start), Kind = SpeakerKind.Organisation, FullName = site };
    }

    /// <summary>The subject of the clause a participle hangs on: after the nearest comma before it that starts a subject, else the sentence's.</summary>
    private (SpeakerInfo? Speaker, int Start) ClauseSubject(int first, int cue)
    {
        for (int c = cue - 2; c > first && c > cue - 40; c--)
        {
            if (_v.IsComma(c) && !InsideQuote(_v.Start(c)))
            {
                (int a, int b) = SubjectPhrase(c + 1, cue);
                SpeakerInfo? s = b > a ? Interpret(a, b, leftSide: true) : null;
                if (s is { Kind: SpeakerKind.Role } && NamedBeforeRole(first, c) is { } named)
                {
                    return (named with { Role = s.Text }, _doc.TokenIndexAt(named.Span.Start)); // "Ann Lee, the bank's chief executive, …"
                }

                if (s is not null)
                {
                    return (s, a);
                }
            }
        }

        (int sa, int sb) = SubjectPhrase(first, cue);
        return sb > sa ? (Interpret(sa, sb, leftSide: true), sa) : (null, -1);
    }

    /// <summary>
    /// The person named at the start of a sentence right before the comma <paramref name="comma"/> that opens a role
    /// in apposition ("Ann Lee, the bank's chief executive, dismissed the idea, saying …"), or null.
    /// </summary>
    private SpeakerInfo? NamedBeforeRole(int first, int comma)
    {
        int a = comma;
        while (a - 1 >= first && a > comma - 4 && _v.IsNameWord(a - 1))
        {
            a--;
        }

        if (a != first || comma - a < 2)
        {
            return null;
        }

        SpeakerInfo? named = Interpret(a, comma, leftSide: true);
        return named is { Kind: SpeakerKind.Person } ? named : null;
    }

    /// <summary>True when an inverted subject ends its clause at <paramref name="k"/>: punctuation, the end, or a prepositional tail ("said Smith in a statement"), not a verb ("said Mr. Trump was …").</summary>
    private bool EndsClause(int k, int end)
    {
        if (k >= end || k >= _v.Count || !_v.IsWord(k))
        {
            return true;
        }

        ReadOnlySpan<char> w = _v.Span(k);
        return (w is "from" && _v.IsNameWord(k - 1)) || w is "in" or "on" or "at" or "during" or "after" or "before" or "when" or "while" or "to" or "as" or "via" or "last" or "this" or "earlier" or "later"
            || _v.IsTemporal(k) || (_v.IsLowerWord(k) && w.EndsWith("ly", StringComparison.Ordinal) && w.Length > 4);
    }

    /// <summary>
    /// "A spokesman for the mayor, Ana Ruiz, said the closure “is …”": a determiner and a lower-case noun right after
    /// the verb with a quote opening straight after it are what was said about, not an inverted subject (which
    /// follows a quote: "“…,” said the statement").
    /// </summary>
    private bool IsTopicBeforeQuote(int ra, int rb, int end) =>
        rb < end && rb - ra == 2 && _v.IsDeterminer(ra) && _v.IsLowerWord(rb - 1) && _v.IsQuoteMark(rb)
        && rb + 1 < end && _v.IsWord(rb + 1) && !QuoteLexicon.IsPersonNoun(_v.Span(rb - 1));

    /// <summary>Verbs whose subject may follow them after a quote ("…,” said Smith): not participles, not verbs with an object ("told reporters").</summary>
    private static bool TakesInvertedSubject(ReadOnlySpan<char> verb) =>
        !verb.EndsWith("ing", StringComparison.OrdinalIgnoreCase)
        && !(verb.StartsWith("tel", StringComparison.OrdinalIgnoreCase) || verb.Equals("told", StringComparison.OrdinalIgnoreCase)
             || verb.StartsWith("urge", StringComparison.OrdinalIgnoreCase) || verb.StartsWith("assure", StringComparison.OrdinalIgnoreCase)
             || verb.StartsWith("implore", StringComparison.OrdinalIgnoreCase) || verb.StartsWith("describe", StringComparison.OrdinalIgnoreCase)
             || verb.StartsWith("call", StringComparison.OrdinalIgnoreCase) || verb.StartsWith("prais", StringComparison.OrdinalIgnoreCase)
             || verb.StartsWith("critici", StringComparison.OrdinalIgnoreCase) || verb.StartsWith("accuse", StringComparison.OrdinalIgnoreCase));

    /// <summary>True when the token before <paramref name="i"/> is a comma, a closing quotation mark, a dash or a colon: "…,” said X".</summary>
    private bool IsBoundaryBefore(int i)
    {
        int p = i - 1;
        return p >= 0 && (_v.IsComma(p) || _v.IsQuoteMark(p) || _v.IsDash(p) || _v.IsPunct(p, ':') || _v.IsPunct(p, '('));
    }

    /// <summary>The phrase naming the speaker left of a speech verb ("China’s Ministry of Defense", "an expert at the Stimson Center think tank in Washington"), as a token range.</summary>
    private (int Start, int End) LeftPhrase(int cue, int lower)
    {
        int j = cue - 1;
        while (j >= lower && IsSkippable(j, cue))
        {
            j--;
        }

        int end = j + 1;
        if (end <= lower)
        {
            return (0, 0);
        }

        if (_v.IsPronoun(j))
        {
            return (j, j + 1);
        }

        if (!IsSpeakerHead(j) && !(_v.IsAbbreviationDot(j) && j > lower && IsSpeakerHead(j - 1)))
        {
            return (0, 0); // "his prepared remarks", "Duterte’s latest comments": not a speaker
        }

        ReadOnlySpan<char> verb = _v.Span(cue);
        if (_v.IsLowerWord(j) && verb.Length > 3 && verb.EndsWith("s", StringComparison.Ordinal) && !verb.Equals("says", StringComparison.Ordinal)
            && !(QuoteLexicon.RoleNouns.Contains(_v.Span(j)) || QuoteLexicon.SourceNouns.Contains(_v.Span(j)) || QuoteLexicon.OrgNominals.Contains(_v.Span(j))))
        {
            return (0, 0); // "would offer answers", "his comments": a noun, not a verb
        }

        int count = 0;
        while (j >= lower && count < MaxPhrase)
        {
            if (_v.IsWord(j))
            {
                ReadOnlySpan<char> w = _v.Span(j);
                if (_v.IsPossessiveWord(j))
                {
                    // possessive: part of the phrase
                }
                else if (_v.Case(j) is TokenCase.Lower || (_v.Case(j) == TokenCase.Other && !_v.IsNameWord(j)))
                {
                    if (QuoteLexicon.PhraseBreakers.Contains(w))
                    {
                        bool innerAnd = w.Equals("and", StringComparison.Ordinal) && j - 1 >= lower && _v.IsNameWord(j - 1) && j + 1 < end && _v.IsNameWord(j + 1)
                            && _v.NameRunEnd(Math.Max(lower, j - 3), end) >= j + 2 && HasOrgWord(Math.Max(lower, j - 4), end);
                        if (!innerAnd)
                        {
                            break;
                        }
                    }
                    else if (QuoteLexicon.Cues.Contains(w) || _v.IsPronoun(j))
                    {
                        break;
                    }
                    else if (w is "days" or "weeks" or "months" or "years" or "decades")
                    {
                        break; // "Over the past two years the council announced": a time phrase, not the speaker's description
                    }
                    else if (w is "to" && j + 1 < end && _v.IsLowerWord(j + 1) && !_v.IsDeterminer(j + 1))
                    {
                        break; // "to support": a verb phrase, not a name
                    }
                }
                else if (QuoteLexicon.NonNames.Contains(w)
                    && !(!_v.IsDeterminer(j) && j - 1 >= lower && _v.IsLowerWord(j - 1) && QuoteLexicon.Prepositions.Contains(_v.Span(j - 1)) && j + 1 < end && _v.IsNameWord(j + 1)))
                {
                    // (a capitalised "All" after a preposition opens a name: "a spokesman for All Star Lines")
                    if (_v.IsDeterminer(j))
                    {
                        j--;
                        count++;
                    }

                    break;
                }
            }
            else if (!(_v.IsPossessive(j) || _v.IsAbbreviationDot(j) || _v.IsPunct(j, '&') || (_v.Kind(j) == TokenKind.Number && count > 0 && j + 1 < end && _v.IsNameWord(j + 1))))
            {
                break;
            }

            j--;
            count++;
        }

        if (count >= MaxPhrase)
        {
            // Too long to be a subject: keep only the name right before the verb.
            int r = end - 1;
            while (r > j + 1 && _v.IsNameWord(r - 1))
            {
                r--;
            }

            return _v.IsNameWord(end - 1) ? (r, end) : (0, 0);
        }

        int start = j + 1;

        // A description that does not start with a determiner or a name is cut to its last three words
        // ("… linked to the bank fraud inquiry officials said" → "fraud inquiry officials"), unless a person noun right
        // before a name opens the speaker ("harbour expert Dana Holloway of the Society of … said": the role and name).
        int roleBeforeName = -1;
        for (int k = start; k + 1 < end && _v.IsLowerWord(start) && !_v.IsDeterminer(start) && end - start > 3; k++)
        {
            if (_v.IsLowerWord(k) && _v.IsNameWord(k + 1) && QuoteLexicon.IsPersonNoun(_v.Span(k)))
            {
                roleBeforeName = k;
                break;
            }
        }

        if (roleBeforeName >= 0)
        {
            start = roleBeforeName > start && !QuoteLexicon.Prepositions.Contains(_v.Span(roleBeforeName - 1)) && !QuoteLexicon.PhraseBreakers.Contains(_v.Span(roleBeforeName - 1))
                ? roleBeforeName - 1 : roleBeforeName;
        }
        else if (_v.IsLowerWord(start) && !_v.IsDeterminer(start) && end - start > 3)
        {
            int cut = end - 3;
            while (cut > start && !_v.IsDeterminer(cut - 1) && !_v.IsNameWord(cut) && cut > end - 5)
            {
                cut--;
            }

            start = cut;
        }

        while (start < end && ((_v.IsLowerWord(start) && (QuoteLexicon.Prepositions.Contains(_v.Span(start)) || QuoteLexicon.PhraseBreakers.Contains(_v.Span(start)))) || _v.IsTemporal(start) || _v.IsPossessive(start)))
        {
            start++;
        }

        return (start, end);
    }

    /// <summary>A word that can end a phrase naming a speaker: a name, an acronym, a person or organisation noun, or a source ("statement").</summary>
    private bool IsSpeakerHead(int j)
    {
        if (_v.IsNameWord(j) || (_v.IsWord(j) && _v.Case(j) == TokenCase.Upper))
        {
            return true;
        }

        if (!_v.IsLowerWord(j))
        {
            return false;
        }

        ReadOnlySpan<char> w = _v.Span(j);
        return QuoteLexicon.IsPersonNoun(w) || QuoteLexicon.OrgNominals.Contains(w) || QuoteLexicon.SourceNouns.Contains(w);
    }

    /// <summary>Adverbs, auxiliaries and time phrases between a subject and its verb ("has repeatedly", "on Sunday").</summary>
    private bool IsSkippable(int j, int cue)
    {
        if (!_v.IsWord(j) && _v.Kind(j) != TokenKind.Number)
        {
            return false;
        }

        if (_v.IsLowerWord(j))
        {
            ReadOnlySpan<char> w = _v.Span(j);
            if (QuoteLexicon.Skippable.Contains(w) || (w.Length > 4 && w.EndsWith("ly", StringComparison.Ordinal) && !QuoteLexicon.RoleNouns.Contains(w)))
            {
                return true;
            }

            if ((w is "on" or "in" or "at" or "last" or "this" or "late" or "early") && j + 1 < cue && _v.IsTemporal(j + 1))
            {
                return true;
            }

            // "last month", "this year", "next month": IsTemporal leaves "month" and "year" out (they are often durations).
            if ((w is "last" or "this" or "next" && j + 1 < cue && (_v.Is(j + 1, "month") || _v.Is(j + 1, "year")))
                || (w is "month" or "year" && j >= 1 && (_v.Is(j - 1, "last") || _v.Is(j - 1, "this") || _v.Is(j - 1, "next"))))
            {
                return true;
            }
        }

        // A time phrase ("on Monday", "last week"); a month after a name is a name ("Theresa May said").
        return _v.IsTemporal(j) && j + 1 < _v.Count && (j + 1 == cue || _v.IsTemporal(j + 1) || _v.IsComma(j + 1) || IsSkippableWord(j + 1))
            && (j == 0 || !_v.IsNameWord(j - 1) || _v.IsTemporal(j - 1));
    }

    private bool IsSkippableWord(int j) => _v.IsLowerWord(j) && QuoteLexicon.Skippable.Contains(_v.Span(j));

    /// <summary>The phrase naming the speaker right of a speech verb ("said Belarus’ President Alexander Lukashenko", "says the spokesperson of China’s mission to the EU").</summary>
    private (int Start, int End) RightPhrase(int from, int bound)
    {
        int n = Math.Min(bound, _v.Count);
        int j = from;
        if (j >= n)
        {
            return (0, 0);
        }

        if (_v.IsPronoun(j))
        {
            return (j, j + 1);
        }

        bool roleMode = _v.IsDeterminer(j) || _v.IsLowerWord(j);
        int count = 0;
        while (j < n && count < MaxPhrase)
        {
            if (_v.IsWord(j))
            {
                ReadOnlySpan<char> w = _v.Span(j);
                if (_v.IsPossessiveWord(j))
                {
                    // part of the phrase
                }
                else if (_v.IsLowerWord(j) || (_v.Case(j) == TokenCase.Other && !_v.IsNameWord(j)))
                {
                    if (roleMode && j > from && _v.IsLowerWord(j - 1) && !_v.IsDeterminer(j - 1) && j + 1 < n && _v.Is(j + 1, "by")
                        && (IsPastVerb(j) || w is "seen" or "shown" or "written" or "given" or "sent" or "taken"))
                    {
                        break; // "according to guidance seen by the Ledger": the text is the source, the rest how it was got
                    }

                    if (w is "of" or "for")
                    {
                        if (!(roleMode || (j + 1 < n && _v.IsNameWord(j + 1)) || (j + 2 < n && _v.Is(j + 1, "the") && _v.IsNameWord(j + 2))))
                        {
                            int nominal = LowerOrganisationAfter(j + 1, n);
                            if (nominal < 0)
                            {
                                break;
                            }

                            j = nominal + 1; // "Tom Bradwell of the city council": the organisation ends the phrase
                            break;
                        }
                    }
                    else if (QuoteLexicon.Prepositions.Contains(w))
                    {
                        bool next = (j + 1 < n && _v.IsNameWord(j + 1)) || (j + 2 < n && _v.Is(j + 1, "the") && _v.IsNameWord(j + 2));
                        if (!roleMode || !next || w is "on" || w is "by")
                        {
                            break;
                        }
                    }
                    else if (w is "the" && j > from && _v.IsLowerWord(j - 1) && QuoteLexicon.Prepositions.Contains(_v.Span(j - 1)) && j + 1 < n && _v.IsNameWord(j + 1))
                    {
                        // "of the Council on Foreign Relations"
                    }
                    else if (!roleMode && j > from && _v.IsNameWord(j - 1) && QuoteLexicon.OrgNominals.Contains(w) && AfterOfTheName(from, j))
                    {
                        j++; // "Tom Bradwell of the Labour party": the organisation noun ends the phrase
                        break;
                    }
                    else if (!roleMode && j > from && QuoteLexicon.NameParticles.Contains(w)
                        && (_v.IsNameWord(j - 1) || (j - 1 > from && _v.IsLowerWord(j - 1) && QuoteLexicon.NameParticles.Contains(_v.Span(j - 1)) && _v.IsNameWord(j - 2)))
                        && j + 1 < n && (_v.IsNameWord(j + 1) || (j + 2 < n && _v.IsLowerWord(j + 1) && QuoteLexicon.NameParticles.Contains(_v.Span(j + 1)) && _v.IsNameWord(j + 2))))
                    {
                        // "said Pieter van der Berg": particles inside a name
                    }
                    else if (roleMode && w is "and" && j > from && _v.IsLowerWord(j - 1) && QuoteLexicon.IsPersonNoun(_v.Span(j - 1)) && RoleNounsBeforeName(j + 1, n) > 0)
                    {
                        // "said company chairman and chief executive Rick Stoll": two roles, then the name
                    }
                    else if (!roleMode && j > from && _v.IsNameWord(j - 1) && RoleNounsBeforeName(j, n) is int named and > 0)
                    {
                        // "said Acme founder Tom Brandt", "confirmed Swiss foreign ministry spokesman Paul Ander": the name follows.
                        count += named - j;
                        j = named;
                        continue;
                    }
                    else if (QuoteLexicon.PhraseBreakers.Contains(w) || QuoteLexicon.Cues.Contains(w) || _v.IsPronoun(j) || _v.IsTemporal(j) || !roleMode)
                    {
                        if (!(j == from && _v.IsDeterminer(j)))
                        {
                            break;
                        }
                    }
                }
                else if (QuoteLexicon.NonNames.Contains(w) && !_v.IsNameWord(j))
                {
                    if (!(j == from && _v.IsDeterminer(j)))
                    {
                        break;
                    }
                }
            }
            else if (!(_v.IsPossessive(j) || _v.IsAbbreviationDot(j) || _v.IsPunct(j, '&')))
            {
                break;
            }

            j++;
            count++;
        }

        int end = j;
        while (end > from && _v.IsLowerWord(end - 1) && (QuoteLexicon.Prepositions.Contains(_v.Span(end - 1)) || QuoteLexicon.Determiners.Contains(_v.Span(end - 1)) || QuoteLexicon.PhraseBreakers.Contains(_v.Span(end - 1))))
        {
            end--;
        }

        return (from, end);
    }

    /// <summary>
    /// "founder Tom Brandt", "foreign ministry spokesman Paul Ander": one to three lower-case words from <paramref name="j"/>,
    /// the last a person noun, then a name; the index of the name, or -1.
    /// </summary>
    private int RoleNounsBeforeName(int j, int n)
    {
        for (int k = j; k < n && k < j + 3; k++)
        {
            if (!_v.IsLowerWord(k))
            {
                return -1;
            }

            ReadOnlySpan<char> w = _v.Span(k);
            if (QuoteLexicon.PhraseBreakers.Contains(w) || QuoteLexicon.Prepositions.Contains(w) || QuoteLexicon.Determiners.Contains(w) || QuoteLexicon.Cues.Contains(w) || _v.IsTemporal(k))
            {
                return -1;
            }

            if (QuoteLexicon.IsPersonNoun(w) && k + 1 < n && _v.IsNameWord(k + 1) && !_v.IsTemporal(k + 1))
            {
                return k + 1;
            }
        }

        return -1;
    }

    /// <summary>
    /// A right-side phrase "Acme founder Tom Brandt" / "ESA astronaut Dirk Holm": capitalised words, lower-case role words
    /// ending in a person noun, then a name run that ends the phrase; read like a left-side phrase (the name next to the end).
    /// </summary>
    private bool IsOwnerRoleName(int a, int b)
    {
        int k = a;
        while (k < b && (_v.IsDeterminer(k) || _v.IsNameWord(k) || _v.IsPossessive(k) || _v.IsAbbreviationDot(k)))
        {
            if (_v.IsLowerWord(k) && !_v.IsDeterminer(k))
            {
                return false;
            }

            k++;
        }

        if (k == a || k >= b || !_v.IsLowerWord(k))
        {
            return false;
        }

        int named = RoleNounsBeforeName(k, b);
        return named > 0 && _v.NameRunEnd(named, b) >= b;
    }

    /// <summary>"of [the] city council": the lower-case organisation noun ending a short description after "of", or -1.</summary>
    private int LowerOrganisationAfter(int k, int n)
    {
        if (k < n && _v.Is(k, "the"))
        {
            k++;
        }

        for (int m = k; m < n && m < k + 3; m++)
        {
            if (!_v.IsLowerWord(m) || QuoteLexicon.PhraseBreakers.Contains(_v.Span(m)) || QuoteLexicon.Prepositions.Contains(_v.Span(m)))
            {
                return -1;
            }

            if (QuoteLexicon.OrgNominals.Contains(_v.Span(m)) && (m + 1 >= n || !_v.IsLowerWord(m + 1)))
            {
                return m;
            }
        }

        return -1;
    }

    /// <summary>True when a name after "of"/"for" [the] stands between <paramref name="from"/> and <paramref name="j"/> ("Brady of the Labour").</summary>
    private bool AfterOfTheName(int from, int j)
    {
        int k = j - 1;
        while (k > from && _v.IsNameWord(k))
        {
            k--;
        }

        if (_v.Is(k, "the") && k > from)
        {
            k--;
        }

        return k > from && (_v.Is(k, "of") || _v.Is(k, "for"));
    }

    /// <summary>
    /// "X, a spokesman for Y, said" / "X, who …, said" / "Maya Chen, 19, a biology student, added":
    /// the name before the parentheses, with a role description among them as the role.
    /// </summary>
    private (SpeakerInfo? Speaker, int Start) LeftApposition(int close, int lower)
    {
        string? role = null;
        OrgName? roleOrg = null;
        for (int round = 0; round < 3; round++)
        {
            int open = -1;
            for (int k = close - 1; k >= Math.Max(lower, close - 25); k--)
            {
                if (_v.IsComma(k))
                {
                    open = k;
                    break;
                }

                if ((_v.IsStop(k) && !_v.IsAbbreviationDot(k)) || _v.IsQuoteMark(k))
                {
                    break;
                }
            }

            if (open < 0 || open + 1 >= close)
            {
                return (null, -1);
            }

            ReadOnlySpan<char> firstWord = _v.Span(open + 1);
            bool clause = firstWord is "who" or "which" or "whose" or "speaking" or "when" or "while" || (_v.IsLowerWord(open + 1) && firstWord.EndsWith("ing", StringComparison.Ordinal));
            bool number = close - open == 2 && _v.Kind(open + 1) == TokenKind.Number;
            bool roleLike = !clause && !number && (_v.IsDeterminer(open + 1) || _v.IsLowerWord(open + 1));
            if (roleLike && role is null && close - open <= 14)
            {
                role = _v.TextOf(open + 1, close);
                roleOrg = OrgInside(_v.Start(open + 1), _v.End(close - 1));
            }

            (int na, int nb) = LeftPhrase(open, lower);
            SpeakerInfo? named = nb > na ? Interpret(na, nb, leftSide: true) : null;
            if (named is not null && named.Kind != SpeakerKind.Role)
            {
                if (role is not null)
                {
                    named = named with { Role = role, Affiliation = named.Affiliation ?? roleOrg?.Canonical, AffiliationSpan = named.AffiliationSpan ?? roleOrg?.Span };
                }

                return (named, na);
            }

            if (!(clause || number || roleLike))
            {
                // "…, Deputy Foreign Minister Andrei Rudenko, said": the parenthesis is the name.
                SpeakerInfo? inner = close - open <= 9 ? Interpret(open + 1, close, leftSide: true) : null;
                return inner is null || inner.Kind == SpeakerKind.Role ? (null, -1) : (inner, open + 1);
            }

            close = open;
        }

        return (null, -1);
    }

    /// <summary>"said X, a spokesman for Y": adds the role after the comma.</summary>
    private SpeakerInfo? WithApposition(SpeakerInfo? speaker, int after, int bound)
    {
        if (speaker is null || after + 1 >= bound || !_v.IsComma(after))
        {
            return speaker;
        }

        if (speaker.Kind == SpeakerKind.Role)
        {
            // "said a spokeswoman for Acme Hotels, Laura Smith."
            if (!_v.IsNameWord(after + 1))
            {
                return speaker;
            }

            int e = _v.NameRunEnd(after + 1, bound);
            bool closes = e >= bound || _v.IsComma(e) || (_v.IsStop(e) && !_v.IsAbbreviationDot(e));
            SpeakerInfo? name = closes ? Interpret(after + 1, e, leftSide: false) : null;
            return name is not null && name.Kind is SpeakerKind.Person or SpeakerKind.Unknown
                ? name with { Kind = SpeakerKind.Person, Role = name.Role ?? speaker.Text, Affiliation = name.Affiliation ?? speaker.Affiliation, AffiliationSpan = name.AffiliationSpan ?? speaker.AffiliationSpan }
                : speaker;
        }

        int r = after + 1;
        if (!(_v.IsDeterminer(r) || _v.IsLowerWord(r)) || _v.Is(r, "who") || _v.Is(r, "which") || _v.Is(r, "that") || _v.Is(r, "adding") || _v.Is(r, "saying"))
        {
            return speaker;
        }

        (int a, int b) = RightPhrase(r, bound);
        if (b <= a + 1)
        {
            return speaker;
        }

        // Any description in apposition is a role ("a government watchdog"); its organisation is the affiliation.
        OrgName? org = OrgInside(_v.Start(a), _v.End(b - 1));
        return speaker with { Role = speaker.Role ?? _v.TextOf(a, b), Affiliation = speaker.Affiliation ?? org?.Canonical, AffiliationSpan = speaker.AffiliationSpan ?? org?.Span };
    }

    /// <summary>The subject of a sentence, after an introductory phrase ("In a statement issued on Sunday, China's Ministry of Defense …").</summary>
    private (int Start, int End) SubjectPhrase(int first, int limit)
    {
        int j = first;
        if (j >= limit || _inTitleLine[j])
        {
            return (0, 0);
        }

        // A dateline: "WASHINGTON (AP) — President Barack Obama …".
        for (int k = j + 1; k < Math.Min(limit, j + 10); k++)
        {
            if (_v.IsDash(k))
            {
                bool dateline = _v.Case(j) == TokenCase.Upper;
                for (int m = j; m < k && dateline; m++)
                {
                    dateline = !_v.IsLowerWord(m);
                }

                if (dateline)
                {
                    j = k + 1;
                }

                break;
            }
        }

        if (j >= limit)
        {
            return (0, 0);
        }

        if (j + 3 < limit && _v.IsComma(j + 2) && ((_v.Is(j, "In") && _v.Is(j + 1, "fact")) || (_v.Is(j, "Of") && _v.Is(j + 1, "course"))))
        {
            j += 3; // "In fact, …", "Of course, …"
            if (_v.IsLowerWord(j) && j + 1 < limit && _v.Span(j) is "in" or "over" or "during" or "since")
            {
                int after = AfterLowerTimePhrase(j, limit);
                j = after;
            }
        }

        j = AfterOpeningTimePhrase(j, limit);
        while (j < limit - 1 && _v.IsWord(j) && _v.Case(j) == TokenCase.Capitalized && IsLeadingAdverb(_v.Span(j)) && !_v.IsComma(j + 1))
        {
            j++; // "But Teneo issued …", "Even Mike Pence …"
        }

        if (j < limit - 2 && IsIntroductoryAdverb(j))
        {
            j += 2; // "Historically, the union has …"
        }
        else if (j < limit - 2 && _v.IsWord(j) && _v.Case(j) == TokenCase.Capitalized && _v.IsComma(j + 1) && IsLeadingAdverb(_v.Span(j)))
        {
            j += 2; // "Still, Ann Lee expects …", "Yet, in spite of that, Ann Lee …" (the clause after the comma is skipped below)
        }

        bool bareRole = _v.IsLowerWord(j) && QuoteLexicon.RoleNouns.Contains(_v.Span(j)); // "fans can be heard shouting …"
        if (!(_v.IsNameWord(j) || _v.IsDeterminer(j) || _v.IsPronoun(j) || bareRole))
        {
            int comma = -1;
            for (int k = j + 1; k < Math.Min(limit, j + 30); k++)
            {
                if (_v.IsComma(k))
                {
                    comma = k;
                    break;
                }
            }

            if (comma < 0)
            {
                return (0, 0);
            }

            j = comma + 1;
        }

        if (j >= limit)
        {
            return (0, 0);
        }

        if (_v.IsPronoun(j))
        {
            return (j, j + 1);
        }

        int a = j;
        if (_v.IsDeterminer(j))
        {
            j++;
        }

        int count = 0;
        while (j < limit && count < 12)
        {
            if (_v.IsNameWord(j) || _v.IsPossessive(j) || _v.IsAbbreviationDot(j))
            {
                // name material
            }
            else if (_v.IsLowerWord(j) && (_v.Is(j, "of") || _v.Is(j, "for") || _v.Is(j, "and")) && j + 1 < limit && _v.IsNameWord(j + 1))
            {
                // inner connector
            }
            else if (_v.IsLowerWord(j) && (QuoteLexicon.RoleNouns.Contains(_v.Span(j)) || QuoteLexicon.OrgNominals.Contains(_v.Span(j))))
            {
                // role or organisation noun
            }
            else if (_v.IsLowerWord(j) && !QuoteLexicon.PhraseBreakers.Contains(_v.Span(j)) && !QuoteLexicon.Cues.Contains(_v.Span(j))
                && !_v.IsDeterminer(j) && !_v.Span(j).EndsWith("ed", StringComparison.Ordinal) && !(j + 1 < limit && _v.IsDeterminer(j + 1)) && RoleAhead(j + 1, limit))
            {
                // a modifier: "Republican presidential nominee Donald Trump" (not a verb before its object: "Ann Lee believes the city …")
            }
            else
            {
                break;
            }

            j++;
            count++;
        }

        if (j > a && j < limit && _v.IsLowerWord(j) && (_v.Is(j, "of") || _v.Is(j, "for")) && _v.IsLowerWord(j - 1) && QuoteLexicon.IsPersonNoun(_v.Span(j - 1))
            && NameAfterRoleApposition(j + 1, limit) is { Start: var ns, End: var ne } && ne > ns)
        {
            return (ns, ne); // "The head of the Harbour Party, Tom Herring, voiced …": the name in the apposition
        }

        return j > a && !(j == a + 1 && _v.IsDeterminer(a)) ? (a, j) : (0, 0);
    }

    /// <summary>"[of] the Harbour Party, Tom Herring,": the name between the commas after a role's complement, or (0, 0).</summary>
    private (int Start, int End) NameAfterRoleApposition(int from, int limit)
    {
        int comma = -1;
        for (int k = from; k < limit && k < from + 10; k++)
        {
            if (_v.IsComma(k))
            {
                comma = k;
                break;
            }

            if (_v.IsLowerWord(k) && (QuoteLexicon.PhraseBreakers.Contains(_v.Span(k)) || QuoteLexicon.Cues.Contains(_v.Span(k))))
            {
                return (0, 0);
            }
        }

        if (comma < 0)
        {
            return (0, 0);
        }

        int e = comma + 1;
        while (e < limit && e < comma + 6 && (_v.IsNameWord(e) || _v.IsAbbreviationDot(e)))
        {
            e++;
        }

        return e - (comma + 1) >= 2 && e < limit && _v.IsComma(e) ? (comma + 1, e) : (0, 0);
    }

    /// <summary>"Historically," / "Officially,": a capitalised adverb in -ly and a comma (never a name).</summary>
    /// <summary>
    /// Past an opening time phrase and its comma ("Earlier this week, the minister …", "On Friday, …", "Late on
    /// Sunday, …"); <paramref name="j"/> itself when the sentence opens otherwise.
    /// </summary>
    private int AfterOpeningTimePhrase(int j, int limit)
    {
        if (j >= limit - 2 || !_v.IsWord(j) || _v.Case(j) != TokenCase.Capitalized)
        {
            return j;
        }

        ReadOnlySpan<char> w = _v.Span(j);
        bool adverb = w is "Earlier" or "Later";
        if (!adverb && w is not ("On" or "In" or "At" or "During" or "Last" or "This" or "Late" or "Early" or "By" or "Since" or "Over"))
        {
            return j;
        }

        bool temporal = adverb;
        for (int k = j + 1; k < limit - 1 && k <= j + 6; k++)
        {
            if (_v.IsComma(k))
            {
                return temporal && k > j + (adverb ? 0 : 1) ? k + 1 : j;
            }

            if (!(_v.IsWord(k) || _v.Kind(k) == TokenKind.Number) || QuoteLexicon.Cues.Contains(_v.Span(k)))
            {
                return j;
            }

            bool unit = _v.IsLowerWord(k) && IsTimeUnit(_v.Span(k));
            temporal |= _v.IsTemporal(k) || unit;
            if (unit && !adverb && k <= j + 4 && !_v.IsComma(k + 1) && (_v.IsDeterminer(k + 1) || _v.IsNameWord(k + 1) || _v.IsPronoun(k + 1)))
            {
                return k + 1; // "In recent days the council has …", "Over the past two years Acme has …": no comma after the phrase
            }
        }

        return j;
    }

    /// <summary>"in recent days", "over the past year" after "In fact,": the token after the phrase (and its comma), else <paramref name="j"/>.</summary>
    private int AfterLowerTimePhrase(int j, int limit)
    {
        for (int k = j + 1; k < limit - 1 && k <= j + 4; k++)
        {
            if (!(_v.IsLowerWord(k) || _v.Kind(k) == TokenKind.Number))
            {
                return j;
            }

            if (IsTimeUnit(_v.Span(k)) || _v.IsTemporal(k))
            {
                return _v.IsComma(k + 1) ? k + 2 : k + 1;
            }
        }

        return j;
    }

    private static bool IsTimeUnit(ReadOnlySpan<char> w) =>
        w is "days" or "weeks" or "months" or "years" or "decades" or "hours" or "month" or "year" or "decade";

    private bool IsIntroductoryAdverb(int j)
    {
        ReadOnlySpan<char> w = _v.Span(j);
        return _v.IsWord(j) && _v.Case(j) == TokenCase.Capitalized && w.Length > 5 && w.EndsWith("ly", StringComparison.Ordinal)
            && j + 1 < _v.Count && _v.IsComma(j + 1) && !GivenNames.IsGivenName(w);
    }

    private static bool IsLeadingAdverb(ReadOnlySpan<char> w) =>
        w is "But" or "And" or "So" or "Yet" or "Still" or "Meanwhile" or "However" or "Even" or "Now" or "Then" or "Also" or "Instead" or "Later" or "Earlier" or "Indeed" or "Already" or "Separately";

    /// <summary>True when a person or organisation noun follows within three lower-case words ("presidential nominee").</summary>
    private bool RoleAhead(int from, int limit)
    {
        for (int k = from; k < limit && k < from + 3; k++)
        {
            if (_v.IsLowerWord(k) && (QuoteLexicon.RoleNouns.Contains(_v.Span(k)) || QuoteLexicon.OrgNominals.Contains(_v.Span(k))))
            {
                return true;
            }

            if (!_v.IsLowerWord(k) || QuoteLexicon.PhraseBreakers.Contains(_v.Span(k)) || QuoteLexicon.Cues.Contains(_v.Span(k)))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>"… told AFP. Kelly Grieco.": a sentence that is only a person's name, right after a role-only attribution.</summary>
    private SpeakerInfo? DanglingName(int sentence, SpeakerInfo role)
    {
        IReadOnlyList<Sentence> sentences = _doc.Sentences;
        if (sentence + 1 >= sentences.Count)
        {
            return null;
        }

        Sentence next = sentences[sentence + 1];
        int a = next.FirstToken;
        int end = a + next.TokenCount;
        if (IsBareTitle(role.Text) && !_v[a].NewlineBefore && _v.IsNameWord(a) && !_inTitleLine[a])
        {
            // "Norland’s Chief Cabinet Secretary told reporters … “…” ⏎ Tomas Vell condemned …": a title with no name,
            // then a sentence whose subject is a person's full name (two or three words, a verb after it).
            int run = _v.NameRunEnd(a, end);
            if (run - a is 2 or 3 && run < end && _v.IsLowerWord(run) && !(_v.Span(run) is "was" or "is" or "were" or "are") && !HasOrgWord(a, run) && _v.AfterTitles(a, run) == a
                && OrgOverlapping(_v.Start(a), _v.End(run - 1)) is null && !QuoteLexicon.Demonyms.Contains(_v.Span(a))
                && (GivenNames.IsGivenName(_v.Span(a)) || _names.IsKnownPerson(_v.Text(run - 1)))
                && !QuoteLexicon.PlaceWords.Contains(_v.Span(run - 1))
                && _v.Span(a) is not ("North" or "South" or "East" or "West" or "Northern" or "Southern" or "Eastern" or "Western" or "New" or "Upper" or "Lower" or "Central" or "Greater"))
            {
                string full = _v.TextOf(a, run);
                return role with { Text = full, Span = _v.SpanOf(a, run), Kind = SpeakerKind.Person, FullName = _names.Expand(full) ?? full, Role = role.Text };
            }
        }

        if (next.TokenCount < 3 || next.TokenCount > 6 || !_v.IsPunct(end - 1, '.') || _v[a].NewlineBefore)
        {
            return null;
        }

        int runEnd = _v.NameRunEnd(a, end - 1);
        if (!_v.IsNameWord(a) || runEnd != end - 1 || runEnd - a < 2 || HasOrgWord(a, runEnd))
        {
            return null;
        }

        string name = _v.TextOf(a, runEnd);
        return role with
        {
            Text = name,
            Span = _v.SpanOf(a, runEnd),
            Kind = SpeakerKind.Person,
            FullName = _names.Expand(name) ?? name,
            Role = role.Text,
        };
    }

    /// <summary>A role of one to four capitalised words ending in a title and naming no one ("Chief Cabinet Secretary", "Prime Minister").</summary>
    private static bool IsBareTitle(string role)
    {
        int words = 0;
        int last = 0;
        for (int i = 0; i < role.Length; i++)
        {
            if (i == 0 || role[i - 1] == ' ')
            {
                if (!char.IsUpper(role[i]))
                {
                    return false;
                }

                words++;
                last = i;
            }
        }

        return words is >= 1 and <= 4 && QuoteLexicon.Titles.Contains(role.AsSpan(last));
    }

    // ---------------------------------------------------------------- interpreting a speaker phrase

    /// <summary>What a speaker phrase names: a pronoun (resolved), a person, an organisation or a role description.</summary>
    private SpeakerInfo? Interpret(int a, int b, bool leftSide)
    {
        while (a < b && (_v.IsComma(a) || _v.IsDash(a) || _v.IsQuoteMark(a)))
        {
            a++;
        }

        while (b > a && (_v.IsComma(b - 1) || _v.IsDash(b - 1) || _v.IsAbbreviationDot(b - 1)))
        {
            b--;
        }

        if (a >= b)
        {
            return null;
        }

        if (b - a == 1 && _v.IsPronoun(a))
        {
            return ResolvePronoun(a);
        }

        for (int k = a + 1; k < b - 1; k++)
        {
            if (_v.IsComma(k))
            {
                SpeakerInfo? first = InterpretPart(a, k, leftSide);
                SpeakerInfo? second = InterpretPart(k + 1, b, leftSide);
                if (first is not null && first.Kind != SpeakerKind.Role && second is not null && second.Kind == SpeakerKind.Role)
                {
                    return first with { Role = second.Text, Affiliation = first.Affiliation ?? second.Affiliation, AffiliationSpan = first.AffiliationSpan ?? second.AffiliationSpan };
                }

                if (second is not null && second.Kind != SpeakerKind.Role && first is not null && first.Kind == SpeakerKind.Role)
                {
                    return second with { Role = first.Text, Affiliation = second.Affiliation ?? first.Affiliation, AffiliationSpan = second.AffiliationSpan ?? first.AffiliationSpan };
                }

                return leftSide ? second ?? first : first ?? second;
            }
        }

        return InterpretPart(a, b, leftSide);
    }

    private SpeakerInfo? InterpretPart(int a, int b, bool leftSide)
    {
        if (a >= b)
        {
            return null;
        }

        if (b - a == 1 && _v.IsPronoun(a))
        {
            return ResolvePronoun(a);
        }

        if (!leftSide && IsOwnerRoleName(a, b))
        {
            leftSide = true; // "said Acme founder Tom Brandt": the name at the end, the rest its role
        }

        // Choose the name run: next to the verb on the left side, the first non-owner on the right side.
        int rs = -1, re = -1;
        int k = a;
        while (k < b)
        {
            if (!_v.IsNameWord(k))
            {
                k++;
                continue;
            }

            int e = Math.Min(_v.NameRunEnd(k, b), b);
            bool owner = e < b && _v.IsPossessive(e);
            if (leftSide)
            {
                if (e == b)
                {
                    rs = k;
                    re = e;
                }
            }
            else if ((!owner || HasConnector(k, e)) && rs < 0)
            {
                rs = k;
                re = e;
            }

            k = e;
        }

        if (!leftSide && rs >= 0 && re < b && _v.IsLowerWord(re) && QuoteLexicon.IsPersonNoun(_v.Span(re)) && !(re + 1 < b && _v.IsNameWord(re + 1)))
        {
            rs = -1; // "said the US president", "tweeted the French minister": a modifier of the role, not the speaker's name
        }

        int affStart = -1, affEnd = -1;
        bool needsPerson = false;
        if (rs < 0 || (!leftSide && re < b && _v.IsLowerWord(re) && IsAffiliationPreposition(re)))
        {
            // "Tom Bradwell of the Labour party said" / "said Tom Bradwell of the city council": the name run, then a
            // preposition and an organisation written in lower case; the name must then read as a person's.
            int first = a;
            while (first < b && _v.IsDeterminer(first))
            {
                first++;
            }

            if (first < b && _v.IsNameWord(first))
            {
                int e = first + 1;
                while (e < b && (_v.IsNameWord(e) || _v.IsAbbreviationDot(e)) && !_v.IsLowerWord(e))
                {
                    e++;
                }

                bool endsInOrganisation = _v.IsNameWord(b - 1) || (_v.IsLowerWord(b - 1) && QuoteLexicon.OrgNominals.Contains(_v.Span(b - 1)));
                bool personLike = e - first >= 2 || GivenNames.IsGivenName(_v.Span(first)) || (e - first == 1 && _names.IsKnownPerson(_v.Text(first)));
                if (e + 1 < b && _v.IsLowerWord(e) && IsAffiliationPreposition(e) && endsInOrganisation && personLike)
                {
                    rs = first;
                    re = e;
                    affStart = _v.Is(e + 1, "the") ? e + 2 : e + 1;
                    affEnd = b;
                    needsPerson = true;
                }
            }
        }

        if (rs >= 0)
        {
            // "Craig Holman of Public Citizen": the name, then an affiliation (not "Ministry of Defense", not "Secretary of State").
            for (int m = rs + 1; m < re - 1; m++)
            {
                if ((_v.Is(m, "of") || _v.Is(m, "for")) && _v.IsLowerWord(m))
                {
                    if (!HasOrgWord(rs, m) && !QuoteLexicon.Titles.Contains(_v.Span(m - 1)) && _v.IsNameWord(m - 1))
                    {
                        affStart = _v.Is(m + 1, "the") ? m + 2 : m + 1;
                        affEnd = re;
                        re = m;
                    }

                    break;
                }
            }

            bool afterPreposition = rs - 1 >= a && _v.IsLowerWord(rs - 1) && QuoteLexicon.Prepositions.Contains(_v.Span(rs - 1));
            afterPreposition |= rs - 2 >= a && _v.Is(rs - 1, "the") && _v.IsLowerWord(rs - 2) && QuoteLexicon.Prepositions.Contains(_v.Span(rs - 2));
            afterPreposition |= rs - 2 >= a && _v.Case(rs - 1) == TokenCase.Capitalized && QuoteLexicon.NonNames.Contains(_v.Span(rs - 1))
                && _v.IsLowerWord(rs - 2) && QuoteLexicon.Prepositions.Contains(_v.Span(rs - 2)); // "a spokesman for All Star Lines"
            if (afterPreposition && leftSide && re == b && PersonAfterOrganisation(rs, re) is var nameStart and > 0 && NamedPerson(a, nameStart, re, b) is { Kind: SpeakerKind.Person } named)
            {
                return named; // "Envoy to the United Nations Corin Maddox said": the body the title names, then the person
            }

            bool issuedBy = afterPreposition && leftSide && re == b && IsTextIssuedBy(a, rs);
            if (issuedBy)
            {
                afterPreposition = false; // "a statement released by the Varnian News Agency read": the agency
            }

            OrgName? org = OrgOverlapping(_v.Start(rs), _v.End(re - 1));
            bool orgLike = org is not null || HasOrgWord(rs, re) || (re - rs == 1 && _v.Case(rs) == TokenCase.Upper && _v.Span(rs).Length >= 2);
            int titledName = re - rs > 1 ? _v.AfterTitles(rs, re) : rs;
            if (orgLike && titledName > rs && titledName < re && !HasOrgWord(titledName, re) && (org is null || org.Value.Span.Start < _v.Start(titledName)))
            {
                orgLike = false; // "Chief Cabinet Secretary Hirokazu Matsuno"
            }
            if (!afterPreposition)
            {
                if (orgLike && (issuedBy || !HasContentWordBefore(a, rs)))
                {
                    int os = rs;
                    while (os < re - 1 && (QuoteLexicon.Demonyms.Contains(_v.Span(os)) || QuoteLexicon.NonNames.Contains(_v.Span(os))))
                    {
                        os++;
                    }

                    if (org is { } o && o.Span.Start >= _v.Start(rs) && o.Span.End <= _v.End(re - 1))
                    {
                        return new SpeakerInfo { Text = o.Text, Span = o.Span, Kind = SpeakerKind.Organisation, FullName = o.Canonical };
                    }

                    string text = _v.TextOf(os, re);
                    return new SpeakerInfo { Text = text, Span = _v.SpanOf(os, re), Kind = SpeakerKind.Organisation, FullName = text };
                }

                if (!orgLike)
                {
                    SpeakerInfo? person = NamedPerson(a, rs, re, b);
                    if (needsPerson && person is not null && person.Kind != SpeakerKind.Person)
                    {
                        person = null; // "Residents of the town": a capitalised word, not a person's name
                    }

                    if (person is null && leftSide && re == b && re - rs <= 4 && _v.IsWord(re - 1) && _v.AfterTitles(rs, re) == re)
                    {
                        // "Norland’s Interior Minister told reporters": a title naming no one is a role (a later sentence may name them).
                        string title = _v.TextOf(rs, re);
                        return new SpeakerInfo { Text = title, Span = _v.SpanOf(rs, re), Kind = SpeakerKind.Role, Role = title };
                    }

                    if (person is not null)
                    {
                        if (affStart >= 0 && affStart < affEnd && person.Affiliation is null)
                        {
                            person = person with { Affiliation = _v.TextOf(affStart, affEnd), AffiliationSpan = _v.SpanOf(affStart, affEnd) };
                        }

                        return person;
                    }
                }
            }
        }

        return Description(a, b);
    }

    /// <summary>
    /// In a capitalised run after a title's preposition ("… to the United Nations Corin Maddox"), where a person's name of
    /// two or three words follows an organisation or place that ends inside the run: the index of the name's first
    /// word; else -1. The name holds no organisation or place word, and a three-word name must open with a given name.
    /// </summary>
    private int PersonAfterOrganisation(int rs, int re)
    {
        for (int p = re - 3; p <= re - 2; p++)
        {
            if (p <= rs || (re - p == 3 && !GivenNames.IsGivenName(_v.Span(p))) || HasOrgWord(p, re) || !_v.IsNameWord(p - 1)
                || OrgOverlapping(_v.Start(p), _v.End(re - 1)) is not null)
            {
                continue;
            }

            bool placeInName = false;
            for (int k = p; k < re; k++)
            {
                placeInName |= !_v.IsNameWord(k) || QuoteLexicon.PlaceWords.Contains(_v.Span(k));
            }

            if (placeInName)
            {
                continue;
            }

            bool bodyBefore = QuoteLexicon.PlaceWords.Contains(_v.Span(p - 1)) || HasOrgWord(rs, p)
                || (OrgOverlapping(_v.Start(rs), _v.End(p - 1)) is { } org && org.Span.End == _v.End(p - 1));
            if (bodyBefore)
            {
                return p;
            }
        }

        return -1;
    }

    /// <summary>"[a] statement released by [the]" right before <paramref name="rs"/>: a text and its issuer.</summary>
    private bool IsTextIssuedBy(int a, int rs)
    {
        int k = rs - 1;
        if (_v.Is(k, "the"))
        {
            k--;
        }

        if (k - 2 < a || !_v.Is(k, "by"))
        {
            return false;
        }

        ReadOnlySpan<char> participle = _v.Span(k - 1);
        return participle is "released" or "issued" or "published" or "posted" or "sent" or "signed" or "carried" or "distributed"
            && _v.IsLowerWord(k - 2) && TextNouns.Contains(_v.Span(k - 2));
    }

    private bool IsAffiliationPreposition(int i) => _v.Is(i, "of") || _v.Is(i, "for") || _v.Is(i, "from") || _v.Is(i, "at") || _v.Is(i, "with");

    private bool HasConnector(int a, int b)
    {
        for (int k = a + 1; k < b - 1; k++)
        {
            if (_v.Is(k, "of") || _v.Is(k, "for"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when lower-case content words (not determiners or possessives) in [a, end) describe someone: a role, a
    /// source, a preposition or clause word, more than two words, or words not right before <paramref name="end"/>.
    /// </summary>
    private bool HasContentWordBefore(int a, int end)
    {
        int words = 0, first = -1;
        bool description = false;
        for (int k = a; k < end; k++)
        {
            if (_v.IsLowerWord(k) && !QuoteLexicon.Determiners.Contains(_v.Span(k)))
            {
                ReadOnlySpan<char> w = _v.Span(k);
                words++;
                first = first < 0 ? k : first;
                description |= QuoteLexicon.IsPersonNoun(w) || QuoteLexicon.Prepositions.Contains(w) || QuoteLexicon.PhraseBreakers.Contains(w)
                    || QuoteLexicon.SourceNouns.Contains(w) || QuoteLexicon.OrgNominals.Contains(w);
            }
        }

        // One or two plain modifiers right before the name ("Varnia's federal Harbour Board", "the state-run Harbour
        // Times") leave it the organisation; a role, a preposition, a longer description or words apart do not.
        return description || words > 2 || (words > 0 && first != end - words);
    }

    private SpeakerInfo? NamedPerson(int a, int rs, int re, int b)
    {
        int ns = _v.AfterTitles(rs, re);
        if (ns >= re)
        {
            return null;
        }

        string last = _v.Text(re - 1);
        if (re < _v.Count && _v.IsAbbreviationDot(re) && (_v.Is(re - 1, "Jr") || _v.Is(re - 1, "Sr")))
        {
            re++; // "Trump Jr."
        }

        string name = _v.TextOf(ns, re);
        string? full = _names.Expand(name, _v.Start(ns));
        bool titled = false;
        for (int k = rs; k < ns; k++)
        {
            if (_v.IsWord(k) && QuoteLexicon.Titles.Contains(_v.Span(k)))
            {
                titled = true;
            }
        }

        bool roleBefore = false;
        for (int k = a; k < rs; k++)
        {
            if (_v.IsLowerWord(k) && QuoteLexicon.RoleNouns.Contains(_v.Span(k)))
            {
                roleBefore = true;
            }
        }

        bool place = QuoteLexicon.PlaceWords.Contains(_v.Span(re - 1));
        SpeakerKind kind = !place && (titled || roleBefore || re - ns >= 2 || full is not null || _names.IsKnownPerson(last)) ? SpeakerKind.Person : SpeakerKind.Unknown;
        if (kind == SpeakerKind.Unknown && re - ns == 1 && ns == rs && OpensSentenceOrLine(ns) && IsOrdinaryWord(ns))
        {
            return null; // "Back in the cabin, …", "Truck attack in Nice: '…'": a common word capitalised by position
        }

        if (kind == SpeakerKind.Unknown && re - ns == 1 && ns == rs && OpensSentenceOrLine(ns)
            && (IsIntroductoryAdverb(ns) || (re < _v.Count && _v.Is(re, "of") && _v.IsLowerWord(re) && !GivenNames.IsGivenName(_v.Span(ns)))))
        {
            return null; // "Historically, …", "Word of the deal spread …": a sentence opening, not a speaker
        }

        string? role = null;
        OrgName? affiliation = null;
        if (ns > a)
        {
            int roleEnd = ns;
            while (roleEnd > a && _v.IsComma(roleEnd - 1))
            {
                roleEnd--;
            }

            int roleStart = a;
            if (roleEnd > roleStart && (roleEnd - roleStart > 1 || !_v.IsDeterminer(roleStart)))
            {
                role = _v.TextOf(roleStart, roleEnd);
                affiliation = OrgInside(_v.Start(roleStart), _v.End(roleEnd - 1));
            }
        }

        if (affiliation is null && b > re)
        {
            affiliation = OrgInside(_v.End(re - 1), _v.End(b - 1));
        }

        return new SpeakerInfo
        {
            Text = name,
            Span = _v.SpanOf(ns, re),
            Kind = kind,
            FullName = full ?? (kind == SpeakerKind.Person ? name : null),
            Role = role,
            Affiliation = affiliation?.Canonical,
            AffiliationSpan = affiliation?.Span,
        };
    }

    /// <summary>True when the token opens its sentence or its line (so its capital letter says nothing).</summary>
    private bool OpensSentenceOrLine(int i)
    {
        if (i == 0 || _v[i].NewlineBefore)
        {
            return true;
        }

        int s = _doc.SentenceIndexAt(_v.Start(i));
        return s >= 0 && _doc.Sentences[s].FirstToken == i;
    }

    /// <summary>
    /// True when a capitalised word is an ordinary word of this article: the article also writes it in lower case, and it
    /// is neither a given name nor a noun that can stand for a speaker ("Police", "Officials", "Organizers").
    /// </summary>
    private bool IsOrdinaryWord(int i)
    {
        ReadOnlySpan<char> w = _v.Span(i);
        if (_v.Case(i) != TokenCase.Capitalized || GivenNames.IsGivenName(w) || QuoteLexicon.SourceNouns.Contains(w) || QuoteLexicon.OrgNominals.Contains(w))
        {
            return false;
        }

        Span<char> lower = w.Length <= 64 ? stackalloc char[w.Length] : new char[w.Length];
        w.ToLowerInvariant(lower);
        if (QuoteLexicon.IsPersonNoun(lower))
        {
            return false;
        }

        if (lower.Length >= 5 && lower.EndsWith("ed") && i + 1 < _v.Count && _v.IsLowerWord(i + 1) && QuoteLexicon.Prepositions.Contains(_v.Span(i + 1)))
        {
            return true; // "Opened in October, the store …", "Founded by …": a participle opening its clause
        }

        _lowerWords ??= BuildLowerWords();
        return _lowerWords.TryGetToken(lower, out _);
    }

    /// <summary>The words the article writes in lower case (once per article, on first need).</summary>
    private PooledNameTable<bool> BuildLowerWords()
    {
        int count = 0;
        for (int k = 0; k < _v.Count; k++)
        {
            if (_v.IsLowerWord(k))
            {
                count++;
            }
        }

        var words = new PooledNameTable<bool>(foldCase: false, count);
        for (int k = 0; k < _v.Count; k++)
        {
            if (_v.IsLowerWord(k))
            {
                words.AddToken(_v.Span(k), true);
            }
        }

        return words;
    }

    /// <summary>Gives the pooled arrays back (the token view's memo and the lower-case word set); the finder is not used afterwards.</summary>
    private void ReleaseScratch()
    {
        _v.Release();
        ScratchPool<bool>.Return(_inTitleLine);
        ScratchPool<int>.Return(_unitOfLine);
        ScratchPool<OrgName>.Return(_orgs);
        _orgs = [];
        _orgCount = 0;
        _lowerWords?.Return();
        _lowerWords = null;
    }

    /// <summary>A description without a name: "the ministry" (resolved to the organisation), "an expert at the Stimson Center".</summary>
    private SpeakerInfo? Description(int a, int b)
    {
        int k = a;
        bool definite = _v.Is(a, "the");
        if (_v.IsDeterminer(k))
        {
            k++;
        }

        int head = -1;
        int firstPrep = b;
        for (int j = k; j < b; j++)
        {
            if (_v.IsLowerWord(j) && QuoteLexicon.Prepositions.Contains(_v.Span(j)))
            {
                firstPrep = j;
                break;
            }

            if (_v.IsLowerWord(j))
            {
                head = j;
            }
        }

        if (head < 0)
        {
            return null;
        }

        ReadOnlySpan<char> h = _v.Span(head);
        if (!IsSpeakerHead(head))
        {
            return null;
        }

        if (definite && QuoteLexicon.OrgNominals.Contains(h) && firstPrep == b && b - a <= 3)
        {
            SpeakerInfo? antecedent = ResolveOrgAnaphor(h, _v.Start(a));
            if (antecedent is not null)
            {
                return antecedent;
            }
        }

        if (firstPrep == b && b - a <= 4 && IsStatementNoun(h) && (definite || HasPossessive(a, head)) && !_v.Is(head - 1, "mission"))
        {
            SpeakerInfo? author = StatementAuthor(h, _v.Start(a));
            if (author is not null)
            {
                return author; // "Smith said in a statement … “…,” the statement said": Smith
            }
        }

        if (firstPrep == b && IsStatementNoun(h) && head - 1 >= k && _v.IsLowerWord(head - 1) && QuoteLexicon.OrgNominals.Contains(_v.Span(head - 1))
            && !_v.Is(head - 1, "mission"))
        {
            // "a police statement said", "the company statement read": the body that issued it.
            SpeakerInfo? issuer = definite ? ResolveOrgAnaphor(_v.Span(head - 1), _v.Start(a)) : null;
            return issuer ?? new SpeakerInfo
            {
                Text = _v.Text(head - 1),
                Span = _v.SpanOf(head - 1, head),
                Kind = SpeakerKind.Organisation,
            };
        }

        if (firstPrep == b && (TextNouns.Contains(h) || IsStatementNoun(h)) && OwnerOfText(k, head, definite) is { } owner)
        {
            return owner; // "Acme’s statement said", "the company’s own message explained": the owner speaks through it
        }

        bool person = QuoteLexicon.IsPersonNoun(h);
        if (definite && person && b - a == 2 && head == a + 1 && !RelationalNouns.Contains(h)
            && !(h.EndsWith("s", StringComparison.Ordinal) && !h.EndsWith("ss", StringComparison.Ordinal)))
        {
            SpeakerInfo? named = NamedWithRole(head, a) ?? NamedSpeakerBefore(_v.Start(a));
            if (named is not null && !PronounAfterContradicts(b, GenderOf(named)) && SentenceHasQuoteMark(a) && !GivenOtherRole(named, h, _v.Start(a)))
            {
                return named; // "Ann Lee told the paper … “…,” the scientist said": Ann Lee
            }
        }

        SpeakerKind kind = person ? SpeakerKind.Role : QuoteLexicon.OrgNominals.Contains(h) ? SpeakerKind.Organisation : SpeakerKind.Unknown;
        int ts = _v.IsDeterminer(a) && (_v.Is(a, "the") || _v.Is(a, "a") || _v.Is(a, "an")) ? a + 1 : a;
        if (ts >= b)
        {
            return null;
        }

        string text = _v.TextOf(ts, b);
        OrgName? affiliation = OrgInside(_v.Start(a), _v.End(b - 1));

        // "a foreign ministry spokesman in Berlin": the place where the speaker sits belongs to the role, not the name.
        int te = kind == SpeakerKind.Role && firstPrep > ts && firstPrep + 1 < b && _v.Is(firstPrep, "in") && IsPlaceRun(firstPrep + 1, b) ? firstPrep : b;
        return new SpeakerInfo
        {
            Text = te == b ? text : _v.TextOf(ts, te),
            Span = _v.SpanOf(ts, te),
            Kind = kind,
            Role = kind == SpeakerKind.Role ? text : null,
            Affiliation = affiliation?.Canonical,
            AffiliationSpan = affiliation?.Span,
        };
    }

    /// <summary>
    /// The possessive owner of a text noun at <paramref name="head"/> ("Acme’s own in-game message", "the company’s
    /// statement": Acme, the company the article named before), when only lower-case modifiers stand between the
    /// owner and the noun; else null.
    /// </summary>
    private SpeakerInfo? OwnerOfText(int k, int head, bool definite)
    {
        int p = head - 1;
        while (p > k && !_v.IsPossessive(p) && (_v.IsLowerWord(p) || _v.IsPunct(p, '-')))
        {
            p--;
        }

        if (p <= k || !_v.IsPossessive(p))
        {
            return null;
        }

        if (p - k == 1 && _v.IsLowerWord(k))
        {
            return definite && QuoteLexicon.OrgNominals.Contains(_v.Span(k)) ? ResolveOrgAnaphor(_v.Span(k), _v.Start(k)) : null;
        }

        for (int t = k; t < p; t++)
        {
            if (!_v.IsNameWord(t) && !_v.IsAbbreviationDot(t))
            {
                return null; // only a name owns the text here ("the Acme Group’s statement"), not a description
            }
        }

        SpeakerInfo? owner = InterpretPart(k, p, leftSide: true);
        return owner is { Kind: not SpeakerKind.Role } ? owner : null;
    }

    /// <summary>A run of one to three name words with no organisation word or mention: a place ("Berlin", "New York").</summary>
    private bool IsPlaceRun(int a, int b)
    {
        if (b - a > 3)
        {
            return false;
        }

        for (int k = a; k < b; k++)
        {
            if (!_v.IsNameWord(k))
            {
                return false;
            }
        }

        return !HasOrgWord(a, b) && OrgOverlapping(_v.Start(a), _v.End(b - 1)) is null;
    }

    /// <summary>
    /// "the director said he …": a "he" or "she" within the next twelve tokens of the sentence whose gender is not
    /// <paramref name="gender"/> (unknown included: a role noun read as the person who spoke last must show the pronoun's gender).
    /// </summary>
    private bool PronounAfterContradicts(int from, Gender gender)
    {
        for (int k = from; k < _v.Count && k < from + 12 && !_v.IsStop(k); k++)
        {
            if (_v.Is(k, "he") || _v.Is(k, "his") || _v.Is(k, "him"))
            {
                return gender != Gender.Male;
            }

            if (_v.Is(k, "she") || _v.Is(k, "her"))
            {
                return gender != Gender.Female;
            }
        }

        return false;
    }

    /// <summary>
    /// True when the sentence of token <paramref name="t"/> holds a quotation mark: the role noun attributes a quote
    /// ("“…,” the scientist said"), not an indirect report that may move on to another person.
    /// </summary>
    private bool SentenceHasQuoteMark(int t)
    {
        Sentence sentence = _doc.Sentences[_doc.SentenceIndexAt(_v.Start(t))];
        int end = Math.Min(_v.Count, sentence.FirstToken + sentence.TokenCount);
        for (int k = Math.Max(sentence.FirstToken, t - 200); k < end && k < t + 200; k++)
        {
            if (_v.IsQuoteMark(k))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "the director said" after "director Ann Lee" earlier in the article: the person the article named with that role
    /// word right before the name (the latest such, within 2 000 tokens), or null.
    /// </summary>
    private SpeakerInfo? NamedWithRole(int head, int before)
    {
        ReadOnlySpan<char> role = _v.Span(head);
        for (int k = before - 1; k >= 0 && k >= before - 2000; k--)
        {
            if (k + 1 < before && _v.IsWord(k) && _v.Span(k).Equals(role, StringComparison.OrdinalIgnoreCase) && _v.IsNameWord(k + 1) && !OnTeaserLine(_v.Start(k)))
            {
                int end = _v.NameRunEnd(k + 1, before);
                if (end - (k + 1) is >= 1 and <= 3)
                {
                    string name = _v.TextOf(k + 1, end);
                    string? full = _names.Expand(name);
                    if (full is not null || end - (k + 1) >= 2)
                    {
                        return new SpeakerInfo { Text = name, Span = _v.SpanOf(k + 1, end), Kind = SpeakerKind.Person, FullName = full ?? name };
                    }
                }
            }
        }

        return null;
    }

    /// <summary>Characters <see cref="GivenOtherRole"/> may still read in this article (keeps the whole pass linear).</summary>
    private int _roleScanBudget = 2_000_000;

    /// <summary>Broad role words that may name a person the article introduced with a narrower role.</summary>
    private static readonly WordSet GenericRoles = new(["scientist", "researcher", "expert", "academic", "official", "actor", "actress", "star", "singer", "artist", "player", "athlete", "politician", "lawmaker", "leader", "executive", "man", "woman", "writer", "author"]);

    /// <summary>
    /// True when the article introduced <paramref name="named"/> with an apposition of another role ("Tom Reed, a teacher
    /// at …" or "Tom Reed, 41, a teacher"), so "the skipper said" is someone else. Roles match when one word ends with the
    /// other ("astrophysicist" / "scientist"). Only the 20 000 characters before <paramref name="position"/> are read.
    /// </summary>
    private bool GivenOtherRole(SpeakerInfo named, ReadOnlySpan<char> role, int position)
    {
        string name = named.FullName ?? named.Text;
        if (name.Length < 3 || GenericRoles.Contains(role))
        {
            return false; // "the scientist said" after "Ann Lee, a physicist": a broader word for the same person
        }

        int from = Math.Max(0, position - 20000);
        if (_roleScanBudget < position - from)
        {
            return false; // a page with thousands of such attributions: linear time first
        }

        _roleScanBudget -= position - from;
        bool other = false;
        int at = from;
        while (at < position)
        {
            int hit = _text.IndexOf(name, at, position - at, StringComparison.Ordinal);
            if (hit < 0)
            {
                break;
            }

            at = hit + name.Length;
            int t = _doc.TokenIndexAt(at);
            if (t >= _v.Count || _v.Start(t) < at || !_v.IsComma(t))
            {
                continue;
            }

            int k = t + 1;
            if (k + 1 < _v.Count && _v.Kind(k) == TokenKind.Number && _v.IsComma(k + 1))
            {
                k += 2; // "Tom Reed, 41, a teacher"
            }

            if (k >= _v.Count || !(_v.Is(k, "a") || _v.Is(k, "an")))
            {
                continue;
            }

            for (int w = k + 1; w < _v.Count && w <= k + 5 && _v.IsWord(w) && !QuoteLexicon.Prepositions.Contains(_v.Span(w)); w++)
            {
                ReadOnlySpan<char> word = _v.Span(w);
                if (!QuoteLexicon.IsPersonNoun(word))
                {
                    continue;
                }

                if (word.EndsWith(role, StringComparison.OrdinalIgnoreCase) || role.EndsWith(word, StringComparison.OrdinalIgnoreCase))
                {
                    return false;
                }

                other = true;
            }
        }

        return other;
    }

    /// <summary>
    /// "the scientist said", "the actor claimed": a definite role noun alone refers back to the person who spoke last, when
    /// the nearest speech event before it (in this or the three reader paragraphs before, not on a teaser line) has a
    /// person's full name as its speaker; when it has a role ("a spokesperson said") or an organisation, null.
    /// </summary>
    private SpeakerInfo? NamedSpeakerBefore(int position)
    {
        int paragraph = UnitAt(position);
        for (int k = _events.Count - 1, steps = 0; k >= 0 && steps < 40; k--, steps++)
        {
            SpeechEvent e = _events[k];
            if (_v.Start(e.Cue) >= position || OnTeaserLine(_v.Start(e.Cue)))
            {
                continue;
            }

            if (e.Paragraph < paragraph - 3)
            {
                break;
            }

            bool person = e.Speaker.Kind == SpeakerKind.Person
                || (e.Speaker.Kind == SpeakerKind.Unknown && e.Speaker.Text.IndexOf(' ') < 0 && _names.IsKnownPerson(e.Speaker.Text));
            return person && e.Speaker.FullName is { } full && full.IndexOf(' ') > 0 ? e.Speaker : null;
        }

        return null;
    }

    private static bool IsStatementNoun(ReadOnlySpan<char> w) => w is "statement" or "letter" or "email" or "memo";

    /// <summary>"a statement", "in a written statement", "her statement": the text introduced here, not one named before.</summary>
    private bool IntroducedAt(int t, int first)
    {
        for (int k = t - 1; k >= first && k >= t - 2; k--)
        {
            if (_v.Is(k, "a") || _v.Is(k, "an") || _v.Is(k, "his") || _v.Is(k, "her") || _v.Is(k, "its") || _v.Is(k, "their"))
            {
                return true;
            }
        }

        return false;
    }

    private bool HasPossessive(int a, int end)
    {
        for (int k = a; k < end; k++)
        {
            if (_v.IsPossessive(k) || _v.IsPossessiveWord(k))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "the statement": the speaker of the nearest speech event before <paramref name="position"/>, in this or the four
    /// reader paragraphs before, whose sentence introduces the same kind of text ("said in a statement", "In a statement, X said";
    /// not "the letter …, the Times reported").
    /// </summary>
    private SpeakerInfo? StatementAuthor(ReadOnlySpan<char> noun, int position)
    {
        int paragraph = UnitAt(position);
        for (int k = _events.Count - 1, steps = 0; k >= 0 && steps < 40; k--, steps++)
        {
            SpeechEvent e = _events[k];
            if (_v.Start(e.Cue) >= position)
            {
                continue;
            }

            if (e.Paragraph < paragraph - 4)
            {
                break;
            }

            if (e.Speaker.Kind == SpeakerKind.Unknown && e.Speaker.FullName is null && char.IsLower(e.Speaker.Text[0]))
            {
                continue; // another "the statement"
            }

            // Within 30 tokens of the verb (bounded, so a long sentence read for every "the statement" stays linear).
            Sentence sentence = _doc.Sentences[e.Sentence];
            int from = Math.Max(sentence.FirstToken, e.Cue - 30);
            int end = Math.Min(Math.Min(_v.Count, sentence.FirstToken + sentence.TokenCount), e.Cue + 30);
            for (int t = from; t < end; t++)
            {
                if (_v.IsLowerWord(t) && _v.Span(t).Equals(noun, StringComparison.Ordinal) && IntroducedAt(t, from) && !InsideQuote(_v.Start(t)))
                {
                    return e.Speaker;
                }
            }
        }

        return null;
    }

    /// <summary>"he said" / "it added": the nearest fitting speaker before the pronoun, else the nearest fitting name.</summary>
    /// <summary>
    /// Every word of [<paramref name="a"/>, <paramref name="b"/>) is written in capitals: a shouted kicker or page label
    /// ("MUST WATCH Why do …", "JUST WATCHED"), which is no antecedent for "he" or "she".
    /// </summary>
    private bool IsAllCapsRun(int a, int b)
    {
        for (int k = a; k < b; k++)
        {
            if (_v.IsWord(k) && _v.Case(k) != TokenCase.Upper)
            {
                return false;
            }
        }

        return true;
    }

    private SpeakerInfo? ResolvePronoun(int i)
    {
        ReadOnlySpan<char> w = _v.Span(i);
        Gender gender = w.Equals("he", StringComparison.OrdinalIgnoreCase) ? Gender.Male : w.Equals("she", StringComparison.OrdinalIgnoreCase) ? Gender.Female : Gender.Unknown;
        bool personal = gender != Gender.Unknown;
        bool neutral = w.Equals("it", StringComparison.OrdinalIgnoreCase) || w.Equals("they", StringComparison.OrdinalIgnoreCase);
        if (!personal && !neutral)
        {
            return null;
        }

        int position = _v.Start(i);
        int paragraph = UnitAt(position);

        // 1. The nearest fitting speaker in this or the previous paragraph, unless a fitting person is the subject of a
        //    later sentence before the pronoun ("Debra Steger … sees a rising tendency. … she told AFP").
        (SpeakerInfo? near, int nearAt) = NearestEventSpeaker(position, paragraph - 1, gender);
        if (personal)
        {
            int s = _doc.SentenceIndexAt(position);
            for (int back = 0; back <= 3 && s - back >= 0; back++)
            {
                Sentence sentence = _doc.Sentences[s - back];
                if (near is not null && sentence.Span.End <= nearAt)
                {
                    break;
                }

                int limit = back == 0 ? i : sentence.FirstToken + sentence.TokenCount;
                (int a, int b) = SubjectPhrase(LastLineOpening(sentence.FirstToken, limit), limit);
                if (b > a && !(b - a == 1 && _v.IsPronoun(a)) && (near is null || _v.Start(a) > nearAt) && !IsAllCapsRun(a, b))
                {
                    SpeakerInfo? subject = InterpretPart(a, b, leftSide: true);
                    // (A one-word name the article writes after a title, "President Varga", is a person's.)
                    if (subject is not null && (subject.Kind == SpeakerKind.Person || (subject.Kind == SpeakerKind.Unknown
                            && (_names.IsKnownPerson(_v.Text(b - 1)) || ArticleGender(subject) == gender || (b - a == 1 && _names.IsTitledWord(_v.Text(a))))))
                        && FitsHere(subject, gender)
                        && !(near is not null && ArticleGender(subject) == Gender.Unknown && ArticleGender(near) == gender && !HasSpoken(subject, position)))
                    {
                        return subject;
                    }
                }

                if (!HasSpeech(s - back, sentence.Span.Start, back == 0 ? position : sentence.Span.End)
                    && ViewpointPerson(sentence.FirstToken, limit, gender) is { } viewpoint && (near is null || viewpoint.Span.Start > nearAt))
                {
                    return viewpoint;
                }
            }
        }

        if (near is not null)
        {
            return near;
        }

        // 2. A fitting speaker further back, unless a fitting person is named in this or the previous paragraph after
        //    that speaker's verb ("“…,” Ann Lee said. ⏎ The crowd listened to Mayor Tom Reed speak. ⏎ “…,” he said.").
        (SpeakerInfo? far, int farAt) = NearestEventSpeaker(position, paragraph - 6, gender);
        if (far is not null)
        {
            return personal && NamedSinceSpeaker(position, paragraph, farAt, gender, w) is { } named ? named : far;
        }

        // 3. The nearest fitting person named before, or organisation.
        if (personal)
        {
            int before = position;
            for (int tries = 0; tries < 6 && _names.LastBefore(before, position - 3000) is { } p; tries++)
            {
                int space = p.Name.LastIndexOf(' ');
                var candidate = new SpeakerInfo { Text = p.Name, Span = new TextSpan(p.Position, p.Name.Length), Kind = SpeakerKind.Person, FullName = _names.Expand(space < 0 ? p.Name : p.Name[(space + 1)..]) ?? p.Name };
                if (GenderOf(candidate) == gender && !AfterSamePronoun(p.Position, w) && (!OnTeaserLine(p.Position) || OnTeaserLine(position)))
                {
                    return candidate; // only a name whose first name shows the pronoun's gender ("San Diego" is no "she")
                }

                before = p.Position;
            }

            return null;
        }

        int o = FirstOrgEndingAfter(position) - 1;
        if (o >= 0 && _orgs[o].Span.End <= position && position - _orgs[o].Span.End < 1500)
        {
            OrgName org = _orgs[o];
            return new SpeakerInfo { Text = org.Text, Span = org.Span, Kind = SpeakerKind.Organisation, FullName = org.Canonical };
        }

        return null;
    }

    /// <summary>
    /// The last person named (outside quotes) in this or the previous reader paragraph of <paramref name="position"/>
    /// and after <paramref name="after"/>, whose name does not contradict the pronoun's gender, or null.
    /// </summary>
    private SpeakerInfo? NamedSinceSpeaker(int position, int paragraph, int after, Gender gender, ReadOnlySpan<char> pronoun)
    {
        if (_names.LastBefore(position, after) is not { } p || UnitAt(p.Position) < paragraph - 1 || InsideQuote(p.Position)
            || AfterSamePronoun(p.Position, pronoun) || (OnTeaserLine(p.Position) && !OnTeaserLine(position)))
        {
            return null;
        }

        int nameEnd = p.Position + p.Name.Length;
        if (nameEnd < _text.Length && _text[nameEnd] is '\'' or '’')
        {
            return null; // a possessive owner ("Director Ann Lee's announcement") is no subject of the story
        }

        int space = p.Name.LastIndexOf(' ');
        var candidate = new SpeakerInfo { Text = p.Name, Span = new TextSpan(p.Position, p.Name.Length), Kind = SpeakerKind.Person, FullName = _names.Expand(space < 0 ? p.Name : p.Name[(space + 1)..]) ?? p.Name };
        Gender shown = GenderOf(candidate);
        if (shown == gender)
        {
            return candidate;
        }

        // A name of unknown gender counts only with a person's title before it ("Vice President Ann Lee"), so places and
        // laws in the name index ("North Carolina", "Affordable Care Act") are no antecedent.
        int t = _doc.TokenIndexAt(p.Position) - 1;
        return shown == Gender.Unknown && t >= 0 && _v.IsWord(t) && _v.Case(t) == TokenCase.Capitalized && QuoteLexicon.Titles.Contains(_v.Span(t)) ? candidate : null;
    }

    /// <summary>
    /// Where the subject of a sentence is read from: its first token, or, when the sentence runs on over a line that ends
    /// with no punctuation (a photo caption the splitter joined to the next line: "AP Coach Ann Lee ended the drought⏎Tom
    /// Hardy could not hide his joy."), the capitalised name that opens its last line.
    /// </summary>
    private int LastLineOpening(int first, int limit)
    {
        for (int k = limit - 1; k > first; k--)
        {
            if (_v.NewlineBefore(k))
            {
                return _v.IsWord(k) && _v.Case(k) == TokenCase.Capitalized && _v.IsWord(k - 1) ? k : first;
            }
        }

        return first;
    }

    /// <summary>
    /// The person a sentence opens its viewpoint with ("For Ada Brill, a lawyer in Leeds, the ruling is …", "To Brill,
    /// it goes too far …"): the pronoun of a quote that follows most likely refers to them. Only a name of a person (the kind
    /// <see cref="InterpretPart"/> gives, or a surname the article names a person with) directly followed by a comma,
    /// whose gender does not contradict the pronoun.
    /// </summary>
    private SpeakerInfo? ViewpointPerson(int first, int limit, Gender gender)
    {
        if (first + 2 >= limit || !(_v.Is(first, "For") || _v.Is(first, "To")) || _v.Case(first) != TokenCase.Capitalized || !_v.IsNameWord(first + 1))
        {
            return null;
        }

        int e = _v.NameRunEnd(first + 1, limit);
        if (e >= limit || e - (first + 1) > 4 || !_v.IsComma(e))
        {
            return null;
        }

        SpeakerInfo? who = InterpretPart(first + 1, e, leftSide: true);
        bool person = who is not null && (who.Kind == SpeakerKind.Person || (who.Kind == SpeakerKind.Unknown && _names.IsKnownPerson(_v.Text(e - 1))));
        return person && Fits(who!, gender) ? who : null;
    }

    /// <summary>
    /// True when someone speaks in sentence <paramref name="sentence"/> before <paramref name="end"/>: a speech verb or a
    /// quotation mark ("For Ada Brill, … until a crew member stood up and said: “…”"). The viewpoint is then not the
    /// speaker's.
    /// </summary>
    private bool HasSpeech(int sentence, int start, int end)
    {
        // Events are in text order: the first one of this sentence or later, by binary search.
        int lo = 0, hi = _events.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (_events[mid].Sentence < sentence)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        if (lo < _events.Count && _events[lo].Sentence == sentence && _v.Start(_events[lo].Cue) < end)
        {
            return true;
        }

        ReadOnlySpan<char> text = _text.AsSpan(start, Math.Max(0, Math.Min(end, _text.Length) - start));
        return text.IndexOfAny("“”\"«»„") >= 0;
    }

    /// <summary>
    /// True when the same pronoun stands before <paramref name="position"/> in its sentence ("he must still beat Leo Kell"): that pronoun is someone else, so a name after it is no antecedent for a later "he".
    /// </summary>
    private bool AfterSamePronoun(int position, ReadOnlySpan<char> pronoun)
    {
        Sentence sentence = _doc.Sentences[_doc.SentenceIndexAt(position)];
        for (int k = sentence.FirstToken; k < sentence.FirstToken + sentence.TokenCount && _v.Start(k) < position; k++)
        {
            if (_v.Span(k).Equals(pronoun, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The nearest speaker before <paramref name="position"/> that a pronoun of <paramref name="gender"/> can refer to (Unknown: "it"/"they"), and where its verb stands.</summary>
    private (SpeakerInfo? Speaker, int At) NearestEventSpeaker(int position, int fromParagraph, Gender gender)
    {
        bool personal = gender != Gender.Unknown;
        for (int k = _events.Count - 1; k >= 0 && k >= _events.Count - 40; k--)
        {
            SpeechEvent e = _events[k];
            if (e.Paragraph < fromParagraph)
            {
                break;
            }

            if (_v.Start(e.Cue) >= position || (OnTeaserLine(_v.Start(e.Cue)) && !OnTeaserLine(position)))
            {
                continue;
            }

            SpeakerKind kind = e.Speaker.Kind;
            string? bearer = null;
            bool fits = personal
                ? (kind is SpeakerKind.Person or SpeakerKind.Role || (kind == SpeakerKind.Unknown && (!IsPlaceLike(e.Speaker) || ArticleGender(e.Speaker) == gender)))
                    && (FitsHere(e.Speaker, gender) || (bearer = SurnameBearer(e.Speaker, gender)) is not null) && !IsPluralRole(e.Speaker)
                : kind is SpeakerKind.Organisation or SpeakerKind.Unknown;
            if (fits)
            {
                return (bearer is null ? e.Speaker : e.Speaker with { FullName = bearer }, _v.Start(e.Cue));
            }
        }

        return (null, -1);
    }

    /// <summary>"his clients", "flight attendants", "local people": a group, which "he" or "she" never refers to.</summary>
    private static bool IsPluralRole(SpeakerInfo s)
    {
        if (s.Kind != SpeakerKind.Role)
        {
            return false;
        }

        ReadOnlySpan<char> text = s.Text.AsSpan();
        ReadOnlySpan<char> head = default;
        while (!text.IsEmpty)
        {
            // Word by word (span Split is not in net8.0).
            int space = text.IndexOf(' ');
            ReadOnlySpan<char> w = space < 0 ? text : text[..space];
            text = space < 0 ? default : text[(space + 1)..];
            if (w.IsEmpty)
            {
                continue;
            }

            if (w is "of" or "for" or "at" or "in" or "from" or "with" or "to" or "on")
            {
                break;
            }

            head = w;
        }

        if (head.Length < 4 || !char.IsLower(head[0]))
        {
            return false;
        }

        return head is "people" || head.EndsWith("men", StringComparison.Ordinal)
            || (head.EndsWith("s", StringComparison.Ordinal) && !head.EndsWith("ss", StringComparison.Ordinal) && QuoteLexicon.IsPersonNoun(head));
    }

    /// <summary>
    /// For a speaker written as a bare surname whose expansion contradicts the pronoun ("Kell says …, she says" where the
    /// body's only full name is her father "Tom Kell"): another person of the article with that surname and the
    /// pronoun's gender ("Ann Kell" in the headline), or null.
    /// </summary>
    private string? SurnameBearer(SpeakerInfo s, Gender pronoun)
    {
        if (s.Kind is not (SpeakerKind.Person or SpeakerKind.Unknown) || s.Text.IndexOf(' ') >= 0 || s.FullName is null || s.FullName.Length <= s.Text.Length
            || !s.FullName.EndsWith(s.Text, StringComparison.Ordinal))
        {
            return null;
        }

        return _names.BearerOfGender(s.Text, pronoun == Gender.Female ? Gender.Female : Gender.Male);
    }

    /// <summary>Like <see cref="Fits"/>, with the gender the article's own pronouns show for a name no list knows.</summary>
    private bool FitsHere(SpeakerInfo s, Gender pronoun)
    {
        Gender g = ArticleGender(s);
        return pronoun == Gender.Unknown || g == Gender.Unknown || g == pronoun;
    }

    /// <summary>The gender a name, title or role shows (<see cref="GenderOf"/>), else the one the article's pronouns show for that person's last name.</summary>
    private Gender ArticleGender(SpeakerInfo s)
    {
        Gender g = GenderOf(s);
        if (g != Gender.Unknown || s.Kind is not (SpeakerKind.Person or SpeakerKind.Unknown))
        {
            return g;
        }

        string name = s.FullName ?? s.Text;
        int space = name.LastIndexOf(' ');
        string last = space < 0 ? name : name[(space + 1)..];
        _pronounGenders ??= PronounGenders();
        return _pronounGenders.TryGetValue(last, out Gender shown) ? shown : Gender.Unknown;
    }

    private Dictionary<string, Gender>? _pronounGenders;

    /// <summary>
    /// True when the person is the speaker of a speech event before <paramref name="position"/> (the last 200 read). A
    /// sentence subject of unknown gender who never spoke ("Her cousin Leo died …. She also wrote") does not take "she"
    /// from a speaker whose pronouns show that gender.
    /// </summary>
    private bool HasSpoken(SpeakerInfo person, int position)
    {
        string name = person.FullName ?? person.Text;
        int space = name.LastIndexOf(' ');
        ReadOnlySpan<char> last = space < 0 ? name.AsSpan() : name.AsSpan(space + 1);
        for (int k = _events.Count - 1, steps = 0; k >= 0 && steps < 200; k--, steps++)
        {
            SpeechEvent e = _events[k];
            if (_v.Start(e.Cue) >= position)
            {
                continue;
            }

            string other = e.Speaker.FullName ?? e.Speaker.Text;
            if (other.AsSpan().EndsWith(last, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Per last word of a capitalised name run outside quotes: the gender of the first personal pronoun after it in its
    /// sentence ("Mara arrives as she …", "Mara filmed herself"), when no other capitalised word comes between; object and
    /// possessive forms ("told her", "his") often name someone else and are not read.
    /// A name is given a gender when its pronouns agree at least twice and never disagree. One pass over the tokens.
    /// </summary>
    private Dictionary<string, Gender> PronounGenders()
    {
        var votes = new Dictionary<string, (int Male, int Female)>(StringComparer.Ordinal);
        int n = _v.Count;
        for (int i = 0; i < n; i++)
        {
            if (!_v.IsNameWord(i) || _inTitleLine[i])
            {
                continue;
            }

            int end = _v.NameRunEnd(i, n);
            if (end <= i)
            {
                continue;
            }

            string last = _v.Text(end - 1);
            int k = end;
            for (; k < n && k < end + 15; k++)
            {
                if ((_v.IsStop(k) && !_v.IsAbbreviationDot(k)) || _v.IsQuoteMark(k) || (_v.IsNameWord(k) && !_v[k].NewlineBefore) || _v[k].NewlineBefore)
                {
                    k = n;
                    break;
                }

                if (!_v.IsLowerWord(k))
                {
                    continue;
                }

                ReadOnlySpan<char> w = _v.Span(k);
                // "Oleg signed his letter": a possessive straight after the name's verb is the name's own.
                bool male = w is "he" or "himself" || (w is "his" && k == end + 1);
                bool female = w is "she" or "herself";
                if (male || female)
                {
                    votes.TryGetValue(last, out (int Male, int Female) v);
                    votes[last] = male ? (v.Male + 1, v.Female) : (v.Male, v.Female + 1);
                    break;
                }
            }

            i = end - 1;
        }

        var result = new Dictionary<string, Gender>(StringComparer.Ordinal);
        foreach (KeyValuePair<string, (int Male, int Female)> kv in votes)
        {
            if (kv.Value.Male >= 2 && kv.Value.Female == 0)
            {
                result[kv.Key] = Gender.Male;
            }
            else if (kv.Value.Female >= 2 && kv.Value.Male == 0)
            {
                result[kv.Key] = Gender.Female;
            }
        }

        return result;
    }

    private static bool Fits(SpeakerInfo s, Gender pronoun)
    {
        Gender g = GenderOf(s);
        return pronoun == Gender.Unknown || g == Gender.Unknown || g == pronoun;
    }

    /// <summary>The gender a name or role shows: a listed first name, a title (Mr., Mrs.) or a gendered role (spokeswoman).</summary>
    private static Gender GenderOf(SpeakerInfo s)
    {
        string name = s.FullName ?? s.Text;
        int space = name.IndexOf(' ');
        ReadOnlySpan<char> first = space < 0 ? name.AsSpan() : name.AsSpan(0, space);
        if (space > 0 || s.Kind == SpeakerKind.Person)
        {
            // Hand-written lists first, then the registry lists (loaded here, on the first gender question).
            Gender named = GivenNames.GenderOf(first);
            if (named != Gender.Unknown)
            {
                return named;
            }
        }

        string role = s.Role ?? (s.Kind == SpeakerKind.Role ? s.Text : string.Empty);
        foreach (string f in FemaleMarkers)
        {
            if (WordSpans.ContainsWord(role, f))
            {
                return Gender.Female;
            }
        }

        foreach (string m in MaleMarkers)
        {
            if (WordSpans.ContainsWord(role, m))
            {
                return Gender.Male;
            }
        }

        return Gender.Unknown;
    }

    private static readonly string[] FemaleMarkers = ["Mrs", "Ms", "Miss", "Madam", "Lady", "Queen", "Princess", "spokeswoman", "chairwoman", "congresswoman", "businesswoman", "wife", "mother", "daughter", "sister", "woman", "widow", "grandmother"];

    private static readonly string[] MaleMarkers = ["Mr", "Sir", "Lord", "King", "Prince", "spokesman", "chairman", "congressman", "businessman", "husband", "father", "son", "brother", "man", "grandfather"];

    private static bool IsPlaceLike(SpeakerInfo s) => s.FullName is null && s.Text.IndexOf(' ') < 0;

    /// <summary>"the ministry" → the nearest organisation before it whose name has that word; "the newspaper" → the nearest media organisation.</summary>
    private SpeakerInfo? ResolveOrgAnaphor(ReadOnlySpan<char> head, int position)
    {
        bool media = head is "newspaper" or "paper" or "daily" or "network";
        bool company = head is "company" or "firm";
        bool airline = head is "airline" or "carrier";
        if (airline && RecentCompanySpeaker(position) is { } recent)
        {
            return recent; // "ANA said. … The airline said": the company that just spoke, whose name need not say "Airlines"
        }

        int steps = 0;
        for (int k = PreviousOrgBefore(FirstOrgEndingAfter(position), position, ref steps); k >= 0; k = PreviousOrgBefore(k, position, ref steps))
        {
            OrgName o = _orgs[k];

            bool fits = WordSpans.ContainsWord(o.Text, head)
                || (media && (o.Type == OrganisationType.Media || ContainsAnyWord(o.Text, "Post", "Times", "News", "Journal", "Tribune", "Herald", "Gazette")))
                || (company && o.Type == OrganisationType.Company)
                || (airline && (IsAirlineName(o.Text) || IsAirlineName(o.Canonical)));
            if (fits)
            {
                return new SpeakerInfo { Text = o.Text, Span = o.Span, Kind = SpeakerKind.Organisation, FullName = o.Canonical };
            }
        }

        return null;
    }

    /// <summary>
    /// The named airline or company (as the organisations extractor types it) that spoke last, in this or the three
    /// reader paragraphs before <paramref name="position"/>; never a public body (police, ministry).
    /// </summary>
    private SpeakerInfo? RecentCompanySpeaker(int position)
    {
        int paragraph = UnitAt(position);
        for (int k = _events.Count - 1, steps = 0; k >= 0 && steps < 40; k--, steps++)
        {
            SpeechEvent e = _events[k];
            if (_v.Start(e.Cue) >= position)
            {
                continue;
            }

            if (e.Paragraph < paragraph - 3)
            {
                break;
            }

            SpeakerInfo s = e.Speaker;
            if (s.Kind is SpeakerKind.Role && RoleCompany(s) is { } employer)
            {
                return employer; // "A spokeswoman for Velora told …. The airline said": the company the spokeswoman speaks for
            }

            if (s.Kind is SpeakerKind.Role || s.Text.Length == 0 || !char.IsUpper(s.Text[0]))
            {
                continue;
            }

            if (ContainsAnyWord(s.Text, "Police", "Ministry", "Government", "Department", "Army", "Court", "Council")
                || ContainsAnyWord(s.Text, "Party", "Embassy", "Office", "Agency", "Committee", "Administration", "Military"))
            {
                continue; // a public body, not the company "the airline" refers to
            }

            OrgName? org = OrgOverlapping(s.Span.Start, s.Span.End);
            if (IsAirlineName(s.Text) || (s.Kind == SpeakerKind.Organisation && org is { } o && (o.Type == OrganisationType.Company || IsAirlineName(o.Canonical))))
            {
                return s;
            }
        }

        return null;
    }

    /// <summary>
    /// The airline or company a role speaks for: its affiliation, or the capitalised name after its last "for"/"of"
    /// ("spokeswoman for Velora"), as the fullest airline or company name the article gives; else null.
    /// </summary>
    private SpeakerInfo? RoleCompany(SpeakerInfo role)
    {
        string? name = role.Affiliation;
        TextSpan span = role.AffiliationSpan ?? default;
        if (name is null)
        {
            int at = role.Text.LastIndexOf(" for ", StringComparison.Ordinal);
            int of = role.Text.LastIndexOf(" of ", StringComparison.Ordinal);
            int cut = Math.Max(at < 0 ? -1 : at + 5, of < 0 ? -1 : of + 4);
            if (cut < 0 || cut >= role.Text.Length || !char.IsUpper(role.Text[cut]))
            {
                return null;
            }

            name = role.Text[cut..];
            span = role.Span.Length == role.Text.Length ? TextSpan.FromBounds(role.Span.Start + cut, role.Span.End) : default;
        }

        if (name.Length == 0 || !char.IsUpper(name[0]))
        {
            return null;
        }

        string? company = FullerCompany(name) ?? (span.Length > 0 && OrgOverlapping(span.Start, span.End) is { Type: OrganisationType.Company } oc ? oc.Canonical : null);
        return company is null ? null : new SpeakerInfo { Text = name, Span = span, Kind = SpeakerKind.Organisation, FullName = company };
    }

    /// <summary>
    /// The airline or company name the article gives for <paramref name="name"/>: itself when it reads as an airline or
    /// is a company, else the first organisation whose canonical name is <paramref name="name"/> plus more words and
    /// reads as an airline ("Velora" → "Velora Airways"); else null.
    /// </summary>
    private string? FullerCompany(string name)
    {
        if (IsAirlineName(name))
        {
            return name;
        }

        for (int k = 0; k < _orgCount && k < 400; k++)
        {
            OrgName o = _orgs[k];
            string c = o.Canonical;
            if (c.Length > name.Length + 1 && c[name.Length] == ' ' && c.StartsWith(name, StringComparison.Ordinal) && (IsAirlineName(c) || o.Type == OrganisationType.Company))
            {
                return c;
            }
        }

        return null;
    }

    /// <summary>"Velora Airways", "Acme Air", "ANA" with the canonical "All Nippon Airways": a name "the airline" can refer to.</summary>
    private static bool IsAirlineName(string text) => ContainsAnyWord(text, "Airlines", "Airways", "Air", "Airline", "Aviation", "Aero", "Jet");

    private static bool ContainsAnyWord(string text, string a, string b, string c, string d, string e, string f, string g) =>
        WordSpans.ContainsWord(text, a) || WordSpans.ContainsWord(text, b) || WordSpans.ContainsWord(text, c) || WordSpans.ContainsWord(text, d) || WordSpans.ContainsWord(text, e) || WordSpans.ContainsWord(text, f) || WordSpans.ContainsWord(text, g);

    // ---------------------------------------------------------------- quotations

    private bool InsideQuote(int position)
    {
        int found = LastStretchFrom(position);
        return found >= 0 && position < _stretches[found].OuterEnd;
    }

    /// <summary>The index of the last quoted stretch opening at or before <paramref name="position"/>, or -1.</summary>
    private int LastStretchFrom(int position)
    {
        int lo = 0, hi = _stretches.Count - 1, found = -1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            if (_stretches[mid].OuterStart <= position)
            {
                found = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return found;
    }

    /// <summary>
    /// In a headline, the name right after a quote and before a speech verb ("‘…’ Reed claims …"), or after the verb
    /// ("‘…’ says Reed"), resolved to the fullest name the article gives; else null.
    /// </summary>
    private SpeakerInfo? HeadlineSpeaker(QuotedStretch q)
    {
        int k = _doc.TokenIndexAt(q.OuterEnd);
        int n = _v.Count;
        if (k >= n || _v.Start(k) < q.OuterEnd || _v[k].NewlineBefore)
        {
            return null;
        }

        if (_v.IsComma(k) || _v.IsPunct(k, ':'))
        {
            k++;
        }

        int limit = Math.Min(n, k + 6);
        if (k < limit && _v.IsWord(k) && QuoteLexicon.Cues.Contains(_v.Span(k).ToString().ToLowerInvariant()) && k + 1 < limit && _v.IsNameWord(k + 1))
        {
            int e = _v.NameRunEnd(k + 1, limit);
            return e - (k + 1) <= 3 ? HeadlineName(k + 1, e) : null;
        }

        // "Reed claims", "Tom Reed Says" (a Title Case headline runs the name into the verb): the first speech verb.
        for (int e = k + 1; e < limit && e <= k + 3; e++)
        {
            if (!_v.IsNameWord(e - 1))
            {
                return null;
            }

            if (_v.IsWord(e) && QuoteLexicon.Cues.Contains(_v.Span(e).ToString().ToLowerInvariant()))
            {
                return HeadlineName(k, e);
            }
        }

        return null;
    }

    private SpeakerInfo? HeadlineName(int a, int b)
    {
        if (HasOrgWord(a, b))
        {
            string org = _v.TextOf(a, b);
            return new SpeakerInfo { Text = org, Span = _v.SpanOf(a, b), Kind = SpeakerKind.Organisation, FullName = org };
        }

        string name = _v.TextOf(a, b);
        string? full = _names.Expand(_v.Text(b - 1));
        return new SpeakerInfo { Text = name, Span = _v.SpanOf(a, b), Kind = full is null ? SpeakerKind.Unknown : SpeakerKind.Person, FullName = full ?? name };
    }

    private void AddMarked(List<QuotationMention> mentions)
    {
        List<QuotedStretch>? echoes = null;
        SpeakerInfo? lastSpeaker = null;
        int lastParagraph = -10;
        int lastPosition = -1;
        bool lastClosed = true;
        int mutedAt = -1;
        int n = _v.Count;
        for (int qi = 0; qi < _stretches.Count; qi++)
        {
            if ((qi & 0xFF) == 0)
            {
                _cancellationToken.ThrowIfCancellationRequested();
            }

            QuotedStretch q = _stretches[qi];
            int c0 = _doc.TokenIndexAt(q.ContentStart);
            int words = 0;
            for (int k = c0; k < n && _v.Start(k) < q.ContentEnd; k++)
            {
                if (_v.Kind(k) is TokenKind.Word or TokenKind.Number)
                {
                    words++;
                }
            }

            if (words == 0)
            {
                continue;
            }

            (SpeakerInfo? speaker, SpeechEvent? cue, AttributionKind kind) = Attribute(q);
            if (speaker is null && kind == AttributionKind.None && (_inTitleLine[c0] || LineAt(q.OuterStart) == 0) && HeadlineSpeaker(q) is { } headlined)
            {
                speaker = headlined; // "‘We will win!’ Reed says" in a headline, where no speech events are read
                kind = AttributionKind.After;
            }

            bool attributed = kind is AttributionKind.After or AttributionKind.Before;
            if (!IsQuotation(q, c0, words, attributed, kind == AttributionKind.After, kind == AttributionKind.Subject))
            {
                if (speaker is null && q.Closed && words >= 3 && (echoes is null || echoes.Count < MaxEchoes) && OpensHeading(q, c0))
                {
                    (echoes ??= new List<QuotedStretch>()).Add(q);
                }

                continue;
            }

            int paragraph = UnitAt(q.OuterStart);
            bool muted = speaker is null && kind == AttributionKind.After;
            if (muted)
            {
                mutedAt = q.OuterStart;
            }

            if (speaker is null && !muted && PreviousSentencePerson(q) is { } introduced)
            {
                // "Ann Lee, 77, opposed the plan. “We were promised more.”": the person the sentence before is about.
                speaker = introduced;
                kind = AttributionKind.Subject;
            }

            if (speaker is null && !muted && _options.FollowContinuations && !(mutedAt >= 0 && UnitAt(mutedAt) >= paragraph - 1 && mutedAt > Math.Max(lastSpeaker is null ? -1 : lastPosition, LastEventBefore(q.OuterStart) is int le and >= 0 ? _v.Start(_events[le].Cue) : -1)))
            {
                // A quote with no attribution of its own continues the previous speaker: the speaker of the
                // previous quote or speech verb in the same or the previous paragraph.
                SpeakerInfo? fromEvent = null;
                int eventPosition = -1;
                int e = LastEventBefore(q.OuterStart);
                if (e >= 0 && _events[e].Paragraph >= paragraph - 1)
                {
                    fromEvent = _events[e].Speaker;
                    eventPosition = _v.Start(_events[e].Cue);
                }

                bool chained = !lastClosed && q.AtBlockStart && lastParagraph >= paragraph - 1;
                if (lastSpeaker is not null && lastParagraph >= paragraph - 1 && (chained || lastPosition > eventPosition))
                {
                    speaker = chained || !CrossesSubheading(lastPosition, q.OuterStart) ? lastSpeaker : null;
                }
                else
                {
                    speaker = fromEvent is not null && !CrossesSubheading(eventPosition, q.OuterStart) ? fromEvent : null;
                }

                if (speaker is not null)
                {
                    kind = AttributionKind.Continued;
                    cue = null;
                }
            }

            if (speaker is null && q.Closed && (echoes is null || echoes.Count < MaxEchoes) && OpensHeading(q, c0))
            {
                (echoes ??= new List<QuotedStretch>()).Add(q); // a headline quote kept without a speaker: its echo names one
            }

            mentions.Add(Mention(q, speaker, cue, kind));
            lastSpeaker = speaker ?? (paragraph == lastParagraph && !muted ? lastSpeaker : null);
            lastParagraph = paragraph;
            lastPosition = q.OuterStart;
            lastClosed = q.Closed;
        }

        if (echoes is not null)
        {
            AddEchoes(echoes, mentions);
        }
    }

    /// <summary>At most this many headline quotes are compared with the body quotations (each scan is linear in the text).</summary>
    private const int MaxEchoes = 32;

    /// <summary>
    /// True when the quote opens a headline or a Title Case line, or is a quoted subheading: alone on its line, or
    /// between dashes or bullets ("- ‘Not one more day’ -").
    /// </summary>
    private bool OpensHeading(QuotedStretch q, int c0) =>
        (q.AtBlockStart && (LineAt(q.OuterStart) == 0 || _inTitleLine[c0] || AloneOnLine(q, decorated: false)))
        || (DecoratedBefore(q.OuterStart) && AloneOnLine(q, decorated: true));

    /// <summary>
    /// True when nothing but white space follows the quote's closing mark on its line (a quoted subheading); with
    /// <paramref name="decorated"/>, dashes and bullets too.
    /// </summary>
    private bool AloneOnLine(QuotedStretch q, bool decorated)
    {
        for (int i = q.OuterEnd; i < _text.Length; i++)
        {
            char c = _text[i];
            if (c == '\n')
            {
                return true;
            }

            if (!char.IsWhiteSpace(c) && !(decorated && IsDecoration(c)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True when the line before <paramref name="position"/> holds dashes or bullets and white space only, and at least one of them.</summary>
    private bool DecoratedBefore(int position)
    {
        bool mark = false;
        for (int i = position - 1; i >= 0 && _text[i] != '\n'; i--)
        {
            char c = _text[i];
            if (IsDecoration(c))
            {
                mark = true;
            }
            else if (!char.IsWhiteSpace(c))
            {
                return false;
            }
        }

        return mark;
    }

    private static bool IsDecoration(char c) => c is '-' or '\u2013' or '\u2014' or '\u2022' or '*';

    private static int IndexOfMention(List<QuotationMention> mentions, int count, int start)
    {
        for (int m = count - 1; m >= 0; m--)
        {
            if (mentions[m].Span.Start == start && mentions[m].Marked)
            {
                return m;
            }
        }

        return -1;
    }

    /// <summary>
    /// A headline or subheading opening with a short quote ("‘Not one more day’: …", "‘LET THEM TALK’") that is too
    /// short or too capitalised to pass as a quotation on its own is one when a quotation of the body says the same
    /// words ("“… and I said not one more day,” Name said"): it takes that quotation's speaker. A headline quote kept
    /// without a speaker takes it the same way.
    /// </summary>
    private void AddEchoes(List<QuotedStretch> echoes, List<QuotationMention> mentions)
    {
        int count = mentions.Count;
        foreach (QuotedStretch q in echoes)
        {
            ReadOnlySpan<char> words = _text.AsSpan(q.ContentStart, q.ContentEnd - q.ContentStart).TrimEnd(".,!?;:");
            if (words.Length < 6 || words.Length > 160)
            {
                continue;
            }

            for (int m = 0; m < count; m++)
            {
                QuotationMention other = mentions[m];
                if (other.Span.Start <= q.ContentStart || other.Speaker is null)
                {
                    continue;
                }

                int at = other.Text.AsSpan().IndexOf(words, StringComparison.OrdinalIgnoreCase);
                bool wordStart = at == 0 || (at > 0 && !char.IsLetterOrDigit(other.Text[at - 1]));
                int after = at + words.Length;
                bool wordEnd = after >= other.Text.Length || !char.IsLetterOrDigit(other.Text[after]);
                if (at >= 0 && wordStart && wordEnd)
                {
                    int kept = IndexOfMention(mentions, count, q.ContentStart);
                    if (kept >= 0)
                    {
                        mentions[kept] = mentions[kept] with { Speaker = other.Speaker, SpeakerSpan = other.SpeakerSpan, SpeakerFullName = other.SpeakerFullName, SpeakerRole = other.SpeakerRole, Affiliation = other.Affiliation, AffiliationSpan = other.AffiliationSpan };
                        break;
                    }

                    mentions.Add(Mention(q, new SpeakerInfo { Text = other.Speaker, Span = other.SpeakerSpan ?? default, Kind = SpeakerKind.Unknown, FullName = other.SpeakerFullName, Role = other.SpeakerRole }, null, AttributionKind.Continued));
                    break;
                }
            }
        }
    }

    /// <summary>
    /// True when a line between <paramref name="from"/> and <paramref name="to"/> (neither of their own lines) reads as
    /// a subheading or a gallery/related-link caption: three to twelve words, a capital first, no punctuation at its
    /// end, not page furniture ("Advertisement …"). A quote after it starts a new item, so it does not continue the
    /// speaker before it.
    /// </summary>
    private bool CrossesSubheading(int from, int to)
    {
        if (from < 0 || to <= from)
        {
            return false;
        }

        from = Math.Max(from, to - 4000);
        int lineStart = _text.IndexOf('\n', from, to - from);
        while (lineStart >= 0 && lineStart < to)
        {
            int s = lineStart + 1;
            int rel = _text.IndexOf('\n', s, to - s);
            if (rel < 0)
            {
                return false; // the quote's own line
            }

            ReadOnlySpan<char> line = _text.AsSpan(s, rel - s).Trim();
            if (line.Length > 0 && char.IsUpper(line[0]) && char.IsLetterOrDigit(line[^1]))
            {
                int words = 1;
                foreach (char c in line)
                {
                    if (c == ' ')
                    {
                        words++;
                    }
                }

                int space = line.IndexOf(' ');
                ReadOnlySpan<char> first = space < 0 ? line : line[..space];
                if (words is >= 3 and <= 12 && !QuoteLexicon.NonNames.Contains(first))
                {
                    return true;
                }
            }

            lineStart = rel;
        }

        return false;
    }

    /// <summary>
    /// For a quote that opens its sentence: the named person who is the subject of the previous sentence of the same
    /// paragraph, when that sentence holds no quotation mark and no speech verb of its own; else null.
    /// </summary>
    private SpeakerInfo? PreviousSentencePerson(QuotedStretch q)
    {
        int s = _doc.SentenceIndexAt(q.OuterStart);
        int o = _doc.TokenIndexAt(q.OuterStart);
        if (s <= 0 || o < 0)
        {
            return null;
        }

        // A quote inside its sentence reaches this only when the sentence has no speaker of its own ("The results showed
        // the team has “a sturdy spine.”"): the person the sentence before is about speaks it as well.
        for (int k = _doc.Sentences[s].FirstToken; k < o; k++)
        {
            if (_v.IsQuoteMark(k) || _eventByCue.ContainsKey(k) || (k == o - 1 && _v.IsPunct(k, ':')))
            {
                return null; // not after a colon either: "… he saw the crowd shouting: “…”" is someone in the sentence
            }
        }

        // The blank-line paragraph, not the reader unit (UnitAt): scraped pages put the sentence that introduces a
        // speaker on its own line just before the quote's line, and units split there (measured on scraped news: six
        // right speakers lost, none gained).
        Sentence prev = _doc.Sentences[s - 1];
        if (_doc.ParagraphIndexAt(prev.Span.Start) != _doc.ParagraphIndexAt(q.OuterStart))
        {
            return null;
        }

        int first = prev.FirstToken;
        int end = first + prev.TokenCount;
        SpeakerInfo? group = GroupOfOrganisation(first, end);
        for (int k = first; k < end; k++)
        {
            if ((_v.IsQuoteMark(k) && group is null) || _eventByCue.ContainsKey(k))
            {
                return null;
            }
        }

        if (group is not null)
        {
            return group; // "Experts at the Example Institute expect the ‘king tide’ to …" ⏎ “…”
        }

        (int a, int b) = SubjectPhrase(first, end);
        if (b <= a)
        {
            return null;
        }

        SpeakerInfo? subject = Interpret(a, b, leftSide: true);
        return subject is { Kind: SpeakerKind.Person } ? EstablishedPerson(subject) : null;
    }

    private static readonly WordSet GroupNouns = new(["experts", "scientists", "researchers", "astronomers", "analysts", "engineers", "economists", "doctors", "officials"]);

    /// <summary>
    /// A sentence opening with a group of an organisation's people ("Experts from the Example Agency believe …",
    /// "Scientists at Acme think …"): the organisation, which speaks for them in the quote that follows; else null.
    /// </summary>
    private SpeakerInfo? GroupOfOrganisation(int first, int end)
    {
        if (first + 2 >= end || !_v.IsWord(first) || !(_v.Is(first + 1, "from") || _v.Is(first + 1, "at")))
        {
            return null;
        }

        Span<char> lower = stackalloc char[16];
        ReadOnlySpan<char> w = _v.Span(first);
        if (w.Length > lower.Length)
        {
            return null;
        }

        w.ToLowerInvariant(lower);
        if (!GroupNouns.Contains(lower[..w.Length]))
        {
            return null;
        }

        int k = first + 2;
        if (_v.Is(k, "the"))
        {
            k++;
        }

        int run = k < end && _v.IsNameWord(k) ? _v.NameRunEnd(k, end) : k;
        if (run <= k || run >= end || !_v.IsLowerWord(run))
        {
            return null;
        }

        OrgName? org = OrgInside(_v.Start(k), _v.End(run - 1));
        if (org is null)
        {
            return null;
        }

        OrgName o = org.Value;
        return new SpeakerInfo { Text = o.Text, Span = o.Span, Kind = SpeakerKind.Organisation, FullName = o.Canonical };
    }

    /// <summary>
    /// The person subject when it is surely a person, else null: the name opens with a known given name, or its last
    /// word names the speaker of a speech verb elsewhere in the article (whose fuller name it then takes; "Moon
    /// Village", "Falcon Heavy" are neither).
    /// </summary>
    private SpeakerInfo? EstablishedPerson(SpeakerInfo subject)
    {
        string name = subject.FullName ?? subject.Text;
        int space = name.IndexOf(' ');
        ReadOnlySpan<char> firstWord = space < 0 ? name : name.AsSpan(0, space);
        if (space > 0 && GivenNames.IsGivenName(firstWord))
        {
            return subject;
        }

        ReadOnlySpan<char> last = name.AsSpan(name.LastIndexOf(' ') + 1);
        foreach (SpeechEvent e in _events)
        {
            if (e.Speaker is { Kind: SpeakerKind.Person } p)
            {
                string other = p.FullName ?? p.Text;
                if (other.AsSpan(other.LastIndexOf(' ') + 1).SequenceEqual(last))
                {
                    return other.Length > name.Length ? subject with { FullName = other } : subject;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// "From Yonhap:" or "From the Daily Ledger:" opening a line and ending at the colon <paramref name="colon"/>:
    /// the named source, else null.
    /// </summary>
    private SpeakerInfo? SourceLineBefore(int colon)
    {
        int a = colon;
        while (a - 1 >= 0 && a > colon - 6 && (_v.IsNameWord(a - 1) || (_v.Is(a - 1, "the") && a - 2 >= 0 && _v.Is(a - 2, "From"))))
        {
            a--;
        }

        int from = a - 1;
        if (a == colon || from < 0 || !_v.Is(from, "From") || !(from == 0 || _v[from].NewlineBefore))
        {
            return null;
        }

        if (_v.Is(a, "the"))
        {
            a++;
        }

        return a < colon && _v.IsNameWord(a) ? Interpret(a, colon, leftSide: false) : null;
    }

    private int LastEventBefore(int position)
    {
        int lo = 0, hi = _events.Count - 1, found = -1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            if (_v.Start(_events[mid].Cue) < position)
            {
                found = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return found;
    }

    /// <summary>The quote's own attribution: a speech verb right after it, before it in its sentence, or its sentence's subject.</summary>
    private (SpeakerInfo? Speaker, SpeechEvent? Cue, AttributionKind Kind) Attribute(QuotedStretch q)
    {
        int n = _v.Count;
        int paragraph = _doc.ParagraphIndexAt(q.OuterStart);
        int paragraphEnd = paragraph >= 0 ? _doc.Paragraphs[paragraph].End : _text.Length;

        // "…," X said.  "…," said X.  "…" — X.  "…," according to X.
        if (q.Closed)
        {
            int k = _doc.TokenIndexAt(q.OuterEnd);
            if (k < n && _v.Start(k) >= q.OuterEnd && _v.Start(k) < paragraphEnd && !_v[k].NewlineBefore)
            {
                if (_v.IsComma(k))
                {
                    k++;
                }

                // After a finished sentence ("… win.” Smith said.") the attribution must be a short sentence of its own.
                char lastChar = _text[q.ContentEnd - 1];
                bool newSentence = lastChar is '.' or '!' or '?' or '\u2026' && k < n && _v.IsCapitalWord(k);

                if (k < n && _v.IsDash(k) && k + 1 < n && _v.Start(k + 1) < paragraphEnd)
                {
                    (int a, int b) = RightPhrase(k + 1, Math.Min(n, k + 1 + MaxPhrase));
                    SpeakerInfo? dashed = b > a ? Interpret(a, b, leftSide: false) : null;
                    if (dashed is not null)
                    {
                        return (dashed, null, AttributionKind.After);
                    }
                }

                // "… would face “ruin” if it threatened the port": a clause opened by a subordinator attributes nothing.
                int afterEnd = k < n && _v.IsLowerWord(k) && QuoteLexicon.Subordinators.Contains(_v.Span(k)) ? k : n;
                for (int c = k; c < afterEnd && c < k + 25 && _v.Start(c) < paragraphEnd && (c == k || !_v[c].NewlineBefore); c++)
                {
                    if (_v.IsPunct(c, '('))
                    {
                        // "Rep. Jane Doe III (D-Ore.) said": step over the parenthesis.
                        int close = c + 1;
                        while (close < n && close < c + 8 && !_v.IsPunct(close, ')'))
                        {
                            close++;
                        }

                        if (close < n && _v.IsPunct(close, ')'))
                        {
                            c = close;
                            continue;
                        }
                    }

                    if ((_v.IsStop(c) && !_v.IsAbbreviationDot(c)) || _v.IsQuoteMark(c))
                    {
                        break;
                    }

                    if (c <= k + 5 && !newSentence && _mutedCues.Contains(c))
                    {
                        return (null, null, AttributionKind.After); // "“…,” the report said": attributed, to no one we can name
                    }

                    if (_eventByCue.TryGetValue(c, out int ei))
                    {
                        SpeechEvent e = _events[ei];
                        bool pronounSubject = e.NpStart == k && _v.IsPronoun(k);
                        if ((c == k || e.NpStart >= k) && (!newSentence || (EndsSoon(e.CueEnd, paragraphEnd, pronounSubject ? 6 : 10) && !ReportsOwnContent(c, e.CueEnd))))
                        {
                            return (e.Speaker, e, AttributionKind.After);
                        }

                        break;
                    }
                }
            }
        }

        // X said: "…".  X said that … "…".  According to X, "…".
        int s = _doc.SentenceIndexAt(q.OuterStart);
        int o = _doc.TokenIndexAt(q.OuterStart);
        if (s >= 0)
        {
            int first = _doc.Sentences[s].FirstToken;
            for (int c = o - 1; c >= first && c >= o - 60; c--)
            {
                if (_eventByCue.TryGetValue(c, out int ei))
                {
                    return (_events[ei].Speaker, _events[ei], AttributionKind.Before);
                }
            }

            // "X said:" ending the previous sentence or line.
            bool colonBefore = o - 1 >= 0 && _v.IsPunct(o - 1, ':');
            if (first == o && colonBefore && s > 0)
            {
                int pf = _doc.Sentences[s - 1].FirstToken;
                for (int c = o - 2; c >= pf && c >= o - 40; c--)
                {
                    if (_eventByCue.TryGetValue(c, out int ei))
                    {
                        return (_events[ei].Speaker, _events[ei], AttributionKind.Before);
                    }
                }
            }

            // "From Yonhap:" alone before the quote: the source the passage is quoted from.
            if (colonBefore && SourceLineBefore(o - 1) is { } source)
            {
                return (source, null, AttributionKind.Before);
            }

            // A partial quote inside a sentence with no speech verb: the sentence's subject.
            if (o > first + 1)
            {
                (int a, int b) = SubjectPhrase(first, o);
                if (b > a && !(b - a == 1 && a == first && _v.Case(a) == TokenCase.Capitalized && QuoteLexicon.IsPersonNoun(_v.Span(a).ToString().ToLowerInvariant())))
                {
                    // ("Parents can then restrict …“…”": a capitalised common noun opening the sentence is no name.)
                    SpeakerInfo? subject = Interpret(a, b, leftSide: true);
                    if (subject is not null && subject.Kind != SpeakerKind.Role)
                    {
                        return (subject, null, AttributionKind.Subject);
                    }
                }
            }
        }

        return (null, null, AttributionKind.None);
    }

    /// <summary>
    /// A speech verb in the sentence after a finished quote that carries its own content ("… with the Ledger reporting
    /// that a court will decide"): a participle, or a verb followed by "that", reports something else rather than
    /// attributing the quote before it.
    /// </summary>
    private bool ReportsOwnContent(int cue, int cueEnd) =>
        _v.Span(cue).EndsWith("ing", StringComparison.Ordinal) || (cueEnd < _v.Count && _v.Is(cueEnd, "that"));

    /// <summary>
    /// True when the clause ends within a few words after a speech verb ("… win.” Smith said.", "… wrote on Twitter, adding"),
    /// so the verb belongs to the quote before it and does not introduce a new statement or quote.
    /// </summary>
    private bool EndsSoon(int from, int paragraphEnd, int within)
    {
        for (int k = from; k < _v.Count && k < from + within && _v.Start(k) < paragraphEnd; k++)
        {
            if (_v.IsQuoteMark(k) || _v.IsPunct(k, ':'))
            {
                return false;
            }

            if ((_v.IsStop(k) && !_v.IsAbbreviationDot(k)) || _v.IsComma(k) || (k > from && _v[k].NewlineBefore))
            {
                return true;
            }
        }

        return from >= _v.Count || _v.Start(from) >= paragraphEnd;
    }

    /// <summary>Whether a quoted stretch is a quotation, not a scare quote, a title or a stray mark.</summary>
    private bool IsQuotation(QuotedStretch q, int c0, int words, bool attributed, bool attributedAfter, bool subject)
    {
        if (!q.Closed && ((q.Opener == '\'' && !ContinuedOnNextLine(q) && !(attributed && EndsSentenceAtLineEnd(q, out _)) && !FollowsClosedSingleQuote(q))
            || words < _options.MinimumUnattributedWords || !PlausibleOpening(q, attributed)))
        {
            return false;
        }

        if (words < _options.MinimumWords)
        {
            return false;
        }

        char last = _text[q.ContentEnd - 1];
        bool terminal = last is '.' or '!' or '?' or '\u2026';
        bool clauseEnd = terminal || last == ',';
        int o = _doc.TokenIndexAt(q.OuterStart);
        bool named = o - 1 >= 0 && _v.IsWord(o - 1) && QuoteLexicon.NamingWords.Contains(_v.Span(o - 1));
        named |= o - 2 >= 0 && (_v.Is(o - 1, "as") || _v.Is(o - 1, "the") || _v.Is(o - 1, "a")) && _v.IsWord(o - 2) && QuoteLexicon.NamingWords.Contains(_v.Span(o - 2));
        if (named && words <= 6 && !terminal && !(char.IsLower(_text[q.ContentStart]) && words >= 2 && IsWorkNoun(o - 1)))
        {
            return false;
        }

        if (named && words <= 6 && terminal && last == '.' && !attributed && PureNamingWordBefore(o))
        {
            return false; // "nicknamed the “Iron Giant.”": the period of the sentence inside the marks, a name all the same
        }

        if (o - 1 >= 0 && (_v.Is(o - 1, "a") || _v.Is(o - 1, "an")) && _text.AsSpan(q.ContentStart, q.ContentEnd - q.ContentStart).IndexOfAny(' ', '\n') < 0)
        {
            return false; // "called the referee a ‘cheat’" or "a ‘c**t’": a single word after "a" is a label, a scare quote
        }

        // A title ("Meet the Press", "Failure to Adjust: How Americans Got Left Behind."): every word capitalised.
        // An exclamation or question with a speech verb after it is a quote, capitals or not ("‘Caught Out Again!’ Reed
        // claims" in a headline, where every word is capitalised anyway).
        bool headlineCry = attributedAfter && words >= 2 && last is '!' or '?';
        if (words <= 12 && IsTitleCase(c0, q.ContentEnd) && !(terminal && words >= 4 && attributedAfter) && !headlineCry
            && !(attributed && IsOriginDescription(c0, q.ContentEnd)))
        {
            return false;
        }

        // A term inside a noun phrase: "the “rigged election” narrative".
        bool inNounPhrase = false;
        if (words <= 6 && !clauseEnd && o - 1 >= 0 && (_v.IsDeterminer(o - 1) || _v.IsPossessive(o - 1)))
        {
            int after = _doc.TokenIndexAt(q.OuterEnd);
            inNounPhrase = after < _v.Count && _v.IsLowerWord(after)
                && !QuoteLexicon.PhraseBreakers.Contains(_v.Span(after)) && !QuoteLexicon.Prepositions.Contains(_v.Span(after)) && !QuoteLexicon.Cues.Contains(_v.Span(after))
                && !IsPastVerb(after);
        }

        if (words < _options.MinimumUnattributedWords)
        {
            // Short: a partial quote with a speech verb, or a finished utterance ("It worked!", "… calling the move “deeply troubling.”"),
            // but not a term joined to a list of nouns ("… involving theft or “grievous harm.”").
            bool listed = o - 2 >= 0 && (_v.Is(o - 1, "or") || _v.Is(o - 1, "and")) && _v.IsLowerWord(o - 2) && !QuoteLexicon.Cues.Contains(_v.Span(o - 2));
            return !inNounPhrase && (attributed || (terminal && !listed && (subject || StandsAlone(q))));
        }

        return !(inNounPhrase && !attributed);
    }

    /// <summary>
    /// A lower-case word in "-ed" of five letters or more, not "-eed" ("speed", "greed"): a past verb or participle
    /// after a quoted phrase ("the “smell of smoke” lingered", "a “firm answer” based on …") makes the phrase a subject
    /// or object of its own, not a modifier inside a noun phrase as in "the “rigged election” narrative".
    /// </summary>
    private bool IsPastVerb(int i)
    {
        ReadOnlySpan<char> w = _v.Span(i);
        return w.Length >= 5 && w.EndsWith("ed", StringComparison.Ordinal) && w[^3] != 'e' && w is not "hundred" and not "bloodshed" and not "watershed";
    }

    /// <summary>
    /// "nicknamed", "dubbed", "so-called", "known as" right before the quote (or before "the"/"a"/"as" before it): words
    /// that only ever name, unlike "called" ("called the plan “a disgrace.”" quotes the speaker).
    /// </summary>
    private bool PureNamingWordBefore(int o)
    {
        int k = o - 1;
        if (k >= 1 && (_v.Is(k, "as") || _v.Is(k, "the") || _v.Is(k, "a")))
        {
            k--;
        }

        return k >= 0 && _v.IsWord(k) && _v.Span(k) is "nicknamed" or "dubbed" or "so-called" or "named" or "titled" or "entitled" or "codenamed" or "code-named" or "known" or "nickname" or "moniker";
    }

    /// <summary>
    /// A noun for a work with a title ("the article", "the song"): a quote after it that opens in lower case is no
    /// title but the work's own words said of it ("the article “speaks for itself”").
    /// </summary>
    private bool IsWorkNoun(int i) => i >= 0 && _v.IsWord(i) && _v.Span(i) is "song" or "book" or "film" or "movie" or "show" or "album"
        or "programme" or "program" or "series" or "column" or "article" or "novel" or "play" or "poem" or "documentary";

    /// <summary>
    /// A quote left open must have opened where quotes open: at the start of a line or sentence, after a colon or
    /// comma, or after a speech verb, and start with a capital; or a speech verb attributes it. "a “ mark stands
    /// here" is a stray mark, not a quotation running to the paragraph end.
    /// </summary>
    private bool PlausibleOpening(QuotedStretch q, bool attributed)
    {
        int o = _doc.TokenIndexAt(q.OuterStart);
        bool place = q.AtBlockStart || o == 0 || _v[o].NewlineBefore || _v.IsStop(o - 1) || _v.IsComma(o - 1) || _v.IsDash(o - 1)
            || (_v.IsWord(o - 1) && QuoteLexicon.Cues.Contains(_v.Span(o - 1)));
        if (!attributed && !place && o >= 2 && _v.IsWord(o - 2) && _v.IsLowerWord(o - 1) && (_v.IsPronoun(o - 1) || _v.Is(o - 1, "that"))
            && QuoteLexicon.Cues.Contains(_v.Span(o - 2)) && _text[q.ContentEnd - 1] is '.' or '!' or '?')
        {
            return true; // "…, saying it “undervalues the firm and … owners." left open: a finished partial quote after its verb
        }

        return attributed || (place && char.IsUpper(_text[q.ContentStart]));
    }

    /// <summary>
    /// True when a quote opened with a straight single mark and left open is one paragraph of a multi-paragraph quote:
    /// it starts with a capital, ends a sentence at its line end, and the next line opens the same mark before a
    /// capital ("'The river rose all night.\n'We never saw anything like it.'"). Otherwise the mark was most likely an
    /// apostrophe.
    /// </summary>
    private bool ContinuedOnNextLine(QuotedStretch q)
    {
        if (!EndsSentenceAtLineEnd(q, out int i))
        {
            return false;
        }

        while (i < _text.Length && char.IsWhiteSpace(_text[i]))
        {
            i++;
        }

        return i + 1 < _text.Length && _text[i] == q.Opener && char.IsUpper(_text[i + 1]);
    }

    /// <summary>
    /// True when a quote left open starts with a capital and ends a sentence right at its line end (white space aside);
    /// <paramref name="newline"/> is then the position of that line break. A straight single mark left open this way
    /// opened a quotation when a speech verb attributes it ("Name said: 'The tide was too high.⏎") or the line's
    /// previous quote in the same mark closed ("'We tried,' Name wrote. 'It failed.⏎"); an apostrophe rarely does both.
    /// </summary>
    private bool EndsSentenceAtLineEnd(QuotedStretch q, out int newline)
    {
        newline = -1;
        int last = q.ContentEnd - 1;
        while (last > q.ContentStart && _text[last] is '"' or '\u201D' or '\u2019')
        {
            last--; // a nested quote ends the sentence: "… I said, \"Come home.\""
        }

        if (!char.IsUpper(_text[q.ContentStart]) || _text[last] is not ('.' or '!' or '?' or '\u2026'))
        {
            return false;
        }

        int i = q.ContentEnd;
        while (i < _text.Length && _text[i] is ' ' or '\t' or '\u00A0' or '\r')
        {
            i++;
        }

        if (i < _text.Length && _text[i] != '\n')
        {
            return false;
        }

        newline = i;
        return true;
    }

    /// <summary>
    /// True when a straight single quote left open at its line end opens a sentence after a closed quote in the same
    /// mark on the same line ("'We tried,' Name wrote. 'It failed, we were late.⏎"): the speaker's next sentence.
    /// </summary>
    private bool FollowsClosedSingleQuote(QuotedStretch q)
    {
        int o = _doc.TokenIndexAt(q.OuterStart);
        if (o < 1 || !_v.IsStop(o - 1) || !EndsSentenceAtLineEnd(q, out _))
        {
            return false;
        }

        int lineStart = q.OuterStart > 0 ? _text.LastIndexOf('\n', q.OuterStart - 1) + 1 : 0;
        for (int k = LastStretchFrom(q.OuterStart - 1); k >= 0 && _stretches[k].OuterStart >= lineStart; k--)
        {
            if (_stretches[k].Closed && _stretches[k].Opener == '\'')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Nationality adjectives, with compass words and "or"/"and" between them ("Asian or East European."): capitalised
    /// as a title is, but a description a speaker gives, not the name of a work.
    /// </summary>
    private bool IsOriginDescription(int c0, int end)
    {
        int demonyms = 0;
        for (int k = c0; k < _v.Count && _v.Start(k) < end; k++)
        {
            if (!_v.IsWord(k))
            {
                continue;
            }

            ReadOnlySpan<char> w = _v.Span(k);
            if (QuoteLexicon.Demonyms.Contains(w))
            {
                demonyms++;
            }
            else if (!(w is "or" or "and" or "North" or "South" or "East" or "West" or "Central" or "Northern" or "Southern" or "Eastern" or "Western"))
            {
                return false;
            }
        }

        return demonyms > 0;
    }

    /// <summary>True when the quote is a sentence of its own: nothing but white space or a finished sentence before it in its line.</summary>
    private bool StandsAlone(QuotedStretch q)
    {
        int o = _doc.TokenIndexAt(q.OuterStart);
        return o == 0 || _v[o].NewlineBefore || _v.IsStop(o - 1) || (_v.IsQuoteMark(o - 1) && o - 2 >= 0 && _v.IsStop(o - 2));
    }

    private bool IsTitleCase(int c0, int end)
    {
        int capitals = 0;
        for (int k = c0; k < _v.Count && _v.Start(k) < end; k++)
        {
            if (!_v.IsWord(k) || _v.IsPossessiveWord(k))
            {
                continue;
            }

            if (_v.IsCapitalWord(k))
            {
                capitals++;
            }
            else if (!QuoteLexicon.TitleSmallWords.Contains(_v.Span(k)))
            {
                return false;
            }
        }

        return capitals >= 2;
    }

    private QuotationMention Mention(QuotedStretch q, SpeakerInfo? speaker, SpeechEvent? cue, AttributionKind kind)
    {
        double confidence = kind switch
        {
            AttributionKind.After or AttributionKind.Before => 0.9,
            AttributionKind.Subject or AttributionKind.Continued => 0.7,
            _ => 0.6,
        };
        if (!q.Closed)
        {
            confidence -= 0.1;
        }

        return new QuotationMention
        {
            Span = TextSpan.FromBounds(q.ContentStart, q.ContentEnd),
            Text = _text[q.ContentStart..q.ContentEnd],
            Extractor = _extractorName,
            Confidence = confidence,
            OuterSpan = TextSpan.FromBounds(q.OuterStart, q.OuterEnd),
            Marked = true,
            Speaker = speaker?.Text,
            SpeakerSpan = speaker?.Span,
            SpeakerFullName = speaker?.FullName,
            SpeakerRole = speaker?.Role,
            Affiliation = speaker?.Affiliation,
            AffiliationSpan = speaker?.AffiliationSpan,
            Cue = cue is { } c ? _v.TextOf(c.Cue, c.CueEnd) : null,
            CueSpan = cue is { } d ? _v.SpanOf(d.Cue, d.CueEnd) : null,
        };
    }

    /// <summary>
    /// Where a post whose signed line holds only one to three words (<c>[cs..ce)</c>) starts on the line before: that
    /// line when it is short (at most eight words), ends with "!" or "?" (an exclamation, not a sentence of the
    /// article, which ends with a period) and has no quotation mark or signature of its own; else null.
    /// </summary>
    private int? PostStartsOnLineBefore(TextSpan previous, int cs, int ce)
    {
        ReadOnlySpan<char> post = _text.AsSpan(cs, ce - cs);
        int stop = post.IndexOfAny('.', '!', '?');
        if (post.Count(' ') > 2 || (stop >= 0 && stop < post.Length - 1))
        {
            return null;
        }

        ReadOnlySpan<char> before = _text.AsSpan(previous.Start, previous.Length).Trim();
        if (before.Length == 0 || before.Length > 80 || before.Count(' ') > 7 || before[^1] is not ('!' or '?')
            || before.IndexOfAny("\"“”«»(@") >= 0)
        {
            return null;
        }

        ReadOnlySpan<char> line = _text.AsSpan(previous.Start, previous.Length);
        return previous.Start + (line.Length - line.TrimStart().Length);
    }

    /// <summary>
    /// Embedded posts ("Launch is set for Friday. — Jane Roe (@janeroe) May 3, 2021", one line): the post is its
    /// author's direct speech without marks. A marked quote inside the post ("… test fires ‘the new rocket’")
    /// gives way to the whole post; a post that opens by quoting someone else ("“…” a witness speaks", posted by a
    /// reporter) keeps that quote and its speaker, as a post inside a marked quote is left to the quote.
    /// </summary>
    private void AddEmbeddedPosts(List<QuotationMention> mentions)
    {
        for (int li = 0; li < _doc.Lines.Count; li++)
        {
            TextSpan line = _doc.Lines[li];
            if (line.Length < 12 || _text.AsSpan(line.Start, line.Length).IndexOf("(@", StringComparison.Ordinal) < 0
                || !EmbeddedPost.TryParse(_text, line.Start, line.End, out int cs, out int ce, out int ns, out int ne, minimumWords: 1))
            {
                continue;
            }

            if (li > 0 && PostStartsOnLineBefore(_doc.Lines[li - 1], cs, ce) is int earlier)
            {
                cs = earlier; // "Bright green sky!!⏎Amazing — Name (@handle)": a short post written over two lines
            }
            else if (!EmbeddedPost.TryParse(_text, line.Start, line.End, out _, out _, out _, out _))
            {
                continue; // one or two words alone: too little to be sure of a post
            }

            var span = TextSpan.FromBounds(cs, ce);
            string name = _text[ns..ne];
            bool covered = false;
            for (int k = mentions.Count - 1; k >= 0; k--)
            {
                TextSpan other = mentions[k].Span;
                if (!other.OverlapsWith(span))
                {
                    continue;
                }

                QuotationMention inner = mentions[k];
                bool quotesOther = inner.OuterSpan.Start == span.Start && inner.Speaker is not null
                    && !string.Equals(inner.SpeakerFullName ?? inner.Speaker, name, StringComparison.Ordinal);
                if (other.Start >= span.Start && other.End <= span.End && !quotesOther)
                {
                    mentions.RemoveAt(k); // a phrase quoted inside the post, or the author's own words
                }
                else
                {
                    covered = true;
                }
            }

            if (covered)
            {
                continue;
            }

            mentions.Add(new QuotationMention
            {
                Span = span,
                Text = _text[cs..ce],
                Extractor = _extractorName,
                Confidence = 0.75,
                OuterSpan = span,
                Marked = false,
                Speaker = name,
                SpeakerSpan = TextSpan.FromBounds(ns, ne),
                SpeakerFullName = name,
            });
        }
    }

    /// <summary>Direct speech without marks: "Lin Jian said: We firmly oppose …".</summary>
    /// <summary>
    /// A headline written "Name: words in the first person" ("Ada Brill: They never asked us"): the person's own words
    /// without marks, when the body names that person and the words hold I, me, my, we, us or our.
    /// </summary>
    private void AddHeadlineSpeech(List<QuotationMention> mentions)
    {
        int n = _v.Count;
        if (n < 7 || _doc.Lines.Count == 0 || !_v.IsNameWord(0))
        {
            return;
        }

        int lineEnd = _doc.Lines[0].End;
        int e = _v.NameRunEnd(0, n);
        if (e - 0 is < 2 or > 4 || e + 1 >= n || !_v.IsPunct(e, ':') || _v.Start(e + 1) >= lineEnd || !_names.IsKnownPerson(_v.Text(e - 1)))
        {
            return;
        }

        int s = e + 1;
        int k = s;
        int words = 0;
        bool firstPerson = false;
        while (k < n && _v.Start(k) < lineEnd)
        {
            if (_v.IsQuoteMark(k))
            {
                return;
            }

            if (_v.IsWord(k))
            {
                words++;
                firstPerson |= _v.Span(k) is "I" or "me" or "Me" or "my" or "My" or "we" or "We" or "us" or "Us" or "our" or "Our";
            }

            k++;
        }

        k = WithoutClosingPunctuation(s, k);

        if (!firstPerson || words < _options.MinimumUnattributedWords || k <= s || NamedPerson(0, 0, e, e) is not { Kind: SpeakerKind.Person } speaker)
        {
            return;
        }

        mentions.Add(Unmarked(s, k, speaker));
    }

    /// <summary>Tokens [<paramref name="s"/>, <paramref name="k"/>) without the closing stops, commas, colons and dashes at their end.</summary>
    private int WithoutClosingPunctuation(int s, int k)
    {
        while (k > s && _v.Kind(k - 1) == TokenKind.Punctuation && _v.Span(k - 1)[0] is '.' or ',' or ';' or ':' or '\u2026' or '-' or '\u2013' or '\u2014')
        {
            k--;
        }

        return k;
    }

    /// <summary>
    /// Direct speech without quotation marks over tokens [<paramref name="s"/>, <paramref name="k"/>), said by
    /// <paramref name="speaker"/>, with the speech verb's tokens [<paramref name="cue"/>, <paramref name="cueEnd"/>) when there is one.
    /// </summary>
    private QuotationMention Unmarked(int s, int k, SpeakerInfo speaker, int cue = -1, int cueEnd = -1)
    {
        TextSpan span = _v.SpanOf(s, k);
        return new QuotationMention
        {
            Span = span,
            Text = _text[span.Start..span.End],
            Extractor = _extractorName,
            Confidence = 0.75,
            OuterSpan = span,
            Marked = false,
            Speaker = speaker.Text,
            SpeakerSpan = speaker.Span,
            SpeakerFullName = speaker.FullName,
            SpeakerRole = speaker.Role,
            Affiliation = speaker.Affiliation,
            AffiliationSpan = speaker.AffiliationSpan,
            Cue = cue >= 0 ? _v.TextOf(cue, cueEnd) : null,
            CueSpan = cue >= 0 ? _v.SpanOf(cue, cueEnd) : null,
        };
    }

    private void AddUnmarked(List<QuotationMention> mentions)
    {
        int n = _v.Count;
        foreach (SpeechEvent e in _events)
        {
            int m = e.CueEnd;
            while (m < n && m < e.CueEnd + 4 && _v.Kind(m) != TokenKind.Punctuation && !_v[m].NewlineBefore)
            {
                m++;
            }

            if (m + 1 >= n || !_v.IsPunct(m, ':') || _v[m + 1].NewlineBefore)
            {
                continue;
            }

            int s = m + 1;
            if (_v.IsQuoteMark(s) || InsideQuote(_v.Start(s)) || !(_v.IsCapitalWord(s) || _v.Is(s, "I")))
            {
                continue;
            }

            int si = _doc.SentenceIndexAt(_v.Start(s));
            Sentence sentence = _doc.Sentences[si];
            int end = Math.Min(n, sentence.FirstToken + sentence.TokenCount);
            int words = 0;
            int k = s;
            while (k < end && !_v.IsQuoteMark(k))
            {
                if (_v.IsWord(k))
                {
                    words++;
                }

                k++;
            }

            k = WithoutClosingPunctuation(s, k);

            if (words < _options.MinimumUnattributedWords || k <= s)
            {
                continue;
            }

            mentions.Add(Unmarked(s, k, e.Speaker, e.Cue, e.CueEnd));
        }
    }
}
