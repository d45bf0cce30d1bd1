using Intimacy.Rules.Fluent.Dsl;
using Intimacy.Rules.Tests.Domain;

namespace Intimacy.Rules.Tests.Aggregation;

/// <summary>
/// Aggregates joined to an earlier pattern (the NRules "co-joined collect and exists" and "join followed by group-by on
/// a different key" scenarios): a customer's orders, grouped by amount, after inserts, updates and retracts.
/// </summary>
public class JoinedAggregateScenarioTests
{
    public sealed class CustomerHasOrderRule(Recorder recorder) : Rule
    {
        public override void Define()
        {
            Customer customer = null!;
            When()
                .Match(() => customer, c => c.IsPreferred)
                .Exists<Order>(o => o.IsOpen, o => o.Customer == customer);
            Then().Do(ctx => recorder.Add("exists", customer));
        }
    }

    public sealed class CustomerOrdersRule(Recorder recorder) : Rule
    {
        public override void Define()
        {
            Customer customer = null!;
            IEnumerable<Order> orders = null!;
            When()
                .Match(() => customer, c => c.IsPreferred)
                .Query(() => orders, q => q.Match<Order>(o => o.IsOpen, o => o.Customer == customer).Collect());
            Then().Do(ctx => recorder.Add("collect:" + orders.Count(), customer));
        }
    }

    public sealed class OrdersByAmountRule(List<(Customer Customer, IGrouping<decimal, Order> Group)> fired) : Rule
    {
        public override void Define()
        {
            Customer customer = null!;
            IGrouping<decimal, Order> group = null!;
            When()
                .Match(() => customer, c => c.IsPreferred)
                .Query(() => group, q => q.Match<Order>(o => o.IsOpen, o => o.Customer == customer).GroupBy(o => o.Amount));
            Then().Do(ctx => Record(customer, group));
        }

        private void Record(Customer customer, IGrouping<decimal, Order> group)
        {
            fired.Add((customer, group));
        }
    }

    [Fact]
    public void CustomerWithoutOrders_CollectFiresWithNone_ExistsDoesNot()
    {
        var recorder = new Recorder();
        var session = RuleSession.Factory(new CustomerHasOrderRule(recorder), new CustomerOrdersRule(recorder)).CreateSession();
        session.Insert(new Customer("c", true));

        session.Fire();

        recorder.Entries.Should().Equal("collect:0(Customer(c))");
    }

    [Fact]
    public void CustomerWithAnOrder_EachRuleFiresOnce()
    {
        var recorder = new Recorder();
        var session = RuleSession.Factory(new CustomerHasOrderRule(recorder), new CustomerOrdersRule(recorder)).CreateSession();
        var customer = new Customer("c", true);
        session.Insert(customer);
        session.Insert(new Order(1, customer, 10));

        session.Fire();

        recorder.Entries.Should().BeEquivalentTo("exists(Customer(c))", "collect:1(Customer(c))");
    }

    private static (ISession Session, List<(Customer Customer, IGrouping<decimal, Order> Group)> Fired, Customer A, Customer B, Order[] Orders) GroupedSession()
    {
        var fired = new List<(Customer, IGrouping<decimal, Order>)>();
        var session = RuleSession.Factory(new OrdersByAmountRule(fired)).CreateSession();
        var a = new Customer("a", true);
        var b = new Customer("b", true);
        Order[] orders =
        [
            new(1, a, 10), new(2, a, 10), new(3, a, 20),
            new(4, b, 20), new(5, b, 20), new(6, b, 20),
        ];
        session.InsertAll([a, b, .. orders]);
        return (session, fired, a, b, orders);
    }

    private static string[] Describe(IEnumerable<(Customer Customer, IGrouping<decimal, Order> Group)> fired) =>
        fired.Select(f => f.Customer.Name + ":" + f.Group.Key + "x" + f.Group.Count()).Order().ToArray();

    [Fact]
    public void GroupedPerCustomer_OneMatchPerCustomerAndKey()
    {
        var (session, fired, _, _, _) = GroupedSession();

        session.Fire().Should().Be(3);

        Describe(fired).Should().Equal("a:10x2", "a:20x1", "b:20x3");
    }

    [Fact]
    public void GroupedPerCustomer_OneCustomersOrdersMovedToOneKey_TwoGroupsOfThree()
    {
        var (session, fired, _, _, orders) = GroupedSession();
        foreach (var order in orders[..3])
        {
            order.Amount = 30;
        }

        session.UpdateAll(orders[..3]);

        session.Fire().Should().Be(2);
        Describe(fired).Should().Equal("a:30x3", "b:20x3");
    }

    [Fact]
    public void GroupedPerCustomer_OneCustomersOrdersRetracted_OnlyTheOtherFires()
    {
        var (session, fired, _, _, orders) = GroupedSession();
        session.RetractAll(orders[..3]);

        session.Fire().Should().Be(1);
        Describe(fired).Should().Equal("b:20x3");
    }

    [Fact]
    public void GroupedPerCustomer_CustomerUpdatedAfterFiring_OnlyThatCustomersGroupsFireAgain()
    {
        var fired = new List<(Customer Customer, IGrouping<decimal, Order> Group)>();
        var session = RuleSession.Factory(new OrdersByAmountRule(fired)).CreateSession();
        var a = new Customer("a", true);
        var b = new Customer("b", true);
        session.InsertAll([a, b, new Order(1, a, 10), new Order(2, a, 10), new Order(3, b, 20), new Order(4, b, 20)]);
        session.Fire().Should().Be(2);

        session.Update(a);

        session.Fire().Should().Be(1);
        Describe(fired.Skip(2)).Should().Equal("a:10x2");
    }

    [Fact]
    public void GroupedPerCustomer_OrderUpdatedAfterFiring_OnlyItsGroupFiresAgain()
    {
        var fired = new List<(Customer Customer, IGrouping<decimal, Order> Group)>();
        var session = RuleSession.Factory(new OrdersByAmountRule(fired)).CreateSession();
        var a = new Customer("a", true);
        var b = new Customer("b", true);
        var first = new Order(1, a, 10);
        session.InsertAll([a, b, first, new Order(2, a, 10), new Order(3, b, 20), new Order(4, b, 20)]);
        session.Fire().Should().Be(2);

        session.Update(first);

        session.Fire().Should().Be(1);
        Describe(fired.Skip(2)).Should().Equal("a:10x2");
    }
}
