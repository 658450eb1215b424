using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using NewsExtraction.Fixtures;
using NewsExtraction.Serialization;

namespace NewsExtraction.Cli;

/// <summary>The news-extract command line. Exit codes: 0 success, 2 bad input or usage, 3 an eval threshold not met.</summary>
internal static class CliApp
{
    public const int Ok = 0;
    public const int BadInput = 2;
    public const int ThresholdMissed = 3;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static int Run(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr, bool stderrIsTerminal = false, bool stdinIsTerminal = false)
    {
        var root = new RootCommand("news-extract: dates, distances, organisations and quotations from news articles.");
        root.Subcommands.Add(ExtractCommand(stdin, stdout, stderr, stderrIsTerminal, stdinIsTerminal));
        root.Subcommands.Add(EvalCommand(stdout, stderr));
        ParseResult parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            stderr.WriteLine($"news-extract: {parse.Errors[0].Message} (see 'news-extract --help')");
            return BadInput;
        }

        var config = new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false };
        try
        {
            return parse.Invoke(config);
        }
        catch (CliException ex)
        {
            stderr.WriteLine($"news-extract: {ex.Message}");
            return ex.ExitCode;
        }
    }

    private static Command ExtractCommand(TextReader stdin, TextWriter stdout, TextWriter stderr, bool stderrIsTerminal, bool stdinIsTerminal)
    {
        var path = new Argument<string?>("path") { Description = "The article file, or - for standard input.", Arity = ArgumentArity.ZeroOrOne };
        var referenceDate = new Option<string?>("--reference-date") { Description = "The publication date, YYYY-MM-DD (otherwise detected from the text, or today)." };
        var format = new Option<string>("--format") { Description = "json (default), jsonl (one line) or text (a table for people).", DefaultValueFactory = _ => "json" };
        format.AcceptOnlyFromAmong("json", "jsonl", "text");
        var jsonlIn = new Option<bool>("--jsonl-in") { Description = "Read JSON lines {\"id\",\"text\",\"published\"} from standard input; write one result line per input, in order." };
        var wholePage = new Option<bool>("--whole-page") { Description = "Report mentions in menus, teasers and footers too (flagged boilerplate)." };
        var command = new Command("extract", "Extract from an article file, standard input, or a JSON-lines stream.") { path, referenceDate, format, jsonlIn, wholePage };
        command.SetAction(parse =>
        {
            DateOnly? date = ParseDate(parse.GetValue(referenceDate), "--reference-date");
            ExtractionPipeline pipeline = new ExtractionPipelineBuilder().UseDefaults()
                .WithOptions(o => o with { Scope = parse.GetValue(wholePage) ? ExtractionScope.WholePage : ExtractionScope.BodyOnly })
                .Build();
            if (parse.GetValue(jsonlIn))
            {
                return JsonLines.Run(pipeline, date, stdin, stdout, stderr, stderrIsTerminal);
            }

            string? file = parse.GetValue(path);
            if (file is null && stdinIsTerminal)
            {
                throw new CliException("give an article file, or - to read standard input (see 'news-extract extract --help')", BadInput);
            }

            string name = file is null or "-" ? "<stdin>" : file;
            string text = file is null or "-" ? stdin.ReadToEnd() : ReadTextFile(file);
            Article article = NewArticle(text, date, name);
            ExtractionResult result = pipeline.Extract(article);
            switch (parse.GetValue(format))
            {
                case "text":
                    stdout.Write(TextReport.Format(result));
                    break;
                case "jsonl":
                    stdout.WriteLine(ExtractionJson.Serialize(result, indented: false, id: name));
                    break;
                default:
                    stdout.WriteLine(ExtractionJson.Serialize(result, indented: true, id: name));
                    break;
            }

            return Ok;
        });
        return command;
    }

    private static Command EvalCommand(TextWriter stdout, TextWriter stderr)
    {
        var corpus = new Option<string>("--corpus") { Description = "seeds (default), a folder of X.txt + X.json gold pairs, or a Recognizers-Text spec .jsonl file.", DefaultValueFactory = _ => "seeds" };
        var bodyOnly = new Option<bool>("--body-only") { Description = "Extract body-only and leave gold boilerplate mentions out." };
        var format = new Option<string>("--format") { Description = "text (default) or json.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var verbose = new Option<bool>("--verbose") { Description = "List every miss, false positive and value disagreement per article." };
        var types = new Option<string?>("--types") { Description = "Comma-separated types to score (dates,distances,organisations,quotations); default all." };
        var min = new Option<string[]>("--min") { Description = "A threshold TYPE.METRIC=VALUE (metrics: f1, exact_f1, precision, recall, value_accuracy, value_f1); exit 3 when any is not met. Repeatable.", AllowMultipleArgumentsPerToken = true };
        var predictions = new Option<string?>("--predictions") { Description = "Score result files made elsewhere (a folder of <id>.json in the output schema) instead of running the pipeline." };
        var threads = new Option<int>("--threads") { Description = "Articles extracted in parallel (default: the core count). Use 1 to measure single-core throughput.", DefaultValueFactory = _ => Environment.ProcessorCount };
        var warmup = new Option<bool>("--warmup") { Description = "Run the corpus once before the timed run (steady-state throughput)." };
        var splitRanges = new Option<bool>("--split-ranges") { Description = "Score each predicted date range as its two ends (for gold such as TimeML that has no range expressions)." };
        var command = new Command("eval", "Run the default pipeline over a corpus and print the scores.") { corpus, bodyOnly, format, verbose, types, min, predictions, threads, warmup, splitRanges };
        command.SetAction(parse =>
        {
            string corpusArg = parse.GetValue(corpus) ?? "seeds";
            FixtureCorpus fixtures = LoadCorpus(corpusArg);
            bool body = parse.GetValue(bodyOnly);
            var options = new ScoringOptions { BodyOnly = body, Types = ParseTypes(parse.GetValue(types)), SplitRanges = parse.GetValue(splitRanges) };
            long chars = 0;
            foreach (FixtureArticle a in fixtures.Articles)
            {
                chars += a.Text.Length;
            }

            EvalRun run = parse.GetValue(predictions) is { } dir
                ? EvalRun.FromFiles(fixtures, dir)
                : EvalRun.Extract(fixtures, body, Math.Max(1, parse.GetValue(threads)), parse.GetValue(warmup));
            ScoreReport report = Scorer.Score(fixtures, run.Predictions, options);
            if (parse.GetValue(format) == "json")
            {
                stdout.WriteLine(EvalJson.Format(report, chars, run));
            }
            else
            {
                stdout.Write(report.ToTable());
                if (run.Elapsed is { } elapsed)
                {
                    stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{chars:N0} characters in {elapsed.TotalMilliseconds:0} ms on {run.Threads} thread(s); first use {run.FirstUse!.Value.TotalMilliseconds:0} ms"));
                }

                if (parse.GetValue(verbose))
                {
                    foreach (ScoreProblem p in report.Problems)
                    {
                        stdout.WriteLine($"  {p.Article} {p.Type.ToString().ToLowerInvariant()} {p.Problem} [{p.Start}..{p.End}) \"{Flatten(p.Text)}\"{(p.Detail is null ? string.Empty : " " + p.Detail)}");
                    }
                }
            }

            return CheckThresholds(report, parse.GetValue(min) ?? [], stderr);
        });
        return command;
    }

    private static int CheckThresholds(ScoreReport report, string[] thresholds, TextWriter stderr)
    {
        int exit = Ok;
        foreach (string t in thresholds)
        {
            int eq = t.IndexOf('=', StringComparison.Ordinal);
            int dot = t.IndexOf('.', StringComparison.Ordinal);
            if (eq < 0 || dot < 0 || dot > eq || !Enum.TryParse(t[..dot], ignoreCase: true, out MentionType type)
                || !double.TryParse(t[(eq + 1)..], NumberStyles.Float, CultureInfo.InvariantCulture, out double bound))
            {
                throw new CliException($"--min '{t}' is not TYPE.METRIC=VALUE (for example organisations.exact_f1=0.85)", BadInput);
            }

            string metric = t[(dot + 1)..eq];
            TypeScore s = report[type];
            double value = metric switch
            {
                "f1" => s.F1,
                "exact_f1" => s.ExactF1,
                "precision" => s.Precision,
                "recall" => s.Recall,
                "value_accuracy" => s.ValueAccuracy,
                "value_f1" => s.ValueF1,
                _ => throw new CliException($"--min '{t}': unknown metric '{metric}'", BadInput),
            };
            if (value + 1e-9 < bound)
            {
                stderr.WriteLine(string.Create(CultureInfo.InvariantCulture, $"news-extract: threshold not met: {type.ToString().ToLowerInvariant()}.{metric} = {value:0.000} < {bound:0.000}"));
                exit = ThresholdMissed;
            }
        }

        return exit;
    }

    private static IReadOnlyList<MentionType>? ParseTypes(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var list = new List<MentionType>();
        foreach (string part in value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!Enum.TryParse(part, ignoreCase: true, out MentionType t))
            {
                throw new CliException($"--types: unknown type '{part}' (dates, distances, organisations, quotations)", BadInput);
            }

            list.Add(t);
        }

        return list;
    }

    private static FixtureCorpus LoadCorpus(string corpus)
    {
        try
        {
            if (string.Equals(corpus, "seeds", StringComparison.OrdinalIgnoreCase))
            {
                return FixtureCorpus.Seeds;
            }

            if (File.Exists(corpus) && corpus.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase))
            {
                return FixtureCorpus.LoadRecognizersSpecs(corpus);
            }

            if (!Directory.Exists(corpus))
            {
                throw new CliException($"corpus '{corpus}' not found (give 'seeds', a folder or a .jsonl spec file)", BadInput);
            }

            FixtureCorpus loaded = FixtureCorpus.Load(corpus);
            if (loaded.Articles.Count == 0)
            {
                throw new CliException($"corpus '{corpus}' holds no X.txt file with an X.json or X.gold.json beside it", BadInput);
            }

            return loaded;
        }
        catch (FixtureFormatException ex)
        {
            throw new CliException(ex.Message, BadInput);
        }
        catch (IOException ex)
        {
            throw new CliException($"corpus '{corpus}': {ex.Message}", BadInput);
        }
    }

    internal static DateOnly? ParseDate(string? value, string what)
    {
        if (value is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly d))
        {
            return d;
        }

        if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out DateTimeOffset dt))
        {
            return DateOnly.FromDateTime(dt.Date);
        }

        throw new CliException($"{what} '{value}' is not a date (YYYY-MM-DD)", BadInput);
    }

    internal static Article NewArticle(string text, DateOnly? date, string name)
    {
        try
        {
            return new Article(text, date, name);
        }
        catch (InvalidArticleException ex)
        {
            throw new CliException(ex.Message, BadInput);
        }
    }

    private static string ReadTextFile(string file)
    {
        if (Directory.Exists(file))
        {
            throw new CliException($"'{file}' is a folder, not an article file", BadInput);
        }

        if (!File.Exists(file))
        {
            throw new CliException($"file '{file}' not found", BadInput);
        }

        byte[] bytes;
        try
        {
            var info = new FileInfo(file);
            if (info.Length > 4L * Article.MaxLength)
            {
                throw new CliException($"'{file}' is {info.Length:N0} bytes; the limit is {Article.MaxLength:N0} characters", BadInput);
            }

            bytes = File.ReadAllBytes(file);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"cannot read '{file}': {ex.Message}", BadInput);
        }

        if (Array.IndexOf(bytes, (byte)0) >= 0)
        {
            throw new CliException($"'{file}' is binary (it contains NUL bytes), not a text file", BadInput);
        }

        try
        {
            ReadOnlySpan<byte> span = bytes;
            if (span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            {
                // A BOM is not part of the text: offsets count from the first character after it.
                span = span[3..];
            }

            return StrictUtf8.GetString(span);
        }
        catch (DecoderFallbackException)
        {
            throw new CliException($"'{file}' is not UTF-8 text", BadInput);
        }
    }

    private static string Flatten(string s) => s.Replace('\n', ' ').Replace('\r', ' ');
}

/// <summary>A failure the command reports in one line on stderr, with its exit code.</summary>
internal sealed class CliException(string message, int exitCode) : Exception(message)
{
    public int ExitCode { get; } = exitCode;
}
