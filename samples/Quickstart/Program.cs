// Quick start: describe a couple, register Intimacy.Core, ask for a plan, print it with its reasons.
using Intimacy.Core.Plans;
using Intimacy.Core.Profiles;
using Intimacy.Recommendations;
using Intimacy.Recommendations.Engine;
using Microsoft.Extensions.DependencyInjection;

// 1. Each partner's own answers. Unknown answers are left out, and never read as "fine".
var profile = CoupleProfileBuilder.Create()
    .WithPartnerA(38, a => a
        .View(v => v with { SexPerYear = 6, SexFrequencyFeeling = SexFrequencyFeeling.WantsMore, FeelsLikeRoommates = true, ConflictFrequency = Frequency.Often })
        .Life(l => l with { WorkHoursPerWeek = 55, CaresForChildren = true })
        .Safety(s => s with { ExperiencesViolence = false, FearsPartner = false, CoerciveControl = false, SelfHarmThoughts = false })
        .RelationshipScores(r => r with { Csi4 = 11 }))
    .WithPartnerB(40, b => b
        .View(v => v with { SexPerYear = 6, SexFrequencyFeeling = SexFrequencyFeeling.Content, FeelsPressured = true })
        .Health(h => h with { ErectileDifficulty = true })
        .Safety(s => s with { ExperiencesViolence = false, FearsPartner = false, CoerciveControl = false, SelfHarmThoughts = false }))
    .WithRelationship(r => r with { LengthYears = 11, ChildrenAtHome = true })
    .Build(); // validates: an invalid profile throws ProfileValidationException listing every problem

// 2. Register the library once; the engine compiles its rules once and is thread-safe.
var services = new ServiceCollection();
services.AddIntimacyCore(options => options.Region = "example-region");
using var provider = services.BuildServiceProvider();
var engine = provider.GetRequiredService<IRecommendationEngine>();

// 3. The engine returns the clinician's view: narrow it to the couple before showing it to them.
var plan = engine.Recommend(profile).ForAudience(Audience.Couple);

Console.WriteLine($"Plan for the couple ({engine.Rules.Count} rules, rule set {engine.RuleSetHash[..12]})");
foreach (var notice in plan.Notices)
{
    Console.WriteLine($"! {notice.Text}");
}

// The urgent lane first, then the phases in stage order, then the support track.
foreach (var item in plan.AllItems)
{
    Console.WriteLine($"- {item.Stage}: {item.Title} [{item.Indicator}, for {item.Audience}, priority {item.Priority}]");
    foreach (var reason in item.Reasons)
    {
        var threshold = reason.Threshold is null ? string.Empty : $" [{reason.Threshold}]";
        Console.WriteLine($"    why: {reason.Text}{threshold} ({reason.RuleName})");
    }

    Console.WriteLine($"    source: {item.Sources[0].Label}");
}

foreach (var withheld in plan.Withheld)
{
    Console.WriteLine($"- not now: {withheld.Title} (held back by {withheld.HeldBy})");
}
