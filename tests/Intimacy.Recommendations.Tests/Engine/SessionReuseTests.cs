using System.Runtime.CompilerServices;
using Intimacy.Core.Profiles;
using Intimacy.Core.Serialization;
using Intimacy.Recommendations.Engine;
using Intimacy.Recommendations.Tests.Scenarios;
using Intimacy.Rules;
using Intimacy.Rules.Fluent.Dsl;

namespace Intimacy.Recommendations.Tests.Engine;

/// <summary>
/// The engine keeps emptied rule sessions and planner tables for reuse. An evaluation on reused ones gives
/// exactly the plan a new engine gives; an evaluation that is cancelled gives no plan and leaves nothing
/// behind. (Parallel use of one engine is covered by the plan properties: parallel equals sequential.)
/// </summary>
public class SessionReuseTests
{
    private static readonly CoupleProfile[] Profiles =
    [
        Couples.Both(a => a.Safety(s => s with { SelfHarmThoughts = true })),
        Couples.Both(a => a.View(v => v with { FeelsLikeRoommates = true, SexPerYear = 2, SexFrequencyFeeling = SexFrequencyFeeling.WantsMore })),
        Couples.OnlyA(a => a.Personal(p => p with { Visibility = Visibility.Private, BodyImageConcerns = true })),
        Couples.Both(b: b => b.Safety(s => s with { FearsPartner = true })),
        Couples.Both(a => a.Health(h => h with { ErectileDifficulty = true })),
    ];

    [Fact]
    public void ManyEvaluationsOnOneEngine_EqualEachOnANewEngine_InAnyOrder()
    {
        var expected = Profiles.Select(p => PlanJson.Serialize(RecommendationEngine.CreateDefault().Recommend(p))).ToArray();
        var expectedCounts = Profiles.Select(p => RecommendationEngine.CreateDefault().Evaluate(p).FiringCounts).ToArray();
        var engine = RecommendationEngine.CreateDefault();

        for (var round = 0; round < 3; round++)
        {
            foreach (var i in Enumerable.Range(0, Profiles.Length).Select(i => (i * (round + 2)) % Profiles.Length))
            {
                PlanJson.Serialize(engine.Recommend(Profiles[i])).Should().Be(expected[i]);
                engine.Evaluate(Profiles[i]).FiringCounts.Should().Equal(expectedCounts[i]);
            }
        }
    }

    [Fact]
    public void CancelledWhileRulesFire_ThrowsInsteadOfGivingAPartialPlan_AndTheNextEvaluationIsWhole()
    {
        var engine = new RecommendationEngineBuilder().AddRules(typeof(CancelsWhenFired)).Build();
        var profile = Profiles[1];
        var whole = PlanJson.Serialize(new RecommendationEngineBuilder().AddRules(typeof(CancelsWhenFired)).Build().Recommend(profile));

        using (var source = new CancellationTokenSource())
        {
            CancelsWhenFired.Source.Value = source;
            var cancelled = () => engine.Recommend(profile, source.Token);
            cancelled.Should().Throw<OperationCanceledException>();
            CancelsWhenFired.Source.Value = null;
        }

        PlanJson.Serialize(engine.Recommend(profile)).Should().Be(whole);
    }

    [Fact]
    public void ARuleThatStopsOnTheCancelledToken_GivesTheCallerAnOperationCanceledException_NotTheEnginesWrapper()
    {
        // The rule engine wraps what an action throws (as NRules does); the caller asked for cancellation and
        // must be able to catch it as such, as ASP.NET Core and the simulation runner do.
        var engine = new RecommendationEngineBuilder().AddRules(typeof(StopsOnCancellation)).Build();
        var profile = Profiles[1];
        var whole = PlanJson.Serialize(engine.Recommend(profile));

        using (var source = new CancellationTokenSource())
        {
            StopsOnCancellation.Source.Value = source;
            var cancelled = () => engine.Evaluate(profile, source.Token);
            var thrown = cancelled.Should().Throw<OperationCanceledException>().Which;
            thrown.CancellationToken.Should().Be(source.Token);
            thrown.InnerException.Should().BeOfType<RuleRhsExpressionEvaluationException>("the engine's report of the rule stays available");
            StopsOnCancellation.Source.Value = null;
        }

        PlanJson.Serialize(engine.Recommend(profile)).Should().Be(whole);
    }

    [Fact]
    public void ACancellationWrappedTwice_ByAConditionThatRunsInsideAnActionsInsert_IsStillTheCallers()
    {
        // An action's insert runs other rules' conditions: a condition that stops on the cancelled token is wrapped as a
        // condition error, and that again as the action's error. The caller still asked for cancellation.
        var engine = new RecommendationEngineBuilder().AddRules(typeof(CancelsThenInserts), typeof(StopsInItsCondition)).Build();
        var profile = Profiles[1];
        var whole = PlanJson.Serialize(engine.Recommend(profile));

        using (var source = new CancellationTokenSource())
        {
            CancelsThenInserts.Source.Value = source;
            var cancelled = () => engine.Evaluate(profile, source.Token);
            var thrown = cancelled.Should().Throw<OperationCanceledException>().Which;
            thrown.CancellationToken.Should().Be(source.Token);
            thrown.InnerException.Should().BeOfType<RuleRhsExpressionEvaluationException>()
                .Which.InnerException.Should().BeOfType<RuleLhsExpressionEvaluationException>();
            CancelsThenInserts.Source.Value = null;
        }

        PlanJson.Serialize(engine.Recommend(profile)).Should().Be(whole);
    }

    [Fact]
    public void ARuleThatThrowsOperationCanceledException_WithoutACancelledToken_StaysTheEnginesError()
    {
        // Only the caller's cancellation is given back as such; a rule's own OperationCanceledException is a rule failure.
        var engine = new RecommendationEngineBuilder().AddRules(typeof(StopsOnCancellation)).Build();
        using var other = new CancellationTokenSource();
        other.Cancel();
        StopsOnCancellation.Own.Value = other.Token;

        var act = () => engine.Recommend(Profiles[1]);

        act.Should().Throw<RuleRhsExpressionEvaluationException>().WithInnerException<OperationCanceledException>();
        StopsOnCancellation.Own.Value = default;
    }

    [Fact]
    public void AfterAnEvaluation_TheKeptSessionAndTablesHoldNothingOfTheCouple()
    {
        // Privacy as much as memory: a waiting workspace must not keep the last couple's answers alive.
        var engine = RecommendationEngine.CreateDefault();

        // A session keeps its objects from its first reset on: the couple to forget is evaluated on a reused one.
        engine.Recommend(Profiles[3]);
        var evaluated = EvaluateAndForget(engine);

        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();

        evaluated.IsAlive.Should().BeFalse("the engine keeps no reference to a profile it has evaluated");
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static WeakReference EvaluateAndForget(RecommendationEngine engine)
    {
        // A new profile with private answers, a safety gate and a shared concern: facts, findings, drafts and withheld items.
        var profile = Couples.Both(
            a => a.Safety(s => s with { SelfHarmThoughts = true }).Personal(p => p with { Visibility = Visibility.Private, BodyImageConcerns = true }),
            b => b.View(v => v with { FeelsLikeRoommates = true }));
        engine.Recommend(profile).Urgent.Should().NotBeEmpty();
        return new WeakReference(profile);
    }

    /// <summary>Cancels the evaluation's token as soon as it fires (first, by its priority).</summary>
    [Name("App.Test.CancelsWhenFired")]
    [Priority(1000)]
    public sealed class CancelsWhenFired : Rule
    {
        public static readonly AsyncLocal<CancellationTokenSource?> Source = new();

        /// <inheritdoc />
        public override void Define()
        {
            CoupleProfile profile = null!;
            When()
                .Match(() => profile);
            Then()
                .Do(ctx => Cancel());
        }

        private static void Cancel() => Source.Value?.Cancel();
    }

    /// <summary>Cancels the evaluation's token, then stops the way a rule honouring <c>IContext.CancellationToken</c> does.</summary>
    [Name("App.Test.StopsOnCancellation")]
    [Priority(1000)]
    public sealed class StopsOnCancellation : Rule
    {
        public static readonly AsyncLocal<CancellationTokenSource?> Source = new();

        public static readonly AsyncLocal<CancellationToken> Own = new();

        /// <inheritdoc />
        public override void Define()
        {
            CoupleProfile profile = null!;
            When()
                .Match(() => profile);
            Then()
                .Do(ctx => Stop(ctx.CancellationToken));
        }

        private static void Stop(CancellationToken token)
        {
            Source.Value?.Cancel();
            token.ThrowIfCancellationRequested();
            Own.Value.ThrowIfCancellationRequested();
        }
    }

    /// <summary>A fact <see cref="CancelsThenInserts"/> inserts after cancelling, for <see cref="StopsInItsCondition"/>'s condition.</summary>
    public sealed class CancelMarker;

    /// <summary>Cancels the evaluation's token, then inserts a fact whose insert runs <see cref="StopsInItsCondition"/>'s condition.</summary>
    [Name("App.Test.CancelsThenInserts")]
    [Priority(1000)]
    public sealed class CancelsThenInserts : Rule
    {
        public static readonly AsyncLocal<CancellationTokenSource?> Source = new();

        /// <inheritdoc />
        public override void Define()
        {
            CoupleProfile profile = null!;
            When()
                .Match(() => profile);
            Then()
                .Do(ctx => CancelAndInsert(ctx));
        }

        private static void CancelAndInsert(Intimacy.Rules.RuleModel.IContext context)
        {
            if (Source.Value is { } source)
            {
                source.Cancel();
                context.Insert(new CancelMarker());
            }
        }
    }

    /// <summary>Stops in its condition, the way code honouring the evaluation's token does, when the token is cancelled.</summary>
    [Name("App.Test.StopsInItsCondition")]
    public sealed class StopsInItsCondition : Rule
    {
        /// <inheritdoc />
        public override void Define()
        {
            CancelMarker marker = null!;
            When()
                .Match(() => marker, m => Stop());
            Then()
                .Do(ctx => ctx.Halt());
        }

        private static bool Stop()
        {
            CancelsThenInserts.Source.Value?.Token.ThrowIfCancellationRequested();
            return true;
        }
    }
}
