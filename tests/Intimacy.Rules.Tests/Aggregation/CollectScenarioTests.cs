using Intimacy.Rules.Fluent.Dsl;
using Intimacy.Rules.Tests.Domain;

namespace Intimacy.Rules.Tests.Aggregation;

/// <summary>
/// One rule collecting every item with a positive value (the NRules "one fact, one collection" scenarios): it fires
/// once per session, with the collection as it stands when it fires.
/// </summary>
public class CollectScenarioTests
{
    public sealed class CollectPositiveRule(List<IReadOnlyList<Item>> fired) : Rule
    {
        public override void Define()
        {
            IEnumerable<Item> items = null!;
            When().Query(() => items, q => q.Match<Item>(i => i.Value > 0).Collect());
            Then().Do(ctx => fired.Add(items.ToList()));
        }
    }

    private static (ISession Session, List<IReadOnlyList<Item>> Fired) NewSession()
    {
        var fired = new List<IReadOnlyList<Item>>();
        return (RuleSession.Factory(new CollectPositiveRule(fired)).CreateSession(), fired);
    }

    [Fact]
    public void TwoMatchingAndOneNot_FiresOnceWithTheTwo()
    {
        var (session, fired) = NewSession();
        var a = new Item("a", 1);
        var b = new Item("b", 2);
        session.InsertAll([a, b, new Item("c", 0)]);

        session.Fire();

        fired.Should().ContainSingle().Which.Should().Equal(a, b);
    }

    [Fact]
    public void MemberUpdatedBeforeFire_FiresOnceWithBoth()
    {
        var (session, fired) = NewSession();
        var b = new Item("b", 2);
        session.InsertAll([new Item("a", 1), b]);
        session.Update(b);

        session.Fire();

        fired.Should().ContainSingle().Which.Should().HaveCount(2);
    }

    [Fact]
    public void OneOfTwoRetractedBeforeFire_FiresOnceWithTheOther()
    {
        var (session, fired) = NewSession();
        var a = new Item("a", 1);
        var b = new Item("b", 2);
        session.InsertAll([a, b]);
        session.Retract(b);

        session.Fire();

        fired.Should().ContainSingle().Which.Should().Equal(a);
    }

    [Fact]
    public void BothRetractedBeforeFire_FiresOnceWithAnEmptyCollection()
    {
        var (session, fired) = NewSession();
        var a = new Item("a", 1);
        var b = new Item("b", 2);
        session.InsertAll([a, b]);
        session.Retract(a);
        session.Retract(b);

        session.Fire();

        fired.Should().ContainSingle().Which.Should().BeEmpty();
    }

    [Fact]
    public void MemberUpdatedToFailTheCondition_LeavesTheCollection()
    {
        var (session, fired) = NewSession();
        var a = new Item("a", 1);
        var b = new Item("b", 2);
        session.InsertAll([a, b]);
        b.Value = 0;
        session.Update(b);

        session.Fire();

        fired.Should().ContainSingle().Which.Should().Equal(a);
    }

    [Fact]
    public void NonMemberUpdatedToMeetTheCondition_JoinsTheCollection()
    {
        var (session, fired) = NewSession();
        var a = new Item("a", 1);
        var b = new Item("b", 0);
        session.InsertAll([a, b]);
        b.Value = 2;
        session.Update(b);

        session.Fire();

        fired.Should().ContainSingle().Which.Should().BeEquivalentTo([a, b]);
    }
}
