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
        int creditedEnd = -1;
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
            if (IsCredited(v, start))
            {
                creditedEnd = end; // "Additional reporting by Ann Lee and Tom Berg": journalists, no persons of the story
            }
            else if (!(creditedEnd >= 0 && start == creditedEnd + 1 && v.Is(creditedEnd, "and")))
            {
                Add(v, start, end);
            }

            i = Math.Max(end, i + 1);
        }
    }

    /// <summary>
    /// Two or three capitalised words with no connector, and no speech verb after the first ("Kim Jong Un", not "Time
    /// for Terrigal" or a headline's "Kim Says"): a name its first word may stand for.
    /// </summary>
    private static bool PlainName(TokenView v, int a, int end)
    {
        for (int k = a; k < end; k++)
        {
            if (!v.IsNameWord(k) || (end - a == 3 && v.Case(k) != TokenCase.Capitalized) || (k > a && QuoteLexicon.Cues.Contains(v.Span(k))))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// True when the run at <paramref name="start"/> follows a credit ("Reporting by", "Editing by", "Photo by"): the
    /// name of a journalist or photographer.
    /// </summary>
    private static bool IsCredited(TokenView v, int start)
    {
        if (start < 2 || !v.Is(start - 1, "by") || !v.IsWord(start - 2))
        {
            return false;
        }

        ReadOnlySpan<char> w = v.Span(start - 2);
        return w.Equals("reporting", StringComparison.OrdinalIgnoreCase) || w.Equals("editing", StringComparison.OrdinalIgnoreCase)
            || w.Equals("writing", StringComparison.OrdinalIgnoreCase) || w.Equals("photo", StringComparison.OrdinalIgnoreCase)
            || w.Equals("photos", StringComparison.OrdinalIgnoreCase) || w.Equals("compiled", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The fullest name whose words end with <paramref name="name"/>'s words ("Grieco" → "Kelly Grieco"), or null.</summary>
    public string? Expand(string name, int position = -1)
    {
        int space = name.LastIndexOf(' ');
        string last = space < 0 ? name : name[(space + 1)..];
        if (!_bySurname.TryGetValue(last, out List<string>? candidates))
        {
            return GivenNameFirst(name, null, position);
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
    private string? GivenNameFirst(string name, string? bySurname, int position = -1)
    {
        if (name.IndexOf(' ') >= 0)
        {
            return null;
        }

        if (!_byGivenName.TryGetValue(name, out string? full))
        {
            // A first name no list knows, written alone later ("as Oskelu explains"): the one name of two or three words
            // it opens, when no name of the article ends with it. When several open with it (a family name written
            // first: "Kim Tae-ho", "Kim Jong Un"), the one named last before the word.
            if (bySurname is not null || _titledWords.Contains(name) || !_byOtherFirstWord.TryGetValue(name, out string? other))
            {
                return null;
            }

            return other ?? (position >= 0 ? LastOpenedBy(name, position) : null);
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

    /// <summary>
    /// The last name before <paramref name="position"/> (64 names back at most) whose first word is
    /// <paramref name="first"/>, when every such name before it is the same person's; null when two different people
    /// named so come before (the word stays ambiguous) or none does.
    /// </summary>
    private string? LastOpenedBy(string first, int position)
    {
        string? nearest = null;
        int steps = 0;
        for ((int Position, string Name)? m = LastBefore(position, 0); m is { } found && steps < 64; m = LastBefore(found.Position, 0), steps++)
        {
            string candidate = found.Name;
            if (candidate.Length > first.Length && candidate[first.Length] == ' ' && candidate.StartsWith(first, StringComparison.Ordinal))
            {
                if (nearest is null)
                {
                    nearest = candidate;
                }
                else if (!SameName(nearest, candidate))
                {
                    return null;
                }
            }
        }

        return nearest;
    }

    /// <summary>True when two names differ at most in case and in hyphens written for spaces ("Kim Jong-un", "Kim Jong Un").</summary>
    private static bool SameName(string x, string y)
    {
        if (x.Length != y.Length)
        {
            return false;
        }

        for (int i = 0; i < x.Length; i++)
        {
            char a = x[i] == '-' ? ' ' : char.ToLowerInvariant(x[i]);
            char b = y[i] == '-' ? ' ' : char.ToLowerInvariant(y[i]);
            if (a != b)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True when the article writes <paramref name="word"/> alone after a title somewhere ("President Varga"): a person's name.</summary>
    public bool IsTitledWord(string word) => _titledWords.Contains(word);

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

        for (int k = end - 3; k > a; k--)
        {
            if (v.IsWord(k) && QuoteLexicon.PlaceWords.Contains(v.Span(k)))
            {
                a = k + 1; // "… to the United States Corin Maddox": a place of two words or more, then the name
                break;
            }
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
        else if (end - a is 2 or 3 && PlainName(v, a, end) && _byOtherFirstWord.Count < 256)
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
            else if (known is not null && !SameName(known, name))
            {
                byFirst[first] = null;
            }
        }
    }
}
