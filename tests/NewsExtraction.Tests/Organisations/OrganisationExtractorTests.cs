using System.Text.Json;
using static NewsExtraction.Tests.Organisations.OrganisationAssert;
using NewsExtraction.Organisations;

namespace NewsExtraction.Tests.Organisations;

public sealed class OrganisationExtractorTests
{
    private static OrganisationMention Single(string text, string name)
    {
        List<OrganisationMention> found = Find(text).Where(m => m.Text == name).ToList();
        Assert.True(found.Count == 1, $"expected one mention '{name}' in: {text}\nfound: {string.Join(" | ", Find(text).Select(m => m.Text))}");
        return found[0];
    }

    // ---- Data files -------------------------------------------------------------------------

    [Fact]
    public void Data_files_load()
    {
        OrganisationLexicon lex = OrganisationLexicon.Instance;
        Assert.True(lex.Organisations.Count > 500, $"gazetteer has {lex.Organisations.Count} names");
        Assert.True(lex.Places.Count > 500);
        Assert.True(lex.Demonyms.Count > 150);
        Assert.True(lex.Heads.Count > 100);
        Assert.True(lex.NonOrganisationWords.Count > 300);
        Assert.True(lex.FirstNames.Count > 200);
        Assert.True(lex.Heads.TryGetToken("Ministry", out HeadWord ministry));
        Assert.Equal(OrganisationType.Government, ministry.Type);
        Assert.True(lex.Organisations.TryGetToken("NATO", out GazetteerEntry? nato));
        Assert.Equal("North Atlantic Treaty Organization", nato!.LongForm);
        Assert.True(nato.IsAcronym);
    }

    [Fact]
    public void Extractor_has_its_name_and_no_dependencies()
    {
        var e = new OrganisationExtractor();
        Assert.Equal("organisations", e.Name);
        Assert.Empty(e.DependsOn);
        Assert.True(new ExtractionPipelineBuilder().UseOrganisations().Contains("organisations"));
    }

    // ---- Acronym definitions ----------------------------------------------------------------

    [Fact]
    public void Long_form_then_acronym_links_every_later_acronym()
    {
        const string text = "Belarus joined the Shanghai Cooperation Organization (SCO) on Thursday. Founded in 2001, the SCO initially focused on terrorism.";
        List<OrganisationMention> found = Find(text);
        Assert.Equal(["Shanghai Cooperation Organization", "SCO", "SCO"], found.Select(m => m.Text));
        Assert.All(found, m => Assert.Equal("Shanghai Cooperation Organization", m.Canonical));
        Assert.All(found, m => Assert.Equal("SCO", m.Acronym));
        Assert.Equal(OrganisationType.Intergovernmental, found[0].Type);
    }

    [Fact]
    public void Acronym_then_long_form_in_parentheses()
    {
        const string text = "Leaders met at the SCO (Shanghai Cooperation Organization) summit. The SCO said it would expand.";
        List<OrganisationMention> found = Find(text);
        Assert.Equal(["SCO", "Shanghai Cooperation Organization", "SCO"], found.Select(m => m.Text));
        Assert.All(found, m => Assert.Equal("Shanghai Cooperation Organization", m.Canonical));
        Assert.All(found, m => Assert.Equal("SCO", m.Acronym));
    }

    [Fact]
    public void Nato_definition_from_the_seed_links_later_mentions()
    {
        const string text = "Beijing. China yesterday spoke out against the advance of the North Atlantic Treaty Organization (NATO) towards the Asia-Pacific region.\n\nChina accused NATO of incite confrontation.";
        List<OrganisationMention> found = Find(text);
        Assert.Equal(["North Atlantic Treaty Organization", "NATO", "NATO"], found.Select(m => m.Text));
        Assert.All(found, m => Assert.Equal("North Atlantic Treaty Organization", m.Canonical));
        Assert.All(found, m => Assert.Equal("NATO", m.Acronym));
    }

    [Fact]
    public void Undefined_well_known_acronym_keeps_its_text_as_canonical()
    {
        const string text = "China and Belarus held drills near Poland, a NATO and EU member.";
        OrganisationMention nato = Single(text, "NATO");
        Assert.Equal("NATO", nato.Canonical);
        Assert.Equal("NATO", nato.Acronym);
        Assert.Equal("North Atlantic Treaty Organization", nato.KnownLongForm);
        OrganisationMention eu = Single(text, "EU");
        Assert.Equal("EU", eu.Canonical);
        Assert.Equal("European Union", eu.KnownLongForm);
        Assert.Equal(OrganisationType.Intergovernmental, eu.Type);
    }

    [Fact]
    public void Alias_table_lists_defined_acronyms()
    {
        ExtractionResult r = WholePage.Extract("The Shanghai Cooperation Organization (SCO) met. NATO did not.");
        Assert.Contains(new OrganisationAlias("SCO", "Shanghai Cooperation Organization"), r.OrganisationAliases);
        Assert.DoesNotContain(r.OrganisationAliases, a => a.Acronym == "NATO");
    }

    [Fact]
    public void Definition_of_an_unknown_organisation_is_found()
    {
        const string text = "The petition came from Mr Okello, whose organisation Sexual Minorities Uganda (SMUG) funds legal aid. SMUG vowed to keep fighting.";
        List<OrganisationMention> found = Find(text);
        Assert.Contains(found, m => m.Text == "Sexual Minorities Uganda");
        Assert.Equal(2, found.Count(m => m.Text == "SMUG" && m.Canonical == "Sexual Minorities Uganda"));
    }

    [Fact]
    public void Definition_of_a_law_is_not_an_organisation()
    {
        Assert.Empty(Find("Police invoked the Unlawful Activities Prevention Act (UAPA) against him."));
    }

    // ---- Government bodies ------------------------------------------------------------------

    [Fact]
    public void Owned_ministries_keep_the_owner_outside_the_span()
    {
        const string text = "According to Belarus' Ministry of Defense, troops arrived. In a statement issued on Sunday, China's Ministry of Defense shed light on the drills.";
        List<OrganisationMention> found = Find(text);
        Assert.Equal(2, found.Count);
        Assert.All(found, m => Assert.Equal("Ministry of Defense", m.Text));
        Assert.Equal("Belarus", found[0].Owner);
        Assert.Equal("China", found[1].Owner);
        Assert.Equal("Belarus", text[found[0].OwnerSpan!.Value.Start..found[0].OwnerSpan!.Value.End]);
        Assert.Equal("China", text[found[1].OwnerSpan!.Value.Start..found[1].OwnerSpan!.Value.End]);
        Assert.All(found, m => Assert.Equal(OrganisationType.Government, m.Type));
    }

    [Fact]
    public void Curly_apostrophe_owner()
    {
        OrganisationMention m = Single("Belarus’ Ministry of Defense said troops from China’s People’s Liberation Army arrived.", "Ministry of Defense");
        Assert.Equal("Belarus", m.Owner);
        OrganisationMention pla = Single("Belarus’ Ministry of Defense said troops from China’s People’s Liberation Army arrived.", "People’s Liberation Army");
        Assert.Equal(OrganisationType.Military, pla.Type);
        Assert.Equal("China", pla.Owner);
    }

    [Theory]
    [InlineData("Chinese Foreign Ministry spokesman Lin Jian said: We firmly oppose it.", "Chinese Foreign Ministry")]
    [InlineData("The Polish Ministry of Defense criticized the timing of the exercises.", "Polish Ministry of Defense")]
    [InlineData("According to the Chinese Ministry of Defense, the exercises began on Monday.", "Chinese Ministry of Defense")]
    [InlineData("Polish the Ministry of Defense criticized the timing of the exercises.", "Ministry of Defense")]
    [InlineData("Sanctions on Moscow were never imposed by the United Nations Security Council, but by Western countries.", "United Nations Security Council")]
    public void Government_bodies(string text, string expected)
    {
        Assert.Equal([expected], Texts(text));
    }

    [Fact]
    public void Committee_with_complement_stops_before_the_person()
    {
        const string text = "There are 35 projects, according to Chairman of the State Committee for Science and Technology Sergei Shlychkov.";
        Assert.Equal(["State Committee for Science and Technology"], Texts(text));
    }

    [Fact]
    public void Lowercase_ministry_is_a_mention_only_when_owned()
    {
        OrganisationMention m = Single("Russia's foreign ministry said the talks had failed.", "foreign ministry");
        Assert.Equal("Russia", m.Owner);
        Assert.Equal(OrganisationType.Government, m.Type);
        Assert.Empty(Find("The foreign ministry said the talks had failed."));
    }

    // ---- Armed forces and alliances ---------------------------------------------------------

    [Fact]
    public void Armed_forces_and_alliances()
    {
        const string text = "Troops from China's formidable People's Liberation Army arrived. Poland is a member of both NATO and the European Union. He urged the Atlantic alliance to contribute.";
        Assert.Equal(["People's Liberation Army", "NATO", "European Union"], Texts(text));
    }

    [Fact]
    public void Nato_and_eu_in_a_seed_sentence()
    {
        const string text = "NATO and the EU have long accused Belarus of weaponizing the border.";
        Assert.Equal(["NATO", "EU"], Texts(text));
    }

    // ---- Media and think tanks --------------------------------------------------------------

    [Theory]
    [InlineData("CNN has reached out to NATO for comment.", new[] { "CNN", "NATO" })]
    [InlineData("AFP and Sputnik\n\nThe newspaper La Jornada\nThursday, July 11, 2024", new[] { "AFP", "Sputnik", "La Jornada" })]
    [InlineData("Originally published by CGTN.", new[] { "CGTN" })]
    [InlineData("He writes for several publications such as Diplomatic Courier, Asia Times, CGTN, among others.", new[] { "Diplomatic Courier", "Asia Times", "CGTN" })]
    [InlineData("\u201cIt\u2019s much more about a political message,\u201d an expert at the Stimson Center think tank in Washington told AFP.", new[] { "Stimson Center", "AFP" })]
    public void Media_and_think_tanks(string text, string[] expected)
    {
        Assert.Equal(expected, Texts(text));
    }

    [Fact]
    public void Institute_of_the_European_Union_is_one_mention()
    {
        const string text = "Analyst at the Security Research Institute of the European Union by Alice Ekman according to which it was an indication.";
        List<OrganisationMention> found = Find(text);
        Assert.Single(found);
        Assert.Equal("Security Research Institute of the European Union", found[0].Text);
    }

    // ---- Companies --------------------------------------------------------------------------

    [Fact]
    public void Well_known_companies()
    {
        const string text = "Boeing and Airbus both sell jets to Emirates, which flies them worldwide.";
        List<OrganisationMention> found = Find(text);
        Assert.Equal(["Boeing", "Airbus", "Emirates"], found.Select(m => m.Text));
        Assert.All(found, m => Assert.Equal(OrganisationType.Company, m.Type));
    }

    [Theory]
    [InlineData("Shares of Zanthor Inc. rose 5% on Tuesday.", "Zanthor Inc.")]
    [InlineData("Shares of Zanthor Inc rose 5% on Tuesday.", "Zanthor Inc")]
    [InlineData("The contract went to Brightwell Mining Corp. last week.", "Brightwell Mining Corp.")]
    [InlineData("The contract went to Kelvar Holdings Ltd in March.", "Kelvar Holdings Ltd")]
    [InlineData("The deal was approved by Ortley plc on Friday.", "Ortley plc")]
    [InlineData("The deal was approved by the Marsden Group on Friday.", "Marsden Group")]
    [InlineData("It was advised by Hollis, Brand & Co. in London.", "Brand & Co.")]
    [InlineData("The figures were published by Dornier Analytics Ltd.", "Dornier Analytics Ltd")]
    public void Company_legal_forms(string text, string expected)
    {
        Assert.Contains(expected, Texts(text));
    }

    [Fact]
    public void Social_network_menu_labels_are_organisations()
    {
        const string text = "Share\nTwitter Telegram LinkedIn Facebook Email\n";
        Assert.Equal(["Twitter", "Telegram", "LinkedIn", "Facebook"], Texts(text));
    }

    // ---- Not organisations ------------------------------------------------------------------

    [Theory]
    [InlineData("China announced on Monday that it would hold drills.")]
    [InlineData("Moscow warned that the decisions would aggravate the situation in Ukraine.")]
    [InlineData("Chinese troops are shown arriving in Belarus in this photo.")]
    [InlineData("Ukrainian President Volodymyr Zelensky is visiting Poland in July.")]
    [InlineData("Russian Foreign Minister Sergey Lavrov said the United States is involved.")]
    [InlineData("The COVID-19 pandemic broke out and the CEO resigned after World War II ended.")]
    [InlineData("Escalating Tensions: China and Belarus Stage Joint Drills at the Border")]
    [InlineData("Washington, D.C. and Warsaw hosted the talks on Monday.")]
    [InlineData("He urged the Atlantic alliance to make a real contribution to global peace.")]
    [InlineData("However, analysts believe that China has not chosen the time by chance.")]
    [InlineData("Once a Great Power, Russia is Now Dependent on Iranian Weapons")]
    public void Not_organisations(string text)
    {
        Assert.Empty(Find(text));
    }

    [Fact]
    public void Coordinated_name_before_a_head_is_kept_but_two_names_are_not_joined()
    {
        Assert.Equal(["Truth and Reconciliation Commission"], Texts("He testified before the Truth and Reconciliation Commission last year."));
        Assert.Equal(["NATO", "European Union"], Texts("Poland is a member of NATO and European Union bodies."));
    }

    [Theory]
    [InlineData("The NATO-led mission ended in 2021.", "NATO")]
    [InlineData("Critics accuse the Bharatiya Janata Party-led state government of bias.", "Bharatiya Janata Party")]
    [InlineData("The summit was organised by the Government of Gujarat last year.", "Government of Gujarat")]
    [InlineData("The Intelligence ministry gave no figure for the arrests.", "Intelligence ministry")]
    [InlineData("Speakers at the symposium praised the plan, reports Al-Rai daily.", "Al-Rai")]
    [InlineData("ULAANBAATAR (MONTSAME) - The chairman met the delegation on Monday.", "MONTSAME")]
    public void More_name_patterns(string text, string expected)
    {
        Assert.Equal([expected], Texts(text));
    }

    [Fact]
    public void Acronym_written_as_a_word_is_recognised()
    {
        OrganisationMention m = Single("Nato said the exercise would go ahead.", "Nato");
        Assert.Equal("North Atlantic Treaty Organization", m.KnownLongForm);
        Assert.Equal(OrganisationType.Intergovernmental, m.Type);
    }

    [Fact]
    public void Ordinal_words_do_not_block_a_definition()
    {
        const string text = "The council consulted the Liard First Nation (LFN) in June. LFN rejected the plan.";
        List<OrganisationMention> found = Find(text);
        Assert.Equal(["Liard First Nation", "LFN", "LFN"], found.Select(m => m.Text));
        Assert.All(found, m => Assert.Equal("Liard First Nation", m.Canonical));
    }

    // ---- Sports results ---------------------------------------------------------------------

    [Fact]
    public void Clubs_in_result_and_standings_lines_are_organisations_but_national_teams_are_not()
    {
        const string text = "Results of English league matches on Saturday:\nPlymouth 4 Exeter 1\nJapan 2 Syria 1\nFeyenoord 17 11 3 3 29 20 36\n";
        Assert.Equal(["Plymouth", "Exeter", "Feyenoord"], Texts(text));
    }

    [Fact]
    public void Standings_with_countries_line_ups_and_player_clubs()
    {
        const string text = "Standings after the ninth round:\nStefanel Milan ( Italy ) 9 6 3 15\nSpain ( Europe ) 9 4 5 13\nBarbarians - 15 - Tom Harwood ( England ), 14 - Ian Gately\n\nDefender Marius Pop and winger Sorin Dinu of Otelul Galati join the squad.";
        Assert.Equal(["Stefanel Milan", "Barbarians", "Otelul Galati"], Texts(text));
    }

    // ---- Context cues and propagation -------------------------------------------------------

    [Fact]
    public void Appositive_cue_finds_an_unknown_company_and_propagates_it()
    {
        const string text = "Bangladeshi e-ticketing firm Shohoz sold 2,000 tickets. Later, Shohoz said sales would resume.";
        List<OrganisationMention> found = Find(text);
        Assert.Equal(["Shohoz", "Shohoz"], found.Select(m => m.Text));
    }

    [Fact]
    public void All_caps_menu_item_gets_the_mixed_case_canonical()
    {
        const string text = "ABOUT GEOPOLITICS & EMPIRE\n\nThe podcast is great.\n\n© 2023 Geopolitics & Empire.";
        List<OrganisationMention> found = Find(text);
        Assert.Equal(["GEOPOLITICS & EMPIRE", "Geopolitics & Empire"], found.Select(m => m.Text));
        Assert.All(found, m => Assert.Equal("Geopolitics & Empire", m.Canonical));
    }

    // ---- Seeds ------------------------------------------------------------------------------

    [Fact]
    public void Seed_gold_body_mentions_are_all_found_with_exact_spans_and_canonicals()
    {
        var pipeline = new ExtractionPipelineBuilder().UseOrganisations().WithOptions(o => o with { Scope = ExtractionScope.WholePage }).Build();
        int gold = 0, exact = 0;
        var misses = new List<string>();
        foreach (string seed in Seeds.All)
        {
            string text = Seeds.Text(seed);
            List<OrganisationMention> found = pipeline.Extract(text).Organisations.ToList();
            foreach ((int start, int end, string name, string canonical) in GoldBody(seed))
            {
                gold++;
                OrganisationMention? m = found.FirstOrDefault(x => x.Span.Start == start && x.Span.End == end);
                if (m is not null && m.Canonical == canonical)
                {
                    exact++;
                }
                else
                {
                    misses.Add($"{seed}: {name} [{start},{end}) canonical {canonical}, got {m?.Canonical ?? "nothing"}");
                }
            }
        }

        Assert.True(gold > 50);
        Assert.True(misses.Count == 0, string.Join("\n", misses));
    }

    [Fact]
    public void Seed_acronyms_link_with_full_precision_and_recall()
    {
        int goldLinks = 0, found = 0, predictedLinks = 0, correct = 0;
        foreach (string seed in Seeds.All)
        {
            ExtractionResult r = WholePage.Extract(Seeds.Text(seed));
            var all = GoldAll(seed).ToList();
            foreach (OrganisationMention m in r.Organisations.Where(m => m.Acronym == m.Text && m.Canonical != m.Text))
            {
                predictedLinks++;
                if (all.Any(g => g.Start == m.Span.Start && g.End == m.Span.End && g.Canonical == m.Canonical))
                {
                    correct++;
                }
            }

            foreach ((int start, int end, string text, string canonical) in GoldBody(seed).Where(g => g.Canonical != g.Text))
            {
                goldLinks++;
                if (r.Organisations.Any(m => m.Span.Start == start && m.Span.End == end && m.Canonical == canonical && m.Acronym == text))
                {
                    found++;
                }
            }
        }

        Assert.Equal(12, goldLinks);
        Assert.Equal(goldLinks, found);
        Assert.Equal(predictedLinks, correct);
        Assert.Equal(12, predictedLinks);
    }

    [Fact]
    public void Seeds_give_almost_no_false_positives()
    {
        var falsePositives = new List<string>();
        foreach (string seed in Seeds.All)
        {
            var gold = GoldAll(seed).Select(g => (g.Start, g.End)).ToHashSet();
            foreach (OrganisationMention m in WholePage.Extract(Seeds.Text(seed)).Organisations)
            {
                if (!gold.Contains((m.Span.Start, m.Span.End)))
                {
                    falsePositives.Add($"{seed}: '{m.Text}' at {m.Span}");
                }
            }
        }

        Assert.DoesNotContain(falsePositives, f => f.StartsWith(Seeds.S000, StringComparison.Ordinal) || f.StartsWith(Seeds.S002, StringComparison.Ordinal) || f.StartsWith(Seeds.S003, StringComparison.Ordinal));
        Assert.True(falsePositives.Count <= 3, string.Join("\n", falsePositives));
    }

    [Fact]
    public void Concurrent_extraction_gives_the_same_results()
    {
        var expected = Seeds.All.ToDictionary(s => s, s => string.Join("|", Find(Seeds.Text(s)).Select(m => $"{m.Span}{m.Canonical}")));
        var results = new System.Collections.Concurrent.ConcurrentBag<(string Seed, string Result)>();
        Parallel.For(0, 40, i =>
        {
            string seed = Seeds.All[i % Seeds.All.Length];
            results.Add((seed, string.Join("|", Find(Seeds.Text(seed)).Select(m => $"{m.Span}{m.Canonical}"))));
        });
        Assert.Equal(40, results.Count);
        Assert.All(results, r => Assert.Equal(expected[r.Seed], r.Result));
    }

    [Fact]
    public void Pathological_inputs_stay_fast()
    {
        var sw = System.Diagnostics.Stopwatch.StartNew();
        // (100 000 quote marks are left out: the shared text analysis itself is slow on them.)
        string digits = string.Concat(Enumerable.Repeat("12.3, 45 (67) - ", 60_000));
        string caps = string.Concat(Enumerable.Repeat("Alpha Beta Gamma Delta Ministry of ", 20_000));
        string upper = string.Concat(Enumerable.Repeat("ABC DEF ", 50_000));
        string parens = string.Concat(Enumerable.Repeat("( ABC ) Foo Bar Baz (FBB) ", 20_000));
        foreach (string t in new[] { digits, caps, upper, parens })
        {
            _ = WholePage.Extract(t);
        }

        Assert.True(sw.Elapsed < TimeSpan.FromSeconds(30), $"took {sw.Elapsed}");
    }

    [Fact]
    public void A_page_of_tickers_and_hospital_names_stays_linear()
    {
        // 100 000 "Apple (AAPL)" tickers took 29 s when each ticker scanned every accepted name and was removed one by
        // one; with one marking pass and one compaction the whole page (3.6 MB, full pipeline) takes 2-4 s on a quiet
        // machine and up to 12 s on a loaded one. The bound is generous on purpose: it only has to catch the quadratic path.
        string tickers = string.Concat(Enumerable.Repeat("Apple (AAPL) rose. Shares rose on NYSE:ABX today. ", 50_000));
        string hospitals = string.Concat(Enumerable.Repeat("Doctors at Kings College Hospital agreed. ", 25_000));
        var sw = System.Diagnostics.Stopwatch.StartNew();
        Assert.NotEmpty(WholePage.Extract("Markets\n\n" + tickers).Organisations);
        _ = WholePage.Extract("Health\n\n" + hospitals);
        Assert.True(sw.Elapsed < TimeSpan.FromSeconds(25), $"took {sw.Elapsed}");
    }

    [Fact]
    public void Spans_always_match_the_text_property()
    {
        FsCheck.Check.QuickThrowOnFailure(FsCheck.Fluent.Prop.ForAll(
            FsCheck.Fluent.ArbMap.Default.ArbFor<string>(),
            (string s) =>
            {
                string text = "The Ministry of Defense (MoD) and NATO said " + string.Concat((s ?? string.Empty).Select(c => char.IsControl(c) || char.IsSurrogate(c) ? ' ' : c)) + " Acme Inc. and the UN.";
                foreach (OrganisationMention m in Find(text))
                {
                    if (text[m.Span.Start..m.Span.End] != m.Text || m.Canonical.Length == 0)
                    {
                        return false;
                    }
                }

                return true;
            }));
    }

    private static IEnumerable<(int Start, int End, string Text, string Canonical)> GoldAll(string seed) => Gold(seed, bodyOnly: false);

    private static IEnumerable<(int Start, int End, string Text, string Canonical)> GoldBody(string seed) => Gold(seed, bodyOnly: true);

    private static List<(int Start, int End, string Text, string Canonical)> Gold(string seed, bool bodyOnly)
    {
        string path = Path.Combine(Seeds.RepositoryRoot, "seeds", seed + ".gold.json");
        using JsonDocument doc = JsonDocument.Parse(File.ReadAllText(path));
        var list = new List<(int, int, string, string)>();
        foreach (JsonElement e in doc.RootElement.GetProperty("organisations").EnumerateArray())
        {
            if (bodyOnly && e.GetProperty("boilerplate").GetBoolean())
            {
                continue;
            }

            list.Add((e.GetProperty("start").GetInt32(), e.GetProperty("end").GetInt32(), e.GetProperty("text").GetString()!, e.GetProperty("canonical").GetString()!));
        }

        return list;
    }
}
