using NewsExtraction.Organisations;
using static NewsExtraction.Tests.Organisations.OrganisationAssert;

namespace NewsExtraction.Tests.Organisations;

/// <summary>Twenty-second round: errors found on a sixth hand-annotated proxy of unseen news (invented sentences and names).</summary>
public sealed class OrganisationRoundTwentyTwoTests
{
    [Fact]
    public void A_line_of_agency_acronyms_is_a_credit_not_a_shouted_heading()
    {
        const string text = "Harbour fire\n\nFirefighters worked through the night at the pier.\nAFP / AP\n";
        List<string> found = Texts(text);
        Assert.Contains("AFP", found);
        Assert.Contains("AP", found);
    }

    [Fact]
    public void An_all_caps_heading_with_an_agency_acronym_stays_a_heading()
    {
        // Other words than agencies and separators: a shouted line, whose acronyms are left out as before.
        const string text = "Harbour fire\n\nFirefighters worked through the night.\nBREAKING NEWS - AP REPORTS\nMore later.";
        AssertLacks(text, "AP");
    }

    [Fact]
    public void A_second_distributor_after_an_agency_in_a_photo_credit_is_an_organisation()
    {
        const string text = "Storm damage\n\nPhoto: Ana Ruiz/AFP /Lakeview Ana Ruiz/AFP /Lakeview\nRoofs were torn off in the town.";
        Assert.Equal(2, Texts(text).Count(t => t == "Lakeview"));
    }

    [Fact]
    public void A_credit_label_after_an_agency_is_no_organisation()
    {
        AssertLacks("Storm damage\n\nThe pier (Ana Ruiz/AP/File) was closed on Monday.", "File");
        AssertLacks("Storm damage\n\nThe pier (Ana Ruiz/AFP/Pool) was closed on Monday.", "Pool");
    }

    [Fact]
    public void A_regional_adjective_before_a_party_acronym_stays_outside()
    {
        const string text = "Politics\n\nMembers of the Galician VBK party voted against the plan on Tuesday.";
        AssertHas(text, "VBK");
        AssertLacks(text, "Galician VBK");
    }

    [Fact]
    public void A_nationality_before_a_known_party_acronym_stays_outside()
    {
        const string text = "Politics\n\nThe German SPD party met in the capital on Friday to discuss the budget.";
        AssertHas(text, "SPD");
        AssertLacks(text, "German SPD");
    }

    [Fact]
    public void A_nationality_before_a_headed_party_name_stays_inside()
    {
        AssertHas("Politics\n\nThe Scottish National Party won the seat on Thursday.", "Scottish National Party");
    }

    [Fact]
    public void A_post_signature_takes_the_whole_display_name_up_to_the_handle()
    {
        const string text = "Snow day\n\nSchools closed early on Tuesday.\nRoads are icy tonight, stay home. \u2014 "
            + "UNICEF Tarvia (@UnicefTarvia) March 3, 2019\nThe storm moved east.";
        AssertHas(text, "UNICEF Tarvia");
        AssertLacks(text, "UNICEF");
    }

    [Fact]
    public void A_name_in_running_text_before_a_bracket_is_not_widened()
    {
        // No dash before the name: not a signature.
        const string text = "Snow day\n\nThe ruling by UNICEF Tarvia (@UnicefTarvia) surprised the staff.";
        AssertLacks(text, "UNICEF Tarvia");
    }

    [Fact]
    public void A_short_form_given_after_or_to_a_named_thing_is_no_organisation()
    {
        const string text = "Space\n\nThe agency is building a heavy rocket called the Deep Lift Vehicle, or DLV, for crewed flights. "
            + "The DLV will fly in 2030.";
        AssertLacks(text, "DLV");
    }

    [Fact]
    public void A_short_form_given_after_or_to_a_body_is_still_an_organisation()
    {
        const string text = "Space\n\nThe pilots formed a union called the Orbital Pilots Association, or OPA, last year. "
            + "The OPA met on Monday.";
        AssertHas(text, "OPA");
    }

    [Fact]
    public void A_known_name_glued_to_the_next_capitalised_word_ends_at_the_second_capital()
    {
        const string text = "Markets\n\nAccording to the Wall Street JournalMaria Lund, a clerk, said the shop would close.";
        OrganisationMention m = Assert.Single(Find(text), x => x.Text == "Wall Street Journal");
        Assert.Equal(text.IndexOf("Wall Street Journal", StringComparison.Ordinal), m.Span.Start);
    }

    [Fact]
    public void A_brand_with_an_inner_capital_is_not_split()
    {
        List<string> found = Texts("Markets\n\nShe works for YouTube and PayPal, her profile says.");
        Assert.Contains("YouTube", found);
        Assert.Contains("PayPal", found);
    }

    [Fact]
    public void An_all_caps_name_with_a_head_word_in_a_mixed_case_credit_is_an_organisation()
    {
        const string text = "Markets\n\nPrices fell on Monday.\nORTLEY BUSINESS SCHOOL/AFP Markets: Dan Roe said prices would fall further";
        AssertHas(text, "ORTLEY BUSINESS SCHOOL");
    }

    [Fact]
    public void A_shouted_adjective_before_an_all_caps_head_word_is_no_name()
    {
        AssertLacks("Markets\n\nWe saw HUGE BANK failures in the spring, the analyst said.", "HUGE BANK");
    }

    [Fact]
    public void An_acronym_glued_by_a_colon_to_its_long_form_in_a_caption_takes_it_as_canonical()
    {
        const string text = "Racing\n\nThe race ended in rain.\nANP:Allied News Press Lena Berg lifts the cup on the podium\nShe cried.";
        OrganisationMention acronym = Assert.Single(Find(text), m => m.Text == "ANP");
        Assert.Equal("Allied News Press", acronym.Canonical);
        AssertHas(text, "Allied News Press");
    }

    [Fact]
    public void A_colon_after_an_acronym_before_unrelated_words_defines_nothing()
    {
        const string text = "Racing\n\nThe race ended in rain.\nANP:Lena Berg lifts the cup on the podium\nShe cried.";
        Assert.DoesNotContain(Find(text), m => m.Canonical.StartsWith("Lena", StringComparison.Ordinal));
    }
}
