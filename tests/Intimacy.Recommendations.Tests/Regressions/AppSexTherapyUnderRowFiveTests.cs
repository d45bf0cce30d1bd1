using Intimacy.Core.Dimensions;
using Intimacy.Core.Interventions;
using Intimacy.Core.Plans;
using Intimacy.Core.Profiles;
using Intimacy.Recommendations.Engine;
using Intimacy.Recommendations.Facts;
using Intimacy.Rules.Fluent.Dsl;

namespace Intimacy.Recommendations.Tests.Regressions;

/// <summary>
/// Row 5 ranks a physician or prescriber visit above sex therapy. The veto knew sex therapy only by the
/// built-in id, so an app's own sex therapy at a high priority came before the physician visit.
/// </summary>
public class AppSexTherapyUnderRowFiveTests
{
    private static readonly Intervention Programme = AppInterventions.SexTherapyProgramme;

    private static readonly RecommendationEngine WithApp = new RecommendationEngineBuilder()
        .AddRules(typeof(ProposeProgramme))
        .AddInterventions(Programme)
        .Build();

    [Fact]
    public void TheMedicalVisit_RanksAboveAnAppsSexTherapy_InEveryViewThatShowsBoth()
    {
        // Partner A's shared health answer: erectile difficulty (row 5); both partners screened and safe.
        var profile = CoupleProfileBuilder.Create()
            .WithPartnerA(52, a => a
                .Health(h => h with { ErectileDifficulty = true })
                .Safety(s => s with { ExperiencesViolence = false, FearsPartner = false, CoerciveControl = false, SelfHarmThoughts = false }))
            .WithPartnerB(50, b => b
                .Safety(s => s with { ExperiencesViolence = false, FearsPartner = false, CoerciveControl = false, SelfHarmThoughts = false }))
            .Build();

        var plan = WithApp.Recommend(profile);

        var checkedViews = 0;
        foreach (var audience in new[] { Audience.Clinician, Audience.Couple, Audience.PartnerA, Audience.PartnerB })
        {
            var support = plan.ForAudience(audience).Support;
            var programme = support.Select((item, index) => (item, index)).Where(x => x.item.InterventionId == Programme.Id).ToList();
            var medical = support.Select((item, index) => (item, index)).Where(x => x.item.Kind == InterventionKind.Medical).ToList();
            if (programme.Count == 0 || medical.Count == 0)
            {
                continue;
            }

            checkedViews++;
            foreach (var (item, index) in medical)
            {
                index.Should().BeLessThan(programme[0].index, "{0} ranks above the app's sex therapy in the {1} view", item.InterventionId, audience);
                item.Priority.Should().BeGreaterThan(programme[0].item.Priority);
            }
        }

        checkedViews.Should().BeGreaterThan(0, "the physician visit and the programme both show in at least the clinician's view");
    }

    /// <summary>Proposes the programme for the couple at the top of the scale, on partner A's shared health answer.</summary>
    [Name("App.ProposeSexTherapyProgramme")]
    public sealed class ProposeProgramme : InsertingRule
    {
        /// <inheritdoc />
        protected override IEnumerable<object> Facts() => [new Candidate(Programme.Id, 99, ItemAudience.Couple, new Reason
        {
            RuleName = "App.ProposeSexTherapyProgramme",
            Text = "The clinic runs a sex therapy programme.",
            InputPaths = ["$.partnerA.health.erectileDifficulty"],
            Disclosure = Disclosure.Shared,
        }, Indicator.Warning)];
    }
}
