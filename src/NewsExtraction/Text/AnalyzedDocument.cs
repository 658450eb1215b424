namespace NewsExtraction.Text;

/// <summary>
/// The shared text analysis of one article, computed once and read by every extractor: lines,
/// paragraphs, tokens, sentences and the page layout (headline, byline, body, boilerplate).
/// All spans are UTF-16 offsets into <see cref="Text"/>, which is the caller's string unchanged.
/// Immutable once built.
/// </summary>
public sealed class AnalyzedDocument
{
    private readonly List<Token> _tokens;
    private readonly List<Sentence> _sentences;
    private readonly List<TextSpan> _paragraphs;
    private readonly List<TextSpan> _lines;

    private AnalyzedDocument(string text, List<TextSpan> lines, List<TextSpan> paragraphs, List<Token> tokens, List<Sentence> sentences, DocumentLayout layout)
    {
        Text = text;
        _lines = lines;
        _paragraphs = paragraphs;
        _tokens = tokens;
        _sentences = sentences;
        Layout = layout;
    }

    /// <summary>The text, exactly as given.</summary>
    public string Text { get; }

    /// <summary>The non-blank lines, trimmed of surrounding white space.</summary>
    public IReadOnlyList<TextSpan> Lines => _lines;

    /// <summary>The paragraphs: runs of non-blank lines separated by blank lines.</summary>
    public IReadOnlyList<TextSpan> Paragraphs => _paragraphs;

    /// <summary>The tokens, in order.</summary>
    public IReadOnlyList<Token> Tokens => _tokens;

    /// <summary>The tokens as the concrete list, for hot loops inside the library (no interface calls).</summary>
    internal List<Token> TokenList => _tokens;

    /// <summary>The sentences, in order.</summary>
    public IReadOnlyList<Sentence> Sentences => _sentences;

    /// <summary>The page layout: which blocks are headline, byline, dateline, body or boilerplate.</summary>
    public DocumentLayout Layout { get; }

    /// <summary>Analyses a text.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static AnalyzedDocument Analyze(string text, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        List<TextSpan> lines = SplitLines(text);
        List<TextSpan> paragraphs = SplitParagraphs(text, lines);
        List<Token> tokens = Tokenizer.Tokenize(text, cancellationToken);
        List<Sentence> sentences = SentenceSplitter.Split(text, tokens);
        cancellationToken.ThrowIfCancellationRequested();
        DocumentLayout layout = BodyDetector.Detect(text, lines, paragraphs);
        return new AnalyzedDocument(text, lines, paragraphs, tokens, sentences, layout);
    }

    /// <summary>The characters a span covers.</summary>
    public ReadOnlySpan<char> Slice(TextSpan span) => Text.AsSpan(span.Start, span.Length);

    /// <summary>The index of the sentence containing <paramref name="offset"/>, or of the sentence just before it; -1 when there is none.</summary>
    public int SentenceIndexAt(int offset)
    {
        int lo = 0, hi = _sentences.Count - 1, found = -1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            if (_sentences[mid].Span.Start <= offset)
            {
                found = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return found;
    }

    /// <summary>The index of the first token that ends after <paramref name="offset"/>; <see cref="Tokens"/>.Count when none does.</summary>
    public int TokenIndexAt(int offset)
    {
        int lo = 0, hi = _tokens.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (_tokens[mid].Span.End <= offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    /// <summary>The index of the paragraph containing <paramref name="offset"/>, or -1.</summary>
    public int ParagraphIndexAt(int offset)
    {
        int lo = 0, hi = _paragraphs.Count - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            TextSpan p = _paragraphs[mid];
            if (offset < p.Start)
            {
                hi = mid - 1;
            }
            else if (offset >= p.End)
            {
                lo = mid + 1;
            }
            else
            {
                return mid;
            }
        }

        return -1;
    }

    private static List<TextSpan> SplitLines(string text)
    {
        var lines = new ScratchList<TextSpan>(text.Length / 32);
        ReadOnlySpan<char> s = text.AsSpan();
        int i = 0;
        while (i <= s.Length)
        {
            int nl = s.Slice(i).IndexOfAny('\n', '\r');
            int end = nl < 0 ? s.Length : i + nl;
            int a = i, b = end;
            while (a < b && char.IsWhiteSpace(s[a]))
            {
                a++;
            }

            while (b > a && char.IsWhiteSpace(s[b - 1]))
            {
                b--;
            }

            if (b > a)
            {
                lines.Add(TextSpan.FromBounds(a, b));
            }

            if (nl < 0)
            {
                break;
            }

            i = end + 1;
            if (s[end] == '\r' && i < s.Length && s[i] == '\n')
            {
                i++;
            }
        }

        return lines.ToList();
    }

    private static List<TextSpan> SplitParagraphs(string text, List<TextSpan> lines)
    {
        var paragraphs = new ScratchList<TextSpan>(lines.Count / 2);
        ReadOnlySpan<char> s = text.AsSpan();
        int k = 0;
        while (k < lines.Count)
        {
            int start = lines[k].Start;
            int end = lines[k].End;
            int m = k + 1;
            while (m < lines.Count && CountNewlines(s, end, lines[m].Start) < 2)
            {
                end = lines[m].End;
                m++;
            }

            paragraphs.Add(TextSpan.FromBounds(start, end));
            k = m;
        }

        return paragraphs.ToList();
    }

    internal static int CountNewlines(ReadOnlySpan<char> s, int from, int to)
    {
        int n = 0;
        for (int i = from; i < to; i++)
        {
            if (s[i] == '\n')
            {
                n++;
            }
        }

        return n;
    }
}
