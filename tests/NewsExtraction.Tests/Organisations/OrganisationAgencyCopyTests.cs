using NewsExtraction.Organisations;
using static NewsExtraction.Tests.Organisations.OrganisationAssert;

namespace NewsExtraction.Tests.Organisations;

/// <summary>Agency (Reuters-style) sports and market copy: line patterns that name clubs and desks, positive and negative.</summary>
public sealed class OrganisationAgencyCopyTests
{
    [Theory]
    [InlineData("Lyon", "Auxerre")]
    [InlineData("Everton", "Leeds")]
    public void Result_line_with_scorers_names_both_clubs(string home, string away)
    {
        string text = "SOCCER - FRENCH LEAGUE SUMMARIES .\nPARIS 1997-03-08\nSummaries of first division matches on Saturday :\n"
            + home + " 2 ( Pierre Dupont 12 , Marc Leroy 77 ) " + away + " 1 ( Alain Moreau 50 ) .\nHalftime 1-0 .\nAttendance : 21,000 .";
        AssertHas(text, home);
        AssertHas(text, away);
    }

    [Fact]
    public void Result_line_with_countries_names_both_clubs_not_the_countries()
    {
        const string text = "BASKETBALL - EUROLEAGUE RESULT .\nATHENS 1997-01-09\nResult of a EuroLeague match on Thursday :\n"
            + "Olympiakos ( Greece ) 81 Maccabi Tel Aviv ( Israel ) 76 ( halftime 40-38 )\nLeading scorers : David Rivers 22 .";
        AssertHas(text, "Olympiakos");
        AssertHas(text, "Maccabi Tel Aviv");
        AssertLacks(text, "Greece");
        AssertLacks(text, "Israel");
    }

    [Fact]
    public void Prose_with_numbers_and_brackets_is_not_a_result_line()
    {
        const string text = "Oil prices rose on Friday .\nBrent 2 ( North Sea crude ) Texas 1 ( light sweet ) traders said .";
        AssertLacks(text, "Brent");
        AssertLacks(text, "Texas");
    }

    [Fact]
    public void Fixture_with_league_positions_names_the_home_club()
    {
        const string text = "SOCCER - SPANISH MATCHES THIS WEEKEND .\nMADRID 1997-02-14\nGames on Sunday ( league positions in parentheses ) :\n"
            + "Valencia ( 3 ) v Betis ( 7 ) 1700\nValencia have won their last four home games .";
        AssertHas(text, "Valencia");
        AssertHas(text, "Betis");
    }

    [Fact]
    public void Fixture_cue_needs_a_team_sport_story()
    {
        const string text = "LEGAL - COURT LIST .\nLONDON 1997-02-14\nThe court will hear Smith v Jones on Monday .";
        AssertLacks(text, "Smith");
    }

    [Fact]
    public void Squad_list_names_the_players_clubs_not_their_countries()
    {
        const string text = "SOCCER - SQUAD NAMED .\nLISBON 1997-01-06\nThe coach named his squad on Friday .\n"
            + "Defenders - Luis Alves ( Boavista ) , Tomas Ruiz ( Valencia , Spain ) , Rui Gomes ( Farense ) :\nForwards - Nuno Silva ( Boavista ) .";
        AssertHas(text, "Boavista");
        AssertHas(text, "Valencia");
        AssertHas(text, "Farense");
        AssertLacks(text, "Spain");
    }

    [Fact]
    public void Bracketed_country_after_a_player_is_not_a_club()
    {
        const string text = "SOCCER - SQUAD NAMED .\nLISBON 1997-01-06\nForeign players : Luis Alves ( Brazil ) , Tomas Ruiz ( Yugoslavia ) .";
        AssertLacks(text, "Brazil");
        AssertLacks(text, "Yugoslavia");
    }

    [Fact]
    public void Bracketed_place_outside_team_sport_copy_is_not_a_club()
    {
        const string text = "POLITICS - MINISTER RESIGNS .\nMADRID 1997-01-06\nThe minister , Jose Ortega ( Valencia ) , resigned on Monday .";
        AssertLacks(text, "Valencia");
    }

    [Theory]
    [InlineData("-- Warsaw Newsroom +48 22 653 9700", "Warsaw Newsroom")]
    [InlineData("-- New York Energy Desk , 212-859-1620", "New York Energy Desk")]
    [InlineData("-- Buenos Aires Newsroom +541 318-0655", "Buenos Aires Newsroom")]
    public void Sign_off_names_the_desk(string signOff, string name)
    {
        string text = "Crude oil futures ended higher on Friday , traders said .\n" + signOff;
        AssertHas(text, name);
    }

    [Fact]
    public void Desk_in_prose_without_a_sign_off_is_left_alone()
    {
        const string text = "He sat at the Oval Office Desk for the photo call .";
        AssertLacks(text, "Oval Office Desk");
    }

    [Fact]
    public void Club_named_with_its_prefix_is_later_named_without_it()
    {
        const string text = "SOCCER - ITALIAN ROUND-UP .\nROME 1997-02-16\nAC Milan drew 1-1 at home on Sunday .\nFans expect Milan to recover before the derby .";
        Assert.Equal(2, Texts(text).Count(t => t == "AC Milan" || t == "Milan"));
        AssertHas(text, "Milan");
    }

    [Theory]
    [InlineData("The referee booked Lazio captain Diego Fuser in the first half .", "Lazio")]
    [InlineData("He replaces Ajax central defender Frank Verlaat , who is injured .", "Ajax")]
    public void Club_before_a_players_role_in_sports_copy(string sentence, string club)
    {
        string text = "SOCCER - SQUAD NEWS .\nROME 1997-02-16\n" + sentence;
        AssertHas(text, club);
    }

    [Theory]
    [InlineData("Czech midfielder Tomas Hruby and defender Marco Ferri will miss Sunday 's game .", "Tomas Hruby")]
    [InlineData("Attacking midfielder Paolo Negro is suspended .", "Attacking")]
    [InlineData("Yugoslav midfielder Zeljko Petrovic scored twice .", "Yugoslav")]
    public void Role_cue_leaves_players_and_adjectives_alone(string sentence, string wrong)
    {
        string text = "SOCCER - SQUAD NEWS .\nROME 1997-02-16\n" + sentence;
        AssertLacks(text, wrong);
    }

    [Fact]
    public void Venue_heading_is_the_place_not_the_club()
    {
        const string text = "BASKETBALL - EUROLEAGUE RESULT .\nATHENS 1997-01-09\nResult of a EuroLeague match on Thursday :\nIn Ostend :\n"
            + "Ostend ( Belgium ) 70 Real Madrid ( Spain ) 81 ( 30-41 )\nLeading scorers : Joe Smith 20 .";
        List<string> found = Texts(text);
        Assert.Equal(1, found.Count(t => t == "Ostend"));
    }

    [Fact]
    public void Club_names_with_a_founding_year_or_1_FC_keep_their_numbers()
    {
        const string text = "SOCCER - GERMAN SECOND DIVISION .\nBONN 1997-03-01\nResults on Saturday :\nTSV 1860 Aachen 2 Hamburg SV 1\nStandings :\n"
            + "1. FC Nuremberg 16 5 5 6 20 22 20\n1899 Hoffenheim 16 4 6 6 18 21 18";
        AssertHas(text, "TSV 1860 Aachen");
        AssertHas(text, "1. FC Nuremberg");
        AssertHas(text, "1899 Hoffenheim");
        AssertLacks(text, "FC");
    }

    [Fact]
    public void Year_before_a_name_in_prose_is_not_a_club()
    {
        const string text = "SOCCER - HISTORY .\nLONDON 1997-03-01\nIn 1966 England won the World Cup at Wembley .";
        AssertLacks(text, "1966 England");
    }

    [Theory]
    [InlineData("Bank Negara Indonesia closed at $ 12.50 per GDR in London on Friday .", "GDR")]
    [InlineData("One ADS represents 20 ordinary shares .", "ADS")]
    [InlineData("Quoted steer prices are FOB the feedlot on a live basis .", "FOB")]
    public void Market_report_terms_in_capitals_are_not_organisations(string sentence, string term) => AssertLacks(sentence, term);

    [Fact]
    public void Propagated_club_after_a_sentence_opener()
    {
        const string text = "SOCCER - ITALIAN ROUND-UP .\nROME 1997-02-16\nAC Milan lost 2-0 at home on Sunday .\nCan Milan recover before the derby ?";
        AssertHas(text, "Milan");
        AssertLacks(text, "Can Milan");
    }

    [Fact]
    public void Club_after_and_following_a_known_club()
    {
        const string text = "SOCCER - DUTCH SHOWCASE .\nAMSTERDAM 1997-02-16\nBetting on Sunday 's match between Feyenoord and Groningen :\nGroningen have not won in Rotterdam for ten years .";
        AssertHas(text, "Groningen");
    }

    [Theory]
    [InlineData("The match between Feyenoord and Ronald Koeman 's side ended 0-0 .", "Ronald Koeman")]
    [InlineData("Fans of Spain and England travelled to the match .", "England")]
    public void And_cue_leaves_people_and_countries_alone(string sentence, string wrong)
    {
        string text = "SOCCER - DUTCH SHOWCASE .\nAMSTERDAM 1997-02-16\n" + sentence;
        AssertLacks(text, wrong);
    }

    [Fact]
    public void Dateline_place_in_capitals_is_not_an_acronym()
    {
        const string text = "SOCCER - GERMAN RESULTS .\nKOBLENZ 1997-03-01\nResults of German matches on Friday :";
        AssertLacks(text, "KOBLENZ");
    }

    [Fact]
    public void Isolated_acronym_on_a_line_start_without_a_date_is_still_guessed()
    {
        const string text = "The talks were hosted in Geneva .\nKWTU officials said the strike would go ahead on Monday .";
        AssertHas(text, "KWTU");
    }

    [Fact]
    public void Club_named_with_its_city_is_later_named_without_it()
    {
        const string text = "BASKETBALL - EUROLEAGUE RESULT .\nATHENS 1997-01-09\nResult of a EuroLeague match on Thursday :\n"
            + "Ostend ( Belgium ) 70 Estudiantes Madrid ( Spain ) 81 ( 30-41 )\nEstudiantes led from the start .";
        Assert.Equal(1, Texts(text).Count(t => t == "Estudiantes"));
    }

    [Fact]
    public void Company_named_with_a_country_does_not_lend_its_first_word()
    {
        const string text = "Air France said on Monday it would cut flights . Air traffic controllers are on strike .";
        AssertLacks(text, "Air");
    }

    [Theory]
    [InlineData("SOCCER - ITALIAN ROUND-UP .\nROME 1997-02-16\nThe Croat scored twice as Lazio won 3-1 .", "Croat")]
    [InlineData("The Swede joined the club from Gothenburg last year .", "Swede")]
    public void Nationality_nouns_are_not_organisations(string text, string wrong) => AssertLacks(text, wrong);
}
