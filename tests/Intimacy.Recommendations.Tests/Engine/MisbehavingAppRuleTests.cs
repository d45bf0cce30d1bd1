using System.Diagnostics;
using Intimacy.Core.Plans;
using Intimacy.Core.Profiles;
using Intimacy.Core.Serialization;
using Intimacy.Recommendations.Engine;
using Intimacy.Recommendations.Facts;
using Intimacy.Recommendations.Tests.Profiles;
using Intimacy.Recommendations.Tests.Scenarios;
using Intimacy.Rules;
using Intimacy.Rules.Fluent.Dsl;
using Intimacy.Rules.RuleModel;
using Xunit.Abstractions;

namespace Intimacy.Recommendations.Tests.Engine;

/// <summary>
/// App rules that misbehave while an evaluation runs: loops that never settle, long chains, errors, re-entrant and
/// blocking evaluations, contexts kept after their firing, floods of facts. The engine stops (with an error that names
/// the rule, or the caller's cancellation), never crashes or hangs the host, and the next evaluation on the same engine
/// gives exactly the plan a new engine gives; where the rules are undermined the safety veto still holds.
/// </summary>
public class MisbehavingAppRuleTests(ITestOutputHelper output)
{
    private static readonly CoupleProfile Roommates = Couples.Both(a => a.View(v => v with { FeelsLikeRoommates = true, SexPerYear = 2, SexFrequencyFeeling = SexFrequencyFeeling.WantsMore }));

    private static readonly Type[] AppRules = [typeof(Misbehave), typeof(Spin), typeof(NextStep), typeof(ThrowsInCondition)];

    /// <summary>What <see cref="Misbehave"/> does in the evaluation under test (the first time it fires only).</summary>
    private static readonly AsyncLocal<Once?> Behaviour = new();

    /// <summary>The engine the app rules run in, for the behaviours that call it again.</summary>
    private static readonly AsyncLocal<RecommendationEngine?> Current = new();

    private static readonly AsyncLocal<bool> FailCondition = new();

    private static RecommendationEngine Build() => new RecommendationEngineBuilder().AddRules(AppRules).Build();

    /// <summary>The plan a new engine with the same app rules, behaving, gives.</summary>
    private static string Fresh(CoupleProfile profile)
    {
        Behaviour.Value = null;
        FailCondition.Value = false;
        return PlanJson.Serialize(Build().Recommend(profile));
    }

    private static RecommendationEngine Misbehaving(Action<IContext, CoupleProfile> behaviour)
    {
        var engine = Build();
        Current.Value = engine;
        Behaviour.Value = new Once(behaviour);
        return engine;
    }

    private static void ShouldGiveAFreshPlanNext(RecommendationEngine engine, CoupleProfile profile)
    {
        var fresh = Fresh(profile);
        PlanJson.Serialize(engine.Recommend(profile)).Should().Be(fresh, "nothing of the failed evaluation stays behind");
        PlanJson.Serialize(engine.Recommend(profile)).Should().Be(fresh);
    }

    [Fact]
    public void AnAppRuleThatNeverSettles_StopsAtTheLoopGuard_NamingTheRule()
    {
        var engine = Misbehaving((ctx, _) => ctx.Insert(new Spinner()));

        var runaway = () => engine.Recommend(Roommates);

        var error = runaway.Should().Throw<RuleFiringLimitException>().Which;
        error.RuleNames.Should().Equal(Spin.RuleName);
        ShouldGiveAFreshPlanNext(engine, Roommates);
    }

    [Fact]
    public void AnAppRuleThatNeverSettles_StopsPromptlyWhenTheCallerCancels_FromAnotherThread()
    {
        var engine = Misbehaving((ctx, _) => ctx.Insert(new Spinner()));
        using var source = new CancellationTokenSource();
        var clock = new Stopwatch();
        var canceller = new Thread(() =>
        {
            Spinner.Running.Wait();
            Thread.Sleep(20);
            clock.Start();
            source.Cancel();
        });
        Spinner.Running.Reset();
        canceller.Start();

        var cancelled = () => engine.Recommend(Roommates, source.Token);

        cancelled.Should().Throw<OperationCanceledException>().Which.CancellationToken.Should().Be(source.Token);
        var latency = clock.Elapsed;
        canceller.Join();
        output.WriteLine($"Recommend returned {latency.TotalMilliseconds:F2} ms after Cancel");

        // A generous bound: the rule engine checks the token before each firing, microseconds apart here (the loop guard
        // alone would stop the loop only after a million firings).
        latency.Should().BeLessThan(TimeSpan.FromSeconds(10));
        ShouldGiveAFreshPlanNext(engine, Roommates);
    }

    [Fact]
    public void AnActionThatThrows_FailsTheEvaluationWithAnErrorNamingTheRule()
    {
        var engine = Misbehaving((_, _) => throw new InvalidOperationException("the app's own failure"));

        var failing = () => engine.Recommend(Roommates);

        var error = failing.Should().Throw<RuleRhsExpressionEvaluationException>().Which;
        error.RuleName.Should().Be(Misbehave.RuleName);
        error.Message.Should().Contain(Misbehave.RuleName);
        error.InnerException!.Message.Should().Be("the app's own failure");
        ShouldGiveAFreshPlanNext(engine, Roommates);
    }

    [Fact]
    public void AConditionThatThrows_FailsTheEvaluationWithAnErrorNamingTheRule()
    {
        var engine = Build();
        FailCondition.Value = true;

        var failing = () => engine.Recommend(Roommates);

        var error = failing.Should().Throw<RuleLhsExpressionEvaluationException>().Which;
        error.RuleName.Should().Be(ThrowsInCondition.RuleName);
        error.Message.Should().Contain(ThrowsInCondition.RuleName);
        ShouldGiveAFreshPlanNext(engine, Roommates);
    }

    [Fact]
    public void InsertingTheProfileAgain_FailsTheEvaluationWithAnErrorNamingTheRule()
    {
        var engine = Misbehaving((ctx, profile) => ctx.Insert(profile));

        var failing = () => engine.Recommend(Roommates);

        var error = failing.Should().Throw<RuleRhsExpressionEvaluationException>().Which;
        error.RuleName.Should().Be(Misbehave.RuleName);
        error.InnerException.Should().BeOfType<ArgumentException>();
        ShouldGiveAFreshPlanNext(engine, Roommates);
    }

    [Fact]
    public void InsertingTheSameObjectTwice_FailsTheEvaluationWithAnErrorNamingTheRule()
    {
        var engine = Misbehaving((ctx, _) => InsertTwice(ctx, new Step(int.MaxValue)));

        var failing = () => engine.Recommend(Roommates);

        var error = failing.Should().Throw<RuleRhsExpressionEvaluationException>().Which;
        error.RuleName.Should().Be(Misbehave.RuleName);
        error.InnerException.Should().BeOfType<ArgumentException>();
        ShouldGiveAFreshPlanNext(engine, Roommates);
    }

    [Theory]
    [InlineData(10_000)]
    [InlineData(100_000)]
    public void AChainOfAppRuleFirings_EachInsertingTheFactTheNextMatches_Completes(int length)
    {
        var engine = Misbehaving((ctx, _) => ctx.InsertAll([new StepLimit(length), new Step(0)]));

        var plan = engine.Evaluate(Roommates);

        plan.FiringCounts[engine.Rules.Single(r => r.Name == NextStep.RuleName).Index].Should().Be(length);
        PlanJson.Serialize(plan.Plan).Should().Be(Fresh(Roommates), "the app's facts play no part in the plan");
        ShouldGiveAFreshPlanNext(engine, Roommates);
    }

    [Fact]
    public void AnActionThatInsertsAHundredThousandFacts_Completes()
    {
        var engine = Misbehaving((ctx, _) => ctx.InsertAll(Enumerable.Range(0, 100_000).Select(i => (object)new Step(-1 - i)).ToArray()));

        PlanJson.Serialize(engine.Recommend(Roommates)).Should().Be(Fresh(Roommates));
        ShouldGiveAFreshPlanNext(engine, Roommates);
    }

    [Fact]
    public async Task AHundredThousandCandidatesForOneItem_EachWithAReasonOfItsOwn_AreMergedInTimeInProportion()
    {
        // Each reason was compared with every reason before it when the plan was assembled (100,000 took minutes), after
        // the rules had fired, where cancellation is no longer checked.
        const int count = 100_000;
        var engine = Misbehaving((ctx, _) => ProposeDateNights(ctx, count));

        var assembling = Task.Run(() => engine.Recommend(Roommates));

        // A generous bound on something that takes seconds: it only stops a run that would take minutes.
        (await Task.WhenAny(assembling, Task.Delay(TimeSpan.FromMinutes(1)))).Should().BeSameAs(assembling);
        var plan = await assembling;
        var item = plan.AllItems.Single(i => i.InterventionId == "intervention.date-nights" && i.Audience == ItemAudience.Couple);
        item.Reasons.Where(r => r.RuleName == Misbehave.RuleName).Select(r => r.Text)
            .Should().Equal(Enumerable.Range(0, count).Select(ReasonText));
    }

    [Fact]
    public void AnActionThatEvaluatesAnotherCoupleOnTheSameEngine_OnTheSameThread_GetsItsWholePlan_AndTheOuterPlanIsWhole()
    {
        var inner = new List<string>();
        var engine = Misbehaving((_, _) =>
        {
            inner.Add(PlanJson.Serialize(Current.Value!.Recommend(SafetyProfiles.Fearful)));
            inner.Add(PlanJson.Serialize(Current.Value!.Evaluate(SafetyProfiles.InDanger).Plan));
        });

        var outer = PlanJson.Serialize(engine.Recommend(Roommates));

        inner.Should().Equal(Fresh(SafetyProfiles.Fearful), Fresh(SafetyProfiles.InDanger));
        outer.Should().Be(Fresh(Roommates));
        ShouldGiveAFreshPlanNext(engine, SafetyProfiles.Fearful);
    }

    [Fact]
    public void AnActionThatWaitsForAnEvaluationOnAnotherThread_OnTheSameEngine_GetsItsWholePlan()
    {
        string? inner = null;
        var engine = Misbehaving((_, _) =>
        {
            var engine = Current.Value!;
            var thread = new Thread(() => inner = PlanJson.Serialize(engine.Recommend(SafetyProfiles.Fearful)));
            thread.Start();
            thread.Join();
        });

        var outer = PlanJson.Serialize(engine.Recommend(Roommates));

        inner.Should().Be(Fresh(SafetyProfiles.Fearful));
        outer.Should().Be(Fresh(Roommates));
    }

    [Fact]
    public void AContextKeptAfterItsEvaluation_IsRefusedOnceTheEvaluationHasEnded()
    {
        // On a reused session too (the engine's first evaluation creates it, the second reuses it). Using it while a
        // later evaluation runs is not supported: see docs/rules-engine.md, "App rules at run time".
        var engine = Build();
        engine.Recommend(Roommates);
        IContext? kept = null;
        Behaviour.Value = new Once((ctx, _) => kept = ctx);
        engine.Recommend(Roommates);

        var afterwards = () => kept!.Insert(new Step(1));

        afterwards.Should().Throw<InvalidOperationException>().WithMessage($"*'{Misbehave.RuleName}'*only valid while the actions of its own firing run*");
        ShouldGiveAFreshPlanNext(engine, Roommates);
    }

    [Theory]
    [InlineData("halt")]
    [InlineData("retract the profile")]
    public void AnAppRuleThatStopsTheBuiltInRules_StillGetsThePlanTheSafetyVetoRequires(string how)
    {
        // The app rule fires first: halting stops every rule after it; retracting the profile takes away what the
        // built-in rules match. The veto reads the profile the caller passed, not working memory.
        var engine = Misbehaving((ctx, profile) =>
        {
            if (how == "halt")
            {
                ctx.Halt();
            }
            else
            {
                ctx.Retract(profile);
            }
        });
        var whole = Build().Recommend(SafetyProfiles.InDanger);

        var plan = engine.Recommend(SafetyProfiles.InDanger);

        plan.Urgent.Should().NotBeEmpty();
        plan.Urgent[0].InterventionId.Should().Be("intervention.emergency-services");
        plan.AllItems.Select(i => i.InterventionId).Should().NotIntersectWith(whole.Withheld.Select(w => w.InterventionId));
        ShouldGiveAFreshPlanNext(engine, SafetyProfiles.InDanger);
    }

    private static string ReasonText(int i) => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"App reason {i}");

    private static void ProposeDateNights(IContext context, int count)
    {
        for (var i = 0; i < count; i++)
        {
            context.Insert(new Candidate("intervention.date-nights", 50, ItemAudience.Couple, new Reason { RuleName = Misbehave.RuleName, Text = ReasonText(i) }));
        }
    }

    private static void InsertTwice(IContext context, object fact)
    {
        context.Insert(fact);
        context.Insert(fact);
    }

    /// <summary>A behaviour run by the first firing that takes it, so that evaluations it starts behave.</summary>
    private sealed class Once(Action<IContext, CoupleProfile> behaviour)
    {
        private int _taken;

        public void Run(IContext context, CoupleProfile profile)
        {
            if (Interlocked.Exchange(ref _taken, 1) == 0)
            {
                behaviour(context, profile);
            }
        }
    }

    /// <summary>Does what the test asks, first of all rules.</summary>
    [Name(RuleName)]
    [Priority(1000)]
    public sealed class Misbehave : Rule
    {
        public const string RuleName = "App.Misbehave";

        /// <inheritdoc />
        public override void Define()
        {
            CoupleProfile profile = null!;
            When()
                .Match(() => profile);
            Then()
                .Do(ctx => Run(ctx, profile));
        }

        private static void Run(IContext context, CoupleProfile profile) => Behaviour.Value?.Run(context, profile);
    }

    /// <summary>A fact <see cref="Spin"/> updates for ever.</summary>
    public sealed class Spinner
    {
        public static readonly ManualResetEventSlim Running = new();

        public long Turns { get; set; }
    }

    /// <summary>Updates its fact, which activates it again: it never settles.</summary>
    [Name(RuleName)]
    public sealed class Spin : Rule
    {
        public const string RuleName = "App.Misbehave.Spin";

        /// <inheritdoc />
        public override void Define()
        {
            Spinner spinner = null!;
            When()
                .Match(() => spinner);
            Then()
                .Do(ctx => Turn(ctx, spinner));
        }

        private static void Turn(IContext context, Spinner spinner)
        {
            spinner.Turns++;
            Spinner.Running.Set();
            context.Update(spinner);
        }
    }

    /// <summary>A step of an app's chain.</summary>
    public sealed record Step(int N);

    /// <summary>Where the app's chain of steps ends.</summary>
    public sealed record StepLimit(int Max);

    /// <summary>Each step inserts the next, up to the limit.</summary>
    [Name(RuleName)]
    public sealed class NextStep : Rule
    {
        public const string RuleName = "App.Misbehave.NextStep";

        /// <inheritdoc />
        public override void Define()
        {
            StepLimit limit = null!;
            Step step = null!;
            When()
                .Match(() => limit)
                .Match(() => step, s => s.N >= 0 && s.N < limit.Max);
            Then()
                .Do(ctx => ctx.Insert(new Step(step.N + 1)));
        }
    }

    /// <summary>A condition that fails when the test asks it to.</summary>
    [Name(RuleName)]
    public sealed class ThrowsInCondition : Rule
    {
        public const string RuleName = "App.Misbehave.ThrowsInCondition";

        /// <inheritdoc />
        public override void Define()
        {
            CoupleProfile profile = null!;
            When()
                .Match(() => profile, p => Check(p));
            Then()
                .Do(ctx => ctx.Halt());
        }

        private static bool Check(CoupleProfile profile) =>
            FailCondition.Value ? throw new InvalidOperationException("the app's condition failed") : profile.PartnerB is null && false;
    }
}
