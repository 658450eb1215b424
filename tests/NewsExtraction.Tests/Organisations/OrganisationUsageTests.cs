using NewsExtraction.Organisations;
using static NewsExtraction.Tests.Organisations.OrganisationAssert;

namespace NewsExtraction.Tests.Organisations;

/// <summary>Names used as something other than an organisation, and sports clubs.</summary>
public sealed class OrganisationUsageTests
{
    [Theory]
    [InlineData("The team raced a Toyota Hilux across the dunes on Sunday.", "Toyota")]
    [InlineData("The aircraft is the same size as a Boeing 737, the navy said.", "Boeing")]
    [InlineData("In 2018 she became the Member of Parliament for the coastal district.", "Parliament")]
    [InlineData("Police said that the suspect had fled the scene.", "Police")]
    [InlineData("Chief Cabinet Secretary Hirokazu Matsuno said the government was watching closely.", "Cabinet")]
    [InlineData("The clerk's salary was HK$40,000 a month before the cut.", "HK")]
    [InlineData("Two days earlier the USS Benfold had crossed the disputed waters.", "USS")]
    [InlineData("The journey was filmed by Ossie Michelin, who grew up in the north. Later, Michelin said the trip changed him.", "Michelin")]
    public void Names_used_as_something_else_are_not_reported(string text, string name)
    {
        Assert.DoesNotContain(name, Texts(text));
    }

    [Theory]
    [InlineData("Toyota said on Monday that it would raise output in Japan.", "Toyota")]
    [InlineData("Boeing reported a loss for the quarter, the company said.", "Boeing")]
    [InlineData("The bill passed after Parliament voted late on Tuesday.", "Parliament")]
    [InlineData("Outside the city, Hezbollah activists burned flags.", "Hezbollah")]
    public void Ordinary_uses_stay(string text, string name)
    {
        Assert.Contains(name, Texts(text));
    }

    [Theory]
    [InlineData("The cash-strapped Indianapolis Colts released a veteran linebacker on Tuesday.", "Indianapolis Colts")]
    [InlineData("He signed contracts for both Sheffield Wednesday and Udinese last year.", "Sheffield Wednesday")]
    [InlineData("He signed contracts for both Sheffield Wednesday and Udinese last year.", "Udinese")]
    [InlineData("League title-holders Steaua Bucharest finished bottom of their group.", "Steaua Bucharest")]
    [InlineData("Jones helped Ohio State to an 11-2 finish last autumn.", "Ohio State")]
    [InlineData("The Wallabies are chasing a fourth straight victory.", "Wallabies")]
    public void Professional_clubs_are_found(string text, string name)
    {
        Assert.Contains(name, Texts(text));
    }

    [Theory]
    [InlineData("Officials of the Ministry of Gender, Labour and Social Development said the fund was ready.", "Ministry of Gender, Labour and Social Development")]
    [InlineData("The Ministry of Municipal, Rural Affairs and Housing approved the plan.", "Ministry of Municipal, Rural Affairs and Housing")]
    [InlineData("The deal was signed by Greenfield Resources, Inc and the state.", "Greenfield Resources, Inc")]
    [InlineData("Members of the National Emergency Crises and Disasters Management Authority met on Monday.", "National Emergency Crises and Disasters Management Authority")]
    public void Comma_lists_and_comma_legal_forms_belong_to_the_name(string text, string name)
    {
        Assert.Contains(name, Texts(text));
    }

    [Fact]
    public void A_comma_list_of_separate_organisations_is_not_merged()
    {
        List<string> found = Texts("The report was written by the Ministry of Health, UNICEF and Oxfam last year.");
        Assert.Contains("Ministry of Health", found);
        Assert.Contains("UNICEF", found);
    }

    [Fact]
    public void A_club_named_by_city_and_nickname_is_later_found_by_its_nickname()
    {
        List<string> found = Texts("Dallas beat the Philadelphia Eagles 24-13 on Sunday. The Eagles failed to score in the second half.");
        Assert.Contains("Philadelphia Eagles", found);
        Assert.Contains("Eagles", found);
        Assert.DoesNotContain("Eagles", Texts("The Eagles failed to score in the second half."));
    }

    [Fact]
    public void Standings_with_percentages_name_clubs_and_home_venues_stay_places()
    {
        const string text = "NBA BASKETBALL - STANDINGS\nNEW YORK 1996-12-06\nStandings after games played on Thursday :\nW L PCT GB\nMIAMI 14 4 .778 -\nNEW YORK 10 6 .625 3\nORLANDO 8 6 .571 4\nFRIDAY , DECEMBER 6\nORLANDO AT MIAMI\n";
        List<OrganisationMention> found = WholePage.Extract(text).Organisations.ToList();
        List<string> texts = found.Select(m => m.Text).ToList();
        Assert.Contains("MIAMI", texts);
        Assert.Contains("ORLANDO", texts);
        int nyStandings = text.IndexOf("NEW YORK 10", StringComparison.Ordinal);
        Assert.Contains(found, m => m.Span.Start == nyStandings);
        Assert.DoesNotContain(found, m => m.Span.Start == text.IndexOf("NEW YORK 1996", StringComparison.Ordinal));
        Assert.DoesNotContain(found, m => m.Span.Start == text.IndexOf("AT MIAMI", StringComparison.Ordinal) + 3);
    }
}
