using NewsExtraction.Quotations;
using static NewsExtraction.Tests.Quotations.QuoteTestHelper;

namespace NewsExtraction.Tests.Quotations;

/// <summary>Round five, read off a second hand-annotated sample of scraped news (invented sentences only).</summary>
public sealed class NewsQaRoundFiveTests
{
    [Fact]
    public void A_lone_given_name_takes_the_full_name_not_a_caption_run_ending_with_it()
    {
        string text = "Singer Nora Vale and painter Tom Reed split after six years\n"
            + "Nora Vale said the pair had grown apart.\n"
            + "Harbour Images Singer Nora posted the news on her blog\n"
            + "Nora, 38, said: “We simply live too far apart now.”";
        QuotationMention q = Single(text);
        Assert.Equal("We simply live too far apart now.", q.Text);
        Assert.Equal("Nora Vale", Who(q));
    }

    [Fact]
    public void A_surname_with_a_given_name_before_it_still_wins_over_a_first_name_reading()
    {
        // "Kelly" is both a given name ("Kelly Marsh") and a surname ("Dana Kelly"): the surname reading stays.
        string text = "Dana Kelly and Kelly Marsh met the board on Monday.\nKelly said: “The board listened to us.”";
        QuotationMention q = Single(text);
        Assert.Equal("Dana Kelly", Who(q));
    }

    [Fact]
    public void The_statement_refers_to_the_issuer_named_several_paragraphs_before()
    {
        string text = "A ferry returned to port on Tuesday after a fault, Harbour Lines said in a statement.\n"
            + "The ship left at 9 a.m. and docked again at noon, the company said.\n"
            + "Several passengers posted photos of the harbour.\n"
            + "Others waited in the terminal for a second ship.\n"
            + "\"The crew noticed a warning light and informed the captain,\" the statement said.";
        QuotationMention q = Single(text);
        Assert.Equal("Harbour Lines", Who(q));
    }

    [Theory]
    [InlineData("a police statement said", "police")]
    [InlineData("a company statement said", "company")]
    public void A_statement_named_by_its_issuing_body_gives_the_body(string attribution, string speaker)
    {
        QuotationMention q = Single("Crowds are expected on the square tonight.\n\"Extra officers will be on duty all night,\" " + attribution + ".");
        Assert.Equal(speaker, Who(q));
    }

    [Fact]
    public void A_definite_role_noun_alone_refers_back_to_the_person_who_spoke_last()
    {
        string text = "Glacier melt speeds up\n\nGeologist Anna Berg told the Times that she had measured the ice for a decade.\n"
            + "\"We built good relations with the local teams,\" the scientist said.";
        QuotationMention q = Single(text);
        Assert.EndsWith("Anna Berg", Who(q));
    }

    [Theory]
    [InlineData("the mother said", "mother")]
    [InlineData("the couple said", "couple")]
    [InlineData("the witness said", "witness")]
    public void A_definite_relation_noun_is_a_person_of_its_own(string attribution, string speaker)
    {
        string text = "Rita Lamb told the Herald that the flat was flooded.\n\"We lost everything in one night,\" " + attribution + ".";
        QuotationMention q = Single(text);
        Assert.Equal(speaker, Who(q));
    }

    [Fact]
    public void A_definite_role_noun_after_a_role_speaker_stays_that_role()
    {
        string text = "Tom Reed has denied the claims.\nA spokesperson said the singer was \"saddened and puzzled\" by them.\n"
            + "\"He regrets the misunderstanding,\" the spokesperson said.";
        List<QuotationMention> quotes = Quotes(text);
        QuotationMention q = quotes.Single(x => x.Text.StartsWith("He regrets", StringComparison.Ordinal));
        Assert.Equal("spokesperson", Who(q));
    }

    [Fact]
    public void A_teaser_line_of_other_stories_gives_no_antecedent_for_he()
    {
        string text = "Actor Owen Hale quits the stage\n\n"
            + "Owen Hale told the Herald: “I need a rest from the theatre.”\n"
            + "MOST READ IN SHOWBIZ BIG NIGHT Rita Lamb wins top prize at awards TOUGH TIMES Ben Cole warns fans over fake tickets NEW LOOK Ada Price shows off haircut\n"
            + "He said he expected criticism, adding: “People will say I gave up too soon.”";
        List<QuotationMention> quotes = Quotes(text);
        QuotationMention q = quotes.Single(x => x.Text.StartsWith("People will say", StringComparison.Ordinal));
        Assert.Equal("Owen Hale", Who(q));
    }

    [Fact]
    public void Speech_on_a_teaser_line_is_still_read_for_quotes_on_that_line()
    {
        // The rule only keeps teaser lines from lending antecedents to the article below them.
        string text = "Actor Owen Hale quits the stage\n\nHe said: “I need a rest.”";
        QuotationMention q = Single(text);
        Assert.Equal("I need a rest.", q.Text);
    }
    [Theory]
    [InlineData("Even Tom Hardy, who supports the other team in town, could not hide his joy.")]
    [InlineData("Tom Hardy could not hide his joy.")]
    public void A_caption_joined_to_the_next_line_does_not_hide_that_lines_subject(string line)
    {
        string text = "Fans party as Rovers win the cup\n\nEPA Rovers manager Sam Okafor was the man who ended the drought\n"
            + line + "\nHe tweeted: \"It happened. Rovers win the cup.\"\n";
        QuotationMention q = Single(text);
        Assert.Equal("Tom Hardy", Who(q));
    }

    [Fact]
    public void A_sentence_wrapped_after_a_comma_keeps_its_own_subject()
    {
        string text = "Tom Hardy, who supports the other team,\nsaid he could not hide his joy.\nHe added: \"It happened.\"";
        QuotationMention q = Single(text);
        Assert.Equal("Tom Hardy", Who(q));
    }
    [Fact]
    public void A_partial_quote_left_open_after_its_verb_and_a_pronoun_runs_to_the_paragraph_end()
    {
        string text = "Ferry deal rejected\n\nThe board rejected the offer, saying it \"undervalues the firm and comes with major risks, and is not in the interest of owners.\nThe bidder kept its offer open.\n";
        QuotationMention q = Single(text);
        Assert.Equal("undervalues the firm and comes with major risks, and is not in the interest of owners.", q.Text);
    }

    [Theory]
    [InlineData("The board rejected the offer, with it \"undervalues the firm and comes with major risks.\nThe bidder kept its offer open.\n")]  // no verb
    public void An_open_mark_without_a_verb_before_it_stays_a_stray_mark(string body)
    {
        Assert.Empty(Quotes("Ferry deal rejected\n\n" + body));
    }
    [Fact]
    public void Words_said_of_a_work_that_open_in_lower_case_are_a_partial_quote_not_a_title()
    {
        QuotationMention q = Single("Singer sues label\n\nA lawyer for Lamb said the column \"tells the whole story\" and would add nothing.\n");
        Assert.Equal("tells the whole story", q.Text);
        Assert.Equal("lawyer for Lamb", q.Speaker);
    }

    [Fact]
    public void A_capitalised_title_after_a_work_noun_stays_out()
    {
        Assert.Empty(Quotes("Singer sues label\n\nA lawyer for Lamb said the article \"Tides of Fortune\" was copied.\n"));
    }
    [Theory]
    [InlineData("The coach called the referee a 'cheat' after the match.")]
    [InlineData("A fan claims the coach called the referee a 'c**t' after the match.")]
    public void A_single_word_after_a_is_a_label_not_a_quotation(string line)
    {
        Assert.Empty(Quotes("Derby ends in a row\n\n" + line + "\n"));
    }

    [Fact]
    public void Two_words_after_a_are_still_a_partial_quote()
    {
        QuotationMention q = Single("Derby ends in a row\n\nThe coach said the referee had made a 'shocking mistake' in the second half.\n");
        Assert.Equal("shocking mistake", q.Text);
        Assert.Equal("coach", q.Speaker);
    }
    [Fact]
    public void A_definite_role_noun_takes_the_person_named_with_that_role()
    {
        string text = "Film set crash\n\nThe crash involved director Ben Cole and actress Rita Lamb.\nRita Lamb told the Herald she was hurt.\n"
            + "\"It was one of my worst mistakes,\" the director said.";
        List<QuotationMention> quotes = Quotes(text);
        QuotationMention q = quotes.Single(x => x.Text.StartsWith("It was one", StringComparison.Ordinal));
        Assert.Equal("Ben Cole", Who(q));
    }

    [Fact]
    public void A_role_noun_in_an_indirect_report_is_not_read_as_the_last_speaker()
    {
        string text = "Film set crash\n\nRita Lamb told the Herald that she was hurt.\nThe director said the road had not been tested again.";
        Assert.Empty(Quotes(text));
        string withQuote = "Film set crash\n\nRita Lamb told the Herald that she was hurt.\nThe director said he heard \"the road was fine\" that day.";
        QuotationMention q = Single(withQuote);
        Assert.Equal("director", Who(q)); // "he" does not fit a speaker whose gender is not shown as male
    }
}
