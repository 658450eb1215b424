using NewsExtraction.Text;

namespace NewsExtraction.Tests.Text;

/// <summary>The shared word-set type and the shared given-name lists.</summary>
public sealed class WordSetTests
{
    [Fact]
    public void Given_name_lists_load_and_keep_their_gender()
    {
        Assert.NotEmpty(ResourceText.ReadLines(GivenNames.FemaleResource));
        Assert.NotEmpty(ResourceText.ReadLines(GivenNames.MaleResource));
        Assert.True(GivenNames.Female.Count > 100);
        Assert.True(GivenNames.Male.Count > 100);
        Assert.True(GivenNames.Female.Contains("Maria"));
        Assert.True(GivenNames.Male.Contains("david"));
        Assert.False(GivenNames.Male.Contains("Maria"));
        Assert.True(GivenNames.IsGivenName("JOHN"));
        Assert.False(GivenNames.IsGivenName("Ministry"));
        Assert.False(GivenNames.IsGivenName(""));
    }

    [Fact]
    public void Registry_name_lists_load_and_give_one_gender_per_name()
    {
        Assert.NotEmpty(ResourceText.ReadLines(GivenNames.FemaleRegistryResource));
        Assert.NotEmpty(ResourceText.ReadLines(GivenNames.MaleRegistryResource));
        Assert.True(GivenNames.FemaleRegistry.Count > 4000, GivenNames.FemaleRegistry.Count.ToString());
        Assert.True(GivenNames.MaleRegistry.Count > 3000, GivenNames.MaleRegistry.Count.ToString());

        // Names only the registry lists know.
        Assert.Equal(Gender.Female, GivenNames.GenderOf("Odette"));
        Assert.Equal(Gender.Female, GivenNames.GenderOf("PHILIPPA"));
        Assert.Equal(Gender.Male, GivenNames.GenderOf("Leopold"));
        Assert.Equal(Gender.Male, GivenNames.GenderOf("thaddeus"));

        // The hand-written lists still answer first.
        Assert.Equal(Gender.Female, GivenNames.GenderOf("Maria"));
        Assert.Equal(Gender.Male, GivenNames.GenderOf("David"));

        // Names of both genders, particles, places and non-names have none.
        Assert.Equal(Gender.Unknown, GivenNames.GenderOf("Jordan"));
        Assert.Equal(Gender.Unknown, GivenNames.GenderOf("Leslie"));
        Assert.Equal(Gender.Unknown, GivenNames.GenderOf("La"));
        Assert.Equal(Gender.Unknown, GivenNames.GenderOf("Washington"));
        Assert.Equal(Gender.Unknown, GivenNames.GenderOf("Ministry"));
        Assert.Equal(Gender.Unknown, GivenNames.GenderOf(""));

        // No name is in both registry lists, and none repeats a hand-written one.
        foreach (string name in ResourceText.ReadLines(GivenNames.FemaleRegistryResource))
        {
            Assert.False(GivenNames.MaleRegistry.Contains(name), name);
            Assert.False(GivenNames.IsGivenName(name), name);
        }

        foreach (string name in ResourceText.ReadLines(GivenNames.MaleRegistryResource))
        {
            Assert.False(GivenNames.IsGivenName(name), name);
        }
    }

    [Fact]
    public void Registry_names_do_not_become_given_names_for_the_organisations_extractor()
    {
        Assert.True(GivenNames.MaleRegistry.Contains("Leopold"));
        Assert.False(GivenNames.IsGivenName("Leopold"));
        Assert.False(GivenNames.IsGivenName("Odette"));
    }

    [Theory]
    [InlineData("North")]
    [InlineData("West")]
    [InlineData("Mayor")]
    [InlineData("Prince")]
    [InlineData("Court")]
    [InlineData("Hope")]
    [InlineData("Georgia")]
    [InlineData("May")]
    public void Words_and_places_in_the_registry_lists_have_no_gender(string word)
    {
        Assert.Equal(Gender.Unknown, GivenNames.GenderOf(word));
    }

    [Fact]
    public void Lookups_ignore_case_and_match_whole_words_only()
    {
        var set = new WordSet(["said", "Told", "", "spokes-man"]);
        Assert.Equal(3, set.Count);
        Assert.True(set.Contains("SAID"));
        Assert.True(set.Contains("told".AsSpan()));
        Assert.True(set.Contains("Spokes-Man"));
        Assert.False(set.Contains("sai"));
        Assert.False(set.Contains("saids"));
        Assert.False(set.Contains(new string('a', 41)));
    }

    [Fact]
    public void Every_word_added_is_found_in_any_case()
    {
        // Word lists are ASCII or Latin letters; the property draws words of ASCII letters, hyphens and apostrophes.
        FsCheck.Check.QuickThrowOnFailure(FsCheck.Fluent.Prop.ForAll<string[]>(raw =>
        {
            var words = new List<string>();
            foreach (string? r in raw ?? [])
            {
                string w = new((r ?? string.Empty).Where(c => char.IsAsciiLetter(c) || c is '-' or '\'').ToArray());
                if (w.Length > 0)
                {
                    words.Add(w);
                }
            }

            var set = new WordSet(words);
            return words.TrueForAll(w => w.Length > 40 || (set.Contains(w) && set.Contains(w.ToUpperInvariant()) && set.Contains(w.ToLowerInvariant())))
                && !set.Contains("0" + (words.Count > 0 ? words[0] : "x"));
        }));
    }
}
