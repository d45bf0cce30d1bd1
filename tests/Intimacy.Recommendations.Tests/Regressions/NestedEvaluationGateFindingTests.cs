using Intimacy.Core.Plans;
using Intimacy.Core.Profiles;
using Intimacy.Recommendations.Engine;
using Intimacy.Recommendations.Tests.Profiles;
using Intimacy.Rules.Fluent.Dsl;
using Intimacy.Rules.RuleModel;

namespace Intimacy.Recommendations.Tests.Regressions;

/// <summary>
/// Re-review of the per-thread list of genuine gate findings: an app rule may run a whole evaluation of its own
/// while the outer one is firing (on the same thread), and that evaluation may end in an exception. The
/// outer evaluation must still take its own safety rules' findings as genuine (not drop them for the veto's
/// copies), and must not take the inner evaluation's findings as its own.
/// </summary>
public class NestedEvaluationGateFindingTests
{
    private const string GateId = "gate.violence-or-coercion:partnerA";

    private static readonly RecommendationEngine Plain = RecommendationEngine.CreateDefault();

    private static readonly RecommendationEngine Nesting = new RecommendationEngineBuilder().AddRules(typeof(EvaluateInside)).Build();

    [Fact]
    public void TheOuterPlansGateFindings_AreTheSafetyRulesOwn_AfterANestedEvaluation()
    {
        var before = EvaluateInside.Inner;
        var finding = Nesting.Recommend(SafetyProfiles.Fearful).Findings.Single(f => f.Id == GateId);

        // The veto's stand-in would carry its own rule name: the safety rule's finding was taken as genuine.
        finding.RuleName.Should().NotBe("Policy.SafetyVeto");
        finding.RuleName.Should().Be(Plain.Recommend(SafetyProfiles.Fearful).Findings.Single(f => f.Id == GateId).RuleName);
        EvaluateInside.Inner.Should().BeGreaterThan(before, "this evaluation ran the nested one (the other test's count does not do)");
    }

    [Fact]
    public void AGateFindingTakenFromANestedEvaluation_IsNotGenuineInTheOuterOne()
    {
        // The outer profile has no violence gate; the inner one's genuine finding, inserted into the outer
        // session, must not bring a gate finding into a plan whose gates do not include it.
        Nesting.Recommend(SafetyProfiles.Calm).Findings.Should().NotContain(f => f.Id == GateId);
    }

    /// <summary>Runs a nested evaluation (one that fails, one complete) of a fearful couple and inserts its violence gate finding.</summary>
    [Name("App.EvaluateInside")]
    [Priority(-100)]
    public sealed class EvaluateInside : Rule
    {
        private static int s_inner;

        /// <summary>How many nested evaluations have completed.</summary>
        public static int Inner => Volatile.Read(ref s_inner);

        /// <inheritdoc />
        public override void Define()
        {
            CoupleProfile profile = null!;

            When()
                .Match(() => profile);
            Then()
                .Do(ctx => Nested(ctx));
        }

        private static void Nested(IContext ctx)
        {
            // One nested evaluation fails after the safety rules have fired: the outer list must come back.
            try
            {
                Throwing.Value.Recommend(SafetyProfiles.Fearful);
            }
            catch (Exception e) when (e.ToString().Contains(Throw.Message, StringComparison.Ordinal))
            {
            }

            var inner = Plain.Recommend(SafetyProfiles.Fearful);
            Interlocked.Increment(ref s_inner);

            // Findings compare by content, and the rule engine takes equal facts for one: where the outer evaluation's
            // own safety rule has already recorded an equal finding, this one is refused and the outer one stays.
            ctx.TryInsert(inner.Findings.Single(f => f.Id == GateId));
        }
    }

    /// <summary>Fails the evaluation it runs in, after the safety rules.</summary>
    [Name("App.Throw")]
    [Priority(-100)]
    public sealed class Throw : Rule
    {
        /// <summary>The message of the exception it throws.</summary>
        public const string Message = "The app rule failed on purpose.";

        /// <inheritdoc />
        public override void Define()
        {
            CoupleProfile profile = null!;

            When()
                .Match(() => profile);
            Then()
                .Do(ctx => Fail());
        }

        private static void Fail() => throw new InvalidOperationException(Message);
    }

    private static readonly Lazy<RecommendationEngine> Throwing = new(() => new RecommendationEngineBuilder().AddRules(typeof(Throw)).Build());
}
