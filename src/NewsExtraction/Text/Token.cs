namespace NewsExtraction.Text;

/// <summary>The broad class of a token.</summary>
public enum TokenKind
{
    /// <summary>Letters, possibly with inner hyphens, apostrophes or digits ("Belarus-Ukraine", "F-16", "don't").</summary>
    Word,

    /// <summary>Digits, possibly with inner separators ("1,200", "1.5") or an ordinal suffix ("8th").</summary>
    Number,

    /// <summary>One punctuation mark, or a run of periods ("...").</summary>
    Punctuation,

    /// <summary>Any other symbol ("$", "%", "©", "•").</summary>
    Symbol,

    /// <summary>A URL, e-mail address or web domain; never split into words.</summary>
    Url,
}

/// <summary>The letter case of a word token.</summary>
public enum TokenCase
{
    /// <summary>No letters, or mixed without a leading capital.</summary>
    Other,

    /// <summary>All letters lower case.</summary>
    Lower,

    /// <summary>First letter upper case, the rest not all upper case ("Belarus", "McDonald").</summary>
    Capitalized,

    /// <summary>All letters upper case, two letters or more ("NATO").</summary>
    Upper,
}

/// <summary>One token of the analysed text: a span and its class. No string is allocated per token.</summary>
/// <remarks>A token is at most <see cref="MaxLength"/> characters long; the tokenizer splits longer runs.</remarks>
public readonly record struct Token
{
    /// <summary>The longest token, in UTF-16 code units (2^24 − 1): the length shares one word with the kind, case and newline flag.</summary>
    public const int MaxLength = (1 << LengthBits) - 1;

    // The start, then the length, kind, case and newline flag packed in one word: the token list is the largest
    // allocation of the shared analysis, and this keeps a token at 8 bytes (it was 20, then 12).
    private const int LengthBits = 24;
    private const uint LengthMask = (1u << LengthBits) - 1;
    private const int KindShift = LengthBits;
    private const uint KindMask = 0xFu << KindShift;
    private const int CaseShift = KindShift + 4;
    private const uint CaseMask = 0x7u << CaseShift;
    private const uint NewlineBit = 1u << 31;

    private readonly int _start;
    private readonly uint _bits;

    /// <summary>One token of the analysed text: a span and its class.</summary>
    /// <param name="Span">Where the token stands in the text; at most <see cref="MaxLength"/> long.</param>
    /// <param name="Kind">The broad class of the token.</param>
    /// <param name="Case">The letter case of the token.</param>
    /// <param name="NewlineBefore">True when a line break separates the token from the previous one.</param>
    /// <exception cref="ArgumentOutOfRangeException">The span is longer than <see cref="MaxLength"/>, or the kind or case is not a defined value.</exception>
    public Token(TextSpan Span, TokenKind Kind, TokenCase Case, bool NewlineBefore)
    {
        _start = Span.Start;
        _bits = Pack(CheckedLength(Span.Length), Kind, Case, NewlineBefore);
    }

    /// <summary>Where the token stands in the text.</summary>
    public TextSpan Span
    {
        get => new(_start, (int)(_bits & LengthMask), trusted: true);
        init
        {
            _start = value.Start;
            _bits = Pack(CheckedLength(value.Length), Kind, Case, NewlineBefore);
        }
    }

    /// <summary>The broad class of the token.</summary>
    public TokenKind Kind
    {
        get => (TokenKind)((_bits & KindMask) >> KindShift);
        init => _bits = Pack(Span.Length, value, Case, NewlineBefore);
    }

    /// <summary>The letter case of the token.</summary>
    public TokenCase Case
    {
        get => (TokenCase)((_bits & CaseMask) >> CaseShift);
        init => _bits = Pack(Span.Length, Kind, value, NewlineBefore);
    }

    /// <summary>True when a line break separates the token from the previous one.</summary>
    public bool NewlineBefore
    {
        get => (_bits & NewlineBit) != 0;
        init => _bits = Pack(Span.Length, Kind, Case, value);
    }

    /// <summary>Deconstructs the token into its span, kind, case and newline flag.</summary>
    /// <param name="Span">Where the token stands in the text.</param>
    /// <param name="Kind">The broad class of the token.</param>
    /// <param name="Case">The letter case of the token.</param>
    /// <param name="NewlineBefore">True when a line break separates the token from the previous one.</param>
    public void Deconstruct(out TextSpan Span, out TokenKind Kind, out TokenCase Case, out bool NewlineBefore)
    {
        Span = this.Span;
        Kind = this.Kind;
        Case = this.Case;
        NewlineBefore = this.NewlineBefore;
    }

    private static int CheckedLength(int length) =>
        (uint)length <= MaxLength ? length : throw new ArgumentOutOfRangeException(nameof(Span), length, $"A token is at most {MaxLength} characters long.");

    private static uint Pack(int length, TokenKind kind, TokenCase @case, bool newline)
    {
        if ((uint)kind > 0xF)
        {
            throw new ArgumentOutOfRangeException(nameof(Kind), kind, "Not a token kind.");
        }

        if ((uint)@case > 0x7)
        {
            throw new ArgumentOutOfRangeException(nameof(Case), @case, "Not a token case.");
        }

        return (uint)length | ((uint)kind << KindShift) | ((uint)@case << CaseShift) | (newline ? NewlineBit : 0);
    }
}

/// <summary>A sentence: its span and the range of its tokens in <see cref="AnalyzedDocument.Tokens"/>.</summary>
/// <param name="Span">Where the sentence stands in the text.</param>
/// <param name="FirstToken">The index of the sentence's first token.</param>
/// <param name="TokenCount">The number of tokens in the sentence.</param>
public readonly record struct Sentence(TextSpan Span, int FirstToken, int TokenCount);
