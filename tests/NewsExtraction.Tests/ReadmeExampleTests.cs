namespace NewsExtraction.Tests;

/// <summary>The README's usage example is this code: the test fails when the two drift apart, and runs it.</summary>
public sealed class ReadmeExampleTests
{
    [Fact]
    public void Readme_example_is_the_code_compiled_here()
    {
        string readme = File.ReadAllText(Path.Combine(Seeds.RepositoryRoot, "README.md"));
        int start = readme.IndexOf("<!-- example:start -->", StringComparison.Ordinal);
        int end = readme.IndexOf("<!-- example:end -->", StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, "README lacks the example markers");
        string[] block = readme[start..end].Split('\n')
            .Select(l => l.TrimEnd())
            .Where(l => l.Length > 0 && !l.StartsWith("```", StringComparison.Ordinal) && !l.StartsWith("<!--", StringComparison.Ordinal) && !l.StartsWith("using ", StringComparison.Ordinal))
            .ToArray();
        Assert.InRange(block.Length, 5, 10);
        string source = File.ReadAllText(Path.Combine(Seeds.RepositoryRoot, "tests", "NewsExtraction.Tests", "ReadmeExampleTests.cs"));
        foreach (string line in block)
        {
            Assert.Contains(line.Trim(), source, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Readme_example_runs()
    {
        var output = new StringWriter();
        TextWriter original = Console.Out;
        Console.SetOut(output);
        try
        {
            Example();
        }
        finally
        {
            Console.SetOut(original);
        }

        Assert.Contains("Shanghai Cooperation Organization", output.ToString(), StringComparison.Ordinal);
    }

    private static void Example()
    {
        Directory.SetCurrentDirectory(AppContext.BaseDirectory);
        string text = File.ReadAllText("seeds/000_a59041e354070abc.txt");
        ExtractionResult result = ExtractionPipeline.Default.Extract(new Article(text, new DateOnly(2024, 7, 8)));
        foreach (var date in result.Dates)
            Console.WriteLine($"{date.Text} [{date.Span}] {date.Kind} {date.Value}");
        foreach (var org in result.Organisations)
            Console.WriteLine($"{org.Text} -> {org.Canonical}");
        foreach (var quote in result.Quotations)
            Console.WriteLine($"{quote.SpeakerFullName ?? quote.Speaker}: {quote.Text}");
    }
}
