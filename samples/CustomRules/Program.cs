// Custom rules: an app adds its own rule, its own intervention and its region's crisis contacts next
// to the built-in ones, then checks that the library's safety veto still governs the app's item: it is
// held back while a partner reports violence and while a partner has not been screened for safety.
using CustomRules;
using Intimacy.Core.Interventions;
using Intimacy.Core.Plans;
using Intimacy.Recommendations.Engine;
using Intimacy.Recommendations.Rendering;
using Microsoft.Extensions.DependencyInjection;

var services = new ServiceCollection();
services.AddExampleClinic();
using var provider = services.BuildServiceProvider();
var engine = provider.GetRequiredService<IRecommendationEngine>();

var groupId = ExampleClinic.CouplesGroup.Id;

// 1. A couple drifting apart: the app's rule adds the clinic's group to the shared plan.
var drifting = engine.Recommend(SampleProfiles.DriftingApart());
Console.WriteLine("=== A couple drifting apart: the couple's view ===");
Console.WriteLine(PlanRenderer.ToPlainText(drifting, Audience.Couple));
var offered = drifting.ForAudience(Audience.Couple).AllItems.Any(i => i.InterventionId == groupId);
Console.WriteLine($"The example clinic's group is in the couple's plan: {(offered ? "yes" : "NO")}");

// 2. The same couple, but one partner reports violence: the veto holds back every joint item,
//    the app's group included, and the region's contacts appear with the safety items.
var unsafePlan = engine.Recommend(SampleProfiles.DriftingApartWithViolence());
Console.WriteLine();
Console.WriteLine("=== The same couple when partner A reports violence: partner A's view ===");
Console.WriteLine(PlanRenderer.ToPlainText(unsafePlan, Audience.PartnerA));
var withheld = HeldBackEverywhere(unsafePlan);
Console.WriteLine($"The example clinic's group is held back by the safety veto: {(withheld ? "yes" : "NO")}");

// 3. The same couple when only partner A has answered: partner B has not been screened for safety,
//    so a private safety screening comes first and the group, a joint professional route, waits
//    for it in every view (docs/safety.md, row 6).
var onePlan = engine.Recommend(SampleProfiles.DriftingApartOnlyOneAnswered());
Console.WriteLine();
Console.WriteLine("=== The same couple when only partner A has answered: the couple's view ===");
Console.WriteLine(PlanRenderer.ToPlainText(onePlan, Audience.Couple));
var screeningFirst = onePlan.ForAudience(Audience.Couple).AllItems.Any(i => i.InterventionId == Interventions.SafetyScreening.Id);
var waits = HeldBackEverywhere(onePlan);
Console.WriteLine($"The example clinic's group waits for the other partner's safety screening: {(waits && screeningFirst ? "yes" : "NO")}");

return offered && withheld && waits && screeningFirst ? 0 : 1;

// Held back, and offered in no view: not the couple's, either partner's or the clinician's.
bool HeldBackEverywhere(RecommendationPlan plan) =>
    plan.Withheld.Any(w => w.InterventionId == groupId)
    && new[] { Audience.Couple, Audience.PartnerA, Audience.PartnerB, Audience.Clinician }
        .All(audience => !plan.ForAudience(audience).AllItems.Any(i => i.InterventionId == groupId));
