using NewsExtraction.Organisations;
using NewsExtraction.Quotations;
using static NewsExtraction.Tests.Quotations.QuoteTestHelper;

namespace NewsExtraction.Tests.Quotations;

public sealed class OrganisationInputTests
{
    /// <summary>Stands in for the organisations extractor: reports the given names wherever they occur.</summary>
    private sealed class FakeOrganisations(params (string Name, string Canonical, OrganisationType Type)[] names) : IExtractor
    {
        public string Name => "organisations";

        public IReadOnlyList<string> DependsOn => Array.Empty<string>();

        public void Extract(ExtractionContext context)
        {
            foreach ((string name, string canonical, OrganisationType type) in names)
            {
                int at = 0;
                while ((at = context.Text.IndexOf(name, at, StringComparison.Ordinal)) >= 0)
                {
                    context.Add(new OrganisationMention { Span = new TextSpan(at, name.Length), Text = name, Extractor = Name, Canonical = canonical, Type = type });
                    at += name.Length;
                }
            }
        }
    }

    private static ExtractionPipeline WithOrganisations(params (string, string, OrganisationType)[] names) =>
        new ExtractionPipelineBuilder().UseQuotations().Use(new FakeOrganisations(names)).WithOptions(o => o with { Scope = ExtractionScope.WholePage }).Build();

    [Fact]
    public void The_extractor_runs_after_organisations_when_present_and_alone_otherwise()
    {
        ExtractionPipeline both = WithOrganisations();
        Assert.Equal(["organisations", "quotations"], both.Extractors.Select(e => e.Name));
        var extractor = new QuotationExtractor();
        Assert.Equal("quotations", extractor.Name);
        Assert.Empty(extractor.DependsOn);
        Assert.Equal(["organisations"], ((IExtractor)extractor).RunsAfter);
        Assert.Single(new ExtractionPipelineBuilder().UseQuotations().Build().Extractors);
    }

    [Fact]
    public void An_organisation_mention_is_the_speaker_with_its_canonical_name()
    {
        ExtractionPipeline p = WithOrganisations(("NATO", "North Atlantic Treaty Organization", OrganisationType.Intergovernmental));
        QuotationMention q = Single("“The alliance is stronger than ever,” NATO said in a statement.", p);
        Assert.Equal("NATO", q.Speaker);
        Assert.Equal("North Atlantic Treaty Organization", q.SpeakerFullName);
    }

    [Fact]
    public void An_organisation_mention_in_the_role_is_the_affiliation()
    {
        const string text = "“We will respond,” said Wang Yi, the top diplomat of the Chinese Communist Party.";
        ExtractionPipeline p = WithOrganisations(("Chinese Communist Party", "Chinese Communist Party", OrganisationType.Party));
        QuotationMention q = Single(text, p);
        Assert.Equal("Wang Yi", q.Speaker);
        Assert.Equal("Chinese Communist Party", q.Affiliation);
        Assert.Equal(text.IndexOf("Chinese Communist", StringComparison.Ordinal), q.AffiliationSpan!.Value.Start);
    }

    [Fact]
    public void An_organisation_the_fallback_would_miss_is_used_for_the_newspaper()
    {
        // "The Guardian" has no organisation word; only the extractor knows it, and "the newspaper" refers back to it.
        const string text = "The Guardian published the letter on Friday.\n\n“We stand by every word of our reporting,” the newspaper said.";
        Assert.NotEqual("Guardian", Who(Single(text)));
        ExtractionPipeline p = WithOrganisations(("Guardian", "The Guardian", OrganisationType.Media));
        QuotationMention q = Single(text, p);
        Assert.Equal("Guardian", q.Speaker);
        Assert.Equal("The Guardian", q.SpeakerFullName);
    }

    [Fact]
    public void Without_organisations_the_speaker_is_still_found()
    {
        QuotationMention q = Single("“The alliance is stronger than ever,” NATO said in a statement.");
        Assert.Equal("NATO", q.Speaker);
    }
}
