namespace NewsExtraction.Text;

/// <summary>What a known phrase says about the line it stands in (the sections of boilerplate-phrases.txt).</summary>
[Flags]
internal enum PhraseKind : byte
{
    None = 0,

    /// <summary>The whole line is the phrase: boilerplate.</summary>
    Line = 1,

    /// <summary>The line starts with the phrase: boilerplate.</summary>
    Start = 2,

    /// <summary>The whole line is the phrase: the heading of a non-article area.</summary>
    Heading = 4,

    /// <summary>The line starts with the phrase: an end-of-article marker.</summary>
    End = 8,

    /// <summary>The line starts with the phrase: a byline.</summary>
    Byline = 16,

    /// <summary>The words are the start of a longer phrase (matching goes on).</summary>
    Prefix = 32,
}

/// <summary>What the lexicon knows about one word.</summary>
[Flags]
internal enum WordFlags : byte
{
    None = 0,

    /// <summary>An English stop word.</summary>
    Stop = 1,

    /// <summary>A month or weekday name, or a time-zone or "updated"-like date word.</summary>
    Date = 2,

    /// <summary>A one-word social network name.</summary>
    Social = 4,

    /// <summary>The first word of a two-word social network name ("Linked" of "LinkedIn").</summary>
    SocialHead = 8,
}

/// <summary>
/// The word tables of <see cref="BodyDetector"/>: boilerplate phrases, social network names, English stop
/// words and date words, keyed by a 64-bit hash of their normalised words so that a line is looked up
/// without allocating. Built once, read-only, thread-safe.
/// </summary>
internal sealed class BoilerplateLexicon
{
    /// <summary>The longest phrase, in words.</summary>
    public const int MaxPhraseWords = 12;

    private const ulong FnvOffset = 14695981039346656037UL;
    private const ulong FnvPrime = 1099511628211UL;

    private static readonly Lazy<BoilerplateLexicon> LazyInstance = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    // One string split at load time rather than an array initializer: the list is read once, and a literal
    // array of 60 strings costs a static constructor of 540 IL bytes to JIT-compile on first use.
    private const string DateWords =
        "january february march april may june july august september october november december " +
        "jan feb mar apr jun jul aug sep sept oct nov dec " +
        "monday tuesday wednesday thursday friday saturday sunday " +
        "mon tue tues wed thu thur thurs fri sat sun " +
        "am pm gmt utc bst cet cest est edt pst pdt ist jst updated published posted";

    private readonly HashMap _phrases;
    private readonly HashMap _words;
    private readonly HashMap _social2;

    private BoilerplateLexicon(HashMap phrases, HashMap words, HashMap social2, int phraseCount, int socialCount, int stopWordCount)
    {
        _phrases = phrases;
        _words = words;
        _social2 = social2;
        PhraseCount = phraseCount;
        SocialCount = socialCount;
        StopWordCount = stopWordCount;
    }

    /// <summary>The shared instance.</summary>
    public static BoilerplateLexicon Instance => LazyInstance.Value;

    /// <summary>How many phrase entries were read (all sections but social).</summary>
    public int PhraseCount { get; }

    /// <summary>How many social network names were read.</summary>
    public int SocialCount { get; }

    /// <summary>How many stop words were read.</summary>
    public int StopWordCount { get; }

    /// <summary>The FNV-1a prime, for callers that hash words character by character as <see cref="Append"/> does.</summary>
    public const ulong Prime = FnvPrime;

    /// <summary>The hash of an empty word sequence.</summary>
    public static ulong Empty => FnvOffset;

    /// <summary>Adds one word to a word-sequence hash (a separator first when the sequence is not empty).</summary>
    public static ulong Append(ulong hash, ReadOnlySpan<char> word, bool first)
    {
        ulong h = hash;
        if (!first)
        {
            h = (h ^ ' ') * FnvPrime;
        }

        for (int i = 0; i < word.Length; i++)
        {
            char c = word[i];
            if (IsApostrophe(c))
            {
                continue;
            }

            h = (h ^ Lower(c)) * FnvPrime;
        }

        return h;
    }

    /// <summary>Lower-cases a character (fast for ASCII).</summary>
    public static char Lower(char c) => Casing.LowerInvariant(c);

    /// <summary>The hash of one word.</summary>
    public static ulong WordHash(ReadOnlySpan<char> word) => Append(FnvOffset, word, first: true);

    /// <summary>The hash of the normalised words of a phrase, as a line's words are hashed.</summary>
    public static ulong PhraseHash(ReadOnlySpan<char> phrase, out int words)
    {
        ulong h = FnvOffset;
        words = 0;
        var scanner = new WordScanner(phrase);
        while (scanner.Next(out int a, out int b))
        {
            h = Append(h, phrase[a..b], words == 0);
            words++;
        }

        return h;
    }

    /// <summary>The kinds of the phrase whose word-sequence hash is <paramref name="hash"/>.</summary>
    public PhraseKind PhraseAt(ulong hash) => (PhraseKind)_phrases.Get(hash);

    /// <summary>What is known about the word whose hash is <paramref name="wordHash"/>.</summary>
    public WordFlags WordAt(ulong wordHash) => (WordFlags)_words.Get(wordHash);

    /// <summary>True when the two-word hash is a social network name ("Linked In").</summary>
    public bool IsSocial2(ulong pairHash) => _social2.Get(pairHash) != 0;

    /// <summary>True when the word is an English stop word.</summary>
    public bool IsStopWord(ulong wordHash) => (WordAt(wordHash) & WordFlags.Stop) != 0;

    /// <summary>Apostrophes, straight and typographic.</summary>
    public static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u2018' or '\u02BC';

    private static BoilerplateLexicon Load()
    {
        // Built straight into the lookup tables: no Dictionary<ulong, enum>, HashSet<ulong> or LINQ, whose
        // generic instantiations over value types would all be JIT-compiled on first use.
        var phrases = new HashMap(1024);
        var wordTable = new HashMap(512);
        var social2 = new HashMap(64);
        int phraseCount = 0, socialCount = 0;
        PhraseKind section = PhraseKind.None;
        bool social = false;
        foreach (string line in ResourceText.ReadLines("NewsExtraction.Text.boilerplate-phrases.txt"))
        {
            if (line[0] == '[')
            {
                social = false;
                section = line switch
                {
                    "[line]" => PhraseKind.Line,
                    "[start]" => PhraseKind.Start,
                    "[heading]" => PhraseKind.Heading,
                    "[end]" => PhraseKind.End,
                    "[byline]" => PhraseKind.Byline,
                    "[social]" => PhraseKind.None,
                    _ => throw new InvalidOperationException("Unknown section " + line + " in boilerplate-phrases.txt."),
                };
                social = line == "[social]";
                continue;
            }

            ulong h = PhraseHash(line, out int words);
            if (words == 0)
            {
                continue;
            }

            if (social)
            {
                if (words == 1)
                {
                    AddWord(wordTable, h, WordFlags.Social);
                }
                else if (words == 2)
                {
                    social2.Or(h, 1);
                    var scanner = new WordScanner(line);
                    scanner.Next(out int a, out int b);
                    AddWord(wordTable, WordHash(line.AsSpan(a, b - a)), WordFlags.SocialHead);
                }
                else
                {
                    throw new InvalidOperationException("A social network name has more than two words: " + line);
                }

                socialCount++;
                continue;
            }

            if (section == PhraseKind.None || words > MaxPhraseWords)
            {
                throw new InvalidOperationException("A boilerplate phrase outside a section or longer than " + MaxPhraseWords + " words: " + line);
            }

            AddPhrase(phrases, h, section);
            phraseCount++;

            // Every proper prefix of the phrase, so that matching a line stops at the first word that leads nowhere.
            ulong p = FnvOffset;
            int n = 0;
            var ws = new WordScanner(line);
            while (ws.Next(out int a, out int b) && n < words - 1)
            {
                p = Append(p, line.AsSpan(a, b - a), n == 0);
                n++;
                AddPhrase(phrases, p, PhraseKind.Prefix);
            }
        }

        int stopCount = 0;
        foreach (string w in ResourceText.ReadLines("NewsExtraction.Text.stop-words.txt"))
        {
            stopCount += AddWord(wordTable, WordHash(w), WordFlags.Stop) ? 1 : 0;
        }

        foreach (string w in DateWords.Split(' '))
        {
            AddWord(wordTable, WordHash(w), WordFlags.Date);
        }

        return new BoilerplateLexicon(phrases, wordTable, social2, phraseCount, socialCount, stopCount);
    }

    private static void AddPhrase(HashMap phrases, ulong hash, PhraseKind kind) => phrases.Or(hash, (byte)kind);

    /// <summary>Adds a flag to a word; false when the word had it already.</summary>
    private static bool AddWord(HashMap table, ulong hash, WordFlags flag)
    {
        var old = (WordFlags)table.Or(hash, (byte)flag);
        return (old & flag) == 0;
    }
}

/// <summary>
/// A map from 64-bit word hashes to a byte of flags, open addressing with linear probing in a table at
/// most a quarter full: one or two probes per lookup, no hashing of the (already hashed) key. Filled once
/// (by <see cref="Or"/>) while the lexicon loads, read-only afterwards.
/// </summary>
internal sealed class HashMap
{
    private ulong[] _keys;
    private byte[] _values;
    private int _mask;
    private int _count;
    private byte _zeroValue;

    /// <summary>An empty map with room for about <paramref name="capacity"/> keys before it grows.</summary>
    public HashMap(int capacity)
    {
        int size = 16;
        while (size < capacity * 4)
        {
            size <<= 1;
        }

        _keys = new ulong[size];
        _values = new byte[size];
        _mask = size - 1;
    }

    /// <summary>Sets the bits of <paramref name="flags"/> in the value of <paramref name="key"/> (absent keys hold 0); returns the value before.</summary>
    public byte Or(ulong key, byte flags)
    {
        if (key == 0)
        {
            byte z = _zeroValue;
            _zeroValue |= flags;
            return z;
        }

        int i = Find(key);
        if (_keys[i] == 0)
        {
            if ((_count + 1) * 4 > _keys.Length)
            {
                Grow();
                i = Find(key);
            }

            _keys[i] = key;
            _count++;
        }

        byte old = _values[i];
        _values[i] = (byte)(old | flags);
        return old;
    }

    /// <summary>The value stored for <paramref name="key"/>, or 0.</summary>
    public byte Get(ulong key)
    {
        if (key == 0)
        {
            return _zeroValue;
        }

        int i = Slot(key);
        while (true)
        {
            ulong k = _keys[i];
            if (k == key)
            {
                return _values[i];
            }

            if (k == 0)
            {
                return 0;
            }

            i = (i + 1) & _mask;
        }
    }

    private int Slot(ulong key) => (int)(key ^ (key >> 29)) & _mask;

    private int Find(ulong key)
    {
        int i = Slot(key);
        while (_keys[i] != 0 && _keys[i] != key)
        {
            i = (i + 1) & _mask;
        }

        return i;
    }

    private void Grow()
    {
        ulong[] keys = _keys;
        byte[] values = _values;
        _keys = new ulong[keys.Length * 2];
        _values = new byte[keys.Length * 2];
        _mask = _keys.Length - 1;
        for (int j = 0; j < keys.Length; j++)
        {
            if (keys[j] != 0)
            {
                int i = Find(keys[j]);
                _keys[i] = keys[j];
                _values[i] = values[j];
            }
        }
    }
}

/// <summary>
/// Splits a line into words without allocating: runs of letters, marks and digits, with inner apostrophes
/// kept ("China's"), split where letters meet digits and at a lower-to-upper case change, which undoes the
/// gluing of scraped menus ("MikovicBy" = "Mikovic" + "By", "2023Updated" = "2023" + "Updated").
/// </summary>
internal ref struct WordScanner
{
    private readonly ReadOnlySpan<char> _s;
    private int _i;

    /// <summary>Starts scanning <paramref name="s"/>.</summary>
    public WordScanner(ReadOnlySpan<char> s)
    {
        _s = s;
        _i = 0;
    }

    /// <summary>The next word as [start, end) offsets into the scanned span; false at the end.</summary>
    public bool Next(out int start, out int end) => Next(out start, out end, out _);

    /// <summary>The next word as [start, end) offsets into the scanned span, with its <see cref="BoilerplateLexicon.WordHash"/>; false at the end.</summary>
    public bool Next(out int start, out int end, out ulong hash)
    {
        ReadOnlySpan<char> s = _s;
        int i = _i;
        while (i < s.Length && !IsWordChar(s[i]))
        {
            i++;
        }

        if (i >= s.Length)
        {
            _i = i;
            start = end = i;
            hash = BoilerplateLexicon.Empty;
            return false;
        }

        start = i;
        char c = s[i];
        bool digit = IsDigit(c);
        ulong h = (BoilerplateLexicon.Empty ^ BoilerplateLexicon.Lower(c)) * BoilerplateLexicon.Prime;
        bool prevLower = IsLower(c);
        i++;
        while (i < s.Length)
        {
            c = s[i];
            if (c < 128)
            {
                // ASCII fast path: one table lookup decides.
                byte k = Ascii[c];
                if (k == 0)
                {
                    if (c == '\'' && !digit && i + 1 < s.Length && char.IsLetter(s[i + 1]))
                    {
                        prevLower = false;
                        i++;
                        continue;
                    }

                    break;
                }

                if (((k & AsciiDigit) != 0) != digit || ((k & AsciiUpper) != 0 && prevLower))
                {
                    break;
                }

                h = (h ^ (char)(c | (k & AsciiUpper))) * BoilerplateLexicon.Prime;
                prevLower = (k & AsciiLower) != 0;
                i++;
                continue;
            }

            if (!digit && BoilerplateLexicon.IsApostrophe(c) && i + 1 < s.Length && char.IsLetter(s[i + 1]))
            {
                prevLower = false;
                i++;
                continue;
            }

            if (!IsWordChar(c))
            {
                break;
            }

            bool d = IsDigit(c);
            if (d != digit)
            {
                break;
            }

            // A lower-case letter followed by an upper-case one: two words glued together.
            if (!d && prevLower && char.IsUpper(c))
            {
                break;
            }

            h = (h ^ Casing.LowerInvariant(c)) * BoilerplateLexicon.Prime;
            prevLower = char.IsLower(c);
            i++;
        }

        end = i;
        hash = h;
        _i = i;
        return true;
    }

    private const byte AsciiUpper = 0x20;
    private const byte AsciiLower = 0x01;
    private const byte AsciiDigit = 0x02;

    /// <summary>Classes of ASCII characters: 0 for non-word characters; <see cref="AsciiUpper"/> is also the bit that lower-cases a letter.</summary>
    private static ReadOnlySpan<byte> Ascii =>
    [
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 0, 0, 0, 0, 0, 0,
        0, 0x20, 0x20, 0x20, 0x20, 0x20, 0x20, 0x20, 0x20, 0x20, 0x20, 0x20, 0x20, 0x20, 0x20, 0x20,
        0x20, 0x20, 0x20, 0x20, 0x20, 0x20, 0x20, 0x20, 0x20, 0x20, 0x20, 0, 0, 0, 0, 0,
        0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0,
    ];

    private static bool IsDigit(char c) => c < 128 ? char.IsAsciiDigit(c) : char.IsDigit(c);

    private static bool IsLower(char c) => c < 128 ? char.IsAsciiLetterLower(c) : char.IsLower(c);

    /// <summary>Letters, digits and combining marks.</summary>
    public static bool IsWordChar(char c)
    {
        if (c < 128)
        {
            return char.IsAsciiLetterOrDigit(c);
        }

        if (char.IsLetterOrDigit(c))
        {
            return true;
        }

        System.Globalization.UnicodeCategory cat = char.GetUnicodeCategory(c);
        return cat is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark;
    }
}
