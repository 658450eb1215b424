using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using NewsExtraction.Text;

namespace NewsExtraction.Organisations;

/// <summary>
/// The weights of the averaged-perceptron name tagger: hashed features (2^<see cref="Bits"/> buckets)
/// by <see cref="Classes"/> BIO tags over PER, ORG and LOC. Stored in the assembly as a
/// deflate-compressed, sparse, 16-bit quantised table (<see cref="ResourceName"/>), expanded on first
/// use into one dense array that is read-only afterwards (so thread-safe). Trained by
/// <c>src/NewsExtraction.Training</c> (see docs/organisations.md). Absent resource: no model.
/// </summary>
internal sealed class OrganisationModel
{
    /// <summary>The number of tags: O, B-PER, I-PER, B-ORG, I-ORG, B-LOC, I-LOC.</summary>
    public const int Classes = 7;

    /// <summary>log2 of the number of feature buckets.</summary>
    public const int Bits = 18;

    /// <summary>The number of feature buckets.</summary>
    public const int Buckets = 1 << Bits;

    public const int TagO = 0;
    public const int TagBPer = 1;
    public const int TagIPer = 2;
    public const int TagBOrg = 3;

    /// <summary>
    /// The next organisation span at or after <paramref name="i"/> (a B tag and the run of I tags after it):
    /// its first token and its end (exclusive); <paramref name="i"/> moves to that end. False when none is left.
    /// </summary>
    internal static bool NextOrgSpan(ReadOnlySpan<int> tags, ref int i, out int first, out int end)
    {
        while (i < tags.Length && tags[i] != TagBOrg)
        {
            i++;
        }

        first = end = i;
        if (i >= tags.Length)
        {
            return false;
        }

        end = i + 1;
        while (end < tags.Length && tags[end] == TagIOrg)
        {
            end++;
        }

        i = end;
        return true;
    }
    public const int TagIOrg = 4;
    public const int TagBLoc = 5;
    public const int TagILoc = 6;

    /// <summary>The embedded resource holding the weights.</summary>
    public const string ResourceName = "NewsExtraction.Organisations.org-model.bin";

    private const uint Magic = 0x4D47524F; // "ORGM"
    private const int Version = 3;
    private const int HeaderBytes = 20;

    private static readonly Lazy<OrganisationModel?> Shared = new(LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);

    // Bucket-major: the Classes weights of one bucket are adjacent (one cache line per feature).
    private readonly short[] _weights;
    private readonly float _scale;

    private OrganisationModel(short[] weights, float scale)
    {
        _weights = weights;
        _scale = scale;
    }

    /// <summary>The embedded model, loaded once on first use (thread-safe); null when the assembly carries none.</summary>
    public static OrganisationModel? Instance => Override ?? Shared.Value;

    /// <summary>The embedded model itself, ignoring <see cref="Override"/>.</summary>
    public static OrganisationModel? Embedded => Shared.Value;

    /// <summary>A model used instead of the embedded one (the training command sets it to score a fresh model); null normally.</summary>
    internal static OrganisationModel? Override { get; set; }

    /// <summary>The value of one quantisation step.</summary>
    public float Scale => _scale;

    /// <summary>The number of buckets with a non-zero weight.</summary>
    public int NonZeroBuckets
    {
        get
        {
            int n = 0;
            for (int b = 0; b < Buckets; b++)
            {
                for (int c = 0; c < Classes; c++)
                {
                    if (_weights[(b * Classes) + c] != 0)
                    {
                        n++;
                        break;
                    }
                }
            }

            return n;
        }
    }

    /// <summary>Adds the (quantised) weights of <paramref name="features"/> to <paramref name="sum"/>, one entry per tag.</summary>
    public void Accumulate(ReadOnlySpan<int> features, Span<int> sum)
    {
        short[] w = _weights;
        if (Avx2.IsSupported && sum.Length >= Classes)
        {
            // One 16-byte load per feature (the bucket's seven weights and the next bucket's first, which is
            // ignored; the table has one short of padding at its end), widened to eight ints and summed in a
            // register. Integer sums: the same totals as the scalar loop.
            ref short w0 = ref MemoryMarshal.GetArrayDataReference(w);
            Vector256<int> acc = Vector256<int>.Zero;
            foreach (int f in features)
            {
                // The mask keeps the unchecked load inside the table whatever the caller passes (features come from
                // FeatureHash.Bucket, always below Buckets, so it changes nothing for them).
                Vector128<short> v = Vector128.LoadUnsafe(ref w0, (nuint)(((uint)f & (Buckets - 1)) * Classes));
                acc = Avx2.Add(acc, Avx2.ConvertToVector256Int32(v));
            }

            sum[0] += acc.GetElement(0);
            sum[1] += acc.GetElement(1);
            sum[2] += acc.GetElement(2);
            sum[3] += acc.GetElement(3);
            sum[4] += acc.GetElement(4);
            sum[5] += acc.GetElement(5);
            sum[6] += acc.GetElement(6);
            return;
        }

        foreach (int f in features)
        {
            int b = f * Classes;
            sum[0] += w[b];
            sum[1] += w[b + 1];
            sum[2] += w[b + 2];
            sum[3] += w[b + 3];
            sum[4] += w[b + 4];
            sum[5] += w[b + 5];
            sum[6] += w[b + 6];
        }
    }

    /// <summary>
    /// Writes dense float weights (Buckets × Classes, bucket-major) in the model format: a 20-byte header
    /// (magic, version, bits, classes, scale) and the weights quantised to little-endian int16, uncompressed,
    /// so that loading is one copy out of the assembly image (no inflating; the package's zip compresses it).
    /// </summary>
    public static void Write(Stream output, float[] weights)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentOutOfRangeException.ThrowIfNotEqual(weights.Length, Buckets * Classes);
        float max = 0;
        foreach (float w in weights)
        {
            max = Math.Max(max, Math.Abs(w));
        }

        float scale = max > 0 ? max / short.MaxValue : 1f;
        Span<byte> header = stackalloc byte[HeaderBytes];
        BinaryPrimitives.WriteUInt32LittleEndian(header, Magic);
        BinaryPrimitives.WriteInt32LittleEndian(header[4..], Version);
        BinaryPrimitives.WriteInt32LittleEndian(header[8..], Bits);
        BinaryPrimitives.WriteInt32LittleEndian(header[12..], Classes);
        BinaryPrimitives.WriteSingleLittleEndian(header[16..], scale);
        output.Write(header);
        var row = new byte[Classes * 2 * 1024];
        for (int i = 0; i < weights.Length; i += row.Length / 2)
        {
            int n = Math.Min(row.Length / 2, weights.Length - i);
            for (int k = 0; k < n; k++)
            {
                short q = (short)Math.Clamp(MathF.Round(weights[i + k] / scale), short.MinValue, short.MaxValue);
                BinaryPrimitives.WriteInt16LittleEndian(row.AsSpan(k * 2), q);
            }

            output.Write(row, 0, n * 2);
        }
    }

    /// <summary>A model from dense float weights, quantised exactly as when written and read back.</summary>
    public static OrganisationModel FromWeights(float[] weights)
    {
        using var buffer = new MemoryStream();
        Write(buffer, weights);
        buffer.Position = 0;
        return Read(buffer);
    }

    /// <summary>Reads a model written by <see cref="Write"/>.</summary>
    /// <exception cref="InvalidDataException">The stream is not a model of this shape, or is truncated or too long.</exception>
    public static OrganisationModel Read(Stream input)
    {
        ArgumentNullException.ThrowIfNull(input);
        Span<byte> header = stackalloc byte[HeaderBytes];
        if (input.ReadAtLeast(header, HeaderBytes, throwOnEndOfStream: false) != HeaderBytes
            || BinaryPrimitives.ReadUInt32LittleEndian(header) != Magic
            || BinaryPrimitives.ReadInt32LittleEndian(header[4..]) != Version
            || BinaryPrimitives.ReadInt32LittleEndian(header[8..]) != Bits
            || BinaryPrimitives.ReadInt32LittleEndian(header[12..]) != Classes)
        {
            throw new InvalidDataException("The organisation model has an unexpected format.");
        }

        float scale = BinaryPrimitives.ReadSingleLittleEndian(header[16..]);
        if (!float.IsFinite(scale) || scale <= 0)
        {
            throw new InvalidDataException("The organisation model is damaged.");
        }

        // One short of padding after the table: Accumulate reads eight shorts from the last bucket's seven.
        var weights = new short[(Buckets * Classes) + 1];
        Span<byte> bytes = MemoryMarshal.AsBytes(weights.AsSpan(0, Buckets * Classes));
        if (input.ReadAtLeast(bytes, bytes.Length, throwOnEndOfStream: false) != bytes.Length)
        {
            throw new InvalidDataException("The organisation model is truncated.");
        }

        if (input.ReadByte() != -1)
        {
            throw new InvalidDataException("The organisation model is damaged (longer than its shape).");
        }

        if (!BitConverter.IsLittleEndian)
        {
            BinaryPrimitives.ReverseEndianness(weights.AsSpan(0, Buckets * Classes), weights.AsSpan(0, Buckets * Classes));
        }

        return new OrganisationModel(weights, scale);
    }

    private static OrganisationModel? LoadEmbedded()
    {
        using Stream? s = typeof(OrganisationModel).Assembly.GetManifestResourceStream(ResourceName);
        return s is null ? null : Read(s);
    }

    /// <summary>The tag of a training label ("B-ORG", "I-PER", "O"; MISC and anything else count as O).</summary>
    public static int TagOf(ReadOnlySpan<char> label) => label switch
    {
        "B-PER" => TagBPer,
        "I-PER" => TagIPer,
        "B-ORG" => TagBOrg,
        "I-ORG" => TagIOrg,
        "B-LOC" => TagBLoc,
        "I-LOC" => TagILoc,
        _ => TagO,
    };

    /// <summary>True when <paramref name="tag"/> may follow <paramref name="previous"/> (an I- tag continues its own type).</summary>
    public static bool Allowed(int previous, int tag) => tag is not (TagIPer or TagIOrg or TagILoc) || previous == tag || previous == tag - 1;
}

/// <summary>Hashing of feature templates and values into model buckets, without allocation.</summary>
internal static class FeatureHash
{
    private const uint Offset = 2166136261;
    private const uint Prime = 16777619;

    /// <summary>FNV-1a of a token's text, lower-cased, digits folded to 0 and typographic apostrophes to '.</summary>
    public static uint Word(ReadOnlySpan<char> s)
    {
        uint h = Offset;
        foreach (char c0 in s)
        {
            h = (h ^ WordChar(c0)) * Prime;
        }

        return h;
    }

    /// <summary>
    /// <see cref="Word"/> and <see cref="Shape"/> of the same token in one pass (the same two values), with the
    /// ASCII letters and digits classified inline.
    /// </summary>
    public static uint WordAndShape(ReadOnlySpan<char> s, out uint shape)
    {
        uint h = Offset, hs = Offset;
        char last = '\0';
        int repeat = 0;
        foreach (char c0 in s)
        {
            char c, k;
            if ((uint)(c0 - 'A') <= 'Z' - 'A')
            {
                c = (char)(c0 | 0x20);
                k = 'X';
            }
            else if ((uint)(c0 - 'a') <= 'z' - 'a')
            {
                c = c0;
                k = 'x';
            }
            else if ((uint)(c0 - '0') <= 9)
            {
                c = '0';
                k = 'd';
            }
            else
            {
                c = WordChar(c0);
                k = ShapeChar(c0);
            }

            h = (h ^ c) * Prime;
            AddShape(ref hs, ref last, ref repeat, k);
        }

        shape = hs;
        return h;
    }

    /// <summary>The word shape ("Xxxx" → "Xx", "NATO" → "XX", "F-16" → "X-dd"), runs of three or more folded to two.</summary>
    public static uint Shape(ReadOnlySpan<char> s)
    {
        uint h = Offset;
        char last = '\0';
        int repeat = 0;
        foreach (char c in s)
        {
            AddShape(ref h, ref last, ref repeat, ShapeChar(c));
        }

        return h;
    }

    /// <summary>A character as <see cref="Word"/> hashes it: lower case, digits as 0, typographic apostrophes as '.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static char WordChar(char c0)
    {
        char c = Casing.LowerInvariant(c0);
        return c is '\u2019' or '\u2018' or '\u02BC' ? '\'' : c is >= '0' and <= '9' ? '0' : c;
    }

    /// <summary>A character's shape class: X upper, x lower, d digit, anything else itself.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static char ShapeChar(char c) => char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : c;

    /// <summary>Adds a shape class to a shape hash; a class repeated more than twice in a row adds nothing.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static void AddShape(ref uint h, ref char last, ref int repeat, char k)
    {
        if (k == last)
        {
            if (++repeat >= 2)
            {
                return;
            }
        }
        else
        {
            repeat = 0;
        }

        last = k;
        h = (h ^ k) * Prime;
    }

    /// <summary>Combines a template number with a value.</summary>
    public static uint Mix(int template, uint value)
    {
        uint h = (value ^ ((uint)template * 0x9E3779B1u)) * 0x85EBCA6Bu;
        return h ^ (h >> 13);
    }

    /// <summary>Combines a template number with two values.</summary>
    public static uint Mix(int template, uint a, uint b) => Mix(template, a ^ ((b * 0xC2B2AE35u) + 0x27D4EB2Fu));

    /// <summary>The bucket of a feature hash.</summary>
    public static int Bucket(uint h)
    {
        h ^= h >> 15;
        h *= 0x2C1B3C6Du;
        h ^= h >> 12;
        h *= 0x297A2D39u;
        h ^= h >> 15;
        return (int)(h >> (32 - OrganisationModel.Bits));
    }
}
