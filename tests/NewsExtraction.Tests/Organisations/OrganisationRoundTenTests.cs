using static NewsExtraction.Tests.Organisations.OrganisationAssert;

namespace NewsExtraction.Tests.Organisations;

/// <summary>Precision on scraped pages (tenth round): page furniture and people in capitals are no acronyms.</summary>
public sealed class OrganisationRoundTenTests
{
    // ---- An all-caps word the article also uses as an ordinary word ---------------------------------

    [Theory]
    [InlineData("Ferry hits pier in storm\n\nFILE - In this March 3, 2019 file photo, a ferry leaves the harbour.", "FILE")]
    [InlineData("Storm videos ... MUST WATCH Flooding in the valley 01:35\nResidents must leave by noon, the mayor said.", "MUST")]
    [InlineData("CLOSE The mayor spoke for an hour. Voters came close to rejecting the plan.", "CLOSE")]
    public void All_caps_word_used_as_a_word_elsewhere_is_no_acronym(string text, string word) => AssertLacks(text, word);

    [Fact]
    public void Unknown_acronym_without_a_lower_case_twin_is_still_guessed()
    {
        // Negative of the rule above: "TKMZ" never occurs as a word, so it stays a guessed acronym.
        AssertHas("Workers at TKMZ walked out on Monday, and the file was sent to the court.", "TKMZ");
    }

    [Fact]
    public void Known_acronym_with_a_lower_case_twin_is_kept()
    {
        // "WHO" is in the gazetteer: "who" elsewhere does not block it.
        AssertHas("The WHO said the outbreak was over. Doctors who treated patients agreed.", "WHO");
    }

    // ---- People in capitals ----------------------------------------------------------------------------

    [Fact]
    public void Transcript_speaker_labels_of_a_named_guest_are_people()
    {
        const string text = "HOST: Joining us from Lyon is reporter Camille Brevan.\nBREVAN: Thank you.\nHOST: What happened?\nBREVAN: The streets were closed.";
        AssertLacks(text, "BREVAN");
    }

    [Fact]
    public void Given_name_in_capitals_is_a_person()
    {
        AssertLacks("Ten questions for the new coach\nALAN: It was a long season for all of us.", "ALAN");
        AssertLacks("NELSON: They showed the crowd in the square.", "NELSON");
    }

    [Fact]
    public void All_caps_name_whose_title_case_form_is_not_a_surname_is_kept()
    {
        // "Zorvik" follows "the" (lower case), not a capitalised word: no surname evidence.
        AssertHas("ZORVIK signed the deal on Friday. The Zorvik plant employs 300 people.", "ZORVIK");
    }

    // ---- Furniture and technology abbreviations in capitals --------------------------------------

    [Theory]
    [InlineData("Phone makers bet on headsets\n\nCLOSE A new line of headsets went on sale on Monday.", "CLOSE")]
    [InlineData("Analysts expect spending on AR and VR devices to double by 2030.", "AR")]
    [InlineData("Analysts expect spending on AR and VR devices to double by 2030.", "VR")]
    [InlineData("The camera merges ten frames into one HDR+ picture.", "HDR")]
    [InlineData("The rookie QB was named MVP of the final.", "MVP")]
    public void Furniture_and_technology_abbreviations_are_no_names(string text, string word) => AssertLacks(text, word);

    [Fact]
    public void Unknown_acronym_next_to_the_new_non_names_is_still_found()
    {
        AssertHas("Engineers at KORVEL built the VR headset in Oslo.", "KORVEL");
    }

    // ---- Products: a name before a product noun ----------------------------------------------------

    [Fact]
    public void Name_before_a_product_noun_is_a_product_in_every_occurrence()
    {
        // Control: without the product noun the apposition makes it a name.
        AssertHas("Orvane Kestrel, a startup based in Oslo, builds engines. Orvane Kestrel will fly in May.", "Orvane Kestrel");
        const string text = "The launch of the Orvane Kestrel rocket slipped. Orvane Kestrel, a startup based in Oslo, builds engines. Orvane Kestrel will fly in May.";
        AssertLacks(text, "Orvane Kestrel");
    }

    [Theory]
    [InlineData("Two Marvelan Air Force aircraft circled the ship on Friday.", "Marvelan Air Force")]
    [InlineData("Regulators fined Boeing after the Boeing aircraft was grounded.", "Boeing")]
    public void Organisation_before_a_product_noun_stays(string text, string name) => AssertHas(text, name);

    [Fact]
    public void Online_after_an_outlet_is_no_name_of_its_own()
    {
        List<string> found = Texts("Readers sent photos of the flood to The Sun Online news team on Friday.");
        Assert.Contains("The Sun", found);
        Assert.DoesNotContain("Online", found);
    }

    // ---- Stock tickers and caption labels --------------------------------------------------------------

    [Theory]
    [InlineData("Rivals include Boeing (NYSE:BA) and Lockheed Martin (NYSE:LMT), analysts said.", "LMT")]
    [InlineData("Shares of Kordell (NASDAQ: KRDL) rose 4 percent on Monday.", "KRDL")]
    [InlineData("Tech giants such as Apple (AAPL) hold large cash piles abroad.", "AAPL")]
    public void Stock_tickers_are_no_names(string text, string ticker) => AssertLacks(text, ticker);

    [Fact]
    public void Acronym_in_parentheses_after_a_known_party_is_kept()
    {
        // Not a company: the parenthesis holds the party's own short name.
        AssertHas("The Authentic Radical Liberal Party (PLRA) will field a candidate.", "PLRA");
    }

    // ---- "firms such as A, B and C" ------------------------------------------------------------------

    [Theory]
    [InlineData("Consulting firms in Lima, such as Veltrana, Oxmar Partners and Dunelo, expect inflation to fall.", "Veltrana")]
    [InlineData("Consulting firms in Lima, such as Veltrana, Oxmar Partners and Dunelo, expect inflation to fall.", "Oxmar Partners")]
    [InlineData("Consulting firms in Lima, such as Veltrana, Oxmar Partners and Dunelo, expect inflation to fall.", "Dunelo")]
    [InlineData("Several charities such as Brightwater or Kinfold Trust stepped in.", "Brightwater")]
    public void Items_of_a_such_as_list_after_an_organisation_noun_are_names(string text, string name) => AssertHas(text, name);

    [Theory]
    [InlineData("Cities such as Veltrana and Dunelo banned cars.", "Veltrana")]
    [InlineData("Analysts such as Marcos Veltrana expect inflation to fall.", "Marcos Veltrana")]
    [InlineData("Firms in countries such as Peru and Chile expect growth.", "Peru")]
    [InlineData("Consulting firms such as Mr Dunelo's expect growth.", "Dunelo")]
    public void Such_as_lists_of_places_people_or_after_other_nouns_are_not_names(string text, string word) => AssertLacks(text, word);

    [Theory]
    [InlineData("The boat sank, according to the Spanish NGO Marea Viva, which tracks crossings.", "Marea Viva")]
    [InlineData("Funds came from the Kenyan NGO Tumaini Safi last year.", "Tumaini Safi")]
    public void Name_after_a_demonym_and_NGO_is_cued(string text, string name) => AssertHas(text, name);

    [Fact]
    public void Demonym_and_NGO_alone_are_no_name()
    {
        List<string> found = Texts("The Kenyan NGO said it would appeal the ruling.");
        Assert.Empty(found);
    }
}
