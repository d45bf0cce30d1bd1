using Intimacy.Rules.Fluent.Dsl;
using Intimacy.Rules.Tests.Domain;

namespace Intimacy.Rules.Tests.Aggregation;

/// <summary>
/// A group-by joined to an earlier pattern whose key and element selectors both read that pattern (the NRules "two
/// facts, one joined group-by" scenarios).
/// </summary>
public class JoinedGroupByScenarioTests
{
    public sealed class OrdersByKeyRule(List<(Customer Customer, IGrouping<string, string> Group)> fired) : Rule
    {
        public override void Define()
        {
            Customer customer = null!;
            IGrouping<string, string> group = null!;
            When()
                .Match(() => customer, c => c.IsPreferred)
                .Query(() => group, q => q
                    .Match<Order>(o => o.IsOpen, o => o.Customer == customer)
                    .GroupBy(o => customer.Name + "|" + o.Amount, o => customer.Name + "#" + o.Id));
            Then().Do(ctx => Record(customer, group));
        }

        private void Record(Customer customer, IGrouping<string, string> group) => fired.Add((customer, group));
    }

    private static (ISession Session, List<(Customer Customer, IGrouping<string, string> Group)> Fired) NewSession()
    {
        var fired = new List<(Customer, IGrouping<string, string>)>();
        return (RuleSession.Factory(new OrdersByKeyRule(fired)).CreateSession(), fired);
    }

    private static string[] Describe(IEnumerable<(Customer Customer, IGrouping<string, string> Group)> fired) =>
        fired.Select(f => f.Group.Key + "=" + string.Join("+", f.Group.Order())).Order().ToArray();

    [Fact]
    public void OneCustomer_OrdersOfTwoKeys_OtherCustomersAndClosedOrdersLeftOut()
    {
        var (session, fired) = NewSession();
        var a = new Customer("a", true);
        session.Insert(a);
        session.InsertAll([new Order(1, a, 10), new Order(2, new Customer("z"), 20), new Order(3, a, 20) { IsOpen = false }, new Order(4, a, 30)]);

        session.Fire().Should().Be(2);
        Describe(fired).Should().Equal("a|10=a#1", "a|30=a#4");
    }

    [Fact]
    public void OrdersBeforeTheCustomer_SameResult()
    {
        var (session, fired) = NewSession();
        var a = new Customer("a", true);
        session.InsertAll([new Order(1, a, 10), new Order(4, a, 30)]);
        session.Insert(a);

        session.Fire().Should().Be(2);
        Describe(fired).Should().Equal("a|10=a#1", "a|30=a#4");
    }

    [Fact]
    public void CustomerWithoutOrders_DoesNotFire()
    {
        var (session, _) = NewSession();
        session.Insert(new Customer("a", true));

        session.Fire().Should().Be(0);
    }

    [Fact]
    public void AnOrderAddedToAFiredGroup_ThatGroupFiresAgainWithBoth()
    {
        var (session, fired) = NewSession();
        var a = new Customer("a", true);
        session.InsertAll([a, new Order(1, a, 10), new Order(2, a, 20)]);
        session.Fire().Should().Be(2);

        session.Insert(new Order(3, a, 20));

        session.Fire().Should().Be(1);
        Describe(fired.Skip(2)).Should().Equal("a|20=a#2+a#3");
    }

    [Fact]
    public void OrdersRetracted_GroupsGo()
    {
        var (session, fired) = NewSession();
        var a = new Customer("a", true);
        var first = new Order(1, a, 10);
        var second = new Order(2, a, 10);
        var third = new Order(3, a, 20);
        session.InsertAll([a, first, second, third]);
        session.Retract(third);
        session.Fire().Should().Be(1);
        Describe(fired).Should().Equal("a|10=a#1+a#2");

        var (empty, _) = NewSession();
        empty.InsertAll([a, first, second]);
        empty.RetractAll([first, second]);
        empty.Fire().Should().Be(0);
    }

    [Fact]
    public void CustomerRetractedOrUpdatedOut_DoesNotFire_UpdatedIn_Fires()
    {
        var a = new Customer("a", true);
        Order[] orders = [new(1, a, 10), new(2, a, 20)];

        var (retracted, _) = NewSession();
        retracted.Insert(a);
        retracted.InsertAll(orders);
        retracted.Retract(a);
        retracted.Fire().Should().Be(0);

        var (updatedOut, _) = NewSession();
        updatedOut.Insert(a);
        updatedOut.InsertAll(orders);
        a.IsPreferred = false;
        updatedOut.Update(a);
        updatedOut.Fire().Should().Be(0);

        var (updatedIn, fired) = NewSession();
        updatedIn.Insert(a);
        updatedIn.InsertAll(orders);
        a.IsPreferred = true;
        updatedIn.Update(a);
        updatedIn.Fire().Should().Be(2);
        Describe(fired).Should().Equal("a|10=a#1", "a|20=a#2");
    }

    [Fact]
    public void TwoCustomers_EachGroupsItsOwnOrders_InEitherInsertOrder()
    {
        foreach (var customersFirst in new[] { true, false })
        {
            var (session, fired) = NewSession();
            var a = new Customer("a", true);
            var b = new Customer("b", true);
            Order[] orders = [new(1, a, 10), new(2, a, 10), new(3, a, 20), new(4, b, 10)];
            if (customersFirst)
            {
                session.InsertAll([a, b]);
                session.InsertAll(orders);
            }
            else
            {
                session.InsertAll(orders.Reverse());
                session.InsertAll([b, a]);
            }

            session.Fire().Should().Be(3);
            Describe(fired).Should().Equal("a|10=a#1+a#2", "a|20=a#3", "b|10=b#4");
        }
    }

    [Fact]
    public void AfterFiring_CustomerOrOrderUpdated_OnlyTheGroupsItIsInFireAgain()
    {
        var (session, fired) = NewSession();
        var a = new Customer("a", true);
        var b = new Customer("b", true);
        var orderOfA = new Order(1, a, 10);
        session.InsertAll([a, b, orderOfA, new Order(2, b, 10)]);
        session.Fire().Should().Be(2);

        session.Update(a);
        session.Fire().Should().Be(1);
        session.Update(orderOfA);
        session.Fire().Should().Be(1);

        Describe(fired.Skip(2)).Should().Equal("a|10=a#1", "a|10=a#1");
    }

    [Fact]
    public void CustomerRenamed_KeysAndElementsFollow()
    {
        var (session, fired) = NewSession();
        var a = new Customer("a", true);
        session.InsertAll([a, new Order(1, a, 10), new Order(2, a, 10)]);
        a.Name = "b";
        session.Update(a);

        session.Fire().Should().Be(1);
        Describe(fired).Should().Equal("b|10=b#1+b#2");
    }

    [Fact]
    public void OrderMovedToAnotherKey_BothGroupsFireWithTheirMembers()
    {
        var (session, fired) = NewSession();
        var a = new Customer("a", true);
        var moved = new Order(2, a, 10);
        session.InsertAll([a, new Order(1, a, 10), moved, new Order(3, a, 20)]);
        moved.Amount = 20;
        session.Update(moved);

        session.Fire().Should().Be(2);
        Describe(fired).Should().Equal("a|10=a#1", "a|20=a#2+a#3");
    }
}
