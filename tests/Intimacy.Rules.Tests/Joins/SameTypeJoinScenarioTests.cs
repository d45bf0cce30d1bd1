using Intimacy.Rules.Fluent.Dsl;
using Intimacy.Rules.Tests.Domain;

namespace Intimacy.Rules.Tests.Joins;

/// <summary>
/// Two patterns of one type joined by a reference from one fact to the other (the NRules "two facts of the same type"
/// scenarios), and nested or-groups of unrelated patterns (the NRules "nested or-group" scenarios).
/// </summary>
public class SameTypeJoinScenarioTests
{
    public sealed class Node(string name, Node? parent = null)
    {
        public string Name { get; } = name;

        public Node? Parent { get; } = parent;

        public override string ToString() => Name;
    }

    public sealed class ChildRule(Recorder recorder) : Rule
    {
        public override void Define()
        {
            Node parent = null!;
            Node child = null!;
            When()
                .Match(() => parent, n => n.Name.StartsWith("ok"))
                .Match(() => child, n => n.Name.StartsWith("ok"), n => n.Parent == parent);
            Then().Do(ctx => recorder.Add("child", parent, child));
        }
    }

    public sealed class NestedOrRule(Recorder recorder) : Rule
    {
        public override void Define()
        {
            Item item = null!;
            Tag tag = null!;
            Customer customer = null!;
            When().Or(x => x
                .Match(() => item, i => i.Value > 0)
                .Or(y => y
                    .Match(() => tag, t => t.Name.StartsWith("ok"))
                    .Match(() => customer, c => c.IsPreferred)));
            Then().Do(ctx => recorder.Add("or"));
        }
    }

    [Fact]
    public void ParentAndChildOfOneType_FiresOnceForTheMatchingPair()
    {
        var recorder = new Recorder();
        var session = RuleSession.Factory(new ChildRule(recorder)).CreateSession();
        var root = new Node("ok1");
        session.InsertAll([root, new Node("ok2", root), new Node("bad3", root), new Node("ok4")]);

        session.Fire().Should().Be(1);
        recorder.Entries.Should().Equal("child(ok1,ok2)");
    }

    [Fact]
    public void TwoUnrelatedFactsOfOneType_DoNotFire()
    {
        var recorder = new Recorder();
        var session = RuleSession.Factory(new ChildRule(recorder)).CreateSession();
        session.Insert(new Node("ok1"));
        session.Insert(new Node("ok2"));

        session.Fire().Should().Be(0);
    }

    [Fact]
    public void NestedOr_EachAlternativeFiresOnItsOwn()
    {
        var recorder = new Recorder();
        var factory = RuleSession.Factory(new NestedOrRule(recorder));

        var outer = factory.CreateSession();
        outer.Insert(new Item("a", 1));
        outer.Fire().Should().Be(1);

        var inner = factory.CreateSession();
        inner.Insert(new Tag("ok", "g"));
        inner.Fire().Should().Be(1);

        var both = factory.CreateSession();
        both.Insert(new Item("a", 1));
        both.Insert(new Tag("ok", "g"));
        both.Fire().Should().Be(2);
    }

    public sealed class UnaliasedThenOrRule(Recorder recorder) : Rule
    {
        public override void Define()
        {
            When()
                .Match<Item>()
                .Match<Customer>()
                .Or(x => x
                    .Match<Tag>()
                    .Match<Order>());
            Then().Do(ctx => recorder.Add("fired"));
        }
    }

    [Fact]
    public void PatternsWithoutAliasesFollowedByAnOr_FireForEitherAlternative()
    {
        var recorder = new Recorder();
        var factory = RuleSession.Factory(new UnaliasedThenOrRule(recorder));

        factory.CreateSession().Fire().Should().Be(0);

        var withTag = factory.CreateSession();
        withTag.InsertAll([new Item("a"), new Customer("c"), new Tag("t", "g")]);
        withTag.Fire().Should().Be(1);

        var withOrder = factory.CreateSession();
        var customer = new Customer("c");
        withOrder.InsertAll([new Item("a"), customer, new Order(1, customer, 1)]);
        withOrder.Fire().Should().Be(1);
    }
}
