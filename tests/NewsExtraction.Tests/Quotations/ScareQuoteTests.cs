using static NewsExtraction.Tests.Quotations.QuoteTestHelper;

namespace NewsExtraction.Tests.Quotations;

public sealed class ScareQuoteTests
{
    [Theory]
    [InlineData("The accusations leveled against Belarus for its alleged \"weaponization\" of the border continue.")]
    [InlineData("Critics dismissed the so-called “peace plan” as theatre.")]
    [InlineData("He appeared on “Meet the Press” on Sunday morning.")]
    [InlineData("The “America First” policy was announced in the Rose Garden.")]
    [InlineData("Officials dubbed it “Operation Sentinel Shield” in the memo.")]
    [InlineData("The report criticised the “zero tolerance” approach of the government.")]
    public void Scare_quotes_titles_and_names_are_not_quotations(string text)
    {
        Assert.Empty(Quotes(text));
    }

    [Theory]
    [InlineData("Trump said the polls were “totally rigged,” and left the stage.", "totally rigged,")]
    [InlineData("“Rigged election,” Trump said on Monday.", "Rigged election,")]
    [InlineData("The senator said the decision was “deeply troubling” for the region.", "deeply troubling")]
    [InlineData("“If you want peace, prepare for war,” appears to be the country’s strategy.", "If you want peace, prepare for war,")]
    [InlineData("Bone joked that his sweater was now “more famous than me.”", "more famous than me.")]
    public void Short_attributed_fragments_and_full_clauses_are_quotations(string text, string expected)
    {
        Assert.Contains(Quotes(text), q => q.Text == expected);
    }

    [Theory]
    [InlineData("The campaign called the move “deeply troubling.”", "deeply troubling.")]
    [InlineData("She paused.\n\n“It worked!”\n\nThe room cheered.", "It worked!")]
    public void Short_finished_utterances_are_quotations(string text, string expected)
    {
        Assert.Contains(Quotes(text), q => q.Text == expected);
    }

    [Theory]
    [InlineData("Pence told “Fox News Sunday.” that he would stay.")]
    [InlineData("She published the study “Left Out: Why Small Towns Lost the Trade Boom.”")]
    public void Titles_with_a_final_period_are_not_quotations(string text)
    {
        Assert.Empty(Quotes(text));
    }

    [Fact]
    public void A_single_attributed_word_is_a_scare_quote()
    {
        Assert.Empty(Quotes("Trump said the election was “rigged” and left."));
    }
}
