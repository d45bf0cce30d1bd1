using Intimacy.Rules.Fluent.Dsl;
using Intimacy.Rules.RuleModel;
using Intimacy.Rules.Tests.Domain;

namespace Intimacy.Rules.Tests.Joins;

/// <summary>
/// A customer joined to an or-group: either an open order of theirs, or a closed order of theirs together with a
/// discount for them (the NRules "three facts, or-group" scenarios). Each alternative fires on its own.
/// </summary>
public class OrGroupScenarioTests
{
    public sealed class OpenOrDiscountedRule(Recorder recorder, List<IFactMatch[]> matches) : Rule
    {
        public override void Define()
        {
            Customer customer = null!;
            Order order = null!;
            Discount discount = null!;
            When()
                .Match(() => customer, c => c.IsPreferred)
                .Or(x => x
                    .Match(() => order, o => o.IsOpen, o => o.Customer == customer)
                    .And(y => y
                        .Match(() => order, o => !o.IsOpen, o => o.Customer == customer)
                        .Match(() => discount, d => d.Customer == customer)));
            Then().Do(ctx => Record(ctx, customer, order));
        }

        private void Record(IContext ctx, Customer customer, Order order)
        {
            recorder.Add("fired", customer, order);
            matches.Add(ctx.Match.Facts.ToArray());
        }
    }

    private static (ISession Session, Recorder Recorder, List<IFactMatch[]> Matches) NewSession()
    {
        var recorder = new Recorder();
        var matches = new List<IFactMatch[]>();
        return (RuleSession.Factory(new OpenOrDiscountedRule(recorder, matches)).CreateSession(), recorder, matches);
    }

    [Fact]
    public void CustomerAlone_DoesNotFire()
    {
        var (session, _, _) = NewSession();
        session.Insert(new Customer("c", true));

        session.Fire().Should().Be(0);
    }

    [Fact]
    public void FirstAlternative_FiresOnce_WithTheUnboundDeclarationNull()
    {
        var (session, recorder, matches) = NewSession();
        var customer = new Customer("c", true);
        var order = new Order(1, customer, 10);
        session.Insert(customer);
        session.Insert(order);

        session.Fire().Should().Be(1);

        recorder.Entries.Should().Equal("fired(Customer(c),Order(1))");
        matches.Single().Select(f => f.Declaration.Name).Should().Equal("customer", "order", "discount");
        matches.Single().Select(f => f.Value).Should().Equal(customer, order, null);
    }

    [Fact]
    public void SecondAlternative_FiresOnce_WithEveryDeclarationBound()
    {
        var (session, recorder, matches) = NewSession();
        var customer = new Customer("c", true);
        var order = new Order(1, customer, 10) { IsOpen = false };
        var discount = new Discount(customer, 5);
        session.Insert(customer);
        session.Insert(order);
        session.Insert(discount);

        session.Fire().Should().Be(1);

        recorder.Entries.Should().Equal("fired(Customer(c),Order(1))");
        matches.Single().Select(f => f.Declaration.Name).Should().Equal("customer", "order", "discount");
        matches.Single().Select(f => f.Value).Should().Equal(customer, order, discount);
    }

    [Fact]
    public void BothAlternatives_FireOnceEach()
    {
        var (session, recorder, _) = NewSession();
        var customer = new Customer("c", true);
        session.Insert(customer);
        session.Insert(new Order(1, customer, 10));
        session.Insert(new Order(2, customer, 10) { IsOpen = false });
        session.Insert(new Discount(customer, 5));

        session.Fire().Should().Be(2);

        recorder.Entries.Should().BeEquivalentTo("fired(Customer(c),Order(1))", "fired(Customer(c),Order(2))");
    }

    [Fact]
    public void CustomerRetracted_DoesNotFire()
    {
        var (session, _, _) = NewSession();
        var customer = new Customer("c", true);
        session.Insert(customer);
        session.Insert(new Order(1, customer, 10));
        session.Retract(customer);

        session.Fire().Should().Be(0);
    }

    [Fact]
    public void CustomerUpdatedToFailItsCondition_DoesNotFire()
    {
        var (session, _, _) = NewSession();
        var customer = new Customer("c", true);
        session.Insert(customer);
        session.Insert(new Order(1, customer, 10));
        customer.IsPreferred = false;
        session.Update(customer);

        session.Fire().Should().Be(0);
    }

    [Fact]
    public void OrderRetracted_DoesNotFire()
    {
        var (session, _, _) = NewSession();
        var customer = new Customer("c", true);
        var order = new Order(1, customer, 10);
        session.Insert(customer);
        session.Insert(order);
        session.Retract(order);

        session.Fire().Should().Be(0);
    }

    [Fact]
    public void OrderUpdatedOutOfTheFirstAlternative_WithoutADiscount_DoesNotFire()
    {
        var (session, _, _) = NewSession();
        var customer = new Customer("c", true);
        var order = new Order(1, customer, 10);
        session.Insert(customer);
        session.Insert(order);
        order.IsOpen = false;
        session.Update(order);

        session.Fire().Should().Be(0);
    }

    public sealed class EitherAliasRule(Recorder recorder) : Rule
    {
        public override void Define()
        {
            Order order = null!;
            Customer customer = null!;
            int amount = 0;
            When().Or(x => x
                .Match(() => order, o => o.Amount > 100)
                .And(y => y
                    .Match(() => customer, c => c.IsPreferred)
                    .Let(() => amount, () => customer.Name.Length)));
            Then().Do(ctx => recorder.Add("either", order, customer, amount));
        }
    }

    [Fact]
    public void Action_ReadsAnAliasOnlyTheOtherAlternativeBinds_AsItsDefault()
    {
        var recorder = new Recorder();
        var session = RuleSession.Factory(new EitherAliasRule(recorder)).CreateSession();
        var customer = new Customer("abc", true);
        session.Insert(new Order(1, customer, 500));
        session.Insert(customer);

        session.Fire().Should().Be(2);

        recorder.Entries.Should().Equal("either(Order(1),null,0)", "either(null,Customer(abc),3)");
    }

    public sealed class ItemOrTaggedRule(Recorder recorder) : Rule
    {
        public override void Define()
        {
            Item item = null!;
            Tag tag = null!;
            When().Or(x => x
                .Match(() => item, i => i.Value > 0)
                .And(y => y
                    .Match(() => item, i => i.Value <= 0)
                    .Match(() => tag, t => t.Group == item.Name)));
            Then().Do(ctx => recorder.Add("fired", item));
        }
    }

    [Fact]
    public void SameAliasInBothAlternatives_EachAlternativeFiresForItsOwnFacts()
    {
        var recorder = new Recorder();
        var factory = RuleSession.Factory(new ItemOrTaggedRule(recorder));

        factory.CreateSession().Fire().Should().Be(0);

        var first = factory.CreateSession();
        first.Insert(new Item("a", 1));
        first.Fire().Should().Be(1);

        var second = factory.CreateSession();
        second.Insert(new Item("b", 0));
        second.Insert(new Tag("t", "b"));
        second.Fire().Should().Be(1);

                var both = factory.CreateSession();
        both.InsertAll([new Item("a", 1), new Item("b", 0), new Tag("t", "b")]);
        both.Fire().Should().Be(2);
    }
}
