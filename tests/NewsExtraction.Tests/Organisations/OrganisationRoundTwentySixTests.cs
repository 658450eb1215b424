using static NewsExtraction.Tests.Organisations.OrganisationAssert;

namespace NewsExtraction.Tests.Organisations;

/// <summary>Twenty-sixth round: false positives on unseen worldwide newswire (invented sentences and names).</summary>
public sealed class OrganisationRoundTwentySixTests
{
    [Fact]
    public void A_lone_capitalised_commission_is_no_name()
    {
        const string text = "Vote\n\nThe opposition handed its list of demands to the Commission on Friday. Critics said the Commission had ignored them.";
        AssertLacks(text, "Commission");
    }

    [Fact]
    public void A_lone_capitalised_ministry_is_no_name()
    {
        const string text = "Farms\n\nMrs Odell said her Ministry had opened three new grain stores. The plan will cost more than expected.";
        AssertLacks(text, "Ministry");
    }

    [Fact]
    public void A_lone_capitalised_secretariat_is_no_name()
    {
        const string text = "Talks\n\nDelegates sent their draft to the Secretariat before the summit in Orlova.";
        AssertLacks(text, "Secretariat");
    }

    [Fact]
    public void A_commission_with_its_name_stays_a_name()
    {
        const string text = "Vote\n\nThe opposition handed its list of demands to the Marvale Electoral Commission on Friday.";
        AssertHas(text, "Marvale Electoral Commission");
    }

    [Fact]
    public void A_lone_capitalised_parliament_stays_a_name()
    {
        const string text = "Budget\n\nThe finance minister will present the new budget to Parliament next week.";
        AssertHas(text, "Parliament");
    }

    [Fact]
    public void A_guessed_acronym_before_a_noun_of_a_thing_is_no_organisation()
    {
        const string text = "Chips\n\nEngineers in Tovar want to build phones on the open QLX architecture. QLX designs are free to copy, and QLX has many fans.";
        AssertLacks(text, "QLX");
    }

    [Fact]
    public void A_guessed_acronym_before_cards_or_an_exam_is_no_organisation()
    {
        const string text = "Raid\n\nOfficers seized twelve phones and 40 VXT cards at the flat. Pupils who sat the BRQ exam in May will get results soon, BRQ said.";
        AssertLacks(text, "VXT");
        AssertLacks(text, "BRQ");
    }

    [Fact]
    public void A_guessed_acronym_before_a_noun_of_people_stays_an_organisation()
    {
        const string text = "Unions\n\nZKTU members marched through Orlova on Monday. The ZKTU said the strike would go on.";
        AssertHas(text, "ZKTU");
    }

    [Fact]
    public void Two_capitals_before_a_three_word_name_are_initials()
    {
        const string text = "Court\n\nThe bench of Justice QT Ravel Amin Dorr and two other judges heard the case on Monday.";
        Assert.DoesNotContain(Texts(text), n => n.Contains("QT", StringComparison.Ordinal));
    }

    [Fact]
    public void Two_capitals_after_a_comma_before_a_name_are_initials()
    {
        const string text = "Arrest\n\nA spokesman for the Tarvin Metropolitan Police, RV Kelmo Ullar, confirmed the arrest.";
        Assert.DoesNotContain(Texts(text), n => n.Contains("RV", StringComparison.Ordinal));
    }

    [Fact]
    public void Two_capitals_before_a_name_that_ends_in_a_head_word_stay_a_company()
    {
        const string text = "Shares\n\nInvestors bought shares of KT Marlow Holdings after the results on Monday.";
        AssertHas(text, "KT Marlow Holdings");
    }

    [Fact]
    public void A_place_in_capitals_before_a_colon_that_opens_the_lead_is_a_dateline()
    {
        const string text = "Floods\n\nTARVOS: Heavy rain cut the main road to the coast on Tuesday, officials said.";
        AssertLacks(text, "TARVOS");
    }

    [Fact]
    public void A_place_in_capitals_before_a_dash_that_opens_the_lead_is_a_dateline()
    {
        const string text = "Reefs\n\nMELORA \u2014 Coral along the northern shore has bleached twice in three years, divers say.";
        AssertLacks(text, "MELORA");
    }

    [Fact]
    public void A_short_initialism_before_a_colon_stays_a_speaker_body()
    {
        const string text = "Interview\n\nQBTN: Thank you for joining us on the programme tonight, we have many questions.";
        AssertHas(text, "QBTN");
    }

    [Fact]
    public void A_planned_city_is_a_place()
    {
        const string text = "Gulf\n\nCranes rose over NEOM this spring as crews laid roads across the desert. Investors expect NEOM to take decades.";
        AssertLacks(text, "NEOM");
    }

    [Fact]
    public void A_short_form_of_a_lower_case_rank_of_a_body_is_no_organisation()
    {
        const string text = "Raid\n\nThe district superintendent of police (SP) Ravel Tomar said two men were held. The SP added that more arrests were likely.";
        AssertLacks(text, "SP");
    }

    [Fact]
    public void A_short_form_of_a_lower_case_body_stays_an_organisation()
    {
        const string text = "Towns\n\nThe board of the regional port authority (RPA) met on Monday. The RPA said the quay would reopen.";
        AssertHas(text, "RPA");
    }

    [Fact]
    public void A_party_name_before_a_holiday_day_names_the_holiday()
    {
        const string text = "Travel\n\nHotels on the coast were full over the Labour Day weekend, owners in Velmar said.";
        AssertLacks(text, "Labour");
    }

    [Fact]
    public void A_guessed_acronym_before_an_observance_week_names_the_week()
    {
        const string text = "Culture\n\nSchools in Orlova held dances for KOPAR Week this month, and KOPAR Week ends on Sunday.";
        AssertLacks(text, "KOPAR");
    }

    [Fact]
    public void A_body_named_in_a_law_title_is_no_mention()
    {
        const string text = "Ports\n\nUnder section 4 of the Marvale Harbour Board Act, fees must be set each year. The Marvale Harbour Board said fees would rise.";
        var names = Texts(text);
        Assert.Single(names, n => n == "Marvale Harbour Board");
    }

    [Fact]
    public void A_guessed_acronym_before_a_bill_is_no_mention()
    {
        const string text = "Power\n\nThe opposition tabled the QPA Bill, which would split the grid. Members will vote on Tuesday.";
        AssertLacks(text, "QPA");
    }

    [Fact]
    public void A_joint_nationality_before_company_is_no_name()
    {
        const string text = "Trade\n\nThe deal was signed by the Anglo-Dutch company Velcor and a state bank on Friday.";
        AssertLacks(text, "Anglo-Dutch");
        AssertHas(text, "Velcor");
    }

    [Fact]
    public void A_plain_name_before_company_stays_a_name()
    {
        const string text = "Trade\n\nThe deal was signed by the Velcor company and a state bank on Friday.";
        AssertHas(text, "Velcor");
    }

    [Fact]
    public void A_newspaper_named_for_a_nationality_before_a_noun_at_a_sentence_start_is_the_adjective()
    {
        const string text = "Sport\n\nThe Australian swimming coach left the team after the trials in Perth on Sunday.";
        AssertLacks(text, "The Australian");
    }

    [Fact]
    public void A_newspaper_named_for_a_nationality_before_a_verb_stays_the_paper()
    {
        const string text = "Mining\n\nThe Australian reported on Monday that the mine would close next year.";
        AssertHas(text, "The Australian");
    }

    [Fact]
    public void Post_nominal_letters_between_commas_after_a_name_are_no_organisation()
    {
        const string text = "Court\n\nThe firm's counsel, Amaka Velde Orjin, SQN, told the judge the papers were late.";
        AssertLacks(text, "SQN");
    }

    [Fact]
    public void An_acronym_in_a_list_of_bodies_stays_an_organisation()
    {
        const string text = "Health\n\nThe union asked the Ministry of Health, QMSS, VPTE and all clinics to act.";
        AssertHas(text, "QMSS");
    }
}
