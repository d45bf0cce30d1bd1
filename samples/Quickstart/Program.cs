// Quick start: describe a couple, register Intimacy.Core, ask for a plan, print it with its reasons.
using Intimacy.Core.Plans;
using Intimacy.Core.Profiles;
using Intimacy.Recommendations;
using Intimacy.Recommendations.Engine;
using Microsoft.Extensions.DependencyInjection;

// 1. A profile: each partner's own answers. Unknown answers are simply left out.
var profile = CoupleProfileBuilder.Create()
    .WithPartnerA(38, a => a
        .View(v => v with
        {
            SexPerYear = 6,
            SexFrequencyFeeling = SexFrequencyFeeling.WantsMore,
            Affection = Frequency.Rarely,
            FeelsLikeRoommates = true,
            ConflictFrequency = Frequency.Often,
            ConflictsResolved = Frequency.Rarely,
        })
        .Life(l => l with { WorkHoursPerWeek = 55, CaresForChildren = true, StressLevel = 4 })
        .Safety(s => s with { ExperiencesViolence = false, FearsPartner = false, CoerciveControl = false, SelfHarmThoughts = false })
        .RelationshipScores(r => r with { Csi4 = 11 }))
    .WithPartnerB(40, b => b
        .View(v => v with { SexPerYear = 6, SexFrequencyFeeling = SexFrequencyFeeling.Content, FeelsPressured = true })
        .Health(h => h with { ErectileDifficulty = true })
        .Safety(s => s with { ExperiencesViolence = false, FearsPartner = false, CoerciveControl = false, SelfHarmThoughts = false }))
    .WithRelationship(r => r with { LengthYears = 11, ChildrenAtHome = true })
    .Build();

// 2. Register the library once; the engine compiles its rules once and is thread-safe.
var services = new ServiceCollection();
services.AddIntimacyCore(options => options.Region = "example-region");
using var provider = services.BuildServiceProvider();
var engine = provider.GetRequiredService<IRecommendationEngine>();

// 3. Recommend, and show the couple only what both partners may see.
var plan = engine.Recommend(profile).ForAudience(Audience.Couple);

Console.WriteLine($"Plan for the couple ({engine.Rules.Count} rules, rule set {engine.RuleSetHash[..12]})");
foreach (var notice in plan.Notices)
{
    Console.WriteLine($"! {notice.Text}");
}

Print("Urgent", plan.Urgent);
foreach (var phase in plan.Phases)
{
    Print(phase.Stage.ToString(), phase.Items);
}

Print("Support", plan.Support);

static void Print(string heading, IReadOnlyList<PlanItem> items)
{
    if (items.Count == 0)
    {
        return;
    }

    Console.WriteLine();
    Console.WriteLine($"## {heading}");
    foreach (var item in items)
    {
        Console.WriteLine($"- [{item.Indicator}] {item.Title} (for {item.Audience}, priority {item.Priority})");
        foreach (var reason in item.Reasons)
        {
            var threshold = reason.Threshold is null ? string.Empty : $" [{reason.Threshold}]";
            Console.WriteLine($"    why: {reason.Text}{threshold} ({reason.RuleName})");
        }

        Console.WriteLine($"    source: {item.Sources[0].Label}");
    }
}
