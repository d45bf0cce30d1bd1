using Intimacy.Rules.Fluent.Dsl;
using Intimacy.Rules.Tests.Domain;

namespace Intimacy.Rules.Tests.Retraction;

/// <summary>A rule that retracts the fact it matched (the NRules "self-retract" scenarios).</summary>
public class SelfRetractScenarioTests
{
    public sealed class ConsumeRule : Rule
    {
        public override void Define()
        {
            Item item = null!;
            When().Match(() => item, i => i.Value > 0);
            Then().Do(ctx => ctx.TryRetract(item));
        }
    }

    [Fact]
    public void OneMatchingFact_FiresOnceAndTheFactIsGone()
    {
        var session = RuleSession.Create(typeof(ConsumeRule));
        session.Insert(new Item("a", 1));

        session.Fire().Should().Be(1);
        session.Query<Item>().Should().BeEmpty();
    }

    [Fact]
    public void NoMatchingFact_DoesNotFire()
    {
        var session = RuleSession.Create(typeof(ConsumeRule));
        session.Insert(new Item("a", 0));

        session.Fire().Should().Be(0);
        session.Query<Item>().Should().ContainSingle();
    }

    [Fact]
    public void TwoMatchingFacts_FireTwiceAndBothAreGone()
    {
        var session = RuleSession.Create(typeof(ConsumeRule));
        session.InsertAll([new Item("a", 1), new Item("b", 2)]);

        session.Fire().Should().Be(2);
        session.Query<Item>().Should().BeEmpty();
    }
}
