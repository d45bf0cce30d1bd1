using Intimacy.Rules.Fluent.Dsl;
using Intimacy.Rules.Tests.Domain;

namespace Intimacy.Rules.Tests.Aggregation;

/// <summary>
/// A pattern, a collect of another type through a projection, then a <c>Let</c> reading the first pattern (the NRules
/// "aggregate subnet" scenarios): an update of the first fact reaches the <c>Let</c> whether or not the collection is empty.
/// </summary>
public class AggregateThenLetScenarioTests
{
    public sealed class LabelRule(List<string> fired) : Rule
    {
        public override void Define()
        {
            Customer customer = null!;
            IEnumerable<Tag> tags = null!;
            string label = null!;
            When()
                .Match(() => customer)
                .Query(() => tags, q => q.Match<Tag>(t => t.Group == "x").Select(t => t).Collect())
                .Let(() => label, () => customer.Name + "/" + tags.Count());
            Then().Do(ctx => fired.Add(label));
        }
    }

    [Fact]
    public void FirstFactUpdatedBeforeFire_NothingCollected_FiresOnceWithTheNewValue()
    {
        var fired = new List<string>();
        var session = RuleSession.Factory(new LabelRule(fired)).CreateSession();
        var customer = new Customer("before");
        session.Insert(customer);
        customer.Name = "after";
        session.Update(customer);

        session.Fire().Should().Be(1);
        fired.Should().Equal("after/0");
    }

    [Fact]
    public void FirstFactUpdatedBeforeFire_SomethingCollected_FiresOnceWithTheNewValue()
    {
        var fired = new List<string>();
        var session = RuleSession.Factory(new LabelRule(fired)).CreateSession();
        var customer = new Customer("before");
        session.Insert(customer);
        session.Insert(new Tag("t", "x"));
        customer.Name = "after";
        session.Update(customer);

        session.Fire().Should().Be(1);
        fired.Should().Equal("after/1");
    }
}
