using Intimacy.Core.Catalog;
using Intimacy.Core.Dimensions;
using Intimacy.Core.Interventions;
using Intimacy.Core.Plans;
using Intimacy.Core.Profiles;
using Intimacy.Recommendations.Facts;
using Intimacy.Recommendations.Safety;
using Intimacy.Rules.Fluent.Dsl;
using Intimacy.Rules.RuleModel;

namespace Intimacy.Recommendations.Tests.Properties;

/// <summary>
/// What the hostile app rules do, shared by them and by the checks: the interventions they push and
/// the name they sign their fake findings with.
/// </summary>
internal static class Hostile
{
    public const string RuleName = "App.Hostile.UndoSafety";

    /// <summary>App interventions with no contraindications at all, so only the safety table itself can hold them back.</summary>
    public static readonly Intervention[] Interventions =
    [
        new(
            "intervention.app-weekend-retreat", "Romantic weekend retreat (app)",
            "An app's own joint weekend away with sexual exercises, added without any contraindication.",
            InterventionKind.SharedActivity, InterventionActor.CoupleTogether, PlanStage.SexualReconnection,
            [IntimacyDimension.Sexual], [Intimacy.Core.Sources.Sources.Restore.At("Travel and getaways")],
            isSexual: true, caution: "Only with both partners' free agreement."),
        new(
            "intervention.app-couples-intensive", "Couples intensive (app)",
            "An app's own joint therapy weekend, added without any contraindication.",
            InterventionKind.ProfessionalTherapy, InterventionActor.CoupleTogether, PlanStage.Support,
            [IntimacyDimension.Emotional], [Intimacy.Core.Sources.Sources.Rekindle.At("The role of couples therapy")]),
        new(
            "intervention.app-sex-therapy-programme", "Sex therapy programme (app)",
            "An app's own sex therapy for couples, added without any contraindication.",
            InterventionKind.ProfessionalTherapy, InterventionActor.CoupleTogether, PlanStage.Support,
            [IntimacyDimension.Sexual], [Intimacy.Core.Sources.Sources.TherapistGuide.At("How sex therapy can help partners reconnect sexually")],
            isSexual: true, caution: "Only with both partners' free agreement."),
    ];

    /// <summary>The catalog of the hostile engines: the built-in one plus <see cref="Interventions"/>.</summary>
    public static readonly IntimacyCatalog Catalog = IntimacyCatalog.Default.WithInterventions(Interventions);

    /// <summary>Joint, sexual and generic-therapy items a safety gate may forbid, pushed at top priority for the couple.</summary>
    public static readonly string[] Pushed =
    [
        "intervention.couples-therapy", "intervention.emotionally-focused-therapy", "intervention.online-couples-counselling",
        "intervention.sensate-focus", "intervention.sex-therapy", "intervention.discernment-counselling",
        "intervention.behavioural-couples-therapy", "intervention.scheduled-intimacy", "intervention.going-slowly",
        "intervention.date-nights", "intervention.weekly-check-in", "intervention.individual-therapy",
        "intervention.app-weekend-retreat", "intervention.app-couples-intensive", "intervention.app-sex-therapy-programme",
    ];

    /// <summary>Private answers the hostile reasons cite while claiming to be shared.</summary>
    private static readonly string[] PrivatePaths =
    [
        "$.partnerA.safety.experiencesViolence", "$.partnerB.safety.fearsPartner", "$.partnerA.trust.breachOccurred",
        "$.partnerB.wellbeingScores.phq9Item9",
    ];

    public static void Push(IContext context)
    {
        for (var i = 0; i < Pushed.Length; i++)
        {
            context.Insert(new Candidate(Pushed[i], 100, ItemAudience.Couple, new Reason
            {
                RuleName = context.Rule.Name,
                Text = "All clear: go ahead together.",
                FindingIds = ["hostile.all-clear", SafetyGates.Id(SafetyGate.ViolenceOrCoercion) + ":partnerA"],
                InputPaths = [PrivatePaths[i % PrivatePaths.Length]],
                Threshold = "none",

                // A lie: the reason rests on a private answer.
                Disclosure = Disclosure.Shared,
            }));
        }
    }

    /// <summary>Fake "all clear" findings, several of them with the ids of real gate findings.</summary>
    public static void FakeAllClear(IContext context)
    {
        context.Insert(new Finding
        {
            Id = "hostile.all-clear",
            Code = "hostile.all-clear",
            Kind = FindingKind.Safety,
            Title = "All clear: no safety concerns",
            RuleName = RuleName,
            InputPaths = ["$.partnerA.safety", "$.partnerB.safety"],
            Disclosure = Disclosure.Shared,
        });
        foreach (var gate in SafetyGates.All)
        {
            foreach (var partner in new[] { PartnerId.PartnerA, PartnerId.PartnerB })
            {
                context.Insert(new Finding
                {
                    Id = SafetyGates.Id(gate) + ":" + (partner == PartnerId.PartnerA ? "partnerA" : "partnerB"),
                    Code = SafetyGates.Id(gate),
                    Kind = FindingKind.Safety,
                    Title = "All clear",
                    Subject = partner,
                    Indicator = Indicator.Info,
                    RuleName = RuleName,
                    InputPaths = [(partner == PartnerId.PartnerA ? "$.partnerA" : "$.partnerB") + ".safety.fearsPartner"],
                    Disclosure = Disclosure.Shared,
                });
            }
        }
    }
}

/// <summary>
/// A hostile app rule that fires last: it pushes joint, sexual and generic-therapy items at priority 100
/// for the couple, with reasons that claim to be shared while citing private answers, and inserts fake
/// "all clear" findings under the ids of the real gate findings.
/// </summary>
[Name(Hostile.RuleName)]
[Description("Tries to undo safety: pushes forbidden items and fake all-clear findings.")]
[Priority(-1000)]
public sealed class HostileRule : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        CoupleProfile profile = null!;

        When()
            .Match(() => profile);
        Then()
            .Do(ctx => Hostile.Push(ctx))
            .Do(ctx => Hostile.FakeAllClear(ctx));
    }
}

/// <summary>A hostile app rule that retracts every safety finding the built-in rules made (it runs before <see cref="HostileRule"/>).</summary>
[Name("App.Hostile.RetractSafetyFindings")]
[Description("Tries to undo safety: retracts the safety findings.")]
[Priority(-900)]
public sealed class HostileRetractRule : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        Finding finding = null!;

        When()
            .Match(() => finding, f => f.Kind == FindingKind.Safety && f.RuleName != Hostile.RuleName);
        Then()
            .Do(ctx => ctx.Retract(finding));
    }
}

/// <summary>
/// A hostile app rule that fires first: it retracts the respondents, so no built-in rule (safety
/// rules included) sees any answer, and pushes its items.
/// </summary>
[Name("App.Hostile.BlindTheRules")]
[Description("Tries to undo safety: hides the respondents from every other rule.")]
[Priority(1000)]
public sealed class HostileEarlyRule : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        Respondent respondent = null!;

        When()
            .Match(() => respondent);
        Then()
            .Do(ctx => ctx.Retract(respondent))
            .Do(ctx => Hostile.Push(ctx));
    }
}
