using NewsExtraction.Organisations;
using Xunit;

namespace NewsExtraction.Tests.Organisations;

/// <summary>The letter-pair filter in front of the lower-case gazetteer names: it may only ever skip words that are no such name.</summary>
public sealed class OrganisationLexiconFilterTests
{
    [Fact]
    public void Every_lower_case_gazetteer_name_passes_the_filter()
    {
        OrganisationLexicon lex = OrganisationLexicon.Instance;
        int checkedNames = 0;
        foreach (string line in NewsExtraction.Text.ResourceText.ReadLines("NewsExtraction.Organisations.organisations.txt"))
        {
            string longForm = line.Split('|')[1];
            if (longForm.Length >= 3 && longForm.All(char.IsLower))
            {
                Assert.True(lex.MayBeLowerCaseName(longForm), longForm);
                Assert.True(lex.LowerCaseNames.ContainsToken(longForm), longForm);
                checkedNames++;
            }
        }

        Assert.True(checkedNames >= 3, $"only {checkedNames} lower-case names in the gazetteer");
    }

    [Theory]
    [InlineData("the")]
    [InlineData("report")]
    [InlineData("was")]
    public void Common_words_are_rejected_before_any_lookup(string word)
    {
        Assert.False(OrganisationLexicon.Instance.MayBeLowerCaseName(word));
    }

    [Theory]
    [InlineData("éclair")]
    [InlineData("x")]
    [InlineData("a1b")]
    public void Words_not_starting_with_two_ascii_letters_are_always_looked_up(string word)
    {
        Assert.True(OrganisationLexicon.Instance.MayBeLowerCaseName(word));
    }
}
