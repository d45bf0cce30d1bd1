using Intimacy.Rules.Fluent.Dsl;
using Intimacy.Rules.Tests.Domain;

namespace Intimacy.Rules.Tests.Aggregation;

/// <summary>
/// Aggregates chained with joins and bindings: two projected collects and a group filter reading them all (the NRules
/// "group join, several queries" scenarios), a collect bound by <c>Let</c> into a later group key (the "co-joined
/// binding and query" scenarios), and a collect of the pattern's own type filtered on the pattern (the "one fact,
/// aggregate join" scenarios).
/// </summary>
public class AggregateChainScenarioTests
{
    public sealed class Counter
    {
        public int Count { get; set; }
    }

    public sealed class GroupJoinRule(Dictionary<Customer, Counter> evaluations) : Rule
    {
        public override void Define()
        {
            Customer customer = null!;
            Discount first = null!;
            Discount second = null!;
            IGrouping<string, Tag> group = null!;
            When()
                .Match(() => customer, c => c.IsPreferred)
                .Query(() => first, q => q.Match<Discount>(d => d.Percent == 1).Collect().Select(c => c.FirstOrDefault() ?? new Discount(null!, 1)))
                .Query(() => second, q => q.Match<Discount>(d => d.Percent == 2).Collect().Select(c => c.FirstOrDefault() ?? new Discount(null!, 2)))
                .Query(() => group, q => q.Match<Tag>(t => t.Name.StartsWith("ok")).GroupBy(t => t.Group).Where(g => Valid(customer, first, second, g)));
            Then().Do(ctx => GC.KeepAlive(group));
        }

        private bool Valid(Customer customer, Discount first, Discount second, IGrouping<string, Tag> group)
        {
            GC.KeepAlive(first);
            GC.KeepAlive(second);
            if (!evaluations.TryGetValue(customer, out var counter))
            {
                evaluations[customer] = counter = new Counter();
            }

            counter.Count++;
            return group.Key == customer.Name;
        }
    }

    [Fact]
    public void GroupJoin_TwoCustomersAndTheirGroups_FiresTwice()
    {
        var evaluations = new Dictionary<Customer, Counter>();
        var session = RuleSession.Factory(new GroupJoinRule(evaluations)).CreateSession();
        var a = new Customer("a", true);
        session.Insert(a);
        session.Insert(new Customer("b", true));
        session.Insert(new Discount(a, 1));
        session.Insert(new Tag("ok1", "a"));
        session.Insert(new Tag("ok2", "b"));

        session.Fire().Should().Be(2);

        // NRules evaluates a's filter once per group (2); this engine recomputes a query in full when a source fact
        // changes, so the new tag re-tests group "a" as well (docs/rules-engine.md, Porting to and from NRules).
        evaluations[a].Count.Should().Be(3);
    }

    [Theory]
    [InlineData("customer")]
    [InlineData("discount")]
    [InlineData("tag")]
    public void GroupJoin_AFactOfTheMatchUpdatedAfterFiring_FiresAgain_TheFilterEvaluatedOnceMore(string updated)
    {
        var evaluations = new Dictionary<Customer, Counter>();
        var session = RuleSession.Factory(new GroupJoinRule(evaluations)).CreateSession();
        var a = new Customer("a", true);
        var discount = new Discount(a, 1);
        var tag = new Tag("ok1", "a");
        session.Insert(a);
        session.Insert(discount);
        session.Insert(tag);
        session.Fire().Should().Be(1);
        evaluations[a].Count.Should().Be(1);

        session.Update(updated switch { "customer" => a, "discount" => discount, _ => tag });

        session.Fire().Should().Be(1);
        evaluations[a].Count.Should().Be(2);
    }

    public sealed class BoundKeyRule(List<string> fired) : Rule
    {
        public override void Define()
        {
            IEnumerable<Customer> customers = null!;
            Customer customer = null!;
            IGrouping<string, Tag> group = null!;
            When()
                .Query(() => customers, q => q.Match<Customer>().Collect())
                .Let(() => customer, () => customers.FirstOrDefault() ?? new Customer("0"))
                .Query(() => group, q => q.Match<Tag>().GroupBy(t => t.Group + "|" + customer.Name));
            Then().Do(ctx => fired.Add(group.Key));
        }
    }

    [Fact]
    public void BoundKey_KeyFollowsTheBindingThroughInsertsUpdatesAndRetracts()
    {
        (ISession Session, List<string> Fired) New()
        {
            var fired = new List<string>();
            return (RuleSession.Factory(new BoundKeyRule(fired)).CreateSession(), fired);
        }

        var (onlyTag, fired1) = New();
        onlyTag.Insert(new Tag("t", "g1"));
        onlyTag.Fire().Should().Be(1);
        fired1.Should().Equal("g1|0");

        var (both, fired2) = New();
        both.Insert(new Customer("1"));
        both.Insert(new Tag("t", "g1"));
        both.Fire().Should().Be(1);
        fired2.Should().Equal("g1|1");

        var (reversed, fired3) = New();
        reversed.Insert(new Tag("t", "g1"));
        reversed.Insert(new Customer("1"));
        reversed.Fire().Should().Be(1);
        fired3.Should().Equal("g1|1");

        var (customerUpdated, fired4) = New();
        var c4 = new Customer("1");
        customerUpdated.Insert(c4);
        customerUpdated.Insert(new Tag("t", "g1"));
        c4.Name = "2";
        customerUpdated.Update(c4);
        customerUpdated.Fire().Should().Be(1);
        fired4.Should().Equal("g1|2");

        var (tagUpdated, fired5) = New();
        var t5 = new Tag("t", "g1");
        tagUpdated.Insert(new Customer("1"));
        tagUpdated.Insert(t5);
        t5.Group = "g2";
        tagUpdated.Update(t5);
        tagUpdated.Fire().Should().Be(1);
        fired5.Should().Equal("g2|1");

        var (customerRetracted, fired6) = New();
        var c6 = new Customer("1");
        customerRetracted.Insert(c6);
        customerRetracted.Insert(new Tag("t", "g1"));
        customerRetracted.Retract(c6);
        customerRetracted.Fire().Should().Be(1);
        fired6.Should().Equal("g1|0");

        var (tagRetracted, _) = New();
        var t7 = new Tag("t", "g1");
        tagRetracted.Insert(new Customer("1"));
        tagRetracted.Insert(t7);
        tagRetracted.Retract(t7);
        tagRetracted.Fire().Should().Be(0);
    }

    public sealed class CollectContainingRule(List<int> fired) : Rule
    {
        public override void Define()
        {
            Item item = null!;
            IEnumerable<Item> items = null!;
            When()
                .Match(() => item, i => i.Value > 0)
                .Query(() => items, q => q.Match<Item>().Collect().Where(c => c.Contains(item)));
            Then().Do(ctx => fired.Add(items.Count()));
        }
    }

    [Fact]
    public void CollectOfThePatternsOwnType_FilteredOnThePattern()
    {
        var fired = new List<int>();
        var factory = RuleSession.Factory(new CollectContainingRule(fired));

        factory.CreateSession().Fire().Should().Be(0);

        var one = factory.CreateSession();
        one.Insert(new Item("a", 1));
        one.Fire().Should().Be(1);
        fired.Should().Equal(1);

        fired.Clear();
        var oneOfTwo = factory.CreateSession();
        oneOfTwo.InsertAll([new Item("a", 1), new Item("b", 0)]);
        oneOfTwo.Fire().Should().Be(1);
        fired.Should().Equal(2);

        fired.Clear();
        var two = factory.CreateSession();
        two.InsertAll([new Item("a", 1), new Item("b", 2)]);
        two.Fire().Should().Be(2);
        fired.Should().Equal(2, 2);
    }
}
