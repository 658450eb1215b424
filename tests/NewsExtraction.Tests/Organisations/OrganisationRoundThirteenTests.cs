using static NewsExtraction.Tests.Organisations.OrganisationAssert;

namespace NewsExtraction.Tests.Organisations;

/// <summary>Thirteenth round: hyphenated titles end a name; hyphenated words with a bound prefix are name words.</summary>
public sealed class OrganisationRoundThirteenTests
{
    [Theory]
    [InlineData("Also present was TSP Vice-President Marisela Quintero, who chaired the session.", "TSP", "TSP Vice-President")]
    [InlineData("The ACB Deputy-Chairman Omar Hadi resigned on Friday.", "ACB", "ACB Deputy-Chairman")]
    public void Hyphenated_title_after_a_name_is_not_part_of_it(string text, string name, string notName)
    {
        AssertHas(text, name);
        AssertLacks(text, notName);
    }

    [Theory]
    [InlineData("Talks in Riyadh\n\nDelegates of the Pacific Co-operation Council met in June.", "Pacific Co-operation Council")]
    [InlineData("Talks in Lagos\n\nThe Independent Anti-corruption Commission opened an inquiry.", "Independent Anti-corruption Commission")]
    public void A_bound_prefix_before_a_hyphen_keeps_the_word_in_the_name(string text, string name)
    {
        AssertHas(text, name);
    }

    [Fact]
    public void A_name_with_a_lower_case_hyphenated_suffix_is_still_an_adjective()
    {
        // Negative: "US-based" is not part of the name that follows.
        const string text = "Talks in Lagos\n\nThe US-based Oakfield Institute published the survey.";
        AssertHas(text, "Oakfield Institute");
        AssertLacks(text, "US-based Oakfield Institute");
    }
}
