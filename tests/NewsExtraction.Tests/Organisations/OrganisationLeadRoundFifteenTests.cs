using static NewsExtraction.Tests.Organisations.OrganisationAssert;

namespace NewsExtraction.Tests.Organisations;

/// <summary>Fifteenth round: credits and captions glued together on scraped pages.</summary>
public sealed class OrganisationLeadRoundFifteenTests
{
    [Theory]
    [InlineData("Soldiers walk past a screen in the capital Reuters North Korean soldiers march through a square in this photo.", "Reuters", "Reuters North Korean")]
    [InlineData("A crowd gathers near the harbour AP:Associated Press People watch a broadcast at a station.", "Associated Press", "Associated Press People")]
    [InlineData("Troops arrive for a drill AP:Associated Press South Korea's army released footage on Tuesday.", "Associated Press", "Associated Press South Korea")]
    public void A_news_agency_credit_is_not_widened_over_the_caption_after_it(string caption, string name, string notName)
    {
        string text = "Missile test\n\nOfficials met in the capital on Monday to discuss the drills.\n\n" + caption;
        AssertHas(text, name);
        AssertLacks(text, notName);
    }

    [Theory]
    [InlineData("The mayor told ABC Radio Darwin on Monday that the roads would reopen.", "ABC Radio Darwin")]
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
}
