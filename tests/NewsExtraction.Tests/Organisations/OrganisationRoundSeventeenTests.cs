using NewsExtraction.Organisations;
using static NewsExtraction.Tests.Organisations.OrganisationAssert;

namespace NewsExtraction.Tests.Organisations;

/// <summary>Seventeenth round: errors found on a hand-annotated proxy of unseen news (invented sentences and names).</summary>
public sealed class OrganisationRoundSeventeenTests
{
    private static OrganisationMention Single(string text, string name, int occurrence)
    {
        List<OrganisationMention> found = Find(text).Where(m => m.Text == name).OrderBy(m => m.Span.Start).ToList();
        Assert.True(found.Count > occurrence, $"'{name}' found {found.Count} times in: {string.Join(" | ", Texts(text))}");
        return found[occurrence];
    }

    [Fact]
    public void An_acronym_after_its_long_form_takes_it_as_canonical()
    {
        const string text = "Airlines\n\nA flight of Kestrel Valley Airways turned back on Tuesday, Kestrel Valley Airways said. "
            + "KVA said the pilot made the right call, and KVA apologised to passengers.";
        Assert.Equal("Kestrel Valley Airways", Single(text, "KVA", 0).Canonical);
        Assert.Equal("Kestrel Valley Airways", Single(text, "KVA", 1).Canonical);
        Assert.Equal("KVA", Single(text, "KVA", 0).Acronym);
    }

    [Fact]
    public void A_long_form_with_connectors_gives_its_capital_initials()
    {
        const string text = "Inquiry\n\nThe Bureau of Coastal Investigation opened a case on Monday. A BCI spokeswoman said nobody was arrested.";
        Assert.Equal("Bureau of Coastal Investigation", Single(text, "BCI", 0).Canonical);
    }

    [Fact]
    public void An_acronym_first_used_before_its_long_form_keeps_its_text_everywhere()
    {
        // Negatives: the article uses the acronym first (a headline), so it never defines it; and letters that spell no name.
        const string first = "KVA flight turns back over a passenger mix-up\n\nA flight of Kestrel Valley Airways had turned back on Tuesday. KVA said it was sorry.";
        Assert.All(Find(first).Where(m => m.Text == "KVA"), m => Assert.Equal("KVA", m.Canonical));
        Assert.Equal(2, Find(first).Count(m => m.Text == "KVA"));
        const string other = "Airlines\n\nKestrel Valley Airways said on Tuesday that the KLP union had called a strike.";
        Assert.All(Find(other).Where(m => m.Text == "KLP"), m => Assert.Equal("KLP", m.Canonical));
    }

    [Fact]
    public void A_well_known_acronym_in_the_headline_keeps_its_text_after_its_long_form()
    {
        // As the seed gold has it: a headline "EU" before "European Union" stays "EU" in the body too.
        const string text = "Farmers protest at EU border\n\nThe European Union agreed the tariffs on Monday. EU ministers will meet again in June.";
        Assert.All(Find(text).Where(m => m.Text == "EU"), m => Assert.Equal("EU", m.Canonical));
        const string body = "Trade\n\nThe European Union agreed the tariffs on Monday. EU ministers will meet again in June.";
        Assert.Equal("European Union", Single(body, "EU", 0).Canonical);
    }

    [Theory]
    [InlineData("The Lakemoor Zoo said its two tigers were moved to the Brayford Zoo in March.", "Lakemoor Zoo")]
    [InlineData("The Lakemoor Zoo said its two tigers were moved to the Brayford Zoo in March.", "Brayford Zoo")]
    [InlineData("Staff at the Port Ellery Aquarium fed the seals twice a day.", "Port Ellery Aquarium")]
    [InlineData("A Kestrel Air flight landed safely, and Kestrel Air said nobody was hurt.", "Kestrel Air")]
    public void A_zoo_aquarium_or_airline_word_ends_a_name(string sentence, string name)
    {
        AssertHas("Animals\n\n" + sentence, name);
    }

    [Fact]
    public void A_zoo_name_takes_its_place_word_instead_of_the_place_alone()
    {
        List<string> texts = Texts("Animals\n\nVisitors to the Lakemoor Zoo saw the new elephant on Sunday.");
        Assert.DoesNotContain("Lakemoor", texts);
    }

    [Theory]
    [InlineData("She was interviewed on Fresh Air last week about her novel.", "Fresh Air")]
    [InlineData("The concert was held in the Open Air on Saturday.", "Open Air")]
    [InlineData("He said the promises were Hot Air and nothing else.", "Hot Air")]
    public void An_adjective_before_air_makes_no_airline(string sentence, string notName)
    {
        AssertLacks("Radio\n\n" + sentence, notName);
    }

    [Fact]
    public void The_zoo_and_airline_head_words_load()
    {
        OrganisationLexicon lex = OrganisationLexicon.Instance;
        Assert.True(lex.Heads.TryGetToken("Zoo", out HeadWord zoo) && (zoo.Kind & HeadKind.Suffix) != 0);
        Assert.True(lex.Heads.TryGetToken("Aquarium", out HeadWord aquarium) && (aquarium.Kind & HeadKind.Suffix) != 0);
        Assert.True(lex.Heads.TryGetToken("Air", out HeadWord air) && air.Type == OrganisationType.Company);
    }

    [Fact]
    public void A_known_name_after_a_whole_person_name_is_no_surname()
    {
        // "Tavi Lindqvist" is a whole name elsewhere ("Tavi Lindqvist crashed"), so "Ferrari" after it is the team.
        const string text = "Motor racing\n\nRain halts race after dramatic Tavi Lindqvist Ferrari crash\n\n"
            + "The race was stopped on lap 20. Ferrari's Tavi Lindqvist crashed into the wall, and Tavi Lindqvist walked away unhurt.";
        Assert.Equal(2, Find(text).Count(m => m.Text == "Ferrari"));
    }

    [Fact]
    public void A_known_name_used_as_a_surname_still_goes()
    {
        // Negative: with no whole person name elsewhere, "Ossie Ferrari" is a person and the one-word name goes.
        const string text = "People\n\nOssie Ferrari grew up near the coast. Later Ferrari moved to the city, where Ossie Ferrari opened a bakery.";
        Assert.DoesNotContain("Ferrari", Texts(text));
    }

    [Theory]
    [InlineData("The Monaco GP was stopped after ten laps on Sunday.")]
    [InlineData("The Italian Formula One Grand Prix was won by a rookie on Sunday.")]
    [InlineData("Crash stops Spain GP as rain hits the track\n\nThe race was stopped on lap 20.")]
    public void A_race_is_no_organisation(string text)
    {
        Assert.DoesNotContain(Find("Racing\n\n" + text), m => m.Text.EndsWith("GP", StringComparison.Ordinal) || m.Text.Contains("Grand Prix", StringComparison.Ordinal) || m.Text == "Italian Formula One");
    }

    [Fact]
    public void The_seat_of_an_intergovernmental_body_as_a_dateline_is_a_place()
    {
        List<OrganisationMention> found = Find("Aid\n\nUNITED NATIONS -- The United Nations welcomed the release of the hostages on Monday.");
        Assert.DoesNotContain(found, m => m.Text == "UNITED NATIONS");
        Assert.Contains(found, m => m.Text == "United Nations");
    }

    [Fact]
    public void A_name_inside_a_social_media_handle_is_no_mention()
    {
        const string text = "Space\n\nThe rocket is the most powerful yet. \u2014 RT (@RT_com) May 10, 2017\nThe launch was a success.";
        int inHandle = text.IndexOf("@RT_com", StringComparison.Ordinal) + 1;
        List<OrganisationMention> found = Find(text);
        Assert.DoesNotContain(found, m => m.Span.Start == inHandle);
        Assert.Contains(found, m => m.Text == "RT" && m.Span.Start < inHandle);
    }

    [Fact]
    public void A_name_printed_twice_by_a_caption_widget_is_two_mentions()
    {
        List<OrganisationMention> found = Find("Water\n\nEnlarge this image toggle caption Lakemoor Water Authority Lakemoor Water Authority\nThe reservoir is full.");
        Assert.Equal(2, found.Count(m => m.Text == "Lakemoor Water Authority"));
        Assert.DoesNotContain(found, m => m.Text == "Lakemoor Water Authority Lakemoor Water Authority");
    }
}
