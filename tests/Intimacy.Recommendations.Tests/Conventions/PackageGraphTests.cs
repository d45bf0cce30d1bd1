using Intimacy.Recommendations.Engine;

namespace Intimacy.Recommendations.Tests.Conventions;

/// <summary>
/// The rule set depends on the domain and the engine only, and opens its internals only to its tests:
/// the simulation, the command-line tool and the samples work through its public API.
/// </summary>
public class PackageGraphTests
{
    private static readonly System.Reflection.Assembly Library = typeof(IRecommendationEngine).Assembly;

    [Fact]
    public void TheRuleSet_ReferencesTheDomainAndTheEngineOnly() =>
        PackageGraph.ProjectReferences(Library).Should().Equal("Intimacy.Core", "Intimacy.Rules");

    [Fact]
    public void TheRuleSet_NeedsOnlyTheDependencyInjectionAbstractionsBesidesTheProject() =>
        PackageGraph.ReferencesOutsideTheFramework(Library)
            .Should().Equal("Intimacy.Core", "Intimacy.Rules", "Microsoft.Extensions.DependencyInjection.Abstractions");

    [Fact]
    public void TheRuleSet_OpensItsInternalsOnlyToItsTests() =>
        PackageGraph.InternalsGrantedTo(Library).Should().Equal("Intimacy.Recommendations.Tests");
}
