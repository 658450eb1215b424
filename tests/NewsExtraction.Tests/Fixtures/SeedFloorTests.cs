using NewsExtraction.Fixtures;

namespace NewsExtraction.Tests.Fixtures;

/// <summary>
/// Regression guard: the default pipeline's scores on the seed fixtures never fall below the floors
/// recorded here. Raise a floor when an improvement lands; never lower one without saying why in the
/// commit. The measured figures are in docs/accuracy.md.
/// </summary>
public sealed class SeedFloorTests
{
    // type, body-only?, overlap F1 floor, exact-span F1 floor, value accuracy floor
    public static TheoryData<MentionType, bool, double, double, double> Floors => new()
    {
        { MentionType.Dates, true, 1.00, 1.00, 1.00 },
        { MentionType.Dates, false, 1.00, 1.00, 0.97 },
        { MentionType.Distances, true, 1.00, 1.00, 1.00 },
        { MentionType.Distances, false, 1.00, 1.00, 1.00 },
        { MentionType.Organisations, true, 1.00, 1.00, 1.00 },
        { MentionType.Organisations, false, 0.97, 0.97, 0.95 },
        { MentionType.Quotations, true, 1.00, 1.00, 1.00 },
        { MentionType.Quotations, false, 1.00, 1.00, 1.00 },
    };

    private static readonly Lazy<ScoreReport> BodyOnly = new(() => Scorer.Evaluate(ExtractionPipeline.Default, FixtureCorpus.Seeds, new ScoringOptions { BodyOnly = true }));

    private static readonly Lazy<ScoreReport> WholePage = new(() => Scorer.Evaluate(
        new ExtractionPipelineBuilder().UseDefaults().WithOptions(o => o with { Scope = ExtractionScope.WholePage }).Build(),
        FixtureCorpus.Seeds,
        new ScoringOptions { BodyOnly = false }));

    [Theory]
    [MemberData(nameof(Floors))]
    public void Seed_scores_stay_above_their_floor(MentionType type, bool bodyOnly, double f1, double exactF1, double valueAccuracy)
    {
        TypeScore s = (bodyOnly ? BodyOnly : WholePage).Value[type];
        Assert.True(s.F1 >= f1, $"{type} ({(bodyOnly ? "body-only" : "whole page")}) overlap F1 {s.F1:0.000} < floor {f1:0.000}");
        Assert.True(s.ExactF1 >= exactF1, $"{type} exact F1 {s.ExactF1:0.000} < floor {exactF1:0.000}");
        Assert.True(s.ValueAccuracy >= valueAccuracy, $"{type} value accuracy {s.ValueAccuracy:0.000} < floor {valueAccuracy:0.000}");
    }

    [Fact]
    public void Acronym_linking_on_the_seeds_is_exact()
    {
        // In the articles' content, every acronym link (an acronym resolved to its long form, or a long form with its acronym)
        // must be found with the right canonical, and no predicted canonical may be wrong. (Seed 001's "prison (JVA)" teaser
        // lies in boilerplate and has no initials to match: a documented miss, see docs/organisations.md.)
        var report = BodyOnly.Value;
        var problems = report.Problems.Where(p => p.Type == MentionType.Organisations && p.Problem == "value").ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }
}
