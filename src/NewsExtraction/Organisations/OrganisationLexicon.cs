using System.Collections.Frozen;
using NewsExtraction.Text;

namespace NewsExtraction.Organisations;

/// <summary>A gazetteer entry: the organisation a written name stands for.</summary>
/// <param name="LongForm">The organisation's main name.</param>
/// <param name="Acronym">Its acronym, when it has a well-known one.</param>
/// <param name="Type">Its kind.</param>
/// <param name="IsAcronym">True when the written name is the acronym itself.</param>
/// <param name="IsCaseVariant">True when the written name differs from the long form only in letter case.</param>
internal sealed record GazetteerEntry(string LongForm, string? Acronym, OrganisationType Type, bool IsAcronym, bool IsCaseVariant);

/// <summary>How an organisation head word may be used.</summary>
[Flags]
internal enum HeadKind
{
    None = 0,

    /// <summary>Ends a name ("Stimson Center").</summary>
    Suffix = 1,

    /// <summary>Starts a name when "of", "for", "on" follows ("Ministry of Defense").</summary>
    Prefix = 2,

    /// <summary>A legal form ending a company name ("Inc.").</summary>
    LegalForm = 4,

    /// <summary>The word alone, capitalised mid-sentence, names an organisation ("Parliament").</summary>
    Alone = 8,

    /// <summary>Opens a name that continues with capitalised name words ("Banco Marbella", "Grupo Ortiz", "Telecom Ruritania").</summary>
    Start = 16,
}

/// <summary>An organisation head word and the type of the names it heads.</summary>
internal readonly record struct HeadWord(HeadKind Kind, OrganisationType Type);

/// <summary>
/// The embedded word lists the organisation recogniser uses, loaded once on first use:
/// the gazetteer, places, demonyms, head words, non-organisation capitalised words and given names.
/// </summary>
internal sealed class OrganisationLexicon
{
    private static readonly Lazy<OrganisationLexicon> Shared = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    private OrganisationLexicon()
    {
    }

    /// <summary>The generated registry gazetteer (parties, legislatures, courts, armed forces from the CIA World Factbook).</summary>
    public const string FactbookResource = "NewsExtraction.Organisations.factbook-organisations.txt";

    public static OrganisationLexicon Instance => Shared.Value;

    /// <summary>Organisation names and aliases.</summary>
    public NameTable<GazetteerEntry> Organisations { get; } = new(foldCase: false);

    /// <summary>Countries, regions, cities.</summary>
    public NameTable<bool> Places { get; } = new(foldCase: false);

    /// <summary>Countries only.</summary>
    public NameTable<bool> Countries { get; } = new(foldCase: false);

    /// <summary>Nationality adjectives (possibly two words: "South African").</summary>
    public NameTable<bool> Demonyms { get; } = new(foldCase: false);

    /// <summary>Given names.</summary>
    public NameTable<bool> FirstNames { get; } = new(foldCase: false);

    /// <summary>Capitalised words that are not names (titles, months, function words, all-caps non-names).</summary>
    public NameTable<bool> NonOrganisationWords { get; } = new(foldCase: false);

    /// <summary>Page-furniture words ("Home", "Live", "Report"): non-names only where a menu label can stand (line start, after punctuation, title-case lines).</summary>
    public NameTable<bool> PageFurniture { get; } = new(foldCase: false);

    /// <summary>Places, case-folded (for all-caps text: "KUWAIT").</summary>
    public NameTable<bool> PlacesFolded { get; } = new(foldCase: true);

    /// <summary>Non-organisation words, case-folded (for all-caps text: "PRESS RELEASE").</summary>
    public NameTable<bool> NonOrganisationWordsFolded { get; } = new(foldCase: true);

    /// <summary>Given names, case-folded.</summary>
    public NameTable<bool> FirstNamesFolded { get; } = new(foldCase: true);

    /// <summary>Person titles, case-folded (an all-caps "VICE" is the title word "Vice").</summary>
    public NameTable<bool> TitlesFolded { get; } = new(foldCase: true);

    /// <summary>Person titles and honorifics.</summary>
    public NameTable<bool> Titles { get; } = new(foldCase: false);

    /// <summary>Gazetteer acronyms of four letters or more, case-folded ("Nato", "Concacaf").</summary>
    public NameTable<GazetteerEntry> AcronymsFolded { get; } = new(foldCase: true);

    /// <summary>One-word gazetteer names written wholly in lower case ("flydubai", "onsemi"): matched on lower-case tokens too.</summary>
    public NameTable<GazetteerEntry> LowerCaseNames { get; } = new(foldCase: false);

    // The first two letters (a-z) of the lower-case names, one bit per pair: most lower-case words of a text are
    // rejected before their hash is computed. A name not starting with two ASCII letters turns the filter off.
    private readonly ulong[] _lowerCasePairs = new ulong[(26 * 26 + 63) / 64];
    private bool _lowerCasePairsOff;

    /// <summary>
    /// False when the lower-case word <paramref name="word"/> cannot be one of <see cref="LowerCaseNames"/> (its first two
    /// letters start none of them); true means "look it up".
    /// </summary>
    public bool MayBeLowerCaseName(ReadOnlySpan<char> word)
    {
        if (_lowerCasePairsOff)
        {
            return true;
        }

        int pair = LetterPair(word);
        return pair < 0 || (_lowerCasePairs[pair >> 6] & (1UL << pair)) != 0;
    }

    private void AddLowerCaseName(string name, GazetteerEntry entry)
    {
        if (!LowerCaseNames.Add(name, entry))
        {
            return;
        }

        int pair = LetterPair(name);
        if (pair < 0)
        {
            _lowerCasePairsOff = true;
        }
        else
        {
            _lowerCasePairs[pair >> 6] |= 1UL << pair;
        }
    }

    /// <summary>The index of the word's first two letters when both are a-z, else -1.</summary>
    private static int LetterPair(ReadOnlySpan<char> word) =>
        word.Length >= 2 && char.IsAsciiLetterLower(word[0]) && char.IsAsciiLetterLower(word[1]) ? ((word[0] - 'a') * 26) + (word[1] - 'a') : -1;

    /// <summary>Head words.</summary>
    public NameTable<HeadWord> Heads { get; } = new(foldCase: false);

    public static OrganisationType ParseType(string s) => s switch
    {
        "intergovernmental" => OrganisationType.Intergovernmental,
        "government" => OrganisationType.Government,
        "military" => OrganisationType.Military,
        "media" => OrganisationType.Media,
        "company" => OrganisationType.Company,
        "ngo" => OrganisationType.NonGovernmental,
        "party" => OrganisationType.Party,
        "other" => OrganisationType.Other,
        _ => throw new InvalidOperationException($"Unknown organisation type '{s}' in an embedded data file."),
    };

    /// <summary>True when every letter of the alias is upper case (digits, '&amp;', '-', '+', '/', '.' allowed) and it has two letters or more.</summary>
    public static bool LooksLikeAcronym(ReadOnlySpan<char> s)
    {
        int letters = 0;
        foreach (char c in s)
        {
            if (char.IsLetter(c))
            {
                if (!char.IsUpper(c))
                {
                    return false;
                }

                letters++;
            }
            else if (!char.IsDigit(c) && c != '&' && c != '-' && c != '+' && c != '/' && c != '.')
            {
                return false;
            }
        }

        return letters >= 2 || (letters == 1 && s.Length >= 2);
    }

    private static OrganisationLexicon Load()
    {
        var lex = new OrganisationLexicon();
        // The hand-written gazetteer first: the first entry added for a written name wins, so it overrides the generated list.
        LoadGazetteer(lex, "NewsExtraction.Organisations.organisations.txt", foldAcronyms: true);
        // Its acronyms match only as written ("SWAPO", not "Swapo"): the folded form is kept for hand-picked, well-known ones.
        LoadGazetteer(lex, FactbookResource, foldAcronyms: false);

        foreach (string line in ResourceText.ReadLines("NewsExtraction.Organisations.countries.txt"))
        {
            lex.Countries.Add(line, true);
            lex.Places.Add(line, true);
            lex.PlacesFolded.Add(line, true);
        }

        foreach (string line in ResourceText.ReadLines("NewsExtraction.Organisations.places.txt"))
        {
            lex.Places.Add(line, true);
            lex.PlacesFolded.Add(line, true);
        }

        foreach (string line in ResourceText.ReadLines("NewsExtraction.Text.demonyms.txt"))
        {
            lex.Demonyms.Add(line, true);
        }

        foreach (string line in ResourceText.ReadLines("NewsExtraction.Organisations.adjectives.txt"))
        {
            lex.Demonyms.Add(line, true);
        }

        foreach (string line in ResourceText.ReadLines("NewsExtraction.Organisations.first-names.txt"))
        {
            lex.FirstNames.Add(line, true);
            lex.FirstNamesFolded.Add(line, true);
        }

        foreach (string line in ResourceText.ReadLines("NewsExtraction.Organisations.titles.txt"))
        {
            lex.Titles.Add(line, true);
            lex.TitlesFolded.Add(line, true);
            lex.NonOrganisationWords.Add(line, true);
            lex.NonOrganisationWordsFolded.Add(line, true);
        }

        foreach (string line in ResourceText.ReadLines("NewsExtraction.Organisations.nonorg.txt"))
        {
            lex.NonOrganisationWords.Add(line, true);
            lex.NonOrganisationWordsFolded.Add(line, true);
        }

        foreach (string line in ResourceText.ReadLines("NewsExtraction.Organisations.furniture.txt"))
        {
            lex.NonOrganisationWords.Add(line, true);
            lex.NonOrganisationWordsFolded.Add(line, true);
            lex.PageFurniture.Add(line, true);
        }

        foreach (string line in ResourceText.ReadLines("NewsExtraction.Organisations.heads.txt"))
        {
            string[] parts = line.Split('|');
            if (parts.Length != 3)
            {
                throw new InvalidOperationException($"Malformed head-word line '{line}'.");
            }

            HeadKind kind = HeadKind.None;
            foreach (string k in parts[0].Split('+'))
            {
                kind |= k switch
                {
                    "suffix" => HeadKind.Suffix,
                    "prefix" => HeadKind.Prefix,
                    "both" => HeadKind.Suffix | HeadKind.Prefix,
                    "company" => HeadKind.LegalForm,
                    "alone" => HeadKind.Alone,
                    "start" => HeadKind.Start,
                    _ => throw new InvalidOperationException($"Unknown head kind in '{line}'."),
                };
            }

            lex.Heads.Add(parts[2], new HeadWord(kind, ParseType(parts[1])));
        }

        return lex;
    }

    /// <summary>Adds the entries of a gazetteer file (<c>type|long form|alias...</c>); names already present keep their first entry.</summary>
    /// <param name="lex">The lexicon being built.</param>
    /// <param name="resource">The embedded file.</param>
    /// <param name="foldAcronyms">Whether its acronyms of four letters or more also match written as words ("Nato").</param>
    private static void LoadGazetteer(OrganisationLexicon lex, string resource, bool foldAcronyms)
    {
        foreach (string line in ResourceText.ReadLines(resource))
        {
            string[] parts = line.Split('|');
            if (parts.Length < 2)
            {
                throw new InvalidOperationException($"Malformed gazetteer line '{line}'.");
            }

            OrganisationType type = ParseType(parts[0]);
            string longForm = parts[1];
            string? acronym = null;
            for (int i = 2; i < parts.Length; i++)
            {
                if (acronym is null && LooksLikeAcronym(parts[i]) && !LooksLikeAcronym(longForm))
                {
                    acronym = parts[i];
                }
            }

            if (acronym is null && LooksLikeAcronym(longForm) && longForm.Length <= 8)
            {
                acronym = longForm;
            }

            lex.Organisations.Add(longForm, new GazetteerEntry(longForm, acronym, type, string.Equals(acronym, longForm, StringComparison.Ordinal), false));
            if (longForm.Length >= 3 && longForm.All(char.IsLower))
            {
                lex.AddLowerCaseName(longForm, new GazetteerEntry(longForm, acronym, type, false, false));
            }

            for (int i = 2; i < parts.Length; i++)
            {
                string alias = parts[i];
                bool isAcronym = LooksLikeAcronym(alias);
                bool caseVariant = string.Equals(alias, longForm, StringComparison.OrdinalIgnoreCase);
                var entry = new GazetteerEntry(longForm, acronym, type, isAcronym, caseVariant);
                lex.Organisations.Add(alias, entry);
                if (foldAcronyms && isAcronym && alias.Length >= 4 && alias.All(char.IsLetter))
                {
                    lex.AcronymsFolded.Add(alias, entry with { IsAcronym = true, IsCaseVariant = false });
                }
            }
        }
    }
}
