using Intimacy.Core.Catalog;
using Markdig;

namespace Intimacy.Core.Tests.Catalog;

public class GlossaryTests
{
    [Fact]
    public void DomainGlossary_IsCurrent()
    {
        // Stale? Run `UPDATE_SNAPSHOTS=1 dotnet test tests/Intimacy.Core.Tests -c Release` and commit docs/domain.md.
        RepositoryFiles.ShouldMatchCommitted("docs/domain.md", GlossaryWriter.Write(IntimacyCatalog.Default));
    }

    [Fact]
    public void Glossary_MentionsEveryIdAndEveryBarrierFamily()
    {
        var text = GlossaryWriter.Write(IntimacyCatalog.Default);

        IntimacyCatalog.Default.Items.Select(i => i.Id).Concat(IntimacyCatalog.Default.Sources.Select(s => s.Id))
            .Should().OnlyContain(id => text.Contains($"`{id}`", StringComparison.Ordinal));
        text.Should().Contain("### Psychological").And.Contain("### Mental health").And.Contain("### Life and routine");
        text.Should().Contain("Dose: 2–3 sessions a week");
        text.Should().NotContain("\r");
    }

    [Fact]
    public void Glossary_ReflectsTheCatalogItDescribes()
    {
        var extended = IntimacyCatalog.Default.WithInterventions(new Intimacy.Core.Interventions.Intervention(
            "intervention.gratitude-jar", "Gratitude jar", "Notes of thanks collected in a jar and read together each week.",
            Intimacy.Core.Interventions.InterventionKind.SelfGuidedExercise, Intimacy.Core.Interventions.InterventionActor.CoupleTogether,
            Intimacy.Core.Interventions.PlanStage.Maintenance, [Intimacy.Core.Dimensions.IntimacyDimension.Emotional],
            [BuiltInSources.Spark.At("Small steps: express appreciation")]));

        GlossaryWriter.Write(extended).Should().Contain("`intervention.gratitude-jar`");
        GlossaryWriter.Write(IntimacyCatalog.Default).Should().NotContain("gratitude-jar");
    }

    [Fact]
    public void Glossary_ShowsAnAppsCatalogText_AsText()
    {
        const string Hostile = "x <img src=x onerror=alert(1)> [click](javascript:alert(1)) | *y*\n# Injected";
        var source = new Intimacy.Core.Sources.Source("source.app-guide", Hostile, Hostile, 2020, Intimacy.Core.Sources.SourceKind.Book, Intimacy.Core.Sources.EvidenceLevel.PractitionerAdvice, publishedIn: Hostile);
        var extended = IntimacyCatalog.Default.WithSources(source).WithInterventions(new Intimacy.Core.Interventions.Intervention(
            "intervention.app-evil", Hostile, Hostile,
            Intimacy.Core.Interventions.InterventionKind.SelfGuidedExercise, Intimacy.Core.Interventions.InterventionActor.CoupleTogether,
            Intimacy.Core.Interventions.PlanStage.Maintenance, [Intimacy.Core.Dimensions.IntimacyDimension.Emotional],
            [source.At(Hostile)]));

        var markdown = GlossaryWriter.Write(extended);
        var html = Markdown.ToHtml(markdown, new MarkdownPipelineBuilder().UsePipeTables().UseAutoLinks().Build());

        html.Should().NotContain("<img").And.NotContain("javascript:alert(1)\"").And.NotContain(">Injected</h1>");
        html.Should().NotMatchRegex("<h[1-6][^>]*>Injected");
        var row = System.Text.RegularExpressions.Regex.Match(html, "<tr>(?:(?!</tr>).)*source.app-guide(?:(?!</tr>).)*</tr>", System.Text.RegularExpressions.RegexOptions.Singleline).Value;
        System.Text.RegularExpressions.Regex.Matches(row, "<td").Should().HaveCount(8, row);
    }
}
