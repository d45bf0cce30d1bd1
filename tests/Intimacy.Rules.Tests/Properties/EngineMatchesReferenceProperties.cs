using FsCheck;
using FsCheck.Fluent;

namespace Intimacy.Rules.Tests.Properties;

/// <summary>
/// The engine fires the same rules, on the same facts, in the same order as the naive reference
/// evaluator, for random rules (joins, NOT/EXISTS, Collect, yields, priorities, repeatability) and
/// random scripts of inserts, updates, retracts and fires.
/// </summary>
public class EngineMatchesReferenceProperties
{
    private static Config Configuration(int tests)
    {
        var more = Environment.GetEnvironmentVariable("INTIMACY_RULES_PROPERTY_TESTS");
        var config = Config.QuickThrowOnFailure.WithMaxTest(more is null ? tests : int.Parse(more, System.Globalization.CultureInfo.InvariantCulture));
        var replay = Environment.GetEnvironmentVariable("INTIMACY_RULES_REPLAY");
        if (replay is not null && replay.Split(',') is [var seed, var gamma])
        {
            config = config.WithReplay(new Replay(new Rnd(ulong.Parse(seed, System.Globalization.CultureInfo.InvariantCulture), ulong.Parse(gamma, System.Globalization.CultureInfo.InvariantCulture)), null));
        }

        return config;
    }

    [Fact]
    public void Firings_InOrder_MatchTheReferenceEvaluator()
    {
        var property = Prop.ForAll(ScenarioGenerators.Scenarios(), scenario =>
        {
            var expected = ReferenceEvaluator.Run(scenario);
            var actual = EngineRunner.Run(scenario);
            return actual.SequenceEqual(expected)
                .Label($"{scenario}\nexpected: {string.Join(" ", expected)}\nactual:   {string.Join(" ", actual)}");
        });

        Check.One(Configuration(400), property);
    }

    /// <summary>A session that ran the scenario twice, being reset after each, behaves exactly like a new one.</summary>
    [Fact]
    public void Firings_OnAResetSession_MatchTheReferenceEvaluator()
    {
        var property = Prop.ForAll(ScenarioGenerators.Scenarios(), scenario =>
        {
            var expected = ReferenceEvaluator.Run(scenario);
            var actual = EngineRunner.Run(scenario, reuseAfterReset: true);
            return actual.SequenceEqual(expected)
                .Label($"{scenario}\nexpected: {string.Join(" ", expected)}\nactual:   {string.Join(" ", actual)}");
        });

        Check.One(Configuration(400), property);
    }

    [Fact]
    public void Reference_IsNotTrivial_SomeScenariosFireManyRules()
    {
        var logs = ScenarioGenerators.Scenarios().Generator.Sample(300, 300).Select(ReferenceEvaluator.Run).ToList();

        logs.Count(log => log.Count >= 5).Should().BeGreaterThan(10, "the generator must produce scenarios where many rules fire");
        logs.Count(log => log.Any(entry => entry.Contains("Updated", StringComparison.Ordinal))).Should().BeGreaterThan(5, "updates must re-fire rules");
        logs.Count(log => log.Any(entry => entry.Contains('[', StringComparison.Ordinal))).Should().BeGreaterThan(10, "Collect must be exercised");
        logs.Count(log => log.Any(entry => entry.Contains("100", StringComparison.Ordinal))).Should().BeGreaterThan(5, "yielded facts must be matched");
    }
}
