using System.Collections.Concurrent;

namespace NewsExtraction.Tests.Pipeline;

public sealed class PipelineTests
{
    private sealed record WordMention : Mention
    {
        public required string Word { get; init; }
    }

    /// <summary>A test extractor that records capitalised words, optionally reading another extractor's output.</summary>
    private sealed class TestExtractor(string name, params string[] dependsOn) : IExtractor
    {
        public ConcurrentQueue<string> Seen { get; } = new();

        public string Name { get; } = name;

        public IReadOnlyList<string> DependsOn { get; } = dependsOn;

        public Action<ExtractionContext>? OnExtract { get; init; }

        public void Extract(ExtractionContext context)
        {
            OnExtract?.Invoke(context);
            foreach (var t in context.Document.Tokens)
            {
                if (t.Case == NewsExtraction.Text.TokenCase.Capitalized)
                {
                    context.Add(new WordMention { Span = t.Span, Text = context.Text[t.Span.Start..t.Span.End], Extractor = Name, Word = Name });
                }
            }
        }
    }

    [Fact]
    public void Runs_dependencies_first_whatever_the_registration_order()
    {
        var order = new List<string>();
        var quotes = new TestExtractor("quotes", "orgs") { OnExtract = _ => order.Add("quotes") };
        var orgs = new TestExtractor("orgs", "dates") { OnExtract = _ => order.Add("orgs") };
        var dates = new TestExtractor("dates") { OnExtract = _ => order.Add("dates") };
        var pipeline = new ExtractionPipelineBuilder().Use(quotes).Use(orgs).Use(dates).Build();

        Assert.Equal(["dates", "orgs", "quotes"], pipeline.Extractors.Select(e => e.Name));
        pipeline.Extract("Alpha met Beta.");
        Assert.Equal(["dates", "orgs", "quotes"], order);
    }

    [Fact]
    public void A_dependent_extractor_sees_the_mentions_of_the_one_it_depends_on()
    {
        int seen = -1;
        var consumer = new TestExtractor("consumer", "producer") { OnExtract = c => seen = c.MentionsOf<WordMention>().Count };
        var pipeline = new ExtractionPipelineBuilder().Use(consumer).Use(new TestExtractor("producer")).Build();
        pipeline.Extract("Alpha met Beta and Gamma.");
        Assert.Equal(3, seen);
    }

    private sealed class SoftExtractor(string name, params string[] runsAfter) : IExtractor
    {
        public string Name { get; } = name;

        public IReadOnlyList<string> DependsOn { get; } = [];

        public IReadOnlyList<string> RunsAfter { get; } = runsAfter;

        public void Extract(ExtractionContext context)
        {
        }
    }

    [Fact]
    public void Soft_ordering_runs_after_when_present_and_is_ignored_when_absent()
    {
        var withOrgs = new ExtractionPipelineBuilder().Use(new SoftExtractor("quotes", "orgs")).Use(new SoftExtractor("orgs")).Build();
        Assert.Equal(["orgs", "quotes"], withOrgs.Extractors.Select(e => e.Name));
        var alone = new ExtractionPipelineBuilder().Use(new SoftExtractor("quotes", "orgs")).Build();
        Assert.Equal(["quotes"], alone.Extractors.Select(e => e.Name));
    }

    [Fact]
    public void Rejects_a_cycle_and_names_it()
    {
        var builder = new ExtractionPipelineBuilder()
            .Use(new TestExtractor("a", "b"))
            .Use(new TestExtractor("b", "c"))
            .Use(new TestExtractor("c", "a"));
        var ex = Assert.Throws<PipelineConfigurationException>(builder.Build);
        Assert.Contains("a -> b -> c -> a", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rejects_duplicate_registrations()
    {
        var builder = new ExtractionPipelineBuilder().Use(new TestExtractor("x")).Use(new TestExtractor("x"));
        var ex = Assert.Throws<PipelineConfigurationException>(builder.Build);
        Assert.Contains("'x'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rejects_a_missing_dependency()
    {
        var builder = new ExtractionPipelineBuilder().Use(new TestExtractor("x", "nowhere"));
        var ex = Assert.Throws<PipelineConfigurationException>(builder.Build);
        Assert.Contains("'nowhere'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Null_arguments_throw_argument_null()
    {
        Assert.Throws<ArgumentNullException>(() => new ExtractionPipelineBuilder().Use(null!));
        Assert.Throws<ArgumentNullException>(() => new ExtractionPipelineBuilder().Build().Extract((string)null!));
        Assert.Throws<ArgumentNullException>(() => new ExtractionPipelineBuilder().Build().Extract((Article)null!));
    }

    [Fact]
    public void Binary_input_is_rejected_with_a_typed_exception()
    {
        var ex = Assert.Throws<InvalidArticleException>(() => new Article("abc\0def", source: "x.bin"));
        Assert.Contains("x.bin", ex.Message, StringComparison.Ordinal);
        string controls = new string('\u0001', 200) + "text";
        Assert.Throws<InvalidArticleException>(() => new Article(controls));
    }

    [Fact]
    public void Empty_text_gives_an_empty_result()
    {
        var result = ExtractionPipeline.Default.Extract(string.Empty);
        Assert.Empty(result);
    }

    [Fact]
    public void Honours_cancellation()
    {
        using var cts = new CancellationTokenSource();
        var pipeline = new ExtractionPipelineBuilder().Use(new TestExtractor("a") { OnExtract = _ => cts.Cancel() }).Use(new TestExtractor("b")).Build();
        Assert.Throws<OperationCanceledException>(() => pipeline.Extract(new Article("Alpha and Beta."), cts.Token));

        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.Throws<OperationCanceledException>(() => ExtractionPipeline.Default.Extract(new Article(Seeds.Text(Seeds.S000)), cancelled.Token));
    }

    [Fact]
    public void Concurrent_extract_calls_give_identical_results()
    {
        var pipeline = new ExtractionPipelineBuilder().UseDefaults().Use(new TestExtractor("words")).Build();
        var texts = Seeds.All.Select(Seeds.Text).ToArray();
        var expected = texts.Select(t => pipeline.Extract(t).Mentions.ToArray()).ToArray();
        var failures = new ConcurrentBag<int>();
        Parallel.For(0, 200, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            var got = pipeline.Extract(texts[i % texts.Length]).Mentions;
            if (!got.SequenceEqual(expected[i % texts.Length]))
            {
                failures.Add(i);
            }
        });
        Assert.Empty(failures);
        Assert.All(expected, e => Assert.NotEmpty(e));
    }

    [Fact]
    public void Caller_publication_date_is_the_reference_date()
    {
        var result = ExtractionPipeline.Default.Extract(new Article("Nothing here.", new DateOnly(2024, 7, 8)));
        Assert.Equal(new DateOnly(2024, 7, 8), result.ReferenceDate);
        Assert.Equal(ReferenceDateSource.Caller, result.ReferenceDateSource);
    }

    [Fact]
    public void Without_any_date_the_injected_clock_gives_today()
    {
        var clock = new FixedClock(new DateTimeOffset(2030, 1, 2, 12, 0, 0, TimeSpan.Zero));
        var pipeline = new ExtractionPipelineBuilder().WithOptions(o => o with { Clock = clock }).Build();
        var result = pipeline.Extract("Nothing datable here.");
        Assert.Equal(new DateOnly(2030, 1, 2), result.ReferenceDate);
        Assert.Equal(ReferenceDateSource.Clock, result.ReferenceDateSource);
        Assert.Null(result.PublicationDate);
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;

        public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
    }
}
