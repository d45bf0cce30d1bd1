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
public class NullArgumentTests(ITestOutputHelper output)
{
    private static readonly System.Reflection.Assembly Library = typeof(Intimacy.Simulation.Generation.ProfileGenerator).Assembly;

    /// <summary>Calls that may accept null although annotated non-nullable, each with the reason.</summary>
    private static readonly Dictionary<string, string> Accepted = new(StringComparer.Ordinal)
    {
    };

    /// <summary>Members that accept an undefined enum value, each with the reason (all reported, none decided here).</summary>
    private static readonly Dictionary<string, string> AcceptedUndefinedEnums = new(StringComparer.Ordinal)
    {
    };

    [Fact]
    public void EveryNonNullableParameter_RejectsNullWithArgumentNullException()
    {
        var probe = Probe();

        var failures = probe.Failures(Accepted);

        foreach (var line in probe.NotProbed)
        {
            output.WriteLine("not probed: " + line);
        }

        failures.Should().BeEmpty();
    }

    [Fact]
    public void EveryMemberThatRejectsNull_DocumentsArgumentNullException()
    {
        var probe = Probe();
        probe.Failures(Accepted);

        var missing = PublicApi.MissingExceptionDocs(Library, probe.Throwing.Keys, typeof(ArgumentNullException));

        foreach (var (member, parameters) in probe.Throwing)
        {
            output.WriteLine($"throws: {PublicApi.DocId(member)} | {string.Join(",", member.GetParameters().Select(p => p.Name))} | {string.Join(",", parameters.Distinct())}");
        }

        missing.Should().BeEmpty();
    }

    [Fact]
    public void EveryNullableParameter_AcceptsNull()
    {
        Probe().NullableButRejected().Should().BeEmpty();
    }

    [Fact]
    public void EveryEnumParameter_RejectsAnUndefinedValue()
    {
        Probe().UndefinedEnumFailures(AcceptedUndefinedEnums).Should().BeEmpty();
    }

    [Fact]
    public void EveryMemberTakingACancellationToken_DocumentsOperationCanceledException()
    {
        var members = PublicApi.Taking(Library, typeof(CancellationToken));

        PublicApi.MissingExceptionDocs(Library, members, typeof(OperationCanceledException)).Should().BeEmpty();
    }

    private static NullArguments Probe()
    {
        return new NullArguments(Library, new Dictionary<Type, Func<object>>
        {
            [typeof(Scenario)] = () => ScenarioLoader.Load(ExampleScenarios.PathOf("general-population.yaml")),
            [typeof(ScenarioParameter)] = () => ScenarioParameter.Parse("fields[view.sexPerYear].mean"),
            [typeof(IRecommendationEngine)] = RecommendationEngine.CreateDefault,
            [typeof(RecommendationEngine)] = RecommendationEngine.CreateDefault,
        });
    }
}
