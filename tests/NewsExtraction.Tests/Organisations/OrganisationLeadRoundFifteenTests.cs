using NewsExtraction.Organisations;
using static NewsExtraction.Tests.Organisations.OrganisationAssert;

namespace NewsExtraction.Tests.Organisations;

/// <summary>Fifteenth round: credits and captions glued together on scraped pages.</summary>
public sealed class OrganisationLeadRoundFifteenTests
{
    [Theory]
    [InlineData("Crowds gather in the capital Reuters People queue for bread outside a shop.", "Reuters", "Reuters People")]
    [InlineData("A crowd gathers near the harbour AP:Associated Press People watch a broadcast at a station.", "Associated Press", "Associated Press People")]
    [InlineData("Troops arrive for a drill AP:Associated Press South Korea's army released footage on Tuesday.", "Associated Press", "Associated Press South Korea")]
    public void A_news_agency_credit_is_not_widened_over_the_caption_after_it(string caption, string name, string notName)
    {
        string text = "Missile test\n\nOfficials met in the capital on Monday to discuss the drills.\n\n" + caption;
        AssertHas(text, name);
        AssertLacks(text, notName);
    }

    [Theory]
    [InlineData("The mayor told ABC Radio Hobart on Monday that the roads would reopen.", "ABC Radio Hobart")]
    [InlineData("The mayor spoke to CNN International about the floods.", "CNN International")]
    public void A_station_or_an_outlet_with_a_longer_name_keeps_it(string sentence, string name)
    {
        AssertHas("Floods\n\nOfficials met on Monday.\n\n" + sentence, name);
    }

    [Theory]
    [InlineData("Officials inspect the site of the blast EPA A missile was launched from the coast.", "EPA", "EPA A")]
    [InlineData("Officials inspect the site of the blast NATO A missile was launched from the coast.", "NATO", "NATO A")]
    public void An_article_opening_the_next_sentence_is_not_a_team_letter(string caption, string name, string notName)
    {
        string text = "Missile test\n\nOfficials met on Monday.\n\n" + caption;
        AssertHas(text, name);
        AssertLacks(text, notName);
    }

    [Fact]
    public void A_club_acronym_keeps_its_team_letter_before_a_verb()
    {
        // Negative of the rule above: an unknown club's "A" team is still a team.
        const string text = "Fistball\n\nKVC A beat the visitors 3-1 on Saturday, while KVC B lost its match.";
        AssertHas(text, "KVC A");
        AssertHas(text, "KVC B");
    }

    [Fact]
    public void A_city_is_not_read_as_the_football_club_named_after_it()
    {
        // The gazetteer no longer lists a club's city as its alias; the full club name still resolves.
        const string text = "Storms\n\nTrains were cancelled in cities such as Dortmund, Leverkusen and Tottenham on Sunday."
            + " Borussia Dortmund postponed its match.";
        AssertLacks(text, "Dortmund");
        AssertLacks(text, "Leverkusen");
        AssertLacks(text, "Tottenham");
        AssertHas(text, "Borussia Dortmund");
    }

    [Theory]
    [InlineData("Large shareholders of Google and Facebook met the regulator in May.", "Google", "Facebook", "Google and Facebook")]
    [InlineData("She is chief executive of Vexaro and Google, the board said.", "Vexaro", "Google", "Vexaro and Google")]
    [InlineData("Shares of Vexa Inc and Norden Holdings Ltd rose on Monday.", "Vexa Inc", "Norden Holdings Ltd", "Vexa Inc and Norden Holdings Ltd")]
    public void And_between_a_known_name_or_a_legal_form_and_the_next_name_joins_two_names(string sentence, string first, string second, string joined)
    {
        string text = "Markets\n\n" + sentence;
        AssertHas(text, first);
        AssertHas(text, second);
        AssertLacks(text, joined);
    }

    [Fact]
    public void A_name_with_and_inside_it_stays_whole()
    {
        AssertHas("Markets\n\nShares of Procter and Gamble Co rose on Monday.", "Procter and Gamble Co");
    }

    [Fact]
    public void A_name_does_not_start_inside_a_word()
    {
        // The tokenizer splits "4K" into "4" and "K"; "K TV" is no broadcaster.
        AssertLacks("Screens\n\nA 4K TV will downscale the picture to match the console.", "K TV");
    }

    [Fact]
    public void A_menu_word_before_a_known_name_does_not_make_it_a_surname()
    {
        // "Next Video Boeing launches" in a related-videos strip read "Boeing" as a surname ("Video Boeing"), which
        // took the company out of the whole article.
        const string text = "Space\n\nBoeing has revealed a plan. Boeing said the launch went well.\n\nNext Video Boeing launches a capsule\n";
        Assert.Equal(3, Texts(text).Count(t => t == "Boeing"));
    }

    [Theory]
    [InlineData("WASHINGTON - Vexaro Airlines has changed its dress code.", "Vexaro Airlines", "WASHINGTON - Vexaro Airlines")]
    [InlineData("LONDON - Norden Holdings said on Monday it would cut jobs.", "Norden Holdings", "LONDON - Norden Holdings")]
    public void A_dateline_before_a_spaced_dash_is_not_part_of_the_name(string sentence, string name, string notName)
    {
        string text = "Business\n\n" + sentence;
        AssertHas(text, name);
        AssertLacks(text, notName);
    }

    [Fact]
    public void A_spaced_dash_inside_a_mixed_case_name_still_joins_it()
    {
        AssertHas("Ports\n\nTours start at the Kestrel Harbour - Shippers' Exchange on Fridays.", "Kestrel Harbour - Shippers' Exchange");
    }

    [Theory]
    [InlineData("NYC")]
    [InlineData("LA")]
    [InlineData("VIDEOS")]
    public void City_abbreviations_and_caption_labels_are_no_names(string word)
    {
        AssertLacks("Transit\n\nTrains stopped in NYC and LA on Monday. (VIDEOS) Watch the clip.", word);
    }

    [Fact]
    public void An_all_caps_kicker_before_a_teaser_headline_is_no_acronym()
    {
        const string text = "Space\n\nThe probe landed on Monday, officials said.\n\n"
            + "Related: rovers find ice near the pole TALL STORY Diver denies a claim about the record dive "
            + "SKY WATCH Planets line up tonight MUST WATCH Why the bridge fell\n";
        AssertLacks(text, "TALL");
        AssertLacks(text, "SKY");
        AssertLacks(text, "MUST");
    }

    [Fact]
    public void A_guessed_acronym_before_a_title_and_a_name_is_kept()
    {
        // Negative of the kicker rule: "DG" is a title, so this is no kicker.
        AssertHas("Sport\n\nThe board met on Monday.\n\nZKB DG Omar Hadi resigned on Friday, the ZKB said.", "ZKB");
    }

    [Fact]
    public void The_tagger_does_not_widen_a_known_name_in_a_title_case_headline()
    {
        const string text = "UN Condemns North Korea's 'Reckless' Launch Of Rocket Over Sea\n\nThe officials on Monday criticised the move.";
        AssertHas(text, "UN");
        AssertLacks(text, "UN Condemns");
    }

    [Theory]
    [InlineData("Early Google And Vexaro Staff Form Alliance To Fight Data Brokers", "Vexaro Staff Form Alliance")]
    [InlineData("Google Engineers Form Coalition To Curb Screen Time", "Google Engineers Form Coalition")]
    [InlineData("Rebels Attack French Embassy In Capital Of Vexland", "Rebels Attack French Embassy")]
    public void A_title_case_headline_does_not_make_a_long_head_word_name(string headline, string notName)
    {
        AssertLacks(headline + "\n\nThe officials on Monday criticised the move.", notName);
    }

    [Fact]
    public void A_credit_glued_to_a_police_or_army_name_is_split_off()
    {
        const string text = "Tram crash\n\nOfficers sealed the road on Monday. AFP Police detained two drivers near the bridge.\n\n"
            + "A crowd gathered at the site. BBC Police have confirmed a man was held.\n\n"
            + "Crowds gather outside the station Reuters Vexland Self-Defence Forces soldiers take part in a drill.\n";
        AssertHas(text, "AFP");
        AssertHas(text, "BBC");
        AssertLacks(text, "AFP Police");
        AssertLacks(text, "BBC Police");
        AssertHas(text, "Vexland Self-Defence Forces");
        AssertLacks(text, "Reuters Vexland Self-Defence Forces");
    }

    [Fact]
    public void A_committee_named_after_a_magazine_title_stays_whole()
    {
        AssertHas("Talks\n\nThe head of the Duma's Foreign Affairs Committee said on Friday that talks would resume.", "Foreign Affairs Committee");
    }

    [Theory]
    [InlineData("London Fire Brigade", OrganisationType.Government)]
    [InlineData("Financial Crimes Division", OrganisationType.Government)]
    [InlineData("82nd Airborne Division", OrganisationType.Military)]
    public void A_civil_brigade_or_division_is_no_army_unit_and_a_numbered_unit_keeps_its_ordinal(string name, OrganisationType type)
    {
        const string text = "Fire\n\nThe London Fire Brigade sent ten engines, and the Financial Crimes Division of the police opened a case."
            + " The 82nd Airborne Division was deployed.";
        AssertHasWithType(text, name, type);
    }
}
