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

    private static readonly string[] DateWordList =
    [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
        "am", "pm", "gmt", "utc", "bst", "cet", "cest", "est", "edt", "pst", "pdt", "ist", "jst", "updated", "published", "posted",
    ];

    private readonly Dictionary<ulong, PhraseKind> _phrases;
    private readonly HashSet<ulong> _social1;
    private readonly HashSet<ulong> _social2;
    private readonly HashSet<ulong> _stopWords;
    private readonly HashSet<ulong> _dateWords;

    private BoilerplateLexicon(Dictionary<ulong, PhraseKind> phrases, HashSet<ulong> social1, HashSet<ulong> social2, HashSet<ulong> stopWords, HashSet<ulong> dateWords, int phraseCount, int socialCount)
    {
        _phrases = phrases;
        _social1 = social1;
        _social2 = social2;
        _stopWords = stopWords;
        _dateWords = dateWords;
        PhraseCount = phraseCount;
        SocialCount = socialCount;
    }

    /// <summary>The shared instance.</summary>
    public static BoilerplateLexicon Instance => LazyInstance.Value;

    /// <summary>How many phrase entries were read (all sections but social).</summary>
    public int PhraseCount { get; }

    /// <summary>How many social network names were read.</summary>
    public int SocialCount { get; }

    /// <summary>How many stop words were read.</summary>
    public int StopWordCount => _stopWords.Count;

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

            h = (h ^ char.ToLowerInvariant(c)) * FnvPrime;
        }

        return h;
    }

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
    public PhraseKind PhraseAt(ulong hash) => _phrases.TryGetValue(hash, out PhraseKind k) ? k : PhraseKind.None;

    /// <summary>True when the one-word hash is a social network name.</summary>
    public bool IsSocial1(ulong wordHash) => _social1.Contains(wordHash);

    /// <summary>True when the two-word hash is a social network name ("Linked In").</summary>
    public bool IsSocial2(ulong pairHash) => _social2.Contains(pairHash);

    /// <summary>True when the word is an English stop word.</summary>
    public bool IsStopWord(ulong wordHash) => _stopWords.Contains(wordHash);

    /// <summary>True when the word is a month or weekday name (or a time-zone or "updated"-like date word).</summary>
    public bool IsDateWord(ulong wordHash) => _dateWords.Contains(wordHash);

    /// <summary>Apostrophes, straight and typographic.</summary>
    public static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u2018' or '\u02BC';

    private static BoilerplateLexicon Load()
    {
        var phrases = new Dictionary<ulong, PhraseKind>();
        var social1 = new HashSet<ulong>();
        var social2 = new HashSet<ulong>();
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
                    social1.Add(h);
                }
                else if (words == 2)
                {
                    social2.Add(h);
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

            phrases[h] = phrases.TryGetValue(h, out PhraseKind k) ? k | section : section;
            phraseCount++;
        }

        var stop = new HashSet<ulong>();
        foreach (string w in ResourceText.ReadLines("NewsExtraction.Text.stop-words.txt"))
        {
            stop.Add(WordHash(w));
        }

        var dates = new HashSet<ulong>();
        foreach (string w in DateWordList)
        {
            dates.Add(WordHash(w));
        }

        return new BoilerplateLexicon(phrases, social1, social2, stop, dates, phraseCount, socialCount);
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
    public bool Next(out int start, out int end)
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
            return false;
        }

        start = i;
        bool digit = char.IsDigit(s[i]);
        i++;
        while (i < s.Length)
        {
            char c = s[i];
            if (!digit && BoilerplateLexicon.IsApostrophe(c) && i + 1 < s.Length && char.IsLetter(s[i + 1]))
            {
                i++;
                continue;
            }

            if (!IsWordChar(c))
            {
                break;
            }

            bool d = char.IsDigit(c);
            if (d != digit)
            {
                break;
            }

            if (!d && char.IsUpper(c) && char.IsLower(s[i - 1]))
            {
                break;
            }

            i++;
        }

        end = i;
        _i = i;
        return true;
    }

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
