using Intimacy.Core.Dimensions;
using Intimacy.Core.Interventions;
using Intimacy.Core.Plans;
using Intimacy.Core.Profiles;
using Intimacy.Recommendations.Engine;
using Intimacy.Recommendations.Facts;
using Intimacy.Rules.Fluent.Dsl;

namespace Intimacy.Recommendations.Tests.Regressions;

/// <summary>
/// Row 4 (substance misuse, an affair not both disclosed and ended, a partner leaning out) withholds generic
/// couples therapy until the matter is resolved. The veto knew only the three built-in generic therapies by id,
/// so an app's own conjoint therapy stayed in the plan in every view, with both partners fully screened (so
/// row 6 did not hold it either): an app rule undid a row of the safety table.
/// </summary>
public class AppCouplesTherapyUnderRowFourTests
{
    private const string RowFour = "gate.couples-therapy-deferred";

    private static readonly Intervention Intensive = AppInterventions.ClinicIntensive;

    /// <summary>An app's own sexual conjoint therapy: row 4 is about generic couples therapy, so it stays.</summary>
    private static readonly Intervention SexualIntensive = AppInterventions.SexTherapyProgramme;

    private static readonly RecommendationEngine WithApp = new RecommendationEngineBuilder()
        .AddRules(typeof(ProposeIntensives))
        .AddInterventions(Intensive, SexualIntensive)
        .Build();

    public static TheoryData<string> Triggers => ["substance misuse", "affair not disclosed", "leaning out"];

    [Theory]
    [MemberData(nameof(Triggers))]
    public void AnAppsGenericConjointTherapy_IsHeldBackByRowFour_InEveryView(string trigger)
    {
        var plan = WithApp.Recommend(Screened(trigger));

        foreach (var audience in new[] { Audience.Clinician, Audience.Couple, Audience.PartnerA, Audience.PartnerB })
        {
            plan.ForAudience(audience).AllItems.Should().NotContain(i => i.InterventionId == Intensive.Id, "row 4 holds generic couples therapy back in the {0} view", audience);
        }

        plan.Withheld.Should().Contain(w => w.InterventionId == Intensive.Id && w.HeldBy == RowFour);
    }

    [Fact]
    public void WithNoRowFourTrigger_TheAppsTherapyIsRecommended()
    {
        var plan = WithApp.Recommend(Screened(trigger: null));

        plan.Support.Should().Contain(i => i.InterventionId == Intensive.Id);
    }

    [Fact]
    public void AnAppsSexualConjointTherapy_IsNotGenericCouplesTherapy()
    {
        var plan = WithApp.Recommend(Screened("substance misuse"));

        plan.Withheld.Should().NotContain(w => w.InterventionId == SexualIntensive.Id && w.HeldBy == RowFour);
    }

    /// <summary>Both partners fully screened and safe, distressed in shared answers, with one row-4 trigger of partner A's.</summary>
    private static CoupleProfile Screened(string? trigger) => CoupleProfileBuilder.Create()
        .WithPartnerA(44, a => (trigger switch
            {
                "substance misuse" => a.Health(h => h with { SubstanceMisuse = true }),
                "affair not disclosed" => a.Trust(t => t with { BreachOccurred = true, Disclosed = false, Ended = true }),
                "leaning out" => a.Commitment(c => c with { LeaningOut = true }),
                _ => a,
            })
            .View(v => v with { FeelsLikeRoommates = true, DistanceMonths = 12 })
            .RelationshipScores(r => r with { Csi4 = 6 })
            .Safety(s => s with { ExperiencesViolence = false, FearsPartner = false, CoerciveControl = false, SelfHarmThoughts = false }))
        .WithPartnerB(45, b => b
            .View(v => v with { FeelsLikeRoommates = true, DistanceMonths = 12 })
            .RelationshipScores(r => r with { Csi4 = 7 })
            .Safety(s => s with { ExperiencesViolence = false, FearsPartner = false, CoerciveControl = false, SelfHarmThoughts = false }))
        .Build();

    /// <summary>Proposes both app intensives for the couple on their shared CSI-4 answers.</summary>
    [Name("App.ProposeIntensives")]
    public sealed class ProposeIntensives : InsertingRule
    {
        /// <inheritdoc />
        protected override IEnumerable<object> Facts() =>
            new[] { Intensive.Id, SexualIntensive.Id }.Select(id => new Candidate(id, 70, ItemAudience.Couple, new Reason
            {
                RuleName = "App.ProposeIntensives",
                Text = "The clinic offers an intensive for distressed couples.",
                InputPaths = ["$.partnerA.relationshipScores.csi4", "$.partnerB.relationshipScores.csi4"],
                Disclosure = Disclosure.Shared,
            }, Indicator.Warning));
    }
}
