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

    public sealed class ProjectedCollectRule(List<string> fired) : Rule
    {
        public override void Define()
        {
            Customer customer = null!;
            IEnumerable<Tag> tags = null!;
            When()
                .Match(() => customer)
                .Query(() => tags, q => q
                    .Match<Tag>()
                    .Select(t => Same(t))
                    .Collect()
                    .Select(c => c.ToList().AsEnumerable())
                    .Select(c => Joined(c, customer)));
            Then().Do(ctx => fired.Add(customer.Name + ":" + tags.Count()));
        }

        private static Tag Same(Tag tag) => tag;

        private static IEnumerable<Tag> Joined(IEnumerable<Tag> tags, Customer customer) => customer is null ? [] : tags;
    }

    [Fact]
    public void ProjectionsAroundACollect_ReadingTheJoinedFact_BothCustomersUpdatedTogether_FireOnceEach()
    {
        var fired = new List<string>();
        var session = RuleSession.Factory(new ProjectedCollectRule(fired)).CreateSession();
        var a = new Customer("a");
        var b = new Customer("b");
        session.InsertAll([a, b]);
        session.InsertAll([new Tag("t1", "g"), new Tag("t2", "g")]);

        session.UpdateAll([a, b]);

        session.Fire().Should().Be(2);
        fired.Should().Equal("a:2", "b:2");
    }
}
