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
