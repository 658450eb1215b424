using NewsExtraction.Text;

namespace NewsExtraction.Quotations;

/// <summary>The word lists the quotation extractor uses, read once from its embedded data files (thread-safe, lazy).</summary>
internal static class QuoteLexicon
{
    private static readonly Lazy<WordSet> CueSet = Load("cues.txt");
    private static readonly Lazy<WordSet> TitleSet = Load("titles.txt");
    private static readonly Lazy<WordSet> DemonymSet = new(() => WordSet.FromResource("NewsExtraction.Text.demonyms.txt"), LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly Lazy<WordSet> OrgWordSet = Load("org-words.txt");
    private static readonly Lazy<WordSet> PlaceWordSet = Load("place-words.txt");
    private static readonly Lazy<WordSet> RoleNounSet = Load("role-nouns.txt");
    private static readonly Lazy<WordSet> OrgNominalSet = Load("org-nominals.txt");
    private static readonly Lazy<WordSet> NonNameSet = Load("non-name-capitals.txt");
    private static readonly Lazy<WordSet> SourceNounSet = Load("source-nouns.txt");

    /// <summary>The names of the embedded data files, for tests.</summary>
    public static readonly string[] DataFiles =
    [
        "cues.txt", "titles.txt", "org-words.txt", "place-words.txt", "role-nouns.txt", "org-nominals.txt", "non-name-capitals.txt", "source-nouns.txt",
    ];

    /// <summary>Speech verbs in every form ("said", "told", "adding").</summary>
    public static WordSet Cues => CueSet.Value;

    /// <summary>Titles before names ("President", "Sen", "Deputy").</summary>
    public static WordSet Titles => TitleSet.Value;

    /// <summary>Nationality adjectives ("Chinese"), the list shared with the organisation extractor (<c>Text/Data/demonyms.txt</c>).</summary>
    public static WordSet Demonyms => DemonymSet.Value;

    /// <summary>Words that make a capitalised run an organisation ("Ministry", "Center").</summary>
    public static WordSet OrgWords => OrgWordSet.Value;

    /// <summary>Last words of place names ("States", "Sea").</summary>
    public static WordSet PlaceWords => PlaceWordSet.Value;

    /// <summary>Lower-case person roles ("spokesman", "expert").</summary>
    public static WordSet RoleNouns => RoleNounSet.Value;

    /// <summary>Lower-case heads that refer back to an organisation ("ministry", "newspaper").</summary>
    public static WordSet OrgNominals => OrgNominalSet.Value;

    /// <summary>Capitalised function words, months and weekdays that are never part of a name.</summary>
    public static WordSet NonNames => NonNameSet.Value;

    /// <summary>Lower-case nouns that can be the source of a statement ("statement", "report", "sources").</summary>
    public static WordSet SourceNouns => SourceNounSet.Value;

    /// <summary>True when a lower-case noun names a person by what they do: a listed role or a typical ending ("strategist", "voters", "spokeswoman", "attendee").</summary>
    public static bool IsPersonNoun(ReadOnlySpan<char> w)
    {
        if (RoleNouns.Contains(w))
        {
            return true;
        }

        if (w.Length < 4 || w.EndsWith("ment", StringComparison.Ordinal) || w.EndsWith("ments", StringComparison.Ordinal))
        {
            return false;
        }

        ReadOnlySpan<char> stem = w.EndsWith("s", StringComparison.Ordinal) && !w.EndsWith("ss", StringComparison.Ordinal) ? w[..^1] : w;
        if (NotPersonNouns.Contains(stem))
        {
            return false;
        }

        return stem.EndsWith("er", StringComparison.Ordinal) || stem.EndsWith("or", StringComparison.Ordinal) || stem.EndsWith("ist", StringComparison.Ordinal)
            || stem.EndsWith("ian", StringComparison.Ordinal) || stem.EndsWith("man", StringComparison.Ordinal) || stem.EndsWith("woman", StringComparison.Ordinal)
            || w.EndsWith("men", StringComparison.Ordinal) || stem.EndsWith("person", StringComparison.Ordinal) || stem.EndsWith("ee", StringComparison.Ordinal)
            || stem.EndsWith("ant", StringComparison.Ordinal) || stem.EndsWith("ent", StringComparison.Ordinal) || w is "people";
    }

    /// <summary>Common nouns with a person-like ending that do not name people ("offer", "number", "center").</summary>
    private static readonly WordSet NotPersonNouns = new(
    [
        "offer", "order", "number", "matter", "power", "water", "paper", "letter", "border", "center", "cancer", "dinner", "answer",
        "chapter", "corner", "other", "another", "after", "over", "under", "never", "ever", "rather", "whether", "together", "either",
        "neither", "however", "further", "later", "river", "computer", "summer", "winter", "weather", "tower", "career", "barrier",
        "character", "finger", "danger", "manner", "banner", "layer", "cluster", "filter", "meter", "monitor", "factor", "sector",
        "error", "mirror", "door", "floor", "terror", "horror", "honor", "labor", "favor", "color", "motor", "major", "minor",
        "interior", "exterior", "prior", "superior", "inferior", "poster", "quarter", "disaster", "register", "shelter", "theater",
        "theatre", "trigger", "cover", "fever", "silver", "lower", "upper", "outer", "inner", "proper", "clever", "tender", "wonder",
        "thunder", "ban", "plan", "scan", "span", "can", "than", "then", "when", "event", "content", "extent", "intent", "percent",
        "recent", "current", "present", "moment", "payment", "comment", "segment", "talent", "patent", "evident", "frequent",
        "urgent", "silent", "absent", "want", "grant", "plant", "committee", "fee", "tree", "free", "degree", "agree", "coffee",
        "guarantee", "decree", "ballot", "account", "amount", "point", "front", "statement", "document", "government", "department",
        "movement", "agreement", "element", "environment", "argument", "treatment", "investment", "development", "management",
    ]);

    /// <summary>Subject pronouns that can name a speaker.</summary>
    public static readonly WordSet Pronouns = new(["he", "she", "it", "they", "we", "i"]);

    /// <summary>Determiners that open a description ("the ministry", "an expert").</summary>
    public static readonly WordSet Determiners = new(["the", "a", "an", "its", "his", "her", "their", "our", "this", "that", "these", "those", "one", "another"]);

    /// <summary>Words that end a noun phrase when scanning away from a speech verb.</summary>
    public static readonly WordSet PhraseBreakers = new(
    [
        "that", "which", "who", "whom", "whose", "and", "or", "but", "nor", "if", "when", "while", "because", "as", "than", "so",
        "although", "though", "since", "after", "before", "until", "where", "whether", "is", "was", "are", "were", "be", "been",
        "being", "am", "has", "have", "had", "do", "does", "did", "not", "no", "will", "would", "can", "could", "should", "may",
        "might", "must", "shall", "also", "it", "he", "she", "they", "we", "i", "you", "him", "them", "us", "me", "there", "here",
        "what", "how", "why", "said", "says", "told", "during", "amid", "despite", "via", "through", "against", "without",
        "about", "into", "onto", "over", "under", "like", "unlike", "if", "then", "yet", "just", "only", "even",
    ]);

    /// <summary>Conjunctions that open a subordinate clause ("if", "unless", "because"); "as" is left out ("as he said").</summary>
    public static readonly WordSet Subordinators = new(
    [
        "if", "unless", "because", "when", "whenever", "while", "whilst", "whether", "although", "though", "since", "until", "till",
        "once", "before", "after", "lest",
    ]);

    /// <summary>Words skipped between a subject and its speech verb ("Beijing has repeatedly said").</summary>
    public static readonly WordSet Skippable = new(
    [
        "has", "have", "had", "also", "further", "then", "later", "again", "once", "previously", "repeatedly", "recently",
        "earlier", "separately", "reportedly", "simply", "just", "would", "will", "could", "did", "does", "do", "never",
        "often", "always", "first", "today", "yesterday", "tonight", "still", "even", "however", "additionally",
        "subsequently", "initially", "ultimately", "finally", "publicly", "privately", "too",
    ]);

    /// <summary>Prepositions after which a capitalised run is a place or an affiliation, not the speaker.</summary>
    public static readonly WordSet Prepositions = new(["in", "at", "of", "for", "from", "to", "with", "by", "on", "near", "across", "within", "outside", "inside"]);

    /// <summary>Words just before a quoted term that make it a name, title or scare quote ("so-called", "dubbed").</summary>
    public static readonly WordSet NamingWords = new(
    [
        "called", "so-called", "dubbed", "titled", "entitled", "named", "nicknamed", "labelled", "labeled", "branded", "term",
        "terms", "word", "words", "phrase", "slogan", "motto", "hashtag", "label", "headline", "headlined", "song", "book",
        "film", "movie", "show", "album", "programme", "program", "series", "column", "article", "novel", "play", "poem",
        "documentary", "operation", "exercise", "codenamed", "code-named", "brand", "known", "nickname", "moniker",
    ]);

    /// <summary>Small words a title keeps in lower case ("The Art of the Deal").</summary>
    public static readonly WordSet TitleSmallWords = new(["a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "by", "with", "from", "vs", "nor", "but", "as"]);

    /// <summary>Name particles that may stand in lower case inside a name ("Ursula von der Leyen").</summary>
    public static readonly WordSet NameParticles = new(["de", "van", "von", "der", "den", "bin", "al", "da", "di", "du", "dos", "del", "la", "le", "ibn", "ter"]);

    private static Lazy<WordSet> Load(string file) =>
        new(() => WordSet.FromResource("NewsExtraction.Quotations." + file), LazyThreadSafetyMode.ExecutionAndPublication);
}
