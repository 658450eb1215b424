using NewsExtraction.Dates;

namespace NewsExtraction.Tests.Dates;

/// <summary>The cheap line test that decides whether the publication-date scan runs the date grammar over a line.</summary>
public sealed class PublicationDatePrefilterTests
{
    [Theory]
    [InlineData("الاثنين 08 يوليو 2024 - 18:20")]
    [InlineData("Thursday, July 11, 2024")]
    [InlineData("date 2024-07-11")]
    [InlineData("Posted 11/07/24 by staff")]
    [InlineData("08.07.24")]
    [InlineData("Published July 8, '24")]
    [InlineData("Updated 20240708")]
    public void Lines_that_may_hold_a_full_date_pass(string line) => Assert.True(PublicationDateDetector.MayHoldFullDate(line));

    [Theory]
    [InlineData("Five people were killed and 30 injured")]
    [InlineData("The F-16 flew 130 miles")]
    [InlineData("Share 12 Comments")]
    [InlineData("")]
    public void Lines_without_a_year_like_number_are_skipped(string line) => Assert.False(PublicationDateDetector.MayHoldFullDate(line));

    [Fact]
    public void Skipped_lines_never_yield_a_full_date()
    {
        // Whatever the prefilter rejects, the extractor finds no date with a stated year in it.
        string[] lines = ["Five people were killed on Monday and 30 injured", "The 75th anniversary parade in May", "Share 12 Comments", "Page 3 of 10"];
        var pipeline = new ExtractionPipelineBuilder().UseDates().Build();
        foreach (string line in lines)
        {
            Assert.False(PublicationDateDetector.MayHoldFullDate(line));
            Assert.DoesNotContain(pipeline.Extract(new Article(line, new DateOnly(2024, 7, 8))).Dates, d => d.Stated.HasFlag(DateComponents.Year));
        }
    }

    [Theory]
    [InlineData("Candidates on the ballot, date: 11 July 2024", "date", 0, 26)] // not inside "Candidates"
    [InlineData("Mandated reporting. Updated July 11", "updated", 0, 20)]
    [InlineData("updated at noon, updated again", "updated", 1, 17)] // from the given offset on
    [InlineData("Undated photo", "date", 0, -1)]
    [InlineData("", "date", 0, -1)]
    public void Header_keywords_are_found_where_they_start_a_word(string line, string keyword, int from, int expected) =>
        Assert.Equal(expected, PublicationDateDetector.IndexOfKeyword(line, keyword, from));
}
