using System.Diagnostics;
using System.Text;
using NewsExtraction.Quotations;
using static NewsExtraction.Tests.Quotations.QuoteTestHelper;

namespace NewsExtraction.Tests.Quotations;

[Collection(TimedCollection.Name)]
public sealed class RobustnessTests
{
    [Fact]
    public void The_data_files_load()
    {
        foreach (string file in QuoteLexicon.DataFiles)
        {
            Assert.NotEmpty(NewsExtraction.Text.ResourceText.ReadLines("NewsExtraction.Quotations." + file));
        }

        Assert.True(QuoteLexicon.Cues.Contains("said"));
        Assert.True(QuoteLexicon.Titles.Contains("President"));
        Assert.True(QuoteLexicon.OrgWords.Contains("Ministry"));
        Assert.True(QuoteLexicon.RoleNouns.Contains("spokesman"));
        Assert.True(QuoteLexicon.OrgNominals.Contains("ministry"));
        Assert.True(QuoteLexicon.Demonyms.Contains("Chinese"));
        Assert.True(QuoteLexicon.PlaceWords.Contains("States"));
        Assert.True(QuoteLexicon.NonNames.Contains("According"));
        Assert.True(QuoteLexicon.SourceNouns.Contains("crew"));
    }

    private static TimeSpan Time(string text)
    {
        var sw = Stopwatch.StartNew();
        Quotes(text);
        return sw.Elapsed;
    }

    private static TimeSpan Best(string text)
    {
        TimeSpan best = TimeSpan.MaxValue;
        for (int run = 0; run < 3; run++)
        {
            TimeSpan t = Time(text);
            best = t < best ? t : best;
        }

        return best;
    }

    [Fact]
    public void A_hundred_thousand_unmatched_quote_marks_finish_quickly()
    {
        string text = new string('“', 100_000);
        Assert.True(Time(text) < TimeSpan.FromSeconds(10));
        string mixed = string.Concat(Enumerable.Repeat("a “b ‘c «d „e ‹f ", 20_000));
        Assert.True(Time(mixed) < TimeSpan.FromSeconds(10));
    }

    [Fact]
    public void Alternating_mark_styles_finish_in_linear_time()
    {
        string Make(int n) => string.Concat(Enumerable.Repeat("“‘«„‹\"'”’»“‘", n));
        Time(Make(1000));
        // The best of three runs of each size: a ratio of two single timings fails when a busy machine stalls one of them.
        string smallText = Make(20_000), largeText = Make(80_000);
        TimeSpan small = Best(smallText);
        TimeSpan large = Best(largeText);
        Assert.True(large < TimeSpan.FromSeconds(20), $"took {large}");
        Assert.True(large.TotalMilliseconds < 12 * small.TotalMilliseconds + 500, $"{small} for 20k, {large} for 80k");
    }

    [Fact]
    public void A_ten_megabyte_article_finishes_quickly()
    {
        var sb = new StringBuilder(10_500_000);
        int i = 0;
        while (sb.Length < 10_000_000)
        {
            sb.Append("“We will rebuild the bridge by ").Append(i).Append(",” Mayor Anna Kowalczyk said. The council \"weaponization\" debate went on; he told AFP: “It is done. ")
              .Append(i % 7 == 0 ? "\n\n" : " ");
            i++;
        }

        string text = sb.ToString();
        var sw = Stopwatch.StartNew();
        List<QuotationMention> quotes = Quotes(text);
        Assert.True(sw.Elapsed < TimeSpan.FromSeconds(60), $"took {sw.Elapsed}");
        Assert.True(quotes.Count > 50_000);
    }

    [Fact]
    public void One_extractor_serves_concurrent_calls_with_the_same_results()
    {
        string[] texts = Seeds.All.Select(Seeds.Text).ToArray();
        string Render(string t) => string.Join("\n", Quotes(t).Select(q => $"{q.Span}|{q.Speaker}|{q.SpeakerFullName}|{q.Cue}|{q.SpeakerRole}|{q.Affiliation}"));
        string[] expected = texts.Select(Render).ToArray();
        var results = new string[texts.Length * 8];
        Parallel.For(0, results.Length, i => results[i] = Render(texts[i % texts.Length]));
        for (int i = 0; i < results.Length; i++)
        {
            Assert.Equal(expected[i % texts.Length], results[i]);
        }
    }

    [Fact]
    public void Random_text_gives_well_formed_non_overlapping_quotations()
    {
        string[] pieces = ["“", "”", "\"", "'", "‘", "’", "«", "»", "„", "‹", "›", " ", " ", "\n", "\n\n", "word", "Smith", "said", ",", ".", ":", "he", "told", "the", "ministry", "—", "China’s", "it's"];
        FsCheck.Check.QuickThrowOnFailure(FsCheck.Fluent.Prop.ForAll(
            FsCheck.Fluent.ArbMap.Default.ArbFor<int[]>(),
            (int[] picks) =>
            {
                var sb = new StringBuilder();
                foreach (int p in picks)
                {
                    sb.Append(pieces[Math.Abs(p % pieces.Length)]).Append(p % 3 == 0 ? " " : "");
                }

                string text = sb.ToString();
                List<QuotationMention> quotes = Quotes(text);
                int lastEnd = -1;
                foreach (QuotationMention q in quotes.Where(q => q.Marked))
                {
                    if (!q.OuterSpan.Contains(q.Span) || q.Span.IsEmpty || q.Text != text.Substring(q.Span.Start, q.Span.Length) || q.OuterSpan.Start < lastEnd)
                    {
                        return false;
                    }

                    if (q.Text.Contains("\n\n", StringComparison.Ordinal))
                    {
                        return false; // never crosses a paragraph
                    }

                    lastEnd = q.OuterSpan.End;
                }

                return true;
            }));
    }
}
