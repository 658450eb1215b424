using NewsExtraction.Quotations;
using NewsExtraction.Text;

namespace NewsExtraction.Tests.Quotations;

/// <summary>The token view's per-document memo of name words and name runs answers as the direct computation does.</summary>
public sealed class TokenViewMemoTests
{
    public static TheoryData<string> SeedNames() => new(Seeds.All);

    [Theory]
    [MemberData(nameof(SeedNames))]
    public void Memoised_name_words_and_runs_equal_the_direct_ones(string seed)
    {
        string text = Seeds.Text(seed);
        AnalyzedDocument doc = AnalyzedDocument.Analyze(text);
        var direct = new TokenView(text, doc.Tokens);
        var memo = new TokenView(text, doc.Tokens);
        memo.Memoise();
        int n = direct.Count;
        int names = 0, runs = 0;

        // Twice: the first pass fills the memo, the second reads it.
        for (int pass = 0; pass < 2; pass++)
        {
            for (int i = 0; i < n; i++)
            {
                bool nameWord = direct.IsNameWord(i);
                Assert.Equal(nameWord, memo.IsNameWord(i));
                Assert.Equal(direct.NameRunEnd(i, n), memo.NameRunEnd(i, n));
                Assert.Equal(direct.NameRunEnd(i, int.MaxValue), memo.NameRunEnd(i, int.MaxValue));

                // A shorter bound is never memoised.
                int bound = Math.Min(n, i + 3);
                Assert.Equal(direct.NameRunEnd(i, bound), memo.NameRunEnd(i, bound));
                names += nameWord ? 1 : 0;
                runs += direct.NameRunEnd(i, n) > i + 1 ? 1 : 0;
            }
        }

        Assert.True(names > 0 && runs > 0, "the seed has capitalised names and multi-word runs");
        memo.Release();
        for (int i = 0; i < n; i++)
        {
            Assert.Equal(direct.IsNameWord(i), memo.IsNameWord(i));
        }
    }
}
