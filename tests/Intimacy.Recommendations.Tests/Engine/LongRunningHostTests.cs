using System.Collections.Concurrent;
using System.Reflection;
using System.Runtime.CompilerServices;
using Intimacy.Core.Dimensions;
using Intimacy.Core.Interventions;
using Intimacy.Core.Plans;
using Intimacy.Core.Profiles;
using Intimacy.Core.Sources;
using Intimacy.Core.WarningSigns;
using Intimacy.Recommendations.Engine;
using Intimacy.Recommendations.Facts;
using Intimacy.Recommendations.Tests.Scenarios;
using Intimacy.Rules;
using Intimacy.Rules.Fluent.Dsl;
using Intimacy.Rules.RuleModel;
using Intimacy.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Intimacy.Recommendations.Tests.Engine;

/// <summary>
/// A host that runs for months (a web app) or builds engines in a loop (a notebook): engines it drops are collected
/// with everything they compiled, an engine evaluating ever new couples stays the same size, and nothing of a couple
/// stays reachable from the engine once its evaluation has returned, thrown or been cancelled. Weak references are
/// taken in helpers that are not inlined, so no local of the test itself keeps what they point to alive.
/// </summary>
public class LongRunningHostTests
{
    [Fact]
    [Trait("Category", "Slow")]
    public void EnginesBuiltAndDropped_AreCollected_WithTheirRulesSessionsAndCompiledDelegates()
    {
        // Each engine differs from the last: its options, its app rules and its app interventions.
        var dropped = new List<WeakReference>();
        for (var i = 0; i < 50; i++)
        {
            dropped.AddRange(BuildUseAndDrop(i));
        }

        FullCollection.Run();

        dropped.Should().HaveCount(50 * 5).And.OnlyContain(w => !w.IsAlive, "an engine the host let go of must go, with its rules, sessions and compiled code");
    }

    [Fact]
    [Trait("Category", "Slow")]
    public void EnginesOfDisposedServiceProviders_AreCollected_WithTheirRules()
    {
        var dropped = new List<WeakReference>();
        for (var i = 0; i < 30; i++)
        {
            dropped.AddRange(ResolveUseAndDispose(i));
        }

        FullCollection.Run();

        dropped.Should().HaveCount(30 * 4).And.OnlyContain(w => !w.IsAlive, "a disposed container's engine must go with it");
    }

    [Fact]
    public void AfterAnEvaluation_NothingMadeFromTheCouplesPrivateAnswers_StaysReachable_EvenWhereAnAppRuleNumbersItsFindings()
    {
        // The engine keeps workspaces, built-in findings and their answers for reuse; none of them may keep what this
        // couple's private answers gave: the profile, the app's finding, its id, or the reasons citing it.
        var engine = new RecommendationEngineBuilder().AddRules(typeof(NumberedFindingRule)).Build();
        engine.Recommend(Drifting(30, 0));

        var evaluated = EvaluateAndForget(engine, 1);
        FullCollection.Run();

        evaluated.Select(w => w.Target?.ToString()).Should().AllBe(null, "nothing of the evaluated couple may outlive its evaluation inside the engine");
        GC.KeepAlive(engine);
    }

    [Fact]
    public void AfterACancelledOrFailedEvaluation_TheEngineKeepsNothingOfTheCouple()
    {
        var engine = new RecommendationEngineBuilder().AddRules(typeof(NumberedFindingRule), typeof(StopsOnAMarkedCouple)).Build();
        engine.Recommend(Drifting(30, 0));

        var cancelled = EvaluateAndStop(engine, fail: false);
        var failed = EvaluateAndStop(engine, fail: true);
        FullCollection.Run();

        cancelled.IsAlive.Should().BeFalse("a cancelled evaluation's workspace must not keep the couple");
        failed.IsAlive.Should().BeFalse("a failed evaluation's workspace must not keep the couple");
        engine.Recommend(Drifting(30, 0)).Findings.Should().Contain(f => f.RuleName == "App.Test.NumberedFinding", "the engine still works");
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static void EvaluateMany(RecommendationEngine engine, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            engine.Recommend(Drifting(20 + (i % 60), i)).Findings.Should().NotBeEmpty();
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static WeakReference[] BuildUseAndDrop(int i)
    {
        var rule = i % 2 == 0 ? typeof(NumberedFindingRule) : typeof(NumberedCandidateRule);
        RecordedRules.Made.Clear();
        var engine = new RecommendationEngineBuilder()
            .Configure(o => o.Csi4Cutoff = 10 + (i % 5))
            .AddRules(rule, typeof(RecordedRules))
            .AddInterventions(ClinicGroup(0), ClinicGroup(i + 1))
            .Build();
        engine.Recommend(Drifting(30 + (i % 10), i)).Findings.Should().NotBeEmpty();
        RecordedRules.Made.Should().ContainSingle();
        var factory = Member(engine, "_factory");
        var session = ((Array)Member(engine, "_spares")).Cast<object?>().First(s => s is not null)!;
        return [new(engine), new(factory), new(Member(session, "Session")), new(AnActionDelegate(factory)), RecordedRules.Made.Single()];
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static WeakReference[] ResolveUseAndDispose(int i)
    {
        var services = new ServiceCollection();
        services.AddIntimacyCore(o => o.Csi4Cutoff = 10 + (i % 5))
            .AddRules(typeof(NumberedFindingRule), typeof(NumberedCandidateRule))
            .AddInterventions(ClinicGroup(0), ClinicGroup(i + 1));
        var provider = services.BuildServiceProvider();
        var engine = provider.GetRequiredService<IRecommendationEngine>();
        engine.Recommend(Drifting(30 + (i % 10), i)).Findings.Should().NotBeEmpty();
        WeakReference[] references = [new(provider), new(engine), new(provider.GetRequiredService<NumberedFindingRule>()), new(AnActionDelegate(Member(engine, "_factory")))];
        provider.Dispose();
        return references;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static WeakReference[] EvaluateAndForget(RecommendationEngine engine, int n)
    {
        var profile = Drifting(40, n);
        var plan = engine.Recommend(profile);
        var numbered = plan.Findings.Single(f => f.RuleName == "App.Test.NumberedFinding");
        var citing = plan.AllItems.SelectMany(i => i.Reasons).Where(r => r.FindingIds.Contains(numbered.Id)).ToList();
        citing.Should().Contain(r => r.FindingIds.Count > 1, "the built-in rule answering the code cites both findings in one reason");
        numbered.Disclosure.PartnerB.Should().BeFalse("the finding rests on partner A's private answers");
        return [new(profile), new(numbered), new(numbered.Id), .. citing.Select(r => new WeakReference(r))];
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static WeakReference EvaluateAndStop(RecommendationEngine engine, bool fail)
    {
        var profile = Drifting(StopsOnAMarkedCouple.MarkedAge, 7);
        using var source = new CancellationTokenSource();
        StopsOnAMarkedCouple.Source.Value = fail ? null : source;
        try
        {
            var evaluate = () => engine.Recommend(profile, source.Token);
            if (fail)
            {
                evaluate.Should().Throw<RuleExecutionException>();
            }
            else
            {
                evaluate.Should().Throw<OperationCanceledException>();
            }
        }
        finally
        {
            StopsOnAMarkedCouple.Source.Value = null;
        }

        return new WeakReference(profile);
    }

    /// <summary>Partner A feels like housemates and answered privately. <paramref name="n"/> varies the rest.</summary>
    private static CoupleProfile Drifting(int age, int n) => CoupleProfileBuilder.Create()
        .WithPartnerA(age, p => p.Safety(Couples.ClearScreen).View(v => v with { Visibility = Visibility.Private, FeelsLikeRoommates = true, SexPerYear = n % 100 }))
        .WithPartnerB(age + 1 + (n % 7), p => p.Safety(Couples.ClearScreen))
        .Build();

    internal static Intervention ClinicGroup(int n) => new(
        $"intervention.test-clinic-group-{n}",
        "A test clinic's couples group",
        "Evenings in a small group of couples, guided by a clinician.",
        InterventionKind.ProfessionalTherapy,
        InterventionActor.CoupleTogether,
        PlanStage.Support,
        [IntimacyDimension.Emotional],
        [Sources.TherapistGuide.At("Group work")],
        contraindications: Interventions.CouplesTherapy.Contraindications);

    private static object Member(object owner, string name)
    {
        const BindingFlags Any = BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic;
        var type = owner.GetType();
        return type.GetField(name, Any)?.GetValue(owner) ?? type.GetProperty(name, Any)!.GetValue(owner)!;
    }

    /// <summary>A compiled action of the factory's first rule, compiled by the evaluation that ran.</summary>
    private static Delegate AnActionDelegate(object factory)
    {
        var rules = (Array)Member(factory, "CompiledRules");
        foreach (var rule in rules)
        {
            foreach (var branch in (Array)Member(rule!, "Branches"))
            {
                foreach (var action in (Array)Member(branch!, "Actions"))
                {
                    if (Member(action!, "Expression").GetType().GetField("_compiled", BindingFlags.Instance | BindingFlags.NonPublic)?.GetValue(Member(action!, "Expression")) is Delegate compiled)
                    {
                        return compiled;
                    }
                }
            }
        }

        throw new InvalidOperationException("No action was compiled.");
    }

    /// <summary>
    /// After the built-in rules, copies each parallel-lives finding under an id of its own for this couple (as an app
    /// might number what it finds), so the built-in rule answering that code proposes the same items again for it.
    /// </summary>
    [Name("App.Test.NumberedFinding")]
    [Priority(-100)]
    public sealed class NumberedFindingRule : Rule
    {
        private static long s_next;

        /// <inheritdoc />
        public override void Define()
        {
            Finding finding = null!;
            When()
                .Match(() => finding, f => f.Code == WarningSigns.ParallelLives.Id && f.RuleName != "App.Test.NumberedFinding");
            Then()
                .Do(ctx => Copy(ctx, finding));
        }

        private static void Copy(IContext context, Finding finding) =>
            context.Insert(finding with { Id = $"{finding.Id}.app-{Interlocked.Increment(ref s_next)}", RuleName = context.Rule.Name });
    }

    /// <summary>Proposes the app's group for every finding with a reason of its own, new each time.</summary>
    [Name("App.Test.NumberedCandidate")]
    public sealed class NumberedCandidateRule : Rule
    {
        private static long s_next;

        /// <inheritdoc />
        public override void Define()
        {
            Finding finding = null!;
            When()
                .Match(() => finding, f => f.Code == WarningSigns.ParallelLives.Id);
            Then()
                .Do(ctx => Propose(ctx, finding));
        }

        private static void Propose(IContext context, Finding finding) =>
            context.Insert(new Candidate("intervention.test-clinic-group-0", 40, ItemAudience.Couple, new Reason
            {
                RuleName = context.Rule.Name,
                Text = $"Group number {Interlocked.Increment(ref s_next)}.",
                FindingIds = [finding.Id],
                InputPaths = finding.InputPaths,
                Disclosure = finding.Disclosure,
            }));
    }

    /// <summary>A rule that records, weakly, each instance the engine makes of it.</summary>
    [Name("App.Test.Recorded")]
    public sealed class RecordedRules : Rule
    {
        public static readonly ConcurrentQueue<WeakReference> Made = new();

        public RecordedRules() => Made.Enqueue(new WeakReference(this));

        /// <inheritdoc />
        public override void Define()
        {
            CoupleProfile profile = null!;
            When()
                .Match(() => profile);
            Then()
                .Do(ctx => Touch(profile));
        }

        private void Touch(CoupleProfile profile) => GC.KeepAlive((this, profile));
    }

    /// <summary>For the couple aged <see cref="MarkedAge"/>: cancels the evaluation's token, or (with no token source) throws.</summary>
    [Name("App.Test.StopsOnAMarkedCouple")]
    [Priority(-200)]
    public sealed class StopsOnAMarkedCouple : Rule
    {
        public const int MarkedAge = 77;

        public static readonly AsyncLocal<CancellationTokenSource?> Source = new();

        /// <inheritdoc />
        public override void Define()
        {
            CoupleProfile profile = null!;
            When()
                .Match(() => profile, p => p.PartnerA.AgeYears == MarkedAge);
            Then()
                .Do(ctx => Stop(ctx));
        }

        private static void Stop(IContext context)
        {
            if (Source.Value is { } source)
            {
                source.Cancel();
                context.CancellationToken.ThrowIfCancellationRequested();
            }

            throw new InvalidOperationException("The app rule failed.");
        }
    }
}

/// <summary>
/// The engine's size over many evaluations, measured with <see cref="GC.GetTotalMemory"/>, which counts the whole
/// process: so no other test may run meanwhile.
/// </summary>
[Collection(EngineSizeTests.Collection)]
public class EngineSizeTests
{
    public const string Collection = "Engine size (runs alone)";

    [Fact]
    [Trait("Category", "Slow")]
    public void AnEngineEvaluatingEverNewCouples_WithAppFindingsAndReasonsUniqueEachTime_StaysTheSameSize()
    {
        // What the engine keeps (workspaces, built-in findings, their answers and merged reasons) reaches its size while
        // warming up. After that it must not grow: not over many evaluations, and not while the collector does not run
        // (as with the server collector between its rarer collections), when anything kept for a couple until a
        // collection notices it is gone piles up.
        var engine = new RecommendationEngineBuilder()
            .AddRules(typeof(LongRunningHostTests.NumberedFindingRule), typeof(LongRunningHostTests.NumberedCandidateRule))
            .AddInterventions(LongRunningHostTests.ClinicGroup(0))
            .Build();
        LongRunningHostTests.EvaluateMany(engine, 0, 30_000);
        var warm = GC.GetTotalMemory(forceFullCollection: true);

        LongRunningHostTests.EvaluateMany(engine, 30_000, 120_000);
        var grown = GC.GetTotalMemory(forceFullCollection: true);
        for (var round = 0; round < 3; round++)
        {
            WithoutCollections(() => LongRunningHostTests.EvaluateMany(engine, 120_000 + (round * 4_000), 124_000 + (round * 4_000)));
        }

        var swollen = GC.GetTotalMemory(forceFullCollection: true);

        (grown - warm).Should().BeLessThan(1024 * 1024, $"90,000 more couples must not grow the engine (from {warm:N0} to {grown:N0} bytes)");
        (swollen - warm).Should().BeLessThan(1024 * 1024, $"evaluations between collections must leave nothing behind (from {warm:N0} to {swollen:N0} bytes)");
        GC.KeepAlive(engine);
    }

    private static void WithoutCollections(Action action)
    {
        GC.TryStartNoGCRegion(200L * 1024 * 1024).Should().BeTrue();
        try
        {
            action();
        }
        finally
        {
            if (System.Runtime.GCSettings.LatencyMode == System.Runtime.GCLatencyMode.NoGCRegion)
            {
                GC.EndNoGCRegion();
            }
        }
    }
}

/// <summary>The size tests run one at a time, and apart from every other test.</summary>
[CollectionDefinition(EngineSizeTests.Collection, DisableParallelization = true)]
public sealed class EngineSizeCollection;
