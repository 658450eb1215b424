using NewsExtraction.Text;

namespace NewsExtraction.Tests.Text;

/// <summary>
/// The shared scanner of embedded posts' signatures ("Post text. — Name (@handle) May 3, 2021"): the strict reading
/// the quotation finder uses (content and author) and the loose one the date extractor uses (the closing date).
/// </summary>
public sealed class EmbeddedPostTests
{
    private static (string Content, string Name)? Parse(string line, int minimumWords = 3) =>
        EmbeddedPost.TryParse(line, 0, line.Length, out int cs, out int ce, out int ns, out int ne, minimumWords)
            ? (line[cs..ce], line[ns..ne]) : null;

    [Theory]
    [InlineData("The pier reopens at noon for walkers. — Fenna Oakridge (@fennaoak) May 3, 2021", "The pier reopens at noon for walkers.", "Fenna Oakridge")]
    [InlineData("  Gates open early for the final match – Drellin Rovers FC (@DrellinRovers) 14 August 2020  ", "Gates open early for the final match", "Drellin Rovers FC")]
    [InlineData("Cold front arrives overnight with sleet - Tarrow Weather (@tarrow_wx)", "Cold front arrives overnight with sleet", "Tarrow Weather")]
    [InlineData("Our orchard gave its first crop this week — corin vale (@corinv) Sept. 9, 2018", "Our orchard gave its first crop this week", "corin vale")]
    [InlineData("Выставка открыта для всех гостей — Анна Светлова (@asvetlova) 14 сентября 2017 г.", "Выставка открыта для всех гостей", "Анна Светлова")]
    public void Strict_reading_gives_the_post_and_its_author(string line, string content, string name)
    {
        Assert.Equal((content, name), Parse(line));
    }

    [Theory]
    [InlineData("The pier reopens at noon for walkers.—Fenna Oakridge (@fennaoak) May 3, 2021")] // no space around the dash
    [InlineData("The pier reopens at noon for walkers. — Fenna Oakridge(@fennaoak) May 3, 2021")] // no space before the handle
    [InlineData("The pier reopens at noon for walkers. — Fenna Oakridge (@fenna.oak) May 3, 2021")] // not a handle
    [InlineData("The pier reopens at noon for walkers. — Fenna Oakridge (@) May 3, 2021")] // empty handle
    [InlineData("The pier reopens at noon for walkers. — newsdesk (@fennaoak) May 3, 2021")] // one lower-case word
    [InlineData("The pier reopens at noon for walkers. — the best pier in the north (@fennaoak)")] // too many lower-case words
    [InlineData("The pier reopens at noon for walkers. — Fenna Oakridge (@fennaoak) posted May 3, 2021")] // more than a date after it
    [InlineData("The pier reopens at noon for walkers — Fenna Oakridge")] // no handle
    public void Strict_reading_refuses_loose_signatures(string line)
    {
        Assert.Null(Parse(line));
    }

    [Fact]
    public void Strict_reading_counts_the_posts_words()
    {
        const string line = "Wow!! — Fenna Oakridge (@fennaoak) May 3, 2021";
        Assert.Null(Parse(line));
        Assert.Equal(("Wow!!", "Fenna Oakridge"), Parse(line, minimumWords: 1));
    }

    [Fact]
    public void Strict_reading_keeps_to_the_line_it_is_given()
    {
        const string text = "Earlier line.\nBoats stay in port until the swell drops. — Harbour Desk (@hdesk) Jan 2, 2020\nLater line.";
        int start = text.IndexOf("Boats", StringComparison.Ordinal);
        int end = text.IndexOf('\n', start);
        Assert.True(EmbeddedPost.TryParse(text, start, end, out int cs, out int ce, out int ns, out int ne));
        Assert.Equal("Boats stay in port until the swell drops.", text[cs..ce]);
        Assert.Equal("Harbour Desk", text[ns..ne]);
    }

    [Theory]
    [InlineData("Closures today: see the map — Marrow Park (@MarrowPark) May 28, 2016", 2016, 5, 28)]
    [InlineData("Closures today: see the map — Marrow Park (@MarrowPark) Jun. 4, 2019  ", 2019, 6, 4)]
    [InlineData("Closures today: see the map — Marrow Park (@MarrowPark) 4 June 2019", 2019, 6, 4)]
    [InlineData("Closures today: see the map — Marrow Park (@MarrowPark) 4 Jun 2019", 2019, 6, 4)]
    [InlineData("Closures today!-Marrow Park(@Marrow.Park)December 1, 2015", 2015, 12, 1)] // loose: no spaces, any handle text
    public void Loose_reading_gives_the_date_closing_the_post(string line, int year, int month, int day)
    {
        Assert.Equal(new DateOnly(year, month, day), EmbeddedPost.DateAfter(line, line.IndexOf("today", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("Closures today: see the map — Marrow Park (@MarrowPark)")] // no date
    [InlineData("Closures today: see the map — Marrow Park (@MarrowPark) 2016")] // not a whole date
    [InlineData("Closures today: see the map — Анна Светлова (@asvetlova) 14 сентября 2017 г.")] // not an accepted format
    [InlineData("Closures today: see the map, Marrow Park (@MarrowPark) May 28, 2016")] // no dash
    [InlineData("Closures today: see the map — Marrow Park (@) May 28, 2016")] // empty handle
    [InlineData("Closures today: see the map — Marrow Park (MarrowPark) May 28, 2016")] // no "(@"
    public void Loose_reading_needs_a_handle_a_dash_and_a_whole_date(string line)
    {
        Assert.Null(EmbeddedPost.DateAfter(line, line.IndexOf("today", StringComparison.Ordinal)));
    }

    [Fact]
    public void Loose_reading_ends_at_the_line_and_looks_a_short_way_ahead()
    {
        const string signature = " — Marrow Park (@MarrowPark) May 28, 2016";
        string nextLine = "Closures today: see the map\nMore news" + signature;
        Assert.Null(EmbeddedPost.DateAfter(nextLine, nextLine.IndexOf("today", StringComparison.Ordinal)));

        string withBreak = "Closures today: see the map" + signature + "\nMore news";
        Assert.Equal(new DateOnly(2016, 5, 28), EmbeddedPost.DateAfter(withBreak, withBreak.IndexOf("today", StringComparison.Ordinal)));

        string longLine = "Closures today: " + new string('x', 420) + signature;
        Assert.Null(EmbeddedPost.DateAfter(longLine, longLine.IndexOf("today", StringComparison.Ordinal)));
    }

    [Fact]
    public void The_two_readings_differ_only_in_strictness()
    {
        // Both read a well-formed post.
        const string both = "Fireworks over the bay tonight at ten — Bayside Events (@baysideev) July 4, 2021";
        Assert.NotNull(Parse(both));
        Assert.Equal(new DateOnly(2021, 7, 4), EmbeddedPost.DateAfter(both, 0));

        // The loose reading alone: no spaces around the dash or before the handle.
        const string looseOnly = "Fireworks over the bay tonight at ten—Bayside Events(@baysideev) July 4, 2021";
        Assert.Null(Parse(looseOnly));
        Assert.Equal(new DateOnly(2021, 7, 4), EmbeddedPost.DateAfter(looseOnly, 0));

        // The strict reading alone: a post without a date, or with a date the loose formats do not take.
        const string strictOnly = "Fireworks over the bay tonight at ten — Bayside Events (@baysideev)";
        Assert.NotNull(Parse(strictOnly));
        Assert.Null(EmbeddedPost.DateAfter(strictOnly, 0));
    }
}
