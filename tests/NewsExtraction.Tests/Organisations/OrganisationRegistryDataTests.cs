using NewsExtraction.Organisations;
using NewsExtraction.Text;
using static NewsExtraction.Tests.Organisations.OrganisationAssert;

namespace NewsExtraction.Tests.Organisations;

/// <summary>The generated registry gazetteer (factbook-organisations.txt, from the CIA World Factbook).</summary>
public sealed class OrganisationRegistryDataTests
{
    [Fact]
    public void Factbook_file_loads_with_all_four_kinds()
    {
        List<string> lines = ResourceText.ReadLines(OrganisationLexicon.FactbookResource).ToList();
        Assert.True(lines.Count > 1000, $"factbook gazetteer has {lines.Count} entries");
        foreach (string type in new[] { "party|", "government|", "military|", "ngo|" })
        {
            Assert.True(lines.Count(l => l.StartsWith(type, StringComparison.Ordinal)) > 50, $"few '{type}' entries");
        }

        // Sorted (the generator's output is deterministic).
        List<string> sorted = lines.OrderBy(l => l, StringComparer.Ordinal).ToList();
        Assert.Equal(sorted, lines);
    }

    [Fact]
    public void Party_acronym_resolves_to_its_long_form()
    {
        Assert.True(OrganisationLexicon.Instance.Organisations.TryGetToken("MSZP", out GazetteerEntry? e));
        Assert.Equal("Hungarian Socialist Party", e!.LongForm);
        Assert.Equal(OrganisationType.Party, e.Type);
        Assert.True(e.IsAcronym);
    }

    [Fact]
    public void Registry_names_are_found_in_sentences()
    {
        // A party with its acronym, a legislature, a military branch (invented sentences).
        OrganisationMention party = Find("Leaders of the MSZP met on Tuesday to pick a candidate.").Single(m => m.Text == "MSZP");
        Assert.Equal(OrganisationType.Party, party.Type);
        AssertHas("The bill now goes to the Hellenic Parliament for a final vote.", "Hellenic Parliament");
        OrganisationMention navy = Find("Two frigates of the Royal Netherlands Navy left port on Monday.").Single(m => m.Text == "Royal Netherlands Navy");
        Assert.Equal(OrganisationType.Military, navy.Type);
    }

    [Fact]
    public void Hand_written_entry_wins_over_the_generated_one()
    {
        // "Knesset" is in both files; organisations.txt is loaded first.
        Assert.True(OrganisationLexicon.Instance.Organisations.TryGetToken("Knesset", out GazetteerEntry? e));
        Assert.Equal(OrganisationType.Government, e!.Type);
        Assert.Equal("Knesset", e.LongForm);
    }

    [Fact]
    public void Generated_acronyms_are_not_matched_case_folded()
    {
        // "SWAPO" is a generated acronym: written as a word ("Swapo") it is not taken from the list.
        Assert.True(OrganisationLexicon.Instance.Organisations.TryGetToken("SWAPO", out _));
        Assert.False(OrganisationLexicon.Instance.AcronymsFolded.TryGetToken("Swapo", out _));
    }

    [Theory]
    [InlineData("Left", "Turn Left at the second light, the sign said.")]
    [InlineData("Dignity", "Dignity and hope were the words on every banner.")]
    [InlineData("PCT", "Shares of the miner rose 4 PCT in early trade.")]
    [InlineData("Army", "He joined the Army at eighteen and left at forty.")]
    public void Common_words_and_short_acronyms_are_not_taken_from_the_registry(string word, string sentence)
    {
        // One-word common English names ("Left", "Dignity"), three-letter acronyms ("PCT") and generic bodies
        // several countries share ("Army") are filtered out by the generator.
        foreach (string line in ResourceText.ReadLines(OrganisationLexicon.FactbookResource))
        {
            Assert.DoesNotContain(word, line.Split('|').Skip(1));
        }

        if (word is "Left" or "Dignity")
        {
            AssertLacks(sentence, word);
        }
    }
}
