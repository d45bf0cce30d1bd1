using Intimacy.Rules.Fluent.Dsl;
using Intimacy.Rules.Tests.Domain;

namespace Intimacy.Rules.Tests.Aggregation;

/// <summary>
/// A pattern followed by a group-by that does not read it, so every fact of the pattern sees every group (the NRules
/// "two facts, one group-by" scenarios).
/// </summary>
public class UnjoinedGroupByScenarioTests
{
    public sealed class GroupsPerCustomerRule(List<(Customer Customer, IGrouping<string, Tag> Group)> fired) : Rule
    {
        public override void Define()
        {
            Customer customer = null!;
            IGrouping<string, Tag> group = null!;
            When()
                .Match(() => customer, c => c.IsPreferred)
                .Query(() => group, q => q.Match<Tag>(t => t.Name.StartsWith("ok")).GroupBy(t => t.Group));
            Then().Do(ctx => Record(customer, group));
        }

        private void Record(Customer customer, IGrouping<string, Tag> group) => fired.Add((customer, group));
    }

    private static (ISession Session, List<(Customer Customer, IGrouping<string, Tag> Group)> Fired) NewSession()
    {
        var fired = new List<(Customer, IGrouping<string, Tag>)>();
        return (RuleSession.Factory(new GroupsPerCustomerRule(fired)).CreateSession(), fired);
    }

    [Fact]
    public void OneCustomer_FiresPerGroupOfValidTags_InEitherInsertOrder()
    {
        foreach (var customerFirst in new[] { true, false })
        {
            var (session, fired) = NewSession();
            var customer = new Customer("c", true);
            Tag[] tags = [new("ok1", "g1"), new("ok2", "g2"), new("bad", "g2")];
            if (customerFirst)
            {
                session.Insert(customer);
            }

            session.InsertAll(tags);
            if (!customerFirst)
            {
                session.Insert(customer);
            }

            session.Fire().Should().Be(2);
            fired.Should().OnlyContain(f => f.Group.Count() == 1);
        }
    }

    [Fact]
    public void NoTags_DoesNotFire()
    {
        var (session, _) = NewSession();
        session.Insert(new Customer("c", true));

        session.Fire().Should().Be(0);
    }

    [Fact]
    public void TwoCustomersAndTwoGroupsOfTwo_FireFourTimes_InEitherInsertOrder()
    {
        foreach (var reverse in new[] { false, true })
        {
            var (session, fired) = NewSession();
            Customer[] customers = [new("a", true), new("b", true)];
            Tag[] tags = [new("ok1", "g1"), new("ok2", "g1"), new("ok3", "g2"), new("ok4", "g2")];
            if (reverse)
            {
                session.InsertAll(tags.Reverse());
                session.InsertAll(customers.Reverse());
            }
            else
            {
                session.InsertAll([.. customers, .. tags]);
            }

            session.Fire().Should().Be(4);
            fired.Should().OnlyContain(f => f.Group.Count() == 2);
        }
    }

    [Fact]
    public void AfterFiring_ACustomerUpdated_ItsOneMatchFiresAgain_ATagUpdated_EveryCustomersGroupFiresAgain()
    {
        var (session, fired) = NewSession();
        var a = new Customer("a", true);
        var tag = new Tag("ok1", "g1");
        session.InsertAll([a, new Customer("b", true), tag, new Tag("ok2", "g1")]);
        session.Fire().Should().Be(2);

        session.Update(a);
        session.Fire().Should().Be(1);

        session.Update(tag);
        session.Fire().Should().Be(2);
    }

    [Fact]
    public void ATagMovedToAnotherGroup_BothGroupsFireWithTheirMembers()
    {
        var (session, fired) = NewSession();
        var moved = new Tag("ok2", "g1");
        session.InsertAll([new Customer("a", true), new Tag("ok1", "g1"), moved, new Tag("ok3", "g2")]);
        moved.Group = "g2";
        session.Update(moved);

        session.Fire().Should().Be(2);
        fired.Select(f => f.Group.Key + "x" + f.Group.Count()).Should().Equal("g1x1", "g2x2");
    }

    [Fact]
    public void AThirdTagAddedToAFiredGroup_ThatGroupFiresAgainWithBoth()
    {
        var (session, fired) = NewSession();
        session.InsertAll([new Customer("a", true), new Tag("ok1", "g1"), new Tag("ok2", "g2")]);
        session.Fire().Should().Be(2);

        session.Insert(new Tag("ok3", "g2"));

        session.Fire().Should().Be(1);
        fired[2].Group.Count().Should().Be(2);
    }
}
