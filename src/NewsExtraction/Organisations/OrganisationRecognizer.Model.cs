using NewsExtraction.Text;

namespace NewsExtraction.Organisations;

/// <summary>
/// The statistical part of the recogniser: features for the averaged-perceptron tagger, greedy
/// decoding, and how its output is combined with the rules. The rules run first; their reading of
/// every token is one of the tagger's features. The tagger then only adds organisation spans where
/// the rules found nothing and its margin is high, and it may veto guessed acronyms it reads as
/// something else; names it adds are propagated through the document like the rules' names.
/// </summary>
internal sealed partial class OrganisationRecognizer
{
    /// <summary>The most features one token produces (static and tag-dependent).</summary>
    public const int MaxFeatures = 80;

    // Feature templates.
    private const int TBias = 1, TWord = 2, TShape = 3, TPre3 = 4, TSuf2 = 5, TSuf3 = 6, TSuf4 = 7;
    private const int TWordM1 = 8, TWordM2 = 9, TWordP1 = 10, TWordP2 = 11, TShapeM1 = 12, TShapeP1 = 13;
    private const int TBiM1 = 14, TBiP1 = 15, TFlags = 16, TFlagsM1 = 17, TFlagsP1 = 18, TFlagBit = 19;
    private const int THead0 = 20, THead1 = 21, THead2 = 22, TRule = 23, TRuleM1 = 24, TRuleP1 = 25, TRuleWord = 26;
    private const int TCase = 27, TUpperLen = 28, TParenBefore = 29, TParenAfter = 30, TLine = 31, TShapeWordP1 = 32;
    private const int TPrevTag = 40, TPrevTags = 41, TPrevTagWord = 42, TPrevTagShape = 43;

    private const uint Boundary = 0x5EED5EEDu;

    private static readonly string[] Connectors = ["of", "for", "and", "the", "on", "de", "du", "des", "del", "la", "le", "di", "da", "van", "von", "der", "&", "-", "'s", "’s", "in", "at", "y", "et", "al"];

    // Last words of facilities, which the training data often labels as organisations ("Virudhachalam Government Hospital").
    /// <summary>Capitalised determiners and pronouns: in the words a widening adds, they start the next sentence ("… EPA A missile was …").</summary>
    private static readonly string[] DeterminersAndPronouns = ["A", "An", "The", "This", "These", "Those", "It", "Its", "He", "His", "She", "Her", "They", "Their", "We", "Our", "I"];

    private static readonly string[] BroadcastWords = ["Radio", "Television", "TV", "Channel", "News"];

    private static readonly string[] FacilityFinals = ["Hospital", "Clinic", "House", "Fountain", "Square", "Street", "Avenue", "Market", "Mosque", "Church", "Cathedral", "Temple", "Palace", "Castle", "Ghar", "Gate", "Beach", "Garden", "Gardens", "Complex"];

    private uint[]? _wordHash;
    private uint[]? _shapeHash;
    private int[]? _ruleCode;
    private int[]? _headCode; // per token: 0 not looked up, -1 no head word, else 1 + (kind << 16) + type
    private bool _captureOnly;

    // The tagger's proposed names grouped per article (Combine); pooled, given back by ReturnScratch.
    private PooledNameTable<int>? _modelNames;

    /// <summary>Least per-token margin for a tagger span to be added where the rules found nothing.</summary>
    internal static float AddThreshold { get; set; } = 8f;

    /// <summary>Least margin of a non-organisation reading for the tagger to veto a guessed acronym; infinity: never.</summary>
    internal static float VetoThreshold { get; set; } = float.PositiveInfinity;

    /// <summary>Reject tagger spans over tokens the word lists know (gazetteer names the rules did not accept, non-names, titles).</summary>
    internal static bool RejectKnownNames { get; set; } = true;

    /// <summary>Reject a tagger span that is a lone organisation head word ("Court").</summary>
    internal static bool RejectLoneHeads { get; set; } = true;

    /// <summary>Least tagger margin on every token a rule mention is widened by; infinity: never widened.</summary>
    internal static float ExtendThreshold { get; set; }

    /// <summary>Least margin of a person or place reading for the tagger to veto a one-word gazetteer name; infinity: never.</summary>
    internal static float PlaceVetoThreshold { get; set; } = float.PositiveInfinity;

    /// <summary>For measurement only: the tagger's spans alone, without the rules' (still used as features).</summary>
    internal static bool ModelOnly { get; set; }

    /// <summary>How many occurrences of a one-word name the tagger must mark before the name is added.</summary>
    internal static int MinTaggedOneWord { get; set; } = 2;

    /// <summary>When false, the tagger's spans are not propagated to the name's other occurrences.</summary>
    internal static bool PropagateModelNames { get; set; } = true;

    /// <summary>The rules' accepted candidates, recorded when the recogniser runs for training.</summary>
    internal List<Candidate>? RuleCandidates { get; private set; }

    internal int TokenCount => _tokens.Count;

    internal IReadOnlyList<Token> Tokens => _tokens;

    internal AnalyzedDocument Document => _doc;

    /// <summary>Runs the rules on a document and prepares the tagger's features (for training: the tagger itself is not applied).</summary>
    internal static OrganisationRecognizer ForTraining(AnalyzedDocument doc)
    {
        var r = new OrganisationRecognizer(doc, OrganisationExtractorOptions.Default) { _captureOnly = true };
        r.Run(OrganisationExtractor.ExtractorName, CancellationToken.None);
        if (r.RuleCandidates is null)
        {
            r.RuleCandidates = [];
            r.PrepareFeatures(r.RuleCandidates);
        }

        return r;
    }

    /// <summary>The hook called by the rules' pass with its accepted candidates: returns the candidates combined with the tagger's.</summary>
    private List<Candidate> ApplyModel(List<Candidate> accepted, CancellationToken ct)
    {
        if (_captureOnly)
        {
            RuleCandidates = new List<Candidate>(accepted);
            PrepareFeatures(accepted);
            return accepted;
        }

        if (!_options.UseStatisticalModel || OrganisationModel.Instance is not { } model)
        {
            return accepted;
        }

        PrepareFeatures(accepted);
        int[] tags = UnclearedScratch<int>(_tokens.Count); // Decode writes every token's tag and margin
        float[] margins = UnclearedScratch<float>(_tokens.Count);
        Decode(model, tags, margins, ct);
        return Combine(accepted, tags, margins);
    }

    private void PrepareFeatures(List<Candidate> rules)
    {
        int n = _tokens.Count;
        _wordHash = UnclearedScratch<uint>(n); // both written for every token below
        _shapeHash = UnclearedScratch<uint>(n);
        for (int i = 0; i < n; i++)
        {
            _wordHash[i] = FeatureHash.WordAndShape(Tok(i), out _shapeHash[i]);
        }

        _ruleCode = Scratch<int>(n);
        _headCode = Scratch<int>(n);
        foreach (Candidate c in rules)
        {
            int source = c.Source == CandidateSource.Propagated ? 15 : (int)c.Source;
            for (int k = c.First; k < c.End; k++)
            {
                _ruleCode[k] = 1 + ((k == c.First ? 0 : 1) | (source << 1) | (c.Confidence >= 0.8 ? 64 : 0));
            }
        }

        if (ContextFeatures != 0)
        {
            PrepareContext();
        }
    }

    /// <summary>True when the tagger reads token <paramref name="i"/>; other tokens are O. Capitalised words and connectors inside a name.</summary>
    internal bool IsTagged(int i, int previousTag)
    {
        if (StartsName(i))
        {
            return true;
        }

        if (previousTag <= OrganisationModel.TagO || i + 1 >= _tokens.Count || _tokens[i + 1].NewlineBefore || !StartsName(i + 1))
        {
            return false;
        }

        return _tokens[i].Kind == TokenKind.Number || IsConnector(i);
    }

    /// <summary>True when token <paramref name="i"/> is one of <see cref="Connectors"/>, ignoring case (every connector has at most three characters, and ordinal case-insensitive equality needs equal lengths).</summary>
    private bool IsConnector(int i)
    {
        ReadOnlySpan<char> s = Tok(i);
        return s.Length <= 3 && IsOneOfIgnoreCase(s, Connectors);
    }

    private bool StartsName(int i)
    {
        Token t = _tokens[i];
        if (t.Kind != TokenKind.Word)
        {
            return false;
        }

        if (t.Case is TokenCase.Capitalized or TokenCase.Upper)
        {
            return true;
        }

        return t.Case == TokenCase.Other && IsCapWord(i);
    }

    private bool Inside(int i, int j) => j >= 0 && j < _tokens.Count && !(j < i ? _tokens[i].NewlineBefore && j == i - 1 : _tokens[j].NewlineBefore && j == i + 1);

    /// <summary>The features of token <paramref name="i"/> that do not depend on the tags decoded so far.</summary>
    internal int StaticFeatures(int i, Span<int> f)
    {
        uint[] wh = _wordHash!, sh = _shapeHash!;
        int[] rc = _ruleCode!;
        int n = 0;
        int count = _tokens.Count;
        ReadOnlySpan<char> w = Tok(i);
        Token t = _tokens[i];
        f[n++] = FeatureHash.Bucket(FeatureHash.Mix(TBias, 0));
        f[n++] = FeatureHash.Bucket(FeatureHash.Mix(TWord, wh[i]));
        f[n++] = FeatureHash.Bucket(FeatureHash.Mix(TShape, sh[i]));
        if (w.Length > 3)
        {
            f[n++] = FeatureHash.Bucket(FeatureHash.Mix(TPre3, FeatureHash.Word(w[..3])));
            f[n++] = FeatureHash.Bucket(FeatureHash.Mix(TSuf2, FeatureHash.Word(w[^2..])));
            f[n++] = FeatureHash.Bucket(FeatureHash.Mix(TSuf3, FeatureHash.Word(w[^3..])));
        }

        if (w.Length > 4)
        {
            f[n++] = FeatureHash.Bucket(FeatureHash.Mix(TSuf4, FeatureHash.Word(w[^4..])));
        }

        bool m1 = Inside(i, i - 1), p1 = Inside(i, i + 1);
        bool m2 = m1 && Inside(i - 1, i - 2), p2 = p1 && Inside(i + 1, i + 2);
        f[n++] = FeatureHash.Bucket(FeatureHash.Mix(TWordM1, m1 ? wh[i - 1] : Boundary));
        f[n++] = FeatureHash.Bucket(FeatureHash.Mix(TWordM2, m2 ? wh[i - 2] : Boundary));
        f[n++] = FeatureHash.Bucket(FeatureHash.Mix(TWordP1, p1 ? wh[i + 1] : Boundary));
        f[n++] = FeatureHash.Bucket(FeatureHash.Mix(TWordP2, p2 ? wh[i + 2] : Boundary));
        f[n++] = FeatureHash.Bucket(FeatureHash.Mix(TShapeM1, m1 ? sh[i - 1] : Boundary));
        f[n++] = FeatureHash.Bucket(FeatureHash.Mix(TShapeP1, p1 ? sh[i + 1] : Boundary));
        f[n++] = FeatureHash.Bucket(FeatureHash.Mix(TBiM1, m1 ? wh[i - 1] : Boundary, wh[i]));
        f[n++] = FeatureHash.Bucket(FeatureHash.Mix(TBiP1, wh[i], p1 ? wh[i + 1] : Boundary));
        f[n++] = FeatureHash.Bucket(FeatureHash.Mix(TShapeWordP1, sh[i], p1 ? wh[i + 1] : Boundary));

        // Lexicon and layout flags of this token and its neighbours.
        const int LineMask = FlagTitleLine | FlagUpperLine;
        f[n++] = FeatureHash.Bucket(FeatureHash.Mix(TFlags, (uint)(_flags[i] & ~LineMask)));
        for (int bit = 2; bit < 10; bit++)
        {
            if ((_flags[i] & (1 << bit)) != 0)
            {
                f[n++] = FeatureHash.Bucket(FeatureHash.Mix(TFlagBit, (uint)bit));
            }
        }

        f[n++] = FeatureHash.Bucket(FeatureHash.Mix(TFlagsM1, m1 ? (uint)(_flags[i - 1] & ~LineMask) : Boundary));
        f[n++] = FeatureHash.Bucket(FeatureHash.Mix(TFlagsP1, p1 ? (uint)(_flags[i + 1] & ~LineMask) : Boundary));
        f[n++] = FeatureHash.Bucket(FeatureHash.Mix(TLine, (uint)(_flags[i] & LineMask), (uint)t.Case));

        // Head words here and just after.
        for (int d = 0; d <= 2; d++)
        {
            int j = i + d;
            if (j < count && (d == 0 || Inside(j - 1, j)) && HeadAt(j, out uint kind, out uint type))
            {
                f[n++] = FeatureHash.Bucket(FeatureHash.Mix(THead0 + d, kind, type));
            }
        }

        // The rules' reading of this token and its neighbours.
        f[n++] = FeatureHash.Bucket(FeatureHash.Mix(TRule, (uint)rc[i]));
        f[n++] = FeatureHash.Bucket(FeatureHash.Mix(TRuleM1, m1 ? (uint)rc[i - 1] : Boundary));
        f[n++] = FeatureHash.Bucket(FeatureHash.Mix(TRuleP1, p1 ? (uint)rc[i + 1] : Boundary));
        f[n++] = FeatureHash.Bucket(FeatureHash.Mix(TRuleWord, (uint)(rc[i] == 0 ? 0 : 1), wh[i]));

        // Case with position: sentence-initial capitals carry less evidence.
        f[n++] = FeatureHash.Bucket(FeatureHash.Mix(TCase, (uint)t.Case, Has(i, FlagInitial) ? 1u : 0u));
        if (t.Kind == TokenKind.Word && t.Case == TokenCase.Upper)
        {
            f[n++] = FeatureHash.Bucket(FeatureHash.Mix(TUpperLen, (uint)Math.Min(w.Length, 8)));
        }

        // In parentheses after a name, or before parentheses.
        if (i > 0 && TokIs(i - 1, "("))
        {
            f[n++] = FeatureHash.Bucket(FeatureHash.Mix(TParenBefore, (uint)t.Case, i > 1 ? (uint)rc[i - 2] : Boundary));
        }

        if (i + 1 < count && TokIs(i + 1, "("))
        {
            f[n++] = FeatureHash.Bucket(FeatureHash.Mix(TParenAfter, (uint)t.Case));
        }

        return ContextFeatures != 0 ? ContextFeaturesOf(i, f, n) : n;
    }

    /// <summary>
    /// The head word at token <paramref name="j"/> (<see cref="OrganisationLexicon.Heads"/>), looked up once per token
    /// and document: the features of three neighbouring tokens ask about the same tokens.
    /// </summary>
    private bool HeadAt(int j, out uint kind, out uint type)
    {
        int[] memo = _headCode!;
        int code = memo[j];
        if (code == 0)
        {
            code = _lex.Heads.TryGetToken(Tok(j), out HeadWord hw) ? 1 + (((int)hw.Kind) << 16) + (int)hw.Type : -1;
            memo[j] = code;
        }

        if (code < 0)
        {
            kind = type = 0;
            return false;
        }

        kind = (uint)(code - 1) >> 16;
        type = (uint)(code - 1) & 0xFFFF;
        return true;
    }

    /// <summary>The features that depend on the two previous tags.</summary>
    internal int DynamicFeatures(int i, int prev, int prev2, Span<int> f)
    {
        f[0] = FeatureHash.Bucket(FeatureHash.Mix(TPrevTag, (uint)(prev + 1)));
        f[1] = FeatureHash.Bucket(FeatureHash.Mix(TPrevTags, (uint)(prev + 1), (uint)(prev2 + 1)));
        f[2] = FeatureHash.Bucket(FeatureHash.Mix(TPrevTagWord, (uint)(prev + 1), _wordHash![i]));
        f[3] = FeatureHash.Bucket(FeatureHash.Mix(TPrevTagShape, (uint)(prev + 1), _shapeHash![i]));
        return 4;
    }

    /// <summary>True where the tag history restarts (a sentence or a line starts).</summary>
    internal bool[] Restarts()
    {
        var restart = new bool[_tokens.Count];
        FillRestarts(restart);
        return restart;
    }

    private void FillRestarts(Span<bool> restart)
    {
        for (int i = 0; i < restart.Length; i++)
        {
            restart[i] = i == 0 || _tokens[i].NewlineBefore;
        }

        foreach (Sentence s in _doc.Sentences)
        {
            if (s.FirstToken < restart.Length)
            {
                restart[s.FirstToken] = true;
            }
        }
    }

    /// <summary>Tags the document greedily, left to right; tokens the tagger does not read are O.</summary>
    internal void Decode(OrganisationModel model, int[] tags, float[] margins, CancellationToken ct)
    {
        Span<int> feats = stackalloc int[MaxFeatures];
        Span<int> sum = stackalloc int[OrganisationModel.Classes];
        bool[] restart = Scratch<bool>(_tokens.Count);
        FillRestarts(restart.AsSpan(0, _tokens.Count));
        int prev = -1, prev2 = -1;
        for (int i = 0; i < _tokens.Count; i++)
        {
            if ((i & 4095) == 0)
            {
                ct.ThrowIfCancellationRequested();
            }

            if (restart[i])
            {
                prev = -1;
                prev2 = -1;
            }

            int best = OrganisationModel.TagO;
            float margin = 0;
            if (IsTagged(i, prev))
            {
                int n = StaticFeatures(i, feats);
                n += DynamicFeatures(i, prev, prev2, feats[n..]);
                sum.Clear();
                model.Accumulate(feats[..n], sum);
                int bestScore = int.MinValue, second = int.MinValue;
                for (int c = 0; c < OrganisationModel.Classes; c++)
                {
                    if (!OrganisationModel.Allowed(prev, c))
                    {
                        continue;
                    }

                    if (sum[c] > bestScore)
                    {
                        second = bestScore;
                        bestScore = sum[c];
                        best = c;
                    }
                    else if (sum[c] > second)
                    {
                        second = sum[c];
                    }
                }

                margin = (bestScore - (float)second) * model.Scale;
            }

            tags[i] = best;
            margins[i] = margin;
            prev2 = prev;
            prev = best;
        }
    }

    /// <summary>A tagger span [first, end) without the connectors it may have taken at either end ("of", "and").</summary>
    private (int First, int End) TrimToName(int first, int end)
    {
        while (end > first && !StartsName(end - 1) && _tokens[end - 1].Kind != TokenKind.Number)
        {
            end--;
        }

        while (first < end && !StartsName(first))
        {
            first++;
        }

        return (first, end);
    }

    private List<Candidate> Combine(List<Candidate> accepted, int[] tags, float[] margins)
    {
        bool[] taken = Scratch<bool>(_tokens.Count);
        foreach (Candidate c in accepted)
        {
            for (int k = c.First; k < c.End; k++)
            {
                taken[k] = true;
            }
        }

        // Veto: guessed acronyms the tagger confidently reads as something else.
        if (!float.IsPositiveInfinity(VetoThreshold))
        {
            accepted.RemoveAll(c => c.Source == CandidateSource.UnknownAcronym && tags[c.First] is not (OrganisationModel.TagBOrg or OrganisationModel.TagIOrg) && margins[c.First] >= VetoThreshold);
        }

        // Veto: a one-word gazetteer name the tagger confidently reads as a person or a place ("Jordan", "Amazon").
        if (!float.IsPositiveInfinity(PlaceVetoThreshold))
        {
            accepted.RemoveAll(c => c.Source == CandidateSource.Gazetteer && c.Length == 1 && tags[c.First] is OrganisationModel.TagBPer or OrganisationModel.TagBLoc && margins[c.First] >= PlaceVetoThreshold);
        }

        if (ModelOnly)
        {
            accepted.Clear();
            Array.Clear(taken);
        }

        if (!float.IsPositiveInfinity(ExtendThreshold))
        {
            ExtendRuleSpans(accepted, tags, margins, taken);
        }

        // The tagger's organisation spans where the rules found nothing, grouped by name.
        List<(int First, int End, float Margin, int Group)>? proposals = null;
        PooledNameTable<int>? names = null;
        for (int i = 0; OrganisationModel.NextOrgSpan(tags.AsSpan(0, _tokens.Count), ref i, out int first, out int end);)
        {
            (int a, int b) = TrimToName(first, end);
            if (b <= a || !IsAcceptableModelSpan(a, b, taken))
            {
                continue;
            }

            float margin = float.PositiveInfinity;
            for (int k = a; k < b; k++)
            {
                margin = Math.Min(margin, margins[k]);
            }

            names ??= _modelNames = new PooledNameTable<int>(foldCase: false, 16); // given back by ReturnScratch
            ReadOnlySpan<char> name = _text.AsSpan(_tokens[a].Span.Start, _tokens[b - 1].Span.End - _tokens[a].Span.Start);
            if (!names.TryGetHash(NameKey.Of(name, foldCase: false, out _), out int group))
            {
                group = names.Count;
                names.Add(name, group);
            }

            (proposals ??= []).Add((a, b, margin, group));
        }

        if (proposals is null || names is null)
        {
            return accepted;
        }

        // Document-level vote: the mean margin over every occurrence of the name (an occurrence the tagger
        // reads as a person or place counts against it; one it does not mark, as nothing).
        float[] support = Scratch<float>(names.Count);
        int[] occurrences = Scratch<int>(names.Count);
        int[] tagged = Scratch<int>(names.Count);
        foreach ((int _, int _, float margin, int group) in proposals)
        {
            support[group] += margin;
            tagged[group]++;
        }

        for (int i = 0; i < _tokens.Count; i++)
        {
            if (_tokens[i].Kind != TokenKind.Word)
            {
                continue;
            }

            int len = names.LongestAt(_text, _tokens, i, _tokens.Count, out int g);
            if (len == 0)
            {
                continue;
            }

            occurrences[g]++;
            if (tags[i] is OrganisationModel.TagBPer or OrganisationModel.TagBLoc or OrganisationModel.TagIPer or OrganisationModel.TagILoc)
            {
                support[g] -= margins[i];
            }

            i += len - 1;
        }

        int added = 0;
        foreach ((int a, int b, float _, int group) in proposals)
        {
            float mean = support[group] / Math.Max(1, occurrences[group]);
            if (mean < AddThreshold || (b - a == 1 && tagged[group] < MinTaggedOneWord))
            {
                continue;
            }

            accepted.Add(new Candidate { First = a, End = b, Confidence = 0.65, Type = OrganisationType.Unknown, Source = CandidateSource.Model });
            added++;
        }

        if (added > 0)
        {
            accepted.Sort(static (x, y) => x.First.CompareTo(y.First));
            if (_options.PropagateNames && PropagateModelNames)
            {
                Propagate(accepted);
            }
        }

        return accepted;
    }

    /// <summary>
    /// Widens a rule mention to the tagger's organisation span around it ("Football Academy" →
    /// "Mohammed VI Football Academy") when the tagger's span holds no other rule mention and the tagger is
    /// confident on every added token.
    /// </summary>
    private void ExtendRuleSpans(List<Candidate> accepted, int[] tags, float[] margins, bool[] taken)
    {
        int[] owner = Scratch<int>(_tokens.Count);
        owner.AsSpan(0, _tokens.Count).Fill(-1);
        for (int r = 0; r < accepted.Count; r++)
        {
            for (int k = accepted[r].First; k < accepted[r].End; k++)
            {
                owner[k] = r;
            }
        }

        HashSet<string>? people = null;
        for (int i = 0; OrganisationModel.NextOrgSpan(tags.AsSpan(0, _tokens.Count), ref i, out int first, out int end);)
        {
            (int a, int b) = TrimToName(first, end);

            int rule = -1;
            bool ok = b - a >= 2;
            for (int k = a; k < b && ok; k++)
            {
                if (owner[k] >= 0)
                {
                    ok = rule < 0 || rule == owner[k];
                    rule = owner[k];
                }
                else
                {
                    // Not in a Title Case or all-caps headline, where every word is capitalised ("UN Condemns North Korea's …").
                    ok = margins[k] >= ExtendThreshold && !Has(k, (ushort)(FlagNonOrg | FlagTitle | FlagFirstName | FlagTitleLine | FlagUpperLine)) && !IsPossessive(k);
                }
            }

            if (!ok || rule < 0)
            {
                continue;
            }

            Candidate c = accepted[rule];
            if (c.First < a || c.End > b || c.Length == b - a || c.EndChar > 0 || c.StartChar > 0 || c.Source is CandidateSource.Definition or CandidateSource.Propagated or CandidateSource.SportsTable)
            {
                continue;
            }

            if (b - 1 >= 0 && (IsOneOf(Tok(b - 1), NonOrganisationFinals) || IsOneOf(Tok(b - 1), FacilityFinals)))
            {
                continue;
            }

            // "… crowds on the promenade. Getty Images Witnesses described …", "… at the harbour Reuters North Korean
            // leader …", "AP:Associated Press People watch …": a photo or news agency's credit is glued to the caption or
            // sentence that follows it on scraped pages; the words after a known media name or a credit word are not part
            // of its name (a media outlet's own longer name, "CNN International", is a gazetteer entry of its own; a
            // station, "ABC Radio Hobart", keeps its broadcast word).
            if (b > c.End && ((c.Type == OrganisationType.Media && c.Source == CandidateSource.Gazetteer && !AnyTokenIs(c.End, b, BroadcastWords))
                || TokIs(c.End - 1, "Images") || TokIs(c.End - 1, "Pictures") || TokIs(c.End - 1, "Photos")))
            {
                b = c.End;
                if (b - a == c.Length)
                {
                    continue;
                }
            }

            // "Officials inspect the site EPA A missile was launched …": a determiner or pronoun among the added words
            // opens the next sentence, glued to a credit or a headline on a scraped page.
            if (b > c.End && AnyTokenIs(c.End, b, DeterminersAndPronouns))
            {
                b = c.End;
                if (b - a == c.Length)
                {
                    continue;
                }
            }

            // "Cartier Philanthropy and Medicor Foundation", "Alliance of Bioversity International and CIAT": the
            // tagger's span joins two names; a rule name is not widened across "and".
            if ((c.First - 1 >= a && TokIs(c.First - 1, "and")) || (c.End < b && TokIs(c.End, "and")))
            {
                continue;
            }

            // "President of the World Economic Forum Borge Brende": after a role "of the" name, the capitalised
            // words the tagger adds after the rule name are the role holder's name.
            if (b > c.End && RoleOfBefore(c.First) && IsPersonLikeTail(c.End, b))
            {
                b = c.End;
                if (b - a == c.Length)
                {
                    continue;
                }
            }

            // "envoy to the United Nations Petra Lindqvorst": a rule name is not widened over a person's name, a
            // given name or a word the article uses elsewhere as a person ("Lindqvorst said", "Ms Lindqvorst").
            if (WidensOverPerson(a, b, c, owner, ref people))
            {
                continue;
            }

            for (int k = a; k < b; k++)
            {
                taken[k] = true;
            }

            c.First = a;
            c.End = b;
            c.Entry = null;
            accepted[rule] = c;
        }
    }

    /// <summary>
    /// Whether the tokens a widening adds to rule name <paramref name="c"/> (inside [<paramref name="a"/>, <paramref name="b"/>))
    /// hold a person's name: a given name the organisation or quotation lists know, or a capitalised word the article
    /// uses as a person elsewhere (after a title, "Ms Quellen", or before a speech verb, "Quellen said").
    /// </summary>
    private bool WidensOverPerson(int a, int b, Candidate c, int[] owner, ref HashSet<string>? people)
    {
        for (int k = a; k < b; k++)
        {
            if (k >= c.First && k < c.End)
            {
                continue;
            }

            if (_tokens[k].Kind != TokenKind.Word || _tokens[k].Case != TokenCase.Capitalized || Has(k, FlagGazetteer))
            {
                continue;
            }

            if (Has(k, FlagFirstName) || GivenNames.IsGivenName(Tok(k)))
            {
                return true;
            }

            // "the Harbour Party Tobias Okello": a given name of the longer registry lists followed by another added
            // capitalised word (the surname) is a person after the name.
            if (k > c.End && k + 1 < b && _tokens[k + 1].Case == TokenCase.Capitalized && !Has(k + 1, FlagGazetteer)
                && (GivenNames.MaleRegistry.Contains(Tok(k)) || GivenNames.FemaleRegistry.Contains(Tok(k))))
            {
                return true;
            }

            people ??= CollectPersonWords(owner);
            if (people.Count > 0 && people.Contains(Tok(k).ToString()))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Capitalised words the article uses as a person: right after a personal title ("Ms", "President") or right before
    /// "said"/"says"/"told" when no rule name (marked in <paramref name="owner"/>) is part of the capitalised run
    /// ("Jewish Community Watch said" is the body speaking).
    /// </summary>
    private HashSet<string> CollectPersonWords(int[] owner)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        for (int k = 0; k < _tokens.Count; k++)
        {
            if (_tokens[k].Kind != TokenKind.Word || _tokens[k].Case != TokenCase.Capitalized || Has(k, (ushort)(FlagGazetteer | FlagTitle | FlagNonOrg | FlagPlace | FlagCountry | FlagDemonym))
                || _lex.Heads.TryGetToken(Tok(k), out _))
            {
                continue;
            }

            bool afterTitle = k > 0 && Has(k - 1, FlagTitle) && _tokens[k - 1].Case == TokenCase.Capitalized && SameLine(k);
            int n = k + 1;
            bool beforeSaid = n < _tokens.Count && (TokIs(n, "said") || TokIs(n, "says") || TokIs(n, "told")) && owner[k] < 0;
            for (int p = k - 1; beforeSaid && p >= 0 && SameLine(p + 1) && IsCapWord(p); p--)
            {
                beforeSaid = owner[p] < 0;
            }

            if (afterTitle || beforeSaid)
            {
                set.Add(Tok(k).ToString());
            }
        }

        return set;
    }

    /// <summary>"President of the", "Member of the", "head of", "ambassador to the": a role word (a title) and "of" (or an envoy word and "to"), and "the", end right before token <paramref name="first"/>.</summary>
    private bool RoleOfBefore(int first)
    {
        int k = first - 1;
        if (TokIs(k, "the"))
        {
            k--;
        }

        if (k - 1 < 0)
        {
            return false;
        }

        if (TokIs(k, "to"))
        {
            // "ambassador to the UN Nikki Haley", "envoy to the European Union Marta Quellen"
            return IsOneOfIgnoreCase(Tok(k - 1), EnvoyWords);
        }

        return TokIs(k, "of") && (Has(k - 1, FlagTitle) || IsOneOfIgnoreCase(Tok(k - 1), RoleHolderWords));
    }

    private static readonly string[] EnvoyWords = ["ambassador", "envoy", "representative", "delegate", "emissary"];

    /// <summary>Tokens [from, to) could be a person's name: capitalised words that are no head word, place or name-final word ("International").</summary>
    private bool IsPersonLikeTail(int from, int to)
    {
        for (int k = from; k < to; k++)
        {
            if (_tokens[k].Kind != TokenKind.Word || _tokens[k].Case != TokenCase.Capitalized || _lex.Heads.TryGetToken(Tok(k), out _)
                || Has(k, (ushort)(FlagPlace | FlagCountry | FlagDemonym | FlagNonOrg)) || IsOneOf(Tok(k), NameFinalWords))
            {
                return false;
            }
        }

        return true;
    }

    private static readonly string[] NameFinalWords = ["International", "Global", "Worldwide", "Holdings", "Limited", "Partners", "Trust", "Fund"];

    private static readonly string[] RoleHolderWords = ["member", "members", "head", "chief", "leader", "spokesman", "spokeswoman", "spokesperson", "representative"];

    /// <summary>Structural checks on a tagger span: free, not a place or demonym, not a lone head word, not a known name the rules rejected here.</summary>
    private bool IsAcceptableModelSpan(int a, int b, bool[] taken)
    {
        for (int k = a; k < b; k++)
        {
            if (taken[k] || (RejectKnownNames && Has(k, (ushort)(FlagGazetteer | FlagNonOrg | FlagTitle | FlagFirstName))))
            {
                return false;
            }
        }

        if (IsOnlyPlaceOrDemonym(a, b) || _insideLongPlace[a] >= b)
        {
            return false;
        }

        // "Tancredo Neves International Bridge", "Hague Convention": things and places named like bodies.
        if (b - a > 1 && (IsOneOf(Tok(b - 1), NonOrganisationFinals) || IsOneOf(Tok(b - 1), FacilityFinals)))
        {
            return false;
        }

        // "Court", "Council": a lone head word refers back to a named body (the rules decide those).
        if (RejectLoneHeads && b == a + 1 && _lex.Heads.TryGetToken(Tok(a), out _))
        {
            return false;
        }

        var c = new Candidate { First = a, End = b, Confidence = 0.65, Type = OrganisationType.Unknown, Source = CandidateSource.Model };
        return !IsNonNameUse(c, null);
    }
}
