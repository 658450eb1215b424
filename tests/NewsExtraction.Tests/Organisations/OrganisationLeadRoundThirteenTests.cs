using static NewsExtraction.Tests.Organisations.OrganisationAssert;

namespace NewsExtraction.Tests.Organisations;

/// <summary>Thirteenth round: hyphenated titles end a name; bound prefixes; sentence-initial common nouns before a role; hospital names.</summary>
public sealed class OrganisationLeadRoundThirteenTests
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

    [Theory]
    [InlineData("Talks in Panama\n\nThe bank was sold last year. Firm co-founder Ramon Fonseca said the sale was legal.", "Firm")]
    [InlineData("Talks in Lagos\n\nThe plant closed. Company chairman Ali Khan blamed the regulator.", "Company")]
    public void A_common_noun_opening_a_sentence_before_a_role_is_no_name(string text, string notName)
    {
        AssertLacks(text, notName);
    }

    [Fact]
    public void A_name_opening_a_sentence_before_a_role_and_a_person_is_kept()
    {
        // Positive: the cue still takes a real name at the sentence start.
        AssertHas("Talks in Lagos\n\nThe plant closed. Zentrova chairman Ali Khan blamed the regulator.", "Zentrova");
    }

    [Theory]
    [InlineData("Talks in London\n\nHe was taken to Croydon University Hospital on Monday.", "Croydon University")]
    [InlineData("Talks in London\n\nShe was treated at Kings College Hospital after the crash.", "Kings College")]
    public void The_first_words_of_a_hospital_name_are_no_organisation(string text, string notName)
    {
        AssertLacks(text, notName);
    }

    [Fact]
    public void A_university_named_beside_a_hospital_is_kept()
    {
        AssertHas("Talks in London\n\nDoctors from Croydon University said the hospital was full.", "Croydon University");
    }

    [Fact]
    public void Two_institutions_joined_by_and_are_two_names()
    {
        const string text = "Talks in Boston\n\nThe twins studied at the University of Vermont and Oakridge State University, respectively.";
        AssertHas(text, "University of Vermont");
        AssertHas(text, "Oakridge State University");
        AssertLacks(text, "University of Vermont and Oakridge State University");
    }

    [Theory]
    [InlineData("Talks in Washington\n\nThe Department of Health and Human Services issued the rule.", "Department of Health and Human Services")]
    [InlineData("Talks in Hanoi\n\nThe Ministry of Science and Technology issued the rule.", "Ministry of Science and Technology")]
    public void A_complement_with_and_stays_one_name(string text, string name)
    {
        AssertHas(text, name);
    }

    [Fact]
    public void A_name_after_ambassador_to_is_not_widened_over_the_envoy()
    {
        // The article never writes "Vell said" or a title before the name, so only the role phrase tells.
        const string text = "Talks in Seoul\n\nThe dispute grew with the US ambassador to the UN Corinne Vell declaring 'enough is enough' on Tuesday.";
        AssertHas(text, "UN");
        AssertLacks(text, "UN Corinne Vell");
    }

    [Theory]
    [InlineData("Talks in Miami\n\nThe ferry leaves at 8 a.m. Tuesday (6:15 p.m. ET Monday), the operator said.", "ET")]
    [InlineData("Talks in Sydney\n\nThe ship docked at 5 p.m. AEST and left at 2 p.m. CST on Monday.", "AEST")]
    [InlineData("Talks in Sydney\n\nThe ship docked at 5 p.m. AEST and left at 2 p.m. CST on Monday.", "CST")]
    public void A_time_zone_is_no_organisation(string text, string zone)
    {
        AssertLacks(text, zone);
    }

    [Fact]
    public void A_photo_credit_is_not_widened_over_the_caption_after_it()
    {
        // Scraped galleries glue the credit to the next caption with no punctuation between them.
        const string text = "Flood in the valley\n\nThe river burst its banks overnight, officials said.\n"
            + "Getty Images Rescuers pulled families from rooftops in the town\nThe water rose two metres.\n"
            + "Getty Images Volunteers filled sandbags near the bridge\nThe town hall was closed.\n";
        AssertHas(text, "Getty Images");
        AssertLacks(text, "Getty Images Rescuers");
        AssertLacks(text, "Getty Images Volunteers");
    }
}
