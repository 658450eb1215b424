using NewsExtraction.Cli;

namespace NewsExtraction.Tests.Cli;

public sealed class CliTests
{
    private static (int Code, string Out, string Err) Run(string stdin, params string[] args)
    {
        var o = new StringWriter();
        var e = new StringWriter();
        int code = CliApp.Run(args, new StringReader(stdin), o, e);
        return (code, o.ToString(), e.ToString());
    }

    private static string SeedPath(string id) => Path.Combine(AppContext.BaseDirectory, "seeds", id + ".txt");

    [Fact]
    public void Extract_a_seed_file_prints_json()
    {
        var (code, output, err) = Run(string.Empty, "extract", SeedPath(Seeds.S003));
        Assert.Equal(0, code);
        Assert.Equal(string.Empty, err);
        var doc = NewsExtraction.Serialization.ExtractionJson.Deserialize(output);
        Assert.EndsWith("003_97a355b0fb157bda.txt", doc.Id, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_from_stdin_with_a_reference_date()
    {
        var (code, output, _) = Run("Nothing.", "extract", "-", "--reference-date", "2024-07-08", "--format", "jsonl");
        Assert.Equal(0, code);
        Assert.Contains("\"reference_date\":\"2024-07-08\"", output, StringComparison.Ordinal);
        Assert.Single(output.TrimEnd().Split('\n'));
    }

    [Fact]
    public void Text_format_is_a_table()
    {
        var (code, output, _) = Run(string.Empty, "extract", SeedPath(Seeds.S000), "--format", "text");
        Assert.Equal(0, code);
        Assert.Contains("reference date:", output, StringComparison.Ordinal);
        Assert.Contains("mentions", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_file_exits_2_with_one_line_naming_it()
    {
        var (code, output, err) = Run(string.Empty, "extract", "/no/such/file.txt");
        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);
        Assert.Equal("news-extract: file '/no/such/file.txt' not found", err.TrimEnd());
    }

    [Fact]
    public void Binary_and_non_utf8_files_exit_2()
    {
        string bin = Path.GetTempFileName();
        string latin1 = Path.GetTempFileName();
        try
        {
            File.WriteAllBytes(bin, [0x89, 0x50, 0x4E, 0x47, 0x00, 0x01, 0x02]);
            File.WriteAllBytes(latin1, [0x43, 0x61, 0x66, 0xE9, 0x20, 0x6E, 0x6F, 0x69, 0x72]);
            var (code, _, err) = Run(string.Empty, "extract", bin);
            Assert.Equal(2, code);
            Assert.Contains("binary", err, StringComparison.Ordinal);
            Assert.Contains(bin, err, StringComparison.Ordinal);
            (code, _, err) = Run(string.Empty, "extract", latin1);
            Assert.Equal(2, code);
            Assert.Contains("not UTF-8", err, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(bin);
            File.Delete(latin1);
        }
    }

    [Fact]
    public void No_path_on_an_interactive_terminal_exits_2_instead_of_waiting()
    {
        var e = new StringWriter();
        int code = CliApp.Run(["extract"], new StringReader(string.Empty), new StringWriter(), e, stdinIsTerminal: true);
        Assert.Equal(2, code);
        Assert.Contains("give an article file", e.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_reference_date_and_unknown_format_exit_2()
    {
        Assert.Equal(2, Run("x", "extract", "-", "--reference-date", "yesterday").Code);
        Assert.Equal(2, Run("x", "extract", "-", "--format", "xml").Code);
        Assert.Equal(2, Run("x", "frobnicate").Code);
    }

    [Fact]
    public void Jsonl_stream_keeps_order_reports_and_skips_malformed_lines()
    {
        string input = string.Join('\n', Enumerable.Range(0, 40).Select(i => i == 7 ? "{broken" : i == 9 ? "{\"id\":\"nine\"}" : $"{{\"id\":\"doc{i}\",\"text\":\"Text {i}.\",\"published\":\"2024-07-08\"}}"));
        var (code, output, err) = Run(input, "extract", "--jsonl-in");
        Assert.Equal(2, code);
        string[] lines = output.TrimEnd().Split('\n');
        Assert.Equal(38, lines.Length);
        var ids = lines.Select(l => NewsExtraction.Serialization.ExtractionJson.Deserialize(l).Id).ToList();
        Assert.Equal(Enumerable.Range(0, 40).Where(i => i is not 7 and not 9).Select(i => $"doc{i}"), ids);
        Assert.Contains("line 8: malformed JSON", err, StringComparison.Ordinal);
        Assert.Contains("line 10 (id nine): no \"text\" string", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Eval_prints_a_score_table_for_the_seeds()
    {
        var (code, output, _) = Run(string.Empty, "eval", "--corpus", "seeds");
        Assert.Equal(0, code);
        Assert.Contains("corpus: seeds (5 articles)", output, StringComparison.Ordinal);
        Assert.Contains("organisations", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Eval_rejects_a_missing_corpus_and_bad_thresholds()
    {
        Assert.Equal(2, Run(string.Empty, "eval", "--corpus", "/no/such/dir").Code);
        Assert.Equal(2, Run(string.Empty, "eval", "--min", "nonsense").Code);
        var (code, _, err) = Run(string.Empty, "eval", "--min", "dates.f1=1.01");
        Assert.Equal(3, code);
        Assert.Contains("threshold not met: dates.f1", err, StringComparison.Ordinal);
    }
}
