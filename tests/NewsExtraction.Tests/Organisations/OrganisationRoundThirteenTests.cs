using NewsExtraction.Organisations;
using static NewsExtraction.Tests.Organisations.OrganisationAssert;

namespace NewsExtraction.Tests.Organisations;

/// <summary>Round thirteen: the broader hand-written gazetteer (companies, media, agencies, sports bodies, NGOs, universities by region).</summary>
public sealed class OrganisationRoundThirteenTests
{
    [Fact]
    public void Broader_gazetteer_loads()
    {
        OrganisationLexicon lex = OrganisationLexicon.Instance;
        // About 4,300 names before this round (hand-written plus generated); the round adds some 3,700 entries.
        Assert.True(lex.Organisations.Count > 8000, $"gazetteer has {lex.Organisations.Count} names");
        Assert.True(lex.Organisations.TryGetToken("Eskom", out GazetteerEntry? eskom));
        Assert.Equal(OrganisationType.Company, eskom!.Type);
        Assert.True(lex.Organisations.TryGetToken("ISRO", out GazetteerEntry? isro));
        Assert.Equal("Indian Space Research Organisation", isro!.LongForm);
        Assert.Equal(OrganisationType.Government, isro.Type);
    }

    [Theory]
    [InlineData("Eskom announced another round of power cuts on Monday, blaming broken generators.", "Eskom", OrganisationType.Company)]
    [InlineData("Shares of Kuaishou rose 4 percent in Hong Kong after the video platform reported a profit.", "Kuaishou", OrganisationType.Company)]
    [InlineData("The Philadelphia Inquirer reported that the council had delayed the vote.", "The Philadelphia Inquirer", OrganisationType.Media)]
    [InlineData("Officials at the Australian Taxation Office said refunds would be paid in July.", "Australian Taxation Office", OrganisationType.Government)]
    [InlineData("The Nigeria Labour Congress called a two-day strike over fuel prices.", "Nigeria Labour Congress", OrganisationType.NonGovernmental)]
    [InlineData("Researchers at Imperial College London published the model on Friday.", "Imperial College London", OrganisationType.NonGovernmental)]
    [InlineData("Inspectors from the Organisation for the Prohibition of Chemical Weapons arrived in the town.", "Organisation for the Prohibition of Chemical Weapons", OrganisationType.Intergovernmental)]
    [InlineData("Fans of the Chennai Super Kings filled the stadium before the final.", "Chennai Super Kings", OrganisationType.NonGovernmental)]
    public void New_entry_resolves_with_its_type(string text, string name, OrganisationType type) => AssertHasWithType(text, name, type);

    [Fact]
    public void New_undefined_acronym_knows_its_long_form()
    {
        const string text = "Tax collections beat the forecast, KRA officials said on Friday.";
        OrganisationMention? kra = Find(text).FirstOrDefault(x => x.Text == "KRA");
        Assert.True(kra is not null, string.Join(" | ", Texts(text)));
        Assert.Equal("Kenya Revenue Authority", kra!.KnownLongForm);
        Assert.Equal(OrganisationType.Government, kra.Type);
    }

    // ---- Names left out on purpose: ordinary words, given names, words a folded acronym would catch ----------

    [Theory]
    [InlineData("Grab an umbrella before you leave, forecasters warned on Sunday.", "Grab")]
    [InlineData("Dawn broke over the valley as the convoy moved north.", "Dawn")]
    [InlineData("Leadership matters more than money, the coach told reporters.", "Leadership")]
    [InlineData("Chancellor Olaf Scholz met farmers in Berlin.", "Olaf")]
    [InlineData("Article 19 of the constitution guarantees free speech, the judge said.", "Article 19")]
    [InlineData("Police filed several FIRs against the organisers on Tuesday.", "FIRs")]
    public void Ambiguous_word_left_out_of_the_gazetteer_stays_out(string text, string word) => AssertLacks(text, word);

    [Fact]
    public void An_apple_a_day_is_no_company()
    {
        Assert.Empty(Texts("An apple a day keeps the doctor away, her grandmother used to say."));
    }
}
