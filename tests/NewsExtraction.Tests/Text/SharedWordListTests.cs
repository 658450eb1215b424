using NewsExtraction.Quotations;
using NewsExtraction.Text;
using static NewsExtraction.Tests.Quotations.QuoteTestHelper;

namespace NewsExtraction.Tests.Text;

/// <summary>The demonym list is one data file read by both the organisation and the quotation extractor.</summary>
public sealed class SharedWordListTests
{
    [Fact]
    public void Shared_demonyms_load_and_both_extractors_see_the_same_nationalities()
    {
        List<string> lines = ResourceText.ReadLines("NewsExtraction.Text.demonyms.txt");
        Assert.True(lines.Count > 200, $"only {lines.Count} demonyms loaded");
        foreach (string w in new[] { "Chinese", "Zimbabwean", "Hispanic", "Briton" })
        {
            Assert.Contains(w, lines);
            Assert.True(QuoteLexicon.Demonyms.Contains(w), w);
        }
    }

    [Fact]
    public void Religious_adjectives_are_organisation_only_so_a_speaker_named_Christian_keeps_his_first_name()
    {
        Assert.Contains("Christian", ResourceText.ReadLines("NewsExtraction.Organisations.adjectives.txt"));
        Assert.False(QuoteLexicon.Demonyms.Contains("Christian"));

        QuotationMention q = Single("“We kept the pace all afternoon,” said Christian Moreau, the team principal.");
        Assert.Equal("Christian Moreau", q.Speaker);
    }
}
