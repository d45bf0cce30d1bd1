using Intimacy.Core.Plans;
using Intimacy.Core.Profiles;
using Intimacy.Recommendations.Engine;
using Intimacy.Recommendations.Facts;
using Intimacy.Recommendations.Tests.Profiles;
using Intimacy.Rules.Fluent.Dsl;

namespace Intimacy.Recommendations.Tests.Regressions;

/// <summary>
/// Found in the re-review of the row 1 ranking rule. Emergency services go above every other item, last of the
/// ranking rules; where the emergency item could not be raised past the top of the scale, every other item at
/// the top was set one below it, so the ranks the earlier rules had made there (a medical route above sex
/// therapy, a safety screening above joint professional help) collapsed into a tie that the intervention id
/// broke: couples therapy came before the screening.
/// </summary>
public class EmergencyRankingKeepsOtherRanksTests
{
    private static readonly RecommendationEngine Engine = new RecommendationEngineBuilder().AddRules(typeof(TopOfTheScale)).Build();

    [Fact]
    public void ASafetyScreening_StaysAboveCouplesTherapy_WhenAnEmergencyItemTakesTheTop()
    {
        var plan = Engine.Recommend(SafetyProfiles.Screened(erectileDifficulty: false));
        foreach (var audience in new[] { Audience.Clinician, Audience.Couple, Audience.PartnerA, Audience.PartnerB })
        {
            var items = plan.ForAudience(audience).AllItems.ToList();
            items[0].InterventionId.Should().Be("intervention.emergency-services", "the {0} view", audience);
            var screening = items.First(i => i.InterventionId == "intervention.safety-screening");
            var therapy = items.First(i => i.InterventionId == "intervention.couples-therapy");
            screening.Priority.Should().BeGreaterThan(therapy.Priority, "the {0} view", audience);
            items.IndexOf(screening).Should().BeLessThan(items.IndexOf(therapy), "the {0} view", audience);
        }
    }

    [Fact]
    public void APhysicianVisit_StaysAboveSexTherapy_WhenAnEmergencyItemTakesTheTop()
    {
        var plan = Engine.Recommend(SafetyProfiles.Screened(erectileDifficulty: true));
        var items = plan.AllItems.ToList();
        items[0].InterventionId.Should().Be("intervention.emergency-services");
        var physician = items.Single(i => i.InterventionId == "intervention.physician-visit");
        var sexTherapy = items.Single(i => i.InterventionId == "intervention.sex-therapy");
        physician.Priority.Should().BeGreaterThan(sexTherapy.Priority);
    }

    /// <summary>An app rule that proposes, for the couple at priority 100, emergency services (as critical), a safety screening, couples therapy and sex therapy.</summary>
    [Name("App.TopOfTheScale")]
    [Priority(-10)]
    public sealed class TopOfTheScale : InsertingRule
    {
        /// <inheritdoc />
        protected override IEnumerable<object> Facts() =>
        [
            Push("intervention.emergency-services", Indicator.Critical), Push("intervention.safety-screening"),
            Push("intervention.couples-therapy"), Push("intervention.sex-therapy"),
        ];

        private static Candidate Push(string id, Indicator indicator = Indicator.Info) =>
            new(id, 100, ItemAudience.Couple, new Reason { RuleName = "App.TopOfTheScale", Text = "The app puts this first." }, indicator);
    }
}
