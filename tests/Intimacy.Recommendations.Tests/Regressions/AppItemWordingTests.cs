using Intimacy.Core.Dimensions;
using Intimacy.Core.Interventions;
using Intimacy.Core.Plans;
using Intimacy.Core.Profiles;
using Intimacy.Recommendations.Engine;
using Intimacy.Recommendations.Facts;
using Intimacy.Rules.Fluent.Dsl;

namespace Intimacy.Recommendations.Tests.Regressions;

/// <summary>
/// An app's sexual or medical intervention must have a caution, but any text passed ("Whatever." did), so an app
/// item could leave out the consent or medicine wording the safety table requires. Such items now also carry the
/// library's fixed wording; the built-in items keep their own.
/// </summary>
public class AppItemWordingTests
{
    private static readonly Intervention SoloExercise = new(
        "intervention.app-solo-sensual-exercise", "Sensual exercise (app)",
        "A fictional app's sensual exercise for the couple.",
        InterventionKind.SharedActivity, InterventionActor.CoupleTogether, PlanStage.SexualReconnection,
        [IntimacyDimension.Sexual], [Intimacy.Core.Sources.Sources.TherapistGuide.At("How sex therapy can help partners reconnect sexually")],
        isSexual: true, caution: "Whatever.");

    private static readonly Intervention Check = new(
        "intervention.app-health-check", "Health check (app)",
        "A fictional app's health check at a clinic.",
        InterventionKind.Medical, InterventionActor.OnePartner, PlanStage.Support,
        [IntimacyDimension.Sexual], [Intimacy.Core.Sources.Sources.TherapistGuide.At("How sex therapy can help partners reconnect sexually")],
        caution: "Whatever.");

    private static readonly RecommendationEngine WithApp = new RecommendationEngineBuilder()
        .AddRules(typeof(ProposeBoth))
        .AddInterventions(SoloExercise, Check)
        .Build();

    [Fact]
    public void AppSexualAndMedicalItems_CarryTheLibrarysFixedWording_WhateverTheirCaution()
    {
        var plan = WithApp.Recommend(Safe());

        plan.AllItems.Single(i => i.InterventionId == SoloExercise.Id).Detail
            .Should().Contain("**Consent:** ").And.Contain("the partner who wants less is never asked to give in");
        plan.AllItems.Where(i => i.InterventionId == Check.Id).Should().NotBeEmpty()
            .And.OnlyContain(i => i.Detail.Contains("never start, stop or change one on your own", StringComparison.Ordinal));
    }

    [Fact]
    public void BuiltInItems_KeepTheirOwnWording()
    {
        var plan = WithApp.Recommend(Safe());

        plan.AllItems.Where(i => i.InterventionId != SoloExercise.Id && i.InterventionId != Check.Id)
            .Should().NotBeEmpty().And.OnlyContain(i => !i.Detail.Contains("**Consent:**", StringComparison.Ordinal) && !i.Detail.Contains("**Medicines:**", StringComparison.Ordinal));
    }

    private static CoupleProfile Safe() => CoupleProfileBuilder.Create()
        .WithPartnerA(40, a => a
            .View(v => v with { FeelsLikeRoommates = true, SexPerYear = 4, SexFrequencyFeeling = SexFrequencyFeeling.WantsMore })
            .Safety(s => s with { ExperiencesViolence = false, FearsPartner = false, CoerciveControl = false, SelfHarmThoughts = false }))
        .WithPartnerB(41, b => b
            .Safety(s => s with { ExperiencesViolence = false, FearsPartner = false, CoerciveControl = false, SelfHarmThoughts = false }))
        .Build();

    /// <summary>Proposes both app items on a shared answer.</summary>
    [Name("App.ProposeWordingItems")]
    public sealed class ProposeBoth : InsertingRule
    {
        /// <inheritdoc />
        protected override IEnumerable<object> Facts() =>
        [
            new Candidate(SoloExercise.Id, 60, ItemAudience.Couple, Because()),
            new Candidate(Check.Id, 60, ItemAudience.PartnerA, Because()),
        ];

        private static Reason Because() => new()
        {
            RuleName = "App.ProposeWordingItems",
            Text = "The app offers it.",
            InputPaths = ["$.partnerA.view.feelsLikeRoommates"],
        };
    }
}
