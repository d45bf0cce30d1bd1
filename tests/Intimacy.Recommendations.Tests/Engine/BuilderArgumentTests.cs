using Intimacy.Core.Interventions;
using Intimacy.Recommendations.Engine;
using Intimacy.Recommendations.Tests.Properties;
using Intimacy.Rules.RuleModel;

namespace Intimacy.Recommendations.Tests.Engine;

/// <summary>The builder rejects a null among the things it is given when it is given them, naming the argument.</summary>
public class BuilderArgumentTests
{
    [Fact]
    public void AddRules_WithANullType_ThrowsNamingTheArgument()
    {
        var act = () => new RecommendationEngineBuilder().AddRules(typeof(HostileRule), null!);

        act.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("ruleTypes");
    }

    [Fact]
    public void AddRules_WithANullDefinition_ThrowsNamingTheArgument()
    {
        var act = () => new RecommendationEngineBuilder().AddRules(new IRuleDefinition[] { null! });

        act.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("rules");
    }

    [Fact]
    public void AddInterventions_WithANullIntervention_ThrowsNamingTheArgument()
    {
        var act = () => new RecommendationEngineBuilder().AddInterventions(new Intervention[] { null! });

        act.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("interventions");
    }

    [Fact]
    public void IntimacyCoreBuilder_AddRules_WithANullType_ThrowsNamingTheArgument()
    {
        var act = () => new Microsoft.Extensions.DependencyInjection.ServiceCollection().AddIntimacyCore().AddRules(typeof(HostileRule), null!);

        act.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("ruleTypes");
    }
}
