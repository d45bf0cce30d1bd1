using Intimacy.Recommendations;
using Intimacy.Recommendations.Facts;
using Intimacy.Recommendations.Options;
using Intimacy.Rules.Fluent.Dsl;
using Microsoft.Extensions.DependencyInjection;

namespace WebQuestionnaire.Tests;

/// <summary>
/// The app builds the recommendation engine as it starts, as the README advises: a mistake in its registration stops
/// the start instead of failing every request, and the first couple does not wait while the rules compile.
/// </summary>
public sealed class EngineStartupTests
{
    [Fact]
    public void TheEngine_IsBuiltWhenTheAppStarts_BeforeAnyRequest()
    {
        var built = new BuildCount();
        using var factory = new WebAppFactory(new Dictionary<string, string?>(), services: s =>
        {
            s.AddSingleton(built);
            s.AddIntimacyCore().AddRules(typeof(BuildCountingRule));
        });

        _ = factory.Services; // starts the app; no request is made

        built.Count.Should().Be(1);
    }

    [Fact]
    public void AnEngineThatCannotBeBuilt_StopsTheAppStarting()
    {
        var failure = WebAppFactory.StartupFailureOf(() => new WebAppFactory(new Dictionary<string, string?>(), services: s => s.AddIntimacyCore(o => o.DisabledTags.Add("no-such-tag"))));

        failure.Should().BeOfType<UnknownRuleTagException>().Which.UnknownTags.Should().Equal("no-such-tag");
    }

    public sealed class BuildCount
    {
        private int _count;

        public int Count => _count;

        public void Add() => Interlocked.Increment(ref _count);
    }

    [Name("App.Test.CountsItsCreation")]
    [Tag("app-test")]
    public sealed class BuildCountingRule : Rule
    {
        public BuildCountingRule(BuildCount count) => count.Add();

        public override void Define()
        {
            Respondent respondent = null!;
            When().Match(() => respondent);
            Then().Do(ctx => ArgumentNullException.ThrowIfNull(respondent));
        }
    }
}
