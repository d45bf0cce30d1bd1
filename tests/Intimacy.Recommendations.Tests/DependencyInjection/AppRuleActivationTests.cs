using Intimacy.Core.Profiles;
using Intimacy.Recommendations.Engine;
using Intimacy.Recommendations.Facts;
using Intimacy.Rules.Fluent;
using Intimacy.Rules.Fluent.Dsl;
using Microsoft.Extensions.DependencyInjection;

namespace Intimacy.Recommendations.Tests.DependencyInjection;

/// <summary>
/// Through <c>AddIntimacyCore</c>, app rule classes are created by the container, so their constructors can take
/// services; outside dependency injection they need a parameterless constructor, as before.
/// </summary>
public class AppRuleActivationTests
{
    private static readonly CoupleProfile Profile = CoupleProfileBuilder.Create().WithPartnerA(30).Build();

    [Fact]
    public void ARuleWithAConstructorDependency_IsCreatedByTheContainer_AndFires()
    {
        var log = new FiringLog();
        var services = new ServiceCollection();
        services.AddSingleton(log);
        services.AddIntimacyCore().AddRules(typeof(LoggingRule));
        using var provider = services.BuildServiceProvider();

        var engine = provider.GetRequiredService<IRecommendationEngine>();
        engine.Recommend(Profile);

        engine.Rules.Should().ContainSingle(r => r.Name == LoggingRule.RuleName);
        log.Count.Should().Be(1);
    }

    [Fact]
    public void ARuleWithAParameterlessConstructor_StillLoads()
    {
        var services = new ServiceCollection();
        services.AddIntimacyCore().AddRules(typeof(Properties.HostileRule), typeof(NonPublicConstructorRule));
        using var provider = services.BuildServiceProvider();

        provider.GetRequiredService<IRecommendationEngine>().Rules.Should()
            .Contain(r => r.Name == "App.Hostile.UndoSafety").And.Contain(r => r.Name == NonPublicConstructorRule.RuleName);
    }

    [Fact]
    public void AMissingDependency_FailsNamingTheRule()
    {
        var services = new ServiceCollection();
        services.AddIntimacyCore().AddRules(typeof(LoggingRule));
        using var provider = services.BuildServiceProvider();

        var act = () => provider.GetRequiredService<IRecommendationEngine>();

        var error = act.Should().Throw<RuleActivationException>().Which;
        error.Message.Should().Contain(nameof(LoggingRule)).And.Contain(nameof(FiringLog), "the cause (the service that could not be resolved) is in the message");
    }

    [Fact]
    public void ValidateOnBuild_ReportsARulesMissingDependency_WhenTheProviderIsBuilt()
    {
        var services = new ServiceCollection();
        services.AddIntimacyCore().AddRules(typeof(LoggingRule));

        var act = () => services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });

        act.Should().Throw<AggregateException>().Which.Message.Should().Contain(nameof(LoggingRule)).And.Contain(nameof(FiringLog));
    }

    [Fact]
    public void ValidateOnBuild_ReportsARulesMissingDependency_ForRulesAddedByAssembly()
    {
        var services = new ServiceCollection();
        services.AddIntimacyCore().AddRules(typeof(LoggingRule).Assembly);

        var act = () => services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });

        act.Should().Throw<AggregateException>().Which.Message.Should().Contain(nameof(AssemblyScannedRule), "every public rule class of the assembly is checked").And.Contain(nameof(AssemblyScannedRule.Directory));
    }

    [Fact]
    public void ValidateScopes_RefusesARuleTakingAScopedService_WhenTheProviderIsBuilt()
    {
        var services = new ServiceCollection();
        services.AddScoped<RequestLog>();
        services.AddIntimacyCore().AddRules(typeof(ScopedDependencyRule));

        var act = () => services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });

        act.Should().Throw<AggregateException>().Which.Message.Should().Contain(nameof(RequestLog));
    }

    [Fact]
    public void WithoutScopeValidation_ARuleTakingAScopedService_IsStillRefused_NamingBoth()
    {
        var services = new ServiceCollection();
        services.AddScoped<RequestLog>();
        services.AddIntimacyCore().AddRules(typeof(ScopedDependencyRule));
        using var provider = services.BuildServiceProvider();

        var act = () => provider.GetRequiredService<IRecommendationEngine>();

        act.Should().Throw<RuleActivationException>().Which.Message.Should()
            .Contain(nameof(ScopedDependencyRule)).And.Contain(nameof(RequestLog)).And.Contain("scoped");
    }

    [Fact]
    public void WithoutScopeValidation_ARuleTakingAnOpenGenericScopedService_IsRefused()
    {
        var services = new ServiceCollection();
        services.AddScoped(typeof(Scoped<>));
        services.AddIntimacyCore().AddRules(typeof(OpenGenericScopedRule));
        using var provider = services.BuildServiceProvider();

        var act = () => provider.GetRequiredService<IRecommendationEngine>();

        act.Should().Throw<RuleActivationException>().Which.Message.Should().Contain(nameof(OpenGenericScopedRule)).And.Contain("scoped");
    }

    [Fact]
    public void ARuleTheAppRegisteredAsScoped_IsRefused()
    {
        var services = new ServiceCollection();
        services.AddSingleton(new FiringLog());
        services.AddScoped<LoggingRule>();
        services.AddIntimacyCore().AddRules(typeof(LoggingRule));
        using var provider = services.BuildServiceProvider();

        var act = () => provider.GetRequiredService<IRecommendationEngine>();

        act.Should().Throw<RuleActivationException>().Which.Message.Should().Contain(nameof(LoggingRule)).And.Contain("scoped");
    }

    [Fact]
    public void ARuleIsCreatedOnce_AndIsTheContainersSingleton()
    {
        var log = new FiringLog();
        var services = new ServiceCollection();
        services.AddSingleton(log);
        services.AddIntimacyCore().AddRules(typeof(LoggingRule));
        using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });

        var engine = provider.GetRequiredService<IRecommendationEngine>();
        engine.Recommend(Profile);
        engine.Recommend(Profile);

        log.Count.Should().Be(2);
        provider.GetServices<LoggingRule>().Should().ContainSingle("AddRules registers the class once");
    }

    [Fact]
    public void AddRules_RegistersTheRuleClassesTheScannerFinds_ThatHaveAPublicConstructor()
    {
        var assembly = typeof(AssemblyScannedRule).Assembly;
        var services = new ServiceCollection();
        var builder = services.AddIntimacyCore();
        var withoutRules = services.Select(d => d.ServiceType).ToList();

        // A type that is not a rule class (FiringLog) is refused by AddRules itself (AppRuleAuthoringMistakeTests).
        builder.AddRules(assembly).AddRules(typeof(LoggingRule), typeof(NonPublicConstructorRule));

        var registered = services.Select(d => d.ServiceType).Except(withoutRules).ToList();
        var expected = new RuleTypeScanner().Assembly(assembly).GetRuleTypes()
            .Concat(new RuleTypeScanner().Type(typeof(LoggingRule), typeof(NonPublicConstructorRule)).GetRuleTypes())
            .Where(t => t.GetConstructors().Length > 0);
        registered.Should().Equal(expected).And.Contain([typeof(AssemblyScannedRule), typeof(LoggingRule)])
            .And.NotContain([typeof(NonPublicConstructorRule), typeof(FiringLog)]);
    }

    [Fact]
    public void OutsideDependencyInjection_ARuleWithAConstructorDependency_StillCannotBeCreated()
    {
        var act = () => new RecommendationEngineBuilder().AddRules(typeof(LoggingRule)).Build();

        act.Should().Throw<RuleActivationException>();
    }

    public sealed class FiringLog
    {
        private int _count;

        public int Count => _count;

        public void Record(Respondent respondent)
        {
            ArgumentNullException.ThrowIfNull(respondent);
            Interlocked.Increment(ref _count);
        }
    }

    [Name(RuleName)]
    [Tag("app-test")]
    public sealed class LoggingRule(FiringLog log) : Rule
    {
        public const string RuleName = "App.Test.LogsEachRespondent";

        public override void Define()
        {
            Respondent respondent = null!;
            When().Match(() => respondent);
            Then().Do(ctx => log.Record(respondent));
        }
    }

    public sealed class RequestLog
    {
        public void Record(Respondent respondent) => ArgumentNullException.ThrowIfNull(respondent);
    }

    public sealed class Scoped<T>
    {
        public void Record(T value) => ArgumentNullException.ThrowIfNull(value);
    }

    [Name("App.Test.TakesAScopedService")]
    [Tag("app-test")]
    public sealed class ScopedDependencyRule(RequestLog log) : Rule
    {
        public override void Define()
        {
            Respondent respondent = null!;
            When().Match(() => respondent);
            Then().Do(ctx => log.Record(respondent));
        }
    }

    [Name("App.Test.TakesAnOpenGenericScopedService")]
    [Tag("app-test")]
    public sealed class OpenGenericScopedRule(Scoped<Respondent> log) : Rule
    {
        public override void Define()
        {
            Respondent respondent = null!;
            When().Match(() => respondent);
            Then().Do(ctx => log.Record(respondent));
        }
    }

    [Name(RuleName)]
    public sealed class NonPublicConstructorRule : Rule
    {
        public const string RuleName = "App.Test.NonPublicConstructor";

        private static void Nothing(CoupleProfile profile) => ArgumentNullException.ThrowIfNull(profile);

        private NonPublicConstructorRule()
        {
        }

        public override void Define()
        {
            CoupleProfile profile = null!;
            When().Match(() => profile);
            Then().Do(ctx => Nothing(profile));
        }
    }
}

/// <summary>A public, non-nested rule class, as <c>AddRules(Assembly)</c> finds them, whose dependency is never registered.</summary>
[Name("App.Test.ScannedFromTheAssembly")]
[Tag("app-test")]
public sealed class AssemblyScannedRule(AssemblyScannedRule.Directory directory) : Rule
{
    public override void Define()
    {
        Respondent respondent = null!;
        When().Match(() => respondent);
        Then().Do(ctx => directory.Record(respondent));
    }

    /// <summary>A service no test registers.</summary>
    public sealed class Directory
    {
        public void Record(Respondent respondent) => ArgumentNullException.ThrowIfNull(respondent);
    }
}
