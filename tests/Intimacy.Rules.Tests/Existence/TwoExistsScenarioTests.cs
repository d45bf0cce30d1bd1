using Intimacy.Rules.Fluent.Dsl;
using Intimacy.Rules.Tests.Domain;

namespace Intimacy.Rules.Tests.Existence;

/// <summary>
/// A customer with both an open order and a discount (two <c>Exists</c> joined to one pattern; the NRules "three facts,
/// two exists" scenarios).
/// </summary>
public class TwoExistsScenarioTests
{
    public sealed class OrderAndDiscountRule : Rule
    {
        public override void Define()
        {
            Customer customer = null!;
            When()
                .Match(() => customer, c => c.IsPreferred)
                .Exists<Order>(o => o.IsOpen, o => o.Customer == customer)
                .Exists<Discount>(d => d.Percent > 0, d => d.Customer == customer);
            Then().Do(ctx => ctx.Insert(new Notice(customer.Name)));
        }
    }

    private static (ISession Session, Customer Customer, Order Order, Discount Discount) NewSession(bool insertAll = true)
    {
        var session = RuleSession.Create(typeof(OrderAndDiscountRule));
        var customer = new Customer("c", true);
        var order = new Order(1, customer, 10);
        var discount = new Discount(customer, 5);
        if (insertAll)
        {
            session.Insert(customer);
            session.Insert(order);
            session.Insert(discount);
        }

        return (session, customer, order, discount);
    }

    [Fact]
    public void BothExist_FiresOnce()
    {
        var (session, _, _, _) = NewSession();

        session.Fire().Should().Be(1);
    }

    [Fact]
    public void NeitherExists_DoesNotFire()
    {
        var (session, customer, _, _) = NewSession(insertAll: false);
        session.Insert(customer);

        session.Fire().Should().Be(0);
    }

    [Fact]
    public void OnlyOneExists_DoesNotFire()
    {
        var (onlyDiscount, c1, _, d1) = NewSession(insertAll: false);
        onlyDiscount.InsertAll([c1, d1]);
        onlyDiscount.Fire().Should().Be(0);

        var (onlyOrder, c2, o2, _) = NewSession(insertAll: false);
        onlyOrder.InsertAll([c2, o2]);
        onlyOrder.Fire().Should().Be(0);
    }

    [Fact]
    public void EitherOrBothRetracted_DoesNotFire()
    {
        var (both, _, o1, d1) = NewSession();
        both.Retract(o1);
        both.Retract(d1);
        both.Fire().Should().Be(0);

        var (order, _, o2, _) = NewSession();
        order.Retract(o2);
        order.Fire().Should().Be(0);

        var (discount, _, _, d3) = NewSession();
        discount.Retract(d3);
        discount.Fire().Should().Be(0);
    }

    [Fact]
    public void BothUpdatedIntoTheirConditions_FiresOnce()
    {
        var session = RuleSession.Create(typeof(OrderAndDiscountRule));
        var customer = new Customer("c", true);
        var order = new Order(1, customer, 10) { IsOpen = false };
        session.InsertAll([customer, order, new Discount(customer, 5)]);
        order.IsOpen = true;
        session.Update(order);

        session.Fire().Should().Be(1);
    }

    [Fact]
    public void OneUpdatedOutOfItsCondition_DoesNotFire()
    {
        var (session, _, order, _) = NewSession();
        order.IsOpen = false;
        session.Update(order);

        session.Fire().Should().Be(0);
    }

    [Fact]
    public void OneOfTwoOrdersRetracted_StillFiresOnce()
    {
        var (session, customer, order, _) = NewSession();
        session.Insert(new Order(2, customer, 20));
        session.Retract(order);

        session.Fire().Should().Be(1);
    }
}
