using Intimacy.Rules.Fluent.Dsl;
using Intimacy.Rules.Tests.Domain;

namespace Intimacy.Rules.Tests.Joins;

public class JoinTests
{
    public sealed class OrderOfPreferredCustomerRule : Rule
    {
        public List<string> Seen { get; } = [];

        public override void Define()
        {
            Customer customer = null!;
            Order order = null!;
            When()
                .Match(() => customer, c => c.IsPreferred)
                .Match(() => order, o => o.Customer == customer, o => o.Amount > 10);
            Then().Do(ctx => Seen.Add(customer.Name + order.Id));
        }
    }

    [Fact]
    public void Fire_JoinOnEarlierAlias_FiresForEachMatchingPair()
    {
        var rule = new OrderOfPreferredCustomerRule();
        var session = RuleSession.Factory(rule).CreateSession();
        var ann = new Customer("ann", true);
        var bob = new Customer("bob");
        session.InsertAll([new Order(1, ann, 20), new Order(2, bob, 50), ann, bob, new Order(3, ann, 5), new Order(4, ann, 11)]);

        session.Fire();

        rule.Seen.Should().Equal("ann1", "ann4");
    }
}
