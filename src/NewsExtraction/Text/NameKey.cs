namespace NewsExtraction.Text;

/// <summary>
/// Hashes token sequences without allocating: a 64-bit FNV-1a over the tokens' characters, with
/// typographic apostrophes folded to <c>'</c> and one separator between tokens, so that a name
/// written "People’s Liberation Army" and "People's Liberation Army" hash alike whatever the
/// white space between its tokens. Optionally case-folded.
/// </summary>
internal static class NameKey
{
    public const ulong Seed = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    /// <summary>Adds one token to a running hash (a separator first unless the hash is fresh).</summary>
    public static ulong Add(ulong hash, ReadOnlySpan<char> token, bool foldCase)
    {
        if (hash != Seed)
        {
            hash = (hash ^ 0x1F) * Prime;
        }

        foreach (char c0 in token)
        {
            char c = c0;
            if (c == '\u2019' || c == '\u2018' || c == '\u02BC' || c == '`')
            {
                c = '\'';
            }
            else if (c == '\u00AD')
            {
                continue;
            }
            else if (foldCase)
            {
                c = Casing.LowerInvariant(c);
            }

            hash = (hash ^ c) * Prime;
        }

        return hash;
    }

    /// <summary>The hash of a whole name, tokenised the way documents are.</summary>
    public static ulong Of(ReadOnlySpan<char> name, bool foldCase, out int tokenCount) => Of(name, foldCase, out tokenCount, out _);

    /// <summary>
    /// The hash of a whole name, tokenised the way documents are (into a pooled buffer: names are added per
    /// document, so no token list per name), and the hash of its first token (<see cref="Seed"/> when it has none).
    /// </summary>
    public static ulong Of(ReadOnlySpan<char> name, bool foldCase, out int tokenCount, out ulong firstTokenHash)
    {
        Token[] tokens = ScratchPool<Token>.Rent(Math.Max(16, name.Length));
        int count = Tokenizer.TokenizeInto(name, ref tokens);
        ulong h = Seed;
        firstTokenHash = Seed;
        for (int k = 0; k < count; k++)
        {
            Token t = tokens[k];
            h = Add(h, name.Slice(t.Span.Start, t.Span.Length), foldCase);
            if (k == 0)
            {
                firstTokenHash = h;
            }
        }

        ScratchPool<Token>.Return(tokens);
        tokenCount = count;
        return h;
    }
}

/// <summary>
/// A read-only table of names keyed by token sequence: lookups walk the document's tokens and hash
/// them incrementally, so finding the longest name at a position costs at most
/// <see cref="MaxTokens"/> dictionary probes and allocates nothing.
/// </summary>
/// <typeparam name="T">The value stored for each name.</typeparam>
internal sealed class NameTable<T>
{
    private readonly Dictionary<ulong, T> _names;
    private readonly Dictionary<ulong, int> _firstTokens;
    private readonly bool _foldCase;

    // One-bit-per-slot filters over the keys of _names and _firstTokens: most tokens a document asks about
    // are in no table, and a bit test answers them without a dictionary probe. Rebuilt larger as the table grows.
    private ulong[] _nameBits = new ulong[MinFilterWords];
    private ulong[] _firstBits = new ulong[MinFilterWords];
    private int _filterLog2 = MinFilterLog2;

    private const int MinFilterLog2 = 10;
    private const int MinFilterWords = (1 << MinFilterLog2) / 64;

    public NameTable(bool foldCase)
    {
        _foldCase = foldCase;
        _names = new Dictionary<ulong, T>();
        _firstTokens = new Dictionary<ulong, int>();
    }


    public int Count => _names.Count;

    public int MaxTokens { get; private set; }

    /// <summary>Adds a name; the first value added for a name wins. Returns false when it was already there.</summary>
    public bool Add(ReadOnlySpan<char> name, T value)
    {
        // Callers pass a slice of the document rather than a substring.
        ulong h = NameKey.Of(name, _foldCase, out int count, out ulong first);
        if (count == 0 || !_names.TryAdd(h, value))
        {
            return false;
        }

        _firstTokens[first] = Math.Max(count, _firstTokens.GetValueOrDefault(first));
        MaxTokens = Math.Max(MaxTokens, count);
        if (_names.Count << 3 > 1 << _filterLog2)
        {
            RebuildFilters(_filterLog2 + 2);
        }
        else
        {
            Set(_nameBits, h);
            Set(_firstBits, first);
        }

        return true;
    }

    /// <summary>The value of the one-token name <paramref name="token"/>, when the table holds it.</summary>
    public bool TryGetToken(ReadOnlySpan<char> token, out T? value) => TryGetHash(NameKey.Add(NameKey.Seed, token, _foldCase), out value);

    /// <summary>The value of the one-token name whose hash (same case folding as the table) is <paramref name="hash"/>.</summary>
    public bool TryGetHash(ulong hash, out T? value)
    {
        if (!Test(_nameBits, hash))
        {
            value = default;
            return false;
        }

        return _names.TryGetValue(hash, out value);
    }

    /// <summary>True when the table holds the one-token name <paramref name="token"/>.</summary>
    public bool ContainsToken(ReadOnlySpan<char> token) => TryGetHash(NameKey.Add(NameKey.Seed, token, _foldCase), out _);

    /// <summary>
    /// The longest name that starts at token <paramref name="start"/> and ends before token
    /// <paramref name="limit"/>; returns its token count (0 when none) and value.
    /// </summary>
    public int LongestAt(string text, IReadOnlyList<Token> tokens, int start, int limit, out T? value)
    {
        Token t0 = tokens[start];
        return LongestAt(text, tokens, start, limit, NameKey.Add(NameKey.Seed, text.AsSpan(t0.Span.Start, t0.Span.Length), _foldCase), out value);
    }

    /// <summary>As <see cref="LongestAt(string, IReadOnlyList{Token}, int, int, out T)"/>, with the first token's hash already computed (same case folding as the table).</summary>
    public int LongestAt(string text, IReadOnlyList<Token> tokens, int start, int limit, ulong firstHash, out T? value)
    {
        value = default;
        ulong h = firstHash;
        if (!Test(_firstBits, h) || !_firstTokens.TryGetValue(h, out int max))
        {
            return 0;
        }

        int best = 0;
        int end = Math.Min(limit, start + max);
        for (int i = start; i < end; i++)
        {
            if (i > start)
            {
                Token t = tokens[i];
                if (t.NewlineBefore)
                {
                    break;
                }

                h = NameKey.Add(h, text.AsSpan(t.Span.Start, t.Span.Length), _foldCase);
            }

            if (Test(_nameBits, h) && _names.TryGetValue(h, out T? v))
            {
                best = i - start + 1;
                value = v;
            }
        }

        return best;
    }

    private int Slot(ulong hash) => (int)((hash * 0x9E3779B97F4A7C15UL) >> (64 - _filterLog2));

    private void Set(ulong[] bits, ulong hash)
    {
        int slot = Slot(hash);
        bits[slot >> 6] |= 1UL << slot;
    }

    private bool Test(ulong[] bits, ulong hash)
    {
        int slot = Slot(hash);
        return (bits[slot >> 6] & (1UL << slot)) != 0;
    }

    /// <summary>Re-sizes both filters to 2^<paramref name="log2"/> bits and sets them from the tables' keys.</summary>
    private void RebuildFilters(int log2)
    {
        _filterLog2 = log2;
        _nameBits = new ulong[(1 << log2) / 64];
        _firstBits = new ulong[(1 << log2) / 64];
        foreach (ulong k in _names.Keys)
        {
            Set(_nameBits, k);
        }

        foreach (ulong k in _firstTokens.Keys)
        {
            Set(_firstBits, k);
        }
    }
}

/// <summary>
/// A per-document <see cref="NameTable{T}"/> (same keys, same first-value-wins and longest-match rules) on
/// open-addressing arrays rented from the per-thread scratch pool: a table built for one article costs no dictionary
/// entries and no rehash copies. <see cref="Return"/> gives the arrays back; the table is unusable afterwards.
/// </summary>
/// <typeparam name="T">The value stored for each name.</typeparam>
internal sealed class PooledNameTable<T>
{
    private readonly bool _foldCase;
    private ulong[] _keys;
    private T[] _values;
    private bool[] _used;
    private ulong[] _firstKeys;
    private int[] _firstMax; // 0 = empty slot (a name has at least one token)
    private int _mask;
    private int _firstCount;

    public PooledNameTable(bool foldCase, int expected)
    {
        _foldCase = foldCase;
        int size = 16;
        while (size < expected * 2)
        {
            size <<= 1;
        }

        _mask = size - 1;
        _keys = ScratchPool<ulong>.Rent(size);
        _values = ScratchPool<T>.Rent(size);
        _used = ScratchPool<bool>.Rent(size);
        _used.AsSpan(0, size).Clear();
        _firstKeys = ScratchPool<ulong>.Rent(size);
        _firstMax = ScratchPool<int>.Rent(size);
        _firstMax.AsSpan(0, size).Clear();
    }

    public int Count { get; private set; }

    /// <summary>Adds a name; the first value added for a name wins. Returns false when it was already there (or has no token).</summary>
    public bool Add(ReadOnlySpan<char> name, T value)
    {
        ulong h = NameKey.Of(name, _foldCase, out int count, out ulong first);
        return count != 0 && Add(h, first, count, value);
    }

    /// <summary>Adds a one-token name (a word of the document, not tokenised again); the first value added wins.</summary>
    public bool AddToken(ReadOnlySpan<char> token, T value)
    {
        ulong h = NameKey.Add(NameKey.Seed, token, _foldCase);
        return Add(h, h, 1, value);
    }

    private bool Add(ulong h, ulong first, int count, T value)
    {
        int i = Slot(h);
        while (_used[i])
        {
            if (_keys[i] == h)
            {
                return false;
            }

            i = (i + 1) & _mask;
        }

        _used[i] = true;
        _keys[i] = h;
        _values[i] = value;
        Count++;

        int f = Slot(first);
        while (_firstMax[f] != 0 && _firstKeys[f] != first)
        {
            f = (f + 1) & _mask;
        }

        if (_firstMax[f] == 0)
        {
            _firstKeys[f] = first;
            _firstCount++;
        }

        _firstMax[f] = Math.Max(_firstMax[f], count);
        if (Math.Max(Count, _firstCount) * 2 > _mask + 1)
        {
            Grow();
        }

        return true;
    }

    /// <summary>The value of the one-token name <paramref name="token"/>, when the table holds it.</summary>
    public bool TryGetToken(ReadOnlySpan<char> token, out T? value) => TryGetHash(NameKey.Add(NameKey.Seed, token, _foldCase), out value);

    /// <summary>The value of the name whose whole hash (same case folding as the table) is <paramref name="hash"/>.</summary>
    public bool TryGetHash(ulong hash, out T? value)
    {
        int k = Slot(hash);
        while (_used[k])
        {
            if (_keys[k] == hash)
            {
                value = _values[k];
                return true;
            }

            k = (k + 1) & _mask;
        }

        value = default;
        return false;
    }

    /// <summary>As <see cref="NameTable{T}.LongestAt(string, IReadOnlyList{Token}, int, int, out T)"/>.</summary>
    public int LongestAt(string text, List<Token> tokens, int start, int limit, out T? value)
    {
        value = default;
        Token t0 = tokens[start];
        ulong h = NameKey.Add(NameKey.Seed, text.AsSpan(t0.Span.Start, t0.Span.Length), _foldCase);
        int f = Slot(h);
        int max = 0;
        while (_firstMax[f] != 0)
        {
            if (_firstKeys[f] == h)
            {
                max = _firstMax[f];
                break;
            }

            f = (f + 1) & _mask;
        }

        if (max == 0)
        {
            return 0;
        }

        int best = 0;
        int end = Math.Min(limit, start + max);
        for (int i = start; i < end; i++)
        {
            if (i > start)
            {
                Token t = tokens[i];
                if (t.NewlineBefore)
                {
                    break;
                }

                h = NameKey.Add(h, text.AsSpan(t.Span.Start, t.Span.Length), _foldCase);
            }

            int k = Slot(h);
            while (_used[k])
            {
                if (_keys[k] == h)
                {
                    best = i - start + 1;
                    value = _values[k];
                    break;
                }

                k = (k + 1) & _mask;
            }
        }

        return best;
    }

    /// <summary>Gives the arrays back to the per-thread scratch pool.</summary>
    public void Return()
    {
        ScratchPool<ulong>.Return(_keys);
        ScratchPool<T>.Return(_values);
        ScratchPool<bool>.Return(_used);
        ScratchPool<ulong>.Return(_firstKeys);
        ScratchPool<int>.Return(_firstMax);
        _keys = _firstKeys = [];
        _values = [];
        _used = [];
        _firstMax = [];
    }

    private int Slot(ulong hash) => (int)((hash * 0x9E3779B97F4A7C15UL) >> 32) & _mask;

    private void Grow()
    {
        ulong[] keys = _keys, firstKeys = _firstKeys;
        T[] values = _values;
        bool[] used = _used;
        int[] firstMax = _firstMax;
        int oldSize = _mask + 1;
        int size = oldSize * 2;
        _mask = size - 1;
        _keys = ScratchPool<ulong>.Rent(size);
        _values = ScratchPool<T>.Rent(size);
        _used = ScratchPool<bool>.Rent(size);
        _used.AsSpan(0, size).Clear();
        _firstKeys = ScratchPool<ulong>.Rent(size);
        _firstMax = ScratchPool<int>.Rent(size);
        _firstMax.AsSpan(0, size).Clear();
        for (int j = 0; j < oldSize; j++)
        {
            if (used[j])
            {
                int i = Slot(keys[j]);
                while (_used[i])
                {
                    i = (i + 1) & _mask;
                }

                _used[i] = true;
                _keys[i] = keys[j];
                _values[i] = values[j];
            }

            if (firstMax[j] != 0)
            {
                int f = Slot(firstKeys[j]);
                while (_firstMax[f] != 0)
                {
                    f = (f + 1) & _mask;
                }

                _firstKeys[f] = firstKeys[j];
                _firstMax[f] = firstMax[j];
            }
        }

        ScratchPool<ulong>.Return(keys);
        ScratchPool<T>.Return(values);
        ScratchPool<bool>.Return(used);
        ScratchPool<ulong>.Return(firstKeys);
        ScratchPool<int>.Return(firstMax);
    }
}
