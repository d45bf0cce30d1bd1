using Intimacy.Core.Catalog;
using Intimacy.Core.Plans;
using Intimacy.Recommendations.Crisis;
using Intimacy.Recommendations.Engine;
using Intimacy.Recommendations.Facts;
using Intimacy.Rules.Fluent;
using Intimacy.Rules.Fluent.Dsl;
using Microsoft.Extensions.DependencyInjection;

namespace Intimacy.Recommendations.Tests.DependencyInjection;

/// <summary>
/// App rules and crisis contact providers are created while the engine is built, so one that takes the engine (or the
/// catalog, which comes from it) asks for the engine before it exists. The container cannot see the cycle through the
/// engine's factory; it used to re-enter the factory, building the engine again and again on one thread, until the
/// stack ran out: the host hung on its first request for minutes, then the process died without a message.
/// </summary>
public class EngineCycleTests
{
    // Long enough for a loaded machine to build the engine once; the cycle never ends by itself.
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Fact]
    public void AnAppRuleTakingTheEngine_IsRefusedNamingTheRuleAndTheCycle_InsteadOfHanging()
    {
        var services = new ServiceCollection();
        services.AddIntimacyCore().AddRules(typeof(EngineTakingRule));
        using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });

        var error = ResolveWithin(provider);

        error.Should().BeOfType<RuleActivationException>().Which.Message.Should()
            .Contain(nameof(EngineTakingRule)).And.Contain("while the engine was being built, in creating an app rule").And.Contain(nameof(IRecommendationEngine));
    }

    [Fact]
    public void ACrisisProviderTakingTheCatalog_IsRefusedNamingTheCycle_InsteadOfHanging()
    {
        var services = new ServiceCollection();
        services.AddIntimacyCore().AddCrisisContacts<CatalogTakingProvider>();
        using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });

        var error = ResolveWithin(provider);

        error.Should().BeOfType<InvalidOperationException>().Which.Message.Should()
            .Contain("while the engine was being built, in creating the crisis contact provider CatalogTakingProvider");
    }

    [Fact]
    public void AfterARefusedCycle_TheSameBuilderBuildsAnEngineOnTheSameThread()
    {
        var services = new ServiceCollection();
        var builder = services.AddIntimacyCore().AddCrisisContacts<CatalogTakingProvider>();
        using var cyclic = services.BuildServiceProvider();
        Exception? refused = null;
        IRecommendationEngine? engine = null;

        var error = Within(() =>
        {
            refused = Within(() => cyclic.GetRequiredService<IRecommendationEngine>(), onThisThread: true);
            builder.AddCrisisContacts(new LocalEmergencyNumberProvider());
            using var provider = services.BuildServiceProvider();
            engine = provider.GetRequiredService<IRecommendationEngine>();
        });

        refused.Should().BeOfType<InvalidOperationException>();
        error.Should().BeNull("the refused build leaves nothing behind that makes the next one look like a cycle");
        engine.Should().NotBeNull();
    }

    private static Exception? ResolveWithin(IServiceProvider provider) => Within(() => provider.GetRequiredService<IRecommendationEngine>());

    /// <summary>What the action threw, or null; on its own thread, failing the test if it does not end (the old behaviour).</summary>
    private static Exception? Within(Action action, bool onThisThread = false)
    {
        Exception? error = null;
        void Run()
        {
            try
            {
                action();
            }
            catch (Exception e)
            {
                error = e;
            }
        }

        if (onThisThread)
        {
            Run();
            return error;
        }

        var thread = new Thread(Run) { IsBackground = true };
        thread.Start();
        thread.Join(Patience).Should().BeTrue("resolving the engine must end, not re-enter its own factory");
        return error;
    }

    [Name("App.Test.TakesTheEngine")]
    [Tag("app-test")]
    public sealed class EngineTakingRule(IRecommendationEngine engine) : Rule
    {
        public override void Define()
        {
            Respondent respondent = null!;
            When().Match(() => respondent);
            Then().Do(ctx => Touch(respondent));
        }

        private void Touch(Respondent respondent) => ArgumentNullException.ThrowIfNull(engine.Rules, respondent.ToString());
    }

    public sealed class CatalogTakingProvider(IntimacyCatalog catalog) : ICrisisContactProvider
    {
        public IReadOnlyList<CrisisContact> GetContacts(string? region, CrisisKind kind) =>
            new LocalEmergencyNumberProvider().GetContacts(region ?? catalog.Interventions[0].Id, kind);
    }
}
