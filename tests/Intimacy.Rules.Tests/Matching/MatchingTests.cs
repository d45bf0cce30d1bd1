using Intimacy.Rules.Fluent.Dsl;
using Intimacy.Rules.RuleModel;
using Intimacy.Rules.Tests.Domain;

namespace Intimacy.Rules.Tests.Matching;

public class MatchingTests
{
    public sealed class PreferredCustomerRule : Rule
    {
        public List<string> Seen { get; } = [];

        public override void Define()
        {
            Customer customer = null!;
            When().Match(() => customer, c => c.IsPreferred);
            Then().Do(ctx => Seen.Add(customer.Name));
        }
    }

    [Fact]
    public void Fire_FactSatisfiesCondition_RuleFiresOncePerFact()
    {
        var rule = new PreferredCustomerRule();
        var session = RuleSession.Factory(rule).CreateSession();
        session.InsertAll([new Customer("ann", true), new Customer("bob"), new Customer("cid", true)]);

        var fired = session.Fire();

        fired.Should().Be(2);
        rule.Seen.Should().Equal("ann", "cid");
    }
}
