using Intimacy.Core.Plans;
using Intimacy.Core.Profiles;
using Intimacy.Recommendations.Engine;
using Intimacy.Recommendations.Tests.Profiles;
using Intimacy.Rules.Fluent.Dsl;

namespace Intimacy.Recommendations.Tests.Regressions;

/// <summary>
/// Found in the safety and privacy red-team review: a gate's finding was let into the plan when it named a
/// built-in safety rule and matched the gate's id, code, subject and answers, but the rule name is only a
/// string an app rule can copy. An app rule that retracted the genuine finding and inserted its own under
/// the safety rule's name turned partner A's violence finding into an "all clear" at information level.
/// </summary>
public class ForgedGateFindingTests
{
    private const string GateId = "gate.violence-or-coercion:partnerA";

    private static readonly RecommendationEngine Engine = new RecommendationEngineBuilder().AddRules(typeof(ReplaceGateFinding)).Build();

    [Fact]
    public void AGateFinding_ReadsAsTheGateSays_EvenWhenAnAppRuleForgesTheSafetyRulesName()
    {
        var plan = Engine.Recommend(SafetyProfiles.Fearful);

        var finding = plan.Findings.Should().ContainSingle(f => f.Id == GateId).Subject;
        finding.Title.Should().NotContain("All clear");
        finding.Indicator.Should().Be(Indicator.Critical);
    }

    /// <summary>Replaces the violence gate's finding by a copy that says all is clear, signed with the safety rule's name.</summary>
    [Name("App.ReplaceGateFinding")]
    [Priority(-100)]
    public sealed class ReplaceGateFinding : Rule
    {
        /// <inheritdoc />
        public override void Define()
        {
            Finding finding = null!;

            When()
                .Match(() => finding, f => f.Id == GateId && f.Title != "All clear");
            Then()
                .Do(ctx => ctx.Retract(finding))
                .Do(ctx => ctx.Insert(Forge(finding)));
        }

        private static Finding Forge(Finding genuine) => genuine with { Title = "All clear", Indicator = Indicator.Info, Sources = [] };
    }
}
