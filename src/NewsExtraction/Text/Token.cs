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
public readonly record struct Token
{
    // Kind, case and the newline flag packed in one int: the token list is the largest allocation of the
    // shared analysis, and this keeps a token at 12 bytes instead of 20.
    private const int KindMask = 0xFF;
    private const int CaseShift = 8;
    private const int CaseMask = 0xFF << CaseShift;
    private const int NewlineBit = 1 << 16;

    private readonly int _bits;

    /// <summary>One token of the analysed text: a span and its class.</summary>
    /// <param name="Span">Where the token stands in the text.</param>
    /// <param name="Kind">The broad class of the token.</param>
    /// <param name="Case">The letter case of the token.</param>
    /// <param name="NewlineBefore">True when a line break separates the token from the previous one.</param>
    public Token(TextSpan Span, TokenKind Kind, TokenCase Case, bool NewlineBefore)
    {
        this.Span = Span;
        _bits = Pack(Kind, Case, NewlineBefore);
    }

    /// <summary>Where the token stands in the text.</summary>
    public TextSpan Span { get; init; }

    /// <summary>The broad class of the token.</summary>
    public TokenKind Kind
    {
        get => (TokenKind)(sbyte)(_bits & KindMask);
        init => _bits = Pack(value, Case, NewlineBefore);
    }

    /// <summary>The letter case of the token.</summary>
    public TokenCase Case
    {
        get => (TokenCase)(sbyte)((_bits & CaseMask) >> CaseShift);
        init => _bits = Pack(Kind, value, NewlineBefore);
    }

    /// <summary>True when a line break separates the token from the previous one.</summary>
    public bool NewlineBefore
    {
        get => (_bits & NewlineBit) != 0;
        init => _bits = Pack(Kind, Case, value);
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

    private static int Pack(TokenKind kind, TokenCase @case, bool newline) =>
        ((int)kind & KindMask) | (((int)@case << CaseShift) & CaseMask) | (newline ? NewlineBit : 0);
}

/// <summary>A sentence: its span and the range of its tokens in <see cref="AnalyzedDocument.Tokens"/>.</summary>
/// <param name="Span">Where the sentence stands in the text.</param>
/// <param name="FirstToken">The index of the sentence's first token.</param>
/// <param name="TokenCount">The number of tokens in the sentence.</param>
public readonly record struct Sentence(TextSpan Span, int FirstToken, int TokenCount);
