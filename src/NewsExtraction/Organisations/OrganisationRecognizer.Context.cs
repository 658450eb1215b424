using NewsExtraction.Text;

namespace NewsExtraction.Organisations;

/// <summary>
/// Non-local and context features of the tagger: what the document says about a word elsewhere
/// (Krishnan and Manning style: is it capitalised mid-sentence elsewhere, did the rules read another
/// occurrence as an organisation, does it follow "the" or a given name elsewhere, its majority case),
/// the words around the capitalised run a token belongs to, and news cue words ("said", "according
/// to", "shares", "chief executive", "based") near it in its sentence. Computed once per document in
/// a linear pre-pass over the token hashes (open addressing on the word hash; no strings).
/// </summary>
internal sealed partial class OrganisationRecognizer
{
    // Feature templates (after the local ones, before the tag-dependent ones).
    private const int TDocNone = 33, TDocCase = 34, TDocRule = 35, TDocThe = 36, TDocPer = 37, TDocAll = 38, TDocMajority = 39;
    private const int TRunBefore = 44, TRunAfter = 45, TCueLeft = 46, TCueRight = 47, TDocCue = 48;

    /// <summary>Which feature groups are used (bit 1: document-level, bit 2: cue words, bit 4: words around the run, bit 8: cue words around other occurrences). For experiments; the shipped model fixes it.</summary>
    internal static int ContextFeatures { get; set; } = 15;

    // Per-document statistics of a word (by its hash), stride DocStride: occurrences, capitalised mid-sentence,
    // lower case, read by the rules, after "the", after a given name or title, all-caps mid-sentence.
    private const int DocStride = 7;
    private const int DTotal = 0, DMidCap = 1, DLower = 2, DRule = 3, DThe = 4, DPerson = 5, DUpper = 6;

    // Cue words (lower-cased hashes) and their ids; 0 is no cue.
    private static readonly string[] CueWords =
    [
        "said", "says", "told", "according", "shares", "spokesperson", "spokesman", "spokeswoman", "executive", "ceo",
        "based", "statement", "announced", "chairman", "subsidiary", "company", "firm", "club", "coach", "newspaper",
        "reported", "founded", "owned", "unit", "group", "operator", "agency", "director", "president",
        "its", "his", "her", "he", "she", "who", "which", "their",
    ];

    private static readonly uint[] CueHashes = BuildCueHashes();

    // CueHashes as an open-addressing table (128 slots, linear probing): a word's cue id in about one probe instead of a
    // scan of every cue hash for every lower-case or all-caps word of the document. Slot value: cue index + 1, 0 empty.
    private const int CueSlotBits = 7;
    private static readonly uint[] CueSlotKeys = new uint[1 << CueSlotBits];
    private static readonly byte[] CueSlotIds = BuildCueSlots();

    private static byte[] BuildCueSlots()
    {
        var ids = new byte[1 << CueSlotBits];
        for (int i = 0; i < CueHashes.Length; i++)
        {
            if (CueId(ids, CueHashes[i]) != 0)
            {
                continue; // the first of two words with one hash keeps it, as a scan from the start would
            }

            int slot = CueSlot(CueHashes[i]);
            while (ids[slot] != 0)
            {
                slot = (slot + 1) & ((1 << CueSlotBits) - 1);
            }

            CueSlotKeys[slot] = CueHashes[i];
            ids[slot] = (byte)(i + 1);
        }

        return ids;
    }

    private static int CueSlot(uint hash) => (int)((hash * 0x9E3779B1u) >> (32 - CueSlotBits));

    /// <summary>The cue id (index in <see cref="CueWords"/> + 1) of a word hash, 0 when it is no cue word.</summary>
    private static int CueId(byte[] ids, uint hash)
    {
        int slot = CueSlot(hash);
        while (true)
        {
            int id = ids[slot];
            if (id == 0 || CueSlotKeys[slot] == hash)
            {
                return id;
            }

            slot = (slot + 1) & ((1 << CueSlotBits) - 1);
        }
    }

    private int[]? _docEntry;
    private int[]? _docCounts;
    private byte[]? _cue;
    private int[]? _sentenceOf;
    private uint[]? _runBefore;
    private uint[]? _runAfter;
    private ulong[]? _docCuesLeft;
    private ulong[]? _docCuesRight;

    private static uint[] BuildCueHashes()
    {
        if (CueWords.Length > 64)
        {
            throw new InvalidOperationException("At most 64 cue words: their ids are bits of one mask per side.");
        }

        var h = new uint[CueWords.Length];
        for (int i = 0; i < h.Length; i++)
        {
            h[i] = FeatureHash.Word(CueWords[i]);
        }

        return h;
    }

    private static readonly uint TheHash = FeatureHash.Word("the");

    /// <summary>The pre-pass: per-word document statistics, cue ids, sentence numbers and the words around each capitalised run.</summary>
    private void PrepareContext()
    {
        uint[] wh = _wordHash!;
        int n = _tokens.Count;
        int[] rc = _ruleCode!;

        // Sentence number of each token (-1 outside every sentence).
        int[] sentenceOf = UnclearedScratch<int>(n);
        sentenceOf.AsSpan(0, n).Fill(-1);
        int si = 0;
        foreach (Sentence s in _doc.Sentences)
        {
            int end = Math.Min(n, s.FirstToken + s.TokenCount);
            for (int k = s.FirstToken; k < end; k++)
            {
                sentenceOf[k] = si;
            }

            si++;
        }

        _sentenceOf = sentenceOf;

        // Cue ids.
        byte[] cue = Scratch<byte>(n);
        for (int i = 0; i < n; i++)
        {
            if (_tokens[i].Kind == TokenKind.Word && _tokens[i].Case is TokenCase.Lower or TokenCase.Upper)
            {
                cue[i] = (byte)CueId(CueSlotIds, wh[i]);
            }
        }

        _cue = cue;

        // Word statistics: open addressing keyed by the word hash.
        int size = 16;
        while (size < n * 2)
        {
            size <<= 1;
        }

        int[] slots = Scratch<int>(size); // entry + 1; 0 empty
        uint[] keys = UnclearedScratch<uint>(size); // read only where slots marks a key
        int[] entry = UnclearedScratch<int>(n); // every token written below
        int[] counts = UnclearedScratch<int>((n + 1) * DocStride); // an entry's counters are cleared when it is made
        int entries = 0;
        const ushort LineMask = FlagTitleLine | FlagUpperLine;
        for (int i = 0; i < n; i++)
        {
            Token t = _tokens[i];
            if (t.Kind != TokenKind.Word)
            {
                entry[i] = -1;
                continue;
            }

            uint key = wh[i];
            int slot = (int)(key * 0x9E3779B1u) & (size - 1);
            while (slots[slot] != 0 && keys[slot] != key)
            {
                slot = (slot + 1) & (size - 1);
            }

            if (slots[slot] == 0)
            {
                counts.AsSpan(entries * DocStride, DocStride).Clear();
                slots[slot] = ++entries;
                keys[slot] = key;
            }

            int e = slots[slot] - 1;
            entry[i] = e;
            int b = e * DocStride;
            counts[b + DTotal]++;
            bool cap = t.Case is TokenCase.Capitalized or TokenCase.Upper || (t.Case == TokenCase.Other && IsCapWord(i));
            bool mid = !Has(i, FlagInitial) && (_flags[i] & LineMask) == 0;
            if (cap && mid)
            {
                counts[b + DMidCap]++;
                if (t.Case == TokenCase.Upper)
                {
                    counts[b + DUpper]++;
                }
            }
            else if (t.Case == TokenCase.Lower)
            {
                counts[b + DLower]++;
            }

            if (rc[i] != 0)
            {
                counts[b + DRule]++;
            }

            if (cap && i > 0 && !t.NewlineBefore)
            {
                if (wh[i - 1] == TheHash)
                {
                    counts[b + DThe]++;
                }
                else if (Has(i - 1, (ushort)(FlagFirstName | FlagTitle)))
                {
                    counts[b + DPerson]++;
                }
            }
        }

        _docEntry = entry;
        _docCounts = counts;

        // The words just before and after the capitalised run each token belongs to (connectors between name words join a run).
        uint[] before = Scratch<uint>(n);
        uint[] after = Scratch<uint>(n);
        int i0 = 0;
        while (i0 < n)
        {
            if (!StartsName(i0))
            {
                i0++;
                continue;
            }

            int j = i0 + 1;
            while (j < n && !_tokens[j].NewlineBefore && (StartsName(j) || (j + 1 < n && !_tokens[j + 1].NewlineBefore && StartsName(j + 1) && IsConnector(j))))
            {
                j++;
            }

            uint hb = Inside(i0, i0 - 1) ? wh[i0 - 1] : Boundary;
            uint ha = j < n && Inside(j - 1, j) ? wh[j] : Boundary;
            for (int k = i0; k < j; k++)
            {
                before[k] = hb;
                after[k] = ha;
            }

            i0 = j;
        }

        _runBefore = before;
        _runAfter = after;

        // The cue words near every capitalised occurrence of a word, over the whole document (bit: cue id - 1; one mask per side).
        ulong[] cuesLeft = Scratch<ulong>(entries);
        ulong[] cuesRight = Scratch<ulong>(entries);
        for (int i = 0; i < n; i++)
        {
            if (entry[i] >= 0 && StartsName(i))
            {
                (int left, _, int right, _) = NearestCues(i);
                if (left > 0)
                {
                    cuesLeft[entry[i]] |= 1UL << (left - 1);
                }

                if (right > 0)
                {
                    cuesRight[entry[i]] |= 1UL << (right - 1);
                }
            }
        }

        _docCuesLeft = cuesLeft;
        _docCuesRight = cuesRight;
    }

    /// <summary>
    /// The ids of the nearest cue words left and right of token <paramref name="i"/> within four tokens in its
    /// sentence (0: none), with their distances in tokens.
    /// </summary>
    private (int Left, int LeftDistance, int Right, int RightDistance) NearestCues(int i)
    {
        int s = _sentenceOf![i];
        byte[] cue = _cue!;
        int left = 0, leftDistance = 0, right = 0, rightDistance = 0;
        for (int d = 1; d <= 4; d++)
        {
            int j = i - d;
            if (j < 0 || _sentenceOf[j] != s)
            {
                break;
            }

            if (cue[j] != 0)
            {
                left = cue[j];
                leftDistance = d;
                break;
            }
        }

        for (int d = 1; d <= 4; d++)
        {
            int j = i + d;
            if (j >= _tokens.Count || _sentenceOf[j] != s)
            {
                break;
            }

            if (cue[j] != 0)
            {
                right = cue[j];
                rightDistance = d;
                break;
            }
        }

        return (left, leftDistance, right, rightDistance);
    }

    /// <summary>Adds the document-level and context features of token <paramref name="i"/> to <paramref name="f"/> from index <paramref name="n"/>; returns the new count.</summary>
    private int ContextFeaturesOf(int i, Span<int> f, int n)
    {
        int groups = ContextFeatures;
        if ((groups & 1) != 0 && _docEntry![i] >= 0)
        {
            int b = _docEntry[i] * DocStride;
            int[] c = _docCounts!;
            Token t = _tokens[i];
            const ushort LineMask = FlagTitleLine | FlagUpperLine;
            bool cap = t.Case is TokenCase.Capitalized or TokenCase.Upper || (t.Case == TokenCase.Other && IsCapWord(i));
            bool mid = !Has(i, FlagInitial) && (_flags[i] & LineMask) == 0;

            // Counts over the OTHER occurrences: this one's own contribution taken out.
            int total = c[b + DTotal] - 1;
            int midCap = c[b + DMidCap] - (cap && mid ? 1 : 0);
            int upper = c[b + DUpper] - (cap && mid && t.Case == TokenCase.Upper ? 1 : 0);
            int lower = c[b + DLower] - (!(cap && mid) && t.Case == TokenCase.Lower ? 1 : 0);
            int rule = c[b + DRule] - (_ruleCode![i] != 0 ? 1 : 0);
            bool afterThe = cap && i > 0 && !t.NewlineBefore && _wordHash![i - 1] == TheHash;
            bool afterPerson = cap && i > 0 && !t.NewlineBefore && !afterThe && Has(i - 1, (ushort)(FlagFirstName | FlagTitle));
            int the = c[b + DThe] - (afterThe ? 1 : 0);
            int person = c[b + DPerson] - (afterPerson ? 1 : 0);
            if (total <= 0)
            {
                f[n++] = FeatureHash.Bucket(FeatureHash.Mix(TDocNone, mid ? 1u : 0u));
            }
            else
            {
                uint own = mid ? 1u : 0u;
                uint caseBits = (midCap > 0 ? 1u : 0u) | (lower > 0 ? 2u : 0u) | (upper > 0 ? 4u : 0u);
                f[n++] = FeatureHash.Bucket(FeatureHash.Mix(TDocCase, caseBits, own));
                uint ruleBits = rule <= 0 ? 0u : rule == total ? 2u : 1u;
                f[n++] = FeatureHash.Bucket(FeatureHash.Mix(TDocRule, ruleBits, _ruleCode[i] != 0 ? 1u : 0u));
                if (the > 0)
                {
                    f[n++] = FeatureHash.Bucket(FeatureHash.Mix(TDocThe, 1));
                }

                if (person > 0)
                {
                    f[n++] = FeatureHash.Bucket(FeatureHash.Mix(TDocPer, 1));
                }

                uint majority = lower > midCap ? 1u : upper * 2 > midCap && upper > 0 ? 3u : midCap > 0 ? 2u : 0u;
                f[n++] = FeatureHash.Bucket(FeatureHash.Mix(TDocMajority, majority, (uint)t.Case));
                uint all = caseBits | (ruleBits << 3) | (the > 0 ? 32u : 0u) | (person > 0 ? 64u : 0u) | ((uint)Math.Min(total, 3) << 7);
                f[n++] = FeatureHash.Bucket(FeatureHash.Mix(TDocAll, all));
            }

            if ((groups & 8) != 0)
            {
                // Cue words around this word's other occurrences too (at most eight; left ones first, right ones as 64 + id).
                ulong left = _docCuesLeft![_docEntry[i]];
                ulong right = _docCuesRight![_docEntry[i]];
                for (int k = 0; (left | right) != 0 && k < 8; k++)
                {
                    ref ulong mask = ref left != 0 ? ref left : ref right;
                    uint bit = (uint)System.Numerics.BitOperations.TrailingZeroCount(mask) + (left != 0 ? 0u : 64u);
                    mask &= mask - 1;
                    f[n++] = FeatureHash.Bucket(FeatureHash.Mix(TDocCue, bit));
                }
            }
        }

        if ((groups & 4) != 0)
        {
            f[n++] = FeatureHash.Bucket(FeatureHash.Mix(TRunBefore, _runBefore![i]));
            f[n++] = FeatureHash.Bucket(FeatureHash.Mix(TRunAfter, _runAfter![i]));
        }

        if ((groups & 2) != 0)
        {
            // The nearest cue word on each side within four tokens, in the same sentence.
            (int left, int leftDistance, int right, int rightDistance) = NearestCues(i);
            if (left != 0)
            {
                f[n++] = FeatureHash.Bucket(FeatureHash.Mix(TCueLeft, (uint)left, (uint)Math.Min(leftDistance, 3)));
            }

            if (right != 0)
            {
                f[n++] = FeatureHash.Bucket(FeatureHash.Mix(TCueRight, (uint)right, (uint)Math.Min(rightDistance, 3)));
            }
        }

        return n;
    }
}
