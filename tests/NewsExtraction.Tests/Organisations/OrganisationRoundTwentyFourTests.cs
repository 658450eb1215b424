using NewsExtraction.Organisations;
using static NewsExtraction.Tests.Organisations.OrganisationAssert;

namespace NewsExtraction.Tests.Organisations;

/// <summary>Twenty-fourth round: errors found on a seventh hand-annotated proxy of unseen news (invented sentences and names).</summary>
public sealed class OrganisationRoundTwentyFourTests
{
    [Fact]
    public void A_long_form_then_or_and_an_acronym_defines_the_acronym_in_every_mention()
    {
        const string text = "Coast patrol\n\nBoats of the KCG left the harbour at dawn. The Korean Coast Guard or KCG is the main maritime force of the north.";
        List<OrganisationMention> found = Find(text);
        Assert.All(found.Where(m => m.Text == "KCG"), m => Assert.Equal("Korean Coast Guard", m.Canonical));
        Assert.Equal(2, found.Count(m => m.Text == "KCG"));
        Assert.Contains(found, m => m.Text == "Korean Coast Guard");
    }

    [Fact]
    public void An_acronym_that_stands_for_a_long_form_is_defined_by_it()
    {
        const string text = "Rail fares\n\nFares will rise, the NRA said on Monday. NRA stands for the Northern Railway Authority, which runs the trains.";
        List<OrganisationMention> found = Find(text);
        Assert.All(found.Where(m => m.Text == "NRA"), m => Assert.Equal("Northern Railway Authority", m.Canonical));
        Assert.Contains(found, m => m.Text == "Northern Railway Authority");
    }

    [Fact]
    public void A_prose_or_before_capitals_that_do_not_spell_them_defines_nothing()
    {
        const string text = "Rail fares\n\nTickets can be bought from the Northern Railway Authority or TRX kiosks at the station.";
        Assert.DoesNotContain(Find(text), m => m.Canonical == "Northern Railway Authority" && m.Text != "Northern Railway Authority");
    }

    [Fact]
    public void An_initialism_written_with_periods_keeps_its_last_period()
    {
        // Sentence-final (the period also ends the sentence) and before a comma.
        const string text = "Jets\n\nBuyers must register with the F.T.C. Fees are modest.\nFiled with the F.T.C., the papers name nobody.\n";
        List<string> found = Texts(text);
        Assert.Equal(2, found.Count(t => t == "F.T.C."));
        Assert.DoesNotContain("F.T.C", found);
    }

    [Fact]
    public void A_company_called_a_name_is_an_organisation()
    {
        const string text = "Jets\n\nThe plane went to a shell firm called Silver Gull Aviation, which then leased it on. Later, Silver Gull Aviation declined to comment.";
        Assert.Equal(2, Texts(text).Count(t => t == "Silver Gull Aviation"));
    }

    [Fact]
    public void A_firm_called_as_a_verb_names_no_organisation()
    {
        // "called" with its own object after a definite noun phrase: the firm phoned someone.
        AssertLacks("Jets\n\nOn Friday the firm called Marta Quell Tennant to ask about the lease.", "Marta Quell Tennant");
    }

    [Fact]
    public void A_capital_the_after_a_comma_inside_a_sentence_belongs_to_a_newspaper()
    {
        AssertHas("Ferries\n\nA second ferry was spotted near the pier, The Daily Lantern reports.", "The Daily Lantern");
    }

    [Fact]
    public void A_name_also_written_after_a_nationality_takes_the_longer_name()
    {
        const string text = "Floods\n\nVolunteers from the Danish Red Cross set up tents by the river. The Red Cross said more blankets were needed.";
        OrganisationMention shortForm = Find(text).Single(m => m.Text == "Red Cross");
        Assert.Equal("Danish Red Cross", shortForm.Canonical);
    }

    [Fact]
    public void A_name_also_written_after_a_known_body_takes_the_longer_name()
    {
        const string text = "Sanctions\n\nThe United Nations Security Council met on Monday. Later the Security Council issued a short note.";
        OrganisationMention shortForm = Find(text).Single(m => m.Text == "Security Council");
        Assert.Equal("United Nations Security Council", shortForm.Canonical);
    }

    [Fact]
    public void A_name_after_two_different_nationalities_keeps_its_text()
    {
        const string text = "Floods\n\nThe Danish Red Cross and the Swedish Red Cross sent teams. The Red Cross said more blankets were needed.";
        OrganisationMention shortForm = Find(text).Single(m => m.Text == "Red Cross");
        Assert.Equal("Red Cross", shortForm.Canonical);
    }

    [Fact]
    public void Known_film_studios_and_networks_are_organisations()
    {
        const string text = "Film\n\nMiramax and Harbor Light Company both bid for the script. The drama later aired on Showtime for three seasons.";
        List<string> found = Texts(text);
        Assert.Contains("Miramax", found);
        Assert.Contains("Showtime", found);
    }

    [Fact]
    public void A_name_that_a_copula_classes_as_firms_is_an_organisation_in_every_mention()
    {
        const string text = "Offshore\n\nOrtley, based in Jersey, is one of the largest offshore law firms. Clients of Ortley included two banks.";
        Assert.Equal(2, Texts(text).Count(t => t == "Ortley"));
    }

    [Fact]
    public void A_name_that_a_copula_classes_as_a_company_is_an_organisation()
    {
        AssertHas("Mining\n\nQuellin was a small Peruvian mining company, and it closed its last pit in the spring.", "Quellin");
    }

    [Fact]
    public void A_copula_before_a_noun_that_modifies_another_names_no_organisation()
    {
        AssertLacks("Unions\n\nFor two decades Bexley was a union leader in the northern mills.", "Bexley");
    }

    [Fact]
    public void A_thing_named_after_an_ambiguous_body_noun_is_no_organisation()
    {
        AssertLacks("Space\n\nEngineers said a small orbital station named Pelorin-2 will fall back to Earth next spring.", "Pelorin-2");
    }

    [Fact]
    public void A_place_glued_to_an_agency_credit_does_not_become_the_agency_name()
    {
        const string text = "Rescue\n\nThe dog was honoured for his work in Kandahar Reuters\nOther reports came from Reuters on Tuesday.";
        Assert.DoesNotContain(Find(text), m => m.Text == "Reuters" && m.Canonical != "Reuters");
    }

    [Fact]
    public void Closed_circuit_television_is_not_the_broadcaster()
    {
        AssertLacks("Theft\n\nDetectives studied CCTV footage from the shopping street but found little.", "CCTV");
        AssertHas("Television\n\nState broadcaster CCTV aired the speech in full on Sunday evening.", "CCTV");
    }

    [Fact]
    public void A_newspaper_named_by_a_place_and_a_word_is_later_named_by_the_word_after_the()
    {
        const string text = "Papers\n\nShe first spoke to The Boston Herald in May. Later the Herald story drew wide attention, and the Herald printed a reply.";
        List<OrganisationMention> shortForms = Find(text).Where(m => m.Text == "Herald").ToList();
        Assert.Equal(2, shortForms.Count);
        Assert.All(shortForms, m => Assert.Equal("The Boston Herald", m.Canonical));
    }

    [Fact]
    public void A_newspaper_word_without_the_is_no_short_form()
    {
        const string text = "Papers\n\nShe first spoke to The Boston Herald in May. Crowds filled Herald Square that night.";
        Assert.Single(Texts(text), t => t.Contains("Herald", StringComparison.Ordinal));
    }

    [Fact]
    public void The_associated_press_opening_a_sentence_keeps_its_article()
    {
        AssertHas("Storm\n\nThe Associated Press counted nine damaged piers along the bay on Sunday.", "The Associated Press");
    }
}
