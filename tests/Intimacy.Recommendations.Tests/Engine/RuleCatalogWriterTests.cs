using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Intimacy.Core.Profiles;
using Intimacy.Recommendations.Engine;
using Intimacy.Recommendations.Options;
using Intimacy.Recommendations.Tests.Rendering;
using Intimacy.Rules.Fluent.Dsl;
using Intimacy.Rules.RuleModel;

namespace Intimacy.Recommendations.Tests.Engine;

public class RuleCatalogWriterTests
{
    private static readonly RecommendationEngine Engine = RecommendationEngine.CreateDefault();

    [Fact]
    public void CommittedRuleCatalog_IsCurrent()
    {
        // Stale? Run `UPDATE_SNAPSHOTS=1 dotnet test tests/Intimacy.Recommendations.Tests -c Release` and commit docs/rules.md.
        RepositoryFiles.ShouldMatchCommitted("docs/rules.md", RuleCatalogWriter.Write(Engine));
    }

    [Fact]
    public void Catalog_StatesTheRuleCount_AndListsEveryRuleOnce()
    {
        var markdown = RuleCatalogWriter.Write(Engine);

        markdown.Should().Contain(string.Create(CultureInfo.InvariantCulture, $"**{Engine.Rules.Count} rules**: {Engine.Rules.Count(r => r.IsSafety)} safety,"));
        foreach (var rule in Engine.Rules)
        {
            var row = string.Create(CultureInfo.InvariantCulture, $"| `{rule.Name}` | {rule.Priority} | ");
            markdown.Split('\n').Count(l => l.StartsWith(row, StringComparison.Ordinal)).Should().Be(1, $"{rule.Name} should have one row");
            markdown.Should().Contain(rule.Description);
        }
    }

    [Fact]
    public void Catalog_GroupsRulesByLayer_SafetyThenDetectionThenRecommendation()
    {
        var markdown = RuleCatalogWriter.Write(Engine);
        var detection = markdown.IndexOf("\n## Detection: from answers to findings\n", StringComparison.Ordinal);
        var recommendation = markdown.IndexOf("\n## Recommendation: from findings to candidate steps\n", StringComparison.Ordinal);
        var thresholds = markdown.IndexOf("\n## Thresholds\n", StringComparison.Ordinal);

        markdown.IndexOf("\n## Safety\n", StringComparison.Ordinal).Should().BePositive().And.BeLessThan(detection);
        detection.Should().BeLessThan(recommendation);
        recommendation.Should().BeLessThan(thresholds);
        foreach (var rule in Engine.Rules)
        {
            var at = markdown.IndexOf("| `" + rule.Name + "` |", StringComparison.Ordinal);
            if (rule.IsSafety)
            {
                at.Should().BeLessThan(detection, rule.Name);
            }
            else if (rule.Tags.Contains(RuleTags.Detection))
            {
                at.Should().BeInRange(detection, recommendation, rule.Name);
            }
            else
            {
                at.Should().BeInRange(recommendation, thresholds, rule.Name);
            }
        }
    }

    [Fact]
    public void Catalog_GivesEachFamilyItsOwnSection_UnderItsTag()
    {
        var markdown = RuleCatalogWriter.Write(Engine);

        markdown.Should().Contain("| safety | [Safety gates](#safety-gates) | `safety` | 7 |")
            .And.Contain("| detection | [Warning signs](#warning-signs) | `warning-signs` | 18 |")
            .And.Contain("\n### Questionnaires\n")
            .And.Contain("\n### Medical referral\n");
        var signs = markdown[markdown.IndexOf("\n### Warning signs\n", StringComparison.Ordinal)..markdown.IndexOf("\n### Barriers (causes)\n", StringComparison.Ordinal)];
        signs.Split('\n').Where(l => l.StartsWith("| `", StringComparison.Ordinal)).Should().HaveCount(18)
            .And.AllSatisfy(l => l.Should().StartWith("| `Detect.Sign."));
    }

    [Fact]
    public void Catalog_ListsEveryThreshold_WithDefaultBasisAndSource()
    {
        var markdown = RuleCatalogWriter.Write(Engine);

        foreach (var d in RecommendationOptions.Thresholds)
        {
            var row = markdown.Split('\n').Should().ContainSingle(l => l.StartsWith("| `" + d.Name + "` |", StringComparison.Ordinal)).Which;
            row.Should().Contain(string.Create(CultureInfo.InvariantCulture, $"| {d.DefaultValue} | {d.DefaultValue} |"))
                .And.Contain(d.Basis == ThresholdBasis.Literature ? "| literature |" : "| project default |")
                .And.Contain(d.SourceId is null ? "| none |" : "`" + d.SourceId + "`");
        }

        markdown.Should().Contain("| `Csi4Cutoff` | 13.5 | 13.5 | literature | `source.funk-rogge-2007` (")
            .And.Contain("| `EscalationWeeks` | 8 | 8 | project default | none |");
    }

    [Fact]
    public void Catalog_ShowsOptionsInForce_AndAppRules()
    {
        var engine = new RecommendationEngineBuilder()
            .Configure(o => o.SexlessFrequencyPerYear = 12)
            .AddRules(typeof(LongRelationshipNoteRule))
            .Build();

        var markdown = RuleCatalogWriter.Write(engine);

        markdown.Should().Contain("| `SexlessFrequencyPerYear` | 10 | 12 | literature |")
            .And.Contain(string.Create(CultureInfo.InvariantCulture, $"**{engine.Rules.Count} rules**"))
            .And.Contain("1 added by the app")
            .And.Contain("\n## Other rules\n")
            .And.Contain("| `App.LongRelationshipNote` (app) | 5 | `app-notes` |");
    }

    [Fact]
    public void Catalog_ShowsAnAppRulesNameDescriptionAndTag_AsText_InOneTableRow()
    {
        var engine = new RecommendationEngineBuilder().AddRules(typeof(HostileTextRule)).Build();

        var markdown = RuleCatalogWriter.Write(engine);
        var html = MarkdownViewer.Html(markdown);

        MarkdownViewer.ScriptCapableAddresses(html).Should().BeEmpty(markdown);
        MarkdownViewer.RawHtml(html).Should().BeEmpty(markdown);
        var row = Regex.Matches(html, "<tr>(?:(?!</tr>).)*App`Evil(?:(?!</tr>).)*</tr>", RegexOptions.Singleline).Should().ContainSingle().Which.Value;
        Regex.Matches(row, "<td").Should().HaveCount(4, row);
        WebUtility.HtmlDecode(Regex.Replace(row, "<[^>]+>", string.Empty)).Should()
            .Contain("App`Evil|Name <b>x</b>").And.Contain("x](javascript:alert(1)) `y` | z")
            .And.Contain("Does <img src=x onerror=alert(1)> [x](javascript:alert(1)) a \\| b and *stars* #");
        MarkdownViewer.Headings(html).Should().Contain("Other rules tagged x](javascript:alert(1)) `y` | z");
    }

    [Fact]
    public void Write_Null_Throws()
    {
        var act = () => RuleCatalogWriter.Write(null!);

        act.Should().Throw<ArgumentNullException>();
    }

    /// <summary>An app rule whose name, description and tag hold Markdown, HTML, table pipes and a script link.</summary>
    [Name("App`Evil|Name <b>x</b>")]
    [Description("Does <img src=x onerror=alert(1)> [x](javascript:alert(1)) a \\| b and *stars* #")]
    [Tag("x](javascript:alert(1)) `y` | z")]
    [Priority(5)]
    public sealed class HostileTextRule : Rule
    {
        public override void Define()
        {
            CoupleProfile profile = null!;

            When()
                .Match(() => profile, p => p.Relationship != null && p.Relationship.LengthYears > 20);
            Then()
                .Do(ctx => LongRelationshipNoteRule.Touch(ctx));
        }
    }

    /// <summary>An app rule outside every built-in family, for the catalog test.</summary>
    [Name("App.LongRelationshipNote")]
    [Description("An app's own rule: notices relationships longer than twenty years.")]
    [Tag("app-notes")]
    [Priority(5)]
    public sealed class LongRelationshipNoteRule : Rule
    {
        public override void Define()
        {
            CoupleProfile profile = null!;

            When()
                .Match(() => profile, p => p.Relationship != null && p.Relationship.LengthYears > 20);
            Then()
                .Do(ctx => Note(ctx));
        }

        internal static void Touch(IContext context) => ArgumentNullException.ThrowIfNull(context);

        private static void Note(IContext context) => Touch(context);
    }
}
