using Intimacy.Rules.Fluent.Dsl;
using Intimacy.Rules.Tests.Domain;

namespace Intimacy.Rules.Tests.Aggregation;

public class AggregationTests
{
    public sealed class CollectItemsRule(Recorder recorder) : Rule
    {
        public override void Define()
        {
            IEnumerable<Item> items = null!;
            When().Query(() => items, q => q.Match<Item>(i => i.Value > 0).Collect());
            Then().Do(ctx => recorder.Add("count=" + items.Count()));
        }
    }

    public sealed class CollectPerCustomerRule(Recorder recorder) : Rule
    {
        public override void Define()
        {
            Customer customer = null!;
            IEnumerable<Order> orders = null!;
            When()
                .Match(() => customer)
                .Query(() => orders, q => q.Match<Order>(o => o.Customer == customer).Collect().Where(c => c.Any()));
            Then().Do(ctx => recorder.Add(customer.Name + ":" + string.Join("+", orders.Select(o => o.Id))));
        }
    }

    public sealed class GroupByRule(Recorder recorder) : Rule
    {
        public override void Define()
        {
            IGrouping<string, Item> group = null!;
            When().Query(() => group, q => q.Match<Item>().GroupBy(i => i.Group).Where(g => g.Count() > 1));
            Then().Do(ctx => recorder.Add(group.Key + "=" + string.Join("+", group.Select(i => i.Name))));
        }
    }

    public sealed class SelectSumRule(Recorder recorder) : Rule
    {
        public override void Define()
        {
            IEnumerable<int> values = null!;
            When().Query(() => values, q => q.Match<Item>().Select(i => i.Value * 10).Where(v => v > 10).Collect());
            Then().Do(ctx => recorder.Add("sum=" + values.Sum()));
        }
    }

    public sealed class SelectManyRule(Recorder recorder) : Rule
    {
        public override void Define()
        {
            char letter = default;
            When().Query(() => letter, q => q.Match<Item>().SelectMany(i => i.Name.ToCharArray()));
            Then().Do(ctx => recorder.Add(letter.ToString()));
        }
    }

    [Fact]
    public void Collect_NoFacts_FiresWithEmptyCollection()
    {
        var recorder = new Recorder();
        var session = RuleSession.Factory(new CollectItemsRule(recorder)).CreateSession();

        session.Fire();

        recorder.Entries.Should().Equal("count=0");
    }

    [Fact]
    public void Collect_FactsAddedAfterFiring_UpdatesTheSameMatchAndFiresAgain()
    {
        var recorder = new Recorder();
        var session = RuleSession.Factory(new CollectItemsRule(recorder)).CreateSession();
        session.InsertAll([new Item("a", 1), new Item("b", 2)]);
        session.Fire();

        session.Insert(new Item("c", 3));
        session.Insert(new Item("d", 0));
        session.Fire();

        recorder.Entries.Should().Equal("count=2", "count=3");
    }

    [Fact]
    public void Collect_JoinedToEarlierAlias_CollectsPerLeftFact()
    {
        var recorder = new Recorder();
        var session = RuleSession.Factory(new CollectPerCustomerRule(recorder)).CreateSession();
        var ann = new Customer("ann");
        var bob = new Customer("bob");
        var cid = new Customer("cid");
        session.InsertAll([ann, bob, cid, new Order(1, ann, 1), new Order(2, bob, 1), new Order(3, ann, 1)]);

        session.Fire();

        recorder.Entries.Should().BeEquivalentTo("ann:1+3", "bob:2");
    }

    [Fact]
    public void Collect_RetractMember_UpdatesCollection()
    {
        var recorder = new Recorder();
        var session = RuleSession.Factory(new CollectItemsRule(recorder)).CreateSession();
        var a = new Item("a", 1);
        session.InsertAll([a, new Item("b", 2)]);
        session.Fire();

        session.Retract(a);
        session.Fire();

        recorder.Entries.Should().Equal("count=2", "count=1");
    }

    [Fact]
    public void GroupBy_FiresPerGroupPassingTheFilter()
    {
        var recorder = new Recorder();
        var session = RuleSession.Factory(new GroupByRule(recorder)).CreateSession();
        session.InsertAll([new Item("a", group: "x"), new Item("b", group: "y"), new Item("c", group: "x")]);

        session.Fire();

        recorder.Entries.Should().Equal("x=a+c");
    }

    [Fact]
    public void GroupBy_MemberMovesGroup_OldGroupGoesAndNewGroupFires()
    {
        var recorder = new Recorder();
        var session = RuleSession.Factory(new GroupByRule(recorder)).CreateSession();
        var moving = new Item("c", group: "x");
        session.InsertAll([new Item("a", group: "x"), new Item("b", group: "y"), moving]);
        session.Fire();

        moving.Group = "y";
        session.Update(moving);
        session.Fire();

        recorder.Entries.Should().Equal("x=a+c", "y=b+c");
    }

    [Fact]
    public void Collect_MemberUpdated_SameMatchRefires()
    {
        var recorder = new Recorder();
        var session = RuleSession.Factory(new CollectItemsRule(recorder)).CreateSession();
        var item = new Item("a", 1);
        session.Insert(item);
        session.Fire();

        item.Value = 2;
        session.Update(item);

        session.Fire().Should().Be(1);
        recorder.Entries.Should().Equal("count=1", "count=1");
    }

    [Fact]
    public void Select_Where_Collect_ProjectsFiltersAndCollects()
    {
        var recorder = new Recorder();
        var session = RuleSession.Factory(new SelectSumRule(recorder)).CreateSession();
        session.InsertAll([new Item("a", 1), new Item("b", 2), new Item("c", 3)]);

        session.Fire();

        recorder.Entries.Should().Equal("sum=50");
    }

    [Fact]
    public void SelectMany_GivesEachDistinctValueOnce_AcrossFacts_AsNRulesDoes()
    {
        var recorder = new Recorder();
        var session = RuleSession.Factory(new SelectManyRule(recorder)).CreateSession();
        session.Insert(new Item("abca"));
        session.Insert(new Item("cd"));

        session.Fire();

        recorder.Entries.Should().Equal("a", "b", "c", "d");
    }

    [Fact]
    public void SelectMany_AValueTwoFactsGive_StaysWhileEitherGivesIt()
    {
        var recorder = new Recorder();
        var session = RuleSession.Factory(new SelectManyRule(recorder)).CreateSession();
        var first = new Item("ab");
        var second = new Item("bc");
        session.InsertAll([first, second]);
        session.Fire();
        recorder.Entries.Should().Equal("a", "b", "c");

        session.Retract(first);
        session.Fire();

        recorder.Entries.Should().Equal("a", "b", "c");
        session.Query<Item>().Should().ContainSingle();
    }

    [Fact]
    public void SelectMany_AFactGivingAValueAlreadyGiven_ChangesNothing_ButAnUpdateOfOneThatGivesIt_Does()
    {
        var recorder = new Recorder();
        var session = RuleSession.Factory(new SelectManyRule(recorder)).CreateSession();
        var first = new Item("ab");
        session.Insert(first);
        session.Fire();

        session.Insert(new Item("b"));
        session.Fire();
        recorder.Entries.Should().Equal(["a", "b"], "as in NRules, b is one result whichever facts give it");

        session.Update(first);
        session.Fire();
        recorder.Entries.Should().Equal("a", "b", "a", "b");
    }

    [Fact]
    public void SelectMany_FiresPerFlattenedValue()
    {
        var recorder = new Recorder();
        var session = RuleSession.Factory(new SelectManyRule(recorder)).CreateSession();
        session.Insert(new Item("ab"));

        session.Fire();

        recorder.Entries.Should().Equal("a", "b");
    }
}
