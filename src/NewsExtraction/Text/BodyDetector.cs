namespace NewsExtraction.Text;

/// <summary>Classifies the lines of a page as headline, byline, dateline, body or boilerplate.</summary>
internal static class BodyDetector
{
    public static DocumentLayout Detect(string text, List<TextSpan> lines, List<TextSpan> paragraphs)
    {
        var blocks = new LayoutBlock[lines.Count];
        for (int i = 0; i < lines.Count; i++)
        {
            blocks[i] = new LayoutBlock(lines[i], BlockKind.Body);
        }

        return new DocumentLayout(blocks);
    }
}
