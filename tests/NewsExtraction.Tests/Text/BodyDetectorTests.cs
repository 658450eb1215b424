using System.Diagnostics;
using System.Text;
using System.Text.Json;
using NewsExtraction.Text;

namespace NewsExtraction.Tests.Text;

public sealed class BodyDetectorTests
{
    private const string P1 = "The city council voted on Tuesday to expand the bus network, adding four routes that will connect the northern suburbs with the hospital and the university campus.";
    private const string P2 = "Officials said the plan would cost about 12 million euros over three years and that most of the money would come from a regional transport fund set up in 2019.";
    private const string P3 = "Critics argued that the council had ignored the needs of cyclists, and a group of residents said they would challenge the decision in court before the end of the year.";

    // ---- Related-list headings glued to their teasers, "More:" teaser lines -------------------------

    [Fact]
    public void A_related_heading_glued_to_its_teasers_is_boilerplate_and_the_article_runs_on_across_it()
    {
        const string teasers = "Related stories BIG SWITCH Striker Tom Vale set to join rivals in summer deal 'We were robbed' "
            + "Coach blasts referee after late penalty call GOAL RUSH Five things we learned from the weekend's games "
            + "and what they mean for the title race Match preview When is the cup final and which channel shows it?";
        string text = P1 + "\n" + P2 + "\n" + teasers + "\n" + P3;
        DocumentLayout layout = AnalyzedDocument.Analyze(text).Layout;
        int at = text.IndexOf("Related stories", StringComparison.Ordinal);
        Assert.False(layout.IsContent(new TextSpan(at + 20, 10)));
        Assert.True(layout.IsContent(new TextSpan(0, 20)));
        Assert.True(layout.IsContent(new TextSpan(text.IndexOf(P3, StringComparison.Ordinal), 20)));
    }

    [Fact]
    public void An_embedded_gallery_line_with_its_slide_counter_is_boilerplate_and_the_article_runs_on()
    {
        const string gallery = "Ten garden birds to spot this winter From robins to wrens, the visitors to look out for in January 2021 1 / 12";
        const string gallery2 = "Best budget phones of the year Our pick of handsets under 200 euros for 2021 and beyond. 1 / 9 Photo handout";
        string text = P1 + "\n" + gallery + "\n" + P2 + "\n" + gallery2 + "\n" + P3;
        DocumentLayout layout = AnalyzedDocument.Analyze(text).Layout;
        Assert.False(layout.IsContent(new TextSpan(text.IndexOf("January 2021", StringComparison.Ordinal), 12)));
        Assert.False(layout.IsContent(new TextSpan(text.IndexOf("for 2021", StringComparison.Ordinal), 8)));
        Assert.True(layout.IsContent(new TextSpan(text.IndexOf(P2, StringComparison.Ordinal), 20)));
        Assert.True(layout.IsContent(new TextSpan(text.IndexOf(P3, StringComparison.Ordinal), 20)));
    }

    [Fact]
    public void The_articles_own_photo_captions_under_the_headline_and_in_the_text_are_content()
    {
        const string headline = "Harbour ferry strike enters its second week";
        const string credit = "Enlarge this image toggle caption Lena Marsh/AP Lena Marsh/AP";
        const string caption = "Image copyright Kestrel Press Image caption Pickets gathered at the ferry terminal on Monday";
        string text = headline + "\n" + credit + "\n" + P1 + "\n" + caption + "\n" + P2 + "\n" + P3;
        DocumentLayout layout = AnalyzedDocument.Analyze(text).Layout;
        Assert.True(layout.IsContent(new TextSpan(text.IndexOf("Lena Marsh/AP", StringComparison.Ordinal), 13)));
        Assert.True(layout.IsContent(new TextSpan(text.IndexOf("Kestrel Press", StringComparison.Ordinal), 13)));
        Assert.True(layout.IsContent(new TextSpan(text.IndexOf(P3, StringComparison.Ordinal), 20)));
    }

    [Fact]
    public void A_credited_teaser_after_the_text_stays_boilerplate()
    {
        string text = P1 + "\n" + P2 + "\n" + P3 + "\nMore from the region\nGetty Images Five places to visit on the coast this summer";
        DocumentLayout layout = AnalyzedDocument.Analyze(text).Layout;
        Assert.False(layout.IsContent(new TextSpan(text.IndexOf("Five places", StringComparison.Ordinal), 11)));
    }

    [Theory]
    [InlineData("Getty Images Fans celebrate the title on Sunday", true)]
    [InlineData("© Jane Doe/Reuters The launch pad at dawn", true)]
    [InlineData("Getty Images", false)]
    [InlineData("Images of the storm spread quickly online.", false)]
    public void Photo_caption_lines_open_with_a_credit_or_caption_label(string line, bool expected) =>
        Assert.Equal(expected, BodyDetector.IsPhotoCaption(line));

    [Fact]
    public void An_embedded_video_player_line_is_boilerplate_and_the_article_runs_on()
    {
        const string player = "JUST WATCHED Harbour ferry strike enters second week Replay More Videos ... MUST WATCH Harbour ferry strike enters second week 02:14";
        string text = P1 + "\n" + player + "\n" + P2 + "\n" + P3;
        DocumentLayout layout = AnalyzedDocument.Analyze(text).Layout;
        Assert.False(layout.IsContent(new TextSpan(text.IndexOf("second week", StringComparison.Ordinal), 11)));
        Assert.True(layout.IsContent(new TextSpan(text.IndexOf(P2, StringComparison.Ordinal), 20)));
        Assert.True(layout.IsContent(new TextSpan(text.IndexOf(P3, StringComparison.Ordinal), 20)));
    }

    [Theory]
    [InlineData("Highlights of the show 1 / 12", true)]
    [InlineData("1 / 3 The first slide", true)]
    [InlineData("The vote passed 21 / 30 in the end", false)]
    [InlineData("Only 1 / 1 was left", false)]
    [InlineData("A ratio of 1 / 1000 is rare", false)]
    [InlineData("Page 1 /12", false)]
    public void Slide_counters_are_one_of_a_few_to_a_few_hundred_written_as_words(string line, bool expected) =>
        Assert.Equal(expected, BodyDetector.HasSlideCounter(line));

    [Fact]
    public void A_standfirst_under_the_headline_is_part_of_the_text()
    {
        const string headline = "Council approves new bus routes for northern suburbs";
        const string standfirst = "Four routes will link the suburbs with the hospital and the campus in a plan critics say ignores cyclists";
        string text = headline + "\n\n" + standfirst + "\n" + P1 + "\n" + P2 + "\n" + P3;
        DocumentLayout layout = AnalyzedDocument.Analyze(text).Layout;
        Assert.Equal(BlockKind.Headline, layout.KindAt(0));
        Assert.Equal(BlockKind.Body, layout.KindAt(text.IndexOf(standfirst, StringComparison.Ordinal)));
    }

    [Fact]
    public void A_title_case_teaser_under_the_headline_is_no_standfirst()
    {
        const string headline = "Council approves new bus routes for northern suburbs";
        const string teaser = "Watch More Videos From Our City Desk And The Best Of The Week In Transport News";
        string text = headline + "\n\n" + teaser + "\n" + P1 + "\n" + P2 + "\n" + P3;
        DocumentLayout layout = AnalyzedDocument.Analyze(text).Layout;
        Assert.Equal(BlockKind.Boilerplate, layout.KindAt(text.IndexOf(teaser, StringComparison.Ordinal)));
    }

    [Fact]
    public void A_newsletter_box_inside_the_article_is_boilerplate_and_the_article_runs_on()
    {
        const string box = "Sign up for the Evening Digest Get the day's top stories in your inbox every weekday. "
            + "Enter a valid email address. Thanks for subscribing to the Evening Digest from the Harlow Courier.";
        string text = P1 + "\n" + P2 + "\n" + box + "\n" + P3;
        DocumentLayout layout = AnalyzedDocument.Analyze(text).Layout;
        Assert.False(layout.IsContent(new TextSpan(text.IndexOf("Harlow Courier", StringComparison.Ordinal), 14)));
        Assert.True(layout.IsContent(new TextSpan(text.IndexOf(P3, StringComparison.Ordinal), 20)));
    }

    [Theory]
    [InlineData("Get the weekly science newsletter. SUBSCRIBE", true)]
    [InlineData("Subscribe here. Please enter your email address. We respect your privacy policy choices.", true)]
    [InlineData("Sign up here. Please enter your email address. We respect your privacy policy choices.", false)]
    [InlineData("The union said members could sign up to its newsletter, which reached 40,000 readers last year and campaigned on pay, pensions and the closure of two depots in the north of the county before the vote.", false)]
    [InlineData("Readers can subscribe online.", false)]
    public void Newsletter_boxes_are_told_from_prose_that_mentions_newsletters(string line, bool expected) =>
        Assert.Equal(expected, BodyDetector.IsNewsletterBox(line));

    [Fact]
    public void A_bracketed_related_story_link_inside_the_article_is_boilerplate_and_the_article_runs_on()
    {
        const string link = "[Why the northern bus routes took a decade to approve]";
        string text = P1 + "\n" + link + "\n" + P2 + "\n" + P3;
        DocumentLayout layout = AnalyzedDocument.Analyze(text).Layout;
        Assert.Equal(BlockKind.Boilerplate, layout.KindAt(text.IndexOf(link, StringComparison.Ordinal) + 5));
        Assert.True(layout.IsContent(new TextSpan(text.IndexOf(P2, StringComparison.Ordinal), 20)));
        Assert.True(layout.IsContent(new TextSpan(text.IndexOf(P3, StringComparison.Ordinal), 20)));
    }

    [Theory]
    [InlineData("[ How the council voted in 2019 ]", true)]
    [InlineData("[Explainer: what the new bus routes mean for you]", true)]
    [InlineData("[Editor's note: This story was updated to correct the cost.]", false)]
    [InlineData("[Updated]", false)]
    [InlineData("[The timeline below is drawn from council minutes, interviews with six officials and records obtained under a public-records request]", false)]
    [InlineData("Officials [in the city] said so", false)]
    public void Bracketed_link_lines_are_short_whole_lines_in_brackets(string line, bool expected) =>
        Assert.Equal(expected, BodyDetector.IsBracketedLink(line));

    [Fact]
    public void A_more_label_line_is_boilerplate()
    {
        string text = P1 + "\n" + P2 + "\nMore: Regional lender fines rival bank for rigging bond prices in a record case\n" + P3;
        DocumentLayout layout = AnalyzedDocument.Analyze(text).Layout;
        Assert.False(layout.IsContent(new TextSpan(text.IndexOf("More: Regional", StringComparison.Ordinal) + 6, 8)));
        Assert.True(layout.IsContent(new TextSpan(text.IndexOf(P3, StringComparison.Ordinal), 20)));
    }

    [Fact]
    public void A_paragraph_opening_with_more_in_prose_stays_content()
    {
        string text = P1 + "\nMore than 200 residents signed a petition against the plan, which the council will consider next month.\n" + P2 + "\n" + P3;
        DocumentLayout layout = AnalyzedDocument.Analyze(text).Layout;
        Assert.True(layout.IsContent(new TextSpan(text.IndexOf("More than", StringComparison.Ordinal), 20)));
    }

    // ---- Seeds: body precision/recall, headline, bylines, mention flags ----------------------------

    public static TheoryData<string> SeedNames => new(Seeds.All);

    [Theory]
    [MemberData(nameof(SeedNames))]
    public void Seed_body_precision_and_recall_are_at_least_95_percent(string seed)
    {
        string text = Seeds.Text(seed);
        using JsonDocument gold = Gold(seed);
        DocumentLayout layout = AnalyzedDocument.Analyze(text).Layout;
        (double p, double r) = BodyPrecisionRecall(text, layout, gold.RootElement);
        Assert.True(p >= 0.95, $"{seed}: body precision {p:F4}");
        Assert.True(r >= 0.95, $"{seed}: body recall {r:F4}");
    }

    [Theory]
    [MemberData(nameof(SeedNames))]
    public void Seed_mentions_get_the_gold_boilerplate_flag(string seed)
    {
        string text = Seeds.Text(seed);
        using JsonDocument gold = Gold(seed);
        DocumentLayout layout = AnalyzedDocument.Analyze(text).Layout;
        var wrong = new List<string>();
        int all = 0;
        foreach (string type in new[] { "dates", "distances", "organisations", "quotations" })
        {
            foreach (JsonElement m in gold.RootElement.GetProperty(type).EnumerateArray())
            {
                all++;
                var span = TextSpan.FromBounds(m.GetProperty("start").GetInt32(), m.GetProperty("end").GetInt32());
                bool boilerplate = m.TryGetProperty("boilerplate", out JsonElement b) && b.GetBoolean();
                if (layout.IsContent(span) == boilerplate)
                {
                    wrong.Add($"{type} {span} '{m.GetProperty("text").GetString()}' boilerplate={boilerplate}");
                }
            }
        }

        Assert.True(all > 10);
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    [Theory]
    [MemberData(nameof(SeedNames))]
    public void Seed_headline_is_the_gold_headline_and_gold_bylines_are_content(string seed)
    {
        string text = Seeds.Text(seed);
        using JsonDocument gold = Gold(seed);
        DocumentLayout layout = AnalyzedDocument.Analyze(text).Layout;
        JsonElement h = gold.RootElement.GetProperty("headline");
        if (h.ValueKind == JsonValueKind.Null)
        {
            Assert.Null(layout.Headline);
        }
        else
        {
            Assert.Equal(TextSpan.FromBounds(h.GetProperty("start").GetInt32(), h.GetProperty("end").GetInt32()), layout.Headline);
        }

        foreach (JsonElement b in gold.RootElement.GetProperty("bylines").EnumerateArray())
        {
            var span = TextSpan.FromBounds(b.GetProperty("start").GetInt32(), b.GetProperty("end").GetInt32());
            Assert.True(layout.IsContent(span), $"{seed}: byline {span} '{text[span.Start..span.End]}' is not content");
        }
    }

    [Fact]
    public void Seed_header_lines_get_byline_and_dateline_kinds()
    {
        string t3 = Seeds.Text(Seeds.S003);
        DocumentLayout l3 = AnalyzedDocument.Analyze(t3).Layout;
        Assert.Equal("AFP and Sputnik", Slice(t3, l3.Byline));
        Assert.Equal("Thursday, July 11, 2024, p. 24", Slice(t3, l3.Dateline));
        Assert.Equal(BlockKind.Byline, KindOfLine(t3, l3, "The newspaper La Jornada"));

        string t0 = Seeds.Text(Seeds.S000);
        DocumentLayout l0 = AnalyzedDocument.Analyze(t0).Layout;
        Assert.Equal("الاثنين 08 يوليو 2024 - 18:20", Slice(t0, l0.Dateline));
        Assert.Equal(BlockKind.Boilerplate, KindOfLine(t0, l0, "Zoom"));

        string t4 = Seeds.Text(Seeds.S004);
        DocumentLayout l4 = AnalyzedDocument.Analyze(t4).Layout;
        Assert.StartsWith("Nikola MikovicBy Nikola Mikovic", Slice(t4, l4.Byline), StringComparison.Ordinal);
    }

    [Fact]
    public void Seed_004_menus_teasers_share_bars_bio_and_footer_are_boilerplate()
    {
        string text = Seeds.Text(Seeds.S004);
        DocumentLayout layout = AnalyzedDocument.Analyze(text).Layout;
        Assert.Equal(BlockKind.Boilerplate, KindOfLine(text, layout, "What's Hot"));
        Assert.Equal(BlockKind.Boilerplate, KindOfLine(text, layout, "Please wait..."));
        Assert.Equal(BlockKind.Boilerplate, KindOfLine(text, layout, "Twitter Telegram LinkedIn Facebook Email"));
        Assert.Equal(BlockKind.Boilerplate, KindOfLine(text, layout, "Related Posts"));
        Assert.Equal(BlockKind.Boilerplate, KindOfLine(text, layout, "Comments are closed."));
        Assert.Equal(BlockKind.Boilerplate, KindOfLine(text, layout, "Belarus China"));
        Assert.Equal(BlockKind.Boilerplate, LineContaining(text, layout, "is a freelance journalist"));
        Assert.Equal(BlockKind.Boilerplate, LineContaining(text, layout, "conducts interviews with prominent"));
        Assert.Equal(BlockKind.Boilerplate, LineContaining(text, layout, "Home»Analysis»"));
        Assert.Equal(BlockKind.Body, KindOfLine(text, layout, "Originally published by CGTN."));
    }

    [Fact]
    public void Seed_001_repeated_headline_captions_and_trailing_teaser_are_boilerplate()
    {
        string text = Seeds.Text(Seeds.S001);
        DocumentLayout layout = AnalyzedDocument.Analyze(text).Layout;
        var blocks = layout.Blocks;
        var headlineCopies = blocks.Where(b => text[b.Span.Start..b.Span.End].StartsWith("China and Belarus conduct", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, headlineCopies.Count);
        Assert.Equal(BlockKind.Headline, headlineCopies[0].Kind);
        Assert.Equal(BlockKind.Boilerplate, headlineCopies[1].Kind);
        Assert.All(blocks.Where(b => text[b.Span.Start..b.Span.End].StartsWith("Chinese troops are shown", StringComparison.Ordinal)), b => Assert.Equal(BlockKind.Boilerplate, b.Kind));
        Assert.Equal(BlockKind.Boilerplate, LineContaining(text, layout, "The Augsburg District Attorney"));
        Assert.Equal(BlockKind.Body, LineContaining(text, layout, "China and Belarus announced they were holding"));
        Assert.Equal(2, layout.Body.Count);
    }

    // ---- Named cases of the issue, on made-up pages ------------------------------------------------

    [Fact]
    public void Navigation_menu_before_the_article_is_boilerplate()
    {
        string page = Page(
            "Skip to content",
            "• HOME",
            "• WORLD NEWS",
            "• POLITICS",
            "• CONTACT US",
            "",
            "Council expands bus network to northern suburbs",
            "",
            P1, "", P2, "", P3);
        DocumentLayout layout = AnalyzedDocument.Analyze(page).Layout;
        Assert.Equal(BlockKind.Boilerplate, KindOfLine(page, layout, "Skip to content"));
        Assert.Equal(BlockKind.Boilerplate, KindOfLine(page, layout, "• WORLD NEWS"));
        Assert.Equal("Council expands bus network to northern suburbs", Slice(page, layout.Headline));
        AssertBody(page, layout, P1, P2, P3);
    }

    [Fact]
    public void Related_teasers_comments_newsletter_and_footer_after_the_article_are_boilerplate()
    {
        const string teaser = "A long-awaited bridge over the river finally opened on Monday after six years of construction, the mayor said, and traffic is expected to ease within weeks.";
        const string comment = "I have taken that bus for ten years and I can tell you that the new routes are long overdue, but the council should also fix the timetable on weekends.";
        string page = Page(
            "Council expands bus network to northern suburbs",
            "By Jane Doe",
            "March 3, 2024",
            "",
            P1, "", P2, "", P3,
            "",
            "Share. Facebook Twitter WhatsApp Email",
            "Related Posts",
            "New bridge opens to traffic",
            "March 2, 2024",
            teaser,
            "Comments",
            comment,
            "Sign up for our newsletter",
            "Enter your email address",
            "© 2024 The Daily Example. All rights reserved.");
        DocumentLayout layout = AnalyzedDocument.Analyze(page).Layout;
        AssertBody(page, layout, P1, P2, P3);
        Assert.Equal("By Jane Doe", Slice(page, layout.Byline));
        Assert.Equal("March 3, 2024", Slice(page, layout.Dateline));
        foreach (string line in new[] { "Share. Facebook Twitter WhatsApp Email", "Related Posts", "New bridge opens to traffic", "March 2, 2024", teaser, "Comments", comment, "Sign up for our newsletter", "© 2024 The Daily Example. All rights reserved." })
        {
            Assert.Equal(BlockKind.Boilerplate, KindOfLine(page, layout, line));
        }
    }

    [Fact]
    public void Read_also_heading_ends_the_article_and_its_teaser_is_boilerplate()
    {
        const string teaser = "Prosecutors are investigating several officers of a regional police force over allegations that they mistreated detainees, a spokesman for the prosecutors said.";
        string page = Page(P1, "", P2, "", P3, "", "Read also:", "", "Police officers under investigation", "", teaser);
        DocumentLayout layout = AnalyzedDocument.Analyze(page).Layout;
        AssertBody(page, layout, P1, P2, P3);
        Assert.Equal(BlockKind.Boilerplate, KindOfLine(page, layout, teaser));
        Assert.Equal(BlockKind.Boilerplate, KindOfLine(page, layout, "Read also:"));
    }

    [Fact]
    public void Author_bio_after_previous_next_article_links_is_boilerplate()
    {
        const string bio = "Jane Doe is a freelance journalist based in Lisbon who has written about transport and urban planning for a number of European newspapers since 2010.";
        string page = Page(P1, "", P2, "", P3, "", "Previous ArticleWhy the Tram Line Was Cancelled", "Next Article Taxi Drivers Plan Strike", "Jane Doe", "• Website", "• Twitter", "", bio);
        DocumentLayout layout = AnalyzedDocument.Analyze(page).Layout;
        AssertBody(page, layout, P1, P2, P3);
        Assert.Equal(BlockKind.Boilerplate, KindOfLine(page, layout, bio));
        Assert.Equal(BlockKind.Boilerplate, KindOfLine(page, layout, "Previous ArticleWhy the Tram Line Was Cancelled"));
    }

    [Fact]
    public void Repeated_headline_and_truncated_captions_are_boilerplate_and_the_first_copy_is_the_headline()
    {
        const string headline = "Council expands bus network to northern suburbs";
        const string caption = "Passengers are seen boarding one of the new buses at the";
        string page = Page(headline, "", headline, "Zoom", "", P1, "", caption, caption, "", P2, "", P3);
        DocumentLayout layout = AnalyzedDocument.Analyze(page).Layout;
        Assert.Equal(new TextSpan(0, headline.Length), layout.Headline);
        Assert.Equal(BlockKind.Boilerplate, layout.Blocks[1].Kind);
        Assert.Equal(BlockKind.Boilerplate, layout.Blocks[2].Kind);
        Assert.Equal(BlockKind.Boilerplate, KindOfLine(page, layout, caption));
        AssertBody(page, layout, P1, P2, P3);
    }

    [Fact]
    public void Sentences_that_start_like_boilerplate_phrases_stay_text()
    {
        const string share = "Share prices fell.";
        const string photo = "Photo radar will be installed.";
        string page = Page(P1, share, photo, P2, "Comments from residents were mostly positive.", "Home, sweet home, one of them said.", P3);
        DocumentLayout layout = AnalyzedDocument.Analyze(page).Layout;
        Assert.All(layout.Blocks, b => Assert.Equal(BlockKind.Body, b.Kind));
    }

    [Fact]
    public void Subheadings_and_list_items_inside_the_article_stay_text()
    {
        string page = Page(P1, "", "What happens next", "", P2, "Eligible passengers include:", "— Students under 25", "— Residents aged over 65", "— Unemployed people", P3);
        DocumentLayout layout = AnalyzedDocument.Analyze(page).Layout;
        Assert.All(layout.Blocks, b => Assert.Equal(BlockKind.Body, b.Kind));
    }

    [Fact]
    public void Plain_article_text_is_all_content_and_a_first_title_line_is_the_headline()
    {
        string page = Page("Council expands bus network", P1, P2, P3);
        DocumentLayout layout = AnalyzedDocument.Analyze(page).Layout;
        Assert.Equal("Council expands bus network", Slice(page, layout.Headline));
        Assert.All(layout.Blocks.Skip(1), b => Assert.Equal(BlockKind.Body, b.Kind));
        Assert.Single(layout.Body);
    }

    [Fact]
    public void A_source_url_line_is_boilerplate_and_every_paragraph_stays_content()
    {
        string page = Page("https://www.example.com/news/2024/07/council-expands-bus-network", "", P1, "", P2, "", "Reuters", "", P3);
        DocumentLayout layout = AnalyzedDocument.Analyze(page).Layout;
        Assert.Equal(BlockKind.Boilerplate, layout.Blocks[0].Kind);
        AssertBody(page, layout, P1, P2, P3);
        Assert.True(layout.IsContent(new TextSpan(page.IndexOf("Reuters", StringComparison.Ordinal), 7)));
    }

    [Fact]
    public void Text_without_prose_is_kept_as_body_except_lines_that_are_boilerplate_alone()
    {
        DocumentLayout one = AnalyzedDocument.Analyze("He arrived on Monday.").Layout;
        Assert.Equal(BlockKind.Body, one.Blocks[0].Kind);

        string page = Page("The talks ended on Friday.", "Both sides will meet again in May.", "Share", "Facebook");
        DocumentLayout layout = AnalyzedDocument.Analyze(page).Layout;
        Assert.Equal([BlockKind.Body, BlockKind.Body, BlockKind.Boilerplate, BlockKind.Boilerplate], layout.Blocks.Select(b => b.Kind));

        Assert.Empty(AnalyzedDocument.Analyze("").Layout.Blocks);
        Assert.Empty(AnalyzedDocument.Analyze(" \n\n \r\n").Layout.Body);
    }

    [Fact]
    public void Text_in_another_language_is_judged_without_english_stop_words()
    {
        const string de1 = "Der Stadtrat hat am Dienstag beschlossen, das Busnetz zu erweitern und vier neue Linien einzurichten, die die nördlichen Vororte mit dem Krankenhaus verbinden.";
        const string de2 = "Nach Angaben der Verwaltung kostet der Plan rund zwölf Millionen Euro über drei Jahre, wobei der größte Teil aus einem regionalen Verkehrsfonds stammen soll.";
        const string de3 = "Kritiker bemängelten, dass der Rat die Bedürfnisse der Radfahrer ignoriert habe, und eine Gruppe von Anwohnern kündigte an, vor Gericht zu ziehen.";
        string page = Page("Startseite", "Stadtrat erweitert das Busnetz", "", de1, "", de2, "", de3, "", "Facebook Twitter WhatsApp E-Mail");
        DocumentLayout layout = AnalyzedDocument.Analyze(page).Layout;
        AssertBody(page, layout, de1, de2, de3);
        Assert.Equal(BlockKind.Boilerplate, KindOfLine(page, layout, "Facebook Twitter WhatsApp E-Mail"));
    }

    [Fact]
    public void Spanish_article_under_an_english_menu_is_body()
    {
        const string es1 = "El consejo municipal aprobó el martes la ampliación de la red de autobuses, con cuatro nuevas líneas que unirán los barrios del norte con el hospital y la universidad.";
        const string es2 = "Según el ayuntamiento, el plan costará unos doce millones de euros en tres años y la mayor parte del dinero saldrá de un fondo regional de transporte.";
        const string es3 = "Los críticos afirman que el consejo ha ignorado a los ciclistas, y un grupo de vecinos anunció que recurrirá la decisión ante los tribunales.";
        string page = Page("Skip to content", "Home", "World News", "Sign In or Register", "", "El ayuntamiento amplía la red de autobuses", "", es1, "", es2, "", es3, "", "Share. Facebook Twitter WhatsApp", "Related Posts", "Top Headlines");
        DocumentLayout layout = AnalyzedDocument.Analyze(page).Layout;
        AssertBody(page, layout, es1, es2, es3);
        Assert.Equal("El ayuntamiento amplía la red de autobuses", Slice(page, layout.Headline));
        Assert.Equal(BlockKind.Boilerplate, KindOfLine(page, layout, "World News"));
        Assert.Equal(BlockKind.Boilerplate, KindOfLine(page, layout, "Share. Facebook Twitter WhatsApp"));
    }

    // ---- Data files ---------------------------------------------------------------------------------

    [Fact]
    public void Data_files_load_and_phrases_are_normalised_like_lines()
    {
        BoilerplateLexicon lex = BoilerplateLexicon.Instance;
        Assert.True(lex.PhraseCount > 300);
        Assert.True(lex.SocialCount > 40);
        Assert.True(lex.StopWordCount > 150);
        Assert.True(lex.IsStopWord(BoilerplateLexicon.WordHash("THE")));
        Assert.False(lex.IsStopWord(BoilerplateLexicon.WordHash("council")));
        Assert.True(lex.IsSocial2(BoilerplateLexicon.PhraseHash("LinkedIn", out int w)));
        Assert.Equal(2, w);
        Assert.True((lex.PhraseAt(BoilerplateLexicon.PhraseHash("RELATED POSTS:", out _)) & PhraseKind.Heading) != 0);
        Assert.True((lex.PhraseAt(BoilerplateLexicon.PhraseHash("What’s Hot", out _)) & PhraseKind.Heading) != 0);
        Assert.True((lex.PhraseAt(BoilerplateLexicon.PhraseHash("Previous Article", out _)) & PhraseKind.End) != 0);
        Assert.True((lex.PhraseAt(BoilerplateLexicon.PhraseHash("Please wait...", out _)) & PhraseKind.Line) != 0);
        Assert.Equal(PhraseKind.None, lex.PhraseAt(BoilerplateLexicon.PhraseHash("The council voted", out _)));
        Assert.Equal(PhraseKind.Prefix, lex.PhraseAt(BoilerplateLexicon.PhraseHash("Skip to", out _)));
        Assert.True((lex.WordAt(BoilerplateLexicon.WordHash("July")) & WordFlags.Date) != 0);
        Assert.True((lex.WordAt(BoilerplateLexicon.WordHash("Telegram")) & WordFlags.Social) != 0);
    }

    [Fact]
    public void Word_scanner_splits_glued_words_and_keeps_apostrophes()
    {
        const string s = "Nikola MikovicBy Nikola MikovicMarch 1, 2023Updated:March No Comments4 China’s";
        var words = new List<string>();
        var scanner = new WordScanner(s);
        while (scanner.Next(out int a, out int b))
        {
            words.Add(s[a..b]);
        }

        Assert.Equal(["Nikola", "Mikovic", "By", "Nikola", "Mikovic", "March", "1", "2023", "Updated", "March", "No", "Comments", "4", "China’s"], words);
    }

    // ---- Clean corpora --------------------------------------------------------------------------------

    [Fact]
    public void Tempeval_platinum_texts_are_at_least_99_percent_content()
    {
        string? bench = Seeds.SharedBenchmarks;
        if (bench is null)
        {
            return;
        }

        (double ratio, int docs) = ContentRatio(Path.Combine(bench, "tempeval3", "te3-platinum"));
        Assert.True(docs >= 10);
        Assert.True(ratio >= 0.99, $"content ratio {ratio:F4}");
    }

    [Theory]
    [InlineData("polnear-test/docs")]
    [InlineData("worldwide-newswire/docs")]
    [InlineData("giveme5w1h")]
    [InlineData("ieer-nist1999/docs")]
    public void Clean_article_corpora_are_at_least_95_percent_content(string corpus)
    {
        string? bench = Seeds.SharedBenchmarks;
        if (bench is null)
        {
            return;
        }

        (double ratio, int docs) = ContentRatio(Path.Combine(bench, corpus));
        Assert.True(docs >= 10);
        Assert.True(ratio >= 0.95, $"{corpus}: content ratio {ratio:F4}");
    }

    // ---- Robustness and cost ------------------------------------------------------------------------

    [Fact]
    public void Any_text_gets_blocks_that_cover_its_lines_in_order()
    {
        FsCheck.Check.QuickThrowOnFailure(FsCheck.Fluent.Prop.ForAll<string>(s =>
        {
            string text = s ?? "";
            var doc = AnalyzedDocument.Analyze(text);
            var blocks = doc.Layout.Blocks;
            int b = 0;
            foreach (TextSpan line in doc.Lines)
            {
                while (b < blocks.Count && blocks[b].Span.End <= line.Start)
                {
                    b++;
                }

                // Every line lies in one block; a block starts at a line start and ends at a line end.
                if (b == blocks.Count || !blocks[b].Span.Contains(line))
                {
                    return false;
                }
            }

            return blocks.All(x => doc.Lines.Any(l => l.Start == x.Span.Start) && doc.Lines.Any(l => l.End == x.Span.End))
                && blocks.Zip(blocks.Skip(1)).All(p => p.First.Span.End <= p.Second.Span.Start);
        }));
    }

    [Fact]
    public void Hard_wrapped_plain_text_is_judged_by_paragraphs_and_is_all_content()
    {
        string page = Page("Council expands bus network", "", Wrap(P1 + " " + P2, 60), "", Wrap(P3, 60), "", Wrap(P2, 60));
        DocumentLayout layout = AnalyzedDocument.Analyze(page).Layout;
        Assert.Equal(4, layout.Blocks.Count);
        Assert.Equal("Council expands bus network", Slice(page, layout.Headline));
        Assert.All(layout.Blocks.Skip(1), b => Assert.Equal(BlockKind.Body, b.Kind));

        static string Wrap(string paragraph, int width)
        {
            var sb = new StringBuilder();
            int column = 0;
            foreach (string word in paragraph.Split(' '))
            {
                if (column > 0 && column + 1 + word.Length > width)
                {
                    sb.Append('\n');
                    column = 0;
                }
                else if (column > 0)
                {
                    sb.Append(' ');
                    column++;
                }

                sb.Append(word);
                column += word.Length;
            }

            return sb.ToString();
        }
    }

    [Fact]
    public void Pathological_pages_stay_linear()
    {
        var sb = new StringBuilder();
        string seed = Seeds.Text(Seeds.S004);
        while (sb.Length < 4_000_000)
        {
            sb.Append(seed).Append('\n');
        }

        Time(sb.ToString());
        Time(new string('"', 100_000));
        Time(string.Concat(Enumerable.Repeat("12.5, -- 3/4 ... 77 | » ", 40_000)));
        Time(string.Concat(Enumerable.Repeat("•\n", 200_000)));
        Time(string.Concat(Enumerable.Repeat("Share\nRead also:\nMarch 1, 2023\n", 50_000)));

        static void Time(string text)
        {
            List<TextSpan> lines = SplitLines(text);
            var sw = Stopwatch.StartNew();
            DocumentLayout layout = BodyDetector.Detect(text, lines, lines);
            sw.Stop();
            Assert.InRange(layout.Blocks.Count, 1, lines.Count);
            Assert.True(sw.ElapsedMilliseconds < 4000, $"{text.Length} chars took {sw.ElapsedMilliseconds} ms");
        }
    }

    // ---- Helpers ----------------------------------------------------------------------------------------

    private static JsonDocument Gold(string seed) =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(Seeds.RepositoryRoot, "seeds", seed + ".gold.json")));

    private static (double Precision, double Recall) BodyPrecisionRecall(string text, DocumentLayout layout, JsonElement gold)
    {
        var inGold = new bool[text.Length];
        foreach (JsonElement s in gold.GetProperty("body").EnumerateArray())
        {
            for (int i = s.GetProperty("start").GetInt32(); i < s.GetProperty("end").GetInt32(); i++)
            {
                inGold[i] = true;
            }
        }

        var inBody = new bool[text.Length];
        foreach (LayoutBlock b in layout.Blocks)
        {
            if (b.Kind == BlockKind.Body)
            {
                for (int i = b.Span.Start; i < b.Span.End; i++)
                {
                    inBody[i] = true;
                }
            }
        }

        long tp = 0, fp = 0, fn = 0;
        for (int i = 0; i < text.Length; i++)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                continue;
            }

            if (inBody[i] && inGold[i])
            {
                tp++;
            }
            else if (inBody[i])
            {
                fp++;
            }
            else if (inGold[i])
            {
                fn++;
            }
        }

        return ((double)tp / Math.Max(1, tp + fp), (double)tp / Math.Max(1, tp + fn));
    }

    private static (double Ratio, int Docs) ContentRatio(string folder)
    {
        long total = 0, content = 0;
        int docs = 0;
        foreach (string file in Directory.GetFiles(folder, "*.txt"))
        {
            string text = File.ReadAllText(file);
            foreach (LayoutBlock b in AnalyzedDocument.Analyze(text).Layout.Blocks)
            {
                int chars = 0;
                for (int i = b.Span.Start; i < b.Span.End; i++)
                {
                    if (!char.IsWhiteSpace(text[i]))
                    {
                        chars++;
                    }
                }

                total += chars;
                if (b.Kind != BlockKind.Boilerplate)
                {
                    content += chars;
                }
            }

            docs++;
        }

        return ((double)content / Math.Max(1, total), docs);
    }

    private static string Page(params string[] lines) => string.Join("\n", lines);

    private static string Slice(string text, TextSpan? span) => span is { } s ? text[s.Start..s.End] : "(none)";

    private static BlockKind KindOfLine(string text, DocumentLayout layout, string line)
    {
        LayoutBlock block = layout.Blocks.First(b => text.AsSpan(b.Span.Start, b.Span.Length).SequenceEqual(line));
        return block.Kind;
    }

    private static BlockKind LineContaining(string text, DocumentLayout layout, string part)
    {
        LayoutBlock block = layout.Blocks.First(b => text.AsSpan(b.Span.Start, b.Span.Length).Contains(part, StringComparison.Ordinal));
        return block.Kind;
    }

    private static void AssertBody(string text, DocumentLayout layout, params string[] paragraphs)
    {
        foreach (string p in paragraphs)
        {
            Assert.Equal(BlockKind.Body, KindOfLine(text, layout, p));
        }
    }

    private static List<TextSpan> SplitLines(string text)
    {
        var lines = new List<TextSpan>();
        int start = 0;
        for (int i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || text[i] == '\n')
            {
                if (i > start)
                {
                    lines.Add(TextSpan.FromBounds(start, i));
                }

                start = i + 1;
            }
        }

        return lines;
    }
}
