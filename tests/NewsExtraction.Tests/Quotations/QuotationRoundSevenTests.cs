using NewsExtraction.Quotations;
using static NewsExtraction.Tests.Quotations.QuoteTestHelper;

namespace NewsExtraction.Tests.Quotations;

/// <summary>Round seven, read off a fourth hand-annotated sample of scraped news (invented sentences only).</summary>
public sealed class QuotationRoundSevenTests
{
    [Fact]
    public void A_multi_paragraph_quote_in_straight_single_marks_keeps_its_open_paragraphs()
    {
        string text = "The boat sank near the pier on Friday night.\n"
            + "Anna Berg said: 'I think we were lucky that night.\n"
            + "'I was scared. I called my brother. I said, \"Please come quickly.\"\n"
            + "'I waited by the door and hoped. Then my sister called, \"we are on the way.\"'\n"
            + "The crew was rescued.";
        List<QuotationMention> all = Quotes(text);
        Assert.Equal(3, all.Count);
        Assert.Equal("I think we were lucky that night.", all[0].Text);
        Assert.Equal("I was scared. I called my brother. I said, \"Please come quickly.\"", all[1].Text);
        Assert.StartsWith("I waited by the door", all[2].Text);
        Assert.All(all, q => Assert.Equal("Anna Berg", Who(q)));
    }

    [Theory]
    [InlineData("The players' wives travelled with the squad.\n'It was a good trip,' one said.")]
    [InlineData("He spent the '90s abroad.\nThe rest of the decade was quiet.")]
    [InlineData("'Tis the season for the fair in the square.\nThe stalls open on Friday.")]
    public void An_unclosed_straight_single_mark_without_a_following_paragraph_mark_is_still_an_apostrophe(string text)
    {
        Assert.DoesNotContain(Quotes(text), q => !q.Text.Contains("good trip"));
    }

    [Fact]
    public void A_straight_single_mark_after_a_doubled_closing_pair_closes_the_quote()
    {
        string text = "Experts at the institute spoke on Monday.\n"
            + "'Driven by winds from the west, these tides are sometimes called ''king tides.'''\n"
            + "A boat is pictured in the harbour.";
        QuotationMention q = Single(text);
        Assert.Equal("Driven by winds from the west, these tides are sometimes called ''king tides.''", q.Text);
    }

    [Fact]
    public void A_last_paragraph_with_only_its_closing_mark_continues_the_open_quote()
    {
        string text = "Lead author Professor Ann Lee said: “What we saw was a large wave moving across the bay.\n"
            + "“Waves like this usually move north, but this one moved south.\n"
            + "The currents here ‘spin’ fast, which is rare. I have only seen them near the islands.”\n"
            + "The paper is published today.";
        List<QuotationMention> all = Quotes(text);
        Assert.Equal(3, all.Count);
        Assert.Equal("The currents here ‘spin’ fast, which is rare. I have only seen them near the islands.", all[2].Text);
        Assert.Equal("Ann Lee", Who(all[2]));
    }

    [Fact]
    public void A_closing_mark_ending_a_line_after_a_closed_quote_is_no_quotation()
    {
        string text = "“The wave was large,” Ann Lee said.\nThe currents here are rare. I have only seen them near the islands.”\n";
        QuotationMention q = Single(text);
        Assert.Equal("The wave was large,", q.Text);
    }

    [Theory]
    [InlineData("“The engine runs again,” the skipper said.", "skipper")]
    [InlineData("Then the driver said: “The engine runs again.”", "driver")]
    [InlineData("Then the doctor said: “The wound is healing.”", "doctor")]
    public void A_definite_role_is_not_the_last_speaker_when_the_article_gave_that_person_another_role(string line, string speaker)
    {
        string text = "Mark Hale, a teacher, was waiting at the pier.\n“The wait was long and nobody told us anything at all,” Hale said.\n" + line;
        List<QuotationMention> all = Quotes(text);
        Assert.Equal(2, all.Count);
        Assert.Equal("Mark Hale", Who(all[0]));
        Assert.Equal(speaker, Who(all[1]));
    }

    [Theory]
    [InlineData("an astrophysicist")]
    [InlineData("a climate scientist")]
    public void A_definite_role_matching_the_persons_own_role_still_refers_back_to_the_person(string role)
    {
        string text = "Ann Lee, " + role + " at the North Coast Institute, studies distant stars.\n"
            + "“We saw the light bend twice,” Lee told reporters. “It was a surprise to everyone,” the scientist said.";
        List<QuotationMention> all = Quotes(text);
        Assert.Equal(2, all.Count);
        Assert.All(all, q => Assert.Equal("Ann Lee", Who(q)));
    }

    [Fact]
    public void And_said_after_a_time_clause_takes_the_subject_of_that_clause()
    {
        string text = "Mark Hale, a teacher, was waiting at the pier.\n“The wait was long and nobody told us anything at all,” Hale said.\n"
            + "They drifted for a while until the skipper walked over to the rail and said: “The engine runs again.”\n"
            + "“We will be ashore soon,” he shouted.";
        List<QuotationMention> all = Quotes(text);
        Assert.Equal(3, all.Count);
        Assert.Equal("skipper", Who(all[1]));
        Assert.Equal("skipper", Who(all[2]));
    }

    [Theory]
    [InlineData("Ruth remembered the coach telling the hikers: “We are turning back at the ridge, but nobody needs to worry.”", "coach")]
    [InlineData("She heard Ruth Obi saying: “We are turning back at the ridge, but nobody needs to worry.”", "Ruth Obi")]
    public void A_speech_participle_after_a_verb_of_memory_or_perception_belongs_to_its_object(string line, string speaker)
    {
        string text = "Mark Hale, a teacher, was waiting at the pier.\n“The wait was long and nobody told us anything at all,” Hale said.\n" + line;
        List<QuotationMention> all = Quotes(text);
        Assert.Equal(2, all.Count);
        Assert.Equal(speaker, Who(all[1]));
    }

    [Fact]
    public void A_speech_participle_after_an_ordinary_verb_still_belongs_to_the_subject()
    {
        string text = "Mark Hale, a teacher, was waiting at the pier.\nHale called the ferry office, saying: “We are going back home, and nobody will stop us.”";
        Assert.Equal("Mark Hale", Who(Single(text)));
    }

    [Theory]
    [InlineData("“We cannot wait for another year,” said 41-year-old Wendo Kalutari, a nurse.", "Wendo Kalutari")]
    [InlineData("“We cannot wait for another year,” said 41-year-old Sam Ortiz.", "Sam Ortiz")]
    public void An_age_before_an_inverted_subject_is_skipped(string line, string speaker)
    {
        Assert.Equal(speaker, Who(Single("The vote is close.\n" + line)));
    }

    [Fact]
    public void He_takes_the_person_of_an_unquoted_inverted_attribution_with_an_age_before_the_name()
    {
        string text = "“Nobody works harder than the mayor,” said Oleg Varnik, a 70-year-old baker.\n"
            + "If anything, the council has been too slow, said 29-year-old Wendo Kalutari, who backs the mayor.\n"
            + "“Next time they ask, I will vote for a change,” he said.";
        List<QuotationMention> all = Quotes(text);
        Assert.Equal(2, all.Count);
        Assert.Equal("Wendo Kalutari", Who(all[1]));
    }

    [Fact]
    public void A_pronoun_skips_a_subject_who_never_spoke_for_a_speaker_whose_pronouns_show_the_gender()
    {
        string text = "Wendo Kalutari reached the hall early, and he greeted the crowd.\n"
            + "“We will open the school on Monday,” said Wendo Kalutari, and he smiled.\n"
            + "Tamsu Okori lost a home in the flood last year. He also wrote, “The valley will be rebuilt, house by house.”";
        List<QuotationMention> all = Quotes(text);
        Assert.Equal(2, all.Count);
        Assert.Equal("Wendo Kalutari", Who(all[1]));
    }

    [Fact]
    public void A_pronoun_still_takes_a_subject_who_spoke_before()
    {
        string text = "“We will open the school on Monday,” said Wendo Kalutari, and he smiled. Kalutari is a builder, and he lives nearby.\n"
            + "“The roof comes first,” Tamsu Okori said.\n"
            + "Okori was pleased with the plan. “It will be finished by spring,” he said.";
        List<QuotationMention> all = Quotes(text);
        Assert.Equal(3, all.Count);
        Assert.Equal("Tamsu Okori", Who(all[2]));
    }

    [Theory]
    [InlineData("According to weather.com, Friday will bring the 'coldest night of the whole winter'.", "weather.com")]
    [InlineData("According to news.example.co.uk, the bridge will stay “closed for at least three more weeks.”", "news.example.co.uk")]
    public void According_to_a_web_address_names_the_site(string text, string speaker)
    {
        Assert.Equal(speaker, Who(Single(text)));
    }

    [Fact]
    public void According_to_a_name_still_reads_the_name()
    {
        Assert.Equal("Met Office", Who(Single("According to the Met Office, Saturday will be 'even colder than the night before'.")));
    }

    [Fact]
    public void A_short_headline_quote_said_again_in_the_body_takes_the_speaker_of_the_body_quote()
    {
        string text = "‘Not one more day’: harbour workers walk out over pay\n\n"
            + "Dock workers stopped work on Monday.\n“We waited two years. Not one more day,” said union leader Ama Doku.";
        List<QuotationMention> all = Quotes(text);
        Assert.Equal(2, all.Count);
        Assert.Equal("Not one more day", all[0].Text);
        Assert.Equal("Ama Doku", Who(all[0]));
    }

    [Fact]
    public void A_quoted_subheading_said_in_the_body_is_a_quotation()
    {
        string text = "Dock workers stopped work on Monday.\n“THE PAY IS TOO LOW”\n“Frankly, the pay is too low for this work,” said Ama Doku.";
        List<QuotationMention> all = Quotes(text);
        Assert.Equal(2, all.Count);
        Assert.Equal("Ama Doku", Who(all[0]));
    }

    [Theory]
    [InlineData("‘Ghost ships’ seen off the coast\n\nFishermen saw lights at sea.\n“The ghost ships came back every night,” said Ama Doku.")]
    [InlineData("‘Ghost Ship Season’ Returns To The Coast\n\nFishermen saw lights at sea.\n“We waited two years for a raise,” said union leader Ama Doku.")]
    public void A_headline_term_or_a_headline_quote_the_body_does_not_repeat_is_not_reported(string text)
    {
        Assert.Single(Quotes(text));
    }

    [Fact]
    public void A_short_quote_alone_on_its_line_said_in_the_body_is_a_quotation()
    {
        string text = "The talks ended on Friday.\n‘No deal for now’\nThe port chief, Ama Doku, said there was “no deal for now, but we keep talking.”";
        List<QuotationMention> all = Quotes(text);
        Assert.Equal(2, all.Count);
        Assert.Equal("No deal for now", all[0].Text);
        Assert.Equal("Ama Doku", Who(all[0]));
    }

    [Fact]
    public void A_quote_after_a_sentence_about_an_organisations_experts_takes_the_organisation()
    {
        string text = "Tides rise over the harbour\n\nThe water rose on Sunday.\n"
            + "Experts from Acme Corporation expect the 'silver tide' on March 3 to be the highest of the decade.\n"
            + "'The water will rise over the harbour wall and flood the lower streets of the old port for hours.\n"
            + "'Driven by winds from the west, these tides are sometimes called ''king tides.'''\n";
        List<QuotationMention> all = Quotes(text);
        Assert.Equal(2, all.Count);
        Assert.All(all, q => Assert.Equal("Acme Corporation", Who(q)));
    }

    [Fact]
    public void A_group_without_an_organisation_gives_no_speaker()
    {
        string text = "The water rose on Sunday.\nExperts from the coast expect more floods this week.\n“The water will rise over the harbour wall again tonight.”";
        Assert.Null(Who(Single(text)));
    }
}
