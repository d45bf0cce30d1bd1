// Uses the packed Intimacy.Recommendations exactly as an outside app would, and fails loudly if a
// plan comes back empty or without its explanations.
using Intimacy.Core;
using Intimacy.Core.Plans;
using Intimacy.Core.Profiles;
using Intimacy.Recommendations;
using Intimacy.Recommendations.Engine;
using Microsoft.Extensions.DependencyInjection;

var profile = CoupleProfileBuilder.Create()
    .WithPartnerA(35, a => a
        .View(v => v with { SexPerYear = 4, SexFrequencyFeeling = SexFrequencyFeeling.WantsMore, FeelsLikeRoommates = true })
        .Safety(s => s with { ExperiencesViolence = false, FearsPartner = false, CoerciveControl = false, SelfHarmThoughts = false }))
    .WithPartnerB(37, b => b
        .View(v => v with { SexFrequencyFeeling = SexFrequencyFeeling.Content })
        .Safety(s => s with { ExperiencesViolence = false, FearsPartner = false, CoerciveControl = false, SelfHarmThoughts = false }))
    .Build();

var services = new ServiceCollection();
services.AddIntimacyCore();
using var provider = services.BuildServiceProvider();
var engine = provider.GetRequiredService<IRecommendationEngine>();
var plan = engine.Recommend(profile).ForAudience(Audience.Couple);
var items = plan.AllItems.ToList();

var problems = new List<string>();
if (items.Count == 0)
{
    problems.Add("the plan has no items");
}

problems.AddRange(items.Where(i => i.Reasons.Count == 0).Select(i => $"{i.InterventionId} has no reasons"));
problems.AddRange(items.Where(i => i.Sources.Count == 0).Select(i => $"{i.InterventionId} has no sources"));

Console.WriteLine($"Intimacy.Core {IntimacyCoreInfo.Version}: {engine.Rules.Count} rules, {items.Count} items for the couple.");
foreach (var problem in problems)
{
    Console.Error.WriteLine($"consumer: {problem}");
}

return problems.Count == 0 ? 0 : 1;
