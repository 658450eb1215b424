using NewsExtraction.Organisations;
using NewsExtraction.Text;

namespace NewsExtraction.Tests.Organisations;

/// <summary>The tagger's document-level and context features (round seven): computed over a word's other occurrences, linear.</summary>
public sealed class OrganisationContextFeatureTests
{
    private static int[] FeaturesOf(string text, int token)
    {
        OrganisationRecognizer r = OrganisationRecognizer.ForTraining(AnalyzedDocument.Analyze(text));
        Span<int> buffer = stackalloc int[OrganisationRecognizer.MaxFeatures];
        int n = r.StaticFeatures(token, buffer);
        int[] f = buffer[..n].ToArray();
        Array.Sort(f);
        return f;
    }

    [Fact]
    public void Another_occurrence_in_lower_case_changes_the_features_of_a_capitalised_word()
    {
        // Token 0 ("Eskom") has the same local context in both texts; only its second occurrence differs.
        int[] capitalised = FeaturesOf("Eskom said on Monday it would cut power. The Eskom board met in March.", 0);
        int[] lower = FeaturesOf("Eskom said on Monday it would cut power. The eskom board met in March.", 0);
        Assert.NotEqual(capitalised, lower);
    }

    [Fact]
    public void An_unrelated_sentence_does_not_change_a_words_features()
    {
        // The statistics are per word: a word that occurs once has "no other occurrence", whatever else the
        // article says (the context words are the same), so nothing document-wide leaks into its features.
        int[] alone = FeaturesOf("Canalys said on Monday that sales fell. Prices rose in March.", 0);
        int[] other = FeaturesOf("Canalys said on Monday that sales fell. Analysts were surprised in April.", 0);
        Assert.Equal(alone, other);
    }

    [Fact]
    public void What_surrounds_another_occurrence_is_a_feature()
    {
        // "Eskom said in a statement" (a rule cue, and "said" a cue word) against a plain clause: the sentence-initial
        // first mention, whose own context is the same in both texts, sees the difference.
        int[] read = FeaturesOf("Eskom cut power. Later Eskom said in a statement that stage 4 would end.", 0);
        int[] unread = FeaturesOf("Eskom cut power. Later Eskom was blamed by everyone for stage 4 ending.", 0);
        Assert.NotEqual(read, unread);
    }

    [Fact]
    public void The_features_fit_the_buffer_for_a_word_with_every_cue_around_it()
    {
        string cues = "said says told according shares spokesperson spokesman spokeswoman executive ceo based statement announced chairman "
            + "subsidiary company firm club coach newspaper reported founded owned unit group operator agency director president its his her he she who which their";
        var text = new System.Text.StringBuilder();
        foreach (string cue in cues.Split(' '))
        {
            text.Append("The (Acme) ").Append(cue).Append(" Acme Ministry ").Append(cue).Append(". ");
        }

        OrganisationRecognizer r = OrganisationRecognizer.ForTraining(AnalyzedDocument.Analyze(text.ToString()));
        Span<int> buffer = stackalloc int[OrganisationRecognizer.MaxFeatures];
        int most = 0;
        for (int i = 0; i < r.TokenCount; i++)
        {
            if (r.IsTagged(i, OrganisationModel.TagBOrg))
            {
                most = Math.Max(most, r.StaticFeatures(i, buffer));
            }
        }

        Assert.InRange(most, 40, OrganisationRecognizer.MaxFeatures - 4);
    }

    [Fact]
    public void One_word_repeated_two_hundred_thousand_times_stays_fast()
    {
        string text = string.Concat(Enumerable.Repeat("Eskom eskom Eskom. ", 70_000));
        var sw = System.Diagnostics.Stopwatch.StartNew();
        OrganisationRecognizer.Recognize(AnalyzedDocument.Analyze(text), OrganisationExtractorOptions.Default, OrganisationExtractor.ExtractorName, CancellationToken.None);
        Assert.True(sw.Elapsed < TimeSpan.FromSeconds(20), $"took {sw.Elapsed}");
    }

    [Fact]
    public void Per_call_arrays_from_the_shared_pool_leave_nothing_behind_between_articles()
    {
        // The recogniser rents its per-token arrays from the shared pool and returns them after each article. A long
        // article before a short one (or many at once) must not change what the short one gets: same mentions in
        // every order, sequential or parallel.
        ExtractionPipeline pipeline = new ExtractionPipelineBuilder().UseOrganisations().Build();
        string[] texts =
        [
            .. Seeds.All.Select(Seeds.Text),
            "Workers at Tavrida Steel went on strike. Investors in Norvexa lost heavily, and Norvexa shares fell.",
            "Members of the Unidad Popular party voted against the budget, and the Unidad Popular leader resigned.",
            "NATO",
            "",
        ];
        string Describe(string text) => string.Join("|", pipeline.Extract(new Article(text)).Organisations.Select(m => $"{m.Span.Start}:{m.Span.End}:{m.Canonical}:{m.Confidence}"));
        string[] forward = texts.Select(Describe).ToArray();
        Assert.Contains(forward, f => f.Contains(":Unidad Popular:0.65", StringComparison.Ordinal)); // a tagger name: the model's arrays are used
        string[] backward = texts.Reverse().Select(Describe).Reverse().ToArray();
        Assert.Equal(forward, backward);
        var parallel = new string[texts.Length * 8];
        Parallel.For(0, parallel.Length, i => parallel[i] = Describe(texts[i % texts.Length]));
        for (int i = 0; i < parallel.Length; i++)
        {
            Assert.Equal(forward[i % texts.Length], parallel[i]);
        }
    }
}
