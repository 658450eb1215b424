using static NewsExtraction.Tests.Organisations.OrganisationAssert;

namespace NewsExtraction.Tests.Organisations;

/// <summary>Worldwide-newswire exact-span boundary rules (issue #6, eighth round): each pattern with positive and negative sentences.</summary>
public sealed class OrganisationRoundEightTests
{
    // ---- Head words "Mechanism", "Caucus", "Minerals" ------------------------------------------------

    [Theory]
    [InlineData("\"Our banks also use the BRICS Interbank Cooperation Mechanism, set up years ago.\"", "BRICS Interbank Cooperation Mechanism")]
    [InlineData("The report by Chile's National Mechanism for the Prevention of Torture (MNPT) was published on Friday.", "National Mechanism for the Prevention of Torture")]
    [InlineData("The European Stability Mechanism lent the money.", "European Stability Mechanism")]
    [InlineData("The NDC Parliamentary Caucus reminded the central bank of the law.", "NDC Parliamentary Caucus")]
    [InlineData("The Congressional Black Caucus met on Tuesday.", "Congressional Black Caucus")]
    [InlineData("The board approved BMC Minerals' Kudz Ze Kayah mining project.", "BMC Minerals")]
    public void Name_ends_with_the_new_head_word(string text, string name) => AssertHas(text, name);

    [Fact]
    public void New_head_words_alone_or_lower_case_are_not_names()
    {
        List<string> found = Texts("The Mechanism was never used. Critical minerals and the caucus mechanism were discussed. Caucus members left.");
        Assert.DoesNotContain(found, f => f.Contains("Mechanism", StringComparison.Ordinal) || f.Contains("Caucus", StringComparison.Ordinal) || f.Contains("minerals", StringComparison.Ordinal));
    }

    // ---- Single-word conjuncts before a name's first conjunct ------------------------------------------

    [Theory]
    [InlineData("Inspectors from the Phytosanitary and Zoosanitary Regulation and Control Agency (Agrocalidad), working with the ministry, visited the farms.", "Phytosanitary and Zoosanitary Regulation and Control Agency")]
    [InlineData("The Economic, Social and Environmental Development Council met on Monday.", "Economic, Social and Environmental Development Council")]
    [InlineData("Experts from the Scientific, Technical and Technological Advisory Committee spoke.", "Scientific, Technical and Technological Advisory Committee")]
    public void Earlier_single_word_conjuncts_belong_to_the_name(string text, string name) => AssertHas(text, name);

    [Theory]
    [InlineData("On Tuesday, Truth and Reconciliation Commission staff met the families.", "Truth and Reconciliation Commission")]
    [InlineData("Bangladesh Muslim League, Jatiya Party and Liberal Democratic Party joined the alliance.", "Liberal Democratic Party")]
    [InlineData("The Truth and Reconciliation Commission met.", "Truth and Reconciliation Commission")]
    public void Sentence_openers_and_lists_of_names_are_not_joined(string text, string name)
    {
        AssertHas(text, name);
        Assert.DoesNotContain(Texts(text), f => f.Length > name.Length && f.EndsWith(name, StringComparison.Ordinal));
    }

    // ---- A role holder's name after "President of the X" ---------------------------------------------

    [Fact]
    public void Role_holder_name_after_a_role_of_the_name_stays_outside()
    {
        const string text = "The premier held talks on Tuesday with President of the World Economic Forum Borge Brende about investment.";
        AssertHas(text, "World Economic Forum");
        AssertLacks(text, "World Economic Forum Borge Brende");
    }

    [Theory]
    [InlineData("Jane Tully, President of World Vision International, warned that the crisis is deepening.", "World Vision International")]
    [InlineData("The envoy later sat down alongside Member of the Sudan Transitional Sovereign Council Omar al-Hadi Idris for talks.", "Sudan Transitional Sovereign Council")]
    public void Name_words_after_a_role_of_the_name_stay_inside(string text, string name) => AssertHas(text, name);

    // ---- Left edge of a multi-word first conjunct ------------------------------------------------------

    [Theory]
    [InlineData("The National Security and Foreign Policy Committee met on Sunday.", "National Security and Foreign Policy Committee")]
    [InlineData("The King Salman Humanitarian Aid and Relief Center sent aid to Yemen.", "King Salman Humanitarian Aid and Relief Center")]
    [InlineData("The team was led by the head of King Salman Humanitarian Aid and Relief Center (KSrelief).", "King Salman Humanitarian Aid and Relief Center")]
    public void Multi_word_first_conjunct_keeps_its_left_edge(string text, string name) => AssertHas(text, name);

    [Fact]
    public void Patron_title_is_not_kept_before_a_non_institution_head()
    {
        List<string> found = Texts("The Prince Charles Aid and Relief Commission met.");
        Assert.DoesNotContain(found, f => f.StartsWith("Prince", StringComparison.Ordinal));
    }

    // ---- Web domain suffix glued to a company name -----------------------------------------------------

    [Theory]
    [InlineData("Data from the jobs website Zhaopin.com suggest that hiring slowed in May.", "Zhaopin.com")]
    [InlineData("Shares of Amazon.com fell 3 percent on Monday.", "Amazon.com")]
    public void Domain_suffix_is_part_of_the_name(string text, string name) => AssertHas(text, name);

    [Fact]
    public void Longer_web_addresses_do_not_extend_a_name()
    {
        const string text = "Shares of Amazon fell. See Amazon.com/deals and Amazon.com.au for offers.";
        Assert.DoesNotContain(Texts(text), f => f.Contains('/', StringComparison.Ordinal) || f.EndsWith(".com", StringComparison.Ordinal));
    }

    // ---- Numbered sessions of a legislature --------------------------------------------------------------

    [Theory]
    [InlineData("The senator will give a lecture on \"Minor Parties and the 47th Parliament\" next week.", "47th Parliament")]
    [InlineData("He served as minister for Parliamentary Affairs in the 11th National Parliament.", "11th National Parliament")]
    [InlineData("The bill died in the 116th Congress last year.", "116th Congress")]
    public void Ordinal_before_a_legislature_is_part_of_the_name(string text, string name) => AssertHas(text, name);

    [Fact]
    public void Ordinal_does_not_join_other_names()
    {
        const string text = "The 19th Communist Party of China Central Committee met. He was 5th at the Acme Foundation gala.";
        Assert.DoesNotContain(Texts(text), f => f.StartsWith("19th", StringComparison.Ordinal) || f.StartsWith("5th", StringComparison.Ordinal));
    }
}
