namespace NewsExtraction.Text;

/// <summary>The role of a block of a scraped page.</summary>
public enum BlockKind
{
    /// <summary>The article's headline.</summary>
    Headline,

    /// <summary>An author, agency or outlet line.</summary>
    Byline,

    /// <summary>A line that dates the article ("Thursday, July 11, 2024").</summary>
    Dateline,

    /// <summary>The article's text.</summary>
    Body,

    /// <summary>Anything else on the page: navigation, teasers, share bars, newsletter boxes, comments, footers.</summary>
    Boilerplate,
}

/// <summary>A block of the page (a line or paragraph) and its role.</summary>
/// <param name="Span">Where the block stands in the text.</param>
/// <param name="Kind">The role of the block.</param>
public readonly record struct LayoutBlock(TextSpan Span, BlockKind Kind);

/// <summary>
/// The layout of a page: each block's role, the headline, byline and dateline when present, and
/// the body spans. The headline, byline, dateline and body together are the article's content;
/// the rest is boilerplate.
/// </summary>
public sealed class DocumentLayout
{
    private readonly LayoutBlock[] _blocks;

    internal DocumentLayout(LayoutBlock[] blocks)
    {
        _blocks = blocks;
        var body = new List<TextSpan>();
        for (int i = 0; i < blocks.Length; i++)
        {
            LayoutBlock b = blocks[i];
            switch (b.Kind)
            {
                case BlockKind.Headline when Headline is null:
                    Headline = b.Span;
                    break;
                case BlockKind.Byline when Byline is null:
                    Byline = b.Span;
                    break;
                case BlockKind.Dateline when Dateline is null:
                    Dateline = b.Span;
                    break;
                case BlockKind.Body:
                    if (body.Count > 0 && i > 0 && blocks[i - 1].Kind == BlockKind.Body)
                    {
                        body[^1] = TextSpan.FromBounds(body[^1].Start, b.Span.End);
                    }
                    else
                    {
                        body.Add(b.Span);
                    }

                    break;
            }
        }

        Body = body;
    }

    /// <summary>Every block, in text order.</summary>
    public IReadOnlyList<LayoutBlock> Blocks => _blocks;

    /// <summary>The blocks as the array they are (a loop over it needs no generic enumerator JIT-compiled).</summary>
    internal LayoutBlock[] BlockArray => _blocks;

    /// <summary>The headline, when one was found.</summary>
    public TextSpan? Headline { get; }

    /// <summary>The first byline, when one was found.</summary>
    public TextSpan? Byline { get; }

    /// <summary>The first dateline, when one was found.</summary>
    public TextSpan? Dateline { get; }

    /// <summary>The body: maximal runs of consecutive body blocks.</summary>
    public IReadOnlyList<TextSpan> Body { get; }

    /// <summary>The role of the block that contains <paramref name="offset"/>; <see cref="BlockKind.Body"/> for white space between content blocks.</summary>
    public BlockKind KindAt(int offset)
    {
        int lo = 0, hi = _blocks.Length - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            TextSpan s = _blocks[mid].Span;
            if (offset < s.Start)
            {
                hi = mid - 1;
            }
            else if (offset >= s.End)
            {
                lo = mid + 1;
            }
            else
            {
                return _blocks[mid].Kind;
            }
        }

        return BlockKind.Body;
    }

    /// <summary>True when the span starts in the article's content (headline, byline, dateline or body), not in boilerplate.</summary>
    public bool IsContent(TextSpan span) => KindAt(span.Start) != BlockKind.Boilerplate;
}
