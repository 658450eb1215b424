using NewsExtraction.Quotations;
using static NewsExtraction.Tests.Quotations.QuoteTestHelper;

namespace NewsExtraction.Tests.Quotations;

/// <summary>Constructions found by reading our output on ordinary scraped news (sentences invented here).</summary>
public sealed class NewsQaTests
{
    private static readonly ExtractionPipeline WithOrganisations = new ExtractionPipelineBuilder()
        .UseOrganisations()
        .UseQuotations()
        .WithOptions(o => o with { Scope = ExtractionScope.WholePage })
        .Build();

    // ---- "the airline said": an organisation noun of everyday news is a speaker, not a word to skip

    [Theory]
    [InlineData("airline")]
    [InlineData("carrier")]
    [InlineData("team")]
    [InlineData("club")]
    [InlineData("hospital")]
    [InlineData("university")]
    [InlineData("school")]
    [InlineData("city")]
    public void An_organisation_noun_before_the_verb_is_the_speaker(string noun)
    {
        string text = $"Paul Grady praised the staff.\n\n“We regret the delay and are rebooking every traveller,” the {noun} said.";
        QuotationMention q = Single(text);
        Assert.Equal(noun, q.Speaker);
        Assert.Equal("said", q.Cue);
    }

    [Fact]
    public void The_airline_resolves_to_the_airline_named_before()
    {
        const string text = "Storms grounded dozens of Velora Airways flights on Friday, stranding Paul Grady and his family.\n\n"
            + "“We regret the delay and are rebooking every traveller,” the airline said in a statement.";
        QuotationMention q = Single(text, WithOrganisations);
        Assert.Equal("Velora Airways", Who(q));
    }

    [Fact]
    public void The_airline_is_the_company_that_just_spoke_even_when_its_name_lacks_the_word()
    {
        const string text = "Kestrel Air said it was reviewing how the passenger boarded with a ticket for a Tarn Airlines flight.\n\n"
            + "“We apologise to everyone on board for the inconvenience,” the airline said.";
        Assert.Equal("Kestrel Air", Who(Single(text, WithOrganisations)));
        Assert.Equal("Kestrel Air", Who(Single(text)));
    }

    [Fact]
    public void The_airline_is_not_the_police_that_spoke_last()
    {
        const string text = "Some travellers held Tarn Airlines tickets for the same gate.\n\nAirport Police said the matter was closed.\n\n"
            + "“We apologise to everyone on board for the inconvenience,” the airline said.";
        Assert.Equal("Tarn Airlines", Who(Single(text)));
    }

    [Fact]
    public void The_company_is_the_company_named_last_not_another_that_spoke()
    {
        const string text = "Vantrel has long run its chat service from abroad, and Pellico said in March that it would not host the app.\n\n"
            + "Vantrel Inc moved again this year. In a note to users, the company said that it was “ready to move once more if the rules change.”";
        Assert.NotEqual("Pellico", Who(Single(text, WithOrganisations)));
    }

    [Fact]
    public void The_company_is_not_a_ministry_that_spoke_last()
    {
        const string text = "Shares of Corvex Holdings fell.\n\nThe Ministry of Finance said it was watching the market.\n\n"
            + "“We are confident in our plan for the coming year,” the company said.";
        Assert.NotEqual("Ministry of Finance", Who(Single(text, WithOrganisations)));
    }

    [Fact]
    public void It_after_the_airline_is_the_airline_not_an_earlier_person()
    {
        const string text = "Paul Grady said the trip was long. The airline said it was looking into the matter.\n\n"
            + "“We regret the delay and are rebooking every traveller,” it said.";
        QuotationMention q = Single(text);
        Assert.Equal("airline", q.Speaker);
    }

    [Fact]
    public void An_organisation_noun_after_the_verb_is_not_the_speaker()
    {
        QuotationMention q = Single("“We regret the delay and are rebooking every traveller,” Paul Grady told the team.");
        Assert.Equal("Paul Grady", q.Speaker);
    }

    // ---- "Tom Bradwell of the Labour party said": a name, then its organisation in lower case

    [Theory]
    [InlineData("“We regret the delay and are rebooking every traveller,” Tom Bradwell of the Labour party said.")]
    [InlineData("“We regret the delay and are rebooking every traveller,” said Tom Bradwell of the Labour party.")]
    [InlineData("“We regret the delay and are rebooking every traveller,” Tom Bradwell of the city council said.")]
    [InlineData("Tom Bradwell of the transport union said: “We regret the delay and are rebooking every traveller.”")]
    [InlineData("“We regret the delay and are rebooking every traveller,” said Tom Bradwell of the city council, adding that more staff were coming.")]
    public void A_name_followed_by_of_and_a_lower_case_organisation_is_the_speaker(string text)
    {
        QuotationMention q = Single(text);
        Assert.True(q.Speaker == "Tom Bradwell", $"{text} -> {q.Speaker}");
        Assert.Equal("said", q.Cue);
    }

    [Fact]
    public void A_spokesman_of_an_organisation_is_a_role_not_the_first_word_of_the_organisation()
    {
        QuotationMention q = Single("A Harbour for Kendal spokesman said: “We are working with the emergency services at the scene.”");
        Assert.NotEqual("Harbour", q.Speaker);
    }

    [Fact]
    public void A_group_of_a_place_is_not_read_as_a_person()
    {
        QuotationMention q = Single("“We regret the delay and are rebooking every traveller,” Residents of the town said.");
        Assert.NotEqual("Residents", q.Speaker);
    }

    // ---- "he"/"she": never a group, never a photo credit

    [Theory]
    [InlineData("his clients")]
    [InlineData("the ferry attendants")]
    [InlineData("local people")]
    public void She_does_not_refer_to_a_group_that_spoke(string group)
    {
        string text = $"Laura Pike boarded late in the evening. Pike said {group} told her the seat was taken.\n\n"
            + "“Honestly, the ticket sent me to a boat that did not exist,” she joked.";
        QuotationMention q = Single(text);
        Assert.Equal("Laura Pike", Who(q));
    }

    [Fact]
    public void A_singular_role_that_spoke_is_still_an_antecedent()
    {
        const string text = "A port spokeswoman said the ferry was late.\n\n“We are sorry for the wait,” she said.";
        QuotationMention q = Single(text);
        Assert.True(q.Speaker?.Contains("spokeswoman") == true, q.Speaker ?? "null");
    }

    [Fact]
    public void He_does_not_refer_to_a_photographer_in_a_photo_credit()
    {
        const string text = "President Alvaro Mendes has pressed the port authority for weeks.\n\nPort director Ana Ruiz speaks to reporters in Lisbon. (Mark Tessler/AP)\n\n"
            + "Officials met on Friday to discuss the delays.\n\nThe talks ran late. Late on Thursday he tweeted: “The port must open again before the holidays.”";
        QuotationMention q = Single(text);
        Assert.NotEqual("Mark Tessler", Who(q));
    }

    // ---- "the statement said": the author of the statement mentioned before

    [Theory]
    [InlineData("Rabbi Dan Sorel said in a statement posted online that the loss was felt widely.\n\n“We are heartbroken by this loss,” the statement said.", "Dan Sorel")]
    [InlineData("In a statement, Corra Travel spokeswoman Lia Moss said the group was safe.\n\n“All our guests are accounted for,” the statement said.", "Lia Moss")]
    [InlineData("Lia Moss said in a statement that the group was safe.\n\n“All our guests are accounted for,” the company’s statement said.", "Lia Moss")]
    public void The_statement_is_its_author(string text, string author)
    {
        List<QuotationMention> quotes = Quotes(text);
        Assert.Equal(author, Who(quotes[^1]));
    }

    [Fact]
    public void The_letter_is_not_the_newspaper_that_reported_on_it()
    {
        const string text = "The letter to the board did not ask him to resign, but the signers, the Daily Ledger reported, condemned his remarks.\n\n"
            + "“His comments do not reflect the views of our members,” the letter stated.";
        Assert.NotEqual("Daily Ledger", Who(Single(text)));
    }

    [Fact]
    public void The_statement_stays_a_statement_when_no_statement_was_mentioned()
    {
        QuotationMention q = Single("Tom Hale said the roads were closed.\n\n“All lanes will reopen on Monday,” the statement said.");
        Assert.Equal("statement", q.Speaker);
    }

    // ---- "Mike Hale, an operations manager at X told …": the apposition's closing comma is missing

    [Theory]
    [InlineData("“We have received many reports of the bright light,” Mike Hale, an operations manager at the Comet Watch Society told reporters.", "Mike Hale")]
    [InlineData("Tom Reyes, a fellow at the Harbor Policy Center in Boston told reporters that the mayor does “not want to lose the vote over this.”", "Tom Reyes")]
    public void A_name_before_an_unclosed_apposition_is_the_speaker(string text, string name)
    {
        QuotationMention q = Single(text);
        Assert.Equal(name, q.Speaker);
        Assert.Contains(" at the ", q.SpeakerRole);
    }

    [Fact]
    public void A_role_after_a_list_of_places_stays_the_role()
    {
        QuotationMention q = Single("Residents in Leeds, a spokesman for the council said, “will be moved to new homes by the end of the year.”");
        Assert.NotEqual("Leeds", q.Speaker);
    }

    // ---- a capitalised sentence opening is not a speaker

    [Fact]
    public void An_introductory_adverb_is_not_the_subject()
    {
        const string text = "Paul Grady arrived.\n\nHistorically, the union has issued warnings when conditions on the docks were poor, and it said "
            + "the cases cited may be only the “tip of the iceberg of what happens at the port.”";
        Assert.NotEqual("Historically", Single(text).Speaker);
    }

    [Fact]
    public void A_noun_opening_the_sentence_before_of_is_not_the_subject()
    {
        const string text = "Word of the deal spread after Tom Reyes criticised the port online, adding a warning that it would bring “no lasting peace until the ships stop.”";
        Assert.NotEqual("Word", Single(text).Speaker);
    }

    [Fact]
    public void A_surname_opening_the_sentence_before_of_is_still_a_speaker_when_known()
    {
        const string text = "Tom Reyes chairs the dock union.\n\nReyes of the dock union said: “We will not accept this offer from the port.”";
        Assert.Equal("Tom Reyes", Who(Single(text)));
    }

    [Theory]
    [InlineData("Several")]
    [InlineData("Few")]
    [InlineData("Numerous")]
    public void A_quantifier_opening_the_sentence_is_not_a_name(string quantifier)
    {
        string text = $"{quantifier} senior harbour pilots sent a letter to the port board, saying it was “badly out of step with how the port works today.”";
        Assert.NotEqual(quantifier, Single(text).Speaker);
    }

    // ---- "The head of the Harbour Party, Tom Herring, voiced …": the subject is the name in the apposition

    [Fact]
    public void A_role_subject_with_the_name_in_apposition_speaks_the_partial_quote()
    {
        const string text = "Carla Brent welcomed the vote.\nThe head of the Harbour Party, Tom Herring, voiced opposition to the decision, "
            + "calling it a move that will cause “deep damage to the town and its people.”";
        Assert.Equal("Tom Herring", Who(Single(text)));
    }

    [Fact]
    public void A_role_subject_without_a_name_is_not_given_one_from_a_list()
    {
        const string text = "Carla Brent welcomed the vote.\nThe head of the Harbour Party, the unions and the mayor all opposed the decision, "
            + "calling it a move that will cause “deep damage to the town and its people.”";
        Assert.NotEqual("the unions", Who(Single(text)));
    }

    [Fact]
    public void Many_statement_references_after_a_long_sentence_stay_fast()
    {
        var sb = new System.Text.StringBuilder("Ann Lee said in a statement that ");
        for (int i = 0; i < 50_000; i++)
        {
            sb.Append("word ");
        }

        sb.Append("ends here.\n\n");
        for (int i = 0; i < 20_000; i++)
        {
            sb.Append("“We are fine here and staying put,” the statement said. ");
        }

        var watch = System.Diagnostics.Stopwatch.StartNew();
        List<QuotationMention> quotes = Quotes(sb.ToString());
        watch.Stop();
        Assert.True(quotes.Count >= 20_000, $"{quotes.Count} quotations");
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(30), $"took {watch.Elapsed}");
    }

    [Theory]
    [InlineData("Model")]
    [InlineData("Supermodel")]
    [InlineData("Singer-songwriter")]
    public void An_occupation_before_a_name_is_the_role_not_part_of_the_name(string occupation)
    {
        string text = $"{occupation} Dana Kirov was on the flight with her husband.\n\n“Why did we all have to turn back over one seat?” she wrote.";
        QuotationMention q = Single(text);
        Assert.Equal("Dana Kirov", Who(q));
    }

    // ---- a shouted page label is no antecedent

    [Fact]
    public void An_all_caps_video_label_is_no_antecedent_for_he()
    {
        const string text = "Launch\n\nTong Wei, a fellow at the Vexaro Institute, said the tests were a warning.\n\n"
            + "JUST WATCHED Why do rockets fail? Replay More Videos ... MUST WATCH Why do rockets fail? 01:14\n"
            + "\"Crews must stand ready well before any launch,\" he said.\n";
        QuotationMention q = Single(text, WithOrganisations);
        Assert.Equal("Tong Wei", Who(q));
    }

    // ---- "he"/"she": the gender of a first name only the registry lists know

    [Theory]
    [InlineData("Odette Varga", "Leopold Brandt", "she")]
    [InlineData("Leopold Brandt", "Odette Varga", "he")]
    [InlineData("Philippa Stone", "Thaddeus Crane", "she")]
    [InlineData("Thaddeus Crane", "Philippa Stone", "he")]
    public void A_pronoun_goes_to_the_person_whose_registry_first_name_agrees(string speaker, string other, string pronoun)
    {
        string otherLast = other[(other.IndexOf(' ') + 1)..];
        string text = $"{speaker} met {other} at the harbour office on Monday. {otherLast} said the ferry timetable would change next month.\n\n"
            + $"“Nobody asked the islanders before this was decided,” {pronoun} said.";
        QuotationMention q = Single(text);
        Assert.Equal(speaker, Who(q));
    }

    [Theory]
    [InlineData("Rosalind Hale", "she")]
    [InlineData("Cornelius Hale", "he")]
    public void A_pronoun_still_goes_to_the_last_speaker_when_the_gender_agrees(string speaker, string pronoun)
    {
        string text = $"Ambrose Kemp opened the meeting. {speaker} said the ferry timetable would change next month.\n\n"
            + $"“Nobody asked the islanders before this was decided,” {pronoun} said.";
        QuotationMention q = Single(text);
        Assert.Equal(speaker, Who(q));
    }

    [Fact]
    public void A_name_of_either_gender_stays_an_antecedent_for_both_pronouns()
    {
        foreach (string pronoun in new[] { "he", "she" })
        {
            string text = "Jordan Pell said the ferry timetable would change next month.\n\n"
                + $"“Nobody asked the islanders before this was decided,” {pronoun} said.";
            Assert.Equal("Jordan Pell", Who(Single(text)));
        }
    }

    [Fact]
    public void He_is_not_a_man_named_after_another_he_in_the_same_sentence()
    {
        const string text = "The race went to the reigning champion from pole on Sunday.\n\n"
            + "The win keeps the champion in the title fight, but he must still beat his team-mate Leopold Kessling in the last round.\n\n"
            + "“I was calm out front the whole way,” he said.";
        QuotationMention q = Single(text);
        Assert.NotEqual("Leopold Kessling", Who(q));
    }

    // ---- "For X, …" / "To X, …": the person whose view the sentence gives

    [Theory]
    [InlineData("For Dario Pell, a lawyer who advises tenants in Leeds, the ruling changes nothing.", "Dario Pell")]
    [InlineData("To Dario Pell, who chairs a landlords' group in Leeds, the rule goes much too far.", "Dario Pell")]
    public void A_pronoun_goes_to_the_person_a_sentence_opens_its_view_with(string view, string expected)
    {
        string text = "“The rent rules must be enforced,” said Marco Lorca, a tenants' advocate.\n\n"
            + view + " “This is a problem for every landlord in the country,” he says.";
        List<QuotationMention> all = Quotes(text);
        Assert.Equal(expected, Who(all[^1]));
    }

    [Fact]
    public void A_viewpoint_of_the_other_gender_is_no_antecedent()
    {
        const string text = "“The rent rules must be enforced,” said Marco Lorca, a tenants' advocate.\n\n"
            + "For Ines Pell, a lawyer in Leeds, the ruling changes nothing. “This is a problem for every landlord,” he says.";
        List<QuotationMention> all = Quotes(text);
        Assert.Equal("Marco Lorca", Who(all[^1]));
    }

    [Fact]
    public void A_viewpoint_sentence_in_which_someone_else_speaks_is_no_antecedent()
    {
        const string text = "“We waited for hours,” said Marco Lorca, a passenger.\n\n"
            + "For Dario Pell, a travelling chef, the wait seemed endless until a crew member stood up and said: “We are turning back.”\n\n"
            + "“Please stay in your seats,” he announced.";
        List<QuotationMention> all = Quotes(text);
        Assert.NotEqual("Dario Pell", Who(all[^1]));
    }

    // ---- a surname two people of the article share

    [Fact]
    public void She_goes_to_the_woman_who_shares_a_surname_with_the_only_man_named_in_full()
    {
        const string text = "Why Odette Kell Walked Away From The Stage\n\n"
            + "Kell grew up on a farm near Leeds; her father, Leopold Kell, taught music there.\n\n"
            + "“We rehearsed in the barn every night,” Kell says.\n\n"
            + "Kell says the years on tour wore her down. “We were in a bitter fight for years,” she says.";
        List<QuotationMention> all = Quotes(text);
        Assert.Equal("Odette Kell", Who(all[^1]));
    }

    // ---- no continuation across a subheading or a gallery caption

    [Fact]
    public void A_quote_after_a_gallery_caption_does_not_continue_the_speaker_before_it()
    {
        const string text = "Sales of the new soda doubled in a week, according to Lena Ortiz, the brand's marketing chief.\n"
            + "Mira Hollis for Sunbright Soda\n"
            + "The singer stands on a windy pier in a spot that ends with the line 'summer always tastes better when it is cold.'\n";
        List<QuotationMention> all = Quotes(text);
        Assert.Single(all);
        Assert.NotEqual("Lena Ortiz", Who(all[0]));
    }

    [Fact]
    public void A_quote_after_a_plain_paragraph_still_continues_the_speaker()
    {
        const string text = "Sales of the new soda doubled in a week, according to Lena Ortiz, the brand's marketing chief.\n"
            + "'We could not keep the shelves full for the whole of the summer.'\n";
        List<QuotationMention> all = Quotes(text);
        Assert.Equal("Lena Ortiz", Who(all[^1]));
    }
}
