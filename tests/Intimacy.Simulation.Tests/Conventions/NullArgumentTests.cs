using Intimacy.Recommendations.Engine;
using Intimacy.Simulation.Scenarios;
using Xunit.Abstractions;

namespace Intimacy.Simulation.Tests.Conventions;

/// <summary>
/// The argument contracts of the public surface, as IntelliSense shows them: every public constructor and
/// method throws <see cref="ArgumentNullException"/> naming the parameter, at the call, when given null where
/// its nullable annotations say null is not allowed, and documents it; a parameter declared nullable accepts
/// null; an undefined enum value is rejected; a member taking a cancellation token documents
/// <see cref="OperationCanceledException"/>.
/// </summary>
public class NullArgumentTests(ITestOutputHelper output) : ArgumentContractTests(output)
{
    /// <summary>Calls that may accept null although annotated non-nullable, each with the reason.</summary>
    private static readonly Dictionary<string, string> AcceptedNulls = new(StringComparer.Ordinal)
    {
    };

    /// <summary>Members that accept an undefined enum value, each with the reason (all reported, none decided here).</summary>
    private static readonly Dictionary<string, string> UndefinedEnumsAccepted = new(StringComparer.Ordinal)
    {
    };

    /// <inheritdoc />
    protected override System.Reflection.Assembly Library => typeof(Intimacy.Simulation.Generation.ProfileGenerator).Assembly;

    /// <inheritdoc />
    protected override IReadOnlyDictionary<string, string> Accepted => AcceptedNulls;

    /// <inheritdoc />
    protected override IReadOnlyDictionary<string, string> AcceptedUndefinedEnums => UndefinedEnumsAccepted;

    /// <inheritdoc />
    protected override IReadOnlyDictionary<Type, Func<object>> Known
    {
        get
        {
            return new Dictionary<Type, Func<object>>
            {
                [typeof(Scenario)] = () => ScenarioLoader.Load(ExampleScenarios.PathOf("general-population.yaml")),
                [typeof(ScenarioParameter)] = () => ScenarioParameter.Parse("fields[view.sexPerYear].mean"),
                [typeof(IRecommendationEngine)] = RecommendationEngine.CreateDefault,
                [typeof(RecommendationEngine)] = RecommendationEngine.CreateDefault,
            };
        }
    }
}
