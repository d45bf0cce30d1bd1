namespace Intimacy.Rules.Tests.Properties;

/// <summary>Scenarios the property tests once found; each pins a fixed bug.</summary>
public class RegressionScenarios
{
    public static TheoryData<string, Scenario> Scenarios() => new()
    {
        {
            // The root token was shared by every chain starting with NOT/EXISTS, so one chain's
            // retraction removed another chain's child.
            "shared root token",
            new Scenario(
                [
                    new RuleSpec(0, false, [new PatternSpec(0, 2, JoinKind.None, 0)], null, new CollectSpec(0, 0, 1), true),
                    new RuleSpec(0, false, [], new QuantifierSpec(false, 2, null), new CollectSpec(1, null, 0), true),
                    new RuleSpec(0, true, [new PatternSpec(2, 0, JoinKind.None, 0)], null, null, false),
                ],
                [new OpSpec(OpKind.Insert, 0, 2, 3, 2), new OpSpec(OpKind.Retract, 4, 0, 0, 0)])
        },
        {
            // A fact read by two patterns of one rule passed through an intermediate state in
            // which the match vanished; it came back as a new activation and a non-repeatable rule refired.
            "transient removal within one update",
            new Scenario(
                [new RuleSpec(1, true, [new PatternSpec(1, 0, JoinKind.None, 0), new PatternSpec(1, 0, JoinKind.None, 0)], new QuantifierSpec(false, 1, 0), null, true)],
                [new OpSpec(OpKind.Insert, 0, 1, 0, 0), new OpSpec(OpKind.Fire, 0, 0, 0, 0), new OpSpec(OpKind.Update, 0, 0, 2, 2), new OpSpec(OpKind.Fire, 0, 0, 0, 0)])
        },
        {
            // An aggregate kept a reference to a child activation that was replaced by the earlier
            // activation of the same match, so a later removal missed the live one.
            "aggregate child replaced on revival",
            new Scenario(
                [new RuleSpec(0, false, [new PatternSpec(3, 0, JoinKind.None, 0)], null, new CollectSpec(3, 0, 1), false)],
                [
                    new OpSpec(OpKind.Insert, 0, 3, 0, 1), new OpSpec(OpKind.Update, 0, 0, 2, 2), new OpSpec(OpKind.Fire, 0, 0, 0, 0),
                    new OpSpec(OpKind.Insert, 0, 3, 0, 2), new OpSpec(OpKind.Update, 0, 0, 1, 1), new OpSpec(OpKind.Update, 0, 0, 0, 1),
                ])
        },
    };

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void Engine_MatchesReference(string name, Scenario scenario)
    {
        var expected = ReferenceEvaluator.Run(scenario);

        EngineRunner.Run(scenario).Should().Equal(expected, name);
    }
}
