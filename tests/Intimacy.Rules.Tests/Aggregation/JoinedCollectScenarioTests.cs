using Intimacy.Rules.Fluent.Dsl;
using Intimacy.Rules.RuleModel;
using Intimacy.Rules.Tests.Domain;

namespace Intimacy.Rules.Tests.Aggregation;

/// <summary>
/// A collect joined to an earlier pattern, one (possibly empty) collection per joined fact (the NRules "two facts, one
/// collection" scenarios), and the facts a match lists, with and without aliases (also the "one fact, no binding" ones).
/// </summary>
public class JoinedCollectScenarioTests
{
    public sealed class OrdersRule(List<(Customer Customer, Order[] Orders)> fired, List<IFactMatch[]> matches) : Rule
    {
        public override void Define()
        {
            Customer customer = null!;
            IEnumerable<Order> orders = null!;
            When()
                .Match(() => customer, c => c.IsPreferred)
                .Query(() => orders, q => q.Match<Order>(o => o.IsOpen, o => o.Customer == customer).Collect());
            Then().Do(ctx => Record(ctx, customer, orders));
        }

        private void Record(IContext ctx, Customer customer, IEnumerable<Order> orders)
        {
            fired.Add((customer, orders.ToArray()));
            matches.Add(ctx.Match.Facts.ToArray());
        }
    }

    private static (ISession Session, List<(Customer Customer, Order[] Orders)> Fired, List<IFactMatch[]> Matches) NewSession()
    {
        var fired = new List<(Customer, Order[])>();
        var matches = new List<IFactMatch[]>();
        return (RuleSession.Factory(new OrdersRule(fired, matches)).CreateSession(), fired, matches);
    }

    [Fact]
    public void OpenOrdersOfTheCustomerOnly_AreCollected()
    {
        var (session, fired, _) = NewSession();
        var a = new Customer("a", true);
        session.Insert(a);
        session.InsertAll([new Order(1, a, 1), new Order(2, new Customer("z"), 1), new Order(3, a, 1) { IsOpen = false }, new Order(4, a, 1)]);

        session.Fire().Should().Be(1);
        fired.Single().Orders.Select(o => o.Id).Should().Equal(1, 4);
    }

    [Fact]
    public void NoOrders_FiresWithAnEmptyCollection()
    {
        var (session, fired, _) = NewSession();
        session.Insert(new Customer("a", true));

        session.Fire().Should().Be(1);
        fired.Single().Orders.Should().BeEmpty();
    }

    [Fact]
    public void TheMatchListsThePatternAndTheCollection()
    {
        var (session, _, matches) = NewSession();
        var a = new Customer("a", true);
        var order = new Order(1, a, 1);
        session.Insert(a);
        session.Insert(order);

        session.Fire();

        var facts = matches.Single();
        facts.Select(f => f.Declaration.Name).Should().Equal("customer", "orders");
        facts[0].Value.Should().BeSameAs(a);
        ((IEnumerable<Order>)facts[1].Value!).Should().Equal(order);
    }

    [Fact]
    public void AnOrderAddedAfterFiring_FiresAgainWithAll()
    {
        var (session, fired, _) = NewSession();
        var a = new Customer("a", true);
        session.InsertAll([a, new Order(1, a, 1), new Order(2, a, 1)]);
        session.Fire();

        session.Insert(new Order(3, a, 1));
        session.Fire().Should().Be(1);

        fired.Select(f => f.Orders.Length).Should().Equal(2, 3);
    }

    [Fact]
    public void OrdersRetractedBeforeFire_FiresWithWhatIsLeft()
    {
        var (one, fired1, _) = NewSession();
        var a = new Customer("a", true);
        var first = new Order(1, a, 1);
        var second = new Order(2, a, 1);
        one.Insert(a);
        one.InsertAll([first, second]);
        one.Retract(second);
        one.Fire().Should().Be(1);
        fired1.Single().Orders.Should().Equal(first);

        var (both, fired2, _) = NewSession();
        both.Insert(a);
        both.InsertAll([first, second]);
        both.Retract(first);
        both.Retract(second);
        both.Fire().Should().Be(1);
        fired2.Single().Orders.Should().BeEmpty();
    }

    [Fact]
    public void CustomerNotMatchingRetractedOrUpdatedOut_DoesNotFire()
    {
        var a = new Customer("a", true);
        Order[] orders = [new(1, a, 1), new(2, a, 1)];

        var (notPreferred, _, _) = NewSession();
        notPreferred.Insert(new Customer("b"));
        notPreferred.Fire().Should().Be(0);

        var (retracted, _, _) = NewSession();
        retracted.Insert(a);
        retracted.InsertAll(orders);
        retracted.Retract(a);
        retracted.Fire().Should().Be(0);

        var (updated, _, _) = NewSession();
        updated.Insert(a);
        updated.InsertAll(orders);
        a.IsPreferred = false;
        updated.Update(a);
        updated.Fire().Should().Be(0);
    }

    [Fact]
    public void TwoCustomers_EachWithTheirOwnCollection_ThenOneSideUpdated_OnlyItsMatchFiresAgain()
    {
        var (session, fired, _) = NewSession();
        var a = new Customer("a", true);
        var b = new Customer("b", true);
        var orderOfA = new Order(1, a, 1);
        session.Insert(a);
        session.Insert(b);
        session.InsertAll([orderOfA, new Order(2, a, 1)]);

        session.Fire().Should().Be(2);
        fired.Select(f => f.Customer.Name + f.Orders.Length).Should().Equal("a2", "b0");

        session.Update(a);
        session.Fire().Should().Be(1);
        session.Update(orderOfA);
        session.Fire().Should().Be(1);
        fired.Skip(2).Select(f => f.Customer.Name).Should().Equal("a", "a");
    }

    public sealed class UnaliasedRule(List<IFactMatch[]> matches) : Rule
    {
        public override void Define()
        {
            When().Match<Item>(i => i.Value > 0);
            Then().Do(ctx => matches.Add(ctx.Match.Facts.ToArray()));
        }
    }

    [Fact]
    public void PatternWithoutAnAlias_ItsFactIsStillInTheMatch()
    {
        var matches = new List<IFactMatch[]>();
        var session = RuleSession.Factory(new UnaliasedRule(matches)).CreateSession();
        var item = new Item("a", 1);
        session.Insert(item);

        session.Fire().Should().Be(1);
        matches.Single().Should().ContainSingle().Which.Value.Should().BeSameAs(item);
    }
}
