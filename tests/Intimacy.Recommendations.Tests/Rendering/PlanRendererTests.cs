using System.Globalization;
using Intimacy.Core.Plans;
using Intimacy.Recommendations.Engine;
using Intimacy.Recommendations.Rendering;
using Intimacy.Recommendations.Tests.Profiles;

namespace Intimacy.Recommendations.Tests.Rendering;

public class PlanRendererTests
{
    private static readonly RecommendationEngine Engine = RecommendationEngine.CreateDefault();

    [Fact]
    public void Markdown_PutsSafetyFirst_ThenUrgent_ThenSupportThenHeldBackThenFindings()
    {
        var plan = Engine.Recommend(OutputProfiles.PrivateViolenceByA());

        var markdown = PlanRenderer.ToMarkdown(plan, Audience.Clinician);

        SectionOrder(markdown).Should().Equal("Safety first", "Urgent: before anything else", "Step 1: Emotional foundation", "Step 4: Maintenance",
            "Support: professional, medical and other help", "Held back for now", "What the answers show");
        markdown.Should().StartWith("# Plan for clinical review\n");
    }

    [Fact]
    public void Markdown_ListsPhasesInStageOrder_ForEveryPlan()
    {
        foreach (var profile in OutputProfiles.Named().Concat(OutputProfiles.Random(seed: 99, count: 150)))
        {
            var plan = Engine.Recommend(profile);
            foreach (var audience in Enum.GetValues<Audience>())
            {
                var sections = SectionOrder(PlanRenderer.ToMarkdown(plan, audience));

                var ranks = sections.Select(Rank).ToList();
                ranks.Should().BeInAscendingOrder($"sections of the {audience} view must keep the plan's order: {string.Join(" | ", sections)}");
                ranks.Should().OnlyHaveUniqueItems();
                sections.Where(s => s.StartsWith("Step ", StringComparison.Ordinal))
                    .Should().Equal(plan.ForAudience(audience).Phases.Select(p => $"Step {(int)p.Stage}: {StageName(p.Stage)}"));
            }
        }
    }

    [Fact]
    public void Markdown_ShowsEveryItemInPlanOrder_WithItsWhyAndSources()
    {
        var plan = Engine.Recommend(OutputProfiles.DriftingApart());
        var view = plan.ForAudience(Audience.Couple);

        var markdown = PlanRenderer.ToMarkdown(plan, Audience.Couple);

        var position = 0;
        foreach (var item in view.AllItems)
        {
            var heading = markdown.IndexOf(". " + item.Title + "\n", position, StringComparison.Ordinal);
            heading.Should().BeGreaterThanOrEqualTo(position, $"{item.Title} should follow the item before it");
            var next = markdown.IndexOf("\n### ", heading, StringComparison.Ordinal) is var n && n < 0 ? markdown.Length : n;
            var block = markdown[heading..next];
            block.Should().Contain("**Why:**").And.Contain("**Sources:**");
            foreach (var reason in item.Reasons)
            {
                block.Should().Contain(reason.Text.Trim()).And.Contain($"rule `{reason.RuleName}`");
            }

            foreach (var citation in item.Sources)
            {
                block.Should().Contain(citation.Label);
            }

            block.Should().Contain(PlanWords.Placement(item));
            position = heading + 1;
        }

        view.AllItems.Should().HaveCountGreaterThan(5);
        view.Phases.Should().HaveCountGreaterThan(1);
    }

    [Fact]
    public void Markdown_QuotesTheThresholdInForce()
    {
        var strict = new RecommendationEngineBuilder().Configure(o => o.Csi4Cutoff = 11).Build();

        PlanRenderer.ToMarkdown(Engine.Recommend(OutputProfiles.DriftingApart()), Audience.Couple).Should().Contain("threshold: CSI-4 below 13.5");
        PlanRenderer.ToMarkdown(strict.Recommend(OutputProfiles.DriftingApart()), Audience.Couple).Should().Contain("threshold: CSI-4 below 11");
    }

    [Fact]
    public void Markdown_ExplainsWhatWasHeldBack()
    {
        var plan = Engine.Recommend(OutputProfiles.PrivateViolenceByA());

        var markdown = PlanRenderer.ToMarkdown(plan, Audience.PartnerA);

        var heldBack = markdown[markdown.IndexOf("## Held back for now", StringComparison.Ordinal)..];
        heldBack.Should().Contain("- **Couples therapy**, held back by `gate.violence-or-coercion`:")
            .And.Contain("  - Answers point to violence");
        plan.ForAudience(Audience.PartnerA).Withheld.Should().AllSatisfy(w => heldBack.Should().Contain("**" + w.Title + "**"));
    }

    [Fact]
    public void Markdown_ShowsTheStampAndTheIntendedUse()
    {
        var plan = Engine.Recommend(OutputProfiles.DriftingApart());

        var markdown = PlanRenderer.ToMarkdown(plan, Audience.Couple);

        markdown.Should().Contain("not a diagnosis").And.Contain("not a service for emergencies")
            .And.Contain($"rule set {plan.Stamp.RuleSetHash[..12]}; options {plan.Stamp.OptionsHash[..12]}")
            .And.Contain("Plan format 1;");
    }

    [Fact]
    public void CoupleAndPartnerBText_NeverMentionPartnerAsPrivateViolence()
    {
        var plan = Engine.Recommend(OutputProfiles.PrivateViolenceByA());

        foreach (var audience in (Audience[])[Audience.Couple, Audience.PartnerB])
        {
            var markdown = PlanRenderer.ToMarkdown(plan, audience);
            var text = PlanRenderer.ToPlainText(plan, audience);

            PrivacyProbe.Leaks(markdown).Should().BeEmpty($"the {audience} Markdown rests only on what {audience} may see");
            PrivacyProbe.Leaks(text).Should().BeEmpty($"the {audience} text rests only on what {audience} may see");
            markdown.Should().NotContain("## Safety first\n\n- **Your answers raise a safety concern");
        }

        PrivacyProbe.Leaks(PlanRenderer.ToMarkdown(plan, Audience.PartnerA)).Should().Contain(["violence", "safety planning"]);
    }

    [Fact]
    public void PlainText_HasNoMarkdownAndFitsAnEightyColumnTerminal()
    {
        foreach (var profile in OutputProfiles.Named())
        {
            var text = PlanRenderer.ToPlainText(Engine.Recommend(profile), Audience.Clinician);

            text.Should().NotContain("**").And.NotContain("`").And.NotContain("\n#").And.NotContain("<http");
            foreach (var line in text.Split('\n'))
            {
                if (line.Trim().Contains(' ', StringComparison.Ordinal))
                {
                    line.Length.Should().BeLessThanOrEqualTo(80, $"'{line}' should be wrapped");
                }
            }
        }
    }

    [Fact]
    public void PlainText_KeepsTheSameSectionsAndItemsAsTheMarkdown()
    {
        var plan = Engine.Recommend(OutputProfiles.PrivateViolenceByA());

        var text = PlanRenderer.ToPlainText(plan, Audience.Clinician);

        var position = 0;
        foreach (var heading in SectionOrder(PlanRenderer.ToMarkdown(plan, Audience.Clinician)))
        {
            var at = text.IndexOf(heading + "\n" + new string('-', heading.Length), position, StringComparison.Ordinal);
            at.Should().BeGreaterThan(position, $"'{heading}' should follow the section before it");
            position = at;
        }

        text.Should().StartWith("PLAN FOR CLINICAL REVIEW\n========================\n");
        foreach (var item in plan.AllItems)
        {
            text.Should().Contain("> ").And.Contain(item.Title);
        }
    }

    [Fact]
    public void Rendering_IsDeterministic_AndIgnoresTheCurrentCulture()
    {
        var profile = OutputProfiles.DriftingApart();
        var invariant = PlanRenderer.ToMarkdown(Engine.Recommend(profile), Audience.Clinician);
        var original = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("de-DE");

            PlanRenderer.ToMarkdown(RecommendationEngine.CreateDefault().Recommend(profile), Audience.Clinician).Should().Be(invariant);
        }
        finally
        {
            CultureInfo.CurrentCulture = original;
        }
    }

    [Fact]
    public void EmptyView_SaysSo()
    {
        var plan = Engine.Recommend(OutputProfiles.DriftingApart()) with { Urgent = [], Phases = [], Support = [], Withheld = [], Notices = [], Findings = [] };

        var markdown = PlanRenderer.ToMarkdown(plan, Audience.Couple);

        markdown.Should().Contain("No steps are suggested in this view of the plan.");
        SectionOrder(markdown).Should().BeEmpty();
    }

    private static List<string> SectionOrder(string markdown) =>
        [.. markdown.Split('\n').Where(l => l.StartsWith("## ", StringComparison.Ordinal)).Select(l => l[3..])];

    private static int Rank(string section) => section switch
    {
        "Safety first" => 0,
        "Urgent: before anything else" => 1,
        _ when section.StartsWith("Step ", StringComparison.Ordinal) => 1 + int.Parse(section[5..6], CultureInfo.InvariantCulture),
        "Support: professional, medical and other help" => 10,
        "Held back for now" => 11,
        "What the answers show" => 12,
        _ => throw new InvalidOperationException("Unexpected section " + section),
    };

    private static string StageName(Intimacy.Core.Interventions.PlanStage stage) => stage switch
    {
        Intimacy.Core.Interventions.PlanStage.EmotionalFoundation => "Emotional foundation",
        Intimacy.Core.Interventions.PlanStage.NonSexualAffection => "Non-sexual affection",
        Intimacy.Core.Interventions.PlanStage.SexualReconnection => "Sexual reconnection",
        Intimacy.Core.Interventions.PlanStage.Maintenance => "Maintenance",
        _ => stage.ToString(),
    };
}
