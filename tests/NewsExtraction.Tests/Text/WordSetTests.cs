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
