using NewsExtraction.Quotations;
using static NewsExtraction.Tests.Quotations.QuoteTestHelper;

namespace NewsExtraction.Tests.Quotations;

/// <summary>Round four, read off a hand-annotated sample of scraped news: embedded posts and acronym speakers.</summary>
public sealed class NewsQaRoundFourTests
{
    private static readonly ExtractionPipeline WithOrganisations = new ExtractionPipelineBuilder()
        .UseOrganisations()
        .UseQuotations()
        .WithOptions(o => o with { Scope = ExtractionScope.WholePage })
        .Build();

    [Theory]
    [InlineData("The ferry sails at dawn. Bring a warm coat. — Mara Quill (@maraquill) March 4, 2022", "The ferry sails at dawn. Bring a warm coat.", "Mara Quill")]
    [InlineData("The ferry sails at dawn, weather permitting — Mara Quill (@mara_q) 4 March 2022", "The ferry sails at dawn, weather permitting", "Mara Quill")]
    [InlineData("The ferry sails at dawn, weather permitting - Harbour News (@HarbourNews)", "The ferry sails at dawn, weather permitting", "Harbour News")]
    [InlineData("The ferry sails at dawn pic.twitter.com/AbC123 — Mara Quill (@maraquill) March 4, 2022", "The ferry sails at dawn pic.twitter.com/AbC123", "Mara Quill")]
    public void An_embedded_post_is_its_authors_unmarked_speech(string line, string speech, string author)
    {
        string text = "Ferry operators expect calm seas this week.\n" + line + "\nThe service resumed after a month.";
        QuotationMention q = Single(text);
        Assert.Equal(speech, q.Text);
        Assert.Equal(speech, text.Substring(q.Span.Start, q.Span.Length));
        Assert.False(q.Marked);
        Assert.Equal(author, q.Speaker);
        Assert.Equal(author, Who(q));
    }

    [Fact]
    public void A_quoted_phrase_inside_a_post_gives_way_to_the_whole_post()
    {
        string text = "Big day: the yard launches ‘the largest hull ever built’ today — Port Weekly (@portweekly) June 1, 2023";
        QuotationMention q = Single(text);
        Assert.Equal("Big day: the yard launches ‘the largest hull ever built’ today", q.Text);
        Assert.Equal("Port Weekly", q.Speaker);
    }

    [Theory]
    [InlineData("The mayor spoke for ten minutes - Tom Reed said so (@tomreed) in a post.")] // not at the line end
    [InlineData("Contact the desk — newsroom (@desk)")]                                      // no capitalised name
    [InlineData("Follow us — Ferry News (@ferrynews)")]                                       // too short for speech
    [InlineData("The ferry sails at dawn, weather permitting (@maraquill) March 4, 2022")]   // no dash before the name
    public void Lines_that_are_not_embedded_posts_give_nothing(string line)
    {
        Assert.Empty(Quotes("Ferry operators expect calm seas this week.\n" + line));
    }

    [Fact]
    public void A_post_inside_a_marked_quote_is_left_to_the_quote()
    {
        QuotationMention q = Single("Lena Ortiz wrote: “We sail at dawn and return by noon — Lena Ortiz (@lortiz)”");
        Assert.True(q.Marked);
    }

    [Fact]
    public void An_acronym_speaker_takes_the_long_form_named_before_it()
    {
        string text = "The Northern Harbour Authority closed two piers on Monday.\n"
            + "“Both piers will reopen once the storm has passed,” NHA said in a statement.";
        QuotationMention q = Single(text);
        Assert.Equal("NHA", q.Speaker);
        Assert.Equal("Northern Harbour Authority", Who(q));
    }

    [Fact]
    public void An_acronym_speaker_takes_the_long_form_with_the_organisations_extractor()
    {
        string text = "Vantor Pacific Airways said on Tuesday that a flight had turned back.\n"
            + "“The captain made the right call to return,” VPA said.";
        QuotationMention q = Single(text, WithOrganisations);
        Assert.Equal("Vantor Pacific Airways", Who(q));
    }

    [Fact]
    public void An_acronym_met_before_its_long_form_stays_the_name()
    {
        string text = "“Both piers will reopen once the storm has passed,” NHA said on Monday.\n"
            + "NHA, once called the Northern Harbour Authority, runs eleven piers.";
        QuotationMention q = Single(text);
        Assert.Equal("NHA", Who(q));
    }

    [Fact]
    public void An_acronym_whose_letters_spell_no_long_form_stays()
    {
        string text = "The Northern Harbour Authority closed two piers on Monday.\n"
            + "“Both piers will reopen soon,” ABC said.";
        QuotationMention q = Single(text);
        Assert.Equal("ABC", Who(q));
    }

    [Fact]
    public void A_line_of_one_hundred_thousand_handles_stays_fast()
    {
        string text = "Start — " + string.Concat(Enumerable.Repeat("A (@a) ", 100_000)) + "\n" + new string('(', 50_000) + "@x)";
        var watch = System.Diagnostics.Stopwatch.StartNew();
        Quotes(text);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), watch.Elapsed.ToString());
    }
}

public sealed class RelativeClauseSpeakerTests
{
    [Theory]
    [InlineData("The nurse sat down with Corin Vale, who told the visiting doctor, “I feel much better today.”", "Corin Vale")]
    [InlineData("Reporters waited for Corin Vale, who later said, “I feel much better today.”", "Corin Vale")]
    public void A_speech_verb_after_comma_who_takes_the_name_before_it(string text, string speaker)
    {
        QuotationMention q = Single(text);
        Assert.Equal("I feel much better today.", q.Text);
        Assert.Equal(speaker, Who(q));
    }
}

public sealed class CrowdAndOpeningPhraseTests
{
    [Fact]
    public void Shouting_people_speak_their_short_cry()
    {
        QuotationMention q = Single("Fans in the stands can be heard shouting 'Go, go!' as the runners pass.");
        Assert.Equal("Go, go!", q.Text);
        Assert.Equal("Fans", q.Speaker);
        Assert.Equal("shouting", q.Cue);
    }

    [Theory]
    [InlineData("During the final lap, people can be heard shouting 'Go, go!' from the stands.", "people")]
    [InlineData("Near the finish, fans were heard chanting 'One more lap!' for the leader.", "fans")]
    public void A_bare_plural_subject_speaks_after_an_opening_phrase(string text, string speaker)
    {
        QuotationMention q = Single(text);
        Assert.Equal(speaker, q.Speaker);
    }

    [Fact]
    public void Short_quotes_in_a_row_after_one_verb_share_its_speaker()
    {
        List<QuotationMention> qs = Quotes("At one point a man appearing to be the boy's uncle yells, 'stay right there,' 'hold on tight,' and then says 'Marko be brave,' as the crowd watches.");
        Assert.Equal(new[] { "stay right there,", "hold on tight,", "Marko be brave," }, qs.Select(q => q.Text));
        Assert.All(qs, q => Assert.Equal("uncle", q.Speaker!.Split(' ', '\'')[^1]));
    }

    [Theory]
    [InlineData("Earlier this week, Interior Minister Dana Holt called on residents to \"leave the low-lying districts now.\"")]
    [InlineData("On Friday, Interior Minister Dana Holt urged residents to \"leave the low-lying districts now.\"")]
    [InlineData("Late on Sunday, Interior Minister Dana Holt urged residents to \"leave the low-lying districts now.\"")]
    public void A_partial_quote_after_an_opening_time_phrase_takes_the_subject(string sentence)
    {
        string text = "The agency reports, \"Storms hit the coast on Sunday and flooded two towns.\"\n" + sentence;
        List<QuotationMention> qs = Quotes(text);
        Assert.Equal(2, qs.Count);
        Assert.Equal("leave the low-lying districts now.", qs[1].Text);
        Assert.Equal("Dana Holt", Who(qs[1]));
    }
}

public sealed class SourceLineTests
{
    [Theory]
    [InlineData("From Harbourwire:", "Harbourwire")]
    [InlineData("From the Daily Ledger:", "Daily Ledger")]
    public void A_from_source_line_names_the_source_of_the_quoted_passage(string line, string source)
    {
        string text = "The ferry company has not commented.\n" + line + "\n\"The vessel left port on Tuesday with forty passengers and two crew members aboard, officials confirmed.\"";
        QuotationMention q = Single(text);
        Assert.Equal(source, Who(q));
    }

    [Fact]
    public void A_from_phrase_inside_a_sentence_is_no_source_line()
    {
        string text = "The ferry company has not commented.\nWe heard from Harbourwire: \"The vessel left port on Tuesday with forty passengers and two crew members aboard.\"";
        QuotationMention q = Single(text);
        Assert.NotEqual("Harbourwire", Who(q));
    }
}

public sealed class RunTogetherParagraphTests
{
    [Fact]
    public void A_straight_mark_reopening_after_a_finished_sentence_starts_a_second_quotation()
    {
        string text = "From Harbourwire:\n\"The vessel left port on Tuesday with forty passengers aboard, officials noted. \"Instead of sailing north, however, the vessel turned back to port, they said.\"";
        List<QuotationMention> qs = Quotes(text);
        Assert.Equal(2, qs.Count);
        Assert.Equal("The vessel left port on Tuesday with forty passengers aboard, officials noted.", qs[0].Text);
        Assert.Equal("Instead of sailing north, however, the vessel turned back to port, they said.", qs[1].Text);
        Assert.All(qs, q => Assert.Equal("Harbourwire", Who(q)));
    }

    [Theory]
    [InlineData("\"We won the game. \" the coach said after the match on Sunday.", "We won the game.")]
    [InlineData("\"We won the game tonight,\" the coach said. \"Now we rest for a week.\"", "We won the game tonight,")]
    public void Ordinary_closing_marks_still_close(string text, string first)
    {
        Assert.Equal(first, Quotes(text)[0].Text);
    }
}

public sealed class RoundFourGuardTests
{
    [Fact]
    public void A_post_quoting_someone_else_keeps_that_quote_and_its_speaker()
    {
        string text = "Lena Ortiz told reporters that she ran for cover.\n"
            + "\"It was chaos on the promenade and nobody knew where to run.\" Witness speaks @ 10 pic.twitter.com/Zz9 — Sam Doyle (@samdoyle) July 1, 2022";
        QuotationMention q = Single(text);
        Assert.True(q.Marked);
        Assert.Equal("Lena Ortiz", Who(q));
    }

    [Fact]
    public void A_straight_mark_after_a_sentence_closes_a_quote_opened_mid_line()
    {
        string text = "Rates rose again. \"Borrowers are not the target of this change, lenders are! \"Next year will be calmer,\" said Mara Quill.";
        List<QuotationMention> qs = Quotes(text);
        Assert.Equal("Borrowers are not the target of this change, lenders are!", qs[0].Text);
    }
}

public sealed class RelativeClauseGuardTests
{
    [Fact]
    public void A_who_clause_that_introduces_no_quote_does_not_claim_the_quote_before_it()
    {
        string text = "Mara Quill wrote: 'The new model keeps its old charging port.' This clashes with rumours from Tom Reed, who posted a sketch of the phone.";
        QuotationMention q = Single(text);
        Assert.Equal("Mara Quill", Who(q));
    }
}
