using NewsExtraction.Text;

namespace NewsExtraction.Quotations;

/// <summary>
/// The person names of one article: capitalised runs of two to four words (titles such as
/// "President" or "Deputy Foreign Minister" and nationality adjectives stripped, organisation and
/// place names left out), indexed by their last word so that "Grieco" expands to "Kelly Grieco".
/// Built in one pass over the tokens.
/// </summary>
internal sealed class NameIndex
{
    private readonly Dictionary<string, List<string>> _bySurname = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _byGivenName = new(StringComparer.Ordinal);
    // First words of two-word names that no given-name list knows ("Oskelu" of "Oskelu Varn-Adeyemi"), each with
    // the one name it opens, or null once two different names open with it.
    private readonly Dictionary<string, string?> _byOtherFirstWord = new(StringComparer.Ordinal);
    // Single words the article writes after a title ("Ms. Zhoum"): a family name, even where a two-word name opens with
    // it (family name first), so never expanded as a first name.
    private readonly HashSet<string> _titledWords = new(StringComparer.Ordinal);
    private readonly List<(int Position, string Name)> _mentions = new();
    private readonly List<(int Start, int End)> _skippedRuns = new();
    private readonly TokenView _v;

    public NameIndex(TokenView v, bool[] skip)
    {
        _v = v;
        int n = v.Count;
        int i = 0;
        while (i < n)
        {
            if (v.IsNameWord(i) && skip[i])
            {
                // A capitalised run of a skipped line (a Title Case headline): kept by position only, read by
                // BearerOfGender when a surname's gender is in doubt.
                int runEnd = v.NameRunEnd(i, int.MaxValue);
                if (runEnd - i >= 2 && _skippedRuns.Count < 64)
                {
                    _skippedRuns.Add((i, runEnd));
                }

                i = Math.Max(runEnd, i + 1);
                continue;
            }

            if (!v.IsNameWord(i) || skip[i])
            {
                i++;
                continue;
            }

            int start = i;
            int end = v.NameRunEnd(i, int.MaxValue);
            Add(v, start, end);
            i = Math.Max(end, i + 1);
        }
    }

    /// <summary>The fullest name whose words end with <paramref name="name"/>'s words ("Grieco" → "Kelly Grieco"), or null.</summary>
    public string? Expand(string name)
    {
        int space = name.LastIndexOf(' ');
        string last = space < 0 ? name : name[(space + 1)..];
        if (!_bySurname.TryGetValue(last, out List<string>? candidates))
        {
            return GivenNameFirst(name, null);
        }

        string? best = null;
        foreach (string c in candidates)
        {
            bool suffix = c.Length == name.Length ? c == name : c.EndsWith(name, StringComparison.Ordinal) && c[c.Length - name.Length - 1] == ' ';
            if (suffix && (best is null || c.Length > best.Length))
            {
                best = c;
            }
        }

        return GivenNameFirst(name, best) ?? best;
    }

    /// <summary>
    /// A lone given name ("Sarah, 47, said") stands for the person the article names "Sarah Surname", unless the
    /// surname reading has a given name of its own ("Megyn Kelly" for "Kelly"): a run that merely ends with the word
    /// ("Twitter Comedienne Sarah" in a caption) is no fuller name of her.
    /// </summary>
    private string? GivenNameFirst(string name, string? bySurname)
    {
        if (name.IndexOf(' ') >= 0)
        {
            return null;
        }

        if (!_byGivenName.TryGetValue(name, out string? full))
        {
            // A first name no list knows, written alone later ("as Oskelu explains"): the one two-word name it opens,
            // when no name of the article ends with it.
            return bySurname is null && !_titledWords.Contains(name) && _byOtherFirstWord.TryGetValue(name, out string? other) ? other : null;
        }

        if (bySurname is not null && bySurname.Length > name.Length)
        {
            int space = bySurname.IndexOf(' ');
            if (space > 0 && GivenNames.GenderOf(bySurname.AsSpan(0, space)) != Gender.Unknown)
            {
                return null;
            }
        }

        return full;
    }

    /// <summary>
    /// A full name "First <paramref name="surname"/>" of the article (body names first, then the capitalised runs of
    /// skipped Title Case lines such as the headline) whose first name shows <paramref name="gender"/>, or null: a
    /// parent, a spouse or a sibling who shares the surname ("Ann Kell" in the headline, "her father, Tom Kell" in the
    /// body). Reads the given-name lists, so it is asked only when a pronoun's gender contradicts a surname's expansion.
    /// </summary>
    public string? BearerOfGender(string surname, Gender gender)
    {
        if (_bySurname.TryGetValue(surname, out List<string>? names))
        {
            foreach (string name in names)
            {
                int space = name.IndexOf(' ');
                if (space > 0 && GivenNames.GenderOf(name.AsSpan(0, space)) == gender)
                {
                    return name;
                }
            }
        }

        foreach ((int start, int end) in _skippedRuns)
        {
            for (int k = start + 1; k < end; k++)
            {
                if (_v.Span(k).SequenceEqual(surname) && _v.IsNameWord(k - 1) && GivenNames.GenderOf(_v.Span(k - 1)) == gender)
                {
                    return _v.SpanText(k - 1, k + 1).ToString();
                }
            }
        }

        return null;
    }

    /// <summary>True when <paramref name="surname"/> ends a person name somewhere in the article.</summary>
    public bool IsKnownPerson(string surname) => _bySurname.ContainsKey(surname);

    /// <summary>The last person name that starts before <paramref name="position"/> and after <paramref name="notBefore"/>.</summary>
    public (int Position, string Name)? LastBefore(int position, int notBefore)
    {
        int lo = 0, hi = _mentions.Count - 1, found = -1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            if (_mentions[mid].Position < position)
            {
                found = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return found >= 0 && _mentions[found].Position >= notBefore ? _mentions[found] : null;
    }

    private void Add(TokenView v, int start, int end)
    {
        // Strip titles ("Deputy Foreign Minister") and a leading nationality adjective.
        int a = v.AtGivenName(v.AfterTitles(start, end), end);
        if (end - a == 1 && a > start && _titledWords.Count < 256)
        {
#if NET9_0_OR_GREATER
            _titledWords.GetAlternateLookup<ReadOnlySpan<char>>().Add(v.Span(a));
#else
            _titledWords.Add(v.Span(a).ToString());
#endif
        }

        if (end - a < 2 || end - a > 4)
        {
            return;
        }

        if (end < v.Count && v.IsPunct(end, '/'))
        {
            return; // a photo credit ("(Ann Smith/AP)"): no person of the story, and no antecedent for "he"/"she"
        }

        for (int k = a; k < end; k++)
        {
            if (v.Kind(k) == TokenKind.Word && (v.Case(k) == TokenCase.Upper || QuoteLexicon.OrgWords.Contains(v.Span(k))))
            {
                return;
            }
        }

        if (QuoteLexicon.PlaceWords.Contains(v.Span(end - 1)) || !v.IsNameWord(end - 1))
        {
            return;
        }

        for (int k = a + 1; k < end; k++)
        {
            if (v.Span(k).SequenceEqual(v.Span(k - 1)))
            {
                return; // "Acme Acme holds …": a caption's word written twice is no person's name
            }
        }

        // Looked up by span: the surname and the name are copied only the first time the article writes them.
        ReadOnlySpan<char> lastSpan = v.Span(end - 1);
#if NET9_0_OR_GREATER
        if (!_bySurname.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(lastSpan, out List<string>? list))
#else
        if (!_bySurname.TryGetValue(lastSpan.ToString(), out List<string>? list))
#endif
        {
            list = new List<string>(1);
            _bySurname[lastSpan.ToString()] = list;
        }

        ReadOnlySpan<char> nameSpan = v.SpanText(a, end);
        string? name = null;
        foreach (string known in list)
        {
            if (nameSpan.SequenceEqual(known))
            {
                name = known;
                break;
            }
        }

        if (name is null)
        {
            name = nameSpan.ToString();
            if (list.Count < 8)
            {
                list.Add(name);
            }
        }

        _mentions.Add((v.Start(a), name));
        if (end - a >= 2 && _byGivenName.Count < 256 && GivenNames.GenderOf(v.Span(a)) != Gender.Unknown)
        {
            string given = v.Span(a).ToString();
            _byGivenName.TryAdd(given, name);
        }
        else if (end - a == 2 && _byOtherFirstWord.Count < 256)
        {
            // Looked up by span where the runtime can: the first word is copied only the first time the article writes it.
#if NET9_0_OR_GREATER
            var byFirst = _byOtherFirstWord.GetAlternateLookup<ReadOnlySpan<char>>();
            ReadOnlySpan<char> first = v.Span(a);
#else
            Dictionary<string, string?> byFirst = _byOtherFirstWord;
            string first = v.Span(a).ToString();
#endif
            if (!byFirst.TryGetValue(first, out string? known))
            {
                byFirst[first] = name;
            }
            else if (known is not null && known != name)
            {
                byFirst[first] = null;
            }
        }
    }
}
