// Custom rules: an app adds its own rule, its own intervention and its region's crisis contacts next
// to the built-in ones, then checks that the library's safety veto still governs the app's item.
using CustomRules;
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
var withheld = unsafePlan.Withheld.Any(w => w.InterventionId == groupId);
var stillOffered = unsafePlan.AllItems.Any(i => i.InterventionId == groupId);
Console.WriteLine($"The example clinic's group is held back by the safety veto: {(withheld && !stillOffered ? "yes" : "NO")}");

return offered && withheld && !stillOffered ? 0 : 1;
