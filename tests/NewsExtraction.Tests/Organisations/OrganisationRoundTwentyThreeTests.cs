using static NewsExtraction.Tests.Organisations.OrganisationAssert;

namespace NewsExtraction.Tests.Organisations;

/// <summary>Twenty-third round: general causes of errors on unseen worldwide newswire (invented sentences and names).</summary>
public sealed class OrganisationRoundTwentyThreeTests
{
    [Fact]
    public void A_short_form_of_lower_case_words_is_no_organisation()
    {
        const string text = "Coast\n\nEngineers moored a deep ocean buoy (DOB) near the reef on Monday. The DOB has sent readings every hour since.";
        AssertLacks(text, "DOB");
    }

    [Fact]
    public void A_short_form_of_a_comma_list_of_lower_case_words_is_no_organisation()
    {
        const string text = "Fishing\n\nThe ministers agreed to curb unlicensed, unmonitored and unlawful (UUU) trawling. UUU catches fell last year.";
        AssertLacks(text, "UUU");
    }

    [Fact]
    public void A_short_form_of_hyphenated_lower_case_words_is_no_organisation()
    {
        const string text = "Farming\n\nMost cattle graze in the semi-arid belt (SAB) of the north. Rain in the SAB was poor this season.";
        AssertLacks(text, "SAB");
    }

    [Fact]
    public void A_short_form_given_after_or_to_lower_case_words_is_no_organisation()
    {
        const string text = "Navy\n\nThe ship carries a passive radar array, or PRA, on its mast. The PRA mounting was finished in May.";
        AssertLacks(text, "PRA");
    }

    [Fact]
    public void A_lower_case_body_with_a_short_form_stays_an_organisation()
    {
        const string text = "Towns\n\nThe regional water committee (RWC) met on Monday. The RWC said the dam would be repaired.";
        AssertHas(text, "RWC");
    }

    [Fact]
    public void Capitalised_words_and_a_trailing_common_noun_before_a_short_form_name_a_thing()
    {
        const string text = "Feed\n\nGrowers breed Green Marsh Beetle larvae (GMB) for poultry feed. Demand for GMB has doubled.";
        AssertLacks(text, "GMB");
    }

    [Fact]
    public void A_foreign_name_in_sentence_case_keeps_its_short_form()
    {
        // One capitalised word and lower-case words: a body's name in a language that capitalises only its first word.
        const string text = "Roads\n\nThe head of the Office national des pistes (ONP) visited the site. The ONP will pave the road.";
        AssertHas(text, "ONP");
    }

    [Fact]
    public void A_company_name_that_is_a_region_after_the_and_a_nationality_is_the_region()
    {
        AssertLacks("Forests\n\nFires spread across the Peruvian Amazon during the dry months.", "Amazon");
        AssertHas("Retail\n\nAmazon said on Monday that sales rose.", "Amazon");
    }

    [Fact]
    public void A_company_name_after_a_given_name_and_a_middle_initial_is_a_surname()
    {
        AssertLacks("Navy\n\nThe new carrier is named after Walter K. Ford, a wartime admiral.", "Ford");
        AssertHas("Cars\n\nFord said on Monday that its truck sales rose.", "Ford");
    }

    [Fact]
    public void Police_and_cabinet_role_abbreviations_before_a_name_are_titles()
    {
        AssertLacks("Crime\n\nOC Rafiq Haldar said the case was filed on Sunday.", "OC");
        AssertLacks("Crime\n\nASI Tapan Mondal took the suspect to the station.", "ASI");
        AssertLacks("Health\n\nThe Health CS Amina Wekesa opened the clinic in Kisumu.", "CS");
    }

    [Fact]
    public void A_rule_name_is_not_widened_over_a_registry_given_name_and_a_surname()
    {
        const string text = "Politics\n\nThe alliance won backing from Ford Uganda Tobias Okello and other leaders at the rally.";
        AssertLacks(text, "Ford Uganda Tobias Okello");
    }

    [Fact]
    public void A_known_acronym_the_article_defines_as_a_thing_is_no_organisation()
    {
        const string text = "Quarry\n\nThe council ordered a Noise Spillover Assessment (NSA) for the quarry. The NSA will take six weeks.";
        AssertLacks(text, "NSA");
    }

    [Fact]
    public void A_known_acronym_the_article_gives_to_capitalised_words_and_a_common_noun_is_no_organisation()
    {
        const string text = "Nursery\n\nGrowers raise Blue Sand Fern seedlings (BSF) in shaded beds. Buyers say BSF seedlings sell well.";
        AssertLacks(text, "BSF");
    }

    [Fact]
    public void A_known_body_written_another_way_keeps_its_acronym()
    {
        // The long form ends in the known body's own last word: the body, not a thing.
        const string text = "Quake\n\nScientists at the US Geological Survey (USGS) called the tremor shallow. The USGS later revised it.";
        AssertHas(text, "USGS");
    }

    [Fact]
    public void The_athletics_governing_body_is_a_known_organisation()
    {
        AssertHas("Sport\n\nWorld Athletics said on Tuesday it would review the starting rule.", "World Athletics");
    }

    [Fact]
    public void A_propagated_name_before_an_event_word_is_no_mention()
    {
        const string text = "Sport\n\nShe raced at the World Athletics Championships in Tokyo, and World Athletics praised her later.";
        Assert.Single(Texts(text), t => t == "World Athletics");
    }

    [Fact]
    public void A_name_before_an_event_word_and_its_host_city_is_no_mention()
    {
        AssertLacks("Sport\n\nHe swam at the World Aquatics Championships Doha 2031 on Monday.", "World Aquatics");
        AssertLacks("Sport\n\nHe played at the FIFA World Cup Doha 2031 on Monday.", "FIFA");
    }

    [Fact]
    public void A_persons_nickname_is_no_source_organisation()
    {
        const string text = "Politics\n\nGovernor Tomas Reyesco will step down next year.\nReyesco – better known as Tomasito – wants a lasting legacy. "
            + "According to Tomasito, the new port will cost two billion dollars. Tomasito has promised to finish it.";
        AssertLacks(text, "Tomasito");
    }

    [Fact]
    public void A_body_known_by_a_short_name_stays_a_source()
    {
        const string text = "Business\n\nThe lender, known as Finvora, grew fast. According to Finvora, loans rose 20 percent. Finvora plans to expand.";
        AssertHas(text, "Finvora");
    }

    [Fact]
    public void A_name_inside_a_law_title_with_a_bracket_of_several_words_is_no_mention()
    {
        const string text = "Law\n\nCritics want the Coast Guard (Emergency Powers) Act (CGEPA) repealed. The CGEPA gives wide powers.";
        AssertLacks(text, "Coast Guard");
        AssertLacks(text, "CGEPA");
    }

    [Fact]
    public void A_country_written_without_its_article_is_no_organisation()
    {
        const string text = "Trade\n\nTraders from the Democratic Republic of Congo (DRC) crossed the river at dawn. DRC officials waved them through.";
        AssertLacks(text, "Democratic Republic of Congo");
        AssertLacks(text, "DRC");
    }

    [Fact]
    public void A_company_name_between_a_title_and_a_surname_is_a_given_name()
    {
        AssertLacks("Nations\n\nThe council met on Friday. Interim Chief Stanford Bighorn said the vote would go ahead.", "Stanford");
        AssertHas("Study\n\nResearchers at Stanford said on Monday that the trial worked.", "Stanford");
    }

    [Fact]
    public void A_judges_title_before_a_ministry_is_its_portfolio()
    {
        AssertHas("Courts\n\nThe Justice Ministry said on Friday it would appeal the ruling.", "Justice Ministry");
    }

    [Fact]
    public void A_country_or_region_with_and_in_its_name_opens_a_body_whole()
    {
        AssertHas("Sport\n\nThe Antigua and Barbuda Cricket Board met on Monday.", "Antigua and Barbuda Cricket Board");
        AssertHas("Region\n\nLeaders of the Jammu and Kashmir Traders Federation called a strike.", "Jammu and Kashmir Traders Federation");
    }
}
