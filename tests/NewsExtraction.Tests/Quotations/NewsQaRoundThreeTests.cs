using NewsExtraction.Quotations;
using static NewsExtraction.Tests.Quotations.QuoteTestHelper;

namespace NewsExtraction.Tests.Quotations;

/// <summary>QA round three: speaker constructions found by reading our output on scraped news (sentences invented here).</summary>
public sealed class NewsQaRoundThreeTests
{
    // ---- inverted attribution with an owner and a lower-case role before the name: "said Acme founder Tom Brandt"

    [Theory]
    [InlineData("said Acmecorp founder Tom Brandt on Tuesday.", "Tom Brandt", "Acmecorp founder")]
    [InlineData("said VSA astronaut Dirk Holm last year.", "Dirk Holm", "VSA astronaut")]
    [InlineData("confirmed Varnian foreign ministry spokesman Paul Ander.", "Paul Ander", "Varnian foreign ministry spokesman")]
    [InlineData("said Harbour Guard veteran Kevin Dorr, 61.", "Kevin Dorr", "Harbour Guard veteran")]
    public void An_owner_and_a_role_before_the_name_after_the_verb_give_the_name(string attribution, string speaker, string role)
    {
        string text = "The launch was delayed twice.\n\n“The next flight will carry a much larger load,” " + attribution;
        QuotationMention q = Single(text);
        Assert.Equal(speaker, q.Speaker);
        Assert.Equal(role, q.SpeakerRole);
    }

    [Fact]
    public void According_to_an_owner_role_and_name_gives_the_name()
    {
        const string text = "The rocket will fly next month.\n\nAccording to Acmecorp founder Tom Brandt: “The next flight will carry a much larger load.”";
        Assert.Equal("Tom Brandt", Single(text).Speaker);
    }

    [Fact]
    public void A_name_then_a_lower_case_place_phrase_is_still_the_first_name()
    {
        // Negative: no person noun between the capitalised words, so the first name stays the speaker.
        const string text = "The launch was delayed twice.\n\n“We will try again next week,” said Tom Brandt of Acmecorp in Denver.";
        QuotationMention q = Single(text);
        Assert.Equal("Tom Brandt", q.Speaker);
        Assert.Equal("Acmecorp", q.Affiliation);
    }

    [Fact]
    public void A_role_noun_not_followed_by_a_name_leaves_the_organisation_speaker()
    {
        const string text = "The launch was delayed twice.\n\n“We will try again next week once the weather clears,” said Acmecorp Industries on Monday.";
        Assert.Equal("Acmecorp Industries", Single(text).Speaker);
    }

    // ---- "a statement released by X read": the issuer of the text is the speaker; "read" alone names no text as speaker

    [Theory]
    [InlineData("a statement released by the Varnian News Agency read.")]
    [InlineData("a statement issued by the Varnian News Agency said.")]
    public void A_text_issued_by_an_organisation_gives_the_organisation(string attribution)
    {
        string text = "Tensions rose again on Friday.\n\n“Every unit is ready for the next stage of the plan,” " + attribution;
        QuotationMention q = Single(text);
        Assert.Equal("Varnian News Agency", q.Speaker);
    }

    [Fact]
    public void The_read_attribution_stops_an_earlier_speaker_from_continuing()
    {
        const string text = "Tom Brandt said the talks had failed.\n\n“Our position has not moved an inch since spring,” the report read.";
        QuotationMention q = Single(text);
        Assert.Null(q.Speaker);
    }

    [Fact]
    public void Read_as_an_ordinary_verb_is_no_attribution()
    {
        const string text = "Tom Brandt spoke first.\n\n“We will try again next week,” Anna Holm said. She read the letter aloud in court.\n\n“Nothing has changed for the families here,” she added.";
        List<QuotationMention> all = Quotes(text);
        Assert.Equal(2, all.Count);
        Assert.All(all, q => Assert.Equal("Anna Holm", q.Speaker));
    }

    // ---- "said X from Y": the name before "from" is the speaker; a text "from" someone stays no speaker

    [Fact]
    public void Said_a_name_from_an_organisation_gives_the_name()
    {
        const string text = "Talks stalled.\n\n“We will try again next week,” said Tom Brandt from Acmecorp.";
        Assert.Equal("Tom Brandt", Single(text).Speaker);
    }

    [Fact]
    public void Said_a_statement_from_someone_names_no_text_as_speaker()
    {
        const string text = "Talks stalled.\n\n“We will try again next week or later,” said a short note from both ministries.";
        Assert.Null(Single(text).Speaker);
    }

    // ---- everyday people and groups as speakers: "a relative told", "the couple said", "one man said", "the zoo said"

    [Theory]
    [InlineData("a relative told the Daily Ledger.", "relative")]
    [InlineData("the couple said on Friday.", "couple")]
    [InlineData("the pair said.", "pair")]
    [InlineData("a rep told reporters.", "rep")]
    [InlineData("one man said at the bar.", "one man")]
    [InlineData("the zoo said.", "zoo")]
    public void An_everyday_person_or_group_noun_is_the_speaker_not_the_previous_one(string attribution, string speaker)
    {
        string text = "Tom Brandt said the family had moved to the coast.\n\n“Both of them always helped the neighbours with the shopping,” " + attribution;
        Assert.Equal(speaker, Single(text).Speaker);
    }

    [Fact]
    public void Another_said_gives_no_speaker_rather_than_the_previous_one()
    {
        const string text = "Tom Brandt said the family had moved to the coast.\n\n“Bring them back to the village soon,” another said.";
        Assert.Null(Single(text).Speaker);
    }

    [Fact]
    public void Another_with_a_noun_keeps_the_noun()
    {
        const string text = "Tom Brandt said the family had moved to the coast.\n\n“Bring them back to the village soon,” another official said.";
        Assert.Equal("another official", Single(text).Speaker);
    }

    // ---- less common verbs of saying, present tense included: muses, remembers, hollered, growls, fumes

    [Theory]
    [InlineData("“This is the best role I have had in years,” actor Dan Holm muses in the teaser.", "Dan Holm", "muses")]
    [InlineData("“I was worn out by the whole affair by then,” Anna Holm remembers.", "Anna Holm", "remembers")]
    [InlineData("“Everybody sing the chorus with me now!” Jake Rios hollered from the stage.", "Jake Rios", "hollered")]
    [InlineData("“Nobody leaves this room until the map is found!” Dan Holm growls.", "Dan Holm", "growls")]
    public void A_less_common_verb_of_saying_attributes_the_quote(string sentence, string speaker, string cue)
    {
        QuotationMention q = Single("Tom Brandt arrived late.\n\n" + sentence);
        Assert.Equal(speaker, q.Speaker);
        Assert.Equal(cue, q.Cue);
    }

    [Fact]
    public void Remembered_in_a_sentence_of_its_own_does_not_take_a_later_quote()
    {
        const string text = "Anna Holm remembered the flood of 1990 well.\n\n“The water came up to the second floor that night,” Tom Brandt said.";
        Assert.Equal("Tom Brandt", Single(text).Speaker);
    }

    // ---- "X quoted Y as saying": Y spoke, not the outlet

    [Theory]
    [InlineData("VNA quoted Kim Dal as saying.", "Kim Dal")]
    [InlineData("the Daily Ledger quoted a senior official as saying.", "senior official")]
    [InlineData("Varnian spokesman Anton Pavlov was quoted by Ledger News as saying.", "Anton Pavlov")]
    public void The_person_quoted_as_saying_is_the_speaker(string attribution, string speaker)
    {
        string text = "The agency said the drill went well.\n\n“The exercise went exactly as planned,” " + attribution;
        Assert.Equal(speaker, Single(text).Speaker);
    }

    [Fact]
    public void Saying_without_quoted_keeps_the_clause_subject()
    {
        const string text = "Tom Brandt arrived late.\n\nThe agency released a statement saying: “The exercise went exactly as planned.”";
        Assert.Equal("agency", Single(text).Speaker);
    }

    // ---- names with two particles and roles joined by "and" before the name

    [Theory]
    [InlineData("said company chairman and chief executive Rick Stoll.", "Rick Stoll", "company chairman and chief executive")]
    [InlineData("said Pieter van der Berg, the mayor of Delft.", "Pieter van der Berg", "the mayor of Delft")]
    [InlineData("Maria de la Cruz, who has led the union since 2010, said.", "Maria de la Cruz", null)]
    public void Particles_and_joined_roles_keep_the_whole_name(string attribution, string speaker, string? role)
    {
        QuotationMention q = Single("Tom Brandt arrived late.\n\n“We will not step back from the plan at all,” " + attribution);
        Assert.Equal(speaker, q.Speaker);
        Assert.Equal(role, q.SpeakerRole);
    }

    [Fact]
    public void And_between_two_names_does_not_join_them()
    {
        QuotationMention q = Single("Tom Brandt arrived late.\n\n“We will not step back from the plan at all,” said Anna Holm and Rick Stoll.");
        Assert.NotEqual("Anna Holm and Rick Stoll", q.Speaker);
    }
}
