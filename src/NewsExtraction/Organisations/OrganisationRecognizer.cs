using System.Runtime.InteropServices;
using NewsExtraction.Text;

namespace NewsExtraction.Organisations;

/// <summary>Where a candidate organisation span came from (higher wins ties).</summary>
internal enum CandidateSource
{
    UnknownAcronym,
    Model,
    Cue,
    SportsTable,
    Head,
    LegalForm,
    Gazetteer,
    Definition,
    Propagated,
}

/// <summary>A candidate organisation: a token range and what is known about it.</summary>
internal struct Candidate
{
    public int First;
    public int End;
    public double Confidence;
    public OrganisationType Type;
    public CandidateSource Source;
    public GazetteerEntry? Entry;

    /// <summary>When positive, the mention ends at this character offset, inside its last token ("NATO" in "NATO-led").</summary>
    public int EndChar;

    /// <summary>When positive, the mention starts at this character offset, inside its first token ("FARC" in "ex-FARC").</summary>
    public int StartChar;

    /// <summary>A short form that is also an ordinary adjective ("American" for "American Airlines"): it names the body only where no noun follows it.</summary>
    public bool AdjectivalShortForm;

    /// <summary>A club's nickname learned from its city and nickname ("Herons" from "Harlow Herons"): it names the club only as a bare name or before a player's role.</summary>
    public bool TeamNickname;

    /// <summary>A newspaper's last word learned from its full name ("Herald" from "The Dunmore Herald"): it names the paper only after "the".</summary>
    public bool ArticleShortForm;

    /// <summary>For a short form learned from a longer name in the article ("American"), that name ("American Airlines").</summary>
    public string? ShortFormOf;

    public readonly int Length => End - First;
}

/// <summary>
/// The rule and gazetteer organisation recogniser. One call handles one document; all state is local.
/// Steps: classify lines (title case, all caps) and sentence starts; match the gazetteer and the
/// place list over the tokens; chunk capitalised runs and find organisation head words ("Ministry
/// of X", "X Institute", "X Inc."); detect acronym definitions in both directions (Schwartz–Hearst);
/// add context cues ("newspaper X", "a spokesman for X", "X, a company"); resolve overlaps
/// longest first; link acronyms to long forms; propagate every name found to its other occurrences.
/// </summary>
internal sealed partial class OrganisationRecognizer
{
    private const ushort FlagTitleLine = 1;
    private const ushort FlagUpperLine = 2;
    private const ushort FlagInitial = 4;
    private const ushort FlagPlace = 8;
    private const ushort FlagDemonym = 16;
    private const ushort FlagNonOrg = 32;
    private const ushort FlagFirstName = 64;
    private const ushort FlagCountry = 128;
    private const ushort FlagGazetteer = 256;
    private const ushort FlagTitle = 512;

    private static readonly string[] ComplementWords = ["of", "for", "on", "de", "du", "des", "del", "della", "di", "da", "do", "dos", "das", "against"];
    // Lower-case words that join the complement of a prefix head only ("Commission of Inquiry into Allegations of State Capture").
    private static readonly string[] ComplementOnlyConnectors = ["into", "with"];
    private static readonly string[] InnerConnectors = ["of", "for", "on", "and", "the", "de", "du", "des", "del", "della", "di", "da", "do", "dos", "das", "la", "le", "les", "el", "al", "van", "von", "der", "den", "y", "et", "und"];
    private static readonly string[] OrgNouns =
    [
        "newspaper", "daily", "weekly", "tabloid", "broadcaster", "agency", "company", "firm", "group", "party", "bank", "lender",
        "insurer", "carmaker", "automaker", "airline", "carrier", "retailer", "giant", "maker", "manufacturer", "operator", "outlet",
        "magazine", "channel", "network", "website", "portal", "startup", "start-up", "conglomerate",
        "club", "organisation", "organization", "NGO", "charity", "union", "watchdog", "regulator", "station", "platform",
        "provider", "supplier", "chain", "exporter", "miner", "telco", "subsidiary", "affiliate",
        "think-tank", "tank", "institute", "movement", "militia", "faction", "coalition", "alliance", "brand", "shipbuilder",
        "refiner", "utility", "consultancy", "insurer", "outfit", "franchise", "university",
        "team", "band", "arm", "monopoly", "association", "collective", "centre", "center", "publication",
    ];

    // Lower-case words that may join name words to the left of a head ("Mar del Plata City Council"); not "of" ("John Smith of Acme Energy").
    // Compass words that make a region of the place after them ("Northeast Asia", "Southern Sudan").
    private static readonly string[] CompassWords =
    [
        "North", "South", "East", "West", "Northeast", "Northwest", "Southeast", "Southwest", "North-East", "North-West",
        "South-East", "South-West", "Northern", "Southern", "Eastern", "Western", "Central", "Upper", "Lower",
    ];

    private static readonly string[] RegionWords =
    [
        "Asia", "Africa", "Europe", "America", "Americas", "Pacific", "Atlantic", "Mediterranean", "Caribbean", "Arctic", "Sahel",
        "Balkans", "Eurasia", "Oceania", "Antarctica",
    ];

    private static readonly string[] LeftConnectors = ["de", "du", "des", "del", "della", "di", "da", "do", "dos", "das", "van", "von", "der", "y"];

    private static readonly string[] AppositivePrepositions = ["of", "from", "in", "at", "with", "for", "on", "by", "to", "like"];

    private static readonly string[] AppositiveFollowers =
    [
        "that", "which", "based", "in", "with", "for", "of", "owned", "founded", "listed", "whose", "and", "run", "headquartered",
        "from", "established", "set", "created", "formed", "launched", "serving", "supporting", "representing", "working",
        "operating", "providing", "dedicated", "specialising", "specializing", "focused", "focusing", "led", "funded", "backed",
    ];

    private static readonly string[] RoleOfWords = ["executive", "CEO", "chairman", "chairwoman", "founder", "co-founder", "shareholders", "employees", "officer", "subsidiary", "shareholder", "cofounder"];

    // Before "director" (lower case): "executive director of Magen" (not "Director of Health Ronald Lam").
    private static readonly string[] DirectorModifiers = ["executive", "managing", "general", "country", "regional"];

    // Words after a name that make it a company or body: "Sawea CEO Niveshen Govender", "Pharmac chair Steve Maharey", "Acme's board".
    private static readonly string[] RoleAfterWords = ["CEO", "chair", "chairman", "chairwoman", "chairperson", "boss", "secretary-general", "director-general", "board", "shareholders", "subsidiary", "co-founder", "founder"];

    // The same words after a possessive: "Smoore's gross profit" is not a cue, "Acme's CEO" and "Acme's board" are.
    private static readonly string[] RoleAfterPossessiveWords = ["CEO", "chairman", "chairwoman", "board", "shareholders", "subsidiary", "shares"];

    // Plural nouns whose possessive starts an organisation name ("People's Liberation Army", "Workers' Party").
    private static readonly string[] PossessiveNameWords =
    [
        "People", "Women", "Children", "Men", "Workers", "Farmers", "Veterans", "Citizens", "Teachers", "Journalists", "Writers",
        "Lawyers", "Doctors", "Nurses", "Traders", "Employers", "Students", "Soldiers", "Pensioners", "Consumers", "Miners",
        "Seafarers", "Chiefs", "Elders", "Mothers", "Fathers", "Peoples", "Nations", "Europe", "World", "Attorney", "Prosecutor",
        "Officers", "Producers", "Growers", "Manufacturers", "Exporters", "Bankers", "Shippers", "Drivers", "Pilots", "Refugees",
        "Boys", "Girls", "Representatives", "Members", "Residents", "Patients", "Victims", "Survivors", "Parents", "Artists",
        "Engineers", "Physicians", "Accountants", "Investors", "Voters", "Ministers", "Governors", "Mayors", "Owners", "Users",
        "Retailers", "Dealers", "Importers", "Operators", "Agents", "Scientists", "Musicians", "Athletes", "Players", "Churches",
        "Universities", "Colleges", "Schools", "Communities", "Companies", "Unions", "Friends", "Mines", "Magistrate", "Magistrates",
        "Coroner", "Coroners", "Sheriff", "Sheriffs", "Prosecutors", "Attorneys",
    ];

    // Last words of defined long forms that are not organisations ("Unlawful Activities Prevention Act (UAPA)").
    // Last words of a technique's name, which a defined long form with no organisation head word ends in ("Machine Learning (ML)").
    private static readonly string[] TechniqueFinals =
    [
        "Learning", "Processing", "Recognition", "Stabilization", "Stabilisation", "Lag", "Imaging", "Rendering", "Reality",
        "Computing", "Encryption", "Detection", "Sensing", "Tracking", "Scanning", "Printing", "Range", "Resolution", "Zoom",
    ];

    private static readonly string[] NonOrganisationFinals =
    [
        "Act", "Law", "Bill", "Code", "Treaty", "Agreement", "Accord", "Accords", "Convention", "Protocol", "Declaration", "Charter", "Plan",
        "Strategy", "Index", "Rate", "Report", "Survey", "Scheme", "Project", "Day", "Week", "Award", "Awards", "Prize", "Cup",
        "Championship", "Championships", "Games", "Olympics", "Summit", "Conference", "Zone", "Area", "Corridor", "Route", "Highway",
        "Road", "Line", "Airport", "Port", "Park", "Stadium", "Hall", "Tower", "Bridge", "Dam", "River", "Lake", "Mountains", "Island",
        "Islands", "Syndrome", "Disease", "Virus", "Vaccine", "Standard", "Model", "Test", "Tax", "Fee", "Later",
        "Man", "Index", "Indicator", "Goals", "Goal", "Policy", "Doctrine", "Reform", "Reforms", "Exercise", "Operation", "War",
        "Assessment", "Assessments", "Machine", "Machines", "Territory", "Zones", "Areas", "Materials", "Action",
    ];
    // More words that end the name of a thing a body's name may modify ("Security Council Resolution 1325", "Legislative Council Complex").
    // Only events and resolutions: the gold of news sets keeps the body in "EPA Screening Report" and "EU Declaration".
    // Observances are events ("Labour Day", "Navy Week": a party or force before a holiday's Day or Week names the holiday).
    // So are laws, bills and plans named for a body ("the Port Authority Act", "the Union Action Plan"): no gold of the analysed
    // sets keeps the body there.
    private static readonly string[] ThingFinals = ["Cup", "Summit", "Championship", "Championships", "Games", "Olympics", "Resolution", "Complex", "Bajas", "Day", "Week", "Act", "Bill", "Plan"];

    private static readonly string[] OwnedMinistryAdjectives =
    [
        "foreign", "defence", "defense", "interior", "finance", "health", "justice", "economy", "economic", "trade", "education",
        "agriculture", "energy", "culture", "environment", "labour", "labor", "transport", "information", "communications",
        "emergencies", "emergency", "home", "industry", "commerce", "intelligence", "information", "security",
    ];

    /// <summary>Players' positions and roles that name nothing else: the core both role lists below share.</summary>
    private static readonly string[] PlayerPositions =
    [
        "striker", "midfielder", "defender", "goalkeeper", "forward", "winger", "coach", "full-back", "fullback", "playmaker", "centre-back",
        "center-back", "fly-half", "scrum-half", "pitcher", "quarterback", "guard", "keeper", "teammate", "team-mate",
    ];

    /// <summary>Roles after a club in sports copy: the positions, offices ("captain", "manager") and the short rugby and basketball words.</summary>
    private static readonly string[] SportsRoles = [.. PlayerPositions, "captain", "manager", "lock", "prop", "hooker", "flanker", "centre", "center", "player"];

    // Lower-case nouns after "the" + name that make the name an organisation ("the Plastika factory").
    private static readonly string[] OrgNounsAfter =
    [
        "company", "firm", "group", "factory", "corporation", "conglomerate", "bank", "airline", "carrier", "movement", "organisation",
        "organization", "agency", "broadcaster", "network", "channel", "club", "union", "militia", "retailer", "chain", "foundation",
        "coalition", "coalitions", "caucus", "team", "bloc",
    ];

    // Lower-case nouns after two or more name words that make them a hospital ("Riverton Baptist hospital").
    private static readonly string[] CareNounsAfter = ["hospital", "hospitals", "clinic", "hospice", "infirmary"];

    // A saint's name opens a hospital named after the saint, which news treats as a place ("the San Remo hospital").
    private static readonly string[] SaintWords = ["San", "Santa", "Santo", "Sao", "São", "St", "St.", "Saint", "Sainte", "Ste"];

    // Lower-case nouns after a name that make it a media outlet ("Al-Rai daily", "Travel + Leisure magazine").
    private static readonly string[] NewsroomJobs = ["reporter", "correspondent", "anchor", "presenter", "editor", "journalist", "producer", "crew", "team"];

    private static readonly string[] MediaNounsAfter = ["newspaper", "daily", "magazine", "weekly", "tabloid", "broadcaster", "website", "portal", "news"];

    // At most this many "according to X" candidates per article get the whole-document check (linear time).
    private const int MaxSourceChecks = 16;

    private int _sourceChecks;

    // Token indexes where a head-word, legal-form or gazetteer name of two words or more ends (built on first use).
    private HashSet<int>? _orgEnds;
    private HashSet<string>? _players;

    private readonly string _text;
    private readonly List<Token> _tokens;
    private readonly AnalyzedDocument _doc;
    private readonly OrganisationExtractorOptions _options;
    private readonly OrganisationLexicon _lex;
    private readonly ushort[] _flags;
    private readonly int[] _placeLen;
    private readonly int[] _insideLongPlace;
    private readonly List<Candidate> _candidates;
    private readonly HashSet<string> _blockedAcronyms = new(StringComparer.Ordinal);

    /// <summary>
    /// Known acronyms the article itself defines as a thing ("Rapid Habitat Survey (RHS)" where RHS is also a known body's
    /// acronym): the article's own definition wins over the gazetteer for every occurrence.
    /// </summary>
    private HashSet<string>? _redefinedAcronyms;
    private List<Array>? _scratch;

    private OrganisationRecognizer(AnalyzedDocument doc, OrganisationExtractorOptions options)
    {
        _doc = doc;
        _text = doc.Text;
        _tokens = doc.Tokens as List<Token> ?? new List<Token>(doc.Tokens);
        _options = options;
        _lex = OrganisationLexicon.Instance;
        _flags = Scratch<ushort>(_tokens.Count);
        _placeLen = Scratch<int>(_tokens.Count);
        _insideLongPlace = Scratch<int>(_tokens.Count);
        _candidates = RentCandidateList(Math.Max(16, _tokens.Count / 16));
    }

    // Two candidate lists per thread (the candidates and the accepted ones), reused across calls: a call takes
    // a list out (the slot is null while it runs, so a call made from inside another one allocates its own)
    // and ReturnScratch puts it back cleared. Lists grown past MaxCachedCandidates are left to the GC.
    [ThreadStatic]
    private static List<Candidate>? t_candidateList;
    [ThreadStatic]
    private static List<Candidate>? t_acceptedList;
    private const int MaxCachedCandidates = 1 << 14;
    private List<Candidate>? _acceptedList;

    // Per-article name tables of SuppressNonNames and FindPrefixedAcronyms: pooled, given back by ReturnScratch.
    private PooledNameTable<bool>? _oneWordTable;
    private PooledNameTable<Candidate>? _namedTable;

    private static List<Candidate> RentCandidateList(int capacity)
    {
        List<Candidate>? list = t_candidateList;
        if (list is null)
        {
            list = t_acceptedList;
            t_acceptedList = null;
        }
        else
        {
            t_candidateList = null;
        }

        if (list is null)
        {
            return new List<Candidate>(capacity);
        }

        if (list.Capacity < capacity)
        {
            list.Capacity = capacity;
        }

        return list;
    }

    private static void ReturnCandidateList(List<Candidate>? list)
    {
        if (list is null || list.Capacity > MaxCachedCandidates)
        {
            return;
        }

        list.Clear(); // also drops the gazetteer entries the candidates point to
        if (t_candidateList is null)
        {
            t_candidateList = list;
        }
        else if (t_acceptedList is null && !ReferenceEquals(t_candidateList, list))
        {
            t_acceptedList = list;
        }
    }

    /// <summary>
    /// A zeroed per-call array of at least <paramref name="length"/> elements, rented from <see cref="ScratchPool{T}"/> and
    /// given back by <see cref="ReturnScratch"/> when the call ends (only the first <paramref name="length"/>
    /// elements are cleared and meaningful: never use the array's own Length).
    /// </summary>
    private T[] Scratch<T>(int length)
        where T : unmanaged
    {
        T[] array = UnclearedScratch<T>(length);
        array.AsSpan(0, length).Clear();
        return array;
    }

    /// <summary>
    /// As <see cref="Scratch{T}"/>, but not cleared: it may hold another call's values, so the caller writes every
    /// element it reads (the arrays filled position by position, where clearing them first was wasted work).
    /// </summary>
    private T[] UnclearedScratch<T>(int length)
        where T : unmanaged
    {
        T[] array = ScratchPool<T>.Rent(Math.Max(1, length));
        (_scratch ??= new List<Array>(32)).Add(array);
        return array;
    }

    /// <summary>Gives the per-call arrays back to <see cref="ScratchPool{T}"/>; the recogniser must not be used afterwards.</summary>
    private void ReturnScratch()
    {
        if (!ReferenceEquals(_acceptedList, _candidates))
        {
            ReturnCandidateList(_acceptedList);
        }

        ReturnCandidateList(_candidates);
        _acceptedList = null;
        _oneWordTable?.Return();
        _oneWordTable = null;
        _namedTable?.Return();
        _namedTable = null;
        _modelNames?.Return();
        _modelNames = null;
        if (_scratch is null)
        {
            return;
        }

        foreach (Array array in _scratch)
        {
            // By exact type: the runtime's array casts let a uint[] pass as an int[] (and an int[] as a uint[]),
            // so type patterns would give arrays back to the wrong pool, which then misses on every call.
            Type type = array.GetType();
            if (type == typeof(int[]))
            {
                ScratchPool<int>.Return((int[])array);
            }
            else if (type == typeof(uint[]))
            {
                ScratchPool<uint>.Return((uint[])array);
            }
            else if (type == typeof(ushort[]))
            {
                ScratchPool<ushort>.Return((ushort[])array);
            }
            else if (type == typeof(float[]))
            {
                ScratchPool<float>.Return((float[])array);
            }
            else if (type == typeof(bool[]))
            {
                ScratchPool<bool>.Return((bool[])array);
            }
            else if (type == typeof(byte[]))
            {
                ScratchPool<byte>.Return((byte[])array);
            }
            else if (type == typeof(ulong[]))
            {
                ScratchPool<ulong>.Return((ulong[])array);
            }
        }

        _scratch = null;
    }

    /// <summary>Finds the organisation mentions of a document.</summary>
    public static List<OrganisationMention> Recognize(AnalyzedDocument doc, OrganisationExtractorOptions options, string extractorName, CancellationToken cancellationToken)
    {
        var r = new OrganisationRecognizer(doc, options);
        try
        {
            return r.Run(extractorName, cancellationToken);
        }
        finally
        {
            r.ReturnScratch();
        }
    }

    private ReadOnlySpan<char> Tok(int i) => _text.AsSpan(_tokens[i].Span.Start, _tokens[i].Span.Length);

    private bool TokIs(int i, string s) => i >= 0 && i < _tokens.Count && Tok(i).SequenceEqual(s);

    private bool IsCapWord(int i)
    {
        if (i < 0 || i >= _tokens.Count)
        {
            return false;
        }

        Token t = _tokens[i];
        if (t.Kind != TokenKind.Word)
        {
            return false;
        }

        if (t.Case is TokenCase.Capitalized or TokenCase.Upper)
        {
            // "SET-listed", "US-based": a name with a lower-case hyphenated suffix is an adjective; a bound prefix
            // is no name ("Co-operation", "Anti-corruption" are capitalised words).
            ReadOnlySpan<char> w = Tok(i);
            int dash = w.LastIndexOf('-');
            return dash <= 0 || dash == w.Length - 1 || !char.IsLower(w[dash + 1]) || t.Case == TokenCase.Upper
                || (w.IndexOf('-') == dash && IsOneOf(w[..dash], BoundPrefixes));
        }

        // "iPhone", "eBay": mixed case with an inner capital (not "then-NTU").
        if (t.Case == TokenCase.Other)
        {
            ReadOnlySpan<char> s = Tok(i);
            return s.Length > 1 && char.IsLetter(s[0]) && s[0] != '\'' && s.Slice(1).IndexOfAnyInRange('A', 'Z') >= 0 && s.IndexOf('-') < 0;
        }

        return false;
    }

    private static readonly string[] BoundPrefixes = ["Co", "Anti", "Non", "Inter", "Multi", "Counter", "Pre", "Post", "Re", "Socio", "Trans", "Pan", "Sub"];

    private bool IsUpperWord(int i) => i >= 0 && i < _tokens.Count && _tokens[i].Kind == TokenKind.Word && _tokens[i].Case == TokenCase.Upper;

    private bool Has(int i, ushort flag) => (_flags[i] & flag) != 0;

    private bool Glued(int a, int b) => _tokens[a].Span.End == _tokens[b].Span.Start;

    private bool SameLine(int b) => !_tokens[b].NewlineBefore;

    private bool IsPossessive(int i)
    {
        if (i <= 0 || i >= _tokens.Count)
        {
            return false;
        }

        ReadOnlySpan<char> s = Tok(i);
        if (s.Length == 2 && Tokenizer.IsApostrophe(s[0]) && (s[1] == 's' || s[1] == 'S'))
        {
            return Glued(i - 1, i);
        }

        // "Belarus' Ministry": a lone apostrophe glued to a word ending in s.
        if (s.Length == 1 && Tokenizer.IsApostrophe(s[0]) && Glued(i - 1, i) && _tokens[i - 1].Kind == TokenKind.Word)
        {
            ReadOnlySpan<char> p = Tok(i - 1);
            char last = p[^1];
            return (last == 's' || last == 'S' || last == 'z') && (i + 1 >= _tokens.Count || !Glued(i, i + 1));
        }

        return false;
    }

    private bool IsComplementWord(int i)
    {
        ReadOnlySpan<char> s = Tok(i);
        foreach (string w in ComplementWords)
        {
            if (s.Equals(w, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsOneOfIgnoreCase(ReadOnlySpan<char> s, string[] words)
    {
        foreach (string w in words)
        {
            if (s.Equals(w, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsOneOf(ReadOnlySpan<char> s, string[] words)
    {
        foreach (string w in words)
        {
            if (s.SequenceEqual(w))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the period at <paramref name="i"/> ends its sentence (the next token starts a sentence or a line, or there is none).</summary>
    private bool IsSentenceFinal(int i) => i + 1 >= _tokens.Count || _tokens[i + 1].NewlineBefore || Has(i + 1, FlagInitial) || (IsCapWord(i + 1) && !Glued(i, i + 1));

    private bool IsHyphenOrAmpersand(int i)
    {
        if (_tokens[i].Kind is not (TokenKind.Punctuation or TokenKind.Symbol))
        {
            return false;
        }

        ReadOnlySpan<char> s = Tok(i);
        return s.Length == 1 && (s[0] == '&' || s[0] == '-' || s[0] == '+');
    }

    private List<OrganisationMention> Run(string extractorName, CancellationToken ct)
    {
        var result = new List<OrganisationMention>();
        if (_tokens.Count == 0)
        {
            return result;
        }

        ClassifyLines();
        MarkSentenceStarts();
        MatchLists(ct);
        FindSportsTables();
        FindTeamSportsCues();
        FindClubsBeforePlayerRoles();
        FindSquadLists();
        FindSiteNames();
        FindLowerCaseSiteSources();
        foreach (Sentence sentence in _doc.Sentences)
        {
            ct.ThrowIfCancellationRequested();
            ScanSentence(sentence.FirstToken, sentence.FirstToken + sentence.TokenCount);
        }

        FindSuchAsLists();
        var aliases = new Dictionary<string, (string LongForm, OrganisationType Type)>(StringComparer.Ordinal);
        if (_options.LinkAcronyms)
        {
            ExtendToBracketedShortName();
            FindDefinitions(aliases);
        }

        List<Candidate> accepted = Resolve(_candidates);
        SuppressNonNames(accepted);
        ExtendNationalPrefix(accepted);
        ExtendAcronymQualifier(accepted);
        BlockNamedThings();
        BlockAcronymsUsedAsWords(accepted);
        BlockAcronymsBeforeThingNouns(accepted);
        if (_blockedAcronyms.Count > 0)
        {
            accepted.RemoveAll(c => c.Source == CandidateSource.UnknownAcronym && _blockedAcronyms.Contains(Tok(c.First).ToString()));
        }

        if (_redefinedAcronyms is not null)
        {
            accepted.RemoveAll(c => c.Source == CandidateSource.Gazetteer && c.Length == 1 && IsUpperWord(c.First) && _redefinedAcronyms.Contains(Tok(c.First).ToString()));
        }
        TrimTrailingPersonNames(accepted);
        if (_options.PropagateNames)
        {
            Propagate(accepted);

        }

        IncludeFactionLetter(accepted);
        FindPrefixedAcronyms(accepted);
        SplitHyphenatedNamePairs(accepted);
        accepted = ApplyModel(accepted, ct);
        if (_blockedAcronyms.Count > 0)
        {
            // "Mariel Special Development Zone (ZEDM)": an acronym the article defines as a thing stays out, even when the tagger votes for it.
            accepted.RemoveAll(c => c.Source == CandidateSource.Model && c.Length == 1 && IsUpperWord(c.First) && _blockedAcronyms.Contains(Tok(c.First).ToString()));
        }

        TrimTrailingPersonNames(accepted);
        DropMidWordStarts(accepted);
        DropKickerWords(accepted);
        DropWorksAndProducts(accepted);
        DropRacesDatelinesAndHandles(accepted);
        SplitRepeatedNames(accepted);
        DropTickersAndCaptionLabels(accepted);
        DropHospitalNamePrefixes(accepted);
        TrimHyphenAdjectives(accepted);
        IncludeTeamNumber(accepted);
        IncludeCampus(accepted);
        IncludeBrothersPrefix(accepted);
        IncludeMediaArticle(accepted);
        IncludePartyArticle(accepted);
        IncludeSignatureName(accepted);
        TrimDemonymBeforePartyAcronym(accepted);
        AddSecondCreditAgency(accepted);
        BuildMentions(accepted, aliases, extractorName, result);
        return result;
    }

    // ---- Line and token classification -------------------------------------------------------

    private void ClassifyLines()
    {
        int ti = 0;
        foreach (TextSpan line in _doc.Lines)
        {
            while (ti < _tokens.Count && _tokens[ti].Span.Start < line.Start)
            {
                ti++;
            }

            int first = ti;
            int words = 0, caps = 0, upper = 0, lowerContent = 0;
            while (ti < _tokens.Count && _tokens[ti].Span.Start < line.End)
            {
                Token t = _tokens[ti];
                if (t.Kind == TokenKind.Word && !IsPossessive(ti))
                {
                    words++;
                    if (t.Case == TokenCase.Upper)
                    {
                        upper++;
                        caps++;
                    }
                    else if (IsCapWord(ti))
                    {
                        caps++;
                    }
                    else if (t.Case == TokenCase.Lower && lowerContent == 0 && !IsFunctionWord(Tok(ti)))
                    {
                        lowerContent++;
                    }
                }

                ti++;
            }

            ushort flag = 0;
            if (words >= 2 && upper * 10 >= words * 6)
            {
                flag = FlagUpperLine;
            }
            else if (words >= 2 && lowerContent == 0 && caps >= 2)
            {
                flag = FlagTitleLine;
            }

            if (flag != 0)
            {
                for (int k = first; k < ti; k++)
                {
                    _flags[k] |= flag;
                }
            }
        }
    }

    private static bool IsFunctionWord(ReadOnlySpan<char> s) => s.Length <= 4 && (
        s.SequenceEqual("a") || s.SequenceEqual("an") || s.SequenceEqual("the") || s.SequenceEqual("of") || s.SequenceEqual("in")
        || s.SequenceEqual("on") || s.SequenceEqual("at") || s.SequenceEqual("to") || s.SequenceEqual("for") || s.SequenceEqual("and")
        || s.SequenceEqual("or") || s.SequenceEqual("but") || s.SequenceEqual("with") || s.SequenceEqual("by") || s.SequenceEqual("from")
        || s.SequenceEqual("as") || s.SequenceEqual("vs") || s.SequenceEqual("is") || s.SequenceEqual("are") || s.SequenceEqual("de"));

    private void MarkSentenceStarts()
    {
        foreach (Sentence s in _doc.Sentences)
        {
            int end = s.FirstToken + s.TokenCount;
            for (int i = s.FirstToken; i < end; i++)
            {
                if (_tokens[i].Kind is TokenKind.Word or TokenKind.Number)
                {
                    _flags[i] |= FlagInitial;
                    break;
                }
            }
        }

        for (int i = 0; i < _tokens.Count; i++)
        {
            if (_tokens[i].NewlineBefore || i == 0)
            {
                int k = i;
                while (k < _tokens.Count && k < i + 3 && _tokens[k].Kind is TokenKind.Punctuation or TokenKind.Symbol)
                {
                    k++;
                }

                if (k < _tokens.Count)
                {
                    _flags[k] |= FlagInitial;
                }
            }
        }
    }

    private void MatchLists(CancellationToken ct)
    {
        int n = _tokens.Count;
        for (int i = 0; i < n; i++)
        {
            if ((i & 0x3FFF) == 0)
            {
                ct.ThrowIfCancellationRequested();
            }

            Token t = _tokens[i];
            if (t.Kind != TokenKind.Word || !char.IsUpper(_text[t.Span.Start]))
            {
                if (t.Kind == TokenKind.Word && IsCapWord(i))
                {
                    // mixed-case like "eBay": gazetteer only
                }
                else if (t.Kind != TokenKind.Number)
                {
                    // "(Jane Doe/flydubai handout)": a name the gazetteer writes wholly in lower case.
                    if (t.Kind == TokenKind.Word && t.Case == TokenCase.Lower && t.Span.Length >= 3 && _lex.MayBeLowerCaseName(Tok(i))
                        && _lex.LowerCaseNames.TryGetToken(Tok(i), out GazetteerEntry? lower) && lower is not null)
                    {
                        Add(i, i + 1, 0.9, lower.Type, CandidateSource.Gazetteer, lower);
                        _flags[i] |= FlagGazetteer;
                    }

                    continue;
                }
            }

            bool upperLine = Has(i, FlagUpperLine);
            ulong h0 = NameKey.Add(NameKey.Seed, Tok(i), foldCase: false);
            int len = _lex.Organisations.LongestAt(_text, _tokens, i, n, h0, out GazetteerEntry? entry);
            // "the Amazon": a one-word name that is also a place, after "the", is the place; so after "the" and a
            // nationality ("the Peruvian Amazon").
            if (len == 1 && i > 0 && (IsDefiniteArticle(i - 1) || (i > 1 && Has(i - 1, FlagDemonym) && SameLine(i - 1) && IsDefiniteArticle(i - 2)))
                && _lex.Places.TryGetHash(h0, out _))
            {
                len = 0;
            }

            // "the Commonwealth of Kentucky": a one-word public body's name before "of" and a state or province is the first
            // word of that place's formal name ("Rosenborg of Norway", a club and its country, stays).
            if (len == 1 && entry is { IsAcronym: false, Type: OrganisationType.Intergovernmental or OrganisationType.Government } && i + 2 < n
                && TokIs(i + 1, "of") && SameLine(i + 2) && _lex.Places.LongestAt(_text, _tokens, i + 2, n, out _) > 0)
            {
                len = 0;
            }

            // "The Australian Nuclear Safety Agency": a paper named "The" and a nationality ("The Australian") before another
            // capitalised word on its line is the article and the nationality of a longer name.
            if (len == 2 && entry is not null && i + 2 < n && TokIs(i, "The") && SameLine(i + 2) && IsCapWord(i + 2)
                && _lex.Demonyms.TryGetToken(Tok(i + 1), out _))
            {
                len = 0;
            }

            // "Admiral Roy T. Tesla": a one-word name after a given name and a middle initial is the surname; "Chief Oracle
            // Whitehorse": one between a title and another capitalised word is a given name.
            if (len == 1 && entry is not null && !entry.IsAcronym && (IsAfterMiddleInitial(i) || IsGivenNameAfterTitle(i)))
            {
                len = 0;
            }

            if (len > 0 && entry is not null && !(upperLine && entry.IsAcronym && !(entry.Type == OrganisationType.Media && IsAgencyCreditLine(i))))
            {
                // A one-word entry that is sentence-initial and followed by a lower-case word is still kept;
                // one inside an all-caps line is left to propagation.
                if (!(upperLine && len == 1 && _tokens[i].Case == TokenCase.Upper && !entry.IsAcronym))
                {
                    Add(i, i + len, 0.95, entry.Type, CandidateSource.Gazetteer, entry);
                    for (int k = i; k < i + len; k++)
                    {
                        _flags[k] |= FlagGazetteer;
                    }
                }
            }

            int cl = _lex.Countries.LongestAt(_text, _tokens, i, n, h0, out _);
            for (int k = i; k < i + cl; k++)
            {
                _flags[k] |= FlagCountry;
            }

            int pl = _lex.Places.LongestAt(_text, _tokens, i, n, h0, out _);
            if (pl > 1)
            {
                for (int k = i + 1; k < i + pl; k++)
                {
                    _insideLongPlace[k] = Math.Max(_insideLongPlace[k], i + pl);
                }
            }

            if (pl > 0)
            {
                _placeLen[i] = pl;
                for (int k = i; k < i + pl; k++)
                {
                    _flags[k] |= FlagPlace;
                }
            }

            int dl = _lex.Demonyms.LongestAt(_text, _tokens, i, n, h0, out _);
            for (int k = i; k < i + dl; k++)
            {
                _flags[k] |= FlagDemonym;
            }

            bool upper = _tokens[i].Case == TokenCase.Upper;
            if (_lex.NonOrganisationWords.TryGetHash(h0, out _) || (upper && _lex.NonOrganisationWordsFolded.TryGetToken(Tok(i), out _) && !_lex.Organisations.TryGetHash(h0, out _)))
            {
                // A menu label ("Home", "Live") is a name word inside a sentence: "Ministry of Home Affairs".
                if (!(_tokens[i].Case == TokenCase.Capitalized && _lex.PageFurniture.TryGetHash(h0, out _) && IsInsideSentenceText(i)))
                {
                    _flags[i] |= FlagNonOrg;
                }
            }

            // "Image copyright Kestrel Daily Image caption …" (a photo credit on a scraped page): the label word ends the credit's name.
            if (i > 0 && i + 1 < n && TokIs(i, "Image") && TokIs(i + 1, "caption") && SameLine(i + 1) && SameLine(i) && _tokens[i - 1].Kind == TokenKind.Word)
            {
                _flags[i] |= FlagNonOrg;
            }

            if (_lex.Titles.TryGetHash(h0, out _) || IsHyphenatedTitle(i))
            {
                _flags[i] |= FlagTitle;
            }

            if (len == 0 && _tokens[i].Case == TokenCase.Capitalized && !upperLine && _tokens[i].Span.Length >= 4
                && _lex.AcronymsFolded.TryGetToken(Tok(i), out GazetteerEntry? folded) && folded is not null)
            {
                // "Nato", "Concacaf": a well-known acronym written as a word.
                Add(i, i + 1, 0.9, folded.Type, CandidateSource.Gazetteer, folded);
                _flags[i] |= FlagGazetteer;
            }

            if (len == 0)
            {
                MatchHyphenated(i);
            }

            if (_lex.FirstNames.TryGetHash(h0, out _) || (upper && _lex.FirstNamesFolded.TryGetToken(Tok(i), out _)))
            {
                _flags[i] |= FlagFirstName;
            }

            if (upper && pl == 0 && _tokens[i].Span.Length > 3 && _lex.PlacesFolded.LongestAt(_text, _tokens, i, i + 1, out _) == 1)
            {
                _flags[i] |= FlagPlace;
            }
        }
    }

    private bool IsDefiniteArticle(int i) => TokIs(i, "the") || TokIs(i, "The");

    /// <summary>
    /// Whether the capitalised word at <paramref name="i"/> stands between a capitalised personal title and another
    /// capitalised word on its line ("Grand Chief |Oracle Whitehorse"): a given name before a surname.
    /// </summary>
    private bool IsGivenNameAfterTitle(int i) =>
        i >= 1 && i + 1 < _tokens.Count && Has(i - 1, FlagTitle) && _tokens[i - 1].Case == TokenCase.Capitalized && SameLine(i) && SameLine(i + 1)
        && _tokens[i].Case == TokenCase.Capitalized && _tokens[i + 1].Kind == TokenKind.Word && _tokens[i + 1].Case == TokenCase.Capitalized
        && !Glued(i, i + 1) && !_lex.Heads.TryGetToken(Tok(i + 1), out _);

    /// <summary>
    /// Whether token <paramref name="i"/> follows a capitalised word and a middle initial on its line ("Gerald R. |Ford"):
    /// a person's surname. An initial after another initial ("J. P. Morgan") or after punctuation does not count.
    /// </summary>
    private bool IsAfterMiddleInitial(int i) =>
        i >= 3 && TokIs(i - 1, ".") && Glued(i - 2, i - 1) && SameLine(i - 1) && SameLine(i - 2) && SameLine(i)
        && _tokens[i - 2].Kind == TokenKind.Word && _tokens[i - 2].Span.Length == 1 && char.IsUpper(_text[_tokens[i - 2].Span.Start])
        && _tokens[i - 3].Kind == TokenKind.Word && _tokens[i - 3].Case == TokenCase.Capitalized && _tokens[i - 3].Span.Length >= 2 && !Glued(i - 3, i - 2);

    /// <summary>
    /// Whether token <paramref name="i"/> stands inside running text: a word precedes it on the same
    /// line, and the line is neither title-case nor all-caps (where menu labels are).
    /// </summary>
    private bool IsInsideSentenceText(int i) =>
        i > 0 && SameLine(i) && _tokens[i - 1].Kind == TokenKind.Word && !Has(i, FlagTitleLine) && !Has(i, FlagUpperLine) && !Has(i, FlagInitial);

    /// <summary>
    /// "AFP - AP", "AFP/AP" on a line of their own (the agencies credited at an article's end): a short line made only of
    /// all-caps agency acronyms from the gazetteer and separators ("-", "/", ",", "&amp;", "and") is a credit, not a shouted
    /// heading. Read only for a media acronym on an all-caps line; at most eight tokens each way.
    /// </summary>
    private bool IsAgencyCreditLine(int i)
    {
        int first = i;
        while (first > 0 && !_tokens[first].NewlineBefore && i - first < 8)
        {
            first--;
        }

        if (!_tokens[first].NewlineBefore && first > 0)
        {
            return false;
        }

        int agencies = 0;
        int k = first;
        for (; k < _tokens.Count && (k == first || !_tokens[k].NewlineBefore); k++)
        {
            if (k - first >= 8)
            {
                return false;
            }

            ReadOnlySpan<char> t = Tok(k);
            if (_tokens[k].Kind == TokenKind.Punctuation && (t.SequenceEqual("-") || t.SequenceEqual("\u2013") || t.SequenceEqual("\u2014") || t.SequenceEqual("/")
                || t.SequenceEqual(",") || t.SequenceEqual("&")))
            {
                continue;
            }

            if (t.SequenceEqual("and"))
            {
                continue;
            }

            if (!IsUpperWord(k) || _lex.Organisations.LongestAt(_text, _tokens, k, k + 1, out GazetteerEntry? e) != 1 || e is null
                || e.Type != OrganisationType.Media || !e.IsAcronym)
            {
                return false;
            }

            agencies++;
        }

        return agencies >= 2;
    }

    /// <summary>
    /// "NATO-led", "Bharatiya Janata Party-led": a known name ending in a word with a lower-case hyphenated suffix. Also a
    /// known name of two words or more whose last word a scraper glued to the next capitalised word ("the Lakeside
    /// HeraldMaria Lund said"): the name ends where the second capital starts.
    /// </summary>
    private void MatchHyphenated(int j)
    {
        ReadOnlySpan<char> w = Tok(j);
        int dash = w.LastIndexOf('-');
        if (dash < 0 && j > 0 && SameLine(j) && !Glued(j - 1, j))
        {
            MatchGluedName(j, w);
            return;
        }

        if (dash <= 0 || dash == w.Length - 1 || !char.IsLower(w[dash + 1]) || !char.IsUpper(w[0]))
        {
            return;
        }

        for (int k = dash + 1; k < w.Length; k++)
        {
            if (!char.IsLower(w[k]))
            {
                return;
            }
        }

        ReadOnlySpan<char> prefix = w[..dash];
        if (prefix.Length >= 4 && IsLowerTail(prefix) && !Has(j, FlagUpperLine)
            && _lex.AcronymsFolded.TryGetToken(prefix, out GazetteerEntry? folded) && folded is not null)
        {
            // "Nato-backed", "Opec-led": a well-known acronym written as a word, before a hyphenated suffix.
            _candidates.Add(new Candidate { First = j, End = j + 1, Confidence = 0.9, Type = folded.Type, Source = CandidateSource.Gazetteer, Entry = folded, EndChar = _tokens[j].Span.Start + dash });
            return;
        }

        MatchNamesEndingIn(j, prefix, from: j);
    }

    /// <summary>The glued case of <see cref="MatchHyphenated"/>: <paramref name="w"/> is two capitalised words written together.</summary>
    private void MatchGluedName(int j, ReadOnlySpan<char> w)
    {
        int split = -1;
        for (int k = 1; k < w.Length; k++)
        {
            if (char.IsUpper(w[k]))
            {
                if (split >= 0 || !char.IsLower(w[k - 1]))
                {
                    return;
                }

                split = k;
            }
            else if (!char.IsLower(w[k]))
            {
                return;
            }
        }

        if (split < 2 || w.Length - split < 2)
        {
            return;
        }

        MatchNamesEndingIn(j, w[..split], from: j - 1);
    }

    /// <summary>
    /// The gazetteer names that end in <paramref name="prefix"/>, the first part of token <paramref name="j"/>: the prefix
    /// after zero to five words of its line, the first of them at most at <paramref name="from"/> (j: the prefix alone
    /// may be the name; j - 1: at least one word before it). Each is a candidate that ends where the prefix ends.
    /// </summary>
    private void MatchNamesEndingIn(int j, ReadOnlySpan<char> prefix, int from)
    {
        int endChar = _tokens[j].Span.Start + prefix.Length;
        for (int i = from; i >= 0 && i > j - 6; i--)
        {
            if (i < j && _tokens[i + 1].NewlineBefore)
            {
                break;
            }

            ulong h = NameKey.Seed;
            for (int k = i; k < j; k++)
            {
                h = NameKey.Add(h, Tok(k), foldCase: false);
            }

            h = NameKey.Add(h, prefix, foldCase: false);
            if (_lex.Organisations.TryGetHash(h, out GazetteerEntry? entry) && entry is not null)
            {
                _candidates.Add(new Candidate { First = i, End = j + 1, Confidence = 0.9, Type = entry.Type, Source = CandidateSource.Gazetteer, Entry = entry, EndChar = endChar });
            }
        }
    }

    /// <summary>Whether <paramref name="w"/> is a capitalised word: an upper-case letter, then lower-case letters only.</summary>
    private static bool IsLowerTail(ReadOnlySpan<char> w)
    {
        if (w.Length < 2 || !char.IsUpper(w[0]))
        {
            return false;
        }

        for (int k = 1; k < w.Length; k++)
        {
            if (!char.IsLower(w[k]))
            {
                return false;
            }
        }

        return true;
    }

    private int EndOf(Candidate c) => c.EndChar > 0 ? c.EndChar : _tokens[c.End - 1].Span.End;

    private void Add(int first, int end, double confidence, OrganisationType type, CandidateSource source, GazetteerEntry? entry = null)
    {
        _candidates.Add(new Candidate { First = first, End = end, Confidence = confidence, Type = type, Source = source, Entry = entry });
    }

    // ---- Lower-case web addresses named as a source ------------------------------------------

    /// <summary>
    /// "according to skyfacts.com", "told newsbeat.org": a lower-case host name ending in ".com", ".net" or ".org" that a text
    /// cites as its source ("according to", "told") or that reports ("skyfacts.com reported") is a media outlet; the
    /// suffix joins the span when the mention is built. One pass over the tokens.
    /// </summary>
    private void FindLowerCaseSiteSources()
    {
        int n = _tokens.Count;
        for (int k = 0; k + 2 < n; k++)
        {
            // The character after the word first: a glued "." is rare.
            int dot = _tokens[k].Span.End;
            if (dot >= _text.Length || _text[dot] != '.' || _tokens[k].Kind != TokenKind.Word || _tokens[k].Case != TokenCase.Lower || Tok(k).Length < 3
                || !TokIs(k + 1, ".") || !Glued(k, k + 1) || !Glued(k + 1, k + 2) || DomainSuffixLength(_tokens[k].Span.End) == 0)
            {
                continue;
            }

            bool cited = k >= 2 && SameLine(k) && SameLine(k - 1)
                && ((TokIs(k - 1, "to") && (TokIs(k - 2, "according") || TokIs(k - 2, "According"))) || TokIs(k - 1, "told"));
            int after = k + 3;
            bool reports = after < n && SameLine(after) && (TokIs(after, "reported") || TokIs(after, "reports"));
            if (cited || reports)
            {
                Add(k, k + 1, 0.75, OrganisationType.Media, CandidateSource.Cue);
            }
        }
    }

    // ---- Outlet names that spell the article's web address ------------------------------------

    private const int MaxSiteLabels = 8;

    /// <summary>
    /// "TODAY NICARAGUA – ..." on a page from todaynicaragua.com, "afrol News, 27 January" on a page from afrol.com: an
    /// all-caps run of two to five words whose letters spell the host name of a web address in the article, or a word equal
    /// to that host name before a media head word ("News", "TV"), is the outlet. Linear: one scan for addresses (at most
    /// <see cref="MaxSiteLabels"/> host names kept), one over the tokens.
    /// </summary>
    private void FindSiteNames()
    {
        List<string>? labels = null;
        int from = 0;
        int k = -2, w = -2; // the next "://" and "www." at or after from (-1: none left); each found once, so the scan is linear
        while (from < _text.Length)
        {
            if (k != -1 && k < from)
            {
                k = _text.IndexOf("://", from, StringComparison.Ordinal);
            }

            if (w != -1 && w < from)
            {
                w = _text.IndexOf("www.", from, StringComparison.OrdinalIgnoreCase);
            }

            if (k < 0 && w < 0)
            {
                break;
            }

            int start = k < 0 ? w : w < 0 ? k + 3 : Math.Min(k + 3, w);
            if (start == w || (start + 4 <= _text.Length && _text.AsSpan(start, Math.Min(4, _text.Length - start)).Equals("www.", StringComparison.OrdinalIgnoreCase)))
            {
                start += 4;
            }

            int end = start;
            while (end < _text.Length && end - start <= 40 && (char.IsAsciiLetterOrDigit(_text[end]) || _text[end] == '-'))
            {
                end++;
            }

            if (end - start >= 4 && end - start <= 40 && end < _text.Length && _text[end] == '.')
            {
                labels ??= new List<string>(2);
                string label = _text.Substring(start, end - start).ToLowerInvariant();
                if (!labels.Contains(label) && labels.Count < MaxSiteLabels)
                {
                    labels.Add(label);
                }
            }

            from = Math.Max(end, start) + 1;
        }

        if (labels is null)
        {
            return;
        }

        Span<char> squashed = stackalloc char[48];
        for (int i = 0; i < _tokens.Count; i++)
        {
            if (_tokens[i].Kind != TokenKind.Word)
            {
                continue;
            }

            // "afrol News": the host name as a word before a media head.
            if (i + 1 < _tokens.Count && SameLine(i + 1) && !Glued(i, i + 1) && _tokens[i + 1].Case == TokenCase.Capitalized
                && _lex.Heads.TryGetToken(Tok(i + 1), out HeadWord media) && media.Type == OrganisationType.Media && (media.Kind & HeadKind.Suffix) != 0
                && (i == 0 || !SameLine(i) || !IsCapWord(i - 1)))
            {
                foreach (string label in labels)
                {
                    if (Tok(i).Equals(label, StringComparison.OrdinalIgnoreCase))
                    {
                        Add(i, i + 2, 0.75, OrganisationType.Media, CandidateSource.Cue);
                        break;
                    }
                }
            }

            // "TODAY NICARAGUA": an all-caps run spelling the host name.
            if (!IsUpperWord(i) || (i > 0 && SameLine(i) && IsUpperWord(i - 1)))
            {
                continue;
            }

            int j = i;
            int len = 0;
            bool fits = true;
            while (j < _tokens.Count && j - i < 6 && IsUpperWord(j) && (j == i || SameLine(j)))
            {
                foreach (char ch in Tok(j))
                {
                    if (char.IsLetterOrDigit(ch))
                    {
                        if (len == squashed.Length)
                        {
                            fits = false;
                            break;
                        }

                        squashed[len++] = char.ToLowerInvariant(ch);
                    }
                }

                j++;
            }

            if (!fits || j - i < 2 || j - i > 5)
            {
                continue;
            }

            foreach (string label in labels)
            {
                if (squashed[..len].SequenceEqual(label))
                {
                    Add(i, j, 0.75, OrganisationType.Media, CandidateSource.Cue);
                    break;
                }
            }
        }
    }

    // ---- Sports results ---------------------------------------------------------------------

    /// <summary>
    /// Result and standings lines of agency sports copy name clubs, usually after their city:
    /// "Plymouth 4 Exeter 1", "Feyenoord 17 11 3 3 29 20 36". Their names (not countries: national
    /// teams are written as the country) are organisations.
    /// </summary>
    private void FindSportsTables()
    {
        int ti = 0;
        foreach (TextSpan line in _doc.Lines)
        {
            while (ti < _tokens.Count && _tokens[ti].Span.Start < line.Start)
            {
                ti++;
            }

            int first = ti;
            int end = ti;
            while (end < _tokens.Count && _tokens[end].Span.Start < line.End)
            {
                end++;
            }

            ti = end;
            FindSignOffDesk(first, end);
            if (end - first < 3 || !(IsCapWord(first) || IsNumberInClubName(first, first)))
            {
                continue;
            }

            FindDatelineAgency(first, end);
            if (FindFixtureLine(first, end) || FindScorerResultLine(first, end))
            {
                continue;
            }

            int r1 = TeamNameEnd(first, end);
            if (r1 > first && r1 < end && !IsSmallNumber(r1))
            {
                FindSportsLinesWithCountryOrNumber(first, end, r1);
                continue;
            }

            if (r1 == first || r1 >= end)
            {
                continue;
            }

            // "Team 2 Team 1"
            int r2Start = r1 + 1;
            int r2 = r2Start < end && (IsCapWord(r2Start) || IsNumberInClubName(r2Start, r2Start)) ? TeamNameEnd(r2Start, end) : r2Start;
            if (r2 > r2Start && r2 + 1 == end && IsSmallNumber(r2))
            {
                AddTeam(first, r1);
                AddTeam(r2Start, r2);
                continue;
            }

            // "Team 17 11 3 3 29 20 36"
            int k = r1;
            while (k < end && _tokens[k].Kind == TokenKind.Number)
            {
                k++;
            }

            if (k == end && end - r1 >= 5)
            {
                AddTeam(first, r1);
                continue;
            }

            // "MIAMI 14 4 .778 -", "LA CLIPPERS 7 11 .389 7": won, lost, percentage, games behind.
            int numbers = 0;
            k = r1;
            while (k < end && (_tokens[k].Kind == TokenKind.Number || TokIs(k, ".") || TokIs(k, "-") || TokIs(k, "/")))
            {
                if (_tokens[k].Kind == TokenKind.Number)
                {
                    numbers++;
                }

                k++;
            }

            if (k == end && numbers >= 3 && _tokens[r1].Kind == TokenKind.Number && HasDecimalFraction(r1, end))
            {
                AddTeam(first, r1);
            }
        }
    }

    /// <summary>
    /// "ANAHEIM AT BUFFALO", "NY JETS AT NEW ENGLAND": a fixture line of agency sports copy names the
    /// visiting club first; the name after "AT" is the venue (a place), so it is left out.
    /// </summary>
    private bool FindFixtureLine(int first, int end)
    {
        int at = -1;
        for (int k = first; k < end; k++)
        {
            if (TokIs(k, "AT"))
            {
                if (at >= 0)
                {
                    return false;
                }

                at = k;
            }
            else if (!IsUpperWord(k) && !TokIs(k, ".") && !TokIs(k, "-"))
            {
                return false;
            }
        }

        if (at <= first || at >= end - 1 || at - first > 4 || end - at - 1 > 4)
        {
            return false;
        }

        AddTeam(first, at);
        return true;
    }

    /// <summary>
    /// "Lens 0 Nantes 4 ( Japhet N'Doram 7 , ... ) .", "Charleroi ( Belgium ) 75 Estudiantes Madrid ( Spain ) 82 ( 34-35 )":
    /// a result line whose scores are followed by the scorers (or led by the club's country) names two clubs.
    /// </summary>
    private bool FindScorerResultLine(int first, int end)
    {
        int r1 = TeamNameEnd(first, end);
        if (r1 == first)
        {
            return false;
        }

        int k = SkipCountryInBrackets(r1, end);
        if (k >= end || !IsSmallNumber(k))
        {
            return false;
        }

        bool country1 = k > r1;
        k++;
        bool scorers = k < end && TokIs(k, "(");
        k = SkipBrackets(k, end);
        if (k >= end || !(IsCapWord(k) || IsNumberInClubName(k, k)) || k + 1 >= end)
        {
            return false;
        }

        int s2 = k;
        int r2 = TeamNameEnd(s2, end);
        k = SkipCountryInBrackets(r2, end);
        bool country2 = k > r2;
        if (r2 == s2 || k >= end || !IsSmallNumber(k) || (country1 != country2))
        {
            return false;
        }

        k++;
        bool bracket = k < end && TokIs(k, "(");
        k = SkipBrackets(k, end);
        if (k < end && TokIs(k, "."))
        {
            k++;
        }

        if (k != end || !(scorers || country1 || bracket))
        {
            return false;
        }

        AddTeam(first, r1);
        AddTeam(s2, r2);
        return true;
    }

    private int SkipCountryInBrackets(int k, int end)
    {
        if (k + 2 < end && TokIs(k, "(") && Has(k + 1, FlagCountry))
        {
            int c = k + 1 + Math.Max(1, _placeLen[k + 1]);
            if (c < end && TokIs(c, ")"))
            {
                return c + 1;
            }
        }

        return k;
    }

    /// <summary>Skips a bracketed stretch of at most 40 tokens on the line ("( Bode 85th )").</summary>
    private int SkipBrackets(int k, int end)
    {
        if (k >= end || !TokIs(k, "("))
        {
            return k;
        }

        for (int c = k + 1; c < end && c - k <= 40; c++)
        {
            if (TokIs(c, ")"))
            {
                return c + 1;
            }

            if (TokIs(c, "("))
            {
                return end;
            }
        }

        return end;
    }

    private static readonly string[] RoleAdjectives = ["central", "veteran", "star", "reserve", "first-choice", "young", "injured", "regular", "attacking", "defensive", "deputy", "assistant", "head", "former", "new"];

    private static readonly string[] TeamSportHeadings = ["SOCCER", "RUGBY", "BASKETBALL", "BASEBALL", "NFL", "NBA", "NHL", "NCAA", "HOCKEY", "ICE", "FOOTBALL", "HANDBALL", "VOLLEYBALL"];
    private static readonly string[] TeamCueBefore = ["against", "v", "vs", "beat", "beating", "defeated", "entertain", "host", "hosts", "face", "faces", "play", "playing"];
    private static readonly string[] TeamCueAfter = ["beat", "drew", "defeated", "rallied", "clinched", "fined", "v", "vs"];

    /// <summary>
    /// Agency copy about a team sport ("SOCCER - ...", "NFL AMERICAN FOOTBALL-...") names clubs by their
    /// city: "against Liverpool", "Leeds had already fined Bowyer", "then entertain Arizona". Such a
    /// run (not a country: national teams are written as the country) after or before a match word is a club.
    /// </summary>
    private void FindTeamSportsCues()
    {
        if (_tokens.Count < 4 || !IsUpperWord(0) || !IsOneOf(Tok(0), TeamSportHeadings))
        {
            return;
        }

        int n = _tokens.Count;
        for (int i = 1; i < n; i++)
        {
            bool bracketed = i >= 2 && SameLine(i) && TokIs(i - 1, "(") && SameLine(i - 1) && IsCapWord(i - 2) && !Has(i, FlagUpperLine);
            if (!IsCapWord(i) || IsCapWord(i - 1) && SameLine(i) || Has(i, FlagUpperLine) || (Has(i, FlagTitleLine) && !bracketed))
            {
                continue;
            }

            int end = i;
            while (end < n && end - i < 3 && IsCapWord(end) && (end == i || SameLine(end)))
            {
                end++;
            }

            if (end < n && IsCapWord(end) && SameLine(end))
            {
                continue;
            }

            bool cue = i > 0 && SameLine(i) && _tokens[i - 1].Case == TokenCase.Lower && IsOneOf(Tok(i - 1), TeamCueBefore);

            // "between Ajax and Groningen": a run after "and" following a known club.
            if (!cue && i >= 2 && SameLine(i) && SameLine(i - 1) && TokIs(i - 1, "and") && IsCapWord(i - 2) && Has(i - 2, FlagGazetteer) && !Has(i - 2, FlagCountry)
                && (end == i + 1 || Has(end - 1, FlagPlace)) && !IsPossessive(end))
            {
                cue = true;
            }

            // Squad lists: "Luis Alves ( Boavista )", "Tomas Ruiz ( Valencia , Spain )" name the player's club.
            if (!cue && bracketed && end < n && SameLine(end)
                && (TokIs(end, ")") || (TokIs(end, ",") && end + 1 < n && Has(end + 1, FlagCountry) && end + 1 + Math.Max(1, _placeLen[end + 1]) < n && TokIs(end + 1 + Math.Max(1, _placeLen[end + 1]), ")"))))
            {
                cue = true;
            }
            if (!cue && end < n && SameLine(end))
            {
                int v = end;
                if (TokIs(v, "had") || TokIs(v, "have") || TokIs(v, "has"))
                {
                    v++;
                }
                else if (v + 3 < n && TokIs(v, "(") && IsSmallNumber(v + 1) && TokIs(v + 2, ")"))
                {
                    // "Bologna ( 4 ) v Piacenza ( 13 ) 1330": a fixture with league positions.
                    v += 3;
                }

                cue = v < n && IsOneOf(Tok(v), TeamCueAfter);

                // "Lazio captain Diego Fuser", "Ajax central defender Frank de Boer": a club before a player's role.
                if (!cue && v + 1 < n && SameLine(v + 1) && !Has(i, FlagInitial))
                {
                    int role = _tokens[v].Case == TokenCase.Lower && IsOneOf(Tok(v), RoleAdjectives) ? v + 1 : v;
                    cue = role + 1 < n && SameLine(role + 1) && _tokens[role].Case == TokenCase.Lower && IsOneOf(Tok(role), SportsRoles) && _tokens[role + 1].Case == TokenCase.Capitalized;
                }
            }

            if (!cue)
            {
                continue;
            }

            bool person = false;
            for (int k = i; k < end; k++)
            {
                if ((_flags[k] & (FlagFirstName | FlagTitle | FlagNonOrg | FlagDemonym)) != 0)
                {
                    person = true;
                }
            }

            // "Brekke beat two defenders", "Ailsa drew a foul": a word the report introduces as a player ("striker
            // Tomas Brekke") or with a title ("Mr Ailsa") is a person, whatever match word follows.
            if (!person)
            {
                person = IsPlayerName(i, end);
            }

            if (!person)
            {
                AddTeam(i, end);
            }
        }
    }

    /// <summary>
    /// Capitalised words a sports report uses as people: the name after a player's role ("striker Tomas Brekke",
    /// "Keeper Pavel Drozd", up to "of") or after a personal title ("Mr Brekke"). Known names, places and nationalities
    /// are left out. (A word before "said" is not used: clubs and companies speak too, "Boeing said".)
    /// </summary>
    private bool IsPlayerName(int first, int end)
    {
        _players ??= CollectPlayerWords();
        for (int k = first; k < end && _players.Count > 0; k++)
        {
            if (_players.Contains(Tok(k).ToString()))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The words <see cref="IsPlayerName"/> knows as people, collected once per article.</summary>
    private HashSet<string> CollectPlayerWords()
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        const ushort Known = FlagGazetteer | FlagPlace | FlagCountry | FlagDemonym | FlagNonOrg | FlagTitle;
        int n = _tokens.Count;
        for (int k = 0; k + 1 < n; k++)
        {
            // A capitalised role only where a sentence opens ("Striker Tomas Brekke scored"), not a name word ("Lock Haven").
            bool opens = k == 0 || !SameLine(k) || TokIs(k - 1, ".");
            bool role = _tokens[k].Kind == TokenKind.Word && (_tokens[k].Case == TokenCase.Lower || (_tokens[k].Case == TokenCase.Capitalized && opens)) && IsOneOfIgnoreCase(Tok(k), SportsRoles);
            bool title = Has(k, FlagTitle) && _tokens[k].Case == TokenCase.Capitalized;
            if ((role || title) && SameLine(k + 1))
            {
                for (int m = k + 1; m < n && m <= k + 3 && SameLine(m) && IsCapWord(m) && !_lex.Heads.TryGetToken(Tok(m), out _); m++)
                {
                    if ((_flags[m] & Known) == 0)
                    {
                        set.Add(Tok(m).ToString());
                    }
                }
            }
        }

        return set;
    }

    /// <summary>Whether a standings line has a percentage written as ".778".</summary>
    private bool HasDecimalFraction(int from, int end)
    {
        for (int k = from; k + 1 < end; k++)
        {
            if (TokIs(k, ".") && Glued(k, k + 1) && _tokens[k + 1].Kind == TokenKind.Number && !Glued(k - 1, k))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"Stefanel Milan ( Italy ) 9 6 3 15" (standings with the club's country), "Barbarians - 15 - Tim Stimpson" (line-ups).</summary>
    private void FindSportsLinesWithCountryOrNumber(int first, int end, int r1)
    {
        if (r1 >= end)
        {
            return;
        }

        int k = r1;
        if (TokIs(k, "(") && k + 1 < end && Has(k + 1, FlagCountry))
        {
            k += 1 + Math.Max(1, _placeLen[k + 1]);
            if (k < end && TokIs(k, ")"))
            {
                k++;
            }

            int numbers = 0;
            while (k < end && _tokens[k].Kind == TokenKind.Number)
            {
                k++;
                numbers++;
            }

            if (k == end && numbers >= 3)
            {
                AddTeam(first, r1);
            }

            return;
        }

        if (IsHyphenOrAmpersand(k) && !TokIs(k, "&") && k + 2 < end && IsSmallNumber(k + 1) && (IsHyphenOrAmpersand(k + 2) || TokIs(k + 2, ",")) && !Has(first, FlagCountry))
        {
            AddTeam(first, r1);
        }
    }

    /// <summary>"-- Warsaw Newsroom +48 22 ...", "-- New York Commodities Desk , 212-...": an agency sign-off names the desk.</summary>
    private void FindSignOffDesk(int first, int end)
    {
        int k = first;
        while (k < end && k - first < 2 && _tokens[k].Kind == TokenKind.Punctuation && Tok(k).Trim('-').IsEmpty)
        {
            k++;
        }

        if (k == first || k >= end || !IsCapWord(k))
        {
            return;
        }

        int s = k;
        while (k < end && k - s < 6 && IsCapWord(k))
        {
            k++;
            if (TokIs(k - 1, "Newsroom") || TokIs(k - 1, "Desk"))
            {
                if (k - s >= 2)
                {
                    Add(s, k, 0.8, OrganisationType.Media, CandidateSource.Cue);
                }

                return;
            }
        }
    }

    /// <summary>"BEIJING (AFP) -", "Ulaanbaatar /MONTSAME/.": the agency in a dateline is an organisation.</summary>
    private void FindDatelineAgency(int first, int end)
    {
        int o = first;
        while (o < end && o - first < 6 && (IsCapWord(o) || TokIs(o, ",") || TokIs(o, ".")))
        {
            o++;
        }

        if (o == first || o + 2 >= end || !(TokIs(o, "(") || TokIs(o, "/")) || !Has(first, FlagPlace))
        {
            return;
        }

        int c = o + 1;
        while (c < end && c - o <= 3 && (IsCapWord(c) || IsHyphenOrAmpersand(c)))
        {
            c++;
        }

        if (c == o + 1 || c >= end || !(TokIs(c, ")") || TokIs(c, "/")) || IsOnlyPlaceOrDemonym(o + 1, c))
        {
            return;
        }

        bool dashAfter = c + 1 < end && _tokens[c + 1].Kind == TokenKind.Punctuation && !TokIs(c + 1, "(");
        if (dashAfter || IsUpperWord(o + 1))
        {
            Add(o + 1, c, 0.8, OrganisationType.Media, CandidateSource.Cue);
        }
    }

    private int TeamNameEnd(int start, int end)
    {
        int k = start;
        while (k < end && k - start < 4 && (IsCapWord(k) || (k > start && k + 1 < end && IsCapWord(k + 1) && (IsHyphenOrAmpersand(k) || TokIs(k, ".")))
            || (k + 1 < end && IsNumberInClubName(k, start))))
        {
            k++;
        }

        return k;
    }

    /// <summary>
    /// Squad and roster lists in running text: "Donis Escober (Olimpia), Luis Lopez (Real Espana),
    /// Ricardo Canales (Vida)". A line with three or more "Given Surname (Name)" items, separated by
    /// commas or semicolons, names each player's club (or party); countries and places in brackets
    /// ("(Uruguay)", "(Texas)") are left out.
    /// </summary>
    private void FindSquadLists()
    {
        int n = _tokens.Count;
        int lineStart = 0;
        Span<int> found = stackalloc int[64];
        bool? sportsCopy = null;
        while (lineStart < n)
        {
            int lineEnd = lineStart + 1;
            while (lineEnd < n && !_tokens[lineEnd].NewlineBefore)
            {
                lineEnd++;
            }

            int count = 0;
            bool castList = false;
            for (int k = lineStart + 2; k + 2 < lineEnd && count < found.Length; k++)
            {
                if (!TokIs(k, "(") || !IsCapWord(k - 1) || !IsCapWord(k - 2) || _tokens[k - 1].Case != TokenCase.Capitalized || _tokens[k - 2].Case != TokenCase.Capitalized
                    || Has(k - 1, FlagTitle) || Has(k - 2, FlagTitle) || Has(k - 1, FlagNonOrg))
                {
                    continue;
                }

                // The item starts the line or follows a separator: "DEFENDERS: Brayan Beckeles (Necaxa), Henry Figueroa (Motagua)".
                int before = k - 3;
                if (before >= lineStart && IsCapWord(before) && _tokens[before].Case == TokenCase.Capitalized && !Has(before, FlagTitle) && !Has(before, FlagNonOrg))
                {
                    before--;
                }

                if (before >= lineStart && !(TokIs(before, ",") || TokIs(before, ";") || TokIs(before, ":") || TokIs(before, "and")))
                {
                    continue;
                }

                int c = k + 1;
                int e = c;
                while (e < lineEnd && e - c < 4 && (IsCapWord(e) || (e > c && IsHyphenOrAmpersand(e))))
                {
                    e++;
                }

                // "(D-Mass.)", "(R-Texas)": a party letter and a state, not a club.
                if (_tokens[c].Span.Length < 2)
                {
                    continue;
                }

                if (Has(c, FlagFirstName) || Has(c, FlagTitle) || _tokens[c].Case == TokenCase.Lower)
                {
                    // "Ronn Riser (Professor Mills), Badja Djola (the Doctor)": a film's cast, the characters in brackets.
                    castList = true;
                }

                if (e == c || e >= lineEnd || !TokIs(e, ")") || Has(c, FlagCountry) || Has(c, FlagDemonym) || (Has(c, FlagPlace) && _placeLen[c] == e - c && Has(c, FlagCountry)))
                {
                    continue;
                }

                found[count++] = k;
            }

            if (count >= 3 && !castList && (sportsCopy ??= HasSquadWord()))
            {
                for (int m = 0; m < count; m++)
                {
                    int c = found[m] + 1;
                    int e = c;
                    while (!TokIs(e, ")"))
                    {
                        e++;
                    }

                    if (!(Has(c, FlagPlace) && _placeLen[c] == e - c && _lex.Organisations.LongestAt(_text, _tokens, c, e, out _) == 0))
                    {
                        AddTeam(c, e);
                    }
                }
            }

            lineStart = lineEnd;
        }
    }

    private static readonly string[] SquadWords = ["squad", "roster", "line-up", "lineup", "coach", "striker", "goalkeeper", "goalkeepers", "defenders", "midfielders", "forwards", "league", "club", "clubs"];

    /// <summary>Whether the article is team-sport copy: it uses a squad word ("squad", "coach", "league" …) somewhere.</summary>
    private bool HasSquadWord()
    {
        for (int i = 0; i < _tokens.Count; i++)
        {
            if (_tokens[i].Kind == TokenKind.Word && IsOneOfIgnoreCase(Tok(i), SquadWords))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"SV 1860 Munich", "1860 Munich", "1. FC Cologne": a founding year or the "1." of "1. FC" inside a club name.</summary>
    private bool IsNumberInClubName(int k, int start)
    {
        if (_tokens[k].Kind != TokenKind.Number || k + 1 >= _tokens.Count || !SameLine(k + 1))
        {
            return false;
        }

        ReadOnlySpan<char> w = Tok(k);
        if (w.Length == 4 && (w.StartsWith("18") || w.StartsWith("19")) && IsCapWord(k + 1) && !Has(k + 1, FlagCountry))
        {
            return true;
        }

        return k == start && w.SequenceEqual("1") && k + 2 < _tokens.Count && TokIs(k + 1, ".") && TokIs(k + 2, "FC") && SameLine(k + 2);
    }

    private bool IsSmallNumber(int i) => _tokens[i].Kind == TokenKind.Number && _tokens[i].Span.Length <= 3 && char.IsDigit(_text[_tokens[i].Span.Start]);

    /// <summary>Player roles that follow a club's name in any news ("the Harlow Herons guard X"): no office or trade word.</summary>
    private static readonly string[] PlayerRoles = [.. PlayerPositions, "outfielder", "shortstop", "linebacker", "receiver", "point-guard", "catcher"];

    /// <summary>
    /// "Dayton Flyers guard Ann Ruiz", "Reno Aces assistant coach Ted Muir": a city (or another unknown capitalised word) and one
    /// unknown capitalised word before a player's role and a capitalised name is a club, in any article (not only agency sports copy).
    /// </summary>
    private void FindClubsBeforePlayerRoles()
    {
        int n = _tokens.Count;
        for (int i = 0; i + 3 < n; i++)
        {
            if (_tokens[i].Case != TokenCase.Capitalized || _tokens[i].Kind != TokenKind.Word
                || Has(i, (ushort)(FlagTitleLine | FlagUpperLine | FlagCountry | FlagDemonym | FlagFirstName | FlagTitle | FlagNonOrg | FlagGazetteer)))
            {
                continue;
            }

            // Token tests first, then the role lists, and the head-word lookups last: a role after two capitalised words is rare.
            int nick = i + Math.Max(1, _placeLen[i]);
            if (nick + 2 >= n || (i > 0 && SameLine(i) && IsCapWord(i - 1)) || !SameLine(nick) || _tokens[nick].Case != TokenCase.Capitalized
                || Has(nick, (ushort)(FlagPlace | FlagCountry | FlagTitle | FlagNonOrg | FlagFirstName | FlagGazetteer | FlagDemonym))
                || Tok(nick).Length < 4 || !IsBeforePlayerRole(nick + 1)
                || (!Has(i, FlagPlace) && _lex.Heads.TryGetToken(Tok(i), out _)) || _lex.Heads.TryGetToken(Tok(nick), out _))
            {
                continue;
            }

            AddTeam(i, nick + 1);
        }
    }

    /// <summary>Whether a player's role (after an optional modifier: "assistant coach") and then a capitalised name start at <paramref name="k"/>.</summary>
    private bool IsBeforePlayerRole(int k)
    {
        int n = _tokens.Count;
        if (k < n && SameLine(k) && _tokens[k].Case == TokenCase.Lower && IsOneOf(Tok(k), RoleAdjectives))
        {
            k++;
        }

        return k + 1 < n && SameLine(k) && SameLine(k + 1) && _tokens[k].Case == TokenCase.Lower && IsOneOf(Tok(k), PlayerRoles)
            && _tokens[k + 1].Case == TokenCase.Capitalized && _tokens[k + 1].Kind == TokenKind.Word;
    }

    private void AddTeam(int first, int end)
    {
        for (int k = first; k < end; k++)
        {
            if (Has(k, FlagNonOrg) && end - first == 1)
            {
                return;
            }
        }

        if ((Has(first, FlagCountry) && _placeLen[first] == end - first) || (Has(first, FlagDemonym) && end - first == 1))
        {
            return;
        }

        Add(first, end, 0.8, OrganisationType.Other, CandidateSource.SportsTable);
    }

    // ---- Capitalised runs, head words, acronyms, cues ---------------------------------------

    private void ScanSentence(int from, int to)
    {
        int i = from;
        while (i < to)
        {
            if (!IsCapWord(i))
            {
                if (_options.IncludeOwnedLowercaseMinistries && IsPossessive(i) && i + 1 < to)
                {
                    TryOwnedLowercaseMinistry(i, to);
                }

                i++;
                continue;
            }

            int end = RunEnd(i, to);
            ScanRun(i, end, to);
            if (end - i == 1 && end + 1 < to && Has(i, FlagDemonym) && _options.IncludeOwnedLowercaseMinistries && TokIs(end + 1, "ministry")
                && IsOneOf(Tok(end), OwnedMinistryAdjectives)
                && (i > 0 && (TokIs(i - 1, "the") || TokIs(i - 1, "The")) || i == 0 || !SameLine(i) || Has(i, FlagInitial) || _tokens[i - 1].Kind == TokenKind.Punctuation))
            {
                // "the Iranian foreign ministry"; "… false,” Iranian foreign ministry spokesman X said" (no article before a sentence's subject)
                Add(i, end + 2, 0.8, OrganisationType.Government, CandidateSource.Head);
            }

            if (end < to && TokIs(end, "ministry") && IsOneOfIgnoreCase(Tok(end - 1), OwnedMinistryAdjectives))
            {
                // "the Intelligence ministry", "Russia's Foreign ministry"
                Add(end - 1, end + 1, 0.8, OrganisationType.Government, CandidateSource.Head);
            }

            i = end;
        }
    }

    /// <summary>
    /// "WASHINGTON - United Airlines has …": a spaced dash after the all-caps words that open a line ends a dateline,
    /// not a name ("Ruhrort Schifferbörse - Shippers' Exchange" is not all caps; "Coca-Cola" is not spaced).
    /// </summary>
    private bool IsDatelineDash(int start, int dash)
    {
        return (TokIs(dash, "-") || TokIs(dash, "–")) && !Glued(dash - 1, dash) && !Glued(dash, dash + 1) && OpensLineInCapitals(start, dash);
    }

    /// <summary>True when the tokens <paramref name="first"/>..<paramref name="end"/> (exclusive) open a line and every word among them is all caps (a dateline's place: "WASHINGTON", "UNITED NATIONS").</summary>
    private bool OpensLineInCapitals(int first, int end)
    {
        if (first > 0 && !_tokens[first].NewlineBefore)
        {
            return false;
        }

        for (int k = first; k < end; k++)
        {
            if (_tokens[k].Kind == TokenKind.Word && _tokens[k].Case != TokenCase.Upper)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The end (exclusive) of the capitalised run starting at <paramref name="start"/>.</summary>
    private int RunEnd(int start, int limit)
    {
        int last = start;
        int j = start + 1;
        while (j < limit)
        {
            Token t = _tokens[j];
            if (t.NewlineBefore)
            {
                break;
            }

            if (IsCapWord(j))
            {
                last = j;
                j++;
                continue;
            }

            if (t.Kind == TokenKind.Number && IsCapWord(j - 1) && !Has(j - 1, FlagNonOrg))
            {
                last = j;
                j++;
                continue;
            }

            if (IsPossessive(j))
            {
                // "People's Liberation Army" stays one run; "China's Ministry" splits (the owner is outside).
                int p = j - 1;
                if (IsCapWord(j + 1) && SameLine(j + 1) && (IsOneOf(Tok(p), PossessiveNameWords) || IsSaintBefore(p) || IsRoyalEponym(p)))
                {
                    j++;
                    continue;
                }

                break;
            }

            if (IsHyphenOrAmpersand(j) && j + 1 < limit && IsCapWord(j + 1) && SameLine(j + 1))
            {
                if (IsDatelineDash(start, j))
                {
                    break;
                }

                j++;
                continue;
            }

            if (t.Kind == TokenKind.Punctuation && Glued(j - 1, j) && Tok(j).SequenceEqual(".") && j + 1 < limit && IsCapWord(j + 1) && SameLine(j + 1)
                && (Tok(j - 1).Length <= 3 || Tok(j - 1).Contains('.')) && !Has(j + 1, FlagInitial))
            {
                // "U.S. Congress", "St. John's"
                j++;
                continue;
            }

            if (t.Kind == TokenKind.Word && t.Case == TokenCase.Lower && IsOneOf(Tok(j), InnerConnectors))
            {
                int k = j + 1;
                if (k < limit && SameLine(k) && _tokens[k].Kind == TokenKind.Word && _tokens[k].Case == TokenCase.Lower && IsOneOf(Tok(k), InnerConnectors))
                {
                    k++;
                }

                if (k < limit && SameLine(k) && IsCapWord(k) && !Has(k, FlagInitial))
                {
                    j = k;
                    continue;
                }
            }

            break;
        }

        return last + 1;
    }

    /// <summary>
    /// "Queen's College", "King's College London", "Queen's University Belfast": a royal title whose possessive
    /// belongs to the name of an institution (a university, college, school, institute, foundation, centre or academy
    /// head follows within four capitalised words), not "the King's speech" or "Queen's Day".
    /// </summary>
    private bool IsRoyalEponym(int p)
    {
        if (p < 0 || _tokens[p].Case != TokenCase.Capitalized || !IsOneOf(Tok(p), RoyalEponyms) || p + 1 >= _tokens.Count || !IsPossessive(p + 1))
        {
            return false;
        }

        for (int k = p + 2; k < _tokens.Count && k <= p + 5 && SameLine(k) && IsCapWord(k); k++)
        {
            if (IsOneOf(Tok(k), InstitutionHeads))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] RoyalEponyms = ["Queen", "King", "Prince", "Princess"];

    /// <summary>"St. Michael's", "Saint Mary's": a saint's name (whose possessive belongs to the name of a school, church or college).</summary>
    private bool IsSaintBefore(int p)
    {
        int q = p - 1;
        if (q >= 0 && TokIs(q, ".") && Glued(q - 1, q))
        {
            q--;
        }

        // "St. Petersburg's Institute of Urban Studies": a city named after a saint is an owner.
        if (q < 0 || !SameLine(p) || !(TokIs(q, "St") || TokIs(q, "Saint") || TokIs(q, "Ste")) || Has(p, FlagPlace) || Has(q, FlagPlace))
        {
            return false;
        }

        // Only before an institution: "St. Xavier's College", not "St. Patrick's Day" or "St. Mary's Hospital".
        for (int k = p + 2; k < _tokens.Count && k <= p + 5 && SameLine(k) && IsCapWord(k); k++)
        {
            if (IsOneOf(Tok(k), InstitutionHeads))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] AirPhraseWords = ["Fresh", "Open", "Hot", "Thin", "Clean", "Cold", "Warm", "Free", "Dry", "Cool", "Night", "Mid", "Thick", "Pure", "Polluted", "Outdoor", "Indoor"];

    private void ScanRun(int a, int b, int sentenceEnd)
    {
        bool titleLine = Has(a, FlagTitleLine);
        bool upperLine = Has(a, FlagUpperLine);
        bool anyHead = false;

        for (int h = a; h < b; h++)
        {
            if (!IsCapWord(h) || !_lex.Heads.TryGetToken(Tok(h), out HeadWord head))
            {
                continue;
            }

            if (upperLine)
            {
                continue;
            }

            // "Fresh Air", "Open Air", "Clean Air": an adjective before "Air" makes a phrase (a show's or a law's title), not an airline.
            if (h > a && TokIs(h, "Air") && IsOneOf(Tok(h - 1), AirPhraseWords))
            {
                continue;
            }

            if ((head.Kind & HeadKind.LegalForm) != 0)
            {
                if (TryLegalForm(a, h))
                {
                    anyHead = true;
                }

                continue;
            }

            if (TryHead(a, b, h, head, sentenceEnd, titleLine))
            {
                anyHead = true;
            }
            else if ((head.Kind & HeadKind.Start) != 0 && TryStartHead(h, b, head, titleLine))
            {
                anyHead = true;
            }
        }

        if (!anyHead && !upperLine && !titleLine && b - a >= 2)
        {
            anyHead = TryUpperCaseHeadName(a, b);
        }

        // A lower-case legal form right after the run: "Ortley plc".
        if (!upperLine && b < sentenceEnd && SameLine(b) && _tokens[b].Kind == TokenKind.Word && _tokens[b].Case == TokenCase.Lower
            && _lex.Heads.TryGetToken(Tok(b), out HeadWord legal) && (legal.Kind & HeadKind.LegalForm) != 0 && TryLegalForm(a, b))
        {
            anyHead = true;
        }

        if (upperLine)
        {
            return;
        }

        // Unknown acronyms: isolated all-caps words that are not known non-names or places.
        if (_options.GuessUnknownAcronyms)
        {
            for (int k = a; k < b; k++)
            {
                if (IsUnknownAcronym(k))
                {
                    Add(k, k + 1, 0.6, OrganisationType.Unknown, CandidateSource.UnknownAcronym);
                }
            }
        }

        if (!anyHead)
        {
            TryCues(a, b, sentenceEnd, titleLine);

            // "striker Viorel Ion of Otelul Galati": the part after the last "of" may have its own cue.
            for (int m = b - 2; m > a; m--)
            {
                if (TokIs(m, "of") && IsCapWord(m + 1))
                {
                    TryCues(m + 1, b, sentenceEnd, titleLine);
                    break;
                }
            }
        }
    }

    /// <summary>
    /// "ORTLEY BUSINESS SCHOOL" in a mixed-case line (a photo credit, a caption): a name written in capitals that ends in an
    /// all-caps suffix head word (two to four all-caps words before it, none a non-name or title: not "HUGE BANK"). Not on an all-caps or
    /// title-case line, where the heading rules apply. Reads only runs that hold an all-caps word of four letters or more.
    /// </summary>
    private bool TryUpperCaseHeadName(int a, int b)
    {
        Span<char> buffer = stackalloc char[24];
        for (int h = a + 1; h < b; h++)
        {
            ReadOnlySpan<char> w = Tok(h);
            if (!IsUpperWord(h) || w.Length < 4 || w.Length > buffer.Length || !SameLine(h))
            {
                continue;
            }

            buffer[0] = w[0];
            for (int k = 1; k < w.Length; k++)
            {
                buffer[k] = char.ToLowerInvariant(w[k]);
            }

            if (!_lex.Heads.TryGetToken(buffer[..w.Length], out HeadWord head) || (head.Kind & HeadKind.Suffix) == 0)
            {
                continue;
            }

            int f = h;
            while (f - 1 >= a && h - f < 4 && SameLine(f) && IsUpperWord(f - 1) && Tok(f - 1).Length >= 2
                && !Has(f - 1, (ushort)(FlagNonOrg | FlagTitle)) && !TokIs(f - 1, "THE") && !TokIs(f - 1, "OF") && !TokIs(f - 1, "AND"))
            {
                f--;
            }

            if (h - f < 2 || (f - 1 >= a && SameLine(f) && IsCapWord(f - 1)) || (h + 1 < b && SameLine(h + 1) && IsUpperWord(h + 1)))
            {
                continue;
            }

            Add(f, h + 1, 0.75, head.Type, CandidateSource.Head);
            return true;
        }

        return false;
    }

    /// <summary>
    /// "Seguros Marbella", "Banco Ortiz", "Telecom Ruritania", "Grupo Valdés": a company word that opens names in Spanish,
    /// Portuguese, French or Italian (or "Telecom") followed directly by one to three capitalised name words of the same
    /// run is a company's name. Titles, function words and a title-case line (a headline) stop it.
    /// </summary>
    private bool TryStartHead(int h, int b, HeadWord head, bool titleLine)
    {
        if (titleLine || _tokens[h].Case != TokenCase.Capitalized)
        {
            return false;
        }

        int e = h + 1;
        while (e < b && e - h <= 3 && SameLine(e) && _tokens[e].Kind == TokenKind.Word && IsCapWord(e) && (_flags[e] & (FlagNonOrg | FlagTitle)) == 0)
        {
            e++;
        }

        if (e == h + 1)
        {
            return false;
        }

        Add(h, e, 0.8, head.Type, CandidateSource.Head);
        return true;
    }

    /// <summary>A single capitalised word that may stand before "and" inside a name: not a head, a known name, a place or a title, and not itself preceded by a name word.</summary>
    /// <summary>
    /// The first token of a left conjunct of two to four plain capitalised words that starts the
    /// capitalised run ("National Emergency Crises" and ...), or -1.
    /// </summary>
    private int MultiWordAndConjunct(int k, int a)
    {
        const ushort Stop = FlagNonOrg | FlagFirstName | FlagGazetteer | FlagTitle | FlagInitial;
        if (_tokens[k].Case != TokenCase.Capitalized || (_flags[k] & (Stop | FlagPlace | FlagDemonym | FlagCountry)) != 0 || _lex.Heads.TryGetToken(Tok(k), out _))
        {
            return -1;
        }

        int j = k;
        while (j - 1 >= a && k - j < 3 && SameLine(j) && _tokens[j - 1].Kind == TokenKind.Word && _tokens[j - 1].Case == TokenCase.Capitalized
            && (_flags[j - 1] & Stop) == 0 && !_lex.Heads.TryGetToken(Tok(j - 1), out _))
        {
            j--;
        }

        // "King Salman Humanitarian Aid and Relief Center": a royal or saint's title before the patron's name
        // (kept only before an institution head, see IsHonorificPatron).
        int t = j - 1;
        if (t - 1 >= 0 && SameLine(t) && Has(t, FlagFirstName) && _tokens[t].Case == TokenCase.Capitalized && !Has(t, FlagTitle))
        {
            t--;
        }

        if (j < k && t >= 0 && SameLine(t + 1) && Has(t, FlagTitle) && _tokens[t].Case == TokenCase.Capitalized && IsOneOf(Tok(t), PatronTitles)
            && (t - 1 < 0 || !SameLine(t) || !IsCapWord(t - 1) || TokIs(t - 1, "The")))
        {
            j = t;
        }

        // "Parliament's National Security and Foreign Policy Committee": a possessive owner may precede the conjunct
        // (a sentence-initial "The" is no name word).
        if (j == k || (j > 0 && SameLine(j) && ((IsCapWord(j - 1) && !TokIs(j - 1, "The")) || IsHyphenOrAmpersand(j - 1))))
        {
            return -1;
        }

        // "Bangladesh Muslim League, Bangladesher Samajtantrik Dal and Liberal Democratic Party": in a list of
        // names the conjunct after a comma is a list item, not the first half of one name.
        if (j >= 2 && SameLine(j) && SameLine(j - 1) && TokIs(j - 1, ",") && IsCapWord(j - 2))
        {
            return -1;
        }

        return j;
    }

    /// <summary>
    /// The start of a name whose first conjunct starts at <paramref name="s"/>, taking the single-word conjuncts
    /// before it: "Phytosanitary and Zoosanitary Regulation and Control Agency", "Economic, Social and
    /// Environmental Council", "Finance, Trade and Industry Ministry". Each earlier conjunct is one plain
    /// capitalised word (not a known name, place, person, title or head word) with no name word before it,
    /// so a list of names ("Bangladesh Muslim League, Jatiya Party and Liberal Democratic Party") is not joined.
    /// </summary>
    private int LeftConjuncts(int s, int h)
    {
        if (s < 0 || s >= h)
        {
            return s;
        }

        bool comma = TokIs(s - 1, ",");
        bool and = TokIs(s - 1, "and");
        if (!comma && !and)
        {
            return s;
        }

        int start = s;
        for (int n = 0; n < 4; n++)
        {
            int sep = start - 1;
            int k = start - 2;
            if (k < 0 || !(TokIs(sep, ",") || (TokIs(sep, "and") && n == 0 && and)) || !SameLine(sep) || !SameLine(start) || !IsPlainConjunctWord(k))
            {
                break;
            }

            // One word only, after a lower-case word or "The" ("through the Phytosanitary and ..."): not a list of
            // names, nor a sentence opener ("Tuesday, Truth and Reconciliation Commission").
            if (k - 1 < 0 || !SameLine(k) || !(TokIs(k - 1, "The") || (_tokens[k - 1].Kind == TokenKind.Word && _tokens[k - 1].Case == TokenCase.Lower && !TokIs(k - 1, "and"))))
            {
                break;
            }

            start = k;
            if (TokIs(sep, "and"))
            {
                break;
            }
        }

        return start;
    }

    private bool IsPlainConjunctWord(int k)
    {
        const ushort Stop = FlagNonOrg | FlagFirstName | FlagGazetteer | FlagTitle | FlagInitial | FlagPlace | FlagDemonym | FlagCountry;
        return _tokens[k].Kind == TokenKind.Word && _tokens[k].Case == TokenCase.Capitalized && (_flags[k] & Stop) == 0 && !_lex.Heads.TryGetToken(Tok(k), out _);
    }

    private bool IsAndConjunct(int k)
    {
        if (_tokens[k].Case != TokenCase.Capitalized || Has(k, FlagNonOrg) || Has(k, FlagPlace) || Has(k, FlagDemonym) || Has(k, FlagFirstName) || Has(k, FlagGazetteer))
        {
            return false;
        }

        // "Construction and Similar Workers Union": a company suffix alone may be the first conjunct.
        if (_lex.Heads.TryGetToken(Tok(k), out HeadWord kh) && !((kh.Kind & HeadKind.Prefix) == 0 && (kh.Kind & HeadKind.Alone) == 0 && (kh.Kind & HeadKind.LegalForm) == 0 && kh.Type == OrganisationType.Company))
        {
            return false;
        }

        // "The Truth and Reconciliation Commission": a function word before the conjunct is not a name word.
        return k == 0 || !SameLine(k) || (!IsCapWord(k - 1) && !IsHyphenOrAmpersand(k - 1)) || (Has(k - 1, FlagNonOrg) && !Has(k - 1, FlagTitle) && !IsPossessive(k));
    }

    private bool IsUnknownAcronym(int k)
    {
        // "NELSON:", "WALT" in a byline: a given name in capitals is a person, not an acronym.
        if (!IsUpperWord(k) || Has(k, FlagNonOrg) || Has(k, FlagPlace) || Has(k, FlagDemonym) || Has(k, FlagFirstName))
        {
            return false;
        }

        ReadOnlySpan<char> s = Tok(k);
        int letters = 0;
        foreach (char c in s)
        {
            if (char.IsLetter(c))
            {
                letters++;
            }
            else if (c == '.' || c == '\'')
            {
                return false;
            }
        }

        if (letters < 2 || s.Length > 6 || IsRomanNumeral(s))
        {
            return false;
        }

        // "user JO_AND_KC", "@news_TV": capitals glued to an underscore or an at sign are part of a handle.
        int from = _tokens[k].Span.Start, to = _tokens[k].Span.End;
        if ((from > 0 && _text[from - 1] is '_' or '@') || (to < _text.Length && _text[to] == '_'))
        {
            return false;
        }

        // "cluster NGC 346", "the LS 500 sedan", "KD 150 million": capitals before a number of two digits or more name a model,
        // a catalogue entry or a currency (a team's one-digit number stays: "SKW 3", "CFC 2").
        if (k + 1 < _tokens.Count && SameLine(k + 1) && !Glued(k, k + 1) && _tokens[k + 1].Kind == TokenKind.Number && Tok(k + 1).Length >= 2)
        {
            return false;
        }

        // "(C-R)", "(L-R)": a position in a photo caption.
        if (s.Length == 3 && s[1] == '-' && s[0] is 'L' or 'R' or 'C' && s[2] is 'L' or 'R' or 'C')
        {
            return false;
        }

        // "President JL Bhowmik", "YS Jagan Mohan Reddy", "XN Iraki": two capitals before a plain
        // capitalised word are a person's initials; so are two capitals after a comma or before two or three plain
        // words that end the run ("Judge QT Ravel Amin Dorr and", "police, RV Kelmo Ullar,").
        if (s.Length == 2 && IsPlainPersonWord(k + 1) && !Has(k + 1, FlagInitial)
            && (k == 0 || !SameLine(k) || _tokens[k - 1].Kind == TokenKind.Word || TokIs(k - 1, ","))
            && (k + 2 >= _tokens.Count || !SameLine(k + 2) || !IsCapWord(k + 2) || Has(k + 1, FlagFirstName)
                || (IsPlainPersonWord(k + 2) && (k + 3 >= _tokens.Count || !SameLine(k + 3) || !IsCapWord(k + 3)
                    || (IsPlainPersonWord(k + 3) && (k + 4 >= _tokens.Count || !SameLine(k + 4) || !IsCapWord(k + 4)))))))
        {
            return false;
        }

        // "Mr Tom Ekwe, SAN, said", "Ada Orji, MP, the chair of": letters between commas after a person's name (two plain
        // capitalised words or more), then a lower-case word, are post-nominal letters (a rank or honour), not a body in a list.
        if (k >= 3 && TokIs(k - 1, ",") && k + 2 < _tokens.Count && TokIs(k + 1, ",") && SameLine(k + 2) && _tokens[k + 2].Kind == TokenKind.Word
            && _tokens[k + 2].Case == TokenCase.Lower && !TokIs(k + 2, "and") && !TokIs(k + 2, "or")
            && IsPlainPersonWord(k - 2) && IsPlainPersonWord(k - 3))
        {
            return false;
        }

        // "an HOUR after", "a DAY,": capitals between an indefinite article and a function word or a stop are a shouted
        // word (not "an ED official", "a BZW analyst": there the capitals modify a noun and name the body).
        if (k > 0 && SameLine(k) && (TokIs(k - 1, "a") || TokIs(k - 1, "an"))
            && (k + 1 >= _tokens.Count || !SameLine(k + 1) || _tokens[k + 1].Kind == TokenKind.Punctuation
                || BoilerplateLexicon.Instance.IsStopWord(BoilerplateLexicon.WordHash(Tok(k + 1)))))
        {
            return false;
        }

        // "GHS6.2billion", "BND500", "12CUP", "U3O8", "BSL3": a currency or unit code glued to an amount, or a code with digits.
        if (letters < s.Length && s.ContainsAnyInRange('0', '9')
            || (k > 0 && _tokens[k - 1].Kind == TokenKind.Number && Glued(k - 1, k))
            || (k + 1 < _tokens.Count && _tokens[k + 1].Kind == TokenKind.Number && Glued(k, k + 1)))
        {
            return false;
        }

        // "Pedro Carvalho (PRT)": a three-letter country code in parentheses after a name (sports results).
        if (s.Length == 3 && k > 1 && TokIs(k - 1, "(") && TokIs(k + 1, ")") && _tokens[k - 2].Kind == TokenKind.Word && IsOneOf(s, CountryCodes))
        {
            return false;
        }

        // A dateline: "AL-AIN, United Arab Emirates" — a capitalised place at the start of a line, then a comma.
        if ((k == 0 || _tokens[k].NewlineBefore) && k + 1 < _tokens.Count && TokIs(k + 1, ","))
        {
            return false;
        }

        // A lead's dateline: "TARVOSK: Police said on Monday ...", "ELMANI — Rains ...": a place in capitals at the start of
        // a line, then a colon or a dash and a sentence. Only a word of five letters or more with two vowels or more reads
        // as a place; a short or vowelless initialism before a colon is a speaker or a body ("KKS: ...", "APTN: ...").
        if ((k == 0 || _tokens[k].NewlineBefore) && s.Length >= 5 && IsDatelinePunctuation(k + 1) && CountVowels(s) >= 2
            && IsSentenceOnLine(k + 2))
        {
            return false;
        }

        // An agency dateline: "BONN 1996-12-06" — a place in capitals at the start of a line, then the date.
        if ((k == 0 || _tokens[k].NewlineBefore) && k + 1 < _tokens.Count && SameLine(k + 1) && IsDateNumber(k + 1))
        {
            return false;
        }

        // A neighbouring all-caps word that is neither a known name nor a known non-name: a name in capitals ("KUALA LUMPUR").
        if ((k > 0 && SameLine(k) && IsUpperWord(k - 1) && !Has(k - 1, FlagGazetteer) && !Has(k - 1, FlagNonOrg))
            || (k + 1 < _tokens.Count && SameLine(k + 1) && IsUpperWord(k + 1) && !Has(k + 1, FlagGazetteer) && !Has(k + 1, FlagNonOrg)))
        {
            return false;
        }

        // Not inside a stretch of all-caps words (a shouted headline or a name in capitals).
        int run = 1;
        for (int p = k - 1; p >= 0 && p >= k - 2 && IsUpperWord(p) && SameLine(p + 1); p--)
        {
            run++;
        }

        for (int q = k + 1; q < _tokens.Count && q <= k + 2 && IsUpperWord(q) && SameLine(q); q++)
        {
            run++;
        }

        return run < 3;
    }

    /// <summary>Combining forms of nationality adjectives that open a hyphenated compound ("Anglo-Dutch", "Sino-Indian").</summary>
    private static readonly string[] NationalityCombiningForms =
        ["Anglo", "Franco", "Sino", "Indo", "Russo", "Italo", "Greco", "Austro", "Afro", "Euro", "Judeo", "Hispano", "Luso", "Turco", "Irano"];

    /// <summary>
    /// Whether token <paramref name="i"/> is a hyphenated compound of nationalities ("Anglo-Dutch", "Sino-Indian",
    /// "Swiss-German"): every part a demonym or a combining form. Such a word is an adjective, not a name.
    /// </summary>
    private bool IsNationalityCompound(int i)
    {
        ReadOnlySpan<char> t = Tok(i);
        int dash = t.IndexOf('-');
        if (dash <= 0 || _tokens[i].Case != TokenCase.Capitalized)
        {
            return false;
        }

        while (true)
        {
            ReadOnlySpan<char> part = dash < 0 ? t : t[..dash];
            if (part.IsEmpty || !(_lex.Demonyms.TryGetToken(part, out _) || IsOneOf(part, NationalityCombiningForms)))
            {
                return false;
            }

            if (dash < 0)
            {
                return true;
            }

            t = t[(dash + 1)..];
            dash = t.IndexOf('-');
        }
    }

    /// <summary>Whether token <paramref name="i"/> is a colon, an em or en dash or "--" on the line of the token before it.</summary>
    private bool IsDatelinePunctuation(int i) =>
        i > 0 && i < _tokens.Count && SameLine(i) && (TokIs(i, ":") || TokIs(i, "\u2014") || TokIs(i, "\u2013") || TokIs(i, "--"));

    /// <summary>The number of vowel letters (a, e, i, o, u, y in either case) in <paramref name="s"/>.</summary>
    private static int CountVowels(ReadOnlySpan<char> s)
    {
        int n = 0;
        foreach (char c in s)
        {
            if ((c | 0x20) is 'a' or 'e' or 'i' or 'o' or 'u' or 'y')
            {
                n++;
            }
        }

        return n;
    }

    /// <summary>
    /// Whether a sentence starts at token <paramref name="i"/> on its line: a capitalised word (or an opening quote and
    /// one) followed by at least six more tokens before the line ends.
    /// </summary>
    private bool IsSentenceOnLine(int i)
    {
        if (i < _tokens.Count && SameLine(i) && IsQuoteMark(i))
        {
            i++;
        }

        if (i >= _tokens.Count || !SameLine(i) || _tokens[i].Kind != TokenKind.Word || _tokens[i].Case != TokenCase.Capitalized)
        {
            return false;
        }

        int q = i + 1;
        while (q < _tokens.Count && q <= i + 6 && SameLine(q))
        {
            q++;
        }

        return q > i + 6;
    }

    /// <summary>
    /// Whether token <paramref name="i"/> is a capitalised word on the line of the word before it, not glued to it, that no
    /// word list knows (no title, non-name, gazetteer name, place, country or demonym) and that is no head word or title
    /// modifier: a word of a person's name after initials.
    /// </summary>
    private bool IsPlainPersonWord(int i) =>
        i > 0 && i < _tokens.Count && SameLine(i) && !Glued(i - 1, i) && _tokens[i].Kind == TokenKind.Word && _tokens[i].Case == TokenCase.Capitalized
        && (_flags[i] & (FlagTitle | FlagNonOrg | FlagGazetteer | FlagPlace | FlagCountry | FlagDemonym)) == 0
        && !_lex.Heads.TryGetToken(Tok(i), out _) && !IsOneOf(Tok(i), TitleModifiers);

    /// <summary>
    /// Guessed acronyms the article itself shows to be ordinary words or people: an all-caps word whose
    /// lower-case form the article uses as a word ("FILE - In this file photo", "MUST WATCH … you must"),
    /// or whose title-case form follows another capitalised word (a surname: "WALT:" in a transcript of
    /// "Vivienne Walt") or, when the capitals stand among other all-caps words (a shouted headline or label), a
    /// lower-case word in prose (a shouted word or brand: "GALAXY S9: WHAT WE KNOW" beside "the Galaxy phone"). They join the blocked acronyms (the tagger cannot bring them back). One pass over
    /// the tokens for at most <see cref="MaxWordCheckedAcronyms"/> distinct guesses.
    /// </summary>
    private void BlockAcronymsUsedAsWords(List<Candidate> accepted)
    {
        Span<int> firsts = stackalloc int[MaxWordCheckedAcronyms];
        Span<bool> shouted = stackalloc bool[MaxWordCheckedAcronyms];
        shouted.Clear();
        int m = 0;
        foreach (Candidate c in accepted)
        {
            if (c.Source != CandidateSource.UnknownAcronym || c.Length != 1)
            {
                continue;
            }

            ReadOnlySpan<char> w = Tok(c.First);
            int at = -1;
            for (int j = 0; j < m && at < 0; j++)
            {
                if (Tok(firsts[j]).SequenceEqual(w))
                {
                    at = j;
                }
            }

            if (at < 0 && m < MaxWordCheckedAcronyms)
            {
                at = m;
                firsts[m++] = c.First;
            }

            if (at >= 0 && !shouted[at])
            {
                shouted[at] = IsShouted(c.First);
            }
        }

        if (m == 0)
        {
            return;
        }

        Span<bool> block = stackalloc bool[MaxWordCheckedAcronyms];
        for (int i = 0; i < _tokens.Count; i++)
        {
            Token t = _tokens[i];
            if (t.Kind != TokenKind.Word || t.Span.Length > 6 || t.Case is not (TokenCase.Lower or TokenCase.Capitalized))
            {
                continue;
            }

            // A lower-case word anywhere, or a title-case word after another capitalised word on its line ("Vivienne Walt").
            bool surname = t.Case == TokenCase.Capitalized && i > 0 && SameLine(i) && !Glued(i - 1, i)
                && _tokens[i - 1].Kind == TokenKind.Word && _tokens[i - 1].Case == TokenCase.Capitalized
                && (_flags[i - 1] & (FlagNonOrg | FlagGazetteer | FlagPlace | FlagCountry | FlagDemonym | FlagTitle)) == 0
                && !_lex.Heads.TryGetToken(Tok(i - 1), out _);
            // A title-case word in running prose after a lower-case word ("the new Galaxy phone"): the capitals
            // elsewhere ("GALAXY S9: WHAT WE KNOW") shout a word or brand, they do not spell an acronym.
            bool prose = t.Case == TokenCase.Capitalized && i > 0 && SameLine(i) && !Glued(i - 1, i)
                && _tokens[i - 1].Kind == TokenKind.Word && _tokens[i - 1].Case == TokenCase.Lower;
            if (t.Case == TokenCase.Capitalized && !surname && !prose)
            {
                continue;
            }

            ReadOnlySpan<char> w = Tok(i);
            for (int j = 0; j < m; j++)
            {
                if (!block[j] && (!prose || surname || shouted[j]) && w.Equals(Tok(firsts[j]), StringComparison.OrdinalIgnoreCase))
                {
                    block[j] = true;
                }
            }
        }

        for (int j = 0; j < m; j++)
        {
            if (block[j])
            {
                _blockedAcronyms.Add(Tok(firsts[j]).ToString());
            }
        }
    }

    /// <summary>
    /// "a teachers' union ZdfG Marek Oldenhove opposes … by Marek Oldenhove, who leads": the last two capitalised words of a
    /// guessed name that the article also writes on their own (no capitalised word beside them, outside every name) are a
    /// person after the name; the name ends before them. At most <see cref="MaxCompleteNameScans"/> scans per article.
    /// </summary>
    private void TrimTrailingPersonNames(List<Candidate> accepted)
    {
        Span<Candidate> span = CollectionsMarshal.AsSpan(accepted);
        int scans = 0;
        for (int r = 0; r < span.Length && scans < MaxCompleteNameScans; r++)
        {
            ref Candidate c = ref span[r];
            int t = c.End - 2;
            if (c.Length < 3 || c.Source is CandidateSource.Gazetteer or CandidateSource.Definition or CandidateSource.Propagated || c.EndChar > 0
                || _tokens[t].Case != TokenCase.Capitalized || _tokens[t + 1].Case != TokenCase.Capitalized || !SameLine(t) || !SameLine(t + 1)
                || Has(t, (ushort)(FlagGazetteer | FlagNonOrg | FlagPlace | FlagCountry | FlagTitle)) || Has(t + 1, (ushort)(FlagGazetteer | FlagNonOrg | FlagPlace | FlagCountry | FlagTitle))
                || _lex.Heads.TryGetToken(Tok(t), out _) || _lex.Heads.TryGetToken(Tok(t + 1), out _)
                || (!IsUpperWord(c.First) && !HasInnerCapital(c.First) && !Has(t, FlagFirstName)))
            {
                continue;
            }

            scans++;
            for (int i = 0; i + 1 < _tokens.Count; i++)
            {
                if ((i >= c.First && i < c.End) || !Tok(i).SequenceEqual(Tok(t)) || !Tok(i + 1).SequenceEqual(Tok(t + 1)) || !SameLine(i + 1)
                    || (i > 0 && SameLine(i) && IsCapWord(i - 1) && !Has(i, FlagInitial)) || (i + 2 < _tokens.Count && SameLine(i + 2) && IsCapWord(i + 2))
                    || IsInsideAccepted(accepted, i))
                {
                    continue;
                }

                c.End = t;
                break;
            }
        }
    }

    private static bool IsInsideAccepted(List<Candidate> accepted, int i)
    {
        foreach (Candidate a in accepted)
        {
            if (i >= a.First && i < a.End)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Words that give a thing its name right before the name ("a chip called X", "codenamed X").</summary>
    private static readonly string[] NamingWords = ["called", "dubbed", "codenamed", "code-named", "nicknamed", "branded"];

    /// <summary>Lower-case nouns of bodies: "a startup called X", "a militia dubbed X" name an organisation.</summary>
    private static readonly string[] BodyNouns = [
        "company", "companies", "firm", "firms", "startup", "start-up", "group", "groups", "organisation", "organization", "party",
        "agency", "body", "network", "outlet", "movement", "coalition", "alliance", "union", "charity", "foundation", "institute",
        "bank", "fund", "association", "club", "team", "band", "label", "publisher", "newspaper", "magazine", "channel", "broadcaster",
        "station", "website", "site", "app", "platform", "service", "militia", "faction", "unit", "force", "cell", "gang", "cartel",
        "consortium", "venture", "subsidiary", "affiliate", "operator", "carrier", "airline", "maker", "manufacturer", "developer",
        "studio", "school", "university", "college", "lab", "laboratory", "center", "centre", "council", "committee", "commission",
        "board", "office", "department", "ministry", "campaign", "initiative", "outfit", "chain", "retailer", "business", "businesses",
        "enterprise", "collective", "society", "federation", "league", "brand", "entity", "organisations", "organizations"];

    /// <summary>
    /// "a technology called ZORVEX", "the update (codenamed MIRTO)": an unknown all-caps word that a naming word gives to a
    /// thing (a lower-case noun that is no body, or a code name) names that thing in the whole article, not an organisation.
    /// </summary>
    private void BlockNamedThings()
    {
        for (int i = 1; i + 1 < _tokens.Count; i++)
        {
            if (_tokens[i].Kind != TokenKind.Word || _tokens[i].Case != TokenCase.Lower)
            {
                continue;
            }

            int k = i + 1;
            Token next = _tokens[k];
            if (next.Span.Length == 1 && SameLine(k) && _text[next.Span.Start] is '"' or '“' or '\'' or '‘')
            {
                k++; // an opening quote mark: "dubbed 'ALPHA'"
            }

            // The all-caps word first: it is rare, and the naming-word list is compared only before one.
            if (k >= _tokens.Count || !SameLine(k) || !IsUpperWord(k) || Has(k, FlagGazetteer))
            {
                continue;
            }

            if (k == i + 1 && TokIs(i, "or") && TokIs(i - 1, ","))
            {
                BlockNamedThingShortForm(i - 1, k);
                if (SpellsLowerCaseWords(k, i - 1))
                {
                    _blockedAcronyms.Add(Tok(k).ToString());
                }

                continue;
            }

            if (!IsOneOf(Tok(i), NamingWords))
            {
                continue;
            }

            bool codeName = Tok(i).StartsWith("code", StringComparison.Ordinal);
            int p = i - 1;
            if (TokIs(p, ",") && p > 0)
            {
                p--;
            }

            bool thing = p >= 0 && SameLine(i) && _tokens[p].Kind == TokenKind.Word && _tokens[p].Case == TokenCase.Lower && Tok(p).Length >= 3
                && !IsOneOf(Tok(p), BodyNouns) && !BoilerplateLexicon.Instance.IsStopWord(BoilerplateLexicon.WordHash(Tok(p)));
            if (codeName || thing)
            {
                _blockedAcronyms.Add(Tok(k).ToString());
            }
        }
    }

    /// <summary>
    /// "a heavy rocket called the Deep Lift Vehicle, or DLV,": an all-caps short form given after ", or" to a name that a
    /// naming word gives to a thing (a lower-case noun that is no body) names that thing, not an organisation. Reads at most
    /// eight tokens back from the comma.
    /// </summary>
    private void BlockNamedThingShortForm(int comma, int acr)
    {
        int f = comma;
        while (f - 1 >= 0 && comma - f < 6 && SameLine(f) && IsCapWord(f - 1))
        {
            f--;
        }

        if (f == comma || f < 2 || !SameLine(f) || MatchLongFormBefore(Tok(acr), comma) < f)
        {
            return;
        }

        int q = f - 1;
        if ((TokIs(q, "the") || TokIs(q, "a") || TokIs(q, "an")) && q > 0 && SameLine(q))
        {
            q--;
        }

        if (q < 1 || !SameLine(q + 1) || !IsOneOf(Tok(q), NamingWords))
        {
            return;
        }

        int p = q - 1;
        if (_tokens[p].Kind == TokenKind.Word && _tokens[p].Case == TokenCase.Lower && Tok(p).Length >= 3 && SameLine(q)
            && !IsOneOf(Tok(p), BodyNouns) && !BoilerplateLexicon.Instance.IsStopWord(BoilerplateLexicon.WordHash(Tok(p))))
        {
            _blockedAcronyms.Add(Tok(acr).ToString());
        }
    }

    private const int MaxWordCheckedAcronyms = 32;

    /// <summary>
    /// "40 VXT cards", "the BRQ exam", "phones built on the open QLX architecture", "VORTEX technologies": a guessed acronym
    /// (no definition, no list) that the article writes right before a lower-case noun of a thing (<see cref="TechniqueNouns"/>)
    /// is the thing's short name; it joins the blocked acronyms for the whole article. One look at the token after each guess.
    /// </summary>
    private void BlockAcronymsBeforeThingNouns(List<Candidate> accepted)
    {
        foreach (Candidate c in accepted)
        {
            int k = c.First + 1;
            if (c.Source != CandidateSource.UnknownAcronym || c.Length != 1 || k >= _tokens.Count || !SameLine(k) || Glued(c.First, k)
                || _tokens[k].Kind != TokenKind.Word || _tokens[k].Case != TokenCase.Lower || !IsOneOf(Tok(k), TechniqueNouns))
            {
                continue;
            }

            _blockedAcronyms.Add(Tok(c.First).ToString());
        }
    }

    /// <summary>Whether the all-caps word at <paramref name="k"/> stands among other all-caps words on its line (within four tokens): a shouted headline or label.</summary>
    private bool IsShouted(int k)
    {
        for (int d = -4; d <= 4; d++)
        {
            int q = k + d;
            if (d == 0 || q < 0 || q >= _tokens.Count)
            {
                continue;
            }

            bool sameLine = true;
            for (int r = Math.Min(q, k) + 1; r <= Math.Max(q, k) && sameLine; r++)
            {
                sameLine = SameLine(r);
            }

            if (sameLine && _tokens[q].Kind == TokenKind.Word && _tokens[q].Case == TokenCase.Upper && _tokens[q].Span.Length >= 2 && !Tok(q).ContainsAnyInRange('0', '9'))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Plural organisation nouns that introduce a list of examples ("consulting firms such as A, B and C").</summary>
    private static readonly string[] SuchAsOrgNouns =
    [
        "firms", "companies", "consultancies", "banks", "lenders", "insurers", "agencies", "organisations", "organizations",
        "NGOs", "charities", "groups", "outlets", "newspapers", "broadcasters", "carmakers", "automakers", "airlines", "retailers",
        "startups", "start-ups", "conglomerates", "brokers", "brokerages", "manufacturers", "operators", "miners", "parties",
        "unions", "think-tanks", "tanks", "institutes", "universities", "clubs",
    ];

    /// <summary>
    /// "consulting firms in Lima, such as Veltrana, Oxmar Partners and Dunelo": each
    /// capitalised item of a "such as" list after a plural organisation noun (at most eight tokens before
    /// "such", same sentence and line) is a name. Items that hold a given name, a title, a non-name, or
    /// are only a place, country or demonym end the list. Linear: each "such as" reads at most 8 tokens
    /// back and 40 forward.
    /// </summary>
    private void FindSuchAsLists()
    {
        int n = _tokens.Count;
        for (int i = 1; i + 2 < n; i++)
        {
            if (!TokIs(i, "such") || !TokIs(i + 1, "as") || !SameLine(i + 1))
            {
                continue;
            }

            bool noun = false;
            for (int q = i - 1; q >= 0 && q >= i - 8 && !noun; q--)
            {
                if (!SameLine(q + 1) || TokIs(q, ".") || TokIs(q, ";"))
                {
                    break;
                }

                noun = _tokens[q].Kind == TokenKind.Word && _tokens[q].Case is TokenCase.Lower or TokenCase.Upper && IsOneOf(Tok(q), SuchAsOrgNouns);
            }

            if (!noun)
            {
                continue;
            }

            int k = i + 2;
            int limit = Math.Min(n, i + 42);
            for (int items = 0; items < 10 && k < limit && SameLine(k); items++)
            {
                int s = k;
                while (k < limit && SameLine(k) && k - s < 5
                    && (IsCapWord(k) || (k > s && IsHyphenOrAmpersand(k) && k + 1 < limit && IsCapWord(k + 1))
                        || (k > s && _tokens[k].Case == TokenCase.Lower && IsOneOf(Tok(k), ComplementWords) && k + 1 < limit && IsCapWord(k + 1))))
                {
                    k++;
                }

                if (k == s || !IsCapWord(k - 1) || IsOnlyPlaceOrDemonym(s, k))
                {
                    break;
                }

                bool person = false;
                for (int t = s; t < k && !person; t++)
                {
                    person = (_flags[t] & (FlagFirstName | FlagTitle | FlagNonOrg | FlagCountry)) != 0;
                }

                if (person)
                {
                    break;
                }

                if ((_flags[s] & FlagGazetteer) == 0)
                {
                    Add(s, k, 0.7, OrganisationType.Unknown, CandidateSource.Cue);
                }

                // Separators: ",", "and", "or", ", and".
                if (k < limit && TokIs(k, ","))
                {
                    k++;
                }

                if (k < limit && (TokIs(k, "and") || TokIs(k, "or")))
                {
                    k++;
                }
                else if (k > 0 && !TokIs(k - 1, ","))
                {
                    break;
                }
            }
        }
    }

    /// <summary>"47th", "11th", "2nd", "116th": digits and an English ordinal suffix.</summary>
    private bool IsOrdinalNumber(int k)
    {
        ReadOnlySpan<char> s = Tok(k);
        int d = 0;
        while (d < s.Length && char.IsAsciiDigit(s[d]))
        {
            d++;
        }

        if (d == 0 || d > 3 || s.Length != d + 2)
        {
            return false;
        }

        ReadOnlySpan<char> suffix = s[d..];
        return suffix.SequenceEqual("st") || suffix.SequenceEqual("nd") || suffix.SequenceEqual("rd") || suffix.SequenceEqual("th");
    }

    private static bool IsRomanNumeral(ReadOnlySpan<char> s)
    {
        foreach (char c in s)
        {
            if (c is not ('I' or 'V' or 'X' or 'L' or 'C' or 'D' or 'M'))
            {
                return false;
            }
        }

        return true;
    }

    private static readonly string[] CivilServiceWords = ["Fire", "Police", "Crime", "Crimes", "Ambulance", "Rescue", "Emergency", "Traffic", "Fraud"];

    /// <summary>Whether a token in [<paramref name="from"/>, <paramref name="end"/>) is one of <paramref name="words"/>.</summary>
    private bool AnyTokenIs(int from, int end, string[] words)
    {
        for (int k = from; k < end; k++)
        {
            if (IsOneOf(Tok(k), words))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"Apple Inc and Samsung Electronics Co Ltd": a legal form before "and" ends the first of two names.</summary>
    private bool IsLegalFormWord(int k) =>
        _lex.Heads.TryGetToken(Tok(k), out HeadWord head) && (head.Kind & HeadKind.LegalForm) != 0;

    private bool TryLegalForm(int a, int h)
    {
        // "Acme Corp.", "Goldman Sachs & Co.": name words before the legal form.
        int s = h;
        a = Math.Max(a, h - 8);

        // "Greenfield Resources, Inc": a comma before the legal form.
        int lo = Math.Max(0, h - 8);
        if (s - 2 >= lo && TokIs(s - 1, ",") && Glued(s - 2, s - 1) && SameLine(s) && IsCapWord(s - 2) && !Has(s - 2, FlagNonOrg) && !Has(s - 2, FlagPlace) && !Has(s - 2, FlagCountry))
        {
            s -= 1;
            int t = s;
            while (t - 1 >= lo && SameLine(t) && (IsCapWord(t - 1) || IsHyphenOrAmpersand(t - 1)))
            {
                t--;
            }

            while (t < s && (Has(t, FlagNonOrg) || !IsCapWord(t)))
            {
                t++;
            }

            if (t < s)
            {
                int e2 = h + 1;
                if (e2 < _tokens.Count && TokIs(e2, ".") && Glued(h, e2) && !IsSentenceFinal(e2))
                {
                    e2++;
                }

                Add(t, e2, 0.9, OrganisationType.Company, CandidateSource.LegalForm);
                return true;
            }

            s = h;
        }

        while (s - 1 >= a && (IsCapWord(s - 1) || _tokens[s - 1].Kind == TokenKind.Number || IsHyphenOrAmpersand(s - 1) || TokIs(s - 1, ".")
            || (TokIs(s - 1, "and") && s - 2 >= a && !Has(s - 2, FlagGazetteer) && !IsUpperWord(s - 2) && !IsLegalFormWord(s - 2))))
        {
            s--;
        }

        while (s < h && (Has(s, FlagNonOrg) || !IsCapWord(s)))
        {
            s++;
        }

        if (s >= h)
        {
            return false;
        }

        int e = h + 1;
        if (e < _tokens.Count && TokIs(e, ".") && Glued(h, e) && !IsSentenceFinal(e))
        {
            e++;
        }

        Add(s, e, 0.9, OrganisationType.Company, CandidateSource.LegalForm);
        return true;
    }

    /// <summary>
    /// A word that may continue the complement of a prefix head: a capitalised word that is not a
    /// given name or a non-name word; a title counts when no name follows it ("Ministry of Justice",
    /// "Office of the Prime Minister", but not "Office of the President Joe Biden").
    /// </summary>
    private bool IsComplementNameWord(int k, int sentenceEnd)
    {
        if (!IsCapWord(k) || Has(k, FlagFirstName))
        {
            return false;
        }

        if (IsUpperWord(k) && !Tok(k).EndsWith("s", StringComparison.Ordinal) && k > 0 && SameLine(k) && _tokens[k - 1].Case == TokenCase.Capitalized && _tokens[k - 1].Kind == TokenKind.Word
            && !Has(k, FlagGazetteer) && !Has(k, FlagCountry) && !Has(k, FlagPlace))
        {
            // "International Centre for the Identification of Missing Migrants CIPIMD": an acronym glossing the name ends it.
            return false;
        }

        if (!Has(k, FlagNonOrg))
        {
            return true;
        }

        if (!Has(k, FlagTitle) || _tokens[k].Case != TokenCase.Capitalized)
        {
            return false;
        }

        int n = k + 1;
        return n >= sentenceEnd || !SameLine(n) || !IsCapWord(n) || Has(n, FlagTitle) || _lex.Heads.TryGetToken(Tok(n), out _);
    }

    /// <summary>
    /// Whether the word after "and" in a complement is a name of its own: an acronym ending the run
    /// ("Alliance of Bioversity International | and CIAT"), or name words ending in an institution head.
    /// </summary>
    private bool AndStartsAnotherName(int d, int sentenceEnd)
    {
        if (!SameLine(d) || !IsCapWord(d))
        {
            return false;
        }

        int e = d;
        while (e < sentenceEnd && e - d < 6 && SameLine(e) && IsCapWord(e))
        {
            e++;
        }

        if (e - d == 1)
        {
            return IsUpperWord(d) && Tok(d).Length >= 2 && !Has(d, FlagNonOrg);
        }

        // "University of Pennsylvania and Johns Hopkins University": name words ending in an institution head, with no
        // complement after it, are a second name, not words of the first one's complement ("Science and Technology";
        // "Department of Health and Human Services" keeps its domain head).
        return e - d is >= 2 and <= 5 && IsOneOf(Tok(e - 1), InstitutionHeads) && (e >= sentenceEnd || !SameLine(e) || !IsComplementWord(e));
    }

    /// <summary>
    /// "General Energy Company", "Premier Service Holding Company", "Crown Prosecution Service": a title
    /// word that is not a personal honorific starts a name when a plain name word (not a given name or
    /// title) follows it before the head.
    /// </summary>
    private bool IsNameTitleWord(int s, int h)
    {
        if (IsHonorificPatron(s, h))
        {
            return true;
        }

        // "the Justice Ministry": a judge's title that is also a portfolio names the ministry or department it heads.
        if (s + 1 == h && TokIs(s, "Justice") && (TokIs(h, "Ministry") || TokIs(h, "Department")) && SameLine(h))
        {
            return true;
        }

        if (!Has(s, FlagTitle) || _tokens[s].Case != TokenCase.Capitalized || !IsOneOf(Tok(s), NameTitleWords) || s + 1 >= h || !SameLine(s + 1))
        {
            return false;
        }

        int n = s + 1;
        return IsCapWord(n) && (_flags[n] & (FlagTitle | FlagFirstName | FlagNonOrg)) == 0;
    }

    /// <summary>
    /// "King Abdullah University of Science and Technology", "Sultan Qaboos University", "Sir Joseph
    /// Bernier Day School", "St. Xavier's College": a royal or saint's title with a name before an
    /// institution head (university, college, school, institute, foundation, centre) names its patron and
    /// is part of the name.
    /// </summary>
    private bool IsHonorificPatron(int s, int h)
    {
        if (!Has(s, FlagTitle) || _tokens[s].Case != TokenCase.Capitalized || !IsOneOf(Tok(s), PatronTitles) || !IsOneOf(Tok(h), InstitutionHeads) || s + 1 >= h || !SameLine(s + 1))
        {
            return false;
        }

        // "Queen's College": the royal possessive itself is the patron.
        if (IsRoyalEponym(s))
        {
            return true;
        }

        int n = TokIs(s + 1, ".") ? s + 2 : s + 1;
        return n < h && SameLine(n) && _tokens[n].Case == TokenCase.Capitalized && !Has(n, FlagTitle) && !Has(n, FlagNonOrg);
    }

    private static readonly string[] PatronTitles = ["King", "Queen", "Prince", "Princess", "Sultan", "Sheikh", "Emir", "Sir", "Saint", "St", "St."];

    private static readonly string[] InstitutionHeads = ["University", "College", "School", "Institute", "Foundation", "Centre", "Center", "Academy"];

    private static readonly string[] TitleModifiers = ["Executive", "Managing", "Acting", "Former", "Senior", "Assistant", "Associate", "Interim", "Regional", "Country"];

    private static readonly string[] NameTitleWords = ["General", "Premier", "Crown", "Royal", "Major", "Private", "Field"];

    private bool TryHead(int a, int b, int h, HeadWord head, int sentenceEnd, bool titleLine)
    {
        // "Board of Directors of Remat Al-Riyadh Development Company": the company is the name, not its board.
        if (TokIs(h, "Board") && TokIs(h + 1, "of") && (TokIs(h + 2, "Directors") || TokIs(h + 2, "Trustees") || TokIs(h + 2, "Governors")) && TokIs(h + 3, "of"))
        {
            return false;
        }

        // "Virudhachalam Government Hospital", "Tsuen Wan Government Secondary School": "Government" modifying a facility or
        // school is no suffix head ("Peruvian Government", "Kaohsiung City Government" are; "Government of India" is a prefix).
        // A weekday or month after it is no name word ("the Peruvian Government Monday filed").
        if (TokIs(h, "Government") && h + 1 < _tokens.Count && SameLine(h + 1) && IsCapWord(h + 1) && !Has(h + 1, FlagNonOrg))
        {
            return false;
        }

        // Right side: legal forms, then a complement for prefix heads ("of Defense", "for Science and Technology").
        int e = h + 1;
        while (e < b && _lex.Heads.TryGetToken(Tok(e), out HeadWord lf) && (lf.Kind & HeadKind.LegalForm) != 0)
        {
            e++;
            if (e < _tokens.Count && TokIs(e, ".") && Glued(e - 1, e) && !IsSentenceFinal(e))
            {
                e++;
            }
        }

        bool complement = false;
        if ((head.Kind & HeadKind.Prefix) != 0 && e == h + 1 && e < sentenceEnd && SameLine(e) && IsComplementWord(e))
        {
            int k = e + 1;
            if (k < sentenceEnd && (TokIs(k, "the") || TokIs(k, "la") || TokIs(k, "el") || ((TokIs(k, "a") || TokIs(k, "an")) && TokIs(e, "for"))))
            {
                k++;
            }

            if (k < sentenceEnd && SameLine(k) && IsComplementNameWord(k, sentenceEnd))
            {
                int last = k;
                int c = k + 1;
                while (c < sentenceEnd && c - k < 9 && SameLine(c))
                {
                    if (IsComplementNameWord(c, sentenceEnd))
                    {
                        last = c;
                        c++;
                        continue;
                    }

                    if (!TokIs(c, "and") && _tokens[c].Case == TokenCase.Lower && Has(c - 1, FlagCountry) && !IsHyphenOrAmpersand(c))
                    {
                        // "Government of India on the Infrastructural Projects": a country ends the complement.
                        break;
                    }

                    if (IsHyphenOrAmpersand(c) || (_tokens[c].Case == TokenCase.Lower && (IsOneOf(Tok(c), InnerConnectors) || IsOneOf(Tok(c), ComplementOnlyConnectors))))
                    {
                        int d = c + 1;
                        if (d < sentenceEnd && (TokIs(d, "the") || TokIs(d, "la")) && !TokIs(c, "and"))
                        {
                            d++;
                        }

                        if (TokIs(c, "and") && d < sentenceEnd && _lex.Heads.TryGetToken(Tok(d), out HeadWord nextHead) && (nextHead.Kind & HeadKind.Prefix) != 0
                            && (d + 1 >= sentenceEnd || !SameLine(d + 1) || !IsCapWord(d + 1) || IsComplementWord(d + 1)))
                        {
                            break;
                        }

                        if (TokIs(c, "and") && d < sentenceEnd && AndStartsAnotherName(d, sentenceEnd))
                        {
                            break;
                        }

                        if (d < sentenceEnd && SameLine(d) && IsComplementNameWord(d, sentenceEnd) && !Has(d, FlagInitial))
                        {
                            c = d;
                            continue;
                        }
                    }

                    break;
                }

                last = ExtendCommaList(last, sentenceEnd);
                e = last + 1;
                complement = true;
            }
        }

        // Left side: contiguous name words ("Stimson", "State", "Chinese Foreign", "Mar del Plata City").
        int s = h;
        int leftLimit = Math.Max(a, h - 8);
        while (s - 1 >= leftLimit)
        {
            int p = s - 1;
            if (IsUpperWord(p) && IsRomanNumeral(Tok(p)) && p - 1 >= leftLimit && SameLine(p) && _tokens[p - 1].Case == TokenCase.Capitalized && !Has(p - 1, FlagNonOrg))
            {
                // "Mohammed VI Football Academy", "King Abdullah II Fund"
                s = p;
                continue;
            }

            if (Has(p, FlagNonOrg) && !Has(p, FlagTitle) && !IsPossessive(p + 1))
            {
                // A function word ends the name. Titles are passed over ("China Democratic Justice Party")
                // and trimmed if they end up at the start ("President's Office" keeps its possessive).
                break;
            }

            if (IsCapWord(p) || _tokens[p].Kind == TokenKind.Number)
            {
                s = p;
                continue;
            }

            if ((IsHyphenOrAmpersand(p) || IsPossessive(p) || TokIs(p, ".")) && p - 1 >= a && IsCapWord(p - 1))
            {
                s = p;
                continue;
            }

            if (TokIs(p, "of") && p - 1 >= a && IsCapWord(p - 1) && !Has(p - 1, FlagNonOrg) && s + 1 < h && IsPossessive(s + 1) && IsOneOf(Tok(s), PossessiveNameWords))
            {
                // "House of Representatives' Foreign Affairs Committee": the plural possessive ends an "X of Y" name.
                s = p;
                continue;
            }

            if (_tokens[p].Case == TokenCase.Lower && IsOneOf(Tok(p), LeftConnectors) && p - 1 >= a && IsCapWord(p - 1) && !Has(p - 1, FlagNonOrg) && !Has(p - 1, FlagFirstName))
            {
                // "Mar del Plata City Council"
                s = p;
                continue;
            }

            if (TokIs(p, "and") && p - 1 >= a && Has(p, (ushort)(FlagPlace | FlagCountry)) && Has(p - 1, (ushort)(FlagPlace | FlagCountry)))
            {
                // "Antigua and Barbuda Cricket Board": "and" inside a place or country's name joins its two halves.
                s = p - 1;
                continue;
            }

            if (TokIs(p, "and") && p - 1 >= a && IsAndConjunct(p - 1) && !Has(p + 1, FlagPlace) && !Has(p + 1, FlagDemonym))
            {
                // "Truth and Reconciliation Commission", but not "Shohoz and Bangladesh Railway" or "NATO and European Union".
                s = LeftConjuncts(p - 1, h);
                break;
            }

            if (TokIs(p, "and") && p - 1 >= a && !Has(p + 1, FlagPlace) && !Has(p + 1, FlagDemonym))
            {
                // "National Security and Foreign Policy Committee": a conjunct of several plain words that starts the run.
                int q = MultiWordAndConjunct(p - 1, a);
                if (q >= 0)
                {
                    s = LeftConjuncts(q, h);
                }

                break;
            }

            break;
        }

        while (s < h && (!IsCapWord(s) || Has(s, FlagNonOrg)) && !IsNameTitleWord(s, h)
            && !(s + 1 < h && IsPossessive(s + 1) && _tokens[s].Case == TokenCase.Capitalized && IsOneOf(Tok(s), PossessiveNameWords)))
        {
            // "the Prosecutor's Office", "Attorney's Office": a title whose possessive opens the name stays.
            s++;
        }

        // "General Directorate of Criminal Investigation", "General Congress of Guatemala": "General" right before the head.
        bool generalPrefix = false;
        if (s == h && h - 1 >= a && SameLine(h) && TokIs(h - 1, "General") && (h - 2 < 0 || !SameLine(h - 1) || !IsCapWord(h - 2) || Has(h - 2, FlagNonOrg) && !Has(h - 2, FlagTitle)))
        {
            s = h - 1;
            generalPrefix = true;
        }

        // "Vice News", "VICE News": a title word alone before a media suffix head is the outlet's name word ("the Vice
        // News report"); not after another name word ("Vice President News Conference" has no media head).
        // Likewise a company suffix: "Consul Air", "Marshal Industries" (a title word alone is no person before a company head).
        if (s == h && h - 1 >= a && SameLine(h) && head.Type is OrganisationType.Media or OrganisationType.Company && (head.Kind & HeadKind.Suffix) != 0
            && (_tokens[h - 1].Case == TokenCase.Capitalized && Has(h - 1, FlagTitle) || IsUpperWord(h - 1) && _lex.TitlesFolded.TryGetToken(Tok(h - 1), out _))
            && (h - 2 < 0 || !SameLine(h - 1) || !IsCapWord(h - 2) || Has(h - 2, FlagInitial) && !Has(h - 2, FlagTitle | FlagFirstName)))
        {
            s = h - 1;
        }

        // "… officers sealed the road. AFP Police made arrests …": a one-word media name before a government or military
        // head is a photo credit glued to the next sentence (no outlet has a police force or an army); the credit's own
        // gazetteer candidate names it.
        if (head.Type is OrganisationType.Government or OrganisationType.Military && s < h
            && _lex.Organisations.LongestAt(_text, _tokens, s, h, out GazetteerEntry? credit) == 1 && credit is { Type: OrganisationType.Media })
        {
            s++;
        }

        // "Executive Director Acme Foundation": a role (modifiers and a title) before the name is not part of it.
        if (s < h && !IsNameTitleWord(s, h))
        {
            int t = s;
            while (t < h && _tokens[t].Case == TokenCase.Capitalized && (Has(t, FlagTitle) || IsOneOf(Tok(t), TitleModifiers)))
            {
                t++;
            }

            if (t > s && t < h && Has(t - 1, FlagTitle) && !(IsPossessive(t) && IsOneOf(Tok(t - 1), PossessiveNameWords)))
            {
                s = t;
            }
        }

        // A company or media suffix followed by more of the name ("Afghanistan Oil and Gas Corporation") is not its end.
        if ((head.Type is OrganisationType.Company or OrganisationType.Media) && (head.Kind & HeadKind.Prefix) == 0 && e == h + 1 && e < sentenceEnd && SameLine(e))
        {
            int nx = TokIs(e, "and") || IsHyphenOrAmpersand(e) ? e + 1 : e;
            if (nx < sentenceEnd && IsCapWord(nx) && SameLine(nx) && !Has(nx, FlagNonOrg) && !Has(nx, FlagFirstName) && !Has(nx, FlagPlace) && !Has(nx, FlagInitial))
            {
                return false;
            }
        }

        // Company and media suffixes ("Times", "Group", "Energy") are too common in title-case lines.
        if (titleLine && (head.Type is OrganisationType.Company or OrganisationType.Media) && (head.Kind & HeadKind.Prefix) == 0)
        {
            return false;
        }

        if ((head.Kind & HeadKind.Suffix) == 0 && s < h && !generalPrefix)
        {
            // A prefix-only head does not take words before it.
            s = h;
        }

        // "the 47th Parliament", "the 11th National Parliament", "the 116th Congress": a numbered session of a
        // legislature or body that names itself alone is part of the name.
        if ((head.Kind & HeadKind.Alone) != 0 && head.Type == OrganisationType.Government && s - 1 >= 0 && SameLine(s) && IsOrdinalNumber(s - 1)
            && (s == h || IsCapWord(s)))
        {
            s--;
        }
        else if (head.Type == OrganisationType.Military && s < h && s - 1 >= 0 && SameLine(s) && IsOrdinalNumber(s - 1))
        {
            // "the 82nd Airborne Division", "the 3rd Infantry Brigade": a numbered unit's ordinal is part of its name.
            s--;
        }

        bool alone = s == h && e == h + 1;
        if (alone)
        {
            if ((head.Kind & HeadKind.Alone) == 0 || Has(h, FlagInitial) || titleLine || _tokens[h].Case != TokenCase.Capitalized)
            {
                return false;
            }

            // "the Parliament", "Congress passed": a capitalised head alone mid-sentence.
            Add(h, e, 0.7, head.Type, CandidateSource.Head);
            return true;
        }

        if (!complement && (head.Kind & HeadKind.Suffix) == 0)
        {
            return false;
        }

        // Everything before the head is a title or a person's given name: "President Council"? not a name.
        if (s < h && Has(s, FlagFirstName) && !complement && h - s == 1)
        {
            return false;
        }

        if (titleLine && e - s > 3 && !complement)
        {
            return false;
        }

        if (complement && s < h && IsOnlyPlaceOrDemonym(h + 1, e) && _lex.Organisations.LongestAt(_text, _tokens, s, h + 1, out _) == h + 1 - s)
        {
            // "Deutsche Bank of New York": a known name followed by "of" and its location is the known name.
            return false;
        }

        OrganisationType type = head.Type;
        if (type == OrganisationType.Military && AnyTokenIs(s, e, CivilServiceWords))
        {
            // "London Fire Brigade", "Financial Crimes Division": a brigade or division of a civil service.
            type = OrganisationType.Government;
        }
        else if (s < h && !complement && (TokIs(h - 1, "News") || TokIs(h - 1, "Press")) && (TokIs(h, "Agency") || TokIs(h, "Association") || TokIs(h, "Service")))
        {
            // "Amaq News Agency", "the Press Association", "Kyodo News Service": a news agency.
            type = OrganisationType.Media;
        }

        Add(s, e, complement || (head.Type is OrganisationType.Government or OrganisationType.Intergovernmental or OrganisationType.Military) ? 0.85 : 0.8, type, CandidateSource.Head);
        return true;
    }

    /// <summary>
    /// Organisation nouns that also name things or programmes, so "a space station named X", "a loyalty club called X" or "a
    /// brand called X" give no body.
    /// </summary>
    /// <summary>Sports-page nouns for a club that name one only after a nationality ("Tunisian side", "Algerian giants").</summary>
    private static readonly string[] ClubNounsAfterNationality = ["side", "giants"];

    /// <summary>
    /// Whether token <paramref name="p"/> (right before a capitalised run) ends "&lt;nationality&gt; side" or "&lt;nationality&gt;
    /// giants", with or without a comma before the name: the run names a club. Not before a title ("the Palestinian side,
    /// Secretary General …" is left to the title checks of the run).
    /// </summary>
    private bool IsClubByNationality(int p)
    {
        int noun = TokIs(p, ",") ? p - 1 : p;
        return noun >= 1 && SameLine(noun) && SameLine(noun + 1) && _tokens[noun].Kind == TokenKind.Word && _tokens[noun].Case == TokenCase.Lower
            && IsOneOf(Tok(noun), ClubNounsAfterNationality) && Has(noun - 1, FlagDemonym) && !Has(p + 1, FlagTitle);
    }

    private static readonly string[] NamedThingNouns = ["giant", "center", "centre", "station", "club", "brand", "platform", "tank", "arm", "franchise", "chain", "utility", "team", "band"];

    /// <summary>
    /// Whether token <paramref name="p"/> is "called" or "named" after a lower-case organisation noun that an indefinite
    /// phrase introduces ("a company called X", "an offshore firm named X"; not "the firm called X to testify", where
    /// "called" is a verb with its own object).
    /// </summary>
    private bool IsNamedByBodyNoun(int p)
    {
        if (p < 2 || !(TokIs(p, "called") || TokIs(p, "named")) || !SameLine(p) || !SameLine(p - 1))
        {
            return false;
        }

        int noun = p - 1;
        if (_tokens[noun].Kind != TokenKind.Word || _tokens[noun].Case != TokenCase.Lower || !IsOneOf(Tok(noun), OrgNouns)
            || IsOneOf(Tok(noun), NamedThingNouns))
        {
            return false;
        }

        ReadOnlySpan<char> det = Tok(noun - 1);
        return !(det.Equals("the", StringComparison.OrdinalIgnoreCase) || det.SequenceEqual("its") || det.SequenceEqual("their")
            || det.SequenceEqual("his") || det.SequenceEqual("her") || det.SequenceEqual("our") || IsPossessive(noun - 1));
    }

    /// <summary>Plural organisation nouns that end a classifying copula ("is one of the largest law firms").</summary>
    private static readonly string[] PluralOrgNouns =
    [
        "firms", "companies", "banks", "lenders", "insurers", "groups", "agencies", "carmakers", "automakers", "airlines", "carriers",
        "retailers", "manufacturers", "makers", "operators", "outlets", "networks", "newspapers", "broadcasters", "publishers",
        "charities", "unions", "institutes", "consultancies", "exporters", "miners", "suppliers", "providers", "conglomerates",
        "organisations", "organizations", "startups", "start-ups", "chains", "brands", "utilities", "refiners", "shipbuilders",
    ];

    /// <summary>
    /// Whether the run ending before token <paramref name="b"/> is classified as a body by a copula: "X is a mining company",
    /// "X was one of the largest law firms", also across a short apposition that opens with a lower-case word ("X, based in
    /// Y, is one of the ... firms"). Up to six modifiers (lower-case words, nationalities, places, possessives) come before the
    /// noun, which must end the phrase (punctuation or a word such as "that", "based", "with").
    /// </summary>
    private bool IsClassifiedAsBody(int b, int sentenceEnd)
    {
        int k = b;
        if (TokIs(k, ","))
        {
            if (k + 1 >= sentenceEnd || _tokens[k + 1].Case != TokenCase.Lower)
            {
                return false;
            }

            int close = -1;
            for (int j = k + 2; j < Math.Min(sentenceEnd, k + 10); j++)
            {
                if (TokIs(j, ","))
                {
                    close = j;
                    break;
                }
            }

            if (close < 0)
            {
                return false;
            }

            k = close + 1;
        }

        if (k + 2 >= sentenceEnd || !(TokIs(k, "is") || TokIs(k, "was")))
        {
            return false;
        }

        k++;
        bool plural = false;
        if (TokIs(k, "one") && TokIs(k + 1, "of"))
        {
            plural = true;
            k += 2;
        }

        if (!(TokIs(k, "the") || (!plural && (TokIs(k, "a") || TokIs(k, "an")))))
        {
            return false;
        }

        for (int j = k + 1; j < Math.Min(sentenceEnd, k + 8); j++)
        {
            Token t = _tokens[j];
            if (t.Kind == TokenKind.Word && t.Case == TokenCase.Lower)
            {
                if (plural ? IsOneOf(Tok(j), PluralOrgNouns) : (IsOneOf(Tok(j), OrgNouns) && !TokIs(j, "party") && !TokIs(j, "team") && !TokIs(j, "band")))
                {
                    return j + 1 >= sentenceEnd || _tokens[j + 1].Kind == TokenKind.Punctuation || IsOneOf(Tok(j + 1), AppositiveFollowers);
                }

                if (IsOneOf(Tok(j), AppositivePrepositions))
                {
                    return false;
                }

                continue;
            }

            if (IsPossessive(j) || IsHyphenOrAmpersand(j)
                || (t.Kind == TokenKind.Word && (Has(j, FlagDemonym) || Has(j, FlagPlace) || Has(j, FlagCountry) || EndsWithListedSuffix(Tok(j)))))
            {
                continue;
            }

            return false;
        }

        return false;
    }

    private void TryCues(int a, int b, int sentenceEnd, bool titleLine)
    {
        // Trim titles and function words at the start of the run.
        int s = a;
        while (s < b && (Has(s, FlagNonOrg) || !IsCapWord(s)))
        {
            s++;
        }

        // "the Spanish NGO Marea Viva": a demonym or place before the all-caps noun "NGO" qualifies the noun.
        for (int k = s; k < b - 1 && k - s <= 2; k++)
        {
            if (TokIs(k, "NGO"))
            {
                if (k > s && IsOnlyPlaceOrDemonym(s, k))
                {
                    s = k + 1;
                }

                break;
            }

            if ((_flags[k] & (FlagDemonym | FlagPlace | FlagCountry)) == 0)
            {
                break;
            }
        }

        if (s >= b || b - s > 6 || IsOnlyPlaceOrDemonym(s, b) || (b - s == 1 && Tok(s).Length < 2))
        {
            return;
        }

        // "Sawea CEO Niveshen Govender": the name before an all-caps role is cued by the role.
        for (int k = s + 1; k < b && k - s <= 3; k++)
        {
            if (TokIs(k, "CEO"))
            {
                b = k;
                break;
            }
        }

        // A run holding a title or a given name is a person ("Foreign Minister Sergey Lavrov").
        for (int k = s; k < b; k++)
        {
            if (Has(k, FlagFirstName) || Has(k, FlagNonOrg))
            {
                // "the NGO Citizens for Justice and Peace": a title word after an inner connector, with no name word after
                // it, is a name word.
                if (Has(k, FlagTitle) && !Has(k, FlagFirstName) && k > s && _tokens[k - 1].Case == TokenCase.Lower && IsOneOf(Tok(k - 1), InnerConnectors)
                    && (k + 1 >= b || !IsCapWord(k + 1)))
                {
                    continue;
                }

                return;
            }
        }

        // "shareholders of Google and Facebook", "CEO of Vexaro and Space X": "and" next to a known name joins two names;
        // the cue names each part that is not a known name already.
        int second = -1, secondEnd = b;
        for (int k = s + 1; k < b - 1; k++)
        {
            if (TokIs(k, "and") && (Has(k - 1, FlagGazetteer) || Has(k + 1, FlagGazetteer)))
            {
                second = k + 1;
                b = k;
                break;
            }
        }

        double conf = 0;
        if (!titleLine && b - s is 2 or 3 && TokIs(s, "Daily") && !Has(s, FlagInitial) && !IsOnlyPlaceOrDemonym(s + 1, b))
        {
            // "the Daily Beast", "told the Daily Monitor": "Daily" before a name word inside a sentence names a newspaper.
            Add(s, b, 0.75, OrganisationType.Media, CandidateSource.Cue);
            return;
        }

        int p = s - 1;
        if (p >= 0 && SameLine(s))
        {
            ReadOnlySpan<char> prev = Tok(p);
            if (titleLine)
            {
                if (IsCopyright(p) && !IsAgencyCreditAfter(b))
                {
                    conf = 0.75;
                }
            }
            else if (_tokens[p].Kind == TokenKind.Word && (_tokens[p].Case == TokenCase.Lower || prev.SequenceEqual("NGO")) && IsOneOf(prev, OrgNouns)
                && !prev.SequenceEqual("center") && !prev.SequenceEqual("centre") // a player's position: "fourth-year center Pat Ames"
                && (!prev.SequenceEqual("giant") || IsIndustryGiant(p, s, b)))
            {
                // "the newspaper La Jornada", "Japanese carmaker Toyota"
                conf = 0.75;
            }
            else if (IsNamedByBodyNoun(p))
            {
                // "a shell company called Silver Gull Aviation", "a firm named Orrin Holdings"
                conf = 0.75;
            }
            else if (IsClubByNationality(p))
            {
                // "Moroccan giants Wydad Casablanca", "another Greek side, Aris Thessaloniki,"
                conf = 0.75;
            }
            else if (_tokens[p].Kind == TokenKind.Word && Glued(p, s) == false && EndsWithListedSuffix(prev))
            {
                // "Hong Kong-listed Smoore", "state-owned Petrobras", "Lagos-based Shohoz" (not "-run": "Overdrive Racing-run Toyotas")
                conf = 0.7;
            }
            else if (prev.SequenceEqual("of") && p - 1 >= 0 && (IsOneOfIgnoreCase(Tok(p - 1), RoleOfWords) || IsLowerRoleOf(p - 1, b - s)))
            {
                // "chief executive of Acme"
                conf = 0.7;
            }
            else if (prev.SequenceEqual("of") && p - 1 >= 0 && IsCapWord(p - 1) && HasSportsRoleBefore(p - 1) && !IsPlayerName(s, b))
            {
                // "striker Viorel Ion of Otelul Galati"
                conf = 0.7;
            }
            else if (IsCopyright(p) && !IsAgencyCreditAfter(b))
            {
                // "© 2023 Geopolitics & Empire" (not a photographer's name before the agency: "©Ana Ruiz (AFP)")
                conf = 0.75;
            }
            else if (b - s == 1 && s == a && IsAccordingToSource(s, sentenceEnd))
            {
                // "according to Olade, ...", "according to Newzoo": a lone source word the article never uses as a person's name.
                conf = 0.7;
            }
        }

        if (conf == 0 && !titleLine && b < sentenceEnd && SameLine(b))
        {
            int n = b;
            if (IsPossessive(n))
            {
                n++;
            }

            if (n < sentenceEnd && (TokIs(n, "shares") || TokIs(n, "spokesman") || TokIs(n, "spokeswoman") || TokIs(n, "spokesperson")) && !Has(s, FlagInitial))
            {
                // "Acme shares", "Acme spokesman"
                conf = 0.7;
            }
            else if (n < sentenceEnd && SameLine(n) && b - s <= 3 && (n > b ? IsOneOf(Tok(n), RoleAfterPossessiveWords) : IsOneOf(Tok(n), RoleAfterWords))
                && !(n == b && b - s == 1 && _lex.Heads.TryGetToken(Tok(s), out _)) // a lone body word in a title: "The Council chairman, Tom Berg"
                && (!Has(s, FlagInitial) || (n + 1 < sentenceEnd && IsCapWord(n + 1) && SameLine(n + 1) && !(b - s == 1 && IsOneOfIgnoreCase(Tok(s), OrgNouns)))))
            {
                // "Sawea CEO Niveshen Govender", "Pharmac chair Steve Maharey", "Acme's board" (not the common noun that opens
                // a sentence: "Firm co-founder Ramon Fonseca", "Company chairman Ali Khan")
                conf = 0.7;
            }
            else if (n == b && b - s >= 2 && b - s <= 4 && _tokens[b].Case == TokenCase.Lower && IsOneOf(Tok(b), CareNounsAfter)
                && !Has(s, FlagFirstName | FlagTitle) && !HasPlaceOrDemonymOnly(s, b) && !IsOneOf(Tok(s), SaintWords))
            {
                // "Riverton Baptist hospital", "Lakeside Memorial clinic": two or more name words (not a place alone) before a
                // lower-case hospital noun name the hospital; the noun stays outside.
                conf = 0.7;
            }
            else if (n == b && b < sentenceEnd && _tokens[b].Case == TokenCase.Lower && IsOneOf(Tok(b), MediaNounsAfter)
                // Not a word opening a sentence ("Good news: …", "World news - …") unless a newsroom job follows ("Sky news reporter").
                && !(b - s == 1 && Has(s, FlagInitial) && !(b + 1 < sentenceEnd && IsOneOf(Tok(b + 1), NewsroomJobs))))
            {
                // "Al-Rai daily", "Travel + Leisure magazine"
                conf = 0.75;
            }
            else if (n == b && b < sentenceEnd && s > 0 && (TokIs(s - 1, "the") || TokIs(s - 1, "The") || IsPossessive(s - 1)) && _tokens[b].Case == TokenCase.Lower && IsOneOf(Tok(b), OrgNounsAfter)
                && (b - s > 1 || (Tok(s).IndexOfAnyInRange('0', '9') < 0 && !IsNationalityCompound(s))))
            {
                // "the Plastika factory", "the Zenith group", "Mwangi's Umoja Mbele coalition" (not an age group: "the U-20 team",
                // nor a joint nationality: "the Anglo-Dutch company")
                conf = 0.7;
            }
            else if (TokIs(b, ",") && b + 2 < sentenceEnd && (TokIs(b + 1, "a") || TokIs(b + 1, "an") || TokIs(b + 1, "the")))
            {
                // "Acme, a Lagos-based company," — up to three lower-case modifiers, then the noun.
                for (int k = b + 2; k < Math.Min(sentenceEnd, b + 6); k++)
                {
                    if (_tokens[k].Kind == TokenKind.Word && _tokens[k].Case == TokenCase.Lower)
                    {
                        if (IsOneOf(Tok(k), OrgNouns) && !TokIs(k, "party") && (k + 1 >= sentenceEnd || _tokens[k + 1].Kind == TokenKind.Punctuation || IsOneOf(Tok(k + 1), AppositiveFollowers)))
                        {
                            // The noun heads the apposition ("a Lagos-based company,"), not "a union leader".
                            conf = 0.7;
                            break;
                        }

                        if (IsOneOf(Tok(k), AppositivePrepositions))
                        {
                            // "Rosa, a member of the band,": the apposition's head came before the preposition.
                            break;
                        }

                        continue;
                    }

                    if (IsHyphenOrAmpersand(k))
                    {
                        continue;
                    }

                    // "a Venezuelan consulting firm", "a Margarita-based team": a demonym, place or hyphenated adjective.
                    if (_tokens[k].Kind == TokenKind.Word && _tokens[k].Case == TokenCase.Capitalized
                        && (Has(k, FlagDemonym) || Has(k, FlagPlace) || Has(k, FlagCountry) || EndsWithListedSuffix(Tok(k))))
                    {
                        continue;
                    }

                    break;
                }
            }
            else if (IsClassifiedAsBody(b, sentenceEnd))
            {
                // "Ortley, based in Jersey, is one of the largest offshore law firms", "Quellin was a small mining company."
                conf = 0.7;
            }
        }

        if (conf > 0 && second < 0)
        {
            Add(s, b, conf, OrganisationType.Unknown, CandidateSource.Cue);
        }
        else if (conf > 0)
        {
            if (!Has(s, FlagGazetteer))
            {
                Add(s, b, conf, OrganisationType.Unknown, CandidateSource.Cue);
            }

            if (!Has(second, FlagGazetteer) && IsCapWord(second) && !IsOnlyPlaceOrDemonym(second, secondEnd))
            {
                Add(second, secondEnd, conf, OrganisationType.Unknown, CandidateSource.Cue);
            }
        }
    }

    /// <summary>Whether every word of [<paramref name="s"/>, <paramref name="b"/>) is a place, country or demonym ("New York", "Kenyan Red").</summary>
    private bool HasPlaceOrDemonymOnly(int s, int b)
    {
        for (int k = s; k < b; k++)
        {
            if ((_flags[k] & (FlagDemonym | FlagPlace | FlagCountry)) == 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// "according to Newzoo": a single capitalised (or inner-capital) word after "according to" is the source's name when it is
    /// no place, demonym, title or given name, no number follows it ("according to Section 12"), and the article never writes it
    /// next to another capitalised word on the same line ("Juan Montes" ... "according to Montes" is a person). The document
    /// check is done for at most <see cref="MaxSourceChecks"/> candidates per article, so the pass stays linear.
    /// </summary>
    private bool IsAccordingToSource(int s, int sentenceEnd)
    {
        if (s < 2 || !TokIs(s - 1, "to") || !(TokIs(s - 2, "according") || TokIs(s - 2, "According")) || !SameLine(s - 1))
        {
            return false;
        }

        Token t = _tokens[s];
        if (t.Case is not (TokenCase.Capitalized or TokenCase.Other) || Tok(s).Length < 3
            || Has(s, FlagPlace | FlagDemonym | FlagCountry | FlagTitle | FlagFirstName | FlagNonOrg | FlagGazetteer))
        {
            return false;
        }

        if (s + 1 < sentenceEnd && SameLine(s + 1) && _tokens[s + 1].Kind == TokenKind.Number)
        {
            return false;
        }

        if (++_sourceChecks > MaxSourceChecks)
        {
            return false;
        }

        ReadOnlySpan<char> w = Tok(s);
        for (int k = 0; k < _tokens.Count; k++)
        {
            if (k == s || _tokens[k].Span.Length != w.Length || !Tok(k).SequenceEqual(w))
            {
                continue;
            }

            if (k > 0 && SameLine(k) && IsCapWord(k - 1) && !Glued(k - 1, k) && (!Has(k - 1, FlagInitial) || Has(k - 1, FlagTitle | FlagFirstName)))
            {
                return false;
            }

            if (k + 1 < _tokens.Count && SameLine(k + 1) && IsCapWord(k + 1) && !Glued(k, k + 1))
            {
                return false;
            }

            if (IsPersonNickname(k))
            {
                return false;
            }
        }

        return true;
    }

    // Adverbs between "known as" and the name it gives ("better known as", "more commonly known as").
    private static readonly string[] NicknameAdverbs = ["more", "most", "commonly", "better", "popularly", "widely", "also", "affectionately", "fondly", "locally", "simply", "often"];

    /// <summary>
    /// "Senator Ama Boateng, better known as Maabo": whether the word at <paramref name="k"/> follows "known as" or "nicknamed"
    /// (adverbs and punctuation allowed between) right after a capitalised word the article writes after a person's title
    /// or given name: the word is that person's nickname. One pass over the article's tokens.
    /// </summary>
    private bool IsPersonNickname(int k)
    {
        int p = k - 1;
        if (p < 1 || !SameLine(k))
        {
            return false;
        }

        if (TokIs(p, "nicknamed"))
        {
            p--;
        }
        else if (TokIs(p, "as") && TokIs(p - 1, "known") && SameLine(p))
        {
            p -= 2;
        }
        else
        {
            return false;
        }

        while (p >= 0 && k - p <= 8 && SameLine(p + 1) && (_tokens[p].Kind == TokenKind.Punctuation || IsOneOf(Tok(p), NicknameAdverbs)))
        {
            p--;
        }

        if (p < 0 || k - p > 8 || !SameLine(p + 1) || _tokens[p].Kind != TokenKind.Word || _tokens[p].Case != TokenCase.Capitalized)
        {
            return false;
        }

        ReadOnlySpan<char> surname = Tok(p);
        for (int j = 1; j < _tokens.Count; j++)
        {
            if (_tokens[j].Span.Length != surname.Length || !Tok(j).SequenceEqual(surname) || !SameLine(j))
            {
                continue;
            }

            if (Has(j - 1, FlagTitle | FlagFirstName) || (j >= 2 && SameLine(j - 1) && IsCapWord(j - 1) && Has(j - 2, FlagTitle)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"executive director of Magen", "head of Nippon Ishin" (a name of two words or more; not "head of Sales").</summary>
    private bool IsLowerRoleOf(int r, int nameWords)
    {
        if (TokIs(r, "director"))
        {
            return r > 0 && IsOneOf(Tok(r - 1), DirectorModifiers);
        }

        return TokIs(r, "head") && nameWords >= 2;
    }

    private static bool EndsWithListedSuffix(ReadOnlySpan<char> w)
    {
        int dash = w.LastIndexOf('-');
        if (dash <= 0)
        {
            return false;
        }

        ReadOnlySpan<char> suffix = w[(dash + 1)..];
        return suffix.SequenceEqual("listed") || suffix.SequenceEqual("owned") || suffix.SequenceEqual("based") || suffix.SequenceEqual("headquartered");
    }

    private bool HasSportsRoleBefore(int nameEnd)
    {
        int k = nameEnd;
        while (k >= 0 && nameEnd - k < 4 && IsCapWord(k))
        {
            k--;
        }

        return k >= 0 && k < nameEnd && _tokens[k].Case == TokenCase.Lower && IsOneOf(Tok(k), SportsRoles);
    }

    private bool IsCopyright(int p)
    {
        // "©", "(c)", "Copyright", optionally followed by a year.
        if (_tokens[p].Kind == TokenKind.Number && p > 0)
        {
            p--;
        }

        ReadOnlySpan<char> t = Tok(p);
        return t.SequenceEqual("©") || t.Equals("copyright", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// True when the tokens at <paramref name="b"/> are "(" or "/" and then a known media name, possibly after more
    /// photographers' names (", Eva Lund"): the words before them are a photographer credited with the agency
    /// ("©Ana Ruiz (AFP/File)", "© Tom Berg/Reuters", "©Ana Ruiz, Eva Lund (AFP)").
    /// </summary>
    private bool IsAgencyCreditAfter(int b)
    {
        for (int names = 0; names < 3 && b + 1 < _tokens.Count && SameLine(b) && TokIs(b, ",") && IsCapWord(b + 1); names++)
        {
            b++;
            for (int words = 0; words < 3 && b < _tokens.Count && SameLine(b) && IsCapWord(b); words++)
            {
                b++;
            }
        }

        return b + 1 < _tokens.Count && SameLine(b) && SameLine(b + 1) && (TokIs(b, "(") || TokIs(b, "/")) && Has(b + 1, FlagGazetteer)
            && _lex.Organisations.LongestAt(_text, _tokens, b + 1, Math.Min(_tokens.Count, b + 5), out GazetteerEntry? agency) > 0
            && agency!.Type == OrganisationType.Media;
    }

    private bool IsOnlyPlaceOrDemonym(int s, int e)
    {
        if (TokIs(e - 1, "ministry"))
        {
            // "the Iranian foreign ministry"
            return false;
        }

        bool any = false;
        for (int k = s; k < e; k++)
        {
            if (IsCapWord(k))
            {
                if (!Has(k, FlagPlace) && !Has(k, FlagDemonym))
                {
                    // "Northeast Asia", "Western Sahel": a compass word before a continent or a sea is part of the region (not before
                    // a state or a country: "Western Australia" is also a cricket team).
                    if (k + 1 < e && IsOneOf(Tok(k), CompassWords) && IsOneOf(Tok(k + 1), RegionWords))
                    {
                        continue;
                    }

                    return false;
                }

                any = true;
            }
        }

        return any;
    }

    private void TryOwnedLowercaseMinistry(int possessive, int sentenceEnd)
    {
        // "Russia's foreign ministry": a country owns a lower-case ministry.
        if (!Has(possessive - 1, FlagPlace))
        {
            return;
        }

        int k = possessive + 1;
        if (k + 1 < sentenceEnd && IsOneOf(Tok(k), OwnedMinistryAdjectives) && TokIs(k + 1, "ministry"))
        {
            Add(k, k + 2, 0.8, OrganisationType.Government, CandidateSource.Head);
        }
    }

    // ---- Acronym definitions ---------------------------------------------------------------

    private void FindDefinitions(Dictionary<string, (string LongForm, OrganisationType Type)> aliases)
    {
        int n = _tokens.Count;
        for (int i = 1; i + 2 < n; i++)
        {
            if (!TokIs(i, "("))
            {
                if (TokIs(i, ":"))
                {
                    DefineGluedColon(i, aliases);
                }
                else if (TokIs(i, "or") || TokIs(i, "stands") || TokIs(i, "stood"))
                {
                    DefineInProse(i, aliases);
                }

                continue;
            }

            // Long Form (ACR)
            if (TokIs(i + 2, ")") && IsAcronymToken(i + 1))
            {
                ReadOnlySpan<char> acr = Tok(i + 1);
                int lf = MatchLongFormBefore(acr, i);
                if (lf >= 0)
                {
                    Define(lf, i, i + 1, aliases);
                }
                else if (IsCapWord(i - 1) && i - 2 >= 0 && (IsCapWord(i - 2) || (TokIs(i - 2, ")") && IsLawWord(i - 1))) && SameLine(i - 1)
                    && IsOneOf(Tok(i - 1), NonOrganisationFinals) && !Has(i + 1, FlagGazetteer))
                {
                    // "Mariel Special Development Zone (ZEDM)": an acronym of the name in another language glosses a thing;
                    // so does one after a law's title with a bracket in it ("... (Emergency Powers) Act (CGEPA)").
                    _blockedAcronyms.Add(acr.ToString());
                }
                else if (SpellsLowerCaseWords(i + 1, i))
                {
                    // "unlicensed, unmonitored and unlawful (UUU) trawling": the short form of a common-noun phrase.
                    _blockedAcronyms.Add(acr.ToString());
                }
                else if (acr.Length >= 3 && IsUpperWord(i + 1) && !Has(i + 1, FlagGazetteer) && EndsOrganisationName(i - 1)
                    && _lex.Heads.TryGetToken(Tok(i - 1), out HeadWord head) && (head.Kind & HeadKind.LegalForm) == 0)
                {
                    // "Costa Rican Institute for Fisheries Research (INCOPESCA)": an acronym from the body's own language after
                    // a head-word name (not a legal form, where a bracket may hold a ticker) is its short name.
                    Add(i + 1, i + 2, 0.75, OrganisationType.Unknown, CandidateSource.Cue);
                }

                // "Rural Health Insurance Fund (RuralCare)": a mixed-case short name whose letters do not spell the long
                // form is tried as a short name below.
                if (lf >= 0 || !HasInnerCapital(i + 1))
                {
                    continue;
                }
            }

            // "African Export-Import Bank (Afreximbank)": an acronym written as a word, after an organisation.
            if (TokIs(i + 2, ")") && IsWordAcronymToken(i + 1))
            {
                int lf = MatchLongFormBefore(Tok(i + 1), i);
                if (lf >= 0 && i - lf >= 2)
                {
                    Define(lf, i, i + 1, aliases, requireOrganisation: true);
                }
                else if (EndsOrganisationName(i - 1) || (HasInnerCapital(i + 1) && IsLongNameRunBefore(i)))
                {
                    // "National Tourism Promotion Fund (Fonatur)": a short name from the body's own language, whose letters
                    // need not spell the English long form; the short name alone is the organisation.
                    Add(i + 1, i + 2, 0.75, OrganisationType.Unknown, CandidateSource.Cue);
                }

                continue;
            }

            // "Social Health Insurance System (EsSalud)": the same with an inner capital.
            if (TokIs(i + 2, ")") && _tokens[i + 1].Case == TokenCase.Other && IsCapWord(i + 1) && Tok(i + 1).Length is >= 4 and <= 12
                && !Has(i + 1, FlagGazetteer) && EndsOrganisationName(i - 1))
            {
                Add(i + 1, i + 2, 0.75, OrganisationType.Unknown, CandidateSource.Cue);
                continue;
            }

            // ACR (Long Form)
            if (IsAcronymToken(i - 1) && IsCapWord(i + 1))
            {
                int close = -1;
                for (int k = i + 1; k < Math.Min(n, i + 16); k++)
                {
                    if (TokIs(k, ")"))
                    {
                        close = k;
                        break;
                    }

                    if (TokIs(k, "(") || _tokens[k].NewlineBefore)
                    {
                        break;
                    }
                }

                if (close > i + 1 && LongFormMatches(Tok(i - 1), i + 1, close))
                {
                    Define(i + 1, close, i - 1, aliases);
                }
            }
        }
    }

    /// <summary>
    /// "Chamber of Commerce, Industries, and Agriculture of Panama (Cciap)", "Institute for Research and Teaching in Nutrition
    /// and Health (INRN)": a head-word name the chunker ended early (at a comma or "in") extends over the rest of the long
    /// form when the words up to a parenthesised short name are only capitalised words, connectors and commas. Not over a
    /// known name, a given name, a non-name word, a prefix head or "the" (a second name), or "in"/"at" and a place
    /// ("Ministry of Health in Peru").
    /// </summary>
    private void ExtendToBracketedShortName()
    {
        Span<Candidate> span = CollectionsMarshal.AsSpan(_candidates);
        for (int ci = 0; ci < span.Length; ci++)
        {
            ref Candidate c = ref span[ci];
            int e = c.End;
            if (c.Source != CandidateSource.Head || c.Length < 2 || c.EndChar > 0 || e + 1 >= _tokens.Count || !SameLine(e)
                || !(TokIs(e, ",") || (_tokens[e].Case == TokenCase.Lower && (TokIs(e, "in") || IsOneOf(Tok(e), InnerConnectors)))))
            {
                continue;
            }

            int k = e;
            while (k < _tokens.Count && k - e <= 10 && SameLine(k) && !TokIs(k, "("))
            {
                if (IsCapWord(k))
                {
                    // A second body's name ("... and Institute of ...") starts at a prefix head.
                    if ((_flags[k] & (FlagGazetteer | FlagFirstName | FlagNonOrg)) != 0
                        || (_lex.Heads.TryGetToken(Tok(k), out HeadWord h) && (h.Kind & HeadKind.Prefix) != 0))
                    {
                        break;
                    }
                }
                else if (TokIs(k, "the") && !TokIs(k - 1, "of"))
                {
                    // "... and the International Centre for ... (ICX)": the bracket glosses the second name.
                    break;
                }
                else if (TokIs(k, "in") || TokIs(k, "at"))
                {
                    if (k + 1 >= _tokens.Count || (_flags[k + 1] & (FlagPlace | FlagCountry)) != 0)
                    {
                        break;
                    }
                }
                else if (!TokIs(k, ",") && !(_tokens[k].Case == TokenCase.Lower && IsOneOf(Tok(k), InnerConnectors)))
                {
                    break;
                }

                k++;
            }

            if (k + 2 < _tokens.Count && k - e >= 2 && TokIs(k, "(") && TokIs(k + 2, ")") && SameLine(k) && IsCapWord(k - 1)
                && _tokens[k + 1].Kind == TokenKind.Word && char.IsUpper(Tok(k + 1)[0]) && !Has(k + 1, FlagGazetteer))
            {
                c.End = k;
            }
        }
    }

    /// <summary>
    /// Definitions written in prose rather than brackets: "the Northern Rail Board, or NRB, said" and "NRB stands for the
    /// Northern Rail Board". <paramref name="i"/> is the "or" (the acronym follows it) or the "stands"/"stood" (the acronym
    /// precedes it and "for" follows). The long form must spell the acronym and be an organisation (gazetteer or head word).
    /// </summary>
    private void DefineInProse(int i, Dictionary<string, (string LongForm, OrganisationType Type)> aliases)
    {
        int n = _tokens.Count;
        if (TokIs(i, "or"))
        {
            int acr = i + 1;
            int lfEnd = TokIs(i - 1, ",") ? i - 1 : i;
            if (acr >= n || !IsUpperWord(acr) || !IsAcronymToken(acr) || !SameLine(acr) || lfEnd < 2 || !IsCapWord(lfEnd - 1)
                || (acr + 1 < n && IsCapWord(acr + 1) && SameLine(acr + 1)))
            {
                return;
            }

            int lf = MatchLongFormBefore(Tok(acr), lfEnd);
            if (lf >= 0 && lfEnd - lf >= 2)
            {
                Define(lf, lfEnd, acr, aliases, requireOrganisation: true);
            }

            return;
        }

        int ac = i - 1;
        int first = i + 2;
        if (!TokIs(i + 1, "for") || !IsUpperWord(ac) || !IsAcronymToken(ac) || first >= n)
        {
            return;
        }

        if (TokIs(first, "the") && first + 1 < n)
        {
            first++;
        }

        int end = first;
        while (end < n && end - first < 12 && SameLine(end)
            && (IsCapWord(end) || IsPossessive(end) || (end > first && IsOneOf(Tok(end), InnerConnectors))))
        {
            end++;
        }

        while (end > first && !IsCapWord(end - 1))
        {
            end--;
        }

        if (end - first >= 2 && LongFormMatches(Tok(ac), first, end))
        {
            Define(first, end, ac, aliases, requireOrganisation: true);
        }
    }

    /// <summary>
    /// "ANP:Allied News Press Lena Berg lifts the cup" (a scraped caption credit): an acronym glued by a colon to capitalised words
    /// whose first as many words as the acronym has letters spell it is defined by them, as "ACR (Long Form)" is.
    /// </summary>
    private void DefineGluedColon(int colon, Dictionary<string, (string LongForm, OrganisationType Type)> aliases)
    {
        int acr = colon - 1;
        if (!Glued(acr, colon) || !Glued(colon, colon + 1) || !IsUpperWord(acr) || !IsAcronymToken(acr) || !IsCapWord(colon + 1))
        {
            return;
        }

        int letters = Tok(acr).Length;
        int end = colon + 1 + letters;
        if (letters < 2 || letters > 5 || end > _tokens.Count)
        {
            return;
        }

        for (int k = colon + 1; k < end; k++)
        {
            if (!SameLine(k) || !IsCapWord(k) || _tokens[k].Case != TokenCase.Capitalized)
            {
                return;
            }
        }

        if (LongFormMatches(Tok(acr), colon + 1, end))
        {
            Define(colon + 1, end, acr, aliases);
        }
    }

    /// <summary>
    /// Whether a head-word, legal-form or gazetteer candidate of two words or more ends at token <paramref name="last"/>
    /// on the same line as the next token (the name a parenthesised short name glosses). The end positions are
    /// collected once per article.
    /// </summary>
    private bool EndsOrganisationName(int last)
    {
        if (last < 0 || last + 1 >= _tokens.Count || !SameLine(last + 1))
        {
            return false;
        }

        // "Bank of Ghana (Amendment) Act": the parentheses belong to a law's title.
        if (IsBracketedLawTitlePart(last + 1))
        {
            return false;
        }

        if (_orgEnds is null)
        {
            _orgEnds = new HashSet<int>();
            foreach (Candidate c in _candidates)
            {
                if (c.Source is CandidateSource.Head or CandidateSource.LegalForm or CandidateSource.Gazetteer && c.Length >= 2)
                {
                    _orgEnds.Add(c.End - 1);
                }
            }
        }

        return _orgEnds.Contains(last);
    }

    /// <summary>
    /// Whether an opening bracket at <paramref name="open"/> holds one to three capitalised words and is followed on its line
    /// by a law word: "(Amendment) Act", "(Emergency Powers) Act".
    /// </summary>
    private bool IsBracketedLawTitlePart(int open)
    {
        if (open >= _tokens.Count || !TokIs(open, "("))
        {
            return false;
        }

        int k = open + 1;
        while (k < _tokens.Count && k - open <= 3 && SameLine(k) && IsCapWord(k))
        {
            k++;
        }

        return k > open + 1 && k + 1 < _tokens.Count && TokIs(k, ")") && SameLine(k + 1) && IsLawWord(k + 1);
    }

    /// <summary>"EsSalud", "RuralCare": a capitalised word with a capital inside it, not all capitals.</summary>
    private bool HasInnerCapital(int i)
    {
        if (_tokens[i].Case != TokenCase.Capitalized)
        {
            return false;
        }

        ReadOnlySpan<char> s = Tok(i);
        for (int k = 1; k < s.Length; k++)
        {
            if (char.IsUpper(s[k]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "Social Health Insurance System (EsSalud)": three to eight capitalised words (inner connectors allowed) on the
    /// parenthesis's line end right before it, the first no given name, title, place or known non-name word.
    /// </summary>
    private bool IsLongNameRunBefore(int paren)
    {
        int words = 0;
        int k = paren - 1;
        int first = -1;
        while (k >= 0 && paren - k <= 10 && (k == paren - 1 || SameLine(k + 1)))
        {
            if (IsCapWord(k) && _tokens[k].Case == TokenCase.Capitalized && !Has(k, FlagNonOrg))
            {
                words++;
                first = k;
            }
            else if (!(_tokens[k].Case == TokenCase.Lower && IsOneOf(Tok(k), InnerConnectors) && words > 0 && k > 0 && SameLine(k) && IsCapWord(k - 1)))
            {
                break;
            }

            k--;
        }

        return words is >= 3 and <= 8 && first >= 0
            && (_flags[first] & (FlagFirstName | FlagTitle | FlagPlace | FlagCountry | FlagNonOrg)) == 0;
    }

    /// <summary>A capitalised word of 3–12 letters that may be an acronym written as a word ("Afreximbank", "Sawea"): not a known name, place, given name or non-name.</summary>
    private bool IsWordAcronymToken(int i)
    {
        if (i < 0 || i >= _tokens.Count || _tokens[i].Kind != TokenKind.Word || _tokens[i].Case != TokenCase.Capitalized
            || (_flags[i] & (FlagNonOrg | FlagPlace | FlagCountry | FlagDemonym | FlagFirstName | FlagTitle)) != 0)
        {
            return false;
        }

        ReadOnlySpan<char> s = Tok(i);
        if (s.Length < 3 || s.Length > 12)
        {
            return false;
        }

        foreach (char c in s)
        {
            if (!char.IsLetter(c))
            {
                return false;
            }
        }

        return true;
    }

    private bool IsAcronymToken(int i)
    {
        if (i < 0 || i >= _tokens.Count || _tokens[i].Kind != TokenKind.Word || Has(i, FlagNonOrg))
        {
            return false;
        }

        ReadOnlySpan<char> s = Tok(i);
        if (s.Length < 2 || s.Length > 10 || !char.IsUpper(s[0]))
        {
            return false;
        }

        int upper = 0;
        foreach (char c in s)
        {
            if (char.IsUpper(c))
            {
                upper++;
            }
        }

        return upper >= 2;
    }

    /// <summary>Schwartz–Hearst: the first token of the shortest long form before <paramref name="paren"/> whose letters spell the acronym, or -1.</summary>
    private int MatchLongFormBefore(ReadOnlySpan<char> acr, int paren)
    {
        int letters = 0;
        foreach (char c in acr)
        {
            if (char.IsLetterOrDigit(c))
            {
                letters++;
            }
        }

        int maxWords = Math.Min(letters + 5, letters * 2);
        int words = 0;
        for (int start = paren - 1; start >= 0 && words < maxWords && paren - start <= 3 * maxWords; start--)
        {
            Token t = _tokens[start];
            if (t.Kind == TokenKind.Punctuation && !IsHyphenOrAmpersand(start) && !TokIs(start, ".") && !IsPossessive(start))
            {
                break;
            }

            if (_tokens[start + 1 < paren ? start + 1 : paren].NewlineBefore && start + 1 < paren)
            {
                break;
            }

            if (t.Kind == TokenKind.Word)
            {
                words++;
            }

            if (!IsCapWord(start) && t.Kind != TokenKind.Number)
            {
                continue;
            }

            if (LongFormMatches(acr, start, paren))
            {
                return start;
            }
        }

        return -1;
    }

    /// <summary>
    /// Schwartz–Hearst: true when the acronym's letters and digits can be found, in order and right to
    /// left, in the characters of tokens [first, end), its first letter starting the first token.
    /// </summary>
    private bool LongFormMatches(ReadOnlySpan<char> acr, int first, int end)
    {
        if (!IsCapWord(first) && _tokens[first].Kind != TokenKind.Number)
        {
            return false;
        }

        int lo = _tokens[first].Span.Start;
        ReadOnlySpan<char> lf = _text.AsSpan(lo, _tokens[end - 1].Span.End - lo);
        int si = acr.Length - 1;
        int li = lf.Length - 1;
        while (si >= 0)
        {
            char c = char.ToLowerInvariant(acr[si]);
            if (!char.IsLetterOrDigit(c))
            {
                si--;
                continue;
            }

            if (si == 0 || IsOnlyPunctuationBefore(acr, si))
            {
                // The first letter must start the long form ("Office of the Basic Education Commission (OBEC)":
                // not the "o" of "of").
                return li >= 0 && char.ToLowerInvariant(lf[0]) == c;
            }

            while (li >= 0 && (char.ToLowerInvariant(lf[li]) != c || (si == 0 && li > 0 && char.IsLetterOrDigit(lf[li - 1]))))
            {
                li--;
            }

            if (li < 0)
            {
                return false;
            }

            if (si == 0)
            {
                return li == 0;
            }

            li--;
            si--;
        }

        return false;
    }

    private static bool IsOnlyPunctuationBefore(ReadOnlySpan<char> s, int index)
    {
        for (int k = 0; k < index; k++)
        {
            if (char.IsLetterOrDigit(s[k]))
            {
                return false;
            }
        }

        return true;
    }

    private void Define(int lfFirst, int lfEnd, int acrToken, Dictionary<string, (string LongForm, OrganisationType Type)> aliases, bool requireOrganisation = false)
    {
        // "the Bank of Ghana (Amendment) Act": a bracketed word inside a law's title defines nothing.
        if (acrToken + 2 < _tokens.Count && TokIs(acrToken + 1, ")") && IsLawWord(acrToken + 2))
        {
            return;
        }

        // "President Andrés Manuel López Obrador (AMLO)": a long form after a person's title names a person.
        int before = lfFirst;
        while (before < lfEnd && Has(before, FlagNonOrg) && !Has(before, FlagTitle))
        {
            before++;
        }

        if ((before < lfEnd && Has(before, FlagTitle) && _tokens[before].Case == TokenCase.Capitalized && !IsOneOf(Tok(before), PatronTitles) && !_lex.Heads.TryGetToken(Tok(before + 1 < lfEnd ? before + 1 : before), out _))
            || (lfFirst > 0 && SameLine(lfFirst) && Has(lfFirst - 1, FlagTitle) && _tokens[lfFirst - 1].Case == TokenCase.Capitalized && IsCapWord(lfFirst) && !IsOneOf(Tok(lfFirst - 1), PatronTitles)))
        {
            int h = lfEnd - 1;
            bool headed = false;
            for (int k = lfFirst; k <= h; k++)
            {
                if (_lex.Heads.TryGetToken(Tok(k), out _) || Has(k, FlagGazetteer))
                {
                    headed = true;
                    break;
                }
            }

            if (!headed)
            {
                _blockedAcronyms.Add(Tok(acrToken).ToString());
                return;
            }
        }

        // Trim leading non-name words ("the").
        // "All India Muslim Majlis-e Mushawarat (AIMMM)": a capitalised word the acronym's first letter stands for stays.
        while (lfFirst < lfEnd && (Has(lfFirst, FlagNonOrg) || !IsCapWord(lfFirst)) && _tokens[lfFirst].Kind != TokenKind.Number
            && !(_tokens[lfFirst].Case == TokenCase.Capitalized && lfFirst + 1 < lfEnd && IsCapWord(lfFirst + 1) && !Has(lfFirst, FlagTitle)
                 && LongFormMatches(Tok(acrToken), lfFirst, lfEnd) && !LongFormMatches(Tok(acrToken), lfFirst + 1, lfEnd)))
        {
            lfFirst++;
        }

        // "Taiwan Railways Administration's (TRA)": the possessive is not part of the name.
        while (lfEnd > lfFirst && IsPossessive(lfEnd - 1))
        {
            lfEnd--;
        }

        if (lfFirst >= lfEnd)
        {
            return;
        }

        // The long form must be a name: every word capitalised except inner connectors.
        for (int k = lfFirst; k < lfEnd; k++)
        {
            if (_tokens[k].Kind == TokenKind.Word && !IsCapWord(k) && !IsOneOf(Tok(k), InnerConnectors) && !IsPossessive(k)
                && !(_tokens[k].Case == TokenCase.Capitalized && Tok(k).IndexOf('-') > 0))
            {
                // "Socio-economic", "Anti-corruption": a lower-case word joined by a hyphen to a capitalised one is a name word.
                // "Spotted Lantern Fly nymphs (SLF)": capitalised words spell the acronym and a common noun ends the phrase,
                // so it abbreviates a thing.
                if (IsUpperWord(acrToken) && k - 2 >= lfFirst && IsCapWord(k - 1) && IsCapWord(k - 2)
                    && lfEnd - k <= 2 && IsLowerWordsUpTo(k, lfEnd) && !IsOneOf(Tok(k), InnerConnectors) && !IsBodyNoun(lfEnd - 1))
                {
                    _blockedAcronyms.Add(Tok(acrToken).ToString());
                    RedefineKnownAcronym(acrToken, lfEnd - 1);
                }

                return;
            }
        }

        string acr = Tok(acrToken).ToString();
        string longForm = _text.Substring(_tokens[lfFirst].Span.Start, _tokens[lfEnd - 1].Span.End - _tokens[lfFirst].Span.Start);
        longForm = NormaliseSpace(longForm);

        OrganisationType type = OrganisationType.Unknown;
        bool isOrg = false;
        int gl = _lex.Organisations.LongestAt(_text, _tokens, lfFirst, lfEnd, out GazetteerEntry? entry);
        if (gl == lfEnd - lfFirst && entry is not null)
        {
            type = entry.Type;
            isOrg = true;
        }
        else
        {
            for (int k = lfEnd - 1; k >= lfFirst; k--)
            {
                if (_lex.Heads.TryGetToken(Tok(k), out HeadWord hw) && ((hw.Kind & HeadKind.Prefix) != 0 || hw.Type is not (OrganisationType.Company or OrganisationType.Media) || (hw.Kind & HeadKind.LegalForm) != 0))
                {
                    type = hw.Type;
                    isOrg = true;
                    break;
                }
            }

        }

        if (!isOrg && requireOrganisation)
        {
            return;
        }

        if (!isOrg)
        {
            // A defined acronym that is neither a known organisation nor headed by an organisation word:
            // kept unless the long form is a place, a single word, or ends like a law, an event or a thing.
            // A technique ("Quick Focus Lag (QFL)", "Machine Learning (ML)") is no body either.
            if (IsOnlyPlaceOrDemonym(lfFirst, lfEnd) || lfEnd - lfFirst < 2 || IsOneOf(Tok(lfEnd - 1), NonOrganisationFinals)
                || IsOneOf(Tok(lfEnd - 1), TechniqueFinals) || HasTitleOrGivenName(lfFirst, lfEnd))
            {
                _blockedAcronyms.Add(Tok(acrToken).ToString());
                if (lfEnd - lfFirst >= 2 && (IsOneOf(Tok(lfEnd - 1), NonOrganisationFinals) || IsOneOf(Tok(lfEnd - 1), TechniqueFinals)))
                {
                    RedefineKnownAcronym(acrToken, lfEnd - 1);
                }

                return;
            }
        }

        aliases.TryAdd(acr, (longForm, type));
        Add(lfFirst, lfEnd, isOrg ? 1.0 : 0.8, type, CandidateSource.Definition);
        Add(acrToken, acrToken + 1, isOrg ? 1.0 : 0.8, type, CandidateSource.Definition);
    }

    /// <summary>
    /// "the central planning committee": whether the lower-case word at <paramref name="k"/> names a kind of body (a body noun,
    /// or an organisation head word once capitalised).
    /// </summary>
    private bool IsBodyNoun(int k)
    {
        ReadOnlySpan<char> w = Tok(k);
        if (IsOneOf(w, BodyNouns))
        {
            return true;
        }

        Span<char> buffer = stackalloc char[24];
        if (w.Length > buffer.Length)
        {
            return false;
        }

        w.CopyTo(buffer);
        buffer[0] = char.ToUpperInvariant(w[0]);
        return _lex.Heads.TryGetToken(buffer[..w.Length], out _);
    }

    /// <summary>
    /// Records the all-caps gazetteer acronym at <paramref name="acr"/> as one the article defines as a thing, whose long form
    /// ends at token <paramref name="last"/>. A long form ending in the known body's own last word is the body written
    /// another way ("US Geological Survey" for the "United States Geological Survey") and is left alone.
    /// </summary>
    private void RedefineKnownAcronym(int acr, int last)
    {
        if (!Has(acr, FlagGazetteer) || !IsUpperWord(acr) || !_lex.Organisations.TryGetToken(Tok(acr), out GazetteerEntry? known) || known is null)
        {
            return;
        }

        ReadOnlySpan<char> longForm = known.LongForm.AsSpan().TrimEnd();
        int space = longForm.LastIndexOf(' ');
        if (!longForm[(space + 1)..].Equals(Tok(last), StringComparison.OrdinalIgnoreCase))
        {
            (_redefinedAcronyms ??= new HashSet<string>(StringComparer.Ordinal)).Add(Tok(acr).ToString());
        }
    }

    /// <summary>Whether tokens [<paramref name="from"/>, <paramref name="end"/>) are all lower-case words.</summary>
    private bool IsLowerWordsUpTo(int from, int end)
    {
        for (int k = from; k < end; k++)
        {
            if (_tokens[k].Kind != TokenKind.Word || _tokens[k].Case != TokenCase.Lower)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// "unlicensed, unmonitored and unlawful (UUU)", "a passive radar array, or PRA": whether the letters of the
    /// all-caps word at <paramref name="acr"/> are, right to left, the initials of the lower-case words that end right before
    /// token <paramref name="end"/> on its line (each part of a hyphenated word counts; commas, hyphens and inner connectors
    /// that no letter stands for are skipped). Such a short form abbreviates a common-noun phrase. At most 16 tokens are read.
    /// </summary>
    private bool SpellsLowerCaseWords(int acr, int end)
    {
        if (!IsUpperWord(acr) || Has(acr, FlagGazetteer))
        {
            return false;
        }

        ReadOnlySpan<char> a = Tok(acr);
        int si = a.Length - 1;
        if (si < 1 || si > 6 || end < 1 || _tokens[end - 1].Kind != TokenKind.Word)
        {
            return false;
        }

        // "the regional water committee (RWC)": a phrase that ends in a body noun names a body, unless a title and "of"
        // open it ("superintendent of police (SP)": the short form of a rank).
        bool body = IsBodyNoun(end - 1);

        for (int k = end - 1; k >= 0 && end - k <= 16 && (k == end - 1 || SameLine(k + 1)); k--)
        {
            if (TokIs(k, ",") || IsHyphenOrAmpersand(k))
            {
                continue;
            }

            if (_tokens[k].Kind != TokenKind.Word || _tokens[k].Case != TokenCase.Lower)
            {
                return false;
            }

            ReadOnlySpan<char> w = Tok(k);
            if (w.IndexOf('-') < 0)
            {
                if (w[0] == char.ToLowerInvariant(a[si]))
                {
                    si--;
                }
                else if (!IsOneOf(w, InnerConnectors) && !w.SequenceEqual("or"))
                {
                    return false;
                }
            }
            else
            {
                // "semi-arid": every part stands for one letter.
                int partEnd = w.Length;
                for (int c = w.Length - 1; c >= -1 && si >= 0; c--)
                {
                    if (c >= 0 && w[c] != '-')
                    {
                        continue;
                    }

                    if (c + 1 >= partEnd || w[c + 1] != char.ToLowerInvariant(a[si]))
                    {
                        return false;
                    }

                    si--;
                    partEnd = c;
                }
            }

            if (si < 0)
            {
                return !body || (k + 1 < end && TokIs(k + 1, "of") && _lex.TitlesFolded.TryGetToken(Tok(k), out _));
            }
        }

        return false;
    }

    /// <summary>"Vice-President", "Deputy-Governor": a title prefix joined by a hyphen to a title is a title.</summary>
    private bool IsHyphenatedTitle(int i)
    {
        ReadOnlySpan<char> t = Tok(i);
        int dash = t.IndexOf('-');
        return dash > 0 && dash < t.Length - 1 && _tokens[i].Case == TokenCase.Capitalized
            && (t[..dash].SequenceEqual("Vice") || t[..dash].SequenceEqual("Deputy"))
            && _lex.Titles.TryGetToken(t[(dash + 1)..], out _);
    }

    private bool HasTitleOrGivenName(int first, int end)
    {
        // "Vice-Prime Minister (VPM)": a title, not an organisation.
        for (int k = first; k < end; k++)
        {
            if (Has(k, FlagTitle) || (Has(k, FlagFirstName) && k == first && end - first <= 3))
            {
                return true;
            }

            ReadOnlySpan<char> t = Tok(k);
            int dash = t.IndexOf('-');
            if (dash > 0 && _lex.Titles.TryGetToken(t[(dash + 1)..], out _))
            {
                return true;
            }
        }

        return false;
    }

    private static string NormaliseSpace(string s)
    {
        if (!s.AsSpan().ContainsAny(" \t\r\n\u00A0".AsSpan()) || IsSingleSpaced(s))
        {
            return s;
        }

        var sb = new System.Text.StringBuilder(s.Length);
        bool space = false;
        foreach (char c in s)
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (space && sb.Length > 0)
            {
                sb.Append(' ');
            }

            space = false;
            sb.Append(c);
        }

        return sb.ToString();
    }

    /// <summary>
    /// "Ministry of Gender, Labour and Social Development": a complement that is a list of subjects,
    /// separated by commas and closed by "and", belongs to the name. Returns the new last token, or
    /// <paramref name="last"/> when no such list follows.
    /// </summary>
    private int ExtendCommaList(int last, int sentenceEnd)
    {
        const ushort Stop = FlagFirstName | FlagGazetteer | FlagPlace | FlagCountry | FlagDemonym | FlagInitial;
        int c = last + 1;
        int commas = 0;
        while (c < sentenceEnd && commas < 4 && TokIs(c, ",") && SameLine(c))
        {
            int k = c + 1;
            int run = 0;
            while (k < sentenceEnd && run < 4 && SameLine(k) && IsCapWord(k) && !IsUpperWord(k) && ((_flags[k] & Stop) == 0 || (_flags[k] & (FlagGazetteer | FlagFirstName | FlagInitial | FlagPlace | FlagCountry)) == FlagGazetteer))
            {
                k++;
                run++;
            }

            if (run == 0)
            {
                return last;
            }

            commas++;
            if (k < sentenceEnd && TokIs(k, "and"))
            {
                int m = k + 1;
                int end = -1;
                while (m < sentenceEnd && m - k <= 4 && SameLine(m) && IsCapWord(m) && !IsUpperWord(m) && ((_flags[m] & Stop) == 0 || (_flags[m] & (FlagGazetteer | FlagFirstName | FlagInitial | FlagPlace | FlagCountry)) == FlagGazetteer))
                {
                    end = m;
                    m++;
                }

                // The list must end the name: "..., Labour and Social Development said" but not "..., Labour and Social Development Bank".
                return end > 0 && (m >= _tokens.Count || !IsCapWord(m) || !SameLine(m)) ? end : last;
            }

            c = k;
        }

        return last;
    }

    // ---- Names used as something else -----------------------------------------------------

    // Three-letter country codes used in sports results (IOC and ISO 3166 alpha-3), written by hand.
    private static readonly string[] CountryCodes =
    [
        "AFG", "ALG", "ARG", "AUS", "AUT", "AZE", "BAH", "BEL", "BLR", "BRA", "BUL", "CAN", "CHI", "CHN", "CIV", "CMR", "COL", "CRO",
        "CUB", "CZE", "DEN", "DNK", "DOM", "ECU", "EGY", "ESP", "EST", "ETH", "FIN", "FRA", "GBR", "GEO", "GER", "DEU", "GHA", "GRE",
        "HUN", "INA", "IND", "IRI", "IRL", "IRN", "ISL", "ISR", "ITA", "JAM", "JPN", "KAZ", "KEN", "KOR", "KSA", "KUW", "LAT", "LTU",
        "MAR", "MEX", "MGL", "NED", "NGR", "NOR", "NZL", "OMA", "PAK", "PER", "PHI", "POL", "POR", "PRT", "PUR", "QAT", "ROU", "RSA",
        "RUS", "SAU", "SEN", "SGP", "SLO", "SRB", "SUI", "SVK", "SWE", "THA", "TUN", "TUR", "UAE", "UGA", "UKR", "URU", "USA", "UZB",
        "VEN", "VIE", "ZAF", "ZIM",
    ];

    private static readonly string[] PlatformNames = ["Twitter", "Facebook", "Instagram", "YouTube", "TikTok", "WhatsApp", "Telegram", "LinkedIn", "Snapchat", "WeChat", "Weibo"];

    /// <summary>
    /// Drops accepted names that the text uses as something other than an organisation: a company name
    /// before a model ("Toyota Hilux", "Boeing 737"), a platform name as an embed label ("[Twitter]"),
    /// "Parliament" in "Member of Parliament", a name before "Station", a plural acronym ("EIAs"), and a
    /// one-word name the article also uses as a surname or inside another name ("Ossie Michelin", "Barra
    /// Honda"): then every one-word use of it in the article goes.
    /// </summary>
    private void SuppressNonNames(List<Candidate> accepted)
    {
        HashSet<string>? surnames = null;
        PooledNameTable<bool>? oneWord = null;
        foreach (Candidate c in accepted)
        {
            if (c.Length == 1 && c.EndChar <= 0 && c.Source is CandidateSource.Gazetteer or CandidateSource.Propagated && _tokens[c.First].Case == TokenCase.Capitalized)
            {
                (oneWord ??= _oneWordTable = new PooledNameTable<bool>(foldCase: false, 16)).Add(Tok(c.First), true);
            }
        }

        if (oneWord is not null)
        {
            // Every use of the word counts, also those no candidate covers ("Ossie Michelin's childhood").
            int scans = 0;
            for (int i = 1; i < _tokens.Count; i++)
            {
                if (_tokens[i].Case == TokenCase.Capitalized && oneWord.TryGetToken(Tok(i), out _) && IsUsedInsideOtherName(i)
                    && !FollowsCompletePersonName(i, accepted, ref scans))
                {
                    (surnames ??= new HashSet<string>(StringComparer.Ordinal)).Add(Tok(i).ToString());
                }
            }
        }

        int w = 0;
        for (int r = 0; r < accepted.Count; r++)
        {
            Candidate c = accepted[r];
            if (!IsNonNameUse(c, surnames))
            {
                accepted[w++] = c;
            }
        }

        accepted.RemoveRange(w, accepted.Count - w);
    }

    /// <summary>
    /// Whether one to three capitalised words at <paramref name="k"/> end in a word naming a law, an event or a thing ("World Cup",
    /// "Summit", "Resolution"), the last one followed by no other name word than a place.
    /// </summary>
    private bool NamesAThing(int k)
    {
        for (int j = k; j < _tokens.Count && j - k < 3 && SameLine(j) && IsCapWord(j) && _tokens[j].Case == TokenCase.Capitalized; j++)
        {
            if (Has(j, FlagGazetteer) || _lex.Heads.TryGetToken(Tok(j), out _))
            {
                return false;
            }

            if (IsOneOf(Tok(j), ThingFinals))
            {
                // "Cup Final" goes on as a name; "Championships Lisbon 2031" names where the event is held; "Games I attended"
                // goes on with the pronoun.
                return j + 1 >= _tokens.Count || !SameLine(j + 1) || !IsCapWord(j + 1) || Has(j + 1, (ushort)(FlagPlace | FlagCountry)) || IsFirstPersonPronoun(j + 1);
            }
        }

        return false;
    }

    /// <summary>"I", "I'm", "I’ve": the capitalised first-person pronoun (no name word).</summary>
    private bool IsFirstPersonPronoun(int i)
    {
        ReadOnlySpan<char> w = Tok(i);
        return w.Length >= 1 && w[0] == 'I' && (w.Length == 1 || (Tokenizer.IsApostrophe(w[1]) && w.Length <= 4));
    }

    /// <summary>Function words that may follow a team or company as well as a person ("Overdrive Racing at Baja").</summary>
    private static readonly string[] NameLinkWords = ["and", "or", "at", "of", "in", "on", "for", "to", "from", "with", "by", "as", "the", "a", "an", "team", "teams", "car", "cars", "racing"];

    /// <summary>Most article scans <see cref="FollowsCompletePersonName"/> makes in one article (keeps it linear).</summary>
    private const int MaxCompleteNameScans = 16;

    /// <summary>
    /// "Kimi Raikkonen Ferrari crash" beside "Kimi Raikkonen spun": the known name at <paramref name="i"/> follows
    /// two capitalised words the article also writes before a lower-case word (a verb; not a function word), so the two words are a whole person
    /// name and the known name is no surname (unless the words occur in an accepted name). At most <see cref="MaxCompleteNameScans"/> scans per article.
    /// </summary>
    private bool FollowsCompletePersonName(int i, List<Candidate> accepted, ref int scans)
    {
        int p = i - 1;
        if (p < 1 || !IsCapWord(p - 1) || _tokens[p - 1].Case != TokenCase.Capitalized || !SameLine(p - 1) || Glued(p - 1, p)
            || scans >= MaxCompleteNameScans)
        {
            return false;
        }

        scans++;
        ReadOnlySpan<char> given = Tok(p - 1);
        ReadOnlySpan<char> last = Tok(p);

        // Not words of an organisation name ("Overdrive Racing Toyota" beside "Overdrive Racing at"): a team is no person.
        foreach (Candidate c in accepted)
        {
            for (int k = c.First; k < c.End; k++)
            {
                if (Tok(k).SequenceEqual(last) || Tok(k).SequenceEqual(given))
                {
                    return false;
                }
            }
        }

        for (int k = 1; k + 1 < _tokens.Count; k++)
        {
            // The same two words elsewhere, followed by a verb or other lower-case word: "Kimi Raikkonen spun".
            if (k != p && Tok(k).SequenceEqual(last) && Tok(k - 1).SequenceEqual(given) && SameLine(k + 1) && !Glued(k, k + 1)
                && _tokens[k + 1].Kind == TokenKind.Word && _tokens[k + 1].Case == TokenCase.Lower && !IsOneOf(Tok(k + 1), NameLinkWords))
            {
                return true;
            }
        }

        return false;
    }

    private bool IsUsedInsideOtherName(int i)
    {
        int p = i - 1;
        if (p < 0 || _tokens[i].Case != TokenCase.Capitalized || Tok(i).ContainsAnyInRange('0', '9') || !SameLine(i) || Glued(p, i) || Has(i, FlagTitleLine) || Has(i, FlagUpperLine))
        {
            return false;
        }

        // "Imagine KiteCorp's new drone": a name with a capital inside it ("KiteCorp", "BlipTalk") is a brand, not a
        // surname, unless a surname prefix comes before the capital ("McAllister", "DeLuca", "MacLeod", "VanHorn").
        if (IsBrandCasing(Tok(i)))
        {
            return false;
        }

        if (_tokens[p].Kind != TokenKind.Word || _tokens[p].Case != TokenCase.Capitalized || !IsCapWord(p) || Tok(p).IndexOf('-') >= 0 || IsPossessive(p))
        {
            return false;
        }

        const ushort Known = FlagPlace | FlagDemonym | FlagNonOrg | FlagCountry | FlagGazetteer | FlagTitle;
        if ((_flags[p] & Known) != 0 || _lex.Heads.TryGetToken(Tok(p), out _))
        {
            return false;
        }

        // "Next Video Boeing launches" (a related-videos strip): a menu or caption word is no given name, so its
        // neighbour is no surname (which would take the known name out of the whole article).
        if (_lex.PageFurniture.TryGetToken(Tok(p), out _))
        {
            return false;
        }

        int n = i + 1;

        // A sentence-initial word counts only before a possessive: "Ossie Michelin's childhood dream".
        if (Has(p, FlagInitial) && (n >= _tokens.Count || !IsPossessive(n)))
        {
            return false;
        }

        return n >= _tokens.Count || !SameLine(n) || !IsCapWord(n);
    }

    private static readonly string[] SurnamePrefixes = ["Mc", "Mac", "De", "Di", "Da", "Du", "Del", "Della", "La", "Le", "Lo", "Van", "Von", "Fitz", "St", "Ben", "Al", "El"];

    /// <summary>Whether <paramref name="w"/> has a capital after its first letter that no surname prefix explains ("KiteCorp", "BlipTalk"; not "McAllister").</summary>
    internal static bool IsBrandCasing(ReadOnlySpan<char> w)
    {
        int k = w.Length > 1 ? w[1..].IndexOfAnyInRange('A', 'Z') : -1;
        return k >= 0 && !IsOneOf(w[..(k + 1)], SurnamePrefixes);
    }

    private bool IsLawWord(int i) => TokIs(i, "Act") || TokIs(i, "Bill") || TokIs(i, "Law") || TokIs(i, "Regulations") || TokIs(i, "Ordinance");

    /// <summary>Nouns after "CCTV" that make it closed-circuit television ("CCTV footage", "CCTV cameras").</summary>
    private static readonly string[] SurveillanceNouns = ["footage", "camera", "cameras", "images", "image", "video", "videos", "system", "systems", "coverage", "surveillance", "monitoring", "recordings", "stills"];

    private bool IsNonNameUse(Candidate c, HashSet<string>? surnames)
    {
        ReadOnlySpan<char> first = Tok(c.First);

        // "the Bank of Ghana (Amendment) Act", "the Coast Guard (Emergency Powers) Act": the name inside a law's title.
        if (IsBracketedLawTitlePart(c.End))
        {
            return true;
        }

        // "Minister of Foreign Affairs", "Foreign Affairs Minister": a portfolio, even where a magazine has the name.
        if (c.Source == CandidateSource.Gazetteer && c.Length >= 2 && TokIs(c.End - 1, "Affairs")
            && ((c.End < _tokens.Count && SameLine(c.End) && Has(c.End, FlagTitle) && _tokens[c.End].Case == TokenCase.Capitalized)
                || (c.First >= 2 && TokIs(c.First - 1, "of") && Has(c.First - 2, FlagTitle))))
        {
            return true;
        }

        // "The Hindu temple", "The Australian swimming coach": at a sentence start, a newspaper named "The" + a nationality or faith
        // adjective before a noun is the adjective (not "The Hindu reported", "The Australian newspaper", "told The Hindu").
        if (c.Source == CandidateSource.Gazetteer && c.Length == 2 && c.End < _tokens.Count && TokIs(c.First, "The") && Has(c.First, FlagInitial)
            && Has(c.First + 1, FlagDemonym) && _tokens[c.End].Kind == TokenKind.Word && _tokens[c.End].Case == TokenCase.Lower
            && !IsBareShortForm(c.End - 1) && !IsOneOf(Tok(c.End), MediaNounsAfter) && !IsOneOf(Tok(c.End), NewsroomJobs))
        {
            return true;
        }

        if (c.Source != CandidateSource.Definition && c.EndChar <= 0 && NamesAThing(c.End))
        {
            // "FIFA World Cup", "Mercosur Summit", "Legislative Council Complex": the name modifies a named thing.
            return true;
        }

        if (c.Source is CandidateSource.Head or CandidateSource.Cue && c.First >= 2 && TokIs(c.First - 1, "of") && SameLine(c.First) && Has(c.First - 2, FlagTitle) && _tokens[c.First - 2].Case == TokenCase.Capitalized
            && !(c.Source == CandidateSource.Head && c.Length >= 2 && c.Type is OrganisationType.NonGovernmental or OrganisationType.Other or OrganisationType.Party or OrganisationType.Media))
        {
            // "Chief of Defence Forces", "Minister of Foreign Affairs", "Head of Public Service", "Minister of Mines and Energy":
            // a portfolio in a title (a public office's or a sector's; "Director of Westfield Relief Center", "Chairman of
            // Atomic Tennis Club" name bodies: a non-governmental, party, media or institution head).
            return true;
        }

        // "CCTV footage", "CCTV cameras": closed-circuit television, not the broadcaster with the same letters.
        if (first.SequenceEqual("CCTV") && c.Length == 1 && c.End < _tokens.Count && SameLine(c.End) && _tokens[c.End].Case == TokenCase.Lower
            && IsOneOf(Tok(c.End), SurveillanceNouns))
        {
            return true;
        }

        // "EIAs", "NGOs": a plural acronym names a class of things.
        if (c.Length == 1 && c.Source is CandidateSource.UnknownAcronym or CandidateSource.Propagated && first.Length >= 3 && first[^1] == 's' && !first[..^1].ContainsAnyInRange('a', 'z') && char.IsUpper(first[1]))
        {
            return true;
        }

        // "Reuters Japanese Chief Cabinet Secretary Ann Sato": a title word before the head and one after it make a title.
        if (c.Source == CandidateSource.Head && c.Length >= 2 && c.End < _tokens.Count && SameLine(c.End) && Has(c.End - 2, FlagTitle)
            && _tokens[c.End - 2].Case == TokenCase.Capitalized && Has(c.End, FlagTitle) && _tokens[c.End].Case == TokenCase.Capitalized)
        {
            return true;
        }

        if (c.Length == 1 && c.EndChar <= 0)
        {
            if (surnames is not null && c.Source is CandidateSource.Gazetteer or CandidateSource.Propagated && surnames.Contains(first.ToString()))
            {
                return true;
            }

            // "COP$35 million", "HK$40,000": a currency.
            if (c.End < _tokens.Count && Glued(c.First, c.End) && Tok(c.End).StartsWith("$"))
            {
                return true;
            }

            // "Chief Cabinet Secretary", "Council Chairman": a bare body word inside a title.
            // Also in lower case: "the Japanese chief Cabinet secretary", "the Council chairman".
            if (c.Source == CandidateSource.Head && c.End < _tokens.Count && SameLine(c.End)
                && (Has(c.End, FlagTitle) && _tokens[c.End].Case == TokenCase.Capitalized
                    || _tokens[c.End].Case == TokenCase.Lower && _lex.TitlesFolded.TryGetToken(Tok(c.End), out _)))
            {
                return true;
            }

            if (IsOneOf(first, PlatformNames))
            {
                // "[Twitter]" (an embed label) is no mention; "a Twitter user", "his Facebook page" name the platform (the
                // newswire gold marks it before such nouns 11 times in 16).
                int b = c.First - 1;
                if (b >= 0 && TokIs(b, "["))
                {
                    return true;
                }
            }

            if (first.SequenceEqual("Parliament") && c.First >= 2 && TokIs(c.First - 1, "of") && (TokIs(c.First - 2, "Member") || TokIs(c.First - 2, "Members") || TokIs(c.First - 2, "member") || TokIs(c.First - 2, "members")))
            {
                return true;
            }

            // "Toyota Hilux", "Boeing 737", "Google Play": a company name before a model name.
            if (c.Type == OrganisationType.Company && c.Source == CandidateSource.Gazetteer && !Has(c.First, FlagTitleLine) && !Has(c.First, FlagUpperLine))
            {
                int a = c.End;
                if (a < _tokens.Count && SameLine(a) && !Glued(c.End - 1, a))
                {
                    Token t = _tokens[a];
                    ReadOnlySpan<char> next = Tok(a);
                    const ushort Known = FlagPlace | FlagDemonym | FlagNonOrg | FlagCountry | FlagGazetteer | FlagTitle | FlagFirstName;
                    if ((t.Kind == TokenKind.Number && next.Length >= 2) ||
                        (t.Kind == TokenKind.Word && t.Case is TokenCase.Capitalized or TokenCase.Upper && (_flags[a] & Known) == 0 && !IsOneOf(next, RoleOfWords) && !_lex.Heads.TryGetToken(next, out _)))
                    {
                        return true;
                    }
                }
            }
        }

        // "Hatta Police Station": a facility.
        return c.End < _tokens.Count && SameLine(c.End) && TokIs(c.End, "Station");
    }

    // ---- Resolution, propagation, output ---------------------------------------------------

    private List<Candidate> Resolve(List<Candidate> candidates)
    {
        Span<Candidate> span = CollectionsMarshal.AsSpan(candidates);
        span.Sort(static (x, y) =>
        {
            int c = y.Length.CompareTo(x.Length);
            if (c != 0)
            {
                return c;
            }

            c = y.Confidence.CompareTo(x.Confidence);
            return c != 0 ? c : x.First.CompareTo(y.First);
        });

        bool[] taken = Scratch<bool>(_tokens.Count);
        List<Candidate> accepted = _acceptedList = RentCandidateList(candidates.Count + 32);
        foreach (Candidate c in candidates)
        {
            if (c.Confidence < _options.MinimumConfidence)
            {
                continue;
            }

            bool free = true;
            for (int k = c.First; k < c.End; k++)
            {
                if (taken[k])
                {
                    free = false;
                    break;
                }
            }

            if (!free)
            {
                continue;
            }

            // A name inside a longer place name ("Emirates" in "United Arab Emirates") is part of the place.
            if (c.Source != CandidateSource.Definition && _insideLongPlace[c.First] >= c.End)
            {
                continue;
            }

            // A span that is only a place or a demonym is not an organisation unless the gazetteer or a definition says so.
            if (c.Source is not (CandidateSource.Gazetteer or CandidateSource.Definition or CandidateSource.SportsTable) && IsOnlyPlaceOrDemonym(c.First, c.End))
            {
                continue;
            }

            for (int k = c.First; k < c.End; k++)
            {
                taken[k] = true;
            }

            accepted.Add(c);
        }

        accepted.Sort(static (x, y) => x.First.CompareTo(y.First));
        return accepted;
    }

    /// <summary>
    /// "Henan AMC", "Great Wall AMC", "Manitoba NDP", "Mondeor SAPS": one to three capitalised words
    /// right before a guessed acronym (a place or a brand; not a title, given name, known name or
    /// function word) belong to its name.
    /// </summary>
    private void ExtendAcronymQualifier(List<Candidate> accepted)
    {
        const ushort Stop = FlagNonOrg | FlagTitle | FlagFirstName | FlagGazetteer | FlagDemonym | FlagTitleLine | FlagUpperLine;
        Span<Candidate> span = CollectionsMarshal.AsSpan(accepted);
        for (int i = 0; i < span.Length; i++)
        {
            ref Candidate c = ref span[i];
            if (c.Source != CandidateSource.UnknownAcronym || c.Length != 1 || !SameLine(c.First))
            {
                continue;
            }

            int limit = i > 0 ? span[i - 1].End : 0;
            int s = c.First;
            while (s - 1 >= limit && c.First - s < 3 && SameLine(s) && !Glued(s - 1, s) && _tokens[s - 1].Kind == TokenKind.Word
                && _tokens[s - 1].Case == TokenCase.Capitalized && (_flags[s - 1] & Stop) == 0 && !IsOneOf(Tok(s - 1), TitleModifiers)
                && !_lex.Heads.TryGetToken(Tok(s - 1), out _))
            {
                s--;
            }

            // The whole capitalised run must be taken ("Former PRD president" stops at a non-name anyway).
            if (s == c.First || (s - 1 >= 0 && SameLine(s) && (IsCapWord(s - 1) || IsPossessive(s) || IsHyphenOrAmpersand(s - 1))))
            {
                continue;
            }

            c.First = s;
        }
    }

    /// <summary>
    /// "the Pfizer-BioNTech vaccine", "a Google-Samsung deal": two one-word gazetteer names joined by a hyphen before a
    /// lower-case word (a compound modifier) are two mentions inside the token. Names that are also places or countries
    /// ("EU-Nigeria") are left to <see cref="FindPrefixedAcronyms"/>; a token already covered is never split.
    /// </summary>
    private void SplitHyphenatedNamePairs(List<Candidate> accepted)
    {
        int added = 0;
        int next = 0;
        int count = accepted.Count;
        for (int j = 0; j + 1 < _tokens.Count; j++)
        {
            while (next < count && accepted[next].End <= j)
            {
                next++;
            }

            Token t = _tokens[j];
            if (t.Kind != TokenKind.Word || t.Case == TokenCase.Lower || (next < count && accepted[next].First <= j))
            {
                continue;
            }

            ReadOnlySpan<char> w = Tok(j);
            int dash = w.IndexOf('-');
            if (dash < 2 || dash != w.LastIndexOf('-') || w.Length - dash - 1 < 2 || !char.IsUpper(w[0]) || !char.IsUpper(w[dash + 1])
                || _tokens[j + 1].Kind != TokenKind.Word || _tokens[j + 1].Case != TokenCase.Lower || !SameLine(j + 1) || Has(j, FlagTitleLine) || Has(j, FlagUpperLine))
            {
                continue;
            }

            ReadOnlySpan<char> left = w[..dash];
            ReadOnlySpan<char> right = w[(dash + 1)..];
            if (!_lex.Organisations.TryGetToken(left, out GazetteerEntry? a) || a is null || !_lex.Organisations.TryGetToken(right, out GazetteerEntry? b) || b is null
                || IsPlaceWord(left) || IsPlaceWord(right))
            {
                continue;
            }

            int start = t.Span.Start;
            accepted.Add(new Candidate { First = j, End = j + 1, EndChar = start + dash, Confidence = 0.9, Type = a.Type, Source = CandidateSource.Gazetteer, Entry = a });
            accepted.Add(new Candidate { First = j, End = j + 1, StartChar = start + dash + 1, Confidence = 0.9, Type = b.Type, Source = CandidateSource.Gazetteer, Entry = b });
            added += 2;
        }

        if (added > 0)
        {
            accepted.Sort(static (x, y) => x.First != y.First ? x.First.CompareTo(y.First) : x.StartChar.CompareTo(y.StartChar));
        }
    }

    /// <summary>Whether <paramref name="word"/> alone is a country or a listed place.</summary>
    private bool IsPlaceWord(ReadOnlySpan<char> word) => _lex.Countries.TryGetToken(word, out _) || _lex.Places.TryGetToken(word, out _);

    /// <summary>
    /// "ex-FARC combatants", "anti-NATO protests", "pro-EU parties": a lower-case prefix and a hyphen
    /// before a well-known acronym or one the article names elsewhere; the mention is the acronym only.
    /// </summary>
    private void FindPrefixedAcronyms(List<Candidate> accepted)
    {
        PooledNameTable<Candidate>? named = null;
        foreach (Candidate c in accepted)
        {
            if (c.Length == 1 && c.StartChar <= 0 && c.EndChar <= 0 && IsUpperWord(c.First) && c.Source != CandidateSource.UnknownAcronym)
            {
                (named ??= _namedTable = new PooledNameTable<Candidate>(foldCase: false, 16)).Add(Tok(c.First), c);
            }
        }

        int added = 0;
        int next = 0;
        for (int j = 0; j < _tokens.Count; j++)
        {
            while (next < accepted.Count && accepted[next].End <= j)
            {
                next++;
            }

            if (_tokens[j].Kind != TokenKind.Word || _tokens[j].Case == TokenCase.Lower || (next < accepted.Count && accepted[next].First <= j))
            {
                continue;
            }

            ReadOnlySpan<char> w = Tok(j);
            int dash = w.IndexOf('-');
            if (dash < 2 || dash != w.LastIndexOf('-') || w.Length - dash - 1 < 2)
            {
                continue;
            }

            ReadOnlySpan<char> prefix = w[..dash];
            ReadOnlySpan<char> rest = w[(dash + 1)..];
            bool lowerPrefix = dash <= 5 && !prefix.ContainsAnyExceptInRange('a', 'z');
            bool placePrefix = char.IsUpper(prefix[0]) && IsPlaceWord(prefix);
            if (!rest.ContainsAnyExceptInRange('A', 'Z') ? !(lowerPrefix || placePrefix) : !(lowerPrefix && char.IsUpper(rest[0]) && !rest[1..].ContainsAnyExceptInRange('a', 'z')))
            {
                // "ex-FARC", "Japan-EU" (a place before a known acronym), "pro-Taliban" (a known name after a prefix).
                if (!prefix.ContainsAnyExceptInRange('A', 'Z') && char.IsUpper(rest[0]) && IsPlaceWord(rest)
                    && _lex.Organisations.TryGetToken(prefix, out GazetteerEntry? first) && first is not null)
                {
                    // "the EU-Nigeria dialogue": a known acronym before a place.
                    accepted.Add(new Candidate { First = j, End = j + 1, EndChar = _tokens[j].Span.Start + dash, Confidence = 0.9, Type = first.Type, Source = CandidateSource.Gazetteer, Entry = first });
                    added++;
                }

                continue;
            }

            var cand = new Candidate { First = j, End = j + 1, StartChar = _tokens[j].Span.Start + dash + 1 };
            if (_lex.Organisations.TryGetToken(rest, out GazetteerEntry? entry) && entry is not null)
            {
                cand.Confidence = 0.9;
                cand.Type = entry.Type;
                cand.Source = CandidateSource.Gazetteer;
                cand.Entry = entry;
            }
            else if (named is not null && named.TryGetToken(rest, out Candidate known))
            {
                cand.Confidence = known.Confidence;
                cand.Type = known.Type;
                cand.Source = CandidateSource.Propagated;
                cand.Entry = known.Entry;
            }
            else
            {
                continue;
            }

            accepted.Add(cand);
            added++;
        }

        if (added > 0)
        {
            accepted.Sort(static (x, y) => x.First.CompareTo(y.First));
        }
    }

    /// <summary>
    /// "JD(S)", "JD(U)", "CPI(M)": a party acronym with a faction letter in parentheses written against
    /// it is one name.
    /// </summary>
    private void IncludeFactionLetter(List<Candidate> accepted)
    {
        Span<Candidate> span = CollectionsMarshal.AsSpan(accepted);
        for (int i = 0; i < span.Length; i++)
        {
            ref Candidate c = ref span[i];
            int e = c.End;
            if (c.EndChar > 0 || !IsUpperWord(e - 1) || e + 2 >= _tokens.Count || !TokIs(e, "(") || !TokIs(e + 2, ")")
                || !Glued(e - 1, e) || !Glued(e, e + 1) || !Glued(e + 1, e + 2) || (i + 1 < span.Length && span[i + 1].First < e + 3))
            {
                continue;
            }

            ReadOnlySpan<char> f = Tok(e + 1);
            if (f.Length is >= 1 and <= 2 && _tokens[e + 1].Kind == TokenKind.Word && !f.ContainsAnyExceptInRange('A', 'Z'))
            {
                c.End = e + 3;
            }
        }
    }

    /// <summary>
    /// "the London-based Amnesty International", "Rome-based FAO": a leading "X-based", "X-led" adjective
    /// (a capitalised word with a lower-case hyphenated part) is not part of the name the tagger marked.
    /// </summary>
    private static readonly string[] HyphenAdjectiveEndings = ["based", "led", "backed", "owned", "funded", "run", "controlled", "affiliated", "linked", "allied", "sponsored", "listed", "registered", "headquartered", "aligned", "born", "supported", "operated", "managed"];

    /// <summary>
    /// "a 4K TV": a name does not start inside a word, right after a letter or digit with nothing between them (the
    /// tokenizer splits "4K" at the change from digits to letters).
    /// </summary>
    private void DropMidWordStarts(List<Candidate> accepted) =>
        accepted.RemoveAll(c => c.First > 0 && c.StartChar <= 0 && Glued(c.First - 1, c.First) && char.IsLetterOrDigit(_text[_tokens[c.First].Span.Start - 1]));

    /// <summary>
    /// "TALL TALE Diver denies …", "STAR GAZING Planets line up …": a run of two or more all-caps words opening a
    /// line or following a lower-case word or a punctuation mark, before a capitalised headline, is a teaser's kicker; a guessed acronym inside it is no name. Runs holding a
    /// known name or a title ("ACB DG Omar Hadi …") are left alone.
    /// </summary>
    // A guessed acronym inside a kicker ("TALL STORY Diver …"), or a head-word name that starts in one and ends on the
    // capitalised word after it ("BOXING SHOCK Star boxer …": "Star" is the headline's first word, not a newspaper's).
    private void DropKickerWords(List<Candidate> accepted) =>
        accepted.RemoveAll(c => (c.Source == CandidateSource.UnknownAcronym && c.Length == 1
                || c.Source == CandidateSource.Head && c.Length >= 3 && IsKickerWord(c.First) && !IsUpperWord(c.End - 1))
            && IsInKicker(c.First));

    private bool IsInKicker(int i)
    {
        int a = i;
        while (a > 0 && !_tokens[a].NewlineBefore && IsKickerWord(a - 1))
        {
            a--;
        }

        // At a line start, or glued onto the end of the previous teaser ("… near the pole TALL TALE Diver …").
        if (a > 0 && !_tokens[a].NewlineBefore && _tokens[a - 1].Case is not TokenCase.Lower && _tokens[a - 1].Kind != TokenKind.Punctuation)
        {
            return false;
        }

        int e = i + 1;
        while (e < _tokens.Count && SameLine(e) && IsKickerWord(e))
        {
            e++;
        }

        return e - a >= 2 && e < _tokens.Count && SameLine(e) && _tokens[e].Kind == TokenKind.Word && _tokens[e].Case == TokenCase.Capitalized;
    }

    private bool IsKickerWord(int k) =>
        IsUpperWord(k) && !Has(k, (ushort)(FlagGazetteer | FlagTitle | FlagCountry | FlagPlace));

    /// <summary>
    /// Drops names that are no organisations by their surroundings: a race ("Monaco GP", "Italian Formula One Grand
    /// Prix", and a name right before "Grand Prix"/"GP"); an intergovernmental body's seat as an all-caps dateline of
    /// two words or more before a dash ("UNITED NATIONS -- The council met"); a name inside a social-media handle ("@Acme_news").
    /// </summary>
    private void DropRacesDatelinesAndHandles(List<Candidate> accepted)
    {
        accepted.RemoveAll(c => c.Source != CandidateSource.Definition && (IsRaceName(c) || IsDateline(c, accepted) || IsInHandle(c)));
    }

    private bool IsRaceName(Candidate c)
    {
        if (c.EndChar > 0)
        {
            return false;
        }

        int last = c.End - 1;
        if (c.Length >= 2 && (TokIs(last, "GP") || (TokIs(last, "Prix") && TokIs(last - 1, "Grand"))))
        {
            return true;
        }

        return c.End < _tokens.Count && SameLine(c.End)
            && (TokIs(c.End, "GP") || (TokIs(c.End, "Grand") && c.End + 1 < _tokens.Count && TokIs(c.End + 1, "Prix")));
    }

    private bool IsDateline(Candidate c, List<Candidate> accepted)
    {
        if (c.Length < 2 || c.StartChar > 0 || c.End >= _tokens.Count || !SameLine(c.End) || !OpensLineInCapitals(c.First, c.End))
        {
            return false;
        }

        ReadOnlySpan<char> next = Tok(c.End);
        if (!(next.SequenceEqual("--") || next.SequenceEqual("\u2014") || next.SequenceEqual("\u2013") || (next.SequenceEqual("-") && TokIs(c.End + 1, "-"))))
        {
            return false;
        }

        // Only an intergovernmental body's seat ("UNITED NATIONS --", the body typed by its gazetteer entry or by a
        // mixed-case mention): a media name in a byline ("TODAY RURITANIA –") is the outlet.
        if (c.Type == OrganisationType.Intergovernmental || c.Entry?.Type == OrganisationType.Intergovernmental)
        {
            return true;
        }

        int start = _tokens[c.First].Span.Start;
        ReadOnlySpan<char> name = _text.AsSpan(start, EndOf(c) - start);
        foreach (Candidate o in accepted)
        {
            if (o.Type == OrganisationType.Intergovernmental && o.StartChar <= 0 && o.EndChar <= 0 && o.Length == c.Length)
            {
                int os = _tokens[o.First].Span.Start;
                if (_text.AsSpan(os, EndOf(o) - os).Equals(name, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private bool IsInHandle(Candidate c)
    {
        int start = c.StartChar > 0 ? c.StartChar : _tokens[c.First].Span.Start;
        int end = EndOf(c);
        return (start > 0 && _text[start - 1] == '@') || (end < _text.Length && _text[end] == '_' && start > 0 && _text.AsSpan(Math.Max(0, start - 16), start - Math.Max(0, start - 16)).Contains('@'));
    }

    /// <summary>
    /// "Lakemoor Water Authority Lakemoor Water Authority" (a photo credit printed twice by a caption widget): a
    /// name of two words or more written twice in a row is two mentions.
    /// </summary>
    private void SplitRepeatedNames(List<Candidate> accepted)
    {
        for (int r = 0; r < accepted.Count; r++)
        {
            Candidate c = accepted[r];
            int half = c.Length / 2;
            if (c.Length < 4 || c.Length % 2 != 0 || c.StartChar > 0 || c.EndChar > 0)
            {
                continue;
            }

            bool same = true;
            for (int k = 0; k < half && same; k++)
            {
                same = Tok(c.First + k).SequenceEqual(Tok(c.First + half + k));
            }

            if (!same)
            {
                continue;
            }

            Candidate first = c;
            first.End = c.First + half;
            Candidate second = c;
            second.First = c.First + half;
            accepted[r] = first;
            accepted.Insert(r + 1, second);
            r++;
        }
    }

    /// <summary>
    /// Product names read as organisations from a cue, the tagger or propagation: a name of two words or
    /// more, with no organisation head word, right before a product noun ("the Falcon Heavy rocket") is a
    /// product, and so is every other occurrence of it in the article. Gazetteer names, definitions, legal
    /// forms and sports tables stay. A quoted occurrence is no evidence (quoting names as titles of works
    /// was measured and left out: the dev gold quotes many real organisations).
    /// </summary>
    private void DropWorksAndProducts(List<Candidate> accepted)
    {
        HashSet<string>? works = null;
        foreach (Candidate c in accepted)
        {
            if (!IsWorkEligible(c))
            {
                continue;
            }

            bool quoted = c.First > 0 && c.End < _tokens.Count && Glued(c.First - 1, c.First) && Glued(c.End - 1, c.End)
                && IsQuoteMark(c.First - 1) && IsQuoteMark(c.End);
            bool product = c.End < _tokens.Count && SameLine(c.End) && _tokens[c.End].Kind == TokenKind.Word
                && _tokens[c.End].Case == TokenCase.Lower && IsOneOf(Tok(c.End), ProductNouns);
            // Two words or more: a one-word company names its own app or phone too ("the Vexaro app"). An unknown all-caps
            // word before a technique noun ("VORTEX technologies") is blocked earlier (BlockAcronymsBeforeThingNouns).
            if (product && !quoted && c.Length >= 2 && !HasHeadWord(c))
            {
                works ??= new HashSet<string>(StringComparer.Ordinal);
                works.Add(_text.Substring(_tokens[c.First].Span.Start, _tokens[c.End - 1].Span.End - _tokens[c.First].Span.Start));
            }
        }

        if (works is null)
        {
            return;
        }

        accepted.RemoveAll(c => IsWorkEligible(c)
            && works.Contains(_text.Substring(_tokens[c.First].Span.Start, _tokens[c.End - 1].Span.End - _tokens[c.First].Span.Start)));
    }

    /// <summary>
    /// "Croydon University Hospital", "Kings College Hospital": a name that runs on into "Hospital" or "Clinic" names the
    /// hospital, a facility, which is no organisation mention (as hospitals are not elsewhere); its first words alone are no
    /// mention either.
    /// </summary>
    private void DropHospitalNamePrefixes(List<Candidate> accepted) =>
        accepted.RemoveAll(c => c.EndChar <= 0 && c.End < _tokens.Count && SameLine(c.End) && _tokens[c.End].Case == TokenCase.Capitalized
            && (TokIs(c.End, "Hospital") || TokIs(c.End, "Clinic"))); // one linear pass, as DropWorksAndProducts

    /// <summary>
    /// Stock tickers and caption furniture: a guessed acronym after an exchange code ("NYSE:LMT",
    /// "(NASDAQ: TSLA)") or in parentheses right after a gazetteer name ("Apple (AAPL)", "Shell (RDSA)") is a
    /// ticker, not a second name; a name that ends in "Image" before a lower-case "caption" ("Image copyright
    /// Getty Images Image caption …", a photo credit on a scraped page) loses that last word.
    /// </summary>
    private void DropTickersAndCaptionLabels(List<Candidate> accepted)
    {
        // Token indexes where a gazetteer company name ends, marked once (a lookup per ticker stays O(1), so a page of
        // "Apple (AAPL)" lines stays linear); dropped candidates are compacted out in one pass.
        bool[]? companyEnd = null;
        int w = 0;
        for (int i = 0; i < accepted.Count; i++)
        {
            Candidate c = accepted[i];
            if (c.Length >= 2 && c.End < _tokens.Count && SameLine(c.End) && TokIs(c.End - 1, "Image") && TokIs(c.End, "caption")
                && c.Source is not (CandidateSource.Gazetteer or CandidateSource.Definition))
            {
                c.End--;
                c.EndChar = 0;
                accepted[w++] = c;
                continue;
            }

            if (c.Source == CandidateSource.UnknownAcronym && c.Length == 1 && IsTicker(c.First, accepted, ref companyEnd))
            {
                continue;
            }

            accepted[w++] = c;
        }

        accepted.RemoveRange(w, accepted.Count - w);
    }

    /// <summary>"NYSE:LMT", "NASDAQ: TSLA", "Apple (AAPL)": the one-token guessed acronym at <paramref name="k"/> is a stock ticker.</summary>
    private bool IsTicker(int k, List<Candidate> accepted, ref bool[]? companyEnd)
    {
        int p = k - 1;
        if (p >= 0 && TokIs(p, ":") && SameLine(k))
        {
            // "NYSE:LMT", "NASDAQ: TSLA".
            return p - 1 >= 0 && Glued(p - 1, p) && IsOneOfIgnoreCase(Tok(p - 1), StockExchanges);
        }

        // "Apple (AAPL)": the token before the parenthesis ends a known company's name (not "Liberal Party (PLRA)").
        if (p - 1 >= 0 && TokIs(p, "(") && TokIs(k + 1, ")") && SameLine(k) && Has(p - 1, FlagGazetteer) && !IsAcronymOf(p - 1, k))
        {
            if (companyEnd is null)
            {
                companyEnd = Scratch<bool>(_tokens.Count + 1);
                foreach (Candidate o in accepted)
                {
                    if (o.Source == CandidateSource.Gazetteer && o.Type == OrganisationType.Company && o.End <= _tokens.Count)
                    {
                        companyEnd[o.End] = true;
                    }
                }
            }

            return companyEnd[p];
        }

        return false;
    }

    /// <summary>Whether the acronym at <paramref name="acr"/> starts with the first letter of the name word at <paramref name="word"/> ("Tesla (TSLA)" keeps the short name).</summary>
    private bool IsAcronymOf(int word, int acr) => char.ToUpperInvariant(Tok(word)[0]) == Tok(acr)[0] && Tok(acr).Length <= 2;

    private static readonly string[] StockExchanges = ["NYSE", "NASDAQ", "AMEX", "LSE", "TSX", "TSXV", "ASX", "HKEX", "SGX", "NSE", "BSE", "OTC", "OTCQX", "OTCMKTS", "FRA", "ETR", "EPA", "TYO", "KRX", "SSE", "SZSE", "JSE", "BMV", "NZX"];

    /// <summary>"Navy aircraft", "Police drone": a name with an organisation head word owns the product after it.</summary>
    private bool HasHeadWord(Candidate c)
    {
        for (int k = c.First; k < c.End; k++)
        {
            if (_lex.Heads.TryGetToken(Tok(k), out _))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsWorkEligible(Candidate c) =>
        c.Source is CandidateSource.Head or CandidateSource.Cue or CandidateSource.Model or CandidateSource.Propagated or CandidateSource.UnknownAcronym
        && c.Entry is null;

    private bool IsQuoteMark(int i)
    {
        ReadOnlySpan<char> s = Tok(i);
        return s.Length == 1 && s[0] is '"' or '“' or '”' or '‘' or '’' or '\'' or '«' or '»';
    }

    /// <summary>
    /// Lower-case nouns of techniques, things, markets, money and tests that make an unknown all-caps word before them the
    /// thing's name ("VORTEX technologies", "VXT cards", "the BRQ exam").
    /// </summary>
    private static readonly string[] TechniqueNouns =
    [
        "technologies", "algorithm", "algorithms", "codec",
        "architecture", "architectures", "chip", "chips", "standard", "standards", "protocol", "protocols", "format", "formats",
        "technology", "technique", "techniques", "card", "cards", "number", "numbers", "code", "codes",
        "dollar", "dollars", "loan", "loans", "market", "markets", "exam", "exams", "examination", "examinations",
        "score", "scores", "index", "device", "devices", "software", "specification", "specifications", "tag", "tags",
    ];

    /// <summary>Lower-case nouns that make the name before them a product or a work: "the Falcon Heavy rocket", "the Nimbus app".</summary>
    private static readonly string[] ProductNouns =
    [
        "rocket", "rockets", "spacecraft", "aircraft", "airliner", "jet", "jets", "helicopter", "drone", "drones", "missile", "missiles",
        "satellite", "satellites", "smartphone", "smartphones", "phone", "phones", "handset", "headset", "tablet", "laptop", "console",
        "app", "apps", "browser", "software", "chip", "chips", "processor", "album", "film", "movie", "episode", "episodes", "sitcom",
        "documentary", "novel", "podcast", "videogame", "franchise", "truck", "sedan", "vaccine", "drug",
    ];

    private void TrimHyphenAdjectives(List<Candidate> accepted)
    {
        Span<Candidate> span = CollectionsMarshal.AsSpan(accepted);
        for (int i = 0; i < span.Length; i++)
        {
            ref Candidate c = ref span[i];
            if (c.Length < 2 || c.StartChar > 0 || _tokens[c.First].Kind != TokenKind.Word || _tokens[c.First].Case != TokenCase.Capitalized)
            {
                continue;
            }

            ReadOnlySpan<char> w = Tok(c.First);
            int dash = w.LastIndexOf('-');
            if (dash > 0 && dash < w.Length - 1 && IsOneOf(w[(dash + 1)..], HyphenAdjectiveEndings) && IsCapWord(c.First + 1))
            {
                c.First++;
            }
        }
    }

    private static readonly string[] QuantityFollowers = ["percent", "per", "million", "billion", "trillion", "of", "to", "out", "times", "points", "minutes", "days", "weeks", "months", "years", "hours", "am", "pm", "a.m.", "p.m."];

    /// <summary>
    /// "the University of Wyoming at Laramie": a state university named with its campus takes the campus, one to three
    /// capitalised words after "at" that end the name (before punctuation, a lower-case word or the line end).
    /// </summary>
    private void IncludeCampus(List<Candidate> accepted)
    {
        Span<Candidate> span = CollectionsMarshal.AsSpan(accepted);
        for (int i = 0; i < span.Length; i++)
        {
            ref Candidate c = ref span[i];
            int a = c.End;
            if (c.Length < 3 || c.EndChar > 0 || !TokIs(c.First, "University") || !TokIs(c.First + 1, "of") || !Has(c.End - 1, FlagPlace)
                || a + 1 >= _tokens.Count || !TokIs(a, "at") || !SameLine(a + 1) || (i + 1 < span.Length && span[i + 1].First <= a + 1))
            {
                continue;
            }

            int e = a + 1;
            while (e < _tokens.Count && e - a <= 3 && SameLine(e) && IsCapWord(e) && _tokens[e].Case == TokenCase.Capitalized
                && !Has(e, (ushort)(FlagGazetteer | FlagNonOrg | FlagTitle)) && !_lex.Heads.TryGetToken(Tok(e), out _))
            {
                e++;
            }

            if (e == a + 1 || (e < _tokens.Count && SameLine(e) && _tokens[e].Kind == TokenKind.Word && _tokens[e].Case != TokenCase.Lower))
            {
                continue;
            }

            c.End = e;
            c.Entry = null;
        }
    }

    /// <summary>
    /// "the Tolliver Bros. Museum of Clocks": the period of "Bros." is a token of its own that ends the capitalised run,
    /// so the name found after it takes back the one or two capitalised words and "Bros." before it.
    /// </summary>
    private void IncludeBrothersPrefix(List<Candidate> accepted)
    {
        Span<Candidate> span = CollectionsMarshal.AsSpan(accepted);
        for (int i = 0; i < span.Length; i++)
        {
            ref Candidate c = ref span[i];
            int b = c.First;
            if (c.StartChar > 0 || b < 3 || !TokIs(b - 1, ".") || !TokIs(b - 2, "Bros") || !Glued(b - 2, b - 1)
                || !SameLine(b) || !SameLine(b - 1) || !SameLine(b - 2) || !IsCapWord(b - 3) || _tokens[b - 3].Case != TokenCase.Capitalized
                || Has(b - 3, (ushort)(FlagNonOrg | FlagTitle)) || (i > 0 && span[i - 1].End > b - 3))
            {
                continue;
            }

            int f = b - 3;
            if (f - 1 >= 0 && SameLine(f) && IsCapWord(f - 1) && _tokens[f - 1].Case == TokenCase.Capitalized && !Has(f - 1, (ushort)(FlagNonOrg | FlagTitle | FlagInitial))
                && (i == 0 || span[i - 1].End <= f - 1))
            {
                f--;
            }

            c.First = f;
            c.Entry = null;
        }
    }

    /// <summary>
    /// "CFC 1 won", "SKW 3 equalised", "SFC A was": a club acronym with a team number (1-9) or a team
    /// letter (A-D) written after it names one of the club's teams; the number or letter is part of the name.
    /// Not before a quantity word or symbol ("NATO 2 percent", "UN 3-0").
    /// </summary>
    private void IncludeTeamNumber(List<Candidate> accepted)
    {
        Span<Candidate> span = CollectionsMarshal.AsSpan(accepted);
        for (int i = 0; i < span.Length; i++)
        {
            ref Candidate c = ref span[i];
            int e = c.End;
            if (c.Length != 1 || c.EndChar > 0 || !IsUpperWord(e - 1) || e >= _tokens.Count || !SameLine(e) || Glued(e - 1, e)
                || _tokens[e].Span.Start - _tokens[e - 1].Span.End != 1 || (i + 1 < span.Length && span[i + 1].First <= e))
            {
                continue;
            }

            ReadOnlySpan<char> acronym = Tok(e - 1);
            ReadOnlySpan<char> f = Tok(e);
            bool number = _tokens[e].Kind == TokenKind.Number && f.Length == 1 && f[0] is >= '1' and <= '9';
            bool letter = _tokens[e].Kind == TokenKind.Word && f.Length == 1 && f[0] is >= 'A' and <= 'D';
            if (acronym.Length is < 2 or > 5 || acronym.ContainsAnyExceptInRange('A', 'Z') || !(number || letter))
            {
                continue;
            }

            int n = e + 1;
            if (n < _tokens.Count && SameLine(n))
            {
                // The team number stands alone: "CFC 1 won", "SKW 3, CFC 2 and", not "CFC 1-0", "SKW 2 percent", "FIFA 2 of".
                TokenKind k = _tokens[n].Kind;

                // "… the site of the blast NATO A missile was launched …": after a known body that fields no teams (a
                // government, alliance, army, party or outlet), "A" before a lower-case word is the article that opens
                // the next sentence (glued to a photo credit on scraped pages), not a team letter ("SKW A beat …").
                if (letter && f[0] == 'A' && k == TokenKind.Word && _tokens[n].Case == TokenCase.Lower && c.Source == CandidateSource.Gazetteer
                    && c.Type is OrganisationType.Government or OrganisationType.Intergovernmental or OrganisationType.Military or OrganisationType.Party or OrganisationType.Media)
                {
                    continue;
                }

                if (Glued(e, n) && !(TokIs(n, ",") || TokIs(n, ".") || TokIs(n, ")") || TokIs(n, ";") || TokIs(n, ":") || IsPossessive(n)))
                {
                    continue;
                }

                if (k is TokenKind.Number or TokenKind.Symbol || TokIs(n, "-") || TokIs(n, "–") || IsOneOfIgnoreCase(Tok(n), QuantityFollowers)
                    || (k == TokenKind.Word && _tokens[n].Case != TokenCase.Lower))
                {
                    continue;
                }
            }

            c.End = e + 1;
        }
    }

    /// <summary>
    /// "told The Jordan Times", "with The Korea Herald": a capitalised "The" inside a sentence before a
    /// newspaper or broadcaster, or before any name of several words, is part of its name. At a sentence start the
    /// article is left out.
    /// </summary>
    private void IncludeMediaArticle(List<Candidate> accepted)
    {
        Span<Candidate> span = CollectionsMarshal.AsSpan(accepted);
        for (int i = 0; i < span.Length; i++)
        {
            ref Candidate c = ref span[i];
            int p = c.First - 1;
            // Also a one-word name found by its context ("the porter told The Lantern, a campus newspaper"): mid-sentence, the capital
            // shows the article belongs to the name.
            bool oneWordFound = c.Length == 1 && c.EndChar <= 0 && c.StartChar <= 0 && c.Entry is null
                && c.Source is CandidateSource.Model or CandidateSource.Cue or CandidateSource.Head or CandidateSource.Propagated
                && _tokens[c.First].Case == TokenCase.Capitalized;
            // So does a name of several words of any kind ("joined The Harbour Institute"): the newswire gold keeps the
            // capital article 5 times in 5.
            // Only after a lower-case word: not after a photo credit glued to the sentence ("/ Reuters The United Nations ...").
            bool severalWords = c.Length >= 2 && c.StartChar <= 0 && _tokens[c.First].Case == TokenCase.Capitalized && p >= 1
                && _tokens[p - 1].Kind == TokenKind.Word && _tokens[p - 1].Case == TokenCase.Lower;
            if ((c.Type != OrganisationType.Media && !oneWordFound && !severalWords) || p < 0 || !TokIs(p, "The") || Has(p, FlagInitial) || !SameLine(c.First)
                || Has(p, FlagTitleLine) || Has(p, FlagUpperLine) || (i > 0 && span[i - 1].End > p))
            {
                continue;
            }

            // Only when a word of the same sentence comes before "The" (not a line or quote start), or the year of a
            // copyright notice ("Copyright 2019 The Daily Courier", "© 2019 The Daily Courier").
            // A comma inside the sentence counts too ("... a tanker, The Daily Lantern reports"): the word before it shows the
            // sentence began earlier.
            int b = p - 1;
            if (TokIs(b, ",") && b > 0 && SameLine(b) && _tokens[b - 1].Kind == TokenKind.Word)
            {
                b--;
            }

            if (b < 0 || !SameLine(p) || (_tokens[b].Kind != TokenKind.Word && !IsCopyrightYear(b)))
            {
                continue;
            }

            c.First = p;
        }
    }

    /// <summary>Whether token <paramref name="b"/> is the year of a copyright notice ("Copyright 2019", "© 2019", "(c) 2019").</summary>
    private bool IsCopyrightYear(int b)
    {
        if (_tokens[b].Kind != TokenKind.Number || Tok(b).Length != 4 || b == 0 || !SameLine(b))
        {
            return false;
        }

        int a = b - 1;
        if (TokIs(a, "Copyright") || TokIs(a, "COPYRIGHT") || TokIs(a, "copyright") || TokIs(a, "©"))
        {
            return true;
        }

        return a >= 2 && TokIs(a, ")") && (TokIs(a - 1, "c") || TokIs(a - 1, "C")) && TokIs(a - 2, "(");
    }

    /// <summary>
    /// "the Greens are the only ...", "The Greens leader": a party named by a plural noun alone takes its article, which is
    /// part of its name ("The Greens"); "Australian Greens" and "Greens senator" (no article) are unchanged.
    /// </summary>
    private void IncludePartyArticle(List<Candidate> accepted)
    {
        Span<Candidate> span = CollectionsMarshal.AsSpan(accepted);
        for (int i = 0; i < span.Length; i++)
        {
            ref Candidate c = ref span[i];
            int p = c.First - 1;
            if (c.Type != OrganisationType.Party || c.Length != 1 || p < 0 || !SameLine(c.First) || !(TokIs(p, "the") || TokIs(p, "The"))
                || !Tok(c.First).SequenceEqual("Greens") || (i > 0 && span[i - 1].End > p))
            {
                continue;
            }

            c.First = p;
        }
    }

    /// <summary>
    /// "— Harbor Weather North (@HarborWx) May 2, 2019": an embedded post's signature gives the account's whole display name
    /// between the dash and the bracketed handle, so a name found at its start ("Harbor Weather") takes the one to three
    /// capitalised words after it up to the handle. Only right after a dash and right before "(@".
    /// </summary>
    private void IncludeSignatureName(List<Candidate> accepted)
    {
        Span<Candidate> span = CollectionsMarshal.AsSpan(accepted);
        for (int i = 0; i < span.Length; i++)
        {
            ref Candidate c = ref span[i];
            int p = c.First - 1;
            if (c.StartChar > 0 || c.EndChar > 0 || p < 0 || !SameLine(c.First) || !(TokIs(p, "\u2014") || TokIs(p, "\u2013")))
            {
                continue;
            }

            int e = c.End;
            while (e < _tokens.Count && e - c.End < 3 && SameLine(e) && IsCapWord(e) && !Glued(e - 1, e))
            {
                e++;
            }

            if (e == c.End || e >= _tokens.Count || !SameLine(e) || !TokIs(e, "(") || _tokens[e].Span.End >= _text.Length
                || _text[_tokens[e].Span.End] != '@' || (i + 1 < span.Length && span[i + 1].First < e))
            {
                continue;
            }

            c.End = e;
            c.Entry = null;
            c.ShortFormOf = null;
        }
    }

    /// <summary>
    /// "the Ruritanian RPU party", "a Westland LDP lawmaker": a nationality or regional adjective before a party's all-caps
    /// name qualifies it and stays outside ("RPU"): the acronym is a party in the gazetteer or "party" follows it.
    /// </summary>
    private void TrimDemonymBeforePartyAcronym(List<Candidate> accepted)
    {
        Span<Candidate> span = CollectionsMarshal.AsSpan(accepted);
        for (int i = 0; i < span.Length; i++)
        {
            ref Candidate c = ref span[i];
            int last = c.End - 1;
            if (c.Length < 2 || c.Length > 3 || c.StartChar > 0 || c.EndChar > 0 || !IsUpperWord(last) || Tok(last).Length < 2
                || (_flags[c.First] & FlagDemonym) == 0 || _tokens[c.First].Case != TokenCase.Capitalized || !IsOnlyPlaceOrDemonym(c.First, last))
            {
                continue;
            }

            bool party = c.End < _tokens.Count && SameLine(c.End) && TokIs(c.End, "party");
            if (!party && !(_lex.Organisations.LongestAt(_text, _tokens, last, last + 1, out GazetteerEntry? e) == 1 && e?.Type == OrganisationType.Party))
            {
                continue;
            }

            c.First = last;
            c.Entry = null;
            c.ShortFormOf = null;
        }
    }

    /// <summary>Credit words after a slash that are no agency ("AP/File", "Reuters/Pool").</summary>
    private static readonly string[] CreditLabels = ["File", "Files", "Pool", "Handout", "Photo", "Photos", "Image", "Images", "Staff", "Contributor", "Stringer", "Courtesy"];

    /// <summary>
    /// "Jane Roe/AFP /Lakeview": a photographer's credit that names an agency's acronym after a slash and then a second distributor
    /// after another slash credits that distributor too: one capitalised word ending the credit (the line ends, a bracket closes,
    /// or the credit starts again). Not a label ("AP/File", "Reuters/Pool").
    /// </summary>
    private void AddSecondCreditAgency(List<Candidate> accepted)
    {
        for (int i = 0; i < accepted.Count; i++)
        {
            Candidate c = accepted[i];
            int p = c.First - 1;
            int n = c.End;
            if (c.StartChar > 0 || c.EndChar > 0 || c.Length != 1 || !IsUpperWord(c.First)
                || p < 1 || !TokIs(p, "/") || !Glued(p, c.First) || !Glued(p - 1, p) || !IsCapWord(p - 1) || !SameLine(p) || !SameLine(c.First)
                || n + 1 >= _tokens.Count || !TokIs(n, "/") || !SameLine(n) || !SameLine(n + 1) || !Glued(n, n + 1)
                || _tokens[n + 1].Kind != TokenKind.Word || !IsCapWord(n + 1) || Tok(n + 1).Length < 2 || Has(n + 1, (ushort)(FlagNonOrg | FlagPlace | FlagCountry | FlagFirstName))
                || IsOneOf(Tok(n + 1), CreditLabels) || (i + 1 < accepted.Count && accepted[i + 1].First <= n + 1))
            {
                continue;
            }

            int after = n + 2;
            if (after < _tokens.Count && SameLine(after) && !TokIs(after, ")") && !(IsCapWord(after) && !Glued(n + 1, after)))
            {
                continue;
            }

            accepted.Insert(i + 1, new Candidate { First = n + 1, End = n + 2, Confidence = 0.7, Type = OrganisationType.Media, Source = CandidateSource.Cue });
            i++;
        }
    }

    /// <summary>
    /// "US Federal Reserve", "Moroccan FA", "Canadian Conference of Catholic Bishops": a country or
    /// demonym written right before a name (not a possessive owner) is part of it.
    /// </summary>
    private void ExtendNationalPrefix(List<Candidate> accepted)
    {
        Span<Candidate> span = CollectionsMarshal.AsSpan(accepted);
        for (int i = 0; i < span.Length; i++)
        {
            ref Candidate c = ref span[i];
            int p = c.First - 1;
            if (p >= 0 && TokIs(p, "All") && SameLine(c.First) && (Has(c.First, FlagDemonym) || Has(c.First, FlagCountry)) && c.Source != CandidateSource.SportsTable
                && (p == 0 || !SameLine(p) || !IsCapWord(p - 1) || Has(p - 1, FlagNonOrg)) && (i == 0 || span[i - 1].End <= p))
            {
                // "All Liberian Party", "All India Congress" (already starting at the country or demonym).
                c.First = p;
                c.Entry = null;
                continue;
            }

            // "Brisbane Broncos": a club nickname (an alias ending the long form of another club) after its city.
            bool nickname = c.Length == 1 && c.Entry is { IsAcronym: false } ne && ne.LongForm.Length > Tok(c.First).Length + 1
                && ne.LongForm.AsSpan().EndsWith(Tok(c.First)) && ne.LongForm[ne.LongForm.Length - Tok(c.First).Length - 1] == ' ';
            if (p < 0 || c.Source is CandidateSource.SportsTable || !SameLine(c.First) || Glued(p, c.First)
                || !IsCapWord(p) || (!Has(p, FlagDemonym) && !Has(p, FlagCountry) && !(nickname && Has(p, FlagPlace))) || Has(p, FlagGazetteer) || Has(c.First, FlagUpperLine) || Has(c.First, FlagTitleLine))
            {
                continue;
            }

            // The prefix must not belong to the previous name ("Bank of England Federal ...") or a longer place.
            if (i > 0 && span[i - 1].End > p)
            {
                continue;
            }

            // A place of several words ("United States") is taken whole; anything longer is left alone.
            int q = p;
            while (q - 1 >= 0 && SameLine(q) && IsCapWord(q - 1) && (Has(q - 1, FlagCountry) || Has(q - 1, FlagDemonym)) && !Has(q - 1, FlagGazetteer) && p - q < 2)
            {
                q--;
            }

            // "All India Congress", "All Liberian Party"
            if (q - 1 >= 0 && SameLine(q) && TokIs(q - 1, "All") && (q - 2 < 0 || !IsCapWord(q - 2) || Has(q - 2, FlagNonOrg)))
            {
                q--;
            }

            if (q - 1 >= 0 && SameLine(q) && ((IsCapWord(q - 1) && !Has(q - 1, FlagNonOrg)) || IsPossessive(q - 1) || IsHyphenOrAmpersand(q - 1)))
            {
                continue;
            }

            if (i > 0 && span[i - 1].End > q)
            {
                continue;
            }

            c.First = q;
            c.Entry = null;
        }
    }

    // Capitalised sentence openers that do not join a following name ("Can Milan recover ?").
    private static readonly string[] SentenceOpeners = ["Can", "Could", "Will", "Would", "Should", "Did", "Does", "Do", "Has", "Have", "Had", "Is", "Are", "Was", "Were", "Why", "How", "When", "Where", "While", "After", "Before", "Although", "Though", "Unlike", "Like", "Only", "Even", "Both", "Neither", "Either", "Against", "Without", "Until", "Since", "If", "Unless", "Once", "Meanwhile", "Elsewhere"];

    private static readonly string[] ClubPrefixes = ["AC", "FC", "AS", "SC", "SV", "CF", "CD", "SS", "VfB", "VfL", "TSV", "RC", "AJ", "OGC", "PSV", "KV", "RSC"];

    private void Propagate(List<Candidate> accepted)
    {
        // Per-document tables on pooled arrays, given back when propagation ends.
        var learned = new PooledNameTable<Candidate>(foldCase: false, accepted.Count);
        var learnedFolded = new PooledNameTable<Candidate>(foldCase: true, accepted.Count);
        try
        {
            Propagate(accepted, learned, learnedFolded);
        }
        finally
        {
            learned.Return();
            learnedFolded.Return();
        }
    }

    private void Propagate(List<Candidate> accepted, PooledNameTable<Candidate> learned, PooledNameTable<Candidate> learnedFolded)
    {
        foreach (Candidate c in accepted)
        {
            if (c.Source is CandidateSource.UnknownAcronym)
            {
                continue;
            }

            if (c.EndChar > 0)
            {
                continue;
            }

            ReadOnlySpan<char> name = _text.AsSpan(_tokens[c.First].Span.Start, _tokens[c.End - 1].Span.End - _tokens[c.First].Span.Start);
            learned.Add(name, c);

            // "Philadelphia Eagles" ... "the Eagles": a club known by its city and nickname is later named by the nickname.
            int nick = c.End - 1;
            if (c.Source == CandidateSource.Gazetteer && c.Type == OrganisationType.NonGovernmental && c.Length >= 2 && Has(c.First, FlagPlace)
                && _tokens[nick].Case == TokenCase.Capitalized && Tok(nick).Length > 3 && Tok(nick)[^1] == 's' && !Has(nick, FlagPlace) && !Has(nick, FlagNonOrg))
            {
                var shortForm = c;
                shortForm.First = nick;
                learned.Add(Tok(nick), shortForm);
            }
            // "Estudiantes Madrid" ... "Estudiantes": a club named with its city is later named without it.
            if (c.Length == 2 && c.Source is CandidateSource.SportsTable or CandidateSource.Gazetteer && c.Type is OrganisationType.NonGovernmental or OrganisationType.Other
                && Has(c.First + 1, FlagPlace) && !Has(c.First, FlagPlace) && !Has(c.First, FlagDemonym) && !Has(c.First, FlagNonOrg) && !Has(c.First, FlagFirstName)
                && _tokens[c.First].Case == TokenCase.Capitalized && Tok(c.First).Length > 3)
            {
                var shortForm = c;
                shortForm.End = c.First + 1;
                learned.Add(Tok(c.First), shortForm);
            }

            // "United Airlines" ... "United said": a carrier is later named by its first word; when that word is also an
            // adjective ("American", "United"), only where no noun follows it.
            if (IsCarrierName(c) && !Has(c.First, (ushort)(FlagNonOrg | FlagFirstName | FlagTitle | FlagCountry | FlagPlace)))
            {
                var shortForm = c;
                shortForm.End = c.First + 1;
                shortForm.AdjectivalShortForm = true;
                shortForm.ShortFormOf = NormaliseSpace(name.ToString());
                learned.Add(Tok(c.First), shortForm);
            }

            // "Kestrel Nordic Airways" ... "a Kestrel Nordic flight": a carrier of three words is later named without its carrier
            // word (not when those words are a place or nationality: "Hong Kong", "South African").
            if (c.Length == 3 && c.Type is OrganisationType.Company or OrganisationType.Unknown && IsOneOf(Tok(c.End - 1), CarrierHeads)
                && _tokens[c.First].Case == TokenCase.Capitalized && _tokens[c.First + 1].Case == TokenCase.Capitalized
                && !Has(c.First, (ushort)(FlagPlace | FlagCountry | FlagDemonym)) && !Has(c.First + 1, (ushort)(FlagPlace | FlagCountry | FlagDemonym | FlagNonOrg)))
            {
                var shortForm = c;
                shortForm.End = c.End - 1;
                shortForm.ShortFormOf = NormaliseSpace(name.ToString());
                learned.Add(_text.AsSpan(_tokens[c.First].Span.Start, _tokens[c.First + 1].Span.End - _tokens[c.First].Span.Start), shortForm);
            }

            // "Dayton Flyers guard Ann Ruiz" ... "Flyers assistant coach": a club found by its city and nickname before a
            // player's role is later named by the nickname, as a bare name or before a role.
            if (c.Source == CandidateSource.SportsTable && c.Length == 2 && _placeLen[c.First] <= 1 && IsBeforePlayerRole(c.End))
            {
                var shortForm = c;
                shortForm.First = c.End - 1;
                shortForm.TeamNickname = true;
                shortForm.ShortFormOf = NormaliseSpace(name.ToString());
                learned.Add(Tok(c.End - 1), shortForm);
            }

            // "The Dunmore Herald" ... "the Herald reported": a newspaper named by a place and one word is later named by that word
            // after "the" (not when the word is itself a place, a title or a non-name).
            int paper = TokIs(c.First, "The") ? c.First + 1 : c.First;
            if (c.Type == OrganisationType.Media && c.End - 1 - paper is >= 1 and <= 3 && _tokens[c.End - 1].Case == TokenCase.Capitalized && Tok(c.End - 1).Length > 3
                && (_flags[c.End - 1] & (FlagPlace | FlagCountry | FlagDemonym | FlagNonOrg | FlagTitle)) == 0 && IsOnlyPlaceOrDemonym(paper, c.End - 1))
            {
                var shortForm = c;
                shortForm.First = c.End - 1;
                shortForm.Entry = null;
                shortForm.ArticleShortForm = true;
                // A capital "The" just before a name found without it joins the name later (mid-sentence): the long form takes it too.
                shortForm.ShortFormOf = c.Entry is { IsAcronym: false } paperEntry ? paperEntry.LongForm
                    : paper == c.First && TokIs(c.First - 1, "The") && !Has(c.First - 1, FlagInitial) && SameLine(c.First) ? "The " + NormaliseSpace(name.ToString())
                    : NormaliseSpace(name.ToString());
                learned.Add(Tok(c.End - 1), shortForm);
            }

            // "AC Milan" ... "Milan": a club known with its club-form prefix is later named without it.
            if (c.Length == 2 && c.Type == OrganisationType.NonGovernmental && IsOneOf(Tok(c.First), ClubPrefixes) && _tokens[c.First + 1].Case == TokenCase.Capitalized && !Has(c.First + 1, FlagCountry))
            {
                var shortForm = c;
                shortForm.First = c.First + 1;
                learned.Add(Tok(c.First + 1), shortForm);
            }

            if (_tokens[c.First].Case != TokenCase.Upper || c.Length > 1)
            {
                learnedFolded.Add(name, c);
            }
        }

        if (learned.Count == 0)
        {
            return;
        }

        bool[] taken = Scratch<bool>(_tokens.Count);
        foreach (Candidate c in accepted)
        {
            for (int k = c.First; k < c.End; k++)
            {
                taken[k] = true;
            }
        }

        var added = new List<Candidate>();
        HashSet<string>? alone = null;
        int n = _tokens.Count;
        for (int i = 0; i < n; i++)
        {
            if (taken[i] || _tokens[i].Kind != TokenKind.Word || !char.IsUpper(_text[_tokens[i].Span.Start]))
            {
                continue;
            }

            // Do not start inside a larger capitalised name ("Sekunjalo" inside "Sekunjalo Group" is fine; "Tata" before "Sons" is not).
            int len = learned.LongestAt(_text, _tokens, i, n, out Candidate src);
            if (len == 0 && Has(i, FlagUpperLine))
            {
                len = learnedFolded.LongestAt(_text, _tokens, i, n, out src);
            }

            if (len == 0)
            {
                continue;
            }

            bool free = true;
            for (int k = i; k < i + len; k++)
            {
                if (taken[k])
                {
                    free = false;
                    break;
                }
            }

            bool extendsRight = i + len < n && IsCapWord(i + len) && SameLine(i + len) && !Has(i + len, FlagUpperLine) && !Has(i + len, FlagTitleLine) && Glued(i + len - 1, i + len) == false && !Has(i + len, FlagNonOrg);
            bool extendsLeft = i > 0 && IsCapWord(i - 1) && SameLine(i) && !Has(i - 1, FlagNonOrg) && !(Has(i - 1, FlagInitial) && _tokens[i - 1].Case == TokenCase.Capitalized && IsOneOf(Tok(i - 1), SentenceOpeners)) && !Has(i, FlagUpperLine) && !Has(i, FlagTitleLine) && !Has(i - 1, FlagPlace) && !Has(i - 1, FlagDemonym);
            if (!free || (src.Length == 1 && (extendsRight || extendsLeft)))
            {
                continue;
            }

            // "the Global Rowing Championships" beside "Global Rowing said": a copy that modifies a named event or thing is
            // no mention, as the first finding of a name is not ("FIFA World Cup").
            if (extendsRight && NamesAThing(i + len))
            {
                continue;
            }

            // "United" before a noun is the adjective; a word that is no demonym and that the article already names as a
            // body on its own ("a Zephyr spokesman" beside "Zephyr Air Lines") is the carrier before a noun too.
            if (src.AdjectivalShortForm && !IsBareShortForm(i) && (Has(i, FlagDemonym) || !(alone ??= AcceptedAlone(accepted)).Contains(Tok(i).ToString())))
            {
                continue;
            }

            if (src.TeamNickname && !IsBareShortForm(i) && !IsBeforePlayerRole(i + 1))
            {
                continue;
            }

            if (src.ArticleShortForm && !(TokIs(i - 1, "the") || (TokIs(i - 1, "The") && Has(i - 1, FlagInitial))))
            {
                continue;
            }

            // A place after "at" ("NEW JERSEY AT BOSTON") or opening a dateline ("NEW YORK 1996-12-06") is the place.
            if ((i > 0 && SameLine(i) && TokIs(i - 1, "AT") && Has(i, FlagUpperLine))
                || (Has(i, FlagPlace) && i > 0 && SameLine(i) && (TokIs(i - 1, "AT") || TokIs(i - 1, "at") || TokIs(i - 1, "in") || TokIs(i - 1, "IN")))
                || ((i == 0 || !SameLine(i)) && i + len < n && SameLine(i + len) && IsDateNumber(i + len))
                || (i > 0 && SameLine(i) && (TokIs(i - 1, "In") || TokIs(i - 1, "At")) && (i == 1 || !SameLine(i - 1)) && (i + len == n || !SameLine(i + len) || TokIs(i + len, ":")))
                || (i + len + 3 < n && TokIs(i + len, "(") && TokIs(i + len + 2, ")") && IsLawWord(i + len + 3)))
            {
                // The last case: "the Bank of Ghana (Amendment) Act", a law's title.
                continue;
            }

            for (int k = i; k < i + len; k++)
            {
                taken[k] = true;
            }

            added.Add(new Candidate { First = i, End = i + len, Confidence = src.Confidence, Type = src.Type, Source = CandidateSource.Propagated, Entry = src.Entry, ShortFormOf = src.ShortFormOf });
            i += len - 1;
        }

        if (added.Count > 0)
        {
            accepted.AddRange(added);
            accepted.Sort(static (x, y) => x.First.CompareTo(y.First));
        }
    }

    /// <summary>The one-word names accepted on their own (not propagated) in <paramref name="accepted"/>.</summary>
    private HashSet<string> AcceptedAlone(List<Candidate> accepted)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (Candidate c in accepted)
        {
            if (c.Length == 1 && c.EndChar <= 0 && c.Source != CandidateSource.Propagated)
            {
                set.Add(Tok(c.First).ToString());
            }
        }

        return set;
    }

    /// <summary>Carrier heads whose name's first word alone later names the carrier ("Delta Airlines" ... "Delta").</summary>
    private static readonly string[] CarrierHeads = ["Airlines", "Airways"];

    /// <summary>
    /// Whether <paramref name="c"/> is a carrier named by one capitalised word and its head: "Zephyr Airlines", "Zephyr
    /// Airways" or "Zephyr Air Lines" (the word alone later names the carrier).
    /// </summary>
    private bool IsCarrierName(in Candidate c) =>
        c.Type is OrganisationType.Company or OrganisationType.Unknown && c.EndChar <= 0 && _tokens[c.First].Case == TokenCase.Capitalized && Tok(c.First).Length > 3
        && ((c.Length == 2 && IsOneOf(Tok(c.First + 1), CarrierHeads)) || (c.Length == 3 && TokIs(c.First + 1, "Air") && TokIs(c.First + 2, "Lines")));

    /// <summary>
    /// The carriers the article names in full ("Zephyr Air Lines"), keyed by their first word ("Zephyr"), for the
    /// canonical of that word used alone ("a Zephyr spokesman"); null when the article names none.
    /// </summary>
    private Dictionary<string, string>? CarrierNames(List<Candidate> accepted)
    {
        Dictionary<string, string>? map = null;
        foreach (Candidate c in accepted)
        {
            if (IsCarrierName(c))
            {
                int start = _tokens[c.First].Span.Start;
                (map ??= new Dictionary<string, string>(StringComparer.Ordinal)).TryAdd(Tok(c.First).ToString(), NormaliseSpace(_text.Substring(start, EndOf(c) - start)));
            }
        }

        return map;
    }

    /// <summary>Verbs and adverbs that follow a body named as subject ("American said", "United has").</summary>
    private static readonly string[] SubjectVerbs = [
        "said", "says", "is", "was", "are", "were", "has", "had", "have", "will", "would", "could", "can", "may", "might", "should", "must", "did", "does",
        "also", "declined", "denied", "apologised", "apologized", "pledged", "announced", "confirmed", "added", "told", "reported"];

    /// <summary>
    /// Whether the adjectival short form at <paramref name="i"/> stands as a name: before punctuation, the end of its line, or a
    /// verb ("at American,", "American said", "American pledged"), not before a noun ("American officials").
    /// </summary>
    private bool IsBareShortForm(int i)
    {
        int n = i + 1;
        if (n >= _tokens.Count || !SameLine(n))
        {
            return true;
        }

        if (IsPossessive(n))
        {
            return true;
        }

        if (_tokens[n].Kind == TokenKind.Punctuation)
        {
            return !TokIs(n, "-") && !TokIs(n, "–");
        }

        if (_tokens[n].Kind != TokenKind.Word || _tokens[n].Case != TokenCase.Lower)
        {
            return false;
        }

        ReadOnlySpan<char> w = Tok(n);
        if (IsOneOf(w, SubjectVerbs) || (w.Length > 4 && w.EndsWith("ed", StringComparison.Ordinal)))
        {
            return true;
        }

        // "staff wrote to Zephyr about the delay", "a flight with Zephyr on Monday": a preposition on both sides (the
        // adjective follows an article: "an American in Rome").
        return IsOneOf(w, ShortFormFollowers) && i > 0 && SameLine(i) && IsOneOf(Tok(i - 1), ShortFormPrecursors);
    }

    /// <summary>Prepositions after a carrier's short form that show it stands alone ("to United for comment").</summary>
    private static readonly string[] ShortFormFollowers = ["for", "about", "over", "on", "at", "in", "from", "after", "since", "until"];

    /// <summary>Prepositions before a carrier's short form that, with a follower, show it stands alone.</summary>
    private static readonly string[] ShortFormPrecursors = ["to", "with", "by", "from", "at", "against", "for"];

    /// <summary>
    /// "giant" at token <paramref name="g"/> names a company only after an industry word or a nationality ("the retail giant",
    /// "the oil giant", "Japanese giant"): "the giant Redwood" is an adjective, and "the gas giant Jupiter" a planet
    /// (the name in [<paramref name="s"/>, <paramref name="b"/>) is a celestial body or the word before "giant" is a
    /// size, colour or astronomy word).
    /// </summary>
    private bool IsIndustryGiant(int g, int s, int b)
    {
        if (b - s == 1 && IsOneOf(Tok(s), CelestialNames))
        {
            return false;
        }

        int m = g - 1;
        if (m < 0 || !SameLine(g) || _tokens[m].Kind != TokenKind.Word)
        {
            return false;
        }

        if (Has(m, (ushort)(FlagDemonym | FlagCountry)))
        {
            return true;
        }

        return _tokens[m].Case == TokenCase.Lower && !IsOneOfIgnoreCase(Tok(m), NonIndustryGiantWords) && !IsFunctionWord(Tok(m));
    }

    private static readonly string[] CelestialNames = ["Mercury", "Venus", "Earth", "Mars", "Jupiter", "Saturn", "Uranus", "Neptune", "Pluto", "Sun", "Moon", "Betelgeuse", "Sirius"];

    private static readonly string[] NonIndustryGiantWords =
    [
        "the", "a", "an", "this", "that", "gas", "ice", "red", "blue", "white", "yellow", "green", "gentle", "sleeping", "friendly", "jolly",
        "little", "big", "great", "true", "real", "literary", "musical", "political", "intellectual", "moral", "spiritual", "fallen",
    ];

    /// <summary>"1996-12-06" (one token or several): a number followed by a hyphen and more digits.</summary>
    private bool IsDateNumber(int k)
    {
        ReadOnlySpan<char> t = Tok(k);
        if (t.Length == 0 || !char.IsDigit(t[0]))
        {
            return false;
        }

        if (t.Contains('-'))
        {
            return true;
        }

        int end = _tokens[k].Span.End;
        return t.Length == 4 && end + 1 < _text.Length && (_text[end] == '-' || _text[end] == '/') && char.IsDigit(_text[end + 1]);
    }

    /// <summary>Whether <paramref name="text"/> is <paramref name="name"/> with a leading "The " ("The Associated Press").</summary>
    private static bool IsArticleOf(string text, string name) =>
        text.Length == name.Length + 4 && text.StartsWith("The ", StringComparison.Ordinal) && text.AsSpan(4).SequenceEqual(name);

    private void BuildMentions(List<Candidate> accepted, Dictionary<string, (string LongForm, OrganisationType Type)> aliases, string extractorName, List<OrganisationMention> result)
    {
        result.Capacity = Math.Max(result.Capacity, accepted.Count);
        // Long forms defined in the article, to give their other mentions the acronym.
        // (None when the article defines no acronym, as most do not.)
        Dictionary<string, string>? longFormToAcronym = null;
        foreach (KeyValuePair<string, (string LongForm, OrganisationType Type)> kv in aliases)
        {
            (longFormToAcronym ??= new Dictionary<string, string>(StringComparer.Ordinal)).TryAdd(kv.Value.LongForm, kv.Key);
        }

        // Mixed-case spellings of names, for all-caps mentions ("GEOPOLITICS & EMPIRE"): built on the first
        // all-caps mention that asks (most articles have none).
        Dictionary<string, string>? mixedCase = null;

        // Initials of the multi-word names, for acronyms the article does not define in brackets: built on
        // the first lone acronym that asks.
        Dictionary<string, (string LongForm, int Start, OrganisationType Type)>? initials = null;

        // The first mention of each name: built on the first acronym or short form that asks.
        Dictionary<string, int>? firstUses = null;

        // Names written after a place, nationality or known body, keyed by the rest: built on the first mention that asks.
        Dictionary<string, string?>? qualified = null;

        // Carriers named in full ("Zephyr Air Lines"), for their first word alone: built on the first one-word name that asks.
        Dictionary<string, string>? carriers = null;
        bool carriersBuilt = false;

        foreach (Candidate c in accepted)
        {
            int start = c.StartChar > 0 ? c.StartChar : _tokens[c.First].Span.Start;
            int end = EndOf(c);
            end += DomainSuffixLength(end);
            end += InitialismPeriodLength(c, end);
            string text = _text.Substring(start, end - start);
            string normal = NormaliseSpace(text);
            string canonical = normal;
            string? acronym = null;
            string? known = null;
            OrganisationType type = c.Type;

            if (aliases.TryGetValue(normal, out (string LongForm, OrganisationType Type) def))
            {
                canonical = def.LongForm;
                acronym = normal;
                if (type == OrganisationType.Unknown)
                {
                    type = def.Type;
                }
            }
            else if (longFormToAcronym is not null && longFormToAcronym.TryGetValue(normal, out string? acr))
            {
                acronym = acr;
            }
            else if (c.Entry is { } entry)
            {
                acronym = entry.Acronym;
                if (entry.IsAcronym)
                {
                    acronym = normal;
                    if (!string.Equals(entry.LongForm, normal, StringComparison.Ordinal))
                    {
                        known = entry.LongForm;
                    }
                }
                else if (entry.IsCaseVariant)
                {
                    canonical = entry.LongForm;
                }
            }
            else if (c.Length == 1 && IsUpperWord(c.First))
            {
                acronym = normal;
            }

            // "All Nippon Airways said ... ANA said": an acronym whose letters are the initials of a name the
            // article used before it takes that name as its long form (an earlier mention implies the expansion;
            // an article whose first use of the acronym comes before the long form, as a headline "EU" before
            // "European Union", never defines it: then every mention keeps its text, as the seed gold has it).
            if (ReferenceEquals(canonical, normal) && c.Length == 1 && def.LongForm is null
                && (initials ??= InitialsOfLongForms(accepted)).Count > 0
                && LongFormBefore(initials, Tok(c.First), FirstUse(firstUses ??= FirstUsesOfNames(accepted), normal, start)) is { } implied)
            {
                canonical = implied.LongForm;
                acronym = normal;
                if (type == OrganisationType.Unknown)
                {
                    type = implied.Type;
                }
            }

            // "The New York Times ... New York Times", "NXP Semiconductors ... NXP", "Chicago Cubs ... Cubs": a
            // known short form of a name the article also writes out takes the written-out name. An acronym the
            // article uses before the written-out name keeps its text (as the seed gold has "EU"); a shortened
            // name ("Cubs") takes the written-out one wherever that stands.
            // "The Associated Press" is the name written out with its article: it keeps its text.
            string? fuller = known ?? (c.Entry is { IsAcronym: false, IsCaseVariant: false } shortEntry
                && !string.Equals(shortEntry.LongForm, normal, StringComparison.Ordinal) && !IsArticleOf(normal, shortEntry.LongForm) ? shortEntry.LongForm : null);
            if (ReferenceEquals(canonical, normal) && fuller is not null
                && (firstUses ??= FirstUsesOfNames(accepted)).TryGetValue(fuller, out int writtenAt)
                && (known is null || firstUses.TryGetValue(normal, out int firstUse) && writtenAt < firstUse))
            {
                canonical = fuller;
            }

            if (ReferenceEquals(canonical, normal) && c.ShortFormOf is not null)
            {
                canonical = c.ShortFormOf;
            }

            // "Zephyr Air Lines ... a Zephyr spokesman": a carrier's first word alone takes the full name the article
            // writes anywhere (the headline's "a Zephyr flight" too).
            if (ReferenceEquals(canonical, normal) && c.Length == 1 && c.EndChar <= 0 && c.Type is OrganisationType.Company or OrganisationType.Unknown
                && _tokens[c.First].Case == TokenCase.Capitalized && (!carriersBuilt || carriers is not null))
            {
                if (!carriersBuilt)
                {
                    carriers = CarrierNames(accepted);
                    carriersBuilt = true;
                }

                if (carriers is not null && carriers.TryGetValue(normal, out string? carrier))
                {
                    canonical = carrier;
                }
            }

            // "the German Red Cross ... the Red Cross", "the United Nations Security Council ... the Security Council": a name the
            // article also writes after a place, a nationality or a known body takes that longer name.
            // Not when the mention has a qualifier of its own: an owner ("Belarus' Ministry of Defense") or a nationality or place
            // just before it ("Polish the Ministry of Defense").
            if (ReferenceEquals(canonical, normal) && c.StartChar <= 0 && !IsAllUpper(normal) && !HasQualifierBefore(c.First)
                && (qualified ??= QualifiedNames(accepted)).Count > 0 && qualified.TryGetValue(normal, out string? longer) && longer is not null)
            {
                canonical = longer;
            }

            if (IsAllUpper(normal) && c.Length > 1 && (mixedCase ??= MixedCaseSpellings(accepted)).TryGetValue(normal, out string? mixed))
            {
                canonical = mixed;
            }

            if (type == OrganisationType.Unknown && c.Entry is { } e2)
            {
                type = e2.Type;
            }

            string? owner = null;
            TextSpan? ownerSpan = null;
            if (c.First >= 2 && IsPossessive(c.First - 1))
            {
                int ownerEnd = c.First - 1;
                int ownerStart = -1;
                for (int k = Math.Max(0, ownerEnd - 4); k < ownerEnd; k++)
                {
                    if (_placeLen[k] == ownerEnd - k)
                    {
                        ownerStart = k;
                        break;
                    }
                }

                if (ownerStart < 0 && IsCapWord(ownerEnd - 1))
                {
                    ownerStart = ownerEnd - 1;
                    while (ownerStart - 1 >= 0 && IsCapWord(ownerStart - 1) && SameLine(ownerStart) && ownerEnd - ownerStart < 4)
                    {
                        ownerStart--;
                    }
                }

                if (ownerStart >= 0)
                {
                    while (ownerStart < ownerEnd && Has(ownerStart, FlagNonOrg))
                    {
                        ownerStart++;
                    }

                    if (ownerStart < ownerEnd)
                    {
                        int os = _tokens[ownerStart].Span.Start;
                        int oe = _tokens[ownerEnd - 1].Span.End;
                        owner = NormaliseSpace(_text.Substring(os, oe - os));
                        ownerSpan = TextSpan.FromBounds(os, oe);
                    }
                }
            }

            result.Add(new OrganisationMention
            {
                Span = TextSpan.FromBounds(start, end),
                Text = text,
                Extractor = extractorName,
                Confidence = c.Confidence,
                Canonical = canonical,
                Acronym = acronym,
                KnownLongForm = known,
                Owner = owner,
                OwnerSpan = ownerSpan,
                Type = type,
            });
        }
    }

    /// <summary>
    /// "registered with the F.T.C., the filing shows", "a filing with the F.T.C. The": an initialism written with periods keeps
    /// its last period (the tokenizer gives it a token of its own, which also ends a sentence), as "U.N." does; 1 or 0.
    /// </summary>
    private int InitialismPeriodLength(in Candidate c, int end)
    {
        if (c.EndChar > 0 || end >= _text.Length || _text[end] != '.')
        {
            return 0;
        }

        ReadOnlySpan<char> w = Tok(c.End - 1);
        if (w.Length < 3 || w[^2] != '.' || !char.IsUpper(w[^1]))
        {
            return 0;
        }

        // Single capitals joined by periods only ("F.T.C", not "St.Louis" or "Inc.A").
        for (int k = 0; k < w.Length; k++)
        {
            if ((k % 2 == 0) ? !char.IsUpper(w[k]) : w[k] != '.')
            {
                return 0;
            }
        }

        return 1;
    }

    /// <summary>Whether a possessive owner, a place or a nationality stands within two tokens before token <paramref name="first"/>.</summary>
    private bool HasQualifierBefore(int first)
    {
        for (int k = first - 1; k >= 0 && k >= first - 2 && SameLine(k + 1); k--)
        {
            if (IsPossessive(k) || (_flags[k] & (FlagPlace | FlagCountry | FlagDemonym)) != 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The accepted names that open with a place, a nationality or a known body ("German Red Cross", "United Nations Security
    /// Council"), keyed by the capitalised rest ("Red Cross", "Security Council"); the value is the full name (a gazetteer
    /// alias gives its long form), null when two different full names share the rest.
    /// </summary>
    private Dictionary<string, string?> QualifiedNames(List<Candidate> accepted)
    {
        var map = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (Candidate c in accepted)
        {
            if (c.Length < 2 || c.StartChar > 0 || c.EndChar > 0)
            {
                continue;
            }

            int start = _tokens[c.First].Span.Start, end = EndOf(c);
            string? full = null;
            for (int k = c.First + 1; k < c.End; k++)
            {
                if (!IsCapWord(k) || IsPossessive(k) || !SameLine(k)
                    || (!IsOnlyPlaceOrDemonym(c.First, k) && _lex.Organisations.LongestAt(_text, _tokens, c.First, k, out _) != k - c.First))
                {
                    continue;
                }

                // "Kabul Reuters" (a place glued to a credit): a company's or an outlet's name is the same body wherever it is
                // written, so a place before it qualifies nothing (a known longer name, "Chicago Cubs", still does).
                if (c.Entry is null && _lex.Organisations.LongestAt(_text, _tokens, k, c.End, out GazetteerEntry? restEntry) == c.End - k
                    && restEntry is { Type: OrganisationType.Company or OrganisationType.Media })
                {
                    continue;
                }

                full ??= c.Entry is { IsAcronym: false } e ? e.LongForm : NormaliseSpace(_text.Substring(start, end - start));
                string rest = NormaliseSpace(_text.Substring(_tokens[k].Span.Start, end - _tokens[k].Span.Start));
                if (map.TryGetValue(rest, out string? seen))
                {
                    if (seen is not null && !string.Equals(seen, full, StringComparison.Ordinal))
                    {
                        map[rest] = null;
                    }
                }
                else
                {
                    map.Add(rest, full);
                }
            }
        }

        return map;
    }

    /// <summary>Shortest and longest acronym linked to a name by its initials.</summary>
    private const int MinImpliedAcronym = 2, MaxImpliedAcronym = 8;

    /// <summary>
    /// The initials of every accepted name of two or more capitalised words ("All Nippon Airways" -> "ANA",
    /// "Federal Bureau of Investigation" -> "FBI"; lower-case connectors do not count), each with its
    /// earliest mention (the first mention of an acronym comes from <see cref="FirstUsesOfNames"/>).
    /// </summary>
    private Dictionary<string, (string LongForm, int Start, OrganisationType Type)> InitialsOfLongForms(List<Candidate> accepted)
    {
        var map = new Dictionary<string, (string LongForm, int Start, OrganisationType Type)>(StringComparer.Ordinal);
        Span<char> letters = stackalloc char[MaxImpliedAcronym];
        foreach (Candidate c in accepted)
        {
            if (c.Length < 2 || c.StartChar > 0 || c.EndChar > 0)
            {
                continue;
            }

            int n = 0;
            bool ok = true;
            for (int k = c.First; k < c.End && ok; k++)
            {
                Token t = _tokens[k];
                if (t.Kind != TokenKind.Word || IsPossessive(k) || t.Case == TokenCase.Lower)
                {
                    continue;
                }

                ReadOnlySpan<char> w = Tok(k);
                if (!char.IsUpper(w[0]) || n == MaxImpliedAcronym)
                {
                    ok = false;
                    break;
                }

                letters[n++] = w[0];
            }

            if (!ok || n < MinImpliedAcronym)
            {
                continue;
            }

            int start = _tokens[c.First].Span.Start;
            string key = new string(letters[..n]);
            if (!map.TryGetValue(key, out var seen) || start < seen.Start)
            {
                map[key] = (NormaliseSpace(_text.Substring(start, EndOf(c) - start)), start, c.Type);
            }
        }

        return map;
    }

    /// <summary>The first mention of the acronym <paramref name="acronym"/> in the article (<paramref name="at"/> when unknown).</summary>
    private static int FirstUse(Dictionary<string, int> firstUses, string acronym, int at) =>
        firstUses.TryGetValue(acronym, out int first) ? Math.Min(first, at) : at;

    /// <summary>
    /// The long form whose initials the acronym <paramref name="token"/> ("ANA", "U.N.") spells and which the
    /// article mentions before <paramref name="at"/>, or null.
    /// </summary>
    private static (string LongForm, OrganisationType Type)? LongFormBefore(
        Dictionary<string, (string LongForm, int Start, OrganisationType Type)> initials, ReadOnlySpan<char> token, int at)
    {
        Span<char> letters = stackalloc char[MaxImpliedAcronym];
        int n = 0;
        foreach (char ch in token)
        {
            if (ch == '.')
            {
                continue;
            }

            if (!char.IsUpper(ch) || n == MaxImpliedAcronym)
            {
                return null;
            }

            letters[n++] = ch;
        }

        if (n < MinImpliedAcronym
            || !initials.TryGetValue(new string(letters[..n]), out var found)
            || found.Start >= at)
        {
            return null;
        }

        return (found.LongForm, found.Type);
    }

    /// <summary>The accepted names (space-normalised) with the start of their first mention.</summary>
    private Dictionary<string, int> FirstUsesOfNames(List<Candidate> accepted)
    {
        var names = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (Candidate c in accepted)
        {
            int start = c.StartChar > 0 ? c.StartChar : _tokens[c.First].Span.Start;
            string name = NormaliseSpace(_text.Substring(start, EndOf(c) - start));
            if (!names.TryGetValue(name, out int seen) || start < seen)
            {
                names[name] = start;
            }
        }

        return names;
    }

    /// <summary>The mixed-case spellings of the accepted names (space-normalised), keyed case-insensitively.</summary>
    private Dictionary<string, string> MixedCaseSpellings(List<Candidate> accepted)
    {
        var mixedCase = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (Candidate c in accepted)
        {
            if (_tokens[c.First].Case != TokenCase.Upper || c.Length == 1)
            {
                int start = _tokens[c.First].Span.Start;
                ReadOnlySpan<char> raw = _text.AsSpan(start, EndOf(c) - start);

                // Normalising spaces changes no letter: an all-caps name is skipped before it is copied.
                if (!IsAllUpper(raw))
                {
                    string t = NormaliseSpace(raw.ToString());
                    mixedCase.TryAdd(t, t);
                }
            }
        }

        return mixedCase;
    }

    private static readonly string[] DomainSuffixes = [".com", ".net", ".org"];

    /// <summary>
    /// "Zhaopin.com", "JD.com": the length of a web domain suffix glued to the end of a name at
    /// <paramref name="end"/> (the name is the company; ".com" is part of it), or 0. Not before more of an
    /// address ("Amazon.com/books", "Zhaopin.com.cn").
    /// </summary>
    private int DomainSuffixLength(int end)
    {
        ReadOnlySpan<char> rest = _text.AsSpan(end);
        foreach (string suffix in DomainSuffixes)
        {
            if (rest.StartsWith(suffix, StringComparison.Ordinal))
            {
                if (rest.Length > suffix.Length)
                {
                    char next = rest[suffix.Length];
                    if (char.IsLetterOrDigit(next) || next is '/' || (next is '.' && rest.Length > suffix.Length + 1 && char.IsLetterOrDigit(rest[suffix.Length + 1])))
                    {
                        return 0;
                    }
                }

                return suffix.Length;
            }
        }

        return 0;
    }

    /// <summary>
    /// True when <see cref="NormaliseSpace"/> would return <paramref name="s"/> unchanged: every white-space
    /// character is a plain space between two other characters ("Bank of England"), so no copy is needed.
    /// </summary>
    private static bool IsSingleSpaced(string s)
    {
        for (int i = 0; i < s.Length; i++)
        {
            if (char.IsWhiteSpace(s[i]) && (s[i] != ' ' || i == 0 || i == s.Length - 1 || char.IsWhiteSpace(s[i + 1])))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsAllUpper(ReadOnlySpan<char> s)
    {
        bool letter = false;
        foreach (char c in s)
        {
            if (char.IsLetter(c))
            {
                letter = true;
                if (!char.IsUpper(c))
                {
                    return false;
                }
            }
        }

        return letter;
    }
}
