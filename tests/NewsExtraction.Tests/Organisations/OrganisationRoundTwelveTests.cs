using static NewsExtraction.Tests.Organisations.OrganisationAssert;

namespace NewsExtraction.Tests.Organisations;

/// <summary>Known wrong readings on scraped news (twelfth round): widening over people, shouted headlines, possessive names.</summary>
public sealed class OrganisationRoundTwelveTests
{
    // ---- A rule name is not widened over a person's name ---------------------------------------------

    [Fact]
    public void Gazetteer_name_is_not_widened_over_a_person_the_article_quotes()
    {
        const string text = "Oslo's envoy to the United Nations Petra Lindqvorst, addressing reporters on Tuesday, called for a ceasefire. "
            + "Lindqvorst said the council would meet again.";
        AssertHas(text, "United Nations");
        AssertLacks(text, "United Nations Petra Lindqvorst");
    }

    [Fact]
    public void Gazetteer_name_is_not_widened_over_a_titled_person()
    {
        const string text = "The envoy to the European Union Marta Quellen, travelling with aides, met farmers. Ms Quellen promised help.";
        AssertHas(text, "European Union");
        AssertLacks(text, "European Union Marta Quellen");
    }

    [Fact]
    public void Person_cue_on_a_body_that_speaks_does_not_block_its_own_name()
    {
        // Negative: "Watch" before "said" belongs to the body's own name, so it is no person word.
        const string text = "Volunteers from Jewish Community Watch patrolled the streets. Jewish Community Watch said the patrols would continue.";
        AssertHas(text, "Jewish Community Watch");
    }

    // ---- A shouted word whose title-case form the article uses in prose -------------------------------

    [Fact]
    public void Shouted_brand_word_with_a_title_case_twin_in_prose_is_no_acronym()
    {
        const string text = "Phone makers meet\n\nThe firm showed the new Nebula handset in Seoul.\nNEBULA X2: WHAT WE KNOW - a launch in March\nBuyers queued.";
        AssertLacks(text, "NEBULA");
    }

    [Fact]
    public void Acronym_in_prose_with_a_title_case_twin_is_kept()
    {
        // Negative: "TKMZ" stands alone in running text (not among other capitals), so its twin does not block it.
        AssertHas("Workers at TKMZ walked out on Monday. Managers at the old Tkmz plant did not comment.", "TKMZ");
    }

    [Fact]
    public void Acronym_whose_title_case_form_only_opens_a_sentence_is_kept()
    {
        // Negative: "Tkmz" opens its sentence (no lower-case word before it), so "TKMZ" stays a guessed acronym.
        AssertHas("Workers at TKMZ walked out on Monday.\nTkmz managers did not comment.", "TKMZ");
    }

    // ---- "the giant X": an adjective or a planet, not a company ------------------------------------------

    [Theory]
    [InlineData("Probes photographed the gas giant Jupiter last spring, the space agency reported.", "Jupiter")]
    [InlineData("Telescopes showed the giant Saturn in new light on Friday.", "Saturn")]
    [InlineData("Hikers camped beneath the giant Sequoia for a week.", "Sequoia")]
    public void Giant_without_an_industry_word_is_no_company_cue(string text, string name) => AssertLacks(text, name);

    [Theory]
    [InlineData("Shares of the retail giant Brenmark fell on Tuesday.", "Brenmark")]
    [InlineData("Korean giant Haneul Motors opened a plant near the coast.", "Haneul Motors")]
    public void Industry_or_national_giant_still_names_a_company(string text, string name) => AssertHas(text, name);

    // ---- Photo credits before a caption label -------------------------------------------------------------

    private const string CaptionPage = "Farmers march on the capital\n\nThousands of farmers marched through the capital on Sunday, police said.\n"
        + "Image copyright Getty Images Image caption Farmers marched through the capital on Sunday\nThe protest was peaceful, the union said.\n";

    [Fact]
    public void Photo_credit_before_image_caption_label_loses_the_label_word()
    {
        AssertHas(CaptionPage, "Getty Images");
        AssertLacks(CaptionPage, "Getty Images Image");
    }

    [Fact]
    public void Unknown_photo_agency_before_image_caption_label_keeps_its_own_words()
    {
        const string text = "Tractors block a road\n\nThe road was closed for hours, officials said.\n"
            + "Image copyright Norvik Photo Agency Image caption Tractors lined the road\nTraffic resumed at noon.\n";
        AssertHas(text, "Norvik Photo Agency");
        AssertLacks(text, "Norvik Photo Agency Image");
    }

    // ---- A royal possessive inside an institution's name ------------------------------------------------------

    [Theory]
    [InlineData("Fees rose at Queen's College this autumn, the bursar said.", "Queen's College")]
    [InlineData("Researchers at Prince's Academy of Music won a prize.", "Prince's Academy of Music")]
    [InlineData("A lecturer at King's College wrote the report on Monday.", "King's College")]
    public void Royal_possessive_before_an_institution_head_is_part_of_the_name(string text, string name) => AssertHas(text, name);

    [Theory]
    [InlineData("The King's speech to the Senate lasted an hour.", "King's speech")]
    [InlineData("Crowds gathered on Queen's Day in the old square.", "Queen's Day")]
    public void Royal_possessive_without_an_institution_head_is_no_name(string text, string name) => AssertLacks(text, name);

    // ---- Match words after a player's name ------------------------------------------------------------------

    private const string MatchReport = "SOCCER - RIVERTON WIN AT HOME\n\nLONDON 1996-08-30\n\n"
        + "Riverton beat Castleford 2-1 on Saturday. Striker Tomas Brekke of Riverton scored twice.\n"
        + "Brekke beat two defenders before scoring. Midfielder Jon Ailsa played against Castleford for the first time. "
        + "Ailsa drew a foul late on.\n";

    [Theory]
    [InlineData("Brekke")]
    [InlineData("Ailsa")]
    public void Player_introduced_by_a_role_is_no_club_before_a_match_word(string name) => AssertLacks(MatchReport, name);

    [Theory]
    [InlineData("Riverton")]
    [InlineData("Castleford")]
    public void Clubs_in_the_same_report_are_still_found(string name) => AssertHas(MatchReport, name);

    [Fact]
    public void Coach_named_with_a_title_is_no_club()
    {
        const string text = "SOCCER - LATE GOAL SINKS HOSTS\n\nMADRID 1996-09-01\n\nOrvella beat Duranco 1-0. Tarsini drew praise from fans. "
            + "Mr Tarsini had picked a young side.\n";
        AssertLacks(text, "Tarsini");
        AssertHas(text, "Duranco");
    }
}
