using NewsExtraction.Organisations;
using static NewsExtraction.Tests.Organisations.OrganisationAssert;

namespace NewsExtraction.Tests.Organisations;

/// <summary>Nineteenth round: errors found on a third hand-annotated proxy of unseen news (invented sentences and names).</summary>
public sealed class OrganisationRoundNineteenTests
{
    [Theory]
    [InlineData("Troops from the Nato-backed force patrolled the valley on Monday.", "Nato", 16)]
    [InlineData("The Opec-led plan lifted prices for a week.", "Opec", 4)]
    public void A_well_known_acronym_written_as_a_word_before_a_hyphenated_suffix_is_found(string sentence, string name, int start)
    {
        OrganisationMention m = Assert.Single(Find("World\n\n" + sentence), x => x.Text == name);
        Assert.Equal(start + 7, m.Span.Start);
        Assert.Equal(name.Length, m.Span.Length);
    }

    [Fact]
    public void A_capitalised_word_that_is_not_an_acronym_before_a_hyphenated_suffix_is_not_a_name()
    {
        List<string> found = Texts("World\n\nThe Kremlin-backed candidate and a Paris-based charity spoke on Monday.");
        Assert.DoesNotContain("Paris", found);
        Assert.DoesNotContain("Kremlin-backed", found);
    }

    [Theory]
    [InlineData("The flight from Denver was operated by Consul Air, the carrier said.", "Consul Air")]
    [InlineData("Shares of Marshal Industries fell 4 percent on Tuesday.", "Marshal Industries")]
    public void A_title_word_alone_before_a_company_head_is_the_company_name(string sentence, string name)
    {
        AssertHas("Business\n\n" + sentence, name);
    }

    [Fact]
    public void A_title_before_a_person_is_still_no_company()
    {
        AssertLacks("Business\n\nThe talks were led by Envoy Maria Keller on Tuesday.", "Envoy Maria Keller");
    }

    [Theory]
    [InlineData("The maker fitted a sensor called VORTA to its phones. Reviewers said VORTA worked well.", "VORTA")]
    [InlineData("The next release (codenamed HALDOR) adds dark mode. HALDOR ships in May.", "HALDOR")]
    [InlineData("The new chip, dubbed ZELTA, is twice as fast as its predecessor.", "ZELTA")]
    public void An_all_caps_word_that_names_a_thing_is_no_organisation_anywhere_in_the_article(string sentence, string name)
    {
        Assert.DoesNotContain(name, Texts("Tech\n\n" + sentence));
    }

    [Theory]
    [InlineData("He worked for a startup called NOVUM in Berlin before the merger.", "NOVUM")]
    [InlineData("Fighters from a militia called KDRA seized the town on Friday.", "KDRA")]
    public void An_all_caps_word_that_names_a_body_stays_an_organisation(string sentence, string name)
    {
        AssertHas("World\n\n" + sentence, name);
    }

    [Theory]
    [InlineData("The Islamist movement claimed the attack on Friday.")]
    [InlineData("Islamists seized two towns in the north last year.")]
    public void An_adherent_word_is_no_organisation(string sentence)
    {
        List<string> found = Texts("World\n\n" + sentence);
        Assert.DoesNotContain("Islamist", found);
        Assert.DoesNotContain("Islamists", found);
    }

    [Fact]
    public void The_adherent_words_load_from_the_non_organisation_list()
    {
        Assert.Contains("Islamist", NewsExtraction.Text.ResourceText.ReadLines("NewsExtraction.Organisations.nonorg.txt"));
    }

    private const string CarrierStory =
        "Airline news\n\nCanadian Airlines cancelled 40 flights on Monday. Passengers stranded by Canadian said the queues were long, "
        + "and Canadian declined to comment. Canadian officials blamed the storm, and the Canadian economy barely noticed. "
        + "Canadian's chief executive apologised. Staff at Canadian were tired.";

    [Fact]
    public void A_carrier_is_later_named_by_its_first_word_where_no_noun_follows()
    {
        List<OrganisationMention> shortForms = Find(CarrierStory).Where(m => m.Text == "Canadian").ToList();
        Assert.True(shortForms.Count == 4, string.Join(" | ", shortForms.Select(m => m.Span.Start + ":" + m.Text)));
        Assert.All(shortForms, m => Assert.Equal("Canadian Airlines", m.Canonical));
    }

    [Fact]
    public void The_first_word_of_a_carrier_before_a_noun_stays_an_adjective()
    {
        int officials = CarrierStory.IndexOf("Canadian officials", StringComparison.Ordinal);
        int economy = CarrierStory.IndexOf("Canadian economy", StringComparison.Ordinal);
        Assert.DoesNotContain(Find(CarrierStory), m => m.Span.Start == officials || m.Span.Start == economy);
    }

    [Fact]
    public void Without_the_carrier_written_out_the_adjective_is_no_name()
    {
        Assert.DoesNotContain("Canadian", Texts("World\n\nPassengers stranded in Toronto said Canadian declined to help."));
    }

    [Fact]
    public void A_country_that_names_a_carrier_stays_a_country()
    {
        const string text = "Airline news\n\nKenya Airways cancelled 40 flights. Kenya said the storm was to blame, and Kenya declined to pay.";
        List<string> found = Texts(text);
        Assert.Contains("Kenya Airways", found);
        Assert.DoesNotContain("Kenya", found);
    }

    [Fact]
    public void A_media_name_written_with_its_article_keeps_the_article_in_its_canonical()
    {
        OrganisationMention m = Assert.Single(Find("City\n\nA police spokeswoman told The Associated Press that the road would reopen."));
        Assert.Equal("The Associated Press", m.Text);
        Assert.Equal("The Associated Press", m.Canonical);
    }

    private const string UnionStory =
        "Police news\n\nThe head of a teachers' union ZdfG Marek Oldenhove opposes the plan. "
        + "The comments by Marek Oldenhove, who heads the small ZdfG union, come amid debate. Oldenhove told a paper.";

    [Fact]
    public void A_person_the_article_names_on_its_own_is_cut_from_the_end_of_a_guessed_name()
    {
        List<OrganisationMention> found = Find(UnionStory);
        Assert.DoesNotContain(found, m => m.Text.Contains("Oldenhove", StringComparison.Ordinal));
        Assert.Equal(2, found.Count(m => m.Text == "ZdfG" && m.Canonical == "ZdfG"));
    }

    [Fact]
    public void A_name_whose_last_words_never_stand_alone_keeps_them()
    {
        AssertHas("Business\n\nShares of the lender KBX Verden Capital rose 3 percent on Tuesday.", "KBX Verden Capital");
    }

    private const string ClubStory =
        "Sport\n\nA spokesman said Tuesday that Dayton Flyers guard Ann Ruiz and forward Bo Lee missed the flight. "
        + "Flyers assistant coach Ted Muir said in a post that it was wrong. The Dayton Flyers is a minor league club.";

    [Fact]
    public void A_name_before_a_player_role_and_a_player_is_a_club_in_any_article()
    {
        List<OrganisationMention> found = Find(ClubStory);
        Assert.Equal(2, found.Count(m => m.Text == "Dayton Flyers"));
        OrganisationMention nickname = Assert.Single(found, m => m.Text == "Flyers");
        Assert.Equal("Dayton Flyers", nickname.Canonical);
    }

    [Theory]
    [InlineData("Sport\n\nThe Berlin police chief Hans Kohl spoke on Monday.")]
    [InlineData("Sport\n\nThe prison guard Ann Ruiz said the cells were full.")]
    public void A_role_after_a_lower_case_word_or_an_office_finds_no_club(string text)
    {
        Assert.Empty(Find(text));
    }

    [Theory]
    [InlineData("Passengers waited at the gate. (Lena Vogt/flydubai handout)", "flydubai")]
    [InlineData("The chipmaker onsemi reported higher sales on Sunday.", "onsemi")]
    public void A_name_the_gazetteer_writes_in_lower_case_is_found_in_lower_case(string sentence, string name)
    {
        AssertHas("World\n\n" + sentence, name);
    }

    [Fact]
    public void A_lower_case_word_that_is_no_lower_case_name_stays_out()
    {
        Assert.Empty(Find("World\n\nthe agency said the report was wrong, and the press agreed."));
    }

    [Fact]
    public void The_lower_case_gazetteer_names_load()
    {
        Assert.Contains("company|flydubai", NewsExtraction.Text.ResourceText.ReadLines("NewsExtraction.Organisations.organisations.txt"));
    }

    [Theory]
    [InlineData("“The report is false,” Peruvian interior ministry spokesman Olo Vint said on Friday.", "Peruvian interior ministry")]
    [InlineData("Bolivian health ministry officials met the envoy on Monday.", "Bolivian health ministry")]
    public void A_nationality_and_a_lower_case_ministry_opening_a_subject_is_the_ministry(string sentence, string name)
    {
        AssertHas("World\n\n" + sentence, name);
    }

    [Fact]
    public void A_nationality_and_a_ministry_after_an_indefinite_article_is_still_left_out()
    {
        Assert.Empty(Find("World\n\nA spokesman said a Bolivian health ministry official had met the envoy."));
    }
}
