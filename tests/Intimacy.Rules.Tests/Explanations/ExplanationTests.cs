using Intimacy.Rules.Fluent.Dsl;
using Intimacy.Rules.Tests.Domain;

namespace Intimacy.Rules.Tests.Explanations;

public class ExplanationTests
{
    public sealed class DiscountRule : Rule
    {
        public override void Define()
        {
            Customer customer = null!;
            When().Match(() => customer, c => c.IsPreferred);
            Then().Yield(ctx => new Discount(customer, 10));
        }
    }

    public sealed class NoticeRule : Rule
    {
        public override void Define()
        {
            Discount discount = null!;
            Order order = null!;
            When()
                .Match(() => discount)
                .Match(() => order, o => o.Customer == discount.Customer);
            Then().Do(ctx => ctx.Insert(new Notice("order " + order.Id + " gets " + discount.Percent)));
        }
    }

    private static ISessionFactory Factory() => RuleSession.Factory(new DiscountRule(), new NoticeRule());

    [Fact]
    public void Explanations_OffByDefault()
    {
        var session = Factory().CreateSession();

        session.Explanations.Should().BeNull();
    }

    [Fact]
    public void Explanations_On_RecordEveryFiringWithMatchedAndProducedFacts()
    {
        var session = Factory().CreateSession(new SessionOptions { RecordExplanations = true });
        var ann = new Customer("ann", true);
        var order = new Order(7, ann, 10);
        session.InsertAll([ann, order]);

        session.Fire();

        var firings = session.Explanations!.Firings;
        firings.Should().HaveCount(2);
        firings[0].Rule.Name.Should().EndWith(nameof(DiscountRule));
        firings[0].MatchedFacts.Should().Equal(ann);
        firings[0].InsertedFacts.Should().ContainSingle().Which.Should().BeOfType<Discount>();
        firings[1].Rule.Name.Should().EndWith(nameof(NoticeRule));
        firings[1].MatchedFacts.Should().HaveCount(2).And.Contain(order);
        firings[1].InsertedFacts.Should().ContainSingle().Which.Should().Be(new Notice("order 7 gets 10"));
    }

    [Fact]
    public void Explain_DerivedFact_ChainsBackToCallerInsertedFacts()
    {
        var session = Factory().CreateSession(new SessionOptions { RecordExplanations = true });
        var ann = new Customer("ann", true);
        var order = new Order(7, ann, 10);
        session.InsertAll([ann, order]);
        session.Fire();
        var notice = session.Query<Notice>().Single();

        var explanation = session.Explanations!.Explain(notice);
        var inputs = session.Explanations.GetInputFacts(notice);

        explanation.ProducedBy!.Rule.Name.Should().EndWith(nameof(NoticeRule));
        explanation.Causes.Should().HaveCount(2);
        explanation.Causes[0].ProducedBy!.Rule.Name.Should().EndWith(nameof(DiscountRule));
        explanation.Causes[0].Causes.Should().ContainSingle().Which.IsInput.Should().BeTrue();
        inputs.Should().Equal(ann, order);
    }

    [Fact]
    public void FindProducer_CallerInsertedFact_ReturnsNull()
    {
        var session = Factory().CreateSession(new SessionOptions { RecordExplanations = true });
        var ann = new Customer("ann", true);
        session.Insert(ann);
        session.Fire();

        session.Explanations!.FindProducer(ann).Should().BeNull();
        session.Explanations.Explain(ann).IsInput.Should().BeTrue();
    }
}
