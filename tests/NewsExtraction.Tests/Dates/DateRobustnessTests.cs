using System.Diagnostics;
using System.Text;
using NewsExtraction.Dates;

namespace NewsExtraction.Tests.Dates;

[Collection(TimedCollection.Name)]
public sealed class DateRobustnessTests
{
    private static readonly ExtractionPipeline Pipeline = new ExtractionPipelineBuilder().UseDates().WithOptions(o => o with { Scope = ExtractionScope.WholePage }).Build();

    private static IReadOnlyList<DateMention> Timed(string text, double seconds)
    {
        var sw = Stopwatch.StartNew();
        IReadOnlyList<DateMention> found = Pipeline.Extract(new Article(text, new DateOnly(2024, 7, 8))).Dates;
        sw.Stop();
        Assert.True(sw.Elapsed.TotalSeconds < seconds, $"took {sw.Elapsed.TotalSeconds:F1} s");
        CheckSpans(text, found);
        return found;
    }

    private static void CheckSpans(string text, IReadOnlyList<DateMention> found)
    {
        int last = -1;
        foreach (DateMention m in found)
        {
            Assert.True(m.Span.Start >= 0 && m.Span.End <= text.Length && m.Span.Length > 0);
            Assert.Equal(text.Substring(m.Span.Start, m.Span.Length), m.Text);
            Assert.True(m.Span.Start >= last, "mentions overlap");
            last = m.Span.End;
        }
    }

    [Fact]
    public void A_megabyte_of_digits_and_punctuation_is_linear()
    {
        var rng = new Random(7);
        const string alphabet = "0123456789-/.:,– ";
        var sb = new StringBuilder(1 << 20);
        while (sb.Length < 1 << 20)
        {
            sb.Append(alphabet[rng.Next(alphabet.Length)]);
        }

        Timed(sb.ToString(), 5);
    }

    [Fact]
    public void Ten_megabytes_of_article_text()
    {
        const string para = "China and Belarus announced on Monday that drills will last 11 days, from Monday to July 19, 2024. In recent years, the SCO grew; its 2,000 troops met every Monday at 18:20 between 2011 and 2018.\n\n";
        var sb = new StringBuilder(10 << 20);
        while (sb.Length < 10 << 20)
        {
            sb.Append(para);
        }

        IReadOnlyList<DateMention> found = Timed(sb.ToString(), 30);
        Assert.True(found.Count > 100_000);
    }

    [Fact]
    public void A_one_line_page_of_full_dates_stays_linear_when_the_publication_date_is_detected()
    {
        // No reference date: publication-date detection reads the head lines, here one line holding 10,000 dates.
        // Each date's header-cue check used to scan the whole line (quadratic: 3,000 dates took 3 s).
        string text = "Archive\n\n" + string.Concat(Enumerable.Repeat("The plant opened on July 8, 2016 and closed. ", 10_000));
        var sw = Stopwatch.StartNew();
        ExtractionResult result = Pipeline.Extract(new Article(text));
        sw.Stop();
        Assert.True(sw.Elapsed.TotalSeconds < 5, $"took {sw.Elapsed.TotalSeconds:F1} s");
        Assert.Equal(10_000, result.Dates.Count(m => m.Value == "2016-07-08"));
    }

    [Fact]
    public void Repeated_range_words_do_not_backtrack()
    {
        Timed(string.Concat(Enumerable.Repeat("from from from to to between and ", 40_000)) + "July 8", 5);
        Timed(string.Concat(Enumerable.Repeat("July 8 to July 9 to ", 20_000)), 5);
        Timed(string.Concat(Enumerable.Repeat("the end of the middle of the beginning of ", 20_000)), 5);
        Timed(string.Concat(Enumerable.Repeat("the day before the day after ", 40_000)) + "Christmas", 5);
        Timed(string.Concat(Enumerable.Repeat("\" ", 100_000)), 5);
    }

    [Fact]
    public void Random_unicode_never_throws_and_spans_are_valid()
    {
        FsCheck.Check.QuickThrowOnFailure(FsCheck.Fluent.Prop.ForAll<string>(s =>
        {
            string clean = new string((s ?? string.Empty).Select(c => char.IsControl(c) ? ' ' : c).ToArray());
            string text = clean + " on July 8, 2024 and 2011–18 at 3 p.m. " + clean;
            IReadOnlyList<DateMention> found = Pipeline.Extract(new Article(text, new DateOnly(2024, 7, 8))).Dates;
            CheckSpans(text, found);
            return found.Any(m => m.Value == "2024-07-08");
        }));
    }

    [Fact]
    public void Random_unicode_megabyte()
    {
        var rng = new Random(11);
        var sb = new StringBuilder(1 << 20);
        while (sb.Length < 1 << 20)
        {
            int c = rng.Next(0x20, 0xD7FF);
            sb.Append((char)c);
            if (rng.Next(8) == 0)
            {
                sb.Append(' ');
            }
        }

        Timed(sb.ToString(), 5);
    }
}
