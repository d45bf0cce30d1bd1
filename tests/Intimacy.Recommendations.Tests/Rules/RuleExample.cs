using Intimacy.Core.Plans;
using Intimacy.Core.Profiles;
using Intimacy.Recommendations.Engine;
using Intimacy.Recommendations.Tests.Scenarios;

namespace Intimacy.Recommendations.Tests.Rules;

/// <summary>
/// One worked example for one built-in rule: a profile on which the rule must fire (and leave a
/// finding or a reason in the plan) or must stay quiet (a near miss, an unknown answer).
/// </summary>
/// <param name="Rule">The rule's name, as in <see cref="IRecommendationEngine.Rules"/>.</param>
/// <param name="Example">What the example shows, in a few words; unique per rule.</param>
/// <param name="Fires">Whether the rule must fire.</param>
/// <param name="Profile">The profile.</param>
public sealed record RuleExample(string Rule, string Example, bool Fires, CoupleProfile Profile)
{
    /// <summary>The key the theories use.</summary>
    public string Key => Rule + " | " + (Fires ? "fires: " : "quiet: ") + Example;

    /// <summary>An example on which the rule fires.</summary>
    public static RuleExample Firing(string rule, string example, CoupleProfile profile) => new(rule, example, true, profile);

    /// <summary>An example on which the rule stays quiet.</summary>
    public static RuleExample Quiet(string rule, string example, CoupleProfile profile) => new(rule, example, false, profile);

    /// <inheritdoc />
    public override string ToString() => Key;
}

/// <summary>Runs rule examples against the default engine.</summary>
internal static class RuleExamples
{
    /// <summary>The keys of <paramref name="examples"/>, for a theory's member data.</summary>
    public static TheoryData<string> Keys(IEnumerable<RuleExample> examples)
    {
        var data = new TheoryData<string>();
        foreach (var example in examples)
        {
            data.Add(example.Key);
        }

        return data;
    }

    /// <summary>Checks the example with <paramref name="key"/>: the firing count and the plan agree with it.</summary>
    public static void Check(IEnumerable<RuleExample> examples, string key, IRecommendationEngine? engine = null)
    {
        var example = examples.Single(e => e.Key == key);
        engine ??= Engines.Default;
        var rule = engine.Rules.SingleOrDefault(r => r.Name == example.Rule);
        rule.Should().NotBeNull("the rule {0} should be part of the rule set", example.Rule);

        var evaluation = engine.Evaluate(example.Profile);
        var fired = evaluation.FiringCounts[rule!.Index];
        var traces = Traces(evaluation.Plan, rule.Name);

        if (example.Fires)
        {
            fired.Should().BePositive("{0} should fire: {1}", rule.Name, example.Example);
            traces.Should().NotBeEmpty("what {0} found or proposed should be in the plan", rule.Name);
        }
        else
        {
            fired.Should().Be(0, "{0} should stay quiet: {1}", rule.Name, example.Example);
            traces.Should().BeEmpty("nothing in the plan may come from {0}", rule.Name);
        }
    }

    /// <summary>Where a rule shows in a plan: the findings it made and the reasons it gave.</summary>
    public static IReadOnlyList<string> Traces(RecommendationPlan plan, string ruleName) =>
    [
        .. plan.Findings.Where(f => f.RuleName == ruleName).Select(f => "finding " + f.Id),
        .. plan.AllItems.Where(i => i.Reasons.Any(r => r.RuleName == ruleName)).Select(i => "item " + i.InterventionId + " for " + i.Audience),
    ];
}
