using NewsExtraction.Quotations;
using static NewsExtraction.Tests.Quotations.QuoteTestHelper;

namespace NewsExtraction.Tests.Quotations;

public sealed class AttributionTests
{
    [Theory]
    [InlineData("“We are ready to talk,” Smith said.", "Smith", "said")]
    [InlineData("Smith said: “We are ready to talk.”", "Smith", "said")]
    [InlineData("Smith told AFP: “We are ready to talk.”", "Smith", "told")]
    [InlineData("“We are ready to talk,” said Smith.", "Smith", "said")]
    [InlineData("According to Smith, “we are ready to talk.”", "Smith", "According to")]
    [InlineData("“We are ready to talk,” according to Smith.", "Smith", "according to")]
    [InlineData("“We are ready to talk,” Smith added.", "Smith", "added")]
    [InlineData("“We are ready to talk,” Smith continued.", "Smith", "continued")]
    [InlineData("“We are ready to talk,” Smith warned.", "Smith", "warned")]
    [InlineData("“We are ready to talk,” Smith insisted.", "Smith", "insisted")]
    [InlineData("“We are ready to talk,” Smith noted.", "Smith", "noted")]
    [InlineData("“We are ready to talk,” Smith later told reporters.", "Smith", "told")]
    public void Attribution_patterns_name_the_speaker_and_the_verb(string text, string speaker, string cue)
    {
        QuotationMention q = Single(text);
        Assert.Equal("We are ready to talk", q.Text.TrimEnd(',', '.').Replace("we are", "We are", StringComparison.Ordinal));
        Assert.Equal(speaker, q.Speaker);
        Assert.Equal(cue, q.Cue);
        Assert.Equal(cue, text.Substring(q.CueSpan!.Value.Start, q.CueSpan.Value.Length));
        Assert.Equal(speaker, text.Substring(q.SpeakerSpan!.Value.Start, q.SpeakerSpan.Value.Length));
    }

    [Fact]
    public void A_dash_attribution_names_the_speaker()
    {
        QuotationMention q = Single("“Peace is not the absence of war.” — Baruch Spinoza");
        Assert.Equal("Baruch Spinoza", q.Speaker);
        Assert.Null(q.Cue);
    }

    [Fact]
    public void An_apposition_after_the_name_gives_role_and_affiliation()
    {
        QuotationMention q = Single("“The talks are over,” said Dmitry Peskov, a spokesman for the Kremlin.");
        Assert.Equal("Dmitry Peskov", q.Speaker);
        Assert.Equal("a spokesman for the Kremlin", q.SpeakerRole);
        Assert.Equal("Kremlin", q.Affiliation);
    }

    [Fact]
    public void An_apposition_before_the_verb_gives_role_and_affiliation()
    {
        QuotationMention q = Single("“The talks are over,” Dmitry Peskov, a spokesman for the Kremlin, said.");
        Assert.Equal("Dmitry Peskov", q.Speaker);
        Assert.Equal("a spokesman for the Kremlin", q.SpeakerRole);
        Assert.Equal("Kremlin", q.Affiliation);
    }

    [Fact]
    public void Titles_are_roles_and_surnames_resolve_to_the_fullest_name()
    {
        const string text = "“We have absolutely no intentions to attack Ukraine,” said Belarus’ President Alexander Lukashenko on February 23.\n\n“We have been a reliable friend of the Chinese people,” said Lukashenko.";
        List<QuotationMention> quotes = Quotes(text);
        Assert.Equal(2, quotes.Count);
        Assert.Equal("Alexander Lukashenko", quotes[0].Speaker);
        Assert.Equal("Belarus’ President", quotes[0].SpeakerRole);
        Assert.Equal("Lukashenko", quotes[1].Speaker);
        Assert.Equal("Alexander Lukashenko", quotes[1].SpeakerFullName);
    }

    [Theory]
    // A descriptor written as a title, a page-furniture line, a capitalised compound adjective, an inverted
    // attribution verb and an office before the name are not part of the fullest name.
    [InlineData("Actress Mara Quill spoke at the festival on Sunday.\n\n“It was a long road,” Quill said.", "Mara Quill")]
    [InlineData("Billionaire Otto Renn bought the club in May.\n\n“We will win again,” Renn said.", "Otto Renn")]
    [InlineData("The storm-hit town of Calder Mills has a new mayor, Joan Pike.\n\nAdvertisement Continue reading the main story\n\n“We will rebuild,” she said.", "Joan Pike")]
    [InlineData("Ivan Tolle runs the studio.\n\nThe Oscar-winning Tolle made three films.\n\n“I never rest,” Tolle said.", "Ivan Tolle")]
    [InlineData("Ruth Haynes directed the series.\n\nAdded Haynes: “It was the hardest job I ever had.”", "Ruth Haynes")]
    [InlineData("The envoy to the United Nations Laura Dorne spoke first.\n\n“We expect answers,” Dorne told reporters.", "Laura Dorne")]
    public void The_fullest_name_leaves_out_descriptors_furniture_and_offices(string text, string fullName)
    {
        QuotationMention q = Assert.Single(Quotes(text));
        Assert.Equal(fullName, q.SpeakerFullName);
    }

    [Fact]
    public void A_quote_after_a_sentence_about_a_named_person_is_theirs()
    {
        const string text = "Voters in the port town were split on the new charter.\n\nMaria Villen, 68, rejected the plan outright. “Nobody asked the fishermen what they wanted.”";
        QuotationMention q = Assert.Single(Quotes(text));
        Assert.Equal("Maria Villen", q.SpeakerFullName);
        Assert.Equal("Maria Villen", text.Substring(q.SpeakerSpan!.Value.Start, q.SpeakerSpan.Value.Length));
    }

    [Theory]
    // A thing named like a person, with no given name and no speech verb of its own, is not taken.
    [InlineData("Harbor Crest is planned as a car-free district by the lake. “The concept needs a new kind of transit.”")]
    // The person is in another paragraph.
    [InlineData("Maria Villen, 68, rejected the plan outright.\n\n“Nobody asked the fishermen what they wanted.”")]
    public void A_quote_after_a_sentence_takes_no_speaker_from_a_thing_or_another_paragraph(string text)
    {
        QuotationMention q = Assert.Single(Quotes(text));
        Assert.Null(q.SpeakerFullName);
    }

    [Fact]
    public void A_role_description_is_the_role_and_its_organisation_the_affiliation()
    {
        QuotationMention q = Single("“It’s much more about a political message than the exercise itself,” an expert at the Stimson Center think tank in Washington told AFP.");
        Assert.Equal("expert at the Stimson Center think tank in Washington", q.Speaker);
        Assert.Equal("expert at the Stimson Center think tank in Washington", q.SpeakerRole);
        Assert.Equal("Stimson Center", q.Affiliation);
        Assert.Equal("told", q.Cue);
    }

    [Fact]
    public void A_speaker_named_in_the_next_sentence_replaces_the_role()
    {
        // Seed 002: "… told AFP. Kelly Grieco."; later "According to Grieco".
        string text = Seeds.Text(Seeds.S002);
        QuotationMention q = Quotes(text).Single(m => m.Text.StartsWith("It’s much more", StringComparison.Ordinal));
        Assert.Equal("Kelly Grieco", q.Speaker);
        Assert.Equal("expert at the Stimson Center think tank in Washington", q.SpeakerRole);
        Assert.Equal("Stimson Center", q.Affiliation);
    }

    [Fact]
    public void Continuation_quotes_in_following_paragraphs_keep_the_speaker()
    {
        const string text = "“We will rebuild every house,” Mayor Anna Kowalczyk said on Monday.\n\n“It will take years, but we will do it. Nobody will be left behind.”\n\n“The money is already there.”";
        List<QuotationMention> quotes = Quotes(text);
        Assert.Equal(3, quotes.Count);
        Assert.All(quotes, q => Assert.Equal("Anna Kowalczyk", Who(q)));
        Assert.Null(quotes[1].Cue);
    }

    [Fact]
    public void A_quote_after_a_reported_statement_takes_its_speaker()
    {
        // Seed 003: "…, Deputy Foreign Minister Andrei Rudenko said." then a quote paragraph without attribution.
        string text = Seeds.Text(Seeds.S003);
        QuotationMention q = Quotes(text).Single(m => m.Text.StartsWith("We do not expect", StringComparison.Ordinal));
        Assert.Equal("Andrei Rudenko", q.Speaker);
        Assert.Equal("Deputy Foreign Minister", q.SpeakerRole);
    }

    [Fact]
    public void He_said_resolves_to_the_nearest_person_speaker_before_it()
    {
        const string text = "Finance Minister Jan Novak met the unions on Tuesday. The talks failed, Novak told reporters.\n\n“We cannot pay more than we have,” he said.";
        QuotationMention q = Single(text);
        Assert.Equal("Jan Novak", Who(q));
        Assert.Equal("said", q.Cue);
    }

    [Fact]
    public void It_added_resolves_to_the_nearest_organisation_speaker_not_an_earlier_one()
    {
        // Seed 001: "it added" = China’s Ministry of Defense, not Belarus’ Ministry of Defense named earlier.
        string text = Seeds.Text(Seeds.S001);
        QuotationMention q = Quotes(text).Single(m => m.Text.StartsWith("The training aims", StringComparison.Ordinal));
        Assert.Equal("Ministry of Defense", q.Speaker);
        Assert.Equal("added", q.Cue);
        int china = text.IndexOf("China’s Ministry of Defense said", StringComparison.Ordinal);
        Assert.Equal(china + "China’s ".Length, q.SpeakerSpan!.Value.Start);
    }

    [Fact]
    public void An_organisation_is_a_speaker_without_its_possessive_owner()
    {
        QuotationMention q = Single("China's Ministry of Defense said on Sunday that the drills will include “hostage rescue operations and counter-terrorism missions.”");
        Assert.Equal("Ministry of Defense", q.Speaker);
        Assert.Equal("said", q.Cue);
    }

    [Fact]
    public void The_ministry_resolves_to_the_nearest_ministry_named_before()
    {
        string text = Seeds.Text(Seeds.S000);
        QuotationMention q = Quotes(text).Single(m => m.Text.StartsWith("to enhance the training", StringComparison.Ordinal));
        Assert.Equal("Ministry of Defense", q.Speaker);
        Assert.Equal("emphasized", q.Cue);
        Assert.True(q.SpeakerSpan!.Value.Start > text.IndexOf("China's Ministry", StringComparison.Ordinal));
    }

    [Fact]
    public void A_participle_takes_the_subject_of_its_clause()
    {
        QuotationMention q = Single("In a statement issued on Sunday, China's Ministry of Defense shed light on the drills, stating that they will encompass \"hostage rescue operations and counter-terrorism missions.\"");
        Assert.Equal("Ministry of Defense", q.Speaker);
        Assert.Equal("stating", q.Cue);
    }

    [Fact]
    public void Partial_quotes_in_reported_speech_keep_the_speaker_of_the_reporting_clause()
    {
        string text = Seeds.Text(Seeds.S004);
        List<QuotationMention> quotes = Quotes(text).Where(m => m.Text.Contains("forces’ interference", StringComparison.Ordinal) || m.Text == "any reckless unilateral sanctions").ToList();
        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal("Beijing", q.Speaker));
        Assert.All(quotes, q => Assert.Equal("said", q.Cue));
    }

    [Fact]
    public void A_proverb_with_no_speaker_is_kept_without_one()
    {
        string text = Seeds.Text(Seeds.S004);
        QuotationMention q = Quotes(text).Single(m => m.Text == "If you want peace, prepare for war,");
        Assert.Null(q.Speaker);
    }

    [Fact]
    public void Unmarked_direct_speech_after_a_colon_is_reported_unmarked()
    {
        string text = Seeds.Text(Seeds.S003);
        QuotationMention q = Quotes(text).Single(m => !m.Marked);
        Assert.Equal(665, q.Span.Start);
        Assert.Equal(889, q.Span.End);
        Assert.Equal(q.Span, q.OuterSpan);
        Assert.Equal("Lin Jian", q.Speaker);
        Assert.Equal("Chinese Foreign Ministry spokesman", q.SpeakerRole);
        Assert.Equal("said", q.Cue);
    }

    [Fact]
    public void A_colon_followed_by_a_short_list_is_not_speech()
    {
        Assert.Empty(Quotes("The ministry said: Monday, Tuesday."));
        Assert.Empty(Quotes("Smith said he would come."));
    }

    [Fact]
    public void Unmarked_speech_can_be_switched_off()
    {
        var pipeline = new ExtractionPipelineBuilder().UseQuotations(new QuotationExtractorOptions { IncludeUnmarked = false }).Build();
        Assert.Empty(Quotes("Spokesman Lin Jian said: We firmly oppose NATO acting beyond its remit in this region.", pipeline));
        Assert.Single(Quotes("Spokesman Lin Jian said: We firmly oppose NATO acting beyond its remit in this region."));
    }

    [Fact]
    public void An_interrupted_quote_keeps_the_speaker_for_both_parts()
    {
        List<QuotationMention> quotes = Quotes("Maria Lopez leads the union.\n\n“We are not afraid,” she said, “and we will never be afraid of them.”");
        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal("Maria Lopez", q.Speaker));
        Assert.Equal("said", quotes[0].Cue);
    }

    [Fact]
    public void A_month_name_after_a_first_name_is_part_of_the_name()
    {
        QuotationMention q = Single("“Brexit means Brexit,” Theresa May said.");
        Assert.Equal("Theresa May", q.Speaker);
    }

    [Fact]
    public void A_titled_person_is_not_an_organisation_even_with_an_organisation_word_in_the_title()
    {
        QuotationMention q = Single("“Tokyo will follow the talks closely,” Chief Cabinet Secretary Hirokazu Matsuno said on Monday morning.");
        Assert.Equal("Hirokazu Matsuno", q.Speaker);
        Assert.Equal("Chief Cabinet Secretary", q.SpeakerRole);
    }

    [Fact]
    public void A_name_of_an_organisation_is_the_person_with_an_affiliation()
    {
        QuotationMention q = Single("“Most of the money came from home,” said Dana Whitfield of Public Citizen, an ethics watchdog.");
        Assert.Equal("Dana Whitfield", q.Speaker);
        Assert.Equal("Public Citizen", q.Affiliation);
        Assert.Equal("an ethics watchdog", q.SpeakerRole);
    }

    [Fact]
    public void A_party_label_in_parentheses_before_the_verb_is_skipped()
    {
        QuotationMention q = Single("“The committee asked the hard questions first,” Rep. Thomas Hartwell III (D-Ore.) said at the session.");
        Assert.Equal("Thomas Hartwell III", q.Speaker);
    }

    [Fact]
    public void A_verb_joined_by_and_takes_the_subject_of_its_clause()
    {
        QuotationMention q = Single("On Friday, Donald J. Trump criticised the merger and said, “We would try to block it.”");
        Assert.Equal("Donald J. Trump", q.Speaker);
    }

    [Fact]
    public void A_dateline_is_not_the_subject()
    {
        QuotationMention q = Single("WASHINGTON (AP) — President Barack Obama on Monday described the campaign rhetoric as “beyond anything I have seen.”");
        Assert.Equal("Barack Obama", q.Speaker);
    }

    [Fact]
    public void She_does_not_resolve_to_a_man()
    {
        const string text = "Hillary Clinton wrote to Barack Obama after the election.\n\nObama thanked her.\n\n“You can call on me whenever you need advice,” she wrote.";
        Assert.Equal("Hillary Clinton", Who(Single(text)));
    }

    [Fact]
    public void He_prefers_the_subject_of_a_later_sentence_to_an_earlier_speaker()
    {
        const string text = "“We are ready,” Maria Lopez said.\n\nDavid Axelrod, a former strategist, gave Lopez a dose of blame for the furor.\n\nHe said she keeps “far too many secrets for her own good.”";
        Assert.Equal("David Axelrod", Who(Quotes(text)[1]));
    }

    [Fact]
    public void Two_people_joined_by_and_are_not_one_name()
    {
        QuotationMention q = Single("Patrick Leahy and Ben Cardin met on Monday.\n\n“That's sort of form letter five,” Leahy said.");
        Assert.Equal("Patrick Leahy", Who(q));
    }

    [Theory]
    // A common word capitalised only because it opens the sentence or the line is not a speaker, when the article
    // writes it in lower case elsewhere.
    [InlineData("Boat fire at the marina: 'We lost everything in minutes'\n\n(Wire) Owners watched on Sunday as a boat burned at the marina.\nThe boat burned for an hour before the fire crews arrived, and the owners said 'it went up so fast' as they left.")]
    [InlineData("Back at the harbour, the owners watched the smoke and one shouted 'Get away from the pier!'\n\nThey walked back to the car park.")]
    public void A_word_capitalised_by_position_is_not_a_speaker(string text)
    {
        QuotationMention q = Quotes(text)[0];
        Assert.Null(q.Speaker);
    }

    [Theory]
    // Nouns that stand for a speaker keep it, and a capitalised word the article never writes in lower case may be a name.
    [InlineData("Police said the road \"will stay closed until Friday.\"\n\nThe police closed it at noon.", "Police")]
    [InlineData("Crew reported \"heavy smoke in the hold\" before landing.\n\nThe crew were unhurt.", "Crew")]
    [InlineData("Okonjo said the road \"will stay closed until Friday.\"\n\nThe road was quiet.", "Okonjo")]
    public void Speaker_nouns_and_unknown_names_stay_speakers(string text, string speaker) =>
        Assert.Equal(speaker, Quotes(text)[0].Speaker);

    [Fact]
    public void A_participle_opening_its_clause_is_not_a_speaker()
    {
        // "Opened" is written only here, so the lower-case check cannot tell; the participle before "in" does.
        QuotationMention q = Quotes("Opened in October, the shop was praised by reviewers as 'a quiet marvel of glass'.\n\nIt closed in May.")[0];
        Assert.NotEqual("Opened", q.Speaker);
    }

    [Fact]
    public void A_word_written_twice_in_a_caption_is_no_name_to_expand_to()
    {
        QuotationMention q = Quotes("Data firm hacked\n\nThe scoring firm confirmed that records were copied by intruders.\nVexacorp Vexacorp keeps files on 90 million shoppers.\n"
            + "Vexacorp conceded the addresses of some 20,000 shoppers were copied.\nVexacorp stated it \"will contact every customer affected\" this week.")[0];
        Assert.Equal("Vexacorp", Who(q));
    }

    [Fact]
    public void A_gallery_caption_label_is_no_part_of_a_name()
    {
        // Scraped photo galleries run "… in Leeds Hide Caption 3 of 9 Photos: …" into the text; "Leeds Hide" is no person.
        QuotationMention q = Quotes("Storm in Leeds\n\nPhotos: Storm damage in Leeds Hide Caption 3 of 9 Photos: Storm damage in Leeds Firefighters clear a fallen tree. "
            + "Hide Caption 4 of 9 Photos: Storm damage in Leeds Marco Telli, a visitor from Turin, watched the roof collapse from his window. "
            + "He told reporters he heard a loud crack. \"The whole roof just folded in on itself and we ran,\" he said.\n")[0];
        Assert.DoesNotContain("Hide", Who(q) ?? string.Empty, StringComparison.Ordinal);
    }
}
