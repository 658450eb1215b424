using NewsExtraction.Text;

namespace NewsExtraction.Distances;

/// <summary>
/// The hand-written scanner behind <see cref="DistanceExtractor"/>: one left-to-right pass over the text that
/// tries a measure only where a number (digits or a number word) starts, so it stays linear on any input.
/// </summary>
internal static class DistanceScanner
{
    private static readonly Lazy<WordSet> MillionNouns = new(
        () => WordSet.FromResource("NewsExtraction.Distances.million-nouns.txt"),
        LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Words after "a foot", "one yard", "a meter" that show a size or a distance ("a foot tall", "a yard from the line").</summary>
    private static readonly WordSet DimensionWords = new(
    [
        "tall", "long", "high", "wide", "deep", "thick", "across", "apart", "away", "from", "off", "of", "above", "below",
        "beneath", "closer", "further", "farther", "nearer", "short", "shorter", "longer", "taller", "higher", "lower",
        "wider", "deeper", "thicker", "diameter",
    ]);

    /// <summary>Words after "in" (inches) that show a size ("a 10 in long pen", "a 55 in screen").</summary>
    private static readonly WordSet InchWords = new(
    [
        "tall", "long", "high", "wide", "deep", "thick", "across", "apart", "diameter", "screen", "display", "monitor",
        "tv", "laptop", "tablet", "wheels", "wheel", "rims", "pipe", "barrel", "gun", "guns", "blade", "square",
    ]);

    /// <summary>Words after "N in of" that show inches ("2 in of rain").</summary>
    private static readonly WordSet PrecipitationWords = new(["rain", "rainfall", "snow", "snowfall", "water", "ice", "hail", "precipitation"]);

    /// <summary>Time units that make a length a speed ("188 miles an hour").</summary>
    private static readonly WordSet TimeUnits = new(
    [
        "hour", "hr", "h", "second", "sec", "s", "minute", "min", "day", "week", "month", "year", "night", "lap",
    ]);

    /// <summary>Words just before a number that make it a reference, not a quantity ("page 12", "No. 5").</summary>
    private static readonly WordSet ReferenceWords = new(
    [
        "page", "pages", "volume", "chapter", "section", "article", "paragraph", "rule", "clause", "verse", "figure",
        "table", "exhibit", "item", "version",
    ]);

    /// <summary>Abbreviations with a period just before a number that make it a reference ("p. 12", "No. 5").</summary>
    private static readonly WordSet DottedReferenceWords = new(["p", "pp", "no", "nos", "vol", "sec", "art", "para", "fig", "v", "ch"]);

    /// <summary>Currency codes and names before a number written with a bare "m" ("USD 5m", "Rs 3m").</summary>
    private static readonly WordSet CurrencyWords = new(
    [
        "usd", "us", "eur", "gbp", "aud", "cad", "nzd", "hkd", "sgd", "inr", "rs", "jpy", "cny", "rmb", "chf", "zar", "ngn",
        "kes", "ksh", "sh", "egp", "try", "rub", "uah", "pln", "sek", "nok", "dkk", "brl", "mxn", "php", "idr", "myr", "thb",
        "krw", "sar", "aed", "qar", "pkr", "bdt", "lkr", "ghs", "tzs", "ugx", "etb", "naira", "rupees", "rand", "euro", "euros",
        "dollars", "pounds", "yen", "yuan", "francs", "worth", "cost", "costs", "costing", "raised", "raise", "paid", "pay", "spent",
        "budget", "fund", "funding", "revenue", "revenues", "profit", "profits", "loss", "losses", "sales", "turnover", "salary",
        "valued", "value", "priced", "price", "fined", "fine", "deal", "bid", "offer", "debt", "debts", "investment", "invested",
        "population", "followers", "subscribers", "viewers", "voters", "users",
    ]);

    /// <summary>Compass directions before "of" in an anchor ("200 miles north of Addis Ababa").</summary>
    private static readonly WordSet Directions = new(
    [
        "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "north-east", "north-west",
        "south-east", "south-west", "northward", "southward", "eastward", "westward", "north-northeast", "north-northwest",
        "south-southeast", "south-southwest", "east-northeast", "east-southeast", "west-northwest", "west-southwest",
        "upstream", "downstream", "inland", "offshore", "uphill", "downhill", "upriver", "downriver", "short", "ahead", "shy",
        "outside", "inside", "clear", "wide", "east-north-east", "west-north-west",
    ]);

    /// <summary>Words that end an anchor phrase (prepositions, conjunctions, verbs, time words).</summary>
    private static readonly WordSet AnchorStops = new(
    [
        "and", "or", "but", "nor", "so", "yet", "while", "whereas", "although", "though", "because", "if", "unless", "when",
        "where", "which", "who", "whom", "whose", "that", "what", "as", "like", "than", "in", "on", "at", "to", "toward",
        "towards", "into", "onto", "near", "after", "before", "for", "by", "since", "during", "across", "through", "along",
        "via", "until", "till", "under", "over", "against", "between", "among", "amid", "amidst", "within", "without",
        "around", "about", "inside", "outside", "from", "upon", "beyond", "past", "off", "is", "are", "was", "were", "be",
        "been", "being", "has", "have", "had", "will", "would", "could", "can", "may", "might", "must", "shall", "should",
        "said", "says", "say", "do", "does", "did", "then", "now", "also", "according", "last", "next", "this", "yesterday",
        "today", "tomorrow", "tonight", "earlier", "later", "ago", "monday", "tuesday", "wednesday", "thursday", "friday",
        "saturday", "sunday", "january", "february", "march", "april", "june", "july", "august", "september", "october",
        "november", "december", "not", "where", "whereby", "including", "via", "per", "it", "they", "he", "she", "we", "i",
        "you", "there", "here", "reported", "reports", "killing", "causing", "leaving", "making", "taking", "putting",
    ]);

    private static readonly WordSet Determiners = new(["the", "a", "an", "its", "their", "his", "her", "our", "my", "your", "this", "that", "these", "those"]);

    /// <summary>Vague quantity words that may stand for a number ("a few miles", "several kilometres").</summary>
    private static readonly WordSet VagueWords = new(["few", "several", "many", "mere", "countless", "hundreds", "thousands", "tens", "dozens", "scores", "multiple"]);

    /// <summary>Finds every distance in <paramref name="text"/>, in text order.</summary>
    public static List<DistanceMention> Scan(string text, DistanceExtractorOptions options, string extractorName, CancellationToken cancellationToken = default)
    {
        var found = new List<DistanceMention>();
        int n = text.Length;
        int i = 0;
        int checkpoint = 0;
        while (i < n)
        {
            if (i - checkpoint > 65536)
            {
                cancellationToken.ThrowIfCancellationRequested();
                checkpoint = i;
            }

            char c = text[i];
            if (char.IsAsciiDigit(c) || NumberParser.IsUnicodeFraction(c))
            {
                if (!NumberStartOk(text, i))
                {
                    i = SkipRun(text, i);
                    continue;
                }

                if (TryMention(text, i, options, extractorName, found, out int next))
                {
                    i = next;
                    continue;
                }

                i = Math.Max(next, i + 1);
                continue;
            }

            if (char.IsLetter(c) && Words.StartsAt(text, i))
            {
                int we = Words.End(text, i);
                if (IsQuantityWord(text.AsSpan(i, we - i), options.IncludeVague) && TryMention(text, i, options, extractorName, found, out int next))
                {
                    i = next;
                    continue;
                }

                if (options.IncludeVague && TryBareUnitVague(text, i, we, extractorName, found, out int after))
                {
                    i = after;
                    continue;
                }

                i = we;
                continue;
            }

            i++;
        }

        return found;
    }

    /// <summary>Skips a run of letters and digits (an identifier or a number that cannot start a measure).</summary>
    private static int SkipRun(string text, int i)
    {
        int j = i + 1;
        while (j < text.Length && (CharKinds.IsWordOrDigit(text[j]) || (text[j] is '.' or ',' && j + 1 < text.Length && char.IsAsciiDigit(text[j + 1]))))
        {
            j++;
        }

        return j;
    }

    /// <summary>False when the character before a digit shows it is part of an identifier, a code, a date or money.</summary>
    private static bool NumberStartOk(string text, int i)
    {
        if (i == 0)
        {
            return true;
        }

        char p = text[i - 1];
        if (CharKinds.IsWordOrDigit(p) || p is '/' or ':' or '#' or '№' or '$' or '£' or '€' or '¥' or '₹' or '₽' or '₩' or '₺' or '₦' or '_' or '@' or '\\')
        {
            return false;
        }

        if ((p is '.' or ',') && i >= 2 && char.IsAsciiDigit(text[i - 2]))
        {
            return false; // inside "1.5" or "1,200" (we skip whole runs, but be safe)
        }

        if ((CharKinds.IsDash(p) || CharKinds.IsApostrophe(p)) && i >= 2 && CharKinds.IsWordOrDigit(text[i - 2]))
        {
            return false; // "F-16", "scp-173m", "2023-24", "I'92m"
        }

        return true;
    }

    private static bool IsQuantityWord(ReadOnlySpan<char> w, bool includeVague)
    {
        // Every quantity word starts with one of these letters: a(n), e(ight), f(ive, few), h(alf, hundreds),
        // n(ine), o(ne), q(uarter), s(ix, several), t(wo, ten, tens), z(ero), c(ountless), d(ozens), m(any, mere).
        char f = (char)(w[0] | 0x20);
        if (f is not ('a' or 'e' or 'f' or 'h' or 'n' or 'o' or 'q' or 's' or 't' or 'z' or 'c' or 'd' or 'm'))
        {
            return false;
        }

        if (w.Length == 1)
        {
            return w[0] is 'a' or 'A';
        }

        if ((f == 'a' && w.Equals("an", StringComparison.OrdinalIgnoreCase)) || (f == 'h' && w.Equals("half", StringComparison.OrdinalIgnoreCase))
            || (f == 'q' && w.Equals("quarter", StringComparison.OrdinalIgnoreCase)))
        {
            return true;
        }

        if (NumberParser.SmallNumber(w) >= 0)
        {
            return true;
        }

        return includeVague && VagueWords.Contains(w);
    }

    /// <summary>A quantity before its unit.</summary>
    private readonly record struct Qty(decimal Value, int Start, int End, QuantityKind Kind, bool AllowOf, bool Approx = false);

    /// <summary>A unit after a quantity.</summary>
    private readonly record struct UnitHit(LengthUnit Unit, int Start, int End, bool IsAbbreviation, bool Hyphenated, string Surface);

    /// <summary>Reads a quantity at <paramref name="pos"/>. <paramref name="end"/> is where scanning may resume on failure.</summary>
    private static bool TryQuantity(string text, int pos, out Qty q, out int end)
    {
        q = default;
        end = pos + 1;
        if (pos >= text.Length)
        {
            return false;
        }

        char c = text[pos];
        if (char.IsAsciiDigit(c) || NumberParser.IsUnicodeFraction(c))
        {
            bool ok = NumberParser.TryParseDigits(text, pos, out decimal v, out end);
            if (!ok)
            {
                return false;
            }

            q = new Qty(v, pos, end, QuantityKind.Digits, v < 1 && v > 0);
            return true;
        }

        if (!char.IsLetter(c))
        {
            return false;
        }

        int we = Words.End(text, pos);
        end = we;
        ReadOnlySpan<char> w = text.AsSpan(pos, we - pos);

        if (w.Equals("a", StringComparison.OrdinalIgnoreCase) || w.Equals("an", StringComparison.OrdinalIgnoreCase))
        {
            int s2 = NumberParser.SkipSpaces(text, we);
            if (s2 == we)
            {
                return false;
            }

            int e2 = Words.End(text, s2);
            ReadOnlySpan<char> w2 = text.AsSpan(s2, e2 - s2);
            if (w2.IsEmpty)
            {
                return false;
            }

            if (NumberParser.ScaleOf(w2) > 1 && NumberParser.TryParseCardinal(text, s2, 1, out decimal card, out int ce))
            {
                q = new Qty(card, pos, ce, QuantityKind.Words, false);
                return true;
            }

            if (w2.Equals("dozen", StringComparison.OrdinalIgnoreCase))
            {
                q = new Qty(12, pos, e2, QuantityKind.Words, false);
                return true;
            }

            if (w2.Equals("couple", StringComparison.OrdinalIgnoreCase))
            {
                q = new Qty(2, pos, e2, QuantityKind.Words, true, Approx: true);
                return true;
            }

            if (FractionDenominator(w2, out decimal den, out bool plural) && !plural)
            {
                q = new Qty(1m / den, pos, e2, QuantityKind.Words, true);
                return true;
            }

            if (w2.Equals("few", StringComparison.OrdinalIgnoreCase))
            {
                int e3 = ScaleAfter(text, e2);
                q = new Qty(0, pos, e3, QuantityKind.Vague, e3 > e2);
                return true;
            }

            q = new Qty(1, pos, we, QuantityKind.Article, false);
            return true;
        }

        if (w.Equals("half", StringComparison.OrdinalIgnoreCase))
        {
            // "half a mile", "half a dozen", "half-mile", "half mile".
            int s2 = NumberParser.SkipSpaces(text, we);
            int e2 = Words.End(text, s2);
            if (s2 > we && (Words.Is(text, s2, e2, "a") || Words.Is(text, s2, e2, "an")))
            {
                int s3 = NumberParser.SkipSpaces(text, e2);
                int e3 = Words.End(text, s3);
                if (s3 > e2 && Words.Is(text, s3, e3, "dozen"))
                {
                    q = new Qty(6, pos, e3, QuantityKind.Words, false);
                    return true;
                }

                q = new Qty(0.5m, pos, e2, QuantityKind.Words, false);
                return true;
            }

            q = new Qty(0.5m, pos, we, QuantityKind.Words, true);
            return true;
        }

        if (w.Equals("quarter", StringComparison.OrdinalIgnoreCase))
        {
            q = new Qty(0.25m, pos, we, QuantityKind.Words, true);
            return true;
        }

        if (NumberParser.SmallNumber(w) >= 0)
        {
            if (!NumberParser.TryParseCardinal(text, pos, 0, out decimal v, out int ce))
            {
                return false;
            }

            end = ce;
            bool allowOf = false;

            // "one and a half", "two-and-a-half", "three and three quarters".
            int afterAnd = AndFraction(text, ce, out decimal extra);
            if (afterAnd > ce)
            {
                v += extra;
                ce = afterAnd;
            }
            else
            {
                // "two dozen", "three quarters of a mile", "two-thirds of a mile".
                int s2 = ce < text.Length && CharKinds.IsHyphen(text[ce]) ? ce + 1 : NumberParser.SkipSpaces(text, ce);
                int e2 = Words.End(text, s2);
                if (s2 > ce && e2 > s2)
                {
                    ReadOnlySpan<char> w2 = text.AsSpan(s2, e2 - s2);
                    if (w2.Equals("dozen", StringComparison.OrdinalIgnoreCase))
                    {
                        v *= 12;
                        ce = e2;
                    }
                    else if (v >= 1 && v < 20 && FractionDenominator(w2, out decimal den, out _) && v < den)
                    {
                        v /= den;
                        ce = e2;
                        allowOf = true;
                    }
                }
            }

            q = new Qty(v, pos, ce, QuantityKind.Words, allowOf);
            end = ce;
            return true;
        }

        if (VagueWords.Contains(w))
        {
            int e = ScaleAfter(text, we);
            bool of = e > we || w.Equals("hundreds", StringComparison.OrdinalIgnoreCase) || w.Equals("thousands", StringComparison.OrdinalIgnoreCase)
                || w.Equals("tens", StringComparison.OrdinalIgnoreCase) || w.Equals("dozens", StringComparison.OrdinalIgnoreCase)
                || w.Equals("scores", StringComparison.OrdinalIgnoreCase);
            q = new Qty(0, pos, e, QuantityKind.Vague, of);
            return true;
        }

        return false;
    }

    /// <summary>After "a few" or "several": an optional "hundred"/"thousand" ("a few hundred metres"); returns the new end.</summary>
    private static int ScaleAfter(string text, int pos)
    {
        int s = NumberParser.SkipSpaces(text, pos);
        int e = Words.End(text, s);
        if (s > pos && NumberParser.ScaleOf(text.AsSpan(s, e - s)) > 1)
        {
            return e;
        }

        if (s > pos && Words.Is(text, s, e, "of"))
        {
            // "tens of thousands of": keep the "thousands" in the quantity.
            int s2 = NumberParser.SkipSpaces(text, e);
            int e2 = Words.End(text, s2);
            if (s2 > e && (Words.Is(text, s2, e2, "thousands") || Words.Is(text, s2, e2, "hundreds") || Words.Is(text, s2, e2, "millions")))
            {
                return e2;
            }
        }

        return pos;
    }

    /// <summary>Reads "and a half", "and a quarter", "and three quarters" (with spaces or hyphens) at <paramref name="pos"/>.</summary>
    private static int AndFraction(string text, int pos, out decimal extra)
    {
        extra = 0;
        int i = SkipSep(text, pos);
        int e = Words.End(text, i);
        if (i == pos || !Words.Is(text, i, e, "and"))
        {
            return pos;
        }

        int s2 = SkipSep(text, e);
        int e2 = Words.End(text, s2);
        if (s2 == e)
        {
            return pos;
        }

        decimal num = 1;
        if (Words.Is(text, s2, e2, "a") || Words.Is(text, s2, e2, "an"))
        {
            num = 1;
        }
        else
        {
            int sv = NumberParser.SmallNumber(text.AsSpan(s2, e2 - s2));
            if (sv < 1 || sv > 9)
            {
                return pos;
            }

            num = sv;
        }

        int s3 = SkipSep(text, e2);
        int e3 = Words.End(text, s3);
        if (s3 == e2 || !FractionDenominator(text.AsSpan(s3, e3 - s3), out decimal den, out _) || num >= den)
        {
            return pos;
        }

        extra = num / den;
        return e3;
    }

    /// <summary>Skips spaces or one hyphen.</summary>
    private static int SkipSep(string text, int pos)
    {
        if (pos < text.Length && CharKinds.IsHyphen(text[pos]))
        {
            return pos + 1;
        }

        return NumberParser.SkipSpaces(text, pos);
    }

    private static bool FractionDenominator(ReadOnlySpan<char> w, out decimal den, out bool plural)
    {
        plural = w.Length > 0 && (w[^1] is 's' or 'S');
        Span<char> lower = stackalloc char[10];
        if (w.Length > 10)
        {
            den = 0;
            return false;
        }

        int len = Casing.LowerInvariant(w, lower);
        den = lower[..len] switch
        {
            "half" or "halves" => 2,
            "third" or "thirds" => 3,
            "quarter" or "quarters" => 4,
            "fourth" or "fourths" => 4,
            "fifth" or "fifths" => 5,
            "sixth" or "sixths" => 6,
            "eighth" or "eighths" => 8,
            "tenth" or "tenths" => 10,
            _ => 0,
        };
        if (lower[..len] is "halves")
        {
            plural = true;
        }

        return den > 0;
    }

    /// <summary>Reads the unit after a quantity: "5km", "5 km", "5-km", "six-mile", "¾ of a mile", "a mile".</summary>
    private static bool TryUnit(string text, Qty q, out UnitHit unit)
    {
        unit = default;
        int n = text.Length;
        int i = q.End;
        bool hyphenated = false;
        if (i < n && CharKinds.IsHyphen(text[i]) && q.Kind != QuantityKind.Article)
        {
            i++;
            hyphenated = true;
        }
        else
        {
            int j = NumberParser.SkipSpaces(text, i);
            if (j == i && q.Kind != QuantityKind.Digits)
            {
                return false;
            }

            // A digit quantity may be glued to its unit ("5km") or to an inch/foot mark (10", 6′).
            if (q.Kind == QuantityKind.Digits && TrySymbolUnit(text, q, j, out unit))
            {
                return true;
            }

            i = j;
        }

        if (q.AllowOf && !hyphenated)
        {
            int e = Words.End(text, i);
            if (Words.Is(text, i, e, "of"))
            {
                int s2 = NumberParser.SkipSpaces(text, e);
                int e2 = Words.End(text, s2);
                if (s2 == e)
                {
                    return false;
                }

                i = s2;
                if (Words.Is(text, s2, e2, "a") || Words.Is(text, s2, e2, "an"))
                {
                    i = NumberParser.SkipSpaces(text, e2);
                    if (i == e2)
                    {
                        return false;
                    }
                }
            }
        }

        UnitSurface? u = UnitTable.Match(text, i);
        if (u is null)
        {
            return false;
        }

        if (u.IsAbbreviation && q.Kind != QuantityKind.Digits)
        {
            return false;
        }

        unit = new UnitHit(u.Unit, i, i + u.Surface.Length, u.IsAbbreviation, hyphenated, u.Surface);
        return true;
    }

    /// <summary>
    /// The length of an inch mark at <paramref name="i"/> closing a feet-and-inches compound: 1 for '"', '″' or '”';
    /// 2 for a doubled single mark typed in its place ("5’9’’", "5'9''", "5′9′′"); 0 otherwise.
    /// </summary>
    private static int InchMarkLength(string text, int i)
    {
        if (i >= text.Length)
        {
            return 0;
        }

        char c = text[i];
        if (c is '"' or '″' or '”')
        {
            return 1;
        }

        return c is '\'' or '’' or '′' && i + 1 < text.Length && text[i + 1] == c
            && (i + 2 >= text.Length || !CharKinds.IsWordOrDigit(text[i + 2])) ? 2 : 0;
    }

    /// <summary>Inch and foot marks right after digits: 10" long, 10″, 6′2″, 6'2".</summary>
    private static bool TrySymbolUnit(string text, Qty q, int i, out UnitHit unit)
    {
        unit = default;
        int n = text.Length;
        if (i >= n)
        {
            return false;
        }

        char c = text[i];
        if (c == '″' && (i + 1 >= n || !CharKinds.IsWordOrDigit(text[i + 1])))
        {
            unit = new UnitHit(LengthUnit.Inch, i, i + 1, true, false, "″");
            return true;
        }

        if (c == '"')
        {
            // Only a straight quote followed by a size word: He has a pen that is 10 " long.
            int s = NumberParser.SkipSpaces(text, i + 1);
            int e = Words.End(text, s);
            if (s > i + 1 && e > s && InchWords.Contains(text.AsSpan(s, e - s)))
            {
                unit = new UnitHit(LengthUnit.Inch, i, i + 1, true, false, "\"");
                return true;
            }

            return false;
        }

        if (c == '′' && (i + 1 >= n || !char.IsLetter(text[i + 1])))
        {
            unit = new UnitHit(LengthUnit.Foot, i, i + 1, true, false, "′");
            return true;
        }

        if (c is '\'' or '’' && i == q.End && i + 1 < n && char.IsAsciiDigit(text[i + 1]))
        {
            // 6'2" : a foot mark only when inches follow (checked by the compound reader).
            int j = i + 1;
            while (j < n && char.IsAsciiDigit(text[j]) && j - i <= 2)
            {
                j++;
            }

            if (InchMarkLength(text, j) > 0)
            {
                unit = new UnitHit(LengthUnit.Foot, i, i + 1, true, false, c == '’' ? "’" : "'");
                return true;
            }
        }

        return false;
    }

    /// <summary>A measure before context checks: span, values, unit.</summary>
    private struct Measure
    {
        public int Start;
        public int End;
        public decimal Value;
        public decimal? ValueMax;
        public decimal Metres;
        public decimal? MetresMax;
        public UnitHit Unit;
        public QuantityKind Kind;
        public int QualifierAnchor;
        public bool Compound;
        public bool Approx;
    }

    /// <summary>The scale of the last word of a quantity ("270 million" → 1,000,000), or 1 when it ends in no scale word.</summary>
    private static decimal TrailingScale(string text, Qty q)
    {
        int e = q.End;
        while (e > q.Start && !char.IsLetter(text[e - 1]))
        {
            e--;
        }

        int b = e;
        while (b > q.Start && char.IsLetter(text[b - 1]))
        {
            b--;
        }

        return e > b ? NumberParser.ScaleOf(text.AsSpan(b, e - b)) : 1m;
    }

    /// <summary>Reads a whole measure at <paramref name="pos"/>: quantity, range, unit, compound.</summary>
    private static bool TryMeasure(string text, int pos, bool inConversion, out Measure m, out int resume)
    {
        m = default;
        if (!TryQuantity(text, pos, out Qty q1, out resume))
        {
            return false;
        }

        resume = Math.Max(resume, q1.End);
        int betweenStart = BetweenBefore(text, q1.Start);

        // Range with one unit: "20 to 30 km", "20-30 km", "between 20 and 30 miles", "eight to 10 feet".
        if (q1.Kind is QuantityKind.Digits or QuantityKind.Words
            && TryRangeSeparator(text, q1.End, betweenStart >= 0, out int q2Start)
            && TryQuantity(text, q2Start, out Qty q2, out _)
            && q2.Kind is QuantityKind.Digits or QuantityKind.Words
            && q2.Value > q1.Value
            && TryUnit(text, q2, out UnitHit ru)
            && UnitOk(text, q2, ru, inConversion, compoundSecond: false))
        {
            // "250 to 270 million miles", "two to three thousand feet": the scale word of the upper bound is
            // shared by a lower bound that has none (and would otherwise be absurdly small).
            decimal scale = TrailingScale(text, q2);
            decimal low = scale > 1 && TrailingScale(text, q1) == 1 && q1.Value * scale <= q2.Value ? q1.Value * scale : q1.Value;
            decimal f = LengthUnits.MetresPerUnit(ru.Unit);
            m = new Measure
            {
                Start = q1.Start,
                End = ru.End,
                Value = low,
                ValueMax = q2.Value,
                Metres = low * f,
                MetresMax = q2.Value * f,
                Unit = ru,
                Kind = q2.Kind == QuantityKind.Digits ? QuantityKind.Digits : q1.Kind,
                QualifierAnchor = betweenStart >= 0 ? betweenStart : q1.Start,
            };
            return true;
        }

        if (!TryUnit(text, q1, out UnitHit u) || !UnitOk(text, q1, u, inConversion, compoundSecond: false))
        {
            return false;
        }

        decimal factor = LengthUnits.MetresPerUnit(u.Unit);
        m = new Measure
        {
            Start = q1.Start,
            End = u.End,
            Value = q1.Value,
            Metres = q1.Value * factor,
            Unit = u,
            Kind = q1.Kind,
            QualifierAnchor = q1.Start,
            Approx = q1.Approx,
        };

        if (q1.Kind == QuantityKind.Vague)
        {
            return true;
        }

        // Range with the unit twice: "20 km to 30 km".
        if (q1.Kind is QuantityKind.Digits or QuantityKind.Words
            && TryRangeSeparator(text, u.End, betweenStart >= 0, out int r2)
            && TryQuantity(text, r2, out Qty q3, out _)
            && q3.Kind is QuantityKind.Digits or QuantityKind.Words
            && q3.Value > q1.Value
            && TryUnit(text, q3, out UnitHit u3)
            && u3.Unit == u.Unit
            && UnitOk(text, q3, u3, inConversion, compoundSecond: false))
        {
            m.End = u3.End;
            m.ValueMax = q3.Value;
            m.MetresMax = q3.Value * factor;
            m.QualifierAnchor = betweenStart >= 0 ? betweenStart : q1.Start;
            return true;
        }

        if (LengthUnits.IsImperial(u.Unit) && TryCompound(text, u, out decimal addMetres, out int compoundEnd))
        {
            m.Metres += addMetres;
            m.Value = m.Metres / factor;
            m.End = compoundEnd;
            m.Compound = true;
            return true;
        }

        if (u.Surface is "'" or "’")
        {
            return false; // a foot mark stands only before inches (6'2")
        }

        // "a mile and a half", "two miles and a half".
        if (q1.Kind is QuantityKind.Article or QuantityKind.Words or QuantityKind.Digits && q1.Value >= 1 && decimal.Truncate(q1.Value) == q1.Value)
        {
            int after = AndFraction(text, u.End, out decimal extra);
            if (after > u.End)
            {
                m.Value += extra;
                m.Metres = m.Value * factor;
                m.End = after;
            }
        }

        return true;
    }

    /// <summary>The start of "between" just before a number, or -1.</summary>
    private static int BetweenBefore(string text, int start)
    {
        int e = start;
        while (e > 0 && CharKinds.IsInlineSpace(text[e - 1]))
        {
            e--;
        }

        if (e == start || e < 7)
        {
            return -1;
        }

        int s = e - 7;
        return text.AsSpan(s, 7).Equals("between", StringComparison.OrdinalIgnoreCase) && Words.StartsAt(text, s) ? s : -1;
    }

    /// <summary>A range separator at <paramref name="pos"/>: "-" (no spaces, or spaces both sides), "–", "to", "or", "and" (after "between").</summary>
    private static bool TryRangeSeparator(string text, int pos, bool between, out int next)
    {
        next = pos;
        int n = text.Length;
        if (pos >= n)
        {
            return false;
        }

        if (CharKinds.IsDash(text[pos]) && !between)
        {
            if (pos + 1 < n && (char.IsAsciiDigit(text[pos + 1]) || char.IsLetter(text[pos + 1])))
            {
                next = pos + 1;
                return true;
            }

            return false;
        }

        int s = NumberParser.SkipSpaces(text, pos);
        if (s == pos || s >= n)
        {
            return false;
        }

        if (CharKinds.IsDash(text[s]) && !between)
        {
            int t = NumberParser.SkipSpaces(text, s + 1);
            if (t > s + 1)
            {
                next = t;
                return true;
            }

            return false;
        }

        int e = Words.End(text, s);
        bool word = between ? Words.Is(text, s, e, "and") : Words.Is(text, s, e, "to") || Words.Is(text, s, e, "or");
        if (!word)
        {
            return false;
        }

        int t2 = NumberParser.SkipSpaces(text, e);
        if (t2 == e)
        {
            return false;
        }

        next = t2;
        return true;
    }

    /// <summary>A smaller imperial unit after the first: "5 feet 2 inches", "6 ft 2 in", "5 feet and 2 inches", "6-foot-2", 6'2".</summary>
    private static bool TryCompound(string text, UnitHit first, out decimal addMetres, out int end)
    {
        addMetres = 0;
        end = first.End;
        int n = text.Length;
        int i = first.End;

        // 6-foot-2 (a height in news): inches after a hyphen.
        if (first.Unit == LengthUnit.Foot && first.Hyphenated && i + 1 < n && CharKinds.IsHyphen(text[i]) && char.IsAsciiDigit(text[i + 1]))
        {
            int j = i + 1;
            int inches = 0;
            while (j < n && char.IsAsciiDigit(text[j]) && j - i <= 2)
            {
                inches = (inches * 10) + (text[j] - '0');
                j++;
            }

            if (inches < 12 && (j >= n || !CharKinds.IsWordOrDigit(text[j])) && !(j < n && CharKinds.IsHyphen(text[j]) && j + 1 < n && char.IsAsciiDigit(text[j + 1])))
            {
                addMetres = inches * LengthUnits.MetresPerUnit(LengthUnit.Inch);
                end = j;
                return true;
            }

            return false;
        }

        int k = NumberParser.SkipSpaces(text, i);
        if (first.Surface is "'" or "′" or "’")
        {
            k = i; // 6'2"
        }
        else
        {
            int e = Words.End(text, k);
            if (Words.Is(text, k, e, "and"))
            {
                k = NumberParser.SkipSpaces(text, e);
                if (k == e)
                {
                    return false;
                }
            }
            else if (k == i)
            {
                return false;
            }
        }

        if (!TryQuantity(text, k, out Qty q2, out _) || q2.Kind is not (QuantityKind.Digits or QuantityKind.Words))
        {
            return false;
        }

        if (first.Surface is "'" or "′" or "’")
        {
            // 6'2", 6′2″, 6’1″: digits and an inch mark.
            int mark = InchMarkLength(text, q2.End);
            if (q2.Kind != QuantityKind.Digits || mark == 0 || q2.Value >= 12)
            {
                return false;
            }

            addMetres = q2.Value * LengthUnits.MetresPerUnit(LengthUnit.Inch);
            end = q2.End + mark;
            return true;
        }

        if (!TryUnit(text, q2, out UnitHit u2) || !LengthUnits.IsImperial(u2.Unit)
            || LengthUnits.MetresPerUnit(u2.Unit) >= LengthUnits.MetresPerUnit(first.Unit)
            || !UnitOk(text, q2, u2, inConversion: false, compoundSecond: true))
        {
            return false;
        }

        if (first.Surface is "'" or "′" or "’" && u2.Unit != LengthUnit.Inch)
        {
            return false;
        }

        addMetres = q2.Value * LengthUnits.MetresPerUnit(u2.Unit);
        end = u2.End;
        return true;
    }

    /// <summary>Context checks on a unit: rates, areas, "m" for million, "in" as a preposition, "a foot" in idioms.</summary>
    private static bool UnitOk(string text, Qty q, UnitHit u, bool inConversion, bool compoundSecond)
    {
        int n = text.Length;
        int after = u.End;

        // A foot mark alone needs the inches of a compound (checked there).
        if (u.Surface is "'" or "’" && !compoundSecond)
        {
            int j = after;
            while (j < n && char.IsAsciiDigit(text[j]))
            {
                j++;
            }

            if (j == after || InchMarkLength(text, j) == 0)
            {
                return false;
            }
        }

        // Rates: "km/h", "miles per hour", "188 miles an hour".
        int s = NumberParser.SkipSpaces(text, after);
        if (after < n && text[after] == '/' && after + 1 < n && char.IsLetter(text[after + 1]))
        {
            return false;
        }

        int e = Words.End(text, s);
        if (e > s)
        {
            if (Words.Is(text, s, e, "per") || Words.Is(text, s, e, "squared") || Words.Is(text, s, e, "cubed"))
            {
                return false;
            }

            if (Words.Is(text, s, e, "an") || Words.Is(text, s, e, "a"))
            {
                int s2 = NumberParser.SkipSpaces(text, e);
                int e2 = Words.End(text, s2);
                if (s2 > e && TimeUnits.Contains(text.AsSpan(s2, e2 - s2)))
                {
                    return false;
                }
            }
        }

        if (after < n && text[after] == '/' && after + 1 < n && text[after + 1] is 's' or 'h')
        {
            return false;
        }

        if (u.IsAbbreviation && u.Surface == "m")
        {
            if (after + 1 < n && text[after] == '.' && text[after + 1] is 'p' or 'P')
            {
                return false; // "5 m.p.h."
            }

            if (MoneyBefore(text, q.Start))
            {
                return false;
            }

            bool hyphen = after < n && CharKinds.IsHyphen(text[after]);
            int ws = hyphen ? after + 1 : s;
            int we = Words.End(text, ws);
            if (we > ws && MillionIsMeant(text.AsSpan(ws, we - ws), hyphen))
            {
                return false;
            }
        }

        if (u.IsAbbreviation && u.Surface == "in" && !compoundSecond)
        {
            if (after < n && CharKinds.IsHyphen(text[after]))
            {
                return false; // "2-in-1"
            }

            bool ok = u.Hyphenated && after < n && text[after] is ' ' or ')' or ',' ;
            if (!ok && inConversion && s < n && text[s] is ')' or ']' or ';' or ',' or '/')
            {
                ok = true;
            }

            if (!ok && e > s)
            {
                ReadOnlySpan<char> next = text.AsSpan(s, e - s);
                if (InchWords.Contains(next))
                {
                    ok = true;
                }
                else if (next.Equals("of", StringComparison.OrdinalIgnoreCase))
                {
                    int s2 = NumberParser.SkipSpaces(text, e);
                    int e2 = Words.End(text, s2);
                    ok = s2 > e && PrecipitationWords.Contains(text.AsSpan(s2, e2 - s2));
                }
            }

            if (!ok)
            {
                return false;
            }
        }

        if ((q.Kind == QuantityKind.Article || (q.Kind == QuantityKind.Words && q.Value == 1)) && !u.IsAbbreviation && !u.Hyphenated)
        {
            // "a foot", "a yard", "a meter" are often something else ("set foot", "a yard sale", "a water meter").
            string surface = u.Surface;
            if (surface.Equals("foot", StringComparison.OrdinalIgnoreCase) || surface.Equals("yard", StringComparison.OrdinalIgnoreCase)
                || surface.Equals("meter", StringComparison.OrdinalIgnoreCase))
            {
                bool dim = e > s && DimensionWords.Contains(text.AsSpan(s, e - s)) && !(after < n && CharKinds.IsHyphen(text[after]));
                bool hyphenLong = after + 1 < n && CharKinds.IsHyphen(text[after]) && DimensionWords.Contains(text.AsSpan(after + 1, Words.End(text, after + 1) - after - 1));
                if (!dim && !hyphenLong && QualifierTable.Before(text, q.Start, out _) is null)
                {
                    return false;
                }
            }
        }

        if (q.Kind == QuantityKind.Article && u.Surface.Equals("inch", StringComparison.OrdinalIgnoreCase) && YieldVerbBefore(text, q.Start))
        {
            return false; // "won't budge an inch", "refused to give an inch": the idiom for yielding, no length
        }

        // "a 9 - iron", a ratio "1 m x" is fine; reject "m" right before an apostrophe-s? Not needed.
        return true;
    }

    /// <summary>Verbs of yielding whose "an inch" is an idiom ("budge", "give", "flinch", "yield", "cede").</summary>
    private static readonly WordSet YieldVerbs = new(
    [
        "budge", "budges", "budged", "budging", "give", "gives", "gave", "given", "giving", "flinch", "flinches", "flinched",
        "flinching", "yield", "yields", "yielded", "yielding", "cede", "cedes", "ceded", "ceding", "concede", "conceded",
    ]);

    /// <summary>The word right before <paramref name="start"/> (one space between) is a verb of yielding.</summary>
    private static bool YieldVerbBefore(string text, int start)
    {
        int e = start - 1;
        if (e < 1 || text[e] != ' ')
        {
            return false;
        }

        int b = e;
        while (b > 0 && char.IsLetter(text[b - 1]))
        {
            b--;
        }

        return e > b && YieldVerbs.Contains(text.AsSpan(b, e - b));
    }

    /// <summary>
    /// True when the word after a bare "m" shows it means million: a listed noun ("3m people"), another plural
    /// noun ("4.2m businesses"), a capitalised word ("4.2m Hispanic-owned"), or a verb ("1.3m had received").
    /// </summary>
    private static bool MillionIsMeant(ReadOnlySpan<char> next, bool hyphenated)
    {
        if (MillionNouns.Value.Contains(next) || MillionVerbs.Contains(next))
        {
            return true;
        }

        if (hyphenated)
        {
            return false; // "10m-high", "100m-long"
        }

        if (char.IsUpper(next[0]))
        {
            return true;
        }

        // Plural nouns, but not "radius", "across", "axis".
        return next.Length > 3 && next[^1] == 's' && next[^2] is not ('s' or 'u' or 'i') && !MetreNounsEndingInS.Contains(next);
    }

    /// <summary>Verbs and pronouns after "Nm" that show a count ("1.3m had received payment").</summary>
    private static readonly WordSet MillionVerbs = new(
    [
        "had", "has", "have", "will", "would", "could", "can", "may", "might", "who", "whom",
        "whose", "received", "receive", "lost", "live", "lived", "died", "fled", "voted", "signed", "watched", "attended",
        "visited", "bought", "sold", "applied", "registered", "downloaded", "used", "paid", "raised", "spent", "owed",
    ]);

    /// <summary>Words ending in "s" that follow metres ("400m hurdles", "10m across", "the 5m towards").</summary>
    private static readonly WordSet MetreNounsEndingInS = new(
    [
        "hurdles", "across", "towards", "downwards", "upwards", "backwards", "forwards", "afterwards", "plus", "less",
        "thus", "this", "various", "seas", "waves", "swells", "rains", "heights", "depths", "lengths", "yachts",
        "walls", "towers", "cliffs", "drops", "falls",
    ]);

    /// <summary>True when a currency sign, code or money word stands just before the number ("$5m", "USD 5m", "worth 3m").</summary>
    private static bool MoneyBefore(string text, int start)
    {
        int i = start;
        while (i > 0 && CharKinds.IsInlineSpace(text[i - 1]) && start - i < 2)
        {
            i--;
        }

        if (i == 0)
        {
            return false;
        }

        char p = text[i - 1];
        if (p is '$' or '£' or '€' or '¥' or '₹' or '₽' or '₩' or '₺' or '₦' or '¢')
        {
            return true;
        }

        if (p == '.')
        {
            i--; // "Rs. 5m"
        }

        int ws = i;
        while (ws > 0 && char.IsLetter(text[ws - 1]))
        {
            ws--;
        }

        return ws < i && CurrencyWords.Contains(text.AsSpan(ws, i - ws));
    }

    /// <summary>Tries a mention at <paramref name="pos"/>; on success adds it and sets <paramref name="next"/> past it.</summary>
    private static bool TryMention(string text, int pos, DistanceExtractorOptions options, string extractorName, List<DistanceMention> found, out int next)
    {
        if (!TryMeasure(text, pos, inConversion: false, out Measure m, out next))
        {
            if (options.IncludeVague && TryStoneThrow(text, pos, extractorName, found, out int after))
            {
                next = after;
                return true;
            }

            return false;
        }

        bool vague = m.Kind == QuantityKind.Vague;
        if (vague && !options.IncludeVague)
        {
            next = m.End;
            return false;
        }

        if (m.Kind == QuantityKind.Digits && ReferenceBefore(text, m.Start))
        {
            next = m.End;
            return false;
        }

        // Qualifiers: "some 40 miles", "more than 10 1/2 miles", "up to 20-30 km".
        Comparator comparator = Comparator.Equal;
        bool approximate = false;
        Qualifier? qualifier = QualifierTable.Before(text, m.QualifierAnchor, out _);
        if (qualifier is not null)
        {
            comparator = qualifier.Comparator;
            approximate = qualifier.Approximate;
        }

        int end = m.End;

        // A parenthetical conversion of the same measure: "130 miles (210 km)".
        TextSpan? conversion = null;
        if (!vague && (TryConversion(text, end, m, out int convStart, out int convEnd) || TryOrConversion(text, end, m, out convStart, out convEnd)))
        {
            conversion = TextSpan.FromBounds(convStart, convEnd);
            end = convEnd;
        }

        // Qualifiers after: "40 miles or so", "10 km or more", "12 m more or less".
        int postEnd = PostQualifier(text, end, out Comparator? post);
        if (post is { } pc && qualifier is null)
        {
            comparator = pc;
            approximate = true;
        }

        if (vague || (m.Approx && qualifier is null))
        {
            comparator = Comparator.Approximately;
            approximate = true; // "a couple of miles", "a few miles"
        }

        int anchorFrom = postEnd > end ? postEnd : end;
        if (conversion is { } cv && text[cv.Start] is not ('(' or '[') && anchorFrom < text.Length && text[anchorFrom] == ',')
        {
            anchorFrom++; // "130 miles, or 210 km, from Warsaw"
        }

        TextSpan? anchorSpan = FindAnchor(text, anchorFrom, qualifier?.Phrase);
        LengthUnit unit = m.Unit.Unit;
        if (unit == LengthUnit.Nanometre && m.Unit.Surface == "nm" && (anchorSpan is not null || qualifier?.Phrase == "within"))
        {
            unit = LengthUnit.NauticalMile; // "12 nm off the coast": a nautical mile, not a nanometre
        }

        decimal factor = LengthUnits.MetresPerUnit(unit);
        decimal metres = m.Compound ? m.Metres : m.Value * factor;
        decimal? metresMax = m.ValueMax is { } vmax ? vmax * factor : null;

        double confidence = vague ? 0.5 : 1.0;
        if (m.Unit.IsAbbreviation && m.Unit.Surface is "m" or "in" or "nm" or "'" or "’" or "\"")
        {
            confidence = 0.85;
        }
        else if (m.Kind == QuantityKind.Article)
        {
            confidence = 0.9;
        }

        var span = TextSpan.FromBounds(m.Start, m.End);
        found.Add(new DistanceMention
        {
            Span = span,
            Text = text.Substring(span.Start, span.Length),
            Extractor = extractorName,
            Confidence = confidence,
            Value = vague ? null : ToDouble(m.Value),
            ValueMax = vague || m.ValueMax is null ? null : ToDouble(m.ValueMax.Value),
            Unit = unit,
            UnitText = text.Substring(m.Unit.Start, m.Unit.End - m.Unit.Start),
            Metres = vague ? null : ToDouble(metres),
            MetresMax = vague || metresMax is null ? null : ToDouble(metresMax.Value),
            Approximate = approximate,
            Comparator = comparator,
            Anchor = anchorSpan is { } a ? text.Substring(a.Start, a.Length) : null,
            AnchorSpan = anchorSpan,
            ConversionSpan = conversion,
        });

        next = Math.Max(end, m.End);
        return true;
    }

    private static double ToDouble(decimal d) => (double)d;

    /// <summary>True when the number follows "page", "No.", "p." and similar: a reference, not a quantity.</summary>
    private static bool ReferenceBefore(string text, int start)
    {
        int i = start;
        while (i > 0 && CharKinds.IsInlineSpace(text[i - 1]))
        {
            i--;
        }

        bool dotted = i > 0 && text[i - 1] == '.';
        if (dotted)
        {
            i--;
        }
        else if (i == start)
        {
            return false;
        }

        int ws = i;
        while (ws > 0 && char.IsLetter(text[ws - 1]))
        {
            ws--;
        }

        if (ws == i || !Words.StartsAt(text, ws))
        {
            return false;
        }

        ReadOnlySpan<char> word = text.AsSpan(ws, i - ws);
        return dotted ? DottedReferenceWords.Contains(word) : ReferenceWords.Contains(word);
    }

    /// <summary>A parenthetical conversion of the measure just read: "(210 km)", "(about 64 km)", "[3.2 ft]".</summary>
    private static bool TryConversion(string text, int pos, Measure primary, out int start, out int end)
    {
        start = end = pos;
        int n = text.Length;
        int i = NumberParser.SkipSpaces(text, pos);
        if (i >= n || text[i] is not ('(' or '['))
        {
            return false;
        }

        char close = text[i] == '(' ? ')' : ']';
        start = i;
        int j = NumberParser.SkipSpaces(text, i + 1);

        // An optional qualifier inside: "(about 210 km)", "(c. 64 km)".
        foreach (Qualifier qq in QualifierTable.All)
        {
            if (j + qq.Phrase.Length < n && text.AsSpan(j).StartsWith(qq.Phrase, StringComparison.OrdinalIgnoreCase)
                && !CharKinds.IsWordOrDigit(text[j + qq.Phrase.Length]))
            {
                int k = NumberParser.SkipSpaces(text, j + qq.Phrase.Length);
                if (k < n && (char.IsAsciiDigit(text[k]) || char.IsLetter(text[k])))
                {
                    j = k;
                    break;
                }
            }
        }

        if (!TryMeasure(text, j, inConversion: true, out Measure inner, out _) || inner.Kind == QuantityKind.Vague || primary.Metres <= 0)
        {
            return false;
        }

        if (!SameLength(inner, primary))
        {
            return false;
        }

        int c = inner.End;
        int limit = Math.Min(n, c + 40);
        while (c < limit && text[c] != close && text[c] is not ('(' or '\n' or '\r'))
        {
            c++;
        }

        if (c >= limit || text[c] != close)
        {
            return false;
        }

        end = c + 1;
        return true;
    }

    /// <summary>
    /// True when <paramref name="inner"/> restates <paramref name="primary"/> in another unit, give or take rounding
    /// (130 miles = 209 km, written "210 km"). A bare "m" that fails as metres but fits as miles ("a kilometre
    /// (0.62m)") is read as miles.
    /// </summary>
    private static bool SameLength(Measure inner, Measure primary)
    {
        if (primary.Metres <= 0 || inner.Unit.Unit == primary.Unit.Unit)
        {
            return false;
        }

        decimal ratio = inner.Metres / primary.Metres;
        if (ratio >= 0.8m && ratio <= 1.25m)
        {
            return true;
        }

        if (inner.Unit.Surface == "m" && primary.Unit.Unit != LengthUnit.Mile)
        {
            decimal asMiles = inner.Value * LengthUnits.MetresPerUnit(LengthUnit.Mile) / primary.Metres;
            return asMiles >= 0.8m && asMiles <= 1.25m;
        }

        return false;
    }

    /// <summary>A conversion written as an alternative: "50 miles or 81 kilometers", "130 miles, or 210 km", "5 km/3 miles".</summary>
    private static bool TryOrConversion(string text, int pos, Measure primary, out int start, out int end)
    {
        start = end = pos;
        int n = text.Length;
        int i = pos;
        if (i < n && text[i] == '/')
        {
            i++;
        }
        else
        {
            if (i < n && text[i] == ',')
            {
                i++;
            }

            int s = NumberParser.SkipSpaces(text, i);
            int e = Words.End(text, s);
            if (s == i || !Words.Is(text, s, e, "or"))
            {
                return false;
            }

            i = NumberParser.SkipSpaces(text, e);
            if (i == e)
            {
                return false;
            }
        }

        if (i >= n || !(char.IsAsciiDigit(text[i]) || char.IsLetter(text[i])))
        {
            return false;
        }

        if (!TryMeasure(text, i, inConversion: true, out Measure inner, out _) || inner.Kind == QuantityKind.Vague || !SameLength(inner, primary))
        {
            return false;
        }

        // Different unit systems only: "5 km or 3 miles" restates, "5 km or 5,000 m" would too, but "1 ft or 12 in" is rare; keep it simple.
        start = i;
        end = inner.End;
        return true;
    }

    /// <summary>"or so", "or more", "or less", "more or less", "give or take" right after a measure.</summary>
    private static int PostQualifier(string text, int pos, out Comparator? comparator)
    {
        comparator = null;
        int s = NumberParser.SkipSpaces(text, pos);
        if (s == pos)
        {
            return pos;
        }

        int e = Words.End(text, s);
        int s2 = NumberParser.SkipSpaces(text, e);
        int e2 = Words.End(text, s2);
        if (s2 == e)
        {
            return pos;
        }

        if (Words.Is(text, s, e, "or"))
        {
            if (Words.Is(text, s2, e2, "so"))
            {
                comparator = Comparator.Approximately;
                return e2;
            }

            if (Words.Is(text, s2, e2, "more") || Words.Is(text, s2, e2, "longer") || Words.Is(text, s2, e2, "further"))
            {
                comparator = Comparator.AtLeast;
                return e2;
            }

            if (Words.Is(text, s2, e2, "less") || Words.Is(text, s2, e2, "fewer") || Words.Is(text, s2, e2, "shorter"))
            {
                comparator = Comparator.AtMost;
                return e2;
            }
        }

        if ((Words.Is(text, s, e, "more") && Words.Is(text, s2, e2, "or")) || (Words.Is(text, s, e, "give") && Words.Is(text, s2, e2, "or")))
        {
            int s3 = NumberParser.SkipSpaces(text, e2);
            int e3 = Words.End(text, s3);
            if (s3 > e2 && (Words.Is(text, s3, e3, "less") || Words.Is(text, s3, e3, "take")))
            {
                comparator = Comparator.Approximately;
                return e3;
            }
        }

        return pos;
    }

    /// <summary>
    /// What the distance is measured from: the noun phrase after "from", "away from", "off", "outside", "past",
    /// "beyond", "above", "below", a direction with "of" ("north of"), or "of" after "within". The phrase stops at
    /// clause punctuation, a conjunction, a preposition that opens a new phrase, a verb or a time word.
    /// </summary>
    private static TextSpan? FindAnchor(string text, int pos, string? qualifier)
    {
        int n = text.Length;
        int s = NumberParser.SkipSpaces(text, pos);
        if (s == pos && s < n && text[s] != '-')
        {
            return null;
        }

        if (s < n && CharKinds.IsHyphen(text[s]))
        {
            return null; // "130-mile border": an attribute, not "measured from"
        }

        int e = WordWithHyphens(text, s);
        if (e == s)
        {
            return null;
        }

        ReadOnlySpan<char> w = text.AsSpan(s, e - s);
        int npStart;
        if (w.Equals("from", StringComparison.OrdinalIgnoreCase) || w.Equals("off", StringComparison.OrdinalIgnoreCase)
            || w.Equals("outside", StringComparison.OrdinalIgnoreCase) || w.Equals("past", StringComparison.OrdinalIgnoreCase)
            || w.Equals("beyond", StringComparison.OrdinalIgnoreCase) || w.Equals("above", StringComparison.OrdinalIgnoreCase)
            || w.Equals("below", StringComparison.OrdinalIgnoreCase) || w.Equals("beneath", StringComparison.OrdinalIgnoreCase)
            || w.Equals("behind", StringComparison.OrdinalIgnoreCase))
        {
            npStart = AfterOptional(text, e, "of"); // "outside of Kyiv"
        }
        else if (w.Equals("away", StringComparison.OrdinalIgnoreCase) || w.Equals("back", StringComparison.OrdinalIgnoreCase)
            || w.Equals("out", StringComparison.OrdinalIgnoreCase) || w.Equals("further", StringComparison.OrdinalIgnoreCase)
            || w.Equals("farther", StringComparison.OrdinalIgnoreCase) || w.Equals("closer", StringComparison.OrdinalIgnoreCase)
            || w.Equals("nearer", StringComparison.OrdinalIgnoreCase))
        {
            int s2 = NumberParser.SkipSpaces(text, e);
            int e2 = Words.End(text, s2);
            if (s2 == e || !(Words.Is(text, s2, e2, "from") || Words.Is(text, s2, e2, "to") && !w.Equals("away", StringComparison.OrdinalIgnoreCase)))
            {
                return null;
            }

            npStart = e2;
        }
        else if (Directions.Contains(w))
        {
            int s2 = NumberParser.SkipSpaces(text, e);
            int e2 = Words.End(text, s2);
            if (s2 == e || !(Words.Is(text, s2, e2, "of") || Words.Is(text, s2, e2, "from")))
            {
                return null;
            }

            npStart = e2;
        }
        else if (w.Equals("of", StringComparison.OrdinalIgnoreCase) && qualifier is "within")
        {
            npStart = e;
        }
        else
        {
            return null;
        }

        return NounPhrase(text, npStart);
    }

    /// <summary>After an optional word ("of" in "outside of"); returns the position after it, or <paramref name="pos"/>.</summary>
    private static int AfterOptional(string text, int pos, string word)
    {
        int s = NumberParser.SkipSpaces(text, pos);
        int e = Words.End(text, s);
        return s > pos && Words.Is(text, s, e, word) ? e : pos;
    }

    /// <summary>The end of a word with inner hyphens ("south-east").</summary>
    private static int WordWithHyphens(string text, int pos)
    {
        int e = Words.End(text, pos);
        while (e + 1 < text.Length && e > pos && CharKinds.IsHyphen(text[e]) && char.IsLetter(text[e + 1]))
        {
            e = Words.End(text, e + 1);
        }

        return e;
    }

    /// <summary>The noun phrase starting after <paramref name="pos"/> (spaces skipped), up to 8 words, or null.</summary>
    private static TextSpan? NounPhrase(string text, int pos)
    {
        int n = text.Length;
        int start = NumberParser.SkipSpaces(text, pos);
        if (start == pos || start >= n)
        {
            return null;
        }

        int i = start;
        int lastEnd = start;
        int lastContentEnd = start;
        int words = 0;
        while (i < n && words < 8)
        {
            // One token: letters, digits, inner apostrophes, hyphens, periods ("U.S.", "St."), ampersands.
            int j = i;
            while (j < n)
            {
                char c = text[j];
                if (char.IsLetterOrDigit(c))
                {
                    j++;
                }
                else if ((CharKinds.IsApostrophe(c) || CharKinds.IsHyphen(c) || c == '&') && j > i && j + 1 < n && char.IsLetterOrDigit(text[j + 1]))
                {
                    j++;
                }
                else if (CharKinds.IsApostrophe(c) && j > i && (text[j - 1] is 's' or 'S'))
                {
                    j++; // "the Belarusians' border"
                }
                else if (c == '.' && j > i && j + 1 < n && char.IsLetter(text[j + 1]) && char.IsUpper(text[j - 1]))
                {
                    j++; // "U.S"
                }
                else
                {
                    break;
                }
            }

            if (j == i)
            {
                break;
            }

            ReadOnlySpan<char> token = text.AsSpan(i, j - i);
            if (words == 0 && (Determiners.Contains(token) is false) && AnchorStops.Contains(token))
            {
                return null;
            }

            if (words > 0 && AnchorStops.Contains(token))
            {
                break;
            }

            words++;
            lastEnd = j;
            if (!Determiners.Contains(token))
            {
                lastContentEnd = j;
            }

            // A period ends the phrase unless it closes an abbreviation ("St. Petersburg", "U.S.").
            int k = j;
            if (k < n && text[k] == '.' && NewsExtraction.Text.Abbreviations.Contains(text.AsSpan(i, j - i)) && k + 1 < n && text[k + 1] == ' ')
            {
                k++;
                lastEnd = k;
                lastContentEnd = k;
            }

            int next = NumberParser.SkipSpaces(text, k);
            if (next == k || next >= n || !char.IsLetterOrDigit(text[next]))
            {
                break;
            }

            i = next;
        }

        if (lastContentEnd <= start)
        {
            return null;
        }

        return TextSpan.FromBounds(start, lastContentEnd);
    }

    /// <summary>"a stone's throw" (vague, opt-in).</summary>
    private static bool TryStoneThrow(string text, int pos, string extractorName, List<DistanceMention> found, out int next)
    {
        next = pos;
        int e = Words.End(text, pos);
        if (!Words.Is(text, pos, e, "a"))
        {
            return false;
        }

        int s2 = NumberParser.SkipSpaces(text, e);
        int e2 = Words.End(text, s2);
        if (s2 == e || !Words.Is(text, s2, e2, "stone") || e2 + 2 >= text.Length || !CharKinds.IsApostrophe(text[e2]) || text[e2 + 1] is not ('s' or 'S'))
        {
            return false;
        }

        int s3 = NumberParser.SkipSpaces(text, e2 + 2);
        int e3 = Words.End(text, s3);
        if (s3 == e2 + 2 || !Words.Is(text, s3, e3, "throw"))
        {
            return false;
        }

        TextSpan? anchor = FindAnchor(text, e3, null);
        found.Add(VagueMention(text, TextSpan.FromBounds(pos, e3), TextSpan.FromBounds(s2, e3), LengthUnit.Metre, anchor, extractorName));
        next = e3;
        return true;
    }

    /// <summary>A plural unit word with no number, used as a distance: "miles away", "mere miles from the border" (vague, opt-in).</summary>
    private static bool TryBareUnitVague(string text, int start, int wordEnd, string extractorName, List<DistanceMention> found, out int next)
    {
        next = wordEnd;
        UnitSurface? u = UnitTable.Match(text, start);
        if (u is null || u.IsAbbreviation || start + u.Surface.Length != wordEnd || !(u.Surface.EndsWith('s') || u.Surface == "feet"))
        {
            return false;
        }

        int s = NumberParser.SkipSpaces(text, wordEnd);
        int e = Words.End(text, s);
        if (s == wordEnd || !(Words.Is(text, s, e, "away") || Words.Is(text, s, e, "from")))
        {
            return false;
        }

        // Not after a determiner or an area/volume word ("the miles from", "square miles").
        int p = start;
        while (p > 0 && CharKinds.IsInlineSpace(text[p - 1]))
        {
            p--;
        }

        int ps = p;
        while (ps > 0 && char.IsLetter(text[ps - 1]))
        {
            ps--;
        }

        ReadOnlySpan<char> prev = text.AsSpan(ps, p - ps);
        if (Determiners.Contains(prev) || prev.Equals("square", StringComparison.OrdinalIgnoreCase) || prev.Equals("cubic", StringComparison.OrdinalIgnoreCase)
            || prev.Equals("sq", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        TextSpan? anchor = FindAnchor(text, wordEnd, null);
        var unitSpan = TextSpan.FromBounds(start, wordEnd);
        found.Add(VagueMention(text, unitSpan, unitSpan, u.Unit, anchor, extractorName));
        return true;
    }

    private static DistanceMention VagueMention(string text, TextSpan span, TextSpan unitSpan, LengthUnit unit, TextSpan? anchor, string extractorName) => new()
    {
        Span = span,
        Text = text.Substring(span.Start, span.Length),
        Extractor = extractorName,
        Confidence = 0.5,
        Value = null,
        Unit = unit,
        UnitText = text.Substring(unitSpan.Start, unitSpan.Length),
        Metres = null,
        Approximate = true,
        Comparator = Comparator.Approximately,
        Anchor = anchor is { } a ? text.Substring(a.Start, a.Length) : null,
        AnchorSpan = anchor,
    };
}
