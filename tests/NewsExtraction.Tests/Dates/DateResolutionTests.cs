using NewsExtraction.Dates;
using static NewsExtraction.Tests.Dates.DateTestHelpers;

namespace NewsExtraction.Tests.Dates;

/// <summary>Resolution of underspecified dates: tense, distance and anchors.</summary>
public sealed class DateResolutionTests
{
    [Theory]
    // A firm past verb keeps a month nine months back rather than one three months ahead.
    [InlineData("In the fiscal year ended Jan. 31, the retailer reported sales of $60 million.", "1989-10-31", "Jan. 31", "1989-01-31")]
    [InlineData("Since the fund bought the chain in February, it has sold three units.", "1989-10-30", "February", "1989-02")]
    [InlineData("In January, the company hired a new chief executive.", "2023-10-27", "January", "2023-01")]
    // A firm future verb keeps a month nine months ahead.
    [InlineData("She will command the shuttle on a mission in December.", "1998-03-04", "December", "1998-12")]
    // Near the other side, the nearer one still wins when the tense is mixed or absent ("was scheduled").
    [InlineData("The vote was scheduled for July 19.", "2024-07-08", "July 19", "2024-07-19")]
    // Close to the reference date a firm past does not reach back a year.
    [InlineData("The company said the offer expired Nov. 16.", "1989-11-01", "Nov. 16", "1989-11-16")]
    // "effective <date>": a change announced ahead of the date.
    [InlineData("The bank also created an office of the chairman, effective Feb. 1.", "1989-10-26", "Feb. 1", "1990-02-01")]
    [InlineData("The new labor contract, effective June 1, raised wages.", "2023-10-26", "June 1", "2024-06-01")]
    public void Months_and_days_follow_a_firm_tense(string text, string reference, string span, string value)
    {
        Assert.Equal(value, Single(Extract(text, reference), span).Value);
    }

    // Reference: Friday 1989-10-27 unless given.
    [Theory]
    [InlineData("The tender offer had been due to expire Friday evening but was extended.", "1989-10-30", "Friday evening", "1989-10-27TEV")]
    [InlineData("The shares are to resume trading in Paris Tuesday.", "1989-10-27", "Tuesday", "1989-10-31")]
    [InlineData("The exchange is to reopen Monday after the holiday.", "1989-10-27", "Monday", "1989-10-30")]
    [InlineData("On Tuesday, the Abortion and Reproductive Rights League plans to hold a news conference.", "1998-10-26", "Tuesday", "1998-10-27")]
    [InlineData("Officials said they did not plan to move the boy on Thursday morning.", "2000-03-29", "Thursday morning", "2000-03-30TMO")]
    [InlineData("Protesters planned a large demonstration downtown on Saturday.", "2000-01-07", "Saturday", "2000-01-08")]
    [InlineData("Leaders are planning a summit in April to mark the anniversary.", "1998-12-05", "April", "1999-04")]
    // Negatives: the plan or expectation itself lies in the past, or the verb is plainly past.
    [InlineData("The offensive began as previously planned Saturday night.", "1991-02-25", "Saturday night", "1991-02-23TNI")]
    [InlineData("The vote had been scheduled for Tuesday, officials said.", "1989-10-27", "Tuesday", "1989-10-24")]
    [InlineData("The Smith and Jones Company said on Tuesday that profits fell.", "1989-10-27", "Tuesday", "1989-10-24")]
    [InlineData("Troops withdrew on Tuesday and the border reopened.", "1989-10-27", "Tuesday", "1989-10-24")]
    [InlineData("The task is to rebuild trust, the minister said on Tuesday.", "1989-10-27", "Tuesday", "1989-10-24")]
    public void Weekdays_follow_plans_and_arrangements(string text, string reference, string span, string value)
    {
        Assert.Equal(value, Single(Extract(text, reference), span).Value);
    }
}
