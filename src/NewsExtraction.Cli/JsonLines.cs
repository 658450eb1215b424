using System.Text.Json;
using NewsExtraction.Serialization;

namespace NewsExtraction.Cli;

/// <summary>
/// The --jsonl-in mode: JSON lines {"id","text","published"} in, one result line per good input out,
/// in input order, processed in parallel batches bounded by the core count. A malformed line is
/// reported on stderr (with its line number and id) and skipped; the exit code is then 2.
/// </summary>
internal static class JsonLines
{
    private const int BatchPerCore = 32;

    public static int Run(ExtractionPipeline pipeline, DateOnly? defaultDate, TextReader stdin, TextWriter stdout, TextWriter stderr, bool progress)
    {
        int batchSize = BatchPerCore * Environment.ProcessorCount;
        var batch = new List<(int Line, string Raw)>(batchSize);
        int lineNo = 0, done = 0, failed = 0;
        while (true)
        {
            string? line = stdin.ReadLine();
            if (line is not null)
            {
                lineNo++;
                if (!string.IsNullOrWhiteSpace(line))
                {
                    batch.Add((lineNo, line));
                }
            }

            if (batch.Count == batchSize || (line is null && batch.Count > 0))
            {
                var outputs = new string?[batch.Count];
                var errors = new string?[batch.Count];
                Parallel.For(0, batch.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
                {
                    (int n, string raw) = batch[i];
                    try
                    {
                        (string? id, Article article) = ParseLine(raw, n, defaultDate);
                        outputs[i] = ExtractionJson.Serialize(pipeline.Extract(article), indented: false, id: id);
                    }
                    catch (CliException ex)
                    {
                        errors[i] = ex.Message;
                    }
                });
                for (int i = 0; i < batch.Count; i++)
                {
                    if (outputs[i] is { } o)
                    {
                        stdout.WriteLine(o);
                    }
                    else
                    {
                        failed++;
                        stderr.WriteLine($"news-extract: {errors[i]}; skipped");
                    }
                }

                done += batch.Count;
                batch.Clear();
                if (progress)
                {
                    stderr.Write($"\rnews-extract: {done} articles processed");
                }
            }

            if (line is null)
            {
                break;
            }
        }

        if (progress && done > 0)
        {
            stderr.WriteLine();
        }

        stdout.Flush();
        return failed == 0 ? CliApp.Ok : CliApp.BadInput;
    }

    internal static (string? Id, Article Article) ParseLine(string raw, int lineNo, DateOnly? defaultDate)
    {
        string? id = null;
        try
        {
            using JsonDocument doc = JsonDocument.Parse(raw);
            JsonElement root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new CliException($"line {lineNo}: not a JSON object", CliApp.BadInput);
            }

            if (root.TryGetProperty("id", out JsonElement idEl))
            {
                id = idEl.ValueKind == JsonValueKind.String ? idEl.GetString() : idEl.GetRawText();
            }

            string where = id is null ? $"line {lineNo}" : $"line {lineNo} (id {id})";
            if (!root.TryGetProperty("text", out JsonElement textEl) || textEl.ValueKind != JsonValueKind.String)
            {
                throw new CliException($"{where}: no \"text\" string", CliApp.BadInput);
            }

            DateOnly? date = defaultDate;
            if (root.TryGetProperty("published", out JsonElement pub) && pub.ValueKind == JsonValueKind.String)
            {
                date = CliApp.ParseDate(pub.GetString(), $"{where}: \"published\"");
            }

            return (id, CliApp.NewArticle(textEl.GetString()!, date, id ?? $"line {lineNo}"));
        }
        catch (JsonException ex)
        {
            string where = id is null ? $"line {lineNo}" : $"line {lineNo} (id {id})";
            throw new CliException($"{where}: malformed JSON ({FirstLine(ex.Message)})", CliApp.BadInput);
        }
    }

    private static string FirstLine(string s)
    {
        int nl = s.IndexOf('\n', StringComparison.Ordinal);
        return nl < 0 ? s : s[..nl];
    }
}
