using Intimacy.Rules.Fluent.Dsl;
using Intimacy.Rules.Tests.Domain;

namespace Intimacy.Rules.Tests.Aggregation;

/// <summary>
/// A projection of a joined pair, filtered after the projection, with projections that compare equal (the NRules "two
/// facts, one select" scenarios).
/// </summary>
public class JoinedProjectionScenarioTests
{
    public sealed record Projection(string Value);

    public sealed class ProjectRule(List<string> fired) : Rule
    {
        public override void Define()
        {
            Customer customer = null!;
            Projection projection = null!;
            When()
                .Match(() => customer, c => c.IsPreferred)
                .Query(() => projection, q => q
                    .Match<Tag>(t => t.Group == customer.Name)
                    .Select(t => new Projection(customer.Name + "|" + t.Name))
                    .Where(p => !p.Value.EndsWith("bad")));
            Then().Do(ctx => fired.Add(projection.Value));
        }
    }

    private static (ISession Session, List<string> Fired) NewSession()
    {
        var fired = new List<string>();
        return (RuleSession.Factory(new ProjectRule(fired)).CreateSession(), fired);
    }

    [Fact]
    public void OnePair_FiresOnceWithTheProjection()
    {
        var (session, fired) = NewSession();
        session.Insert(new Customer("a", true));
        session.Insert(new Tag("t", "a"));

        session.Fire().Should().Be(1);
        fired.Should().Equal("a|t");
    }

    [Fact]
    public void EitherFactUpdatedBeforeFire_FiresOnceWithTheNewProjection()
    {
        var (first, fired1) = NewSession();
        var customer = new Customer("a", true);
        var tag = new Tag("t", "a");
        first.Insert(customer);
        first.Insert(tag);
        tag.Group = "a";
        first.Update(tag);
        first.Fire().Should().Be(1);
        fired1.Should().Equal("a|t");

        var (second, fired2) = NewSession();
        var c2 = new Customer("b", true);
        second.Insert(c2);
        second.Insert(new Tag("u", "b"));
        c2.IsPreferred = true;
        second.Update(c2);
        second.Fire().Should().Be(1);
        fired2.Should().Equal("b|u");
    }

    [Fact]
    public void EitherFactUpdatedOutOfTheJoinOrRetracted_DoesNotFire()
    {
        var (moved, _) = NewSession();
        var tag = new Tag("t", "a");
        moved.Insert(new Customer("a", true));
        moved.Insert(tag);
        tag.Group = "z";
        moved.Update(tag);
        moved.Fire().Should().Be(0);

        var (renamed, _) = NewSession();
        var customer = new Customer("a", true);
        renamed.Insert(customer);
        renamed.Insert(new Tag("t", "a"));
        customer.Name = "z";
        renamed.Update(customer);
        renamed.Fire().Should().Be(0);

        var (retracted, _) = NewSession();
        var c3 = new Customer("a", true);
        var t3 = new Tag("t", "a");
        retracted.Insert(c3);
        retracted.Insert(t3);
        retracted.Retract(t3);
        retracted.Fire().Should().Be(0);
    }

    [Fact]
    public void TwoPairs_FireTwiceWithTheirOwnProjections()
    {
        var (session, fired) = NewSession();
        session.InsertAll([new Customer("a", true), new Customer("b", true)]);
        session.InsertAll([new Tag("t", "a"), new Tag("u", "b")]);

        session.Fire().Should().Be(2);
        fired.Should().Equal("a|t", "b|u");
    }

    [Fact]
    public void TwoCustomersGivingEqualProjections_BothMadeInvalidOrRetracted_DoesNotFire()
    {
        var (updated, _) = NewSession();
        var first = new Customer("a", true);
        var second = new Customer("a", true);
        updated.InsertAll([first, second]);
        updated.Insert(new Tag("t", "a"));
        first.IsPreferred = false;
        updated.Update(first);
        second.IsPreferred = false;
        updated.Update(second);
        updated.Fire().Should().Be(0);

        var (retracted, _) = NewSession();
        var third = new Customer("a", true);
        var fourth = new Customer("a", true);
        retracted.InsertAll([third, fourth]);
        retracted.Insert(new Tag("t", "a"));
        retracted.Retract(third);
        retracted.Retract(fourth);
        retracted.Fire().Should().Be(0);
    }

    [Fact]
    public void OnlyOneSide_DoesNotFire()
    {
        var (customers, _) = NewSession();
        customers.Insert(new Customer("a", true));
        customers.Fire().Should().Be(0);

        var (tags, _) = NewSession();
        tags.Insert(new Tag("t", "a"));
        tags.Fire().Should().Be(0);
    }
}
