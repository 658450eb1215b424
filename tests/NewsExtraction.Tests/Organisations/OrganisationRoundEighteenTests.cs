using NewsExtraction.Organisations;
using static NewsExtraction.Tests.Organisations.OrganisationAssert;

namespace NewsExtraction.Tests.Organisations;

/// <summary>Eighteenth round: errors found on a second hand-annotated proxy of unseen news (invented sentences and names).</summary>
public sealed class OrganisationRoundEighteenTests
{
    private static OrganisationMention Single(string text, string name, int occurrence)
    {
        List<OrganisationMention> found = Find(text).Where(m => m.Text == name).OrderBy(m => m.Span.Start).ToList();
        Assert.True(found.Count > occurrence, $"'{name}' found {found.Count} times in: {string.Join(" | ", Texts(text))}");
        return found[occurrence];
    }

    [Fact]
    public void A_short_form_of_a_name_written_out_in_the_article_takes_the_written_out_name()
    {
        const string text = "Media\n\nThe Washington Post reported the plan on Friday. A Washington Post columnist called it bold.";
        Assert.Equal("The Washington Post", Single(text, "Washington Post", 0).Canonical);
    }

    [Fact]
    public void A_short_form_in_the_headline_also_takes_the_written_out_name()
    {
        // Unlike an acronym, a shortened name names the same body wherever it stands.
        const string text = "Broncos win in overtime\n\nThe Denver Broncos beat the visitors 27-24 on Sunday. The Broncos play again next week.";
        Assert.All(Find(text).Where(m => m.Text == "Broncos"), m => Assert.Equal("Denver Broncos", m.Canonical));
        Assert.Equal(2, Find(text).Count(m => m.Text == "Broncos"));
    }

    [Fact]
    public void A_short_form_the_article_never_writes_out_keeps_its_text()
    {
        const string text = "Media\n\nA Washington Post columnist called the plan bold on Friday.";
        Assert.Equal("Washington Post", Single(text, "Washington Post", 0).Canonical);
    }

    [Fact]
    public void A_known_acronym_used_before_its_long_form_keeps_its_text_and_after_it_takes_it()
    {
        const string before = "Markets\n\nThe WSJ reported the deal first. The Wall Street Journal said talks had lasted a month.";
        Assert.Equal("WSJ", Single(before, "WSJ", 0).Canonical);
        const string after = "Markets\n\nThe Wall Street Journal said talks had lasted a month, and the WSJ added that a deal was near.";
        Assert.Equal("The Wall Street Journal", Single(after, "WSJ", 0).Canonical);
    }

    [Fact]
    public void A_shortened_team_name_takes_the_full_name()
    {
        const string text = "Sport\n\nThe Seattle Mariners signed two players on Monday. The Mariners said the deal was done.";
        Assert.Equal("Seattle Mariners", Single(text, "Mariners", 0).Canonical);
    }

    [Theory]
    [InlineData("The chief executive announced the move in the Oval Office, with the president standing behind him.", "Oval Office")]
    [InlineData("Aides met in the Situation Room late on Tuesday.", "Situation Room")]
    public void A_room_of_a_seat_of_government_is_a_place(string sentence, string name)
    {
        Assert.DoesNotContain(name, Texts("News\n\n" + sentence));
    }

    [Theory]
    [InlineData("The minister said in a post on Twitter that talks would resume.", "Twitter")]
    [InlineData("The singer told fans on Instagram that the tour was over.", "Instagram")]
    [InlineData("On Facebook, the council asked residents to stay indoors.", "Facebook")]
    public void A_platform_named_as_where_something_was_said_is_an_organisation(string sentence, string name)
    {
        // The hand-annotated gold (seeds, both proxies) marks the platform in "on Twitter" too.
        Assert.Contains(name, Texts("News\n\n" + sentence));
    }

    [Theory]
    [InlineData("He announced it on his official Twitter handle late on Friday.", "Twitter")]
    [InlineData("The clip was shared from a Facebook page run by the club.", "Facebook")]
    public void A_platform_word_before_handle_or_page_is_an_organisation(string sentence, string name)
    {
        // Round twenty-five: the newswire gold marks the platform before such nouns 11 times in 16.
        Assert.Contains(name, Texts("News\n\n" + sentence));
    }

    [Theory]
    [InlineData("OH NO, the striker faces a late fitness test before the derby.", "OH")]
    [InlineData("How to watch Northwick Rovers vs Lakemoor Town for FREE tonight.", "FREE")]
    public void Shouted_everyday_words_are_no_names(string sentence, string word)
    {
        Assert.DoesNotContain(Texts("Sport\n\n" + sentence), t => t.Split(' ').Contains(word));
    }

    [Fact]
    public void A_name_starting_with_free_in_mixed_case_stays()
    {
        Assert.Contains("Free Democratic Party", Texts("Politics\n\nOh, and the Free Democratic Party backed the plan on Monday."));
    }

    [Fact]
    public void The_places_file_lists_rooms()
    {
        Assert.Contains("Oval Office", NewsExtraction.Text.ResourceText.ReadLines("NewsExtraction.Organisations.places.txt"));
    }
}
