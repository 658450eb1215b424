using System.IO.Compression;
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

    /// <summary>The end (exclusive) of the organisation span whose B tag is at <paramref name="i"/>: the run of I tags after it.</summary>
    internal static int OrgSpanEnd(int[] tags, int i)
    {
        int e = i + 1;
        while (e < tags.Length && tags[e] == TagIOrg)
        {
            e++;
        }

        return e;
    }
    public const int TagIOrg = 4;
    public const int TagBLoc = 5;
    public const int TagILoc = 6;

    /// <summary>The embedded resource holding the weights.</summary>
    public const string ResourceName = "NewsExtraction.Organisations.org-model.bin";

    private const uint Magic = 0x4D47524F; // "ORGM"
    private const int Version = 2;

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

    /// <summary>Writes dense float weights (Buckets × Classes, bucket-major) in the compressed model format.</summary>
    public static void Write(Stream output, float[] weights)
    {
        ArgumentOutOfRangeException.ThrowIfNotEqual(weights.Length, Buckets * Classes);
        float max = 0;
        foreach (float w in weights)
        {
            max = Math.Max(max, Math.Abs(w));
        }

        float scale = max > 0 ? max / short.MaxValue : 1f;
        using var deflate = new DeflateStream(output, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new BinaryWriter(deflate);
        writer.Write(Magic);
        writer.Write(Version);
        writer.Write(Bits);
        writer.Write(Classes);
        writer.Write(scale);
        var q = new short[Classes];
        int previous = -1;
        for (int b = 0; b < Buckets; b++)
        {
            bool any = false;
            for (int c = 0; c < Classes; c++)
            {
                q[c] = (short)Math.Clamp(MathF.Round(weights[(b * Classes) + c] / scale), short.MinValue, short.MaxValue);
                any |= q[c] != 0;
            }

            if (!any)
            {
                continue;
            }

            writer.Write7BitEncodedInt(b - previous);
            previous = b;
            foreach (short v in q)
            {
                writer.Write(v);
            }
        }

        writer.Write7BitEncodedInt(0);
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
    /// <exception cref="InvalidDataException">The stream is not a model of this shape.</exception>
    public static OrganisationModel Read(Stream input)
    {
        // Inflate in one go, then parse from memory (much faster than many small reads through the inflater).
        byte[] data;
        using (var deflate = new DeflateStream(input, CompressionMode.Decompress, leaveOpen: true))
        using (var buffer = new MemoryStream())
        {
            deflate.CopyTo(buffer);
            data = buffer.ToArray();
        }

        ReadOnlySpan<byte> d = data;
        int p = 0;
        if (d.Length < 20 || ReadInt32(d, ref p) != unchecked((int)Magic) || ReadInt32(d, ref p) != Version || ReadInt32(d, ref p) != Bits || ReadInt32(d, ref p) != Classes)
        {
            throw new InvalidDataException("The organisation model has an unexpected format.");
        }

        float scale = BitConverter.Int32BitsToSingle(ReadInt32(d, ref p));
        var weights = new short[Buckets * Classes];
        int b = -1;
        while (true)
        {
            int delta = Read7Bit(d, ref p);
            if (delta == 0)
            {
                break;
            }

            b += delta;
            if ((uint)b >= Buckets || p + (2 * Classes) > d.Length)
            {
                throw new InvalidDataException("The organisation model is damaged.");
            }

            for (int c = 0; c < Classes; c++)
            {
                weights[(b * Classes) + c] = System.Buffers.Binary.BinaryPrimitives.ReadInt16LittleEndian(d.Slice(p, 2));
                p += 2;
            }
        }

        return new OrganisationModel(weights, scale);
    }

    private static int ReadInt32(ReadOnlySpan<byte> d, ref int p)
    {
        if (p + 4 > d.Length)
        {
            throw new InvalidDataException("The organisation model is truncated.");
        }

        int v = System.Buffers.Binary.BinaryPrimitives.ReadInt32LittleEndian(d.Slice(p, 4));
        p += 4;
        return v;
    }

    private static int Read7Bit(ReadOnlySpan<byte> d, ref int p)
    {
        int result = 0;
        for (int shift = 0; shift < 35; shift += 7)
        {
            if (p >= d.Length)
            {
                throw new InvalidDataException("The organisation model is truncated.");
            }

            byte x = d[p++];
            result |= (x & 0x7F) << shift;
            if ((x & 0x80) == 0)
            {
                return result;
            }
        }

        throw new InvalidDataException("The organisation model is damaged.");
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
            char c = Casing.LowerInvariant(c0);
            if (c is '\u2019' or '\u2018' or '\u02BC')
            {
                c = '\'';
            }
            else if (c is >= '0' and <= '9')
            {
                c = '0';
            }

            h = (h ^ c) * Prime;
        }

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
            char k = char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : c;
            if (k == last)
            {
                if (++repeat >= 2)
                {
                    continue;
                }
            }
            else
            {
                repeat = 0;
            }

            last = k;
            h = (h ^ k) * Prime;
        }

        return h;
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
