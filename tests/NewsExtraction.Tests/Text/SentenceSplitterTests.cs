using NewsExtraction.Text;

namespace NewsExtraction.Tests.Text;

public sealed class SentenceSplitterTests
{
    private static List<string> Sentences(string text)
    {
        var doc = AnalyzedDocument.Analyze(text);
        return doc.Sentences.Select(s => text[s.Span.Start..s.Span.End]).ToList();
    }

    private static List<string> SeedSentences(string seed) => Sentences(Seeds.Text(seed));

    [Fact]
    public void Abbreviations_do_not_end_sentences()
    {
        var s = Sentences("The U.S. will keep pressuring China. Gen. Smith arrived on Jan. 5 in Washington. He left.");
        Assert.Equal(["The U.S. will keep pressuring China.", "Gen. Smith arrived on Jan. 5 in Washington.", "He left."], s);
    }

    [Theory]
    [InlineData("Troops landed in the U.S. The ministry gave no figures.", "Troops landed in the U.S.", "The ministry gave no figures.")]
    [InlineData("The vote closes at 8 p.m. It may run late.", "The vote closes at 8 p.m.", "It may run late.")]
    [InlineData("She sold her stake in Northwind Holdings Inc. But the deal stalled.", "She sold her stake in Northwind Holdings Inc.", "But the deal stalled.")]
    [InlineData("The award went to Walter Green Jr. “He earned it,” a juror said.", "The award went to Walter Green Jr.", "“He earned it,” a juror said.")]
    [InlineData("Students marched from the K.L.M. campus. They were stopped at the gate.", "Students marched from the K.L.M. campus.", "They were stopped at the gate.")]
    public void An_abbreviation_that_can_end_a_sentence_ends_one_before_a_usual_opener(string text, string first, string second)
    {
        Assert.Equal([first, second], Sentences(text));
    }

    [Theory]
    [InlineData("Students of the S.R.M. Institute of Science and Technology marched on Friday.")]
    [InlineData("The vote closes at 8 p.m. Friday in most districts.")]
    [InlineData("Officials from the U.S. Treasury Department arrived in Lagos.")]
    [InlineData("A report by the N.Y. State Police described the crash.")]
    [InlineData("Shares of Northwind Holdings Inc. Class B stock rose.")]
    [InlineData("Gen. The Duke of Kent attended.")]
    public void An_abbreviation_or_initialism_before_a_name_does_not_end_the_sentence(string text)
    {
        Assert.Equal([text], Sentences(text));
    }

    [Fact]
    public void Sentences_partition_the_tokens_in_order_for_any_mix_of_abbreviations_and_openers()
    {
        string[] pieces = ["U.S.", "S.R.M.", "p.m.", "Inc.", "Gen.", "The", "He", "talks", "Acme", ".", "?", " ", " ", "\n", "\n\n", "“", "”", "5", "F.", "e.g."];
        var gen = FsCheck.Fluent.Gen.ArrayOf(FsCheck.Fluent.Gen.Elements(pieces));
        FsCheck.Check.QuickThrowOnFailure(FsCheck.Fluent.Prop.ForAll(FsCheck.Fluent.Arb.ToArbitrary(gen), parts =>
        {
            string text = string.Concat(parts);
            var doc = AnalyzedDocument.Analyze(text);
            int next = 0;
            int lastEnd = 0;
            foreach (Sentence sentence in doc.Sentences)
            {
                // Each sentence is non-empty, starts where the previous one stopped, and its span runs from its first to its last token.
                Assert.True(sentence.TokenCount > 0);
                Assert.Equal(next, sentence.FirstToken);
                Assert.True(sentence.Span.Start >= lastEnd);
                Assert.Equal(doc.Tokens[sentence.FirstToken].Span.Start, sentence.Span.Start);
                Assert.Equal(doc.Tokens[sentence.FirstToken + sentence.TokenCount - 1].Span.End, sentence.Span.End);
                next += sentence.TokenCount;
                lastEnd = sentence.Span.End;
            }

            Assert.Equal(doc.Tokens.Count, next);
        }));
    }

    [Fact]
    public void Sentence_openers_load()
    {
        Assert.True(Abbreviations.OpenerCount > 40);
        Assert.True(Abbreviations.IsSentenceOpener("The"));
        Assert.False(Abbreviations.IsSentenceOpener("the"));
        Assert.True(Abbreviations.MayEndSentence("U.S"));
        Assert.False(Abbreviations.MayEndSentence("Gen"));
        Assert.True(Abbreviations.Contains("Inc"));
    }

    [Fact]
    public void Decimals_and_initials_do_not_end_sentences()
    {
        var s = Sentences("Growth was 1.5 percent, said John F. Kennedy. Then it fell.");
        Assert.Equal(["Growth was 1.5 percent, said John F. Kennedy.", "Then it fell."], s);
    }

    [Fact]
    public void A_quote_closing_after_the_period_stays_with_its_sentence()
    {
        var s = Sentences("“We will respond.” He said no more. “Why?” she asked.");
        Assert.Equal(["“We will respond.”", "He said no more.", "“Why?” she asked."], s);
    }

    [Fact]
    public void Seed_000_dateline_headline_and_body_sentences()
    {
        var s = SeedSentences(Seeds.S000);
        Assert.Contains("الاثنين 08 يوليو 2024 - 18:20", s);
        Assert.Contains("Escalating Tensions: China and Belarus Stage Joint Drills at NATO's Doorstep", s);
        Assert.Contains(s, x => x.StartsWith("Founded in 2001 by China, Russia", StringComparison.Ordinal) && x.EndsWith("in Central Asia.", StringComparison.Ordinal));
        // "Washington, D.C., and" does not split.
        Assert.Contains(s, x => x.Contains("summit in Washington, D.C., and Ukrainian President Volodymyr Zelensky's visit to Poland.", StringComparison.Ordinal));
    }

    [Fact]
    public void Seed_001_quote_with_it_added_is_one_sentence()
    {
        var s = SeedSentences(Seeds.S001);
        Assert.Contains(s, x => x.StartsWith("“The training aims", StringComparison.Ordinal) && x.EndsWith("it added.", StringComparison.Ordinal));
        Assert.Contains("China’s Ministry of Defense said on Sunday that the drills will include “hostage rescue operations and counter-terrorism missions.”", s);
        Assert.Contains("Read also:", s);
    }

    [Fact]
    public void Seed_002_told_AFP_and_the_name_are_separate_sentences()
    {
        var s = SeedSentences(Seeds.S002);
        Assert.Contains(s, x => x.StartsWith("“It’s much more about", StringComparison.Ordinal) && x.EndsWith("told AFP.", StringComparison.Ordinal));
        Assert.Contains("Kelly Grieco.", s);
    }

    [Fact]
    public void Seed_003_page_reference_and_double_period()
    {
        var s = SeedSentences(Seeds.S003);
        Assert.Contains("Thursday, July 11, 2024, p. 24", s);
        Assert.Contains("Beijing.", s);
        Assert.Contains(s, x => x.StartsWith("Chinese Foreign Ministry spokesman Lin Jian said: We firmly oppose", StringComparison.Ordinal) && x.EndsWith("in this region..", StringComparison.Ordinal));
    }

    [Fact]
    public void Seed_004_glued_byline_and_us_abbreviation()
    {
        var s = SeedSentences(Seeds.S004);
        Assert.Contains("Nikola MikovicBy Nikola MikovicMarch 1, 2023Updated:March 1, 2023No Comments4 Mins Read", s);
        Assert.Contains("The U.S. will keep pressuring China, as well as other countries, not to provide any assistance not only to Russia, but to Belarus.", s);
        // A quote of two sentences splits inside the marks; the attribution stays with the second.
        Assert.Contains("“We have been a reliable friend of the Chinese people in recent decades.", s);
        Assert.Contains("And we will always remain so,” said Lukashenko.", s);
    }

    [Fact]
    public void Hard_wrapped_lines_join_into_one_sentence()
    {
        var s = Sentences("The minister said the talks would resume\nnext week in Geneva. Nobody else spoke.");
        Assert.Equal(["The minister said the talks would resume\nnext week in Geneva.", "Nobody else spoke."], s);
    }
}
