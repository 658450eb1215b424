namespace NewsExtraction;

/// <summary>
/// A news article to extract from: its text, exactly as scraped, and what is known about it.
/// </summary>
/// <remarks>
/// The text is kept as given: every offset the library reports is a UTF-16 index into
/// <see cref="Text"/>. Construction rejects input that is not text (NUL characters or mostly
/// control characters) and input longer than <see cref="MaxLength"/>.
/// </remarks>
public sealed class Article
{
    /// <summary>The largest text accepted, in UTF-16 code units (64 Mi).</summary>
    public const int MaxLength = 64 * 1024 * 1024;

    /// <summary>Creates an article.</summary>
    /// <param name="text">The article text, exactly as scraped.</param>
    /// <param name="publicationDate">The publication date when the caller knows it; otherwise it is detected from the text.</param>
    /// <param name="source">Where the text came from (a URL or file name), for the caller's bookkeeping.</param>
    /// <param name="language">The BCP 47 language tag of the text; null means English.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="InvalidArticleException">The text looks binary or is too long.</exception>
    public Article(string text, DateOnly? publicationDate = null, string? source = null, string? language = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        Validate(text, source);
        Text = text;
        PublicationDate = publicationDate;
        Source = source;
        Language = language;
    }

    /// <summary>The article text, exactly as given.</summary>
    public string Text { get; }

    /// <summary>The publication date given by the caller, if any.</summary>
    public DateOnly? PublicationDate { get; }

    /// <summary>Where the text came from, if the caller said.</summary>
    public string? Source { get; }

    /// <summary>The language tag of the text, if the caller said.</summary>
    public string? Language { get; }

    private static void Validate(string text, string? source)
    {
        string name = source is null ? "The article text" : $"The article text of '{source}'";
        if (text.Length > MaxLength)
        {
            throw new InvalidArticleException($"{name} is {text.Length:N0} characters long; the limit is {MaxLength:N0}.");
        }

        // Binary content: a NUL anywhere, or many control characters in the first 64 KiB.
        if (text.AsSpan().IndexOf('\0') >= 0)
        {
            throw new InvalidArticleException($"{name} contains NUL characters; it looks like binary data, not text.");
        }

        ReadOnlySpan<char> head = text.AsSpan(0, Math.Min(text.Length, 65536));
        int control = 0;
        foreach (char c in head)
        {
            if ((c < ' ' && c != '\n' && c != '\r' && c != '\t' && c != '\f') || c == '\uFFFD')
            {
                control++;
            }
        }

        if (head.Length >= 16 && control * 10 > head.Length)
        {
            throw new InvalidArticleException($"{name} is {control * 100 / head.Length}% control or undecodable characters; it looks like binary data, not text.");
        }
    }
}

/// <summary>The input given as an article is not usable text.</summary>
public sealed class InvalidArticleException : ArgumentException
{
    /// <summary>Creates the exception with a message that says what is wrong.</summary>
    public InvalidArticleException(string message) : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the underlying cause.</summary>
    public InvalidArticleException(string message, Exception innerException) : base(message, innerException)
    {
    }

    /// <summary>Creates the exception with a default message.</summary>
    public InvalidArticleException() : base("The article is not usable text.")
    {
    }
}
