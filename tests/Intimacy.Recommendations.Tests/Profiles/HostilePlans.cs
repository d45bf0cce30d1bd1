using Intimacy.Core.Interventions;
using Intimacy.Core.Plans;
using Intimacy.Core.Sources;

namespace Intimacy.Recommendations.Tests.Profiles;

/// <summary>
/// Hand-built plans whose app-supplied text (intervention names and descriptions, app rules' reasons,
/// host crisis contacts, app sources) tries to inject Markdown, HTML and script links into rendered outputs.
/// </summary>
internal static class HostilePlans
{
    public const string ScriptLink = "[click](javascript:alert(1))";

    public static RecommendationPlan Injecting()
    {
        var reason = new Reason
        {
            RuleName = "App.Rule",
            Text = "Because <img src=x onerror=alert(1)> " + ScriptLink + " *bold*\n\n# Injected heading",
            InputPaths = ["$.partnerA.view.feelsAppreciated"],
            Threshold = "5 <b>or</b> more",
        };
        var item = new PlanItem
        {
            InterventionId = "intervention.app-x",
            Title = "*Star* " + ScriptLink + " <script>alert(1)</script>",
            Summary = "Star: an app exercise.",
            Detail = "Do [this](javascript:alert(1)) and [that]( JAVASCRIPT:alert(2)) <img src=x onerror=alert(1)> now.\n\n[ref]: javascript:alert(3)\n\nRead [more](https://example.org/more).\n\n**How much:** daily.",
            Kind = InterventionKind.SharedActivity,
            Stage = PlanStage.EmotionalFoundation,
            Track = PlanTrack.Phase,
            Indicator = Indicator.Info,
            Priority = 40,
            Audience = ItemAudience.Couple,
            Reasons = [reason],
            Sources = [new Citation("source.app", "App <b>guide</b> [x](javascript:alert(1))", new Uri("javascript:alert(4)"), "p. 1", EvidenceLevel.PractitionerAdvice)],
            Contacts = [new CrisisContact("Line <b>", "Call *now*", "<b>000</b>", "javascript:alert(5)"), new CrisisContact("Help line", "Any time.", null, "https://example.org/help")],
        };
        return new RecommendationPlan
        {
            Stamp = new PlanStamp("1.0.0", "abc", "def", RecommendationPlan.CurrentSchemaVersion),
            Notices = [new SafetyNotice("gate.app", "Careful <script>alert(1)</script> " + ScriptLink, Disclosure.Shared)],
            Phases = [new PlanPhase(PlanStage.EmotionalFoundation, [item])],
            Withheld = [new WithheldItem { InterventionId = "intervention.app-y", Title = "Y " + ScriptLink, HeldBy = "gate.app", Reasons = [reason] }],
            Findings = [new Finding { Id = "app.f", Code = "app.f", Kind = FindingKind.Dyadic, Title = "Seen <b>x</b> " + ScriptLink, RuleName = "App.Rule" }],
        };
    }
}
