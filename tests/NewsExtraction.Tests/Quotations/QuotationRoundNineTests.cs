using NewsExtraction.Quotations;
using static NewsExtraction.Tests.Quotations.QuoteTestHelper;

namespace NewsExtraction.Tests.Quotations;

/// <summary>Round nine, read off a sixth hand-annotated sample of scraped news (invented sentences only).</summary>
public sealed class QuotationRoundNineTests
{
    private const string Correspondent =
        "Storm floods coastal towns\n\n"
        + "County chief Peter Almquist says forty homes lost their roofs overnight.\n"
        + "Nobody has checked the damage yet, Radio Nordby's Oskelu Varn-Adeyemi says from the harbour. Should it hold, she says, \"this is the heaviest storm since the seventies.\"\n"
        + "Almquist's press officer, Tobias Ekdahl, said the release \"came after a week of talks with the ferry company.\" Later he wrote online that the \"ferries resume on Friday.\"\n"
        + "As Oskelu explains, \"only the north road is still open.\"\n"
        + "Oskelu adds that the river \"burst its banks twice last winter.\"\n";

    [Fact]
    public void A_first_name_no_list_knows_written_alone_is_the_full_name_it_opens()
    {
        List<QuotationMention> all = Quotes(Correspondent);
        Assert.Equal(5, all.Count);
        Assert.Equal("Oskelu Varn-Adeyemi", Who(all[0]));
        Assert.Equal("Oskelu Varn-Adeyemi", Who(all[3]));
        Assert.Equal("Oskelu Varn-Adeyemi", Who(all[4]));
    }

    [Fact]
    public void A_noun_after_said_with_a_quote_right_after_it_is_the_topic_not_the_speaker()
    {
        List<QuotationMention> all = Quotes(Correspondent);
        Assert.Equal("Tobias Ekdahl", Who(all[1]));
        Assert.Equal("Tobias Ekdahl", Who(all[2]));
    }

    [Fact]
    public void A_noun_after_said_following_a_quote_is_still_the_inverted_speaker()
    {
        QuotationMention q = Single("The harbour office closed on Monday. \"The quay stays shut until the cranes are fixed,\" said the statement.");
        Assert.NotNull(q.Speaker);
        Assert.Contains("statement", q.Speaker);
    }

    [Fact]
    public void A_first_name_opening_two_different_names_is_not_expanded()
    {
        string text = "Oskelu Varn-Adeyemi and Oskelu Brandtmoor both live by the harbour.\n"
            + "As Oskelu explains, \"only the north road is still open.\"\n";
        QuotationMention q = Single(text);
        Assert.NotEqual("Oskelu Varn-Adeyemi", Who(q));
        Assert.NotEqual("Oskelu Brandtmoor", Who(q));
    }

    [Fact]
    public void A_word_written_after_a_title_is_a_family_name_and_not_expanded_as_a_first_name()
    {
        string text = "Zhoum Peilan runs a shop near the harbour.\n"
            + "\"Our suppliers always pay on time, and we pay them the same day,\" Ms. Zhoum said.\n";
        QuotationMention q = Single(text);
        Assert.NotEqual("Zhoum Peilan", Who(q));
        Assert.Contains("Zhoum", Who(q));
    }

    private const string LeaderByOneName =
        "Varnia's Oleg Offers Talks to His Neighbour\n\n"
        + "The neighbour must drop joint exercises that \"put the whole coast in danger,\" Oleg said.\n"
        + "Questioned at the airport, Erdan President Mark Tolliver briefly said \"time will tell, time will tell\" before boarding.\n"
        + "The Erdan foreign office gave no comment.\n"
        + "Varnia fired two long-range rockets in May, alarming its neighbours.\n"
        + "Following a third launch in late summer, Oleg called his rocket programme finished.\n"
        + "He repeated the claim in a winter speech, saying Varnia would now turn to \"making rockets in large numbers\" next year.\n"
        + "Although Oleg wants to show his strength, he may pause the launches.\n"
        + "That, Oleg said, keeps Erdan from striking first.\n"
        + "\"Every Erdan city lies inside our reach. We mean it as a warning only,\" he said.\n";

    [Fact]
    public void A_one_word_name_the_article_gives_pronouns_is_the_antecedent_of_he()
    {
        List<QuotationMention> all = Quotes(LeaderByOneName);
        Assert.Equal(4, all.Count);
        Assert.Equal("Mark Tolliver", Who(all[1]));
        Assert.Equal("Oleg", Who(all[2]));
        Assert.Equal("Oleg", Who(all[3]));
    }

    [Fact]
    public void A_one_word_place_without_pronouns_is_still_no_antecedent_of_he()
    {
        string text = "Erdan President Mark Tolliver spoke on Monday.\n"
            + "\"We will wait and see,\" Tolliver said.\n"
            + "Varnia said it would test more rockets.\n"
            + "\"Every Erdan city lies inside our reach,\" he said.\n";
        List<QuotationMention> all = Quotes(text);
        Assert.Equal(2, all.Count);
        Assert.Equal("Mark Tolliver", Who(all[1]));
    }

    [Theory]
    [InlineData("Harbour ruling\n\nAna Ruiz said the exchanges kept cash for unnamed clients. \"Shut out the unnamed clients and most of the abuse goes away.\" Judge Tom Brekke said that a ruling will come soon.")]
    [InlineData("Ana Ruiz said the exchanges kept cash for unnamed clients. \"Shut out the unnamed clients and most of the abuse goes away.\" Fresh worries for savers came on Tuesday, with the Ledger reporting that a court will decide soon.")]
    public void A_speech_verb_with_its_own_content_after_a_finished_quote_does_not_attribute_it(string text)
    {
        QuotationMention q = Single(text);
        Assert.Equal("Ana Ruiz", Who(q));
    }

    [Fact]
    public void A_short_attribution_after_a_finished_quote_still_attributes_it()
    {
        QuotationMention q = Single("The harbour stays shut. \"Shut out the unnamed clients and most of the abuse goes away.\" Ana Ruiz said.");
        Assert.Equal("Ana Ruiz", Who(q));
    }

    [Fact]
    public void A_description_by_origin_in_capitals_after_a_speech_verb_is_a_quotation()
    {
        QuotationMention q = Single("Police chief Ann Lee spoke on Tuesday.\nShe says the men looked \"Asian or East European.\" Other towns are checking.\n");
        Assert.Equal("Asian or East European.", q.Text);
        Assert.Equal("Ann Lee", Who(q));
    }

    [Fact]
    public void A_title_in_capitals_after_a_speech_verb_is_still_no_quotation()
    {
        Assert.Empty(Quotes("Police chief Ann Lee spoke on Tuesday.\nShe says her favourite film is \"The Long Road North.\" Other towns are checking.\n"));
    }

    [Fact]
    public void The_added_nationality_words_load()
    {
        Assert.True(QuoteLexicon.Demonyms.Contains("Arab"));
        Assert.True(QuoteLexicon.Demonyms.Contains("Asian"));
    }

    [Fact]
    public void A_name_with_a_role_in_apposition_opening_the_sentence_speaks_after_a_participle()
    {
        string text = "Harbour bank bid\n\n"
            + "Mira Solberg, the harbour bank's chief executive, rejected the criticism on Friday, calling it \"short-sighted\" and saying the merger \"brings new ferry routes within a year.\"\n"
            + "She insisted that the \"ticket prices will stay as they are\" for local people.\n";
        List<QuotationMention> all = Quotes(text);
        Assert.Equal(2, all.Count);
        Assert.Equal("Mira Solberg", Who(all[0]));
        Assert.Equal("Mira Solberg", Who(all[1]));
    }

    [Fact]
    public void A_short_post_written_over_two_lines_is_one_unmarked_quotation()
    {
        string text = "Lights over the bay\n\n"
            + "Dozens of people saw the flash over the harbour on Monday evening.\n"
            + "So bright over the harbour!!\n"
            + "Unreal — Lena Morrow (@lenamorrow88) March 3, 2021\n"
            + "The coastguard said nobody was hurt.\n";
        QuotationMention q = Single(text);
        Assert.False(q.Marked);
        Assert.Equal("So bright over the harbour!!\nUnreal", q.Text);
        Assert.Equal("Lena Morrow", Who(q));
    }

    [Fact]
    public void One_word_signed_after_a_sentence_of_the_article_is_no_post()
    {
        string text = "Lights over the bay\n\n"
            + "Dozens of people saw the flash over the harbour on Monday evening.\n"
            + "Unreal — Lena Morrow (@lenamorrow88) March 3, 2021\n";
        Assert.Empty(Quotes(text));
    }
}
