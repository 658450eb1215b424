using NewsExtraction.Organisations;
using static NewsExtraction.Tests.Organisations.OrganisationAssert;

namespace NewsExtraction.Tests.Organisations;

/// <summary>Twentieth round: errors found on a fourth hand-annotated proxy of unseen news (invented sentences and names).</summary>
public sealed class OrganisationRoundTwentyTests
{
    private static readonly string[] Types =
        ["intergovernmental", "government", "military", "media", "company", "ngo", "party", "other"];

    [Fact]
    public void Every_gazetteer_line_holds_one_entry_with_a_known_type()
    {
        // A lost line break once glued two entries ("company|Xcompany|Y"): neither name was ever found.
        int entries = 0;
        foreach (string line in NewsExtraction.Text.ResourceText.ReadLines("NewsExtraction.Organisations.organisations.txt"))
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            string[] fields = line.Split('|');
            Assert.True(Array.IndexOf(Types, fields[0]) >= 0, $"unknown type in: {line}");
            for (int f = 1; f < fields.Length; f++)
            {
                Assert.True(fields[f].Length > 0, $"empty field in: {line}");
                foreach (string type in Types)
                {
                    if (type.Length < 5)
                    {
                        continue; // "ngo", "other": too short to tell from a name's ending ("Rengo")
                    }

                    Assert.False(fields[f].EndsWith(type, StringComparison.Ordinal) && fields[f].Length > type.Length
                        && char.IsLower(fields[f][^(type.Length + 1)]) && f + 1 < fields.Length,
                        $"two entries glued on one line: {line}");
                }
            }

            entries++;
        }

        Assert.True(entries > 7000, $"only {entries} entries loaded");
    }

    [Fact]
    public void Platforms_listed_in_the_gazetteer_are_found()
    {
        AssertHas("Tech\n\nTeenagers swap clips on Minds and Telegram every evening.", "Minds");
    }

    private const string CarrierStory =
        "Travel\n\nA sparrow grounded a Zephyr flight on Sunday.\n\nA Zephyr Air Lines spokesman said the bird was caught. "
        + "The Zephyr spokesman added that the flight left two hours late.";

    [Fact]
    public void A_carrier_written_as_two_words_is_later_named_by_its_first_word_with_the_full_name_as_canonical()
    {
        List<OrganisationMention> found = Find(CarrierStory);
        Assert.Contains(found, m => m.Text == "Zephyr Air Lines");
        List<OrganisationMention> short_ = found.Where(m => m.Text == "Zephyr").ToList();
        Assert.Equal(2, short_.Count);
        Assert.All(short_, m => Assert.Equal("Zephyr Air Lines", m.Canonical));
    }

    [Fact]
    public void A_one_word_carrier_mention_takes_the_full_name_written_elsewhere_as_canonical()
    {
        OrganisationMention m = Assert.Single(Find("Travel\n\nOrbis Airways cut fares. Orbis said on Monday it would add routes."), x => x.Text == "Orbis");
        Assert.Equal("Orbis Airways", m.Canonical);
    }

    [Fact]
    public void A_demonym_carrier_before_a_noun_stays_an_adjective()
    {
        string text = "Travel\n\nCanadian Airlines cut fares. Canadian said on Monday it would add routes. Canadian officials welcomed it.";
        List<OrganisationMention> found = Find(text);
        Assert.Single(found, m => m.Text == "Canadian");
        Assert.DoesNotContain(found, m => m.Text == "Canadian" && text.Substring(m.Span.End, 10) == " officials");
    }

    [Theory]
    [InlineData("Copyright 2019 The Press Trust of India. All rights reserved.", "The Press Trust of India")]
    [InlineData("© 2021 The Press Trust of India. All rights reserved.", "The Press Trust of India")]
    public void A_copyright_notice_keeps_the_article_of_a_media_name(string footer, string name)
    {
        AssertHas("World\n\nThe talks ended on Monday.\n" + footer + "\n", name);
    }

    [Fact]
    public void A_year_that_is_no_copyright_notice_does_not_pull_in_the_article()
    {
        List<string> found = Texts("World\n\nIn 2019 The Press Trust of India said the talks had ended.");
        Assert.Contains("Press Trust of India", found);
        Assert.DoesNotContain("The Press Trust of India", found);
    }

    [Theory]
    [InlineData("He was rushed to Riverton Baptist hospital before the surgery.", "Riverton Baptist")]
    [InlineData("She was treated at Lakeside Memorial clinic for two days.", "Lakeside Memorial")]
    public void Two_name_words_before_a_lower_case_hospital_noun_name_the_hospital(string sentence, string name)
    {
        AssertHas("Health\n\n" + sentence, name);
    }

    [Fact]
    public void A_hospital_named_once_with_its_noun_is_found_without_it_later()
    {
        List<string> found = Texts("Health\n\nHe was rushed to Riverton Baptist hospital. Doctors at Riverton Baptist said he was stable.");
        Assert.Equal(2, found.Count(t => t == "Riverton Baptist"));
    }

    [Theory]
    [InlineData("He was taken to a New York hospital on Friday.")]
    [InlineData("The injured were flown to the San Remo hospital by helicopter.")]
    [InlineData("She spent a week in a Kenyan hospital last year.")]
    [InlineData("The Kabul hospital was full.")]
    public void A_place_or_saint_before_a_hospital_noun_is_no_organisation(string sentence)
    {
        Assert.Empty(Texts("Health\n\n" + sentence));
    }

    [Theory]
    [InlineData("Tech\n\nThe phone ships with digital zoom enhanced with QUORN technologies.")]
    [InlineData("Tech\n\nThe phone ships with digital zoom enhanced with QUORN algorithm.")]
    public void An_unknown_all_caps_word_before_a_technique_noun_is_no_organisation(string text)
    {
        AssertLacks(text, "QUORN");
    }

    [Fact]
    public void An_unknown_all_caps_word_without_a_technique_noun_is_still_found()
    {
        AssertHas("Tech\n\nThe phone ships with digital zoom enhanced with QUORN.", "QUORN");
    }

    [Theory]
    [InlineData("News\n\nAccording to skyfacts.com, the comet will be bright tonight.", "skyfacts.com", 19)]
    [InlineData("News\n\nThe singer told newsbeat.org that she was tired.", "newsbeat.org", 22)]
    [InlineData("News\n\nskyfacts.com reported the sighting on Monday.", "skyfacts.com", 6)]
    public void A_lower_case_web_address_cited_as_a_source_is_an_outlet(string text, string name, int start)
    {
        OrganisationMention m = Assert.Single(Find(text), x => x.Text == name);
        Assert.Equal(start, m.Span.Start);
        Assert.Equal(OrganisationType.Media, m.Type);
    }

    [Theory]
    [InlineData("News\n\nHe bought the telescope from shopstar.com last week.")]
    [InlineData("News\n\nAccording to skyfacts.comet, nothing.")]
    [InlineData("News\n\nAccording to skyfacts.com/live, the comet will be bright.")]
    public void A_web_address_that_is_not_cited_as_a_source_is_no_organisation(string text)
    {
        Assert.Empty(Texts(text));
    }

    [Theory]
    [InlineData("The phone offers Optical Image Stabilization (OIS) in low light.", "Optical Image Stabilization", "OIS")]
    [InlineData("The app relies on Machine Learning (ML) to sort photos.", "Machine Learning", "ML")]
    [InlineData("Shots are sharper with Quick Focus Lag (QFL) turned off.", "Quick Focus Lag", "QFL")]
    public void A_defined_technique_and_its_acronym_are_no_organisation(string sentence, string longForm, string acronym)
    {
        List<string> found = Texts("Tech\n\n" + sentence);
        Assert.DoesNotContain(longForm, found);
        Assert.DoesNotContain(acronym, found);
    }

    [Fact]
    public void A_body_named_after_a_technique_keeps_its_acronym()
    {
        OrganisationMention m = Assert.Single(Find("Tech\n\nThe Centre for Machine Learning (CML) helped. CML said so."), x => x.Text == "CML" && x.Span.Start < 50);
        Assert.Equal("Centre for Machine Learning", m.Canonical);
    }
}
