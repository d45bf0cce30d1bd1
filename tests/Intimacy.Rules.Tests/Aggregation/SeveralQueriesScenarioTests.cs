using Intimacy.Rules.Fluent.Dsl;
using Intimacy.Rules.Tests.Domain;

namespace Intimacy.Rules.Tests.Aggregation;

/// <summary>
/// Several collects after a pattern, the last filtered by a condition that reads the pattern and the earlier
/// collections (the NRules "multiple queries, single join" scenarios).
/// </summary>
public class SeveralQueriesScenarioTests
{
    public sealed class MatchedByTheLastRule : Rule
    {
        public override void Define()
        {
            Customer customer = null!;
            IEnumerable<Order> orders = null!;
            IEnumerable<Discount> discounts = null!;
            IEnumerable<Tag> tags = null!;
            When()
                .Match(() => customer, c => c.IsPreferred)
                .Query(() => orders, q => q.Match<Order>(o => o.IsOpen).Collect())
                .Query(() => discounts, q => q.Match<Discount>(d => d.Percent > 0).Collect())
                .Query(() => tags, q => q.Match<Tag>(t => t.Group == "x").Collect().Where(c => Matches(customer, orders, discounts, c)));
            Then().Do(ctx => ctx.Insert(new Notice(customer.Name)));
        }

        private static bool Matches(Customer customer, IEnumerable<Order> orders, IEnumerable<Discount> discounts, IEnumerable<Tag> tags) =>
            orders is not null && discounts is not null && tags.Any(t => t.Name == customer.Name);
    }

    [Fact]
    public void OneMatchingSet_FiresOnce()
    {
        var session = RuleSession.Create(typeof(MatchedByTheLastRule));
        session.Insert(new Customer("a", true));
        session.Insert(new Tag("a", "x"));

        session.Fire().Should().Be(1);
    }

    [Fact]
    public void OneMatchingSetAndOneNot_FiresOnce()
    {
        var session = RuleSession.Create(typeof(MatchedByTheLastRule));
        session.Insert(new Customer("a", true));
        session.Insert(new Customer("b", true));
        session.Insert(new Tag("a", "x"));
        session.Insert(new Tag("c", "x"));

        session.Fire().Should().Be(1);
        session.Query<Notice>().Should().Equal(new Notice("a"));
    }

    [Fact]
    public void TwoMatchingSets_FiresTwice()
    {
        var session = RuleSession.Create(typeof(MatchedByTheLastRule));
        session.Insert(new Customer("a", true));
        session.Insert(new Customer("b", true));
        session.Insert(new Tag("a", "x"));
        session.Insert(new Tag("b", "x"));

        session.Fire().Should().Be(2);
    }
}
