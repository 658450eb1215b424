using NewsExtraction.Quotations;
using static NewsExtraction.Tests.Quotations.QuoteTestHelper;

namespace NewsExtraction.Tests.Quotations;

/// <summary>Round eight, read off a fifth hand-annotated sample of scraped news (invented sentences only).</summary>
public sealed class QuotationRoundEightTests
{
    private static readonly ExtractionPipeline WithOrganisations = new ExtractionPipelineBuilder()
        .UseOrganisations()
        .UseQuotations()
        .WithOptions(o => o with { Scope = ExtractionScope.WholePage })
        .Build();

    private const string Continued =
        "Harbour plan faces doubts\n\n"
        + "Mara Quill, a senior fellow at the Northbay Institute, doubts the plan will work.\n"
        + "\"Each bridge cost us double. Nobody kept the receipts,\" Quill said.\n"
        + "Still, and in spite of that, Quill expects the town to keep borrowing.\n"
        + "\"The council is already spending next year's money. Nobody on the board reads the ledgers.\"\n"
        + "\"Borrowing has become a habit at the town hall,\" the expert concluded.\n";

    [Fact]
    public void A_quote_after_a_line_about_the_speaker_continues_with_that_speaker()
    {
        List<QuotationMention> all = Quotes(Continued);
        Assert.Equal(3, all.Count);
        Assert.StartsWith("The council is already", all[1].Text);
        Assert.Equal("Mara Quill", Who(all[1]));
    }

    [Fact]
    public void The_expert_three_reader_paragraphs_after_the_named_speaker_is_that_speaker()
    {
        List<QuotationMention> all = Quotes(Continued);
        Assert.Equal("Mara Quill", Who(all[2]));
    }

    [Theory]
    // A verb before its object is not a modifier of the name ("believes the city" is not "presidential nominee").
    [InlineData("The council met on Monday to discuss the bridge. John Quill believes the city will keep borrowing for many years. \"The council is already spending next year's money.\"", "John Quill")]
    // An opening "Still," / "Yet," is skipped before the subject.
    [InlineData("The council met on Monday.\nJohn Quill spoke to the board.\nStill, Quill expects the town to keep borrowing.\n\"We have spent next year's money already.\"", "John Quill")]
    public void The_subject_of_the_sentence_before_speaks_the_quote(string text, string speaker)
    {
        QuotationMention q = Single(text);
        Assert.Equal(speaker, Who(q));
    }

    [Fact]
    public void A_partial_quote_inside_a_sentence_without_a_speaker_belongs_to_the_person_of_the_sentence_before()
    {
        string text = "“The ferries run on time again and the quay is full,” Lena Tolland said.\n"
            + "John Dorsey sees the bridge opening new routes, given its size. Two failed ferry lines showed the council has “nerves of cold steel.” Other towns were slower.\n";
        List<QuotationMention> all = Quotes(text);
        Assert.Equal(2, all.Count);
        Assert.Equal("John Dorsey", Who(all[1]));
    }

    [Fact]
    public void A_partial_quote_keeps_its_own_sentence_speaker_over_the_sentence_before()
    {
        string text = "John Dorsey visited the harbour on Monday. The mayor said the council has “nerves of cold steel.”";
        QuotationMention q = Single(text);
        Assert.Equal("mayor", Who(q));
    }

    [Theory]
    [InlineData("Ron Pell, co-founder of Kidsmarch.org, said they rarely visit circuses because of the \"cruel handling\" of the animals.")]
    [InlineData("Ron Pell, co-founder of Kidsmarch.org and a former ranger in the north, said they skip circuses because of the \"cruel handling\" of the animals.")]
    public void A_web_name_in_an_apposition_does_not_end_the_sentence_before_the_speaker(string text)
    {
        QuotationMention q = Single(text);
        Assert.Equal("cruel handling", q.Text);
        Assert.Equal("Ron Pell", Who(q));
    }

    [Fact]
    public void A_dot_before_a_space_still_ends_the_sentence_after_a_web_name()
    {
        string text = "The club moved its page to fernwood.org. \"We wanted a cleaner look for members,\" said Tara Wynn, the club secretary.";
        QuotationMention q = Single(text);
        Assert.Equal("Tara Wynn", Who(q));
    }

    [Fact]
    public void A_partial_quote_after_a_colon_does_not_take_the_person_of_the_sentence_before()
    {
        string text = "John Dorsey arrived late at the dock. When he walked in he heard the crew chanting: \"We made it home!\"";
        QuotationMention q = Single(text);
        Assert.NotEqual("John Dorsey", Who(q));
    }

    [Theory]
    [InlineData("Forum user K_AND_MM wrote: \"Parents have to watch their children because the streets are busy.\"", "K_AND_MM")]
    public void A_screen_name_with_underscores_is_one_speaker(string text, string speaker)
    {
        QuotationMention q = Single(text);
        Assert.Equal(speaker, Who(q));
    }

    [Theory]
    [InlineData("A man was charged, according to the Fenwick Police Department. Police said the man was the scheme's \"main go-between\" who moved funds abroad.")]
    [InlineData("A man was charged, according to the Fenwick Police Department.\n\"Most people laugh at such offers, but losses run into millions,\" the Fenwick police said in a statement.")]
    public void Police_after_a_named_police_department_is_that_department(string text)
    {
        QuotationMention q = Single(text);
        Assert.Equal("Fenwick Police Department", Who(q));
    }

    [Fact]
    public void Police_of_another_place_is_not_the_named_department()
    {
        string text = "A man was charged, according to the Fenwick Police Department.\nDunmore police said the second man had been \"very helpful\" to detectives.";
        QuotationMention q = Single(text);
        Assert.NotEqual("Fenwick Police Department", Who(q));
    }

    [Theory]
    [InlineData("The hangar team built a bigger engine, which inside the firm is nicknamed the \"Big Loud old Kettle.\"")]
    [InlineData("The new ferry, dubbed the \"Slow Grey sea Cow.\" by locals, sails at noon.")]
    public void A_name_after_a_pure_naming_word_is_no_quotation_even_with_a_period_inside(string text)
    {
        Assert.Empty(Quotes(text));
    }

    [Fact]
    public void A_finished_phrase_after_called_is_still_a_quotation()
    {
        string text = "Mayor Lia Brandt called the ferry deal \"a costly and needless mistake.\"";
        QuotationMention q = Single(text);
        Assert.Equal("a costly and needless mistake.", q.Text);
    }

    [Fact]
    public void A_spokeswoman_for_a_name_opening_with_All_is_a_role_not_a_person()
    {
        string text = "A spokeswoman for All Star told reporters that the crew \u201Cfollowed every rule we have for such cases.\u201D";
        QuotationMention q = Single(text);
        Assert.Equal("spokeswoman for All Star", Who(q));
    }

    [Fact]
    public void The_carrier_is_the_company_whose_spokesperson_spoke_last_not_the_nearest_airline_named()
    {
        string text = "A flight of Velora Airways returned to Oslo on Monday.\n"
            + "The second man held a Nordwind Airlines boarding pass, officials said.\n"
            + "A spokeswoman for Velora told reporters that the crew \u201Cfollowed every rule we have for such cases.\u201D\n"
            + "The carrier said it was \u201Cstill looking into how the passenger got on board.\u201D\n";
        List<QuotationMention> all = Quotes(text, WithOrganisations);
        Assert.Equal(2, all.Count);
        Assert.Equal("Velora Airways", Who(all[1]));
    }
}
