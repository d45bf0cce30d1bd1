using Intimacy.Core.Plans;
using Intimacy.Core.Profiles;
using Intimacy.Recommendations.Crisis;
using Intimacy.Recommendations.Engine;
using Intimacy.Recommendations.Facts;
using Intimacy.Rules.Fluent.Dsl;
using Microsoft.Extensions.DependencyInjection;

namespace Intimacy.Recommendations.Tests.DependencyInjection;

/// <summary>
/// The registered engine's life in the container: built once however many threads ask for it first; app rules and a
/// crisis provider the container made are disposed with it, once; an instance the app gave is left to the app; plans
/// already being made finish after the container is disposed.
/// </summary>
public class EngineLifetimeTests
{
    private static readonly CoupleProfile Profile = CoupleProfileBuilder.Create().WithPartnerA(30).Build();

    [Fact]
    public void ManyThreadsResolvingTheEngineFirst_GetOneEngine_BuiltOnce()
    {
        var services = new ServiceCollection();
        var created = new CreationCount();
        services.AddSingleton(created);
        services.AddIntimacyCore().AddRules(typeof(SlowToCreateRule));
        using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        var engines = new IRecommendationEngine[8];
        using var start = new System.Threading.Barrier(engines.Length);

        var threads = Enumerable.Range(0, engines.Length).Select(i => new Thread(() =>
        {
            start.SignalAndWait();
            engines[i] = provider.GetRequiredService<IRecommendationEngine>();
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());

        engines.Distinct().Should().ContainSingle();
        created.Count.Should().Be(1, "the rule, and so the engine, is built once");
    }

    [Fact]
    public void DisposingTheContainer_DisposesTheRulesAndProviderItMade_Once_AndNotAnInstanceTheAppGave()
    {
        var services = new ServiceCollection();
        services.AddIntimacyCore().AddRules(typeof(DisposableRule)).AddCrisisContacts<DisposableProvider>();
        var provider = services.BuildServiceProvider();
        provider.GetRequiredService<IRecommendationEngine>();
        var rule = provider.GetRequiredService<DisposableRule>();
        var crisis = provider.GetRequiredService<DisposableProvider>();
        var given = new DisposableProvider();
        var otherServices = new ServiceCollection();
        otherServices.AddIntimacyCore().AddCrisisContacts(given);
        var other = otherServices.BuildServiceProvider();
        other.GetRequiredService<IRecommendationEngine>();

        provider.Dispose();
        provider.Dispose();
        other.Dispose();

        rule.Disposed.Should().Be(1);
        crisis.Disposed.Should().Be(1);
        given.Disposed.Should().Be(0, "the app owns what it gave");
    }

    [Fact]
    public void AnEngineResolvedBeforeTheContainerIsDisposed_StillMakesPlans()
    {
        var services = new ServiceCollection();
        services.AddIntimacyCore();
        var provider = services.BuildServiceProvider();
        var engine = provider.GetRequiredService<IRecommendationEngine>();

        provider.Dispose();

        engine.Recommend(Profile).AllItems.Should().NotBeEmpty();
        provider.Invoking(p => p.GetRequiredService<IRecommendationEngine>()).Should().Throw<ObjectDisposedException>();
    }

    public sealed class CreationCount
    {
        private int _count;

        public int Count => _count;

        public void Add() => Interlocked.Increment(ref _count);
    }

    [Name("App.Test.SlowToCreate")]
    [Tag("app-test")]
    public sealed class SlowToCreateRule : Rule
    {
        public SlowToCreateRule(CreationCount count)
        {
            count.Add();
            Thread.Sleep(50); // keeps the other threads arriving while the first one builds
        }

        public override void Define()
        {
            Respondent respondent = null!;
            When().Match(() => respondent);
            Then().Do(ctx => ArgumentNullException.ThrowIfNull(respondent));
        }
    }

    [Name("App.Test.Disposable")]
    [Tag("app-test")]
    public sealed class DisposableRule : Rule, IDisposable
    {
        public int Disposed { get; private set; }

        public void Dispose() => Disposed++;

        public override void Define()
        {
            Respondent respondent = null!;
            When().Match(() => respondent);
            Then().Do(ctx => ArgumentNullException.ThrowIfNull(respondent));
        }
    }

    public sealed class DisposableProvider : ICrisisContactProvider, IDisposable
    {
        public int Disposed { get; private set; }

        public void Dispose() => Disposed++;

        public IReadOnlyList<CrisisContact> GetContacts(string? region, CrisisKind kind) => new LocalEmergencyNumberProvider().GetContacts(region, kind);
    }
}
