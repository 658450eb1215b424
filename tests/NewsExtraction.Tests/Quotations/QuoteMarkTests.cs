using NewsExtraction.Quotations;
using static NewsExtraction.Tests.Quotations.QuoteTestHelper;

namespace NewsExtraction.Tests.Quotations;

public sealed class QuoteMarkTests
{
    [Theory]
    [InlineData("“We will not back down,” Smith said.")]
    [InlineData("\"We will not back down,\" Smith said.")]
    [InlineData("‘We will not back down,’ Smith said.")]
    [InlineData("'We will not back down,' Smith said.")]
    [InlineData("«We will not back down,» Smith said.")]
    [InlineData("„We will not back down,“ Smith said.")]
    [InlineData("‹We will not back down,› Smith said.")]
    [InlineData("»We will not back down,« Smith said.")]
    [InlineData("‘‘We will not back down,’’ Smith said.")]
    [InlineData("``We will not back down,'' Smith said.")]
    [InlineData("''We will not back down,'' Smith said.")]
    public void Every_mark_style_gives_the_content_inside_the_marks(string text)
    {
        QuotationMention q = Single(text);
        int mark = text.StartsWith("‘‘", StringComparison.Ordinal) || text.StartsWith("``", StringComparison.Ordinal) || text.StartsWith("''", StringComparison.Ordinal) ? 2 : 1;
        Assert.Equal("We will not back down,", q.Text);
        Assert.Equal(mark, q.Span.Start);
        Assert.Equal(0, q.OuterSpan.Start);
        Assert.Equal(q.Span.End + mark, q.OuterSpan.End);
        Assert.True(q.Marked);
        Assert.Equal("Smith", q.Speaker);
        Assert.Equal("said", q.Cue);
    }

    [Fact]
    public void Nested_quotes_of_another_style_stay_inside_one_quotation()
    {
        const string text = "“Nobody heard from them. I said, ‘Where were they on the radio? Why weren’t they speaking up anywhere?’” Trump said.";
        QuotationMention q = Single(text);
        Assert.Equal("Nobody heard from them. I said, ‘Where were they on the radio? Why weren’t they speaking up anywhere?’", q.Text);
        Assert.Equal("Trump", q.Speaker);
    }

    [Fact]
    public void Apostrophes_inside_words_and_plural_possessives_are_not_marks()
    {
        const string text = "Beijing has repeatedly said that it will support Belarus, opposing “external forces’ interference in Belarus’ domestic affairs under any pretext” and “China’s partners' rights, it's said, are not negotiable.”";
        List<QuotationMention> quotes = Quotes(text);
        Assert.Equal(2, quotes.Count);
        Assert.Equal("external forces’ interference in Belarus’ domestic affairs under any pretext", quotes[0].Text);
        Assert.Equal("China’s partners' rights, it's said, are not negotiable.", quotes[1].Text);
    }

    [Fact]
    public void A_multi_paragraph_quote_gives_one_quotation_per_paragraph_with_the_same_speaker()
    {
        const string text = "Smith said: “We came here to work. We will stay until the job is done.\n\n“Nobody will move us from this place, not the police and not the courts.”\n\nThe protest continued into the night.";
        List<QuotationMention> quotes = Quotes(text);
        Assert.Equal(2, quotes.Count);
        Assert.Equal("We came here to work. We will stay until the job is done.", quotes[0].Text);
        Assert.Equal("Nobody will move us from this place, not the police and not the courts.", quotes[1].Text);
        Assert.All(quotes, q => Assert.Equal("Smith", q.Speaker));
    }

    [Fact]
    public void A_missing_closing_mark_is_recovered_at_the_paragraph_end()
    {
        const string text = "“We will keep the border open for everyone who needs it, the minister said in Warsaw.\n\nThe opposition called the plan reckless. “It is a disaster,” Kowalski said.";
        List<QuotationMention> quotes = Quotes(text);
        Assert.Equal(2, quotes.Count);
        Assert.Equal("We will keep the border open for everyone who needs it, the minister said in Warsaw.", quotes[0].Text);
        Assert.Equal("It is a disaster,", quotes[1].Text);
        Assert.Equal("Kowalski", quotes[1].Speaker);
    }

    [Fact]
    public void Stray_marks_do_not_create_quotations()
    {
        const string text = "The 12\" pipe burst near the rock 'n' roll museum in the ’90s.\n\nA lone ” mark and a “ mark stand here without partners and nothing else.";
        Assert.Empty(Quotes(text));
    }

    [Fact]
    public void A_second_opening_mark_closes_an_unclosed_quote_before_it()
    {
        const string text = "“So the blue scarf was the backup. I’m happy it paid off. “\n\nHe left.";
        QuotationMention q = Single(text);
        Assert.Equal("So the blue scarf was the backup. I’m happy it paid off.", q.Text);
        Assert.False(q.OuterSpan.End > text.IndexOf('\n', StringComparison.Ordinal));
    }

    [Fact]
    public void A_hard_wrapped_quote_continues_over_a_line_break()
    {
        const string text = "“We will not accept a deal that leaves our farmers without any\nprotection at all,” the minister said.";
        QuotationMention q = Single(text);
        Assert.Equal("We will not accept a deal that leaves our farmers without any\nprotection at all,", q.Text);
        Assert.Equal("minister", q.Speaker);
    }
}
