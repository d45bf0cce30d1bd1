using Intimacy.Core.Sources;

namespace Intimacy.Core.Tests.Sources;

public class SourceTests
{
    [Fact]
    public void All_HoldsTheFiveSeedsAndEveryNamedWork()
    {
        BuiltInSources.All.Select(s => s.Id).Should().Contain(
        [
            "source.rekindle", "source.rebuild-emotional", "source.therapist-guide", "source.spark", "source.restore",
            "source.schaefer-olson-1981", "source.funk-rogge-2007", "source.spanier-1976", "source.busby-1995", "source.anderson-2014",
            "source.kroenke-2001", "source.kroenke-2003", "source.kroenke-2007", "source.spitzer-2006", "source.simon-2013", "source.louzon-2016",
            "source.rosen-2000", "source.wiegel-2005", "source.rosen-1999", "source.fraley-2000", "source.jose-oleary-2009",
            "source.stith-mccollum-rosen-2011", "source.doherty-harris-2017", "source.ofarrell-fals-stewart-2006", "source.princeton-iii",
            "source.montejo-2001", "source.masters-johnson-1970", "source.johnson-1999", "source.gottman-1994", "source.doss-2016",
            "source.cds-hooks",
        ]);
        BuiltInSources.All.Should().OnlyHaveUniqueItems(s => s.Id);
    }

    [Fact]
    public void PublishedWorks_HaveAuthorsAndYears_ExceptTheLivingStandard()
    {
        BuiltInSources.All.Where(s => s.Kind != SourceKind.SeedArticle)
            .Should().OnlyContain(s => s.Author != null && (s.Year != null || s.Kind == SourceKind.TechnicalSpecification));
    }

    [Fact]
    public void At_UsesTheSourcesEvidenceLevel_UnlessOneIsGiven()
    {
        BuiltInSources.Johnson1999.At("meta-analysis").Evidence.Should().Be(EvidenceLevel.MetaAnalysis);
        BuiltInSources.Johnson1999.At("a single case", EvidenceLevel.PractitionerAdvice).Evidence.Should().Be(EvidenceLevel.PractitionerAdvice);
        BuiltInSources.Rekindle.At("x").Evidence.Should().Be(EvidenceLevel.PractitionerAdvice);
    }

    [Fact]
    public void ToString_GivesAShortCitation()
    {
        BuiltInSources.Gottman1994.ToString().Should().Be("Gottman, J. M. (1994)");
        BuiltInSources.Spark.ToString().Should().StartWith("Rekindling the Spark").And.EndWith("(n.d.)");
        BuiltInSources.Gottman1994.At("The four horsemen").ToString().Should().Be("Gottman, J. M. (1994), The four horsemen");
    }

    [Theory]
    [InlineData("Source.Upper")]
    [InlineData("source.")]
    [InlineData("barrier.wrong-kind")]
    [InlineData("source.double--hyphen")]
    [InlineData("source.trailing-")]
    public void Constructor_RejectsMalformedIds(string id)
    {
        FluentActions.Invoking(() => new Source(id, "Title", null, null, SourceKind.Book, EvidenceLevel.PractitionerAdvice))
            .Should().Throw<ArgumentException>().WithParameterName("id");
    }

    [Fact]
    public void Constructor_RejectsBadTitlesYearsAndUrls()
    {
        FluentActions.Invoking(() => new Source("source.x", " ", null, null, SourceKind.Book, EvidenceLevel.PractitionerAdvice))
            .Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => new Source("source.x", "T", null, 1492, SourceKind.Book, EvidenceLevel.PractitionerAdvice))
            .Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => new Source("source.x", "T", null, null, SourceKind.Book, EvidenceLevel.PractitionerAdvice, new Uri("ftp://example.org/x")))
            .Should().Throw<ArgumentException>().WithParameterName("url");
    }

    [Fact]
    public void SourceReference_NeedsALocator()
    {
        FluentActions.Invoking(() => BuiltInSources.Spark.At("")).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => new SourceReference(null!, "x", EvidenceLevel.Trial)).Should().Throw<ArgumentNullException>();
    }
}
