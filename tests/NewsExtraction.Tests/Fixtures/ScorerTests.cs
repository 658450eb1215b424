using NewsExtraction.Fixtures;
using NewsExtraction.Serialization;

namespace NewsExtraction.Tests.Fixtures;

public sealed class ScorerTests
{
    private const string Text = "NATO met the EU on July 19 and walked 130 miles.";

    private static OrganisationRecord Org(int start, int end, string? canonical = null) =>
        new() { Start = start, End = end, Text = Text[start..end], Canonical = canonical ?? Text[start..end] };

    private static DateRecord Date(int start, int end, string value) => new() { Start = start, End = end, Text = Text[start..end], Value = value };

    private static ScoreReport Score(ResultDocument gold, ResultDocument predicted, bool bodyOnly = false) =>
        Scorer.Score(new FixtureCorpus("t", [new FixtureArticle("a", Text, gold)]), [predicted], new ScoringOptions { BodyOnly = bodyOnly });

    private static readonly ResultDocument Gold = new()
    {
        Organisations = [Org(0, 4), Org(13, 15)],
        Dates = [Date(19, 26, "2024-07-19")],
        Distances = [new DistanceRecord { Start = 38, End = 47, Text = "130 miles", Meters = 209214.72 }],
    };

    [Fact]
    public void Perfect_predictions_score_one()
    {
        var r = Score(Gold, Gold);
        foreach (var t in new[] { MentionType.Dates, MentionType.Distances, MentionType.Organisations })
        {
            Assert.Equal(1.0, r[t].F1);
            Assert.Equal(1.0, r[t].ExactF1);
            Assert.Equal(1.0, r[t].ValueAccuracy);
        }

        Assert.Empty(r.Problems);
    }

    [Fact]
    public void Empty_predictions_score_zero_recall_and_list_misses()
    {
        var r = Score(Gold, new ResultDocument());
        Assert.Equal(0.0, r[MentionType.Organisations].Recall);
        Assert.Equal(0.0, r[MentionType.Organisations].F1);
        Assert.Equal(4, r.Problems.Count(p => p.Problem == "miss"));
        // No gold and no predictions is perfect, not a division by zero.
        Assert.Equal(1.0, r[MentionType.Quotations].F1);
    }

    [Fact]
    public void Off_by_one_spans_match_by_overlap_but_not_exactly()
    {
        var predicted = new ResultDocument { Organisations = [Org(0, 3), Org(12, 15)] };
        var r = Score(Gold, predicted)[MentionType.Organisations];
        Assert.Equal(2, r.Matched);
        Assert.Equal(0, r.ExactMatched);
        Assert.Equal(1.0, r.F1);
        Assert.Equal(0.0, r.ExactF1);
    }

    [Fact]
    public void Duplicate_predictions_match_once_and_count_as_false_positives()
    {
        var predicted = new ResultDocument { Organisations = [Org(0, 4), Org(0, 4), Org(13, 15)] };
        var r = Score(Gold, predicted)[MentionType.Organisations];
        Assert.Equal(2, r.Matched);
        Assert.Equal(2, r.ExactMatched);
        Assert.Equal(2.0 / 3, r.Precision, 9);
        Assert.Equal(1.0, r.Recall);
    }

    [Fact]
    public void Value_mismatches_lower_value_accuracy_only()
    {
        var predicted = new ResultDocument
        {
            Organisations = [Org(0, 4, "north atlantic treaty organization"), Org(13, 15, "eu")],
            Dates = [Date(19, 26, "2023-07-19")],
            Distances = [new DistanceRecord { Start = 38, End = 47, Text = "130 miles", Meters = 209214.72 * 1.009 }],
        };
        var r = Score(Gold, predicted);
        Assert.Equal(1.0, r[MentionType.Dates].F1);
        Assert.Equal(0.0, r[MentionType.Dates].ValueAccuracy);
        Assert.Equal(1.0, r[MentionType.Distances].ValueAccuracy); // within 1 %
        Assert.Equal(0.5, r[MentionType.Organisations].ValueAccuracy); // canonical compared ignoring case
        Assert.Contains(r.Problems, p => p.Problem == "value" && p.Detail == "gold 2024-07-19, predicted 2023-07-19");
    }

    [Fact]
    public void Gold_without_values_does_not_score_values()
    {
        var gold = new ResultDocument { Dates = [new DateRecord { Start = 19, End = 26, Text = "July 19", Value = null }] };
        var predicted = new ResultDocument { Dates = [Date(19, 26, "2024-07-19")] };
        Assert.Equal(1.0, Score(gold, predicted)[MentionType.Dates].ValueAccuracy);
    }

    [Fact]
    public void Distances_off_by_more_than_one_percent_disagree()
    {
        var predicted = new ResultDocument { Distances = [new DistanceRecord { Start = 38, End = 47, Text = "130 miles", Meters = 130 * 1000 }] };
        Assert.Equal(0.0, Score(Gold, predicted)[MentionType.Distances].ValueAccuracy);
    }

    [Fact]
    public void Best_overlap_wins_the_gold_mention()
    {
        var gold = new ResultDocument { Organisations = [Org(0, 15)] };
        var predicted = new ResultDocument { Organisations = [Org(0, 4), Org(0, 12)] };
        var r = Score(gold, predicted);
        Assert.Equal(1, r[MentionType.Organisations].Matched);
        Assert.Contains(r.Problems, p => p.Problem == "false-positive" && p.End == 4);
    }

    [Fact]
    public void Body_only_drops_boilerplate_gold_so_predictions_there_are_false_positives()
    {
        var gold = new ResultDocument { Organisations = [Org(0, 4), Org(13, 15) with { Boilerplate = true }] };
        var predicted = new ResultDocument { Organisations = [Org(0, 4), Org(13, 15)] };
        Assert.Equal(1.0, Score(gold, predicted)[MentionType.Organisations].F1);
        var body = Score(gold, predicted, bodyOnly: true)[MentionType.Organisations];
        Assert.Equal(1, body.Gold);
        Assert.Equal(0.5, body.Precision);
    }

    [Fact]
    public void Quotation_speakers_compare_by_last_word()
    {
        Assert.Equal("Grieco", Scorer.LastWord("Kelly Grieco"));
        Assert.Equal("EU", Scorer.LastWord("spokesperson of China’s mission to the EU"));
        Assert.Null(Scorer.LastWord("  "));
    }

    [Fact]
    public void Types_not_annotated_by_an_article_are_not_scored()
    {
        var gold = new ResultDocument { AnnotatedTypes = ["organisations"], Organisations = [Org(0, 4)] };
        var predicted = new ResultDocument { Organisations = [Org(0, 4)], Dates = [Date(19, 26, "2024-07-19")] };
        var r = Score(gold, predicted);
        Assert.Equal(0, r[MentionType.Dates].Predicted);
        Assert.Equal(1.0, r[MentionType.Organisations].F1);
    }

    [Fact]
    public void Gold_offsets_that_do_not_fit_the_text_are_rejected()
    {
        string json = """{"organisations":[{"start":0,"end":4,"text":"NATX"}]}""";
        var ex = Assert.Throws<FixtureFormatException>(() => FixtureCorpus.Parse("bad", Text, json, "bad.json"));
        Assert.Contains("bad.json", ex.Message, StringComparison.Ordinal);
        Assert.Throws<FixtureFormatException>(() => FixtureCorpus.Parse("bad", Text, "{not json", "bad.json"));
    }

    [Theory]
    [InlineData("The pandemic of 2009-2010 killed many.", "2009-2010", "2009/2010", "2009", "2009", "2010", "2010")]
    [InlineData("The winter of 1957-58 was cold.", "1957-58", "1957/1958", "1957", "1957", "58", "1958")]
    [InlineData("Drills from Monday to July 19 ended.", "Monday to July 19", "2024-07-08/2024-07-19", "Monday", "2024-07-08", "July 19", "2024-07-19")]
    [InlineData("It ran 2024-07-08-2024-07-19 in all.", "2024-07-08-2024-07-19", "2024-07-08/2024-07-19", "2024-07-08", "2024-07-08", "2024-07-19", "2024-07-19")]
    public void Split_ranges_score_a_range_as_its_two_ends(string text, string span, string value, string from, string fromValue, string to, string toValue)
    {
        int s0 = text.IndexOf(span, StringComparison.Ordinal);
        int f0 = text.IndexOf(from, s0, StringComparison.Ordinal);
        int t0 = text.LastIndexOf(to, StringComparison.Ordinal);
        var gold = new ResultDocument
        {
            Dates =
            [
                new DateRecord { Start = f0, End = f0 + from.Length, Text = from, Value = fromValue },
                new DateRecord { Start = t0, End = t0 + to.Length, Text = to, Value = toValue },
            ],
        };
        var predicted = new ResultDocument { Dates = [new DateRecord { Start = s0, End = s0 + span.Length, Text = span, Kind = "range", Value = value }] };
        var corpus = new FixtureCorpus("t", [new FixtureArticle("a", text, gold)]);

        TypeScore whole = Scorer.Score(corpus, [predicted], new ScoringOptions { BodyOnly = false })[MentionType.Dates];
        Assert.Equal(1, whole.Matched);
        Assert.Equal(0, whole.ValueMatched);

        TypeScore split = Scorer.Score(corpus, [predicted], new ScoringOptions { BodyOnly = false, SplitRanges = true })[MentionType.Dates];
        Assert.Equal(2, split.Predicted);
        Assert.Equal(2, split.ExactMatched);
        Assert.Equal(2, split.ValueMatched);
    }

    [Theory]
    [InlineData("(2016-11-07T14,2016-11-07T16,PT2H)", "2016-11-07T14:00/2016-11-07T16:00")]
    [InlineData("(2016-12-04,2016-12-23,P19D)", "2016-12-04/2016-12-23")]
    [InlineData("(T14:30,T16,PT1H30M)", "T14:30/T16:00")]
    [InlineData("2016-11-07", "2016-11-07")] // not a range: as written
    [InlineData("PRESENT_REF", "PRESENT_REF")]
    [InlineData("(1,2)", "(1,2)")] // not the spec's three-part form
    public void Recognizers_range_timexes_are_read_in_this_librarys_interval_notation(string timex, string expected) =>
        Assert.Equal(expected, NewsExtraction.Fixtures.FixtureCorpus.RangeAsInterval(timex));
}
