// Uses the packed libraries exactly as an outside app would, and fails loudly if a plan comes back empty or
// without its explanations. .ci/consumer-check.sh runs it twice, as a JIT app and published as a native AOT
// app, and compares the two outputs: each line below is something that once differed, or could, when trimmed.
using System.Security.Cryptography;
using System.Text;
using Intimacy.Core;
using Intimacy.Core.Plans;
using Intimacy.Core.Profiles;
using Intimacy.Core.Serialization;
using Intimacy.Core.Validation;
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
Console.WriteLine("items: " + string.Join(", ", items.Select(i => i.InterventionId)));

// Profile validation: range and option checks over every section (compiled from the profile types by reflection).
var outOfRange = CoupleProfileBuilder.Create()
    .WithPartnerA(12, a => a.View(v => v with { SexPerYear = -1, DesireLevel = 99, QualityTimeHoursPerWeek = -3, Satisfaction = new DimensionSatisfaction { Emotional = 99 } }))
    .BuildUnvalidated();
var errors = ProfileValidator.Validate(outOfRange).Errors;
if (errors.Count == 0)
{
    problems.Add("an out-of-range profile was accepted");
}

Console.WriteLine("validation: " + string.Join("; ", errors.Select(e => $"{e.Path} {e.Code}")));

// JSON: round trips, the strict enum reader's message, and both schemas.
var roundTripped = ProfileJson.Deserialize(ProfileJson.Serialize(profile));
Console.WriteLine("profile json round trip: " + (ProfileJson.Serialize(roundTripped) == ProfileJson.Serialize(profile)));
try
{
    ProfileJson.Deserialize("""{"schemaVersion":1,"partnerA":{"ageYears":30,"view":{"sexFrequencyFeeling":"often"}}}""");
    problems.Add("an unknown option was read");
}
catch (Exception e) when (e is FormatException or ProfileValidationException or System.Text.Json.JsonException)
{
    Console.WriteLine("unknown option: " + e.Message);
}

var planJson = PlanJson.Serialize(plan);
Console.WriteLine("plan json: " + Hash(planJson) + ", round trip " + (PlanJson.Serialize(PlanJson.Deserialize(planJson)) == planJson));
Console.WriteLine("profile schema: " + Hash(ProfileJson.GetSchema().ToJsonString()));
Console.WriteLine("plan schema: " + Hash(PlanJson.GetSchema().ToJsonString()));

foreach (var problem in problems)
{
    Console.Error.WriteLine($"consumer: {problem}");
}

return problems.Count == 0 ? 0 : 1;

static string Hash(string text) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..16];
