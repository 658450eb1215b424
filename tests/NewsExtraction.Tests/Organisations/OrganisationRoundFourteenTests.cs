using NewsExtraction.Organisations;
using static NewsExtraction.Tests.Organisations.OrganisationAssert;

namespace NewsExtraction.Tests.Organisations;

/// <summary>Round fourteen: the gazetteer's second pass (universities and institutes, movements and armed groups, agencies of
/// non-English news countries, subnational bodies, business associations, sports and entertainment names).</summary>
public sealed class OrganisationRoundFourteenTests
{
    [Fact]
    public void Second_pass_gazetteer_loads()
    {
        OrganisationLexicon lex = OrganisationLexicon.Instance;
        // About 9,070 names after round thirteen; this round adds some 2,200.
        Assert.True(lex.Organisations.Count > 11000, $"gazetteer has {lex.Organisations.Count} names");
        Assert.True(lex.Organisations.TryGetToken("INSEAD", out GazetteerEntry? insead));
        Assert.Equal(OrganisationType.NonGovernmental, insead!.Type);
        Assert.True(lex.Organisations.TryGetToken("KAIST", out GazetteerEntry? kaist));
        Assert.Equal("Korea Advanced Institute of Science and Technology", kaist!.LongForm);
    }

    [Theory]
    [InlineData("A study by researchers at ETH Zurich found the glaciers had lost a tenth of their volume.", "ETH Zurich", OrganisationType.NonGovernmental)]
    [InlineData("She taught economics at Sciences Po before joining the central bank.", "Sciences Po", OrganisationType.NonGovernmental)]
    [InlineData("Scientists at Lawrence Livermore National Laboratory repeated the fusion experiment.", "Lawrence Livermore National Laboratory", OrganisationType.NonGovernmental)]
    [InlineData("Militants of Jama'at Nusrat al-Islam wal-Muslimin attacked an army post near the border.", "Jama'at Nusrat al-Islam wal-Muslimin", OrganisationType.Military)]
    [InlineData("Fighters of the Arakan Army seized another town on Tuesday.", "Arakan Army", OrganisationType.Military)]
    [InlineData("Leaders of Pakatan Harapan met on Sunday to choose a candidate.", "Pakatan Harapan", OrganisationType.Party)]
    [InlineData("The Cyberspace Administration of China issued new rules for recommendation algorithms.", "Cyberspace Administration of China", OrganisationType.Government)]
    [InlineData("Agents of the Federal Office for Migration and Refugees reviewed the asylum files.", "Federal Office for Migration and Refugees", OrganisationType.Government)]
    [InlineData("Officers from Greater Manchester Police arrested two men on Saturday.", "Greater Manchester Police", OrganisationType.Government)]
    [InlineData("Commuters complained after the Chicago Transit Authority cut late-night service.", "Chicago Transit Authority", OrganisationType.Government)]
    [InlineData("The Federation of Indian Chambers of Commerce and Industry welcomed the budget.", "Federation of Indian Chambers of Commerce and Industry", OrganisationType.NonGovernmental)]
    [InlineData("Shares fell 3 percent on the Nairobi Securities Exchange on Monday.", "Nairobi Securities Exchange", OrganisationType.Company)]
    [InlineData("Members of the Canadian Union of Public Employees walked out on Friday.", "Canadian Union of Public Employees", OrganisationType.NonGovernmental)]
    [InlineData("The South African Sports Confederation and Olympic Committee named its team for Paris.", "South African Sports Confederation and Olympic Committee", OrganisationType.NonGovernmental)]
    [InlineData("Universal Music Group pulled its catalogue from the app after talks failed.", "Universal Music Group", OrganisationType.Company)]
    [InlineData("Investors sued Terraform Labs after the token collapsed.", "Terraform Labs", OrganisationType.Company)]
    [InlineData("Tickets for the Arctic Monkeys tour sold out within an hour.", "Arctic Monkeys", OrganisationType.Other)]
    [InlineData("Students at Jomo Kenyatta University of Agriculture and Technology protested the fee rise.", "Jomo Kenyatta University of Agriculture and Technology", OrganisationType.NonGovernmental)]
    [InlineData("The Kurdistan Regional Government paid salaries late again this month.", "Kurdistan Regional Government", OrganisationType.Government)]
    [InlineData("Analysts said Transsion sold more phones in Africa than any rival last year.", "Transsion", OrganisationType.Company)]
    public void New_entry_resolves_with_its_type(string text, string name, OrganisationType type) => AssertHasWithType(text, name, type);

    [Fact]
    public void New_undefined_acronym_knows_its_long_form()
    {
        const string text = "The ranking put KAIST ahead of several older universities, officials said.";
        OrganisationMention? m = Find(text).FirstOrDefault(x => x.Text == "KAIST");
        Assert.True(m is not null, string.Join(" | ", Texts(text)));
        Assert.Equal("Korea Advanced Institute of Science and Technology", m!.KnownLongForm);
    }

    // ---- Names left out on purpose: ordinary words, bare places, acronyms with a common other meaning ----------

    [Theory]
    [InlineData("An apple a day keeps the doctor away, her grandmother used to say.", "apple")]
    [InlineData("Celtic music filled the pub as the fiddlers tuned up.", "Celtic")]
    [InlineData("The orchestra played Verdi and Puccini to a full house.", "Verdi")]
    [InlineData("Scientists say the Big Bang happened about 13.8 billion years ago.", "Big Bang")]
    [InlineData("Twice the council has rejected the plan, the mayor said.", "Twice")]
    [InlineData("Seventeen people were hurt when the bus overturned.", "Seventeen")]
    [InlineData("Tidal flooding closed the coastal road again on Tuesday.", "Tidal")]
    [InlineData("Kick the habit, doctors told smokers at the clinic.", "Kick")]
    [InlineData("Cohere the two drafts into one plan, the editor told staff.", "Cohere")]
    public void Ambiguous_word_left_out_of_the_gazetteer_stays_out(string text, string word) => AssertLacks(text, word);
}
