using Intimacy.Rules.Fluent.Dsl;
using Intimacy.Rules.Tests.Domain;

namespace Intimacy.Rules.Tests.Aggregation;

/// <summary>
/// Groups of two or more flattened back into their facts (the NRules "group-by then flatten" scenarios), and a flatten
/// grouped again after updates that replace facts by equal instances (the "flatten with identity" scenario).
/// </summary>
public class GroupByFlattenScenarioTests
{
    public sealed class InPairsRule(List<Item> fired) : Rule
    {
        public override void Define()
        {
            Item item = null!;
            When().Query(() => item, q => q
                .Match<Item>(i => i.Value > 0)
                .GroupBy(i => i.Group)
                .Where(g => g.Count() > 1)
                .SelectMany(g => g));
            Then().Do(ctx => fired.Add(item));
        }
    }

    private static (ISession Session, List<Item> Fired) NewSession()
    {
        var fired = new List<Item>();
        return (RuleSession.Factory(new InPairsRule(fired)).CreateSession(), fired);
    }

    [Fact]
    public void NoFacts_DoesNotFire()
    {
        var (session, _) = NewSession();

        session.Fire().Should().Be(0);
    }

    [Fact]
    public void TwoInOneGroup_FiresForEach()
    {
        var (session, fired) = NewSession();
        var a = new Item("a", 1, "x");
        var b = new Item("b", 1, "x");
        session.InsertAll([a, b]);

        session.Fire();

        fired.Should().Equal(a, b);
    }

    [Fact]
    public void TwoInOneGroup_OneUpdatedBeforeFire_FiresForEach()
    {
        var (session, fired) = NewSession();
        var a = new Item("a", 1, "x");
        var b = new Item("b", 1, "x");
        session.InsertAll([a, b]);
        session.Update(b);

        session.Fire();

        fired.Should().Equal(a, b);
    }

    [Fact]
    public void TwoInOneGroupAndOneAlone_FiresForThePairOnly()
    {
        var (session, fired) = NewSession();
        var a = new Item("a", 1, "x");
        var b = new Item("b", 1, "x");
        session.InsertAll([a, b, new Item("c", 1, "y")]);

        session.Fire();

        fired.Should().Equal(a, b);
    }

    [Fact]
    public void TwoPairs_FiresForEveryFact()
    {
        var (session, fired) = NewSession();
        Item[] items = [new("a", 1, "x"), new("b", 1, "x"), new("c", 1, "y"), new("d", 1, "y")];
        session.InsertAll(items);

        session.Fire();

        fired.Should().Equal(items);
    }

    [Fact]
    public void TwoPairs_OneMemberRetracted_OnlyTheOtherPairFires()
    {
        var (session, fired) = NewSession();
        Item[] items = [new("a", 1, "x"), new("b", 1, "x"), new("c", 1, "y"), new("d", 1, "y")];
        session.InsertAll(items);
        session.Retract(items[3]);

        session.Fire();

        fired.Should().Equal(items[0], items[1]);
    }

    [Fact]
    public void TwoPairs_OneMemberUpdatedOutOfTheSource_OnlyTheOtherPairFires()
    {
        var (session, fired) = NewSession();
        Item[] items = [new("a", 1, "x"), new("b", 1, "x"), new("c", 1, "y"), new("d", 1, "y")];
        session.InsertAll(items);
        items[3].Value = 0;
        session.Update(items[3]);

        session.Fire();

        fired.Should().Equal(items[0], items[1]);
    }

    [Fact]
    public void TwoPairs_OneMemberMovedToTheOtherGroup_ThreeFire()
    {
        var (session, fired) = NewSession();
        Item[] items = [new("a", 1, "x"), new("b", 1, "x"), new("c", 1, "y"), new("d", 1, "y")];
        session.InsertAll(items);
        items[3].Group = "x";
        session.Update(items[3]);

        session.Fire();

        fired.Should().BeEquivalentTo([items[0], items[1], items[3]]);
    }

    [Fact]
    public void AFactUpdatedIntoTheSource_CompletesASecondPair()
    {
        var (session, fired) = NewSession();
        Item[] items = [new("a", 1, "x"), new("b", 1, "x"), new("c", 1, "y"), new("d", 0, "y")];
        session.InsertAll(items);
        items[3].Value = 1;
        session.Update(items[3]);

        session.Fire();

        fired.Should().Equal(items);
    }

    [Fact]
    public void RetractedUpdatedAndInsertedBack_FiresForBoth()
    {
        var (session, fired) = NewSession();
        var a = new Item("a", 1, "x");
        var b = new Item("b", 1, "x");
        session.InsertAll([a, b]);
        session.Retract(b);
        session.Update(a);
        session.Insert(b);

        session.Fire();

        fired.Should().Equal(a, b);
    }

    public sealed class Reading(int id, int count, string first, string second) : IEquatable<Reading>
    {
        public int Id { get; } = id;

        public int Count { get; } = count;

        public string First { get; } = first;

        public string Second { get; } = second;

        public bool Equals(Reading? other) => other is not null && other.Id == Id;

        public override bool Equals(object? obj) => obj is Reading other && Equals(other);

        public override int GetHashCode() => Id;
    }

    public sealed class RegroupRule(List<IGrouping<string, Reading>> fired) : Rule
    {
        public override void Define()
        {
            IGrouping<string, Reading> group = null!;
            When().Query(() => group, q => q
                .Match<Reading>(r => r.Id != 0)
                .GroupBy(r => r.First)
                .Where(g => g.Select(r => r.Id).Distinct().Count() > 1)
                .SelectMany(g => g)
                .GroupBy(r => r.Second));
            Then().Do(ctx => fired.Add(group));
        }
    }

    [Fact]
    public void FlattenRegrouped_FactsReplacedByEqualInstances_TheGroupHoldsTheNewInstances()
    {
        var fired = new List<IGrouping<string, Reading>>();
        var session = RuleSession.Factory(new RegroupRule(fired)).CreateSession();
        session.InsertAll([new Reading(1, 1, "p", "g"), new Reading(2, 1, "q", "g"), new Reading(3, 1, "q", "h"), new Reading(4, 1, "p", "i")]);
        session.UpdateAll([new Reading(1, 2, "p", "g"), new Reading(2, 3, "q", "g"), new Reading(3, 1, "q", "g"), new Reading(4, 1, "p", "g")]);

        session.Fire().Should().Be(1);

        var group = fired.Single();
        group.Key.Should().Be("g");
        group.Select(r => r.Count).Order().Should().Equal(1, 1, 2, 3);
    }
}
