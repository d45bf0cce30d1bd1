using Intimacy.Rules.Fluent.Dsl;
using Intimacy.Rules.Tests.Domain;

namespace Intimacy.Rules.Tests.Joins;

public class JoinTests
{
    public sealed class OrderOfPreferredCustomerRule(Recorder recorder) : Rule
    {
        public override void Define()
        {
            Customer customer = null!;
            Order order = null!;
            When()
                .Match(() => customer, c => c.IsPreferred)
                .Match(() => order, o => o.Customer == customer, o => o.Amount > 10);
            Then().Do(ctx => recorder.Add(customer.Name + order.Id));
        }
    }

    public sealed class SameGroupRule(Recorder recorder) : Rule
    {
        public override void Define()
        {
            Item item = null!;
            Tag tag = null!;
            When()
                .Match(() => item)
                .Match(() => tag, t => t.Group == item.Group);
            Then().Do(ctx => recorder.Add("pair", item, tag));
        }
    }

    public sealed class GreaterValueRule(Recorder recorder) : Rule
    {
        public override void Define()
        {
            Item low = null!;
            Item high = null!;
            When()
                .Match(() => low)
                .Match(() => high, h => h.Value > low.Value);
            Then().Do(ctx => recorder.Add("gt", low, high));
        }
    }

    [Fact]
    public void Fire_JoinOnEarlierAlias_FiresForEachMatchingPair()
    {
        var recorder = new Recorder();
        var session = RuleSession.Factory(new OrderOfPreferredCustomerRule(recorder)).CreateSession();
        var ann = new Customer("ann", true);
        var bob = new Customer("bob");
        session.InsertAll([new Order(1, ann, 20), new Order(2, bob, 50), ann, bob, new Order(3, ann, 5), new Order(4, ann, 11)]);

        session.Fire();

        recorder.Entries.Should().Equal("ann1", "ann4");
    }

    [Fact]
    public void Fire_EqualityJoin_PairsOnlyEqualKeys_InEitherInsertOrder()
    {
        var recorder = new Recorder();
        var session = RuleSession.Factory(new SameGroupRule(recorder)).CreateSession();
        session.Insert(new Tag("t1", "a"));
        session.Insert(new Item("i1", group: "a"));
        session.Insert(new Item("i2", group: "b"));
        session.Insert(new Tag("t2", "b"));
        session.Insert(new Tag("t3", "a"));

        session.Fire();

        recorder.Entries.Should().Equal("pair(i1,t1)", "pair(i2,t2)", "pair(i1,t3)");
    }

    [Fact]
    public void Fire_EqualityJoinOnNullKeys_MatchesLikeTheOperator()
    {
        var recorder = new Recorder();
        var session = RuleSession.Factory(new SameGroupRule(recorder)).CreateSession();
        session.Insert(new Item("i", group: null!));
        session.Insert(new Tag("t", null!));
        session.Insert(new Tag("u", "x"));

        session.Fire();

        recorder.Entries.Should().Equal("pair(i,t)");
    }

    [Fact]
    public void Update_ChangesJoinKey_MatchMovesToTheNewPartner()
    {
        var recorder = new Recorder();
        var session = RuleSession.Factory(new SameGroupRule(recorder)).CreateSession();
        var item = new Item("i", group: "a");
        session.InsertAll([item, new Tag("ta", "a"), new Tag("tb", "b")]);
        session.Fire();

        item.Group = "b";
        session.Update(item);
        session.Fire();

        recorder.Entries.Should().Equal("pair(i,ta)", "pair(i,tb)");
    }

    [Fact]
    public void Fire_NonEqualityJoin_EvaluatesEveryPair()
    {
        var recorder = new Recorder();
        var session = RuleSession.Factory(new GreaterValueRule(recorder)).CreateSession();
        session.InsertAll([new Item("a", 1), new Item("b", 2), new Item("c", 3)]);

        session.Fire();

        recorder.Entries.Should().Equal("gt(a,b)", "gt(a,c)", "gt(b,c)");
    }

    [Fact]
    public void Retract_LeftFactOfJoin_RemovesItsPendingMatches()
    {
        var recorder = new Recorder();
        var session = RuleSession.Factory(new SameGroupRule(recorder)).CreateSession();
        var item = new Item("i", group: "a");
        session.InsertAll([item, new Tag("t", "a"), new Item("j", group: "a")]);

        session.Retract(item);
        session.Fire();

        recorder.Entries.Should().Equal("pair(j,t)");
    }

    public sealed class Person(string name, Person? partner = null)
    {
        public string Name { get; } = name;

        public Person? Partner { get; } = partner;

        public override string ToString() => Name;
    }

    public sealed class Pet(string owner)
    {
        public string Owner { get; } = owner;

        public override string ToString() => "pet of " + Owner;
    }

    /// <summary>The equality reads the partner only after the condition before it has checked there is one.</summary>
    public sealed class GuardedEqualityRule(Recorder recorder) : Rule
    {
        public override void Define()
        {
            Person person = null!;
            Pet pet = null!;
            When()
                .Match(() => person)
                .Match(() => pet, p => person.Partner != null, p => p.Owner == person.Partner!.Name);
            Then().Do(ctx => recorder.Add("partner's pet", person, pet));
        }
    }

    [Fact]
    public void Join_EqualityAfterAGuardOnAnEarlierAlias_IsNotEvaluatedWhenTheGuardFails()
    {
        var recorder = new Recorder();
        var session = RuleSession.Factory(new GuardedEqualityRule(recorder)).CreateSession();
        var bob = new Person("bob");

        session.Insert(new Person("ann", bob));
        session.Insert(bob);                       // no partner: the equality must not be reached
        session.Insert(new Pet("bob"));
        session.Insert(new Pet("ann"));
        session.Fire();

        recorder.Entries.Should().Equal("partner's pet(ann,pet of bob)");
    }
}
