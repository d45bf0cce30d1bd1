using Intimacy.Rules.Fluent.Dsl;
using Intimacy.Rules.RuleModel;
using Intimacy.Rules.Tests.Domain;

namespace Intimacy.Rules.Tests.Aggregation;

/// <summary>
/// Items with a positive value grouped by their group, with an element selector, firing for each group of two or
/// more (the NRules "one fact, one group-by" scenarios), after inserts, retracts and updates that move facts between
/// groups or out of the source.
/// </summary>
public class GroupByScenarioTests
{
    public sealed class PairsPerGroupRule(List<IGrouping<string, string>> fired) : Rule
    {
        public override void Define()
        {
            IGrouping<string, string> group = null!;
            When().Query(() => group, q => q
                .Match<Item>(i => i.Value > 0)
                .GroupBy(i => i.Group, i => i.Name)
                .Where(g => g.Count() > 1));
            Then().Do(ctx => fired.Add(group));
        }
    }

    private static (ISession Session, List<IGrouping<string, string>> Fired) NewSession()
    {
        var fired = new List<IGrouping<string, string>>();
        return (RuleSession.Factory(new PairsPerGroupRule(fired)).CreateSession(), fired);
    }

    private static string Describe(IGrouping<string, string> group) => group.Key + "=" + string.Join("+", group);

    [Fact]
    public void NoFacts_DoesNotFire()
    {
        var (session, _) = NewSession();

        session.Fire().Should().Be(0);
    }

    [Fact]
    public void TwoInOneGroupOneInAnother_FiresForThePairOnly()
    {
        var (session, fired) = NewSession();
        session.InsertAll([new Item("a", 1, "x"), new Item("b", 1, "x"), new Item("c", 1, "y")]);

        session.Fire();

        fired.Select(Describe).Should().Equal("x=a+b");
    }

    [Fact]
    public void TwoGroupsOfTwo_FiresForEach()
    {
        var (session, fired) = NewSession();
        session.InsertAll([new Item("a", 1, "x"), new Item("b", 1, "x"), new Item("c", 1, "y"), new Item("d", 1, "y")]);

        session.Fire();

        fired.Select(Describe).Should().Equal("x=a+b", "y=c+d");
    }

    [Fact]
    public void OneMemberOfAPairRetracted_ThatGroupNoLongerFires()
    {
        var (session, fired) = NewSession();
        var d = new Item("d", 1, "y");
        session.InsertAll([new Item("a", 1, "x"), new Item("b", 1, "x"), new Item("c", 1, "y"), d]);
        session.Retract(d);

        session.Fire();

        fired.Select(Describe).Should().Equal("x=a+b");
    }

    [Fact]
    public void OneMemberOfAPairUpdatedOutOfTheSource_ThatGroupNoLongerFires()
    {
        var (session, fired) = NewSession();
        var d = new Item("d", 1, "y");
        session.InsertAll([new Item("a", 1, "x"), new Item("b", 1, "x"), new Item("c", 1, "y"), d]);
        d.Value = 0;
        session.Update(d);

        session.Fire();

        fired.Select(Describe).Should().Equal("x=a+b");
    }

    [Fact]
    public void OneMemberMovedToTheOtherGroup_OneGroupOfThreeFires()
    {
        var (session, fired) = NewSession();
        var d = new Item("d", 1, "y");
        session.InsertAll([new Item("a", 1, "x"), new Item("b", 1, "x"), new Item("c", 1, "y"), d]);
        d.Group = "x";
        session.Update(d);

        session.Fire();

        fired.Select(Describe).Should().Equal("x=a+b+d");
    }

    [Fact]
    public void FactUpdatedIntoTheSource_CompletesASecondPair()
    {
        var (session, fired) = NewSession();
        var d = new Item("d", 0, "y");
        session.InsertAll([new Item("a", 1, "x"), new Item("b", 1, "x"), new Item("c", 1, "y"), d]);
        d.Value = 1;
        session.Update(d);

        session.Fire();

        fired.Select(Describe).Should().BeEquivalentTo("x=a+b", "y=c+d");
    }

    [Fact]
    public void KeysSwappedInOneBatchThenAFactAdded_BothGroupsFireWithTwo()
    {
        var (session, fired) = NewSession();
        var a = new Item("a", 1, "x");
        var b = new Item("b", 1, "y");
        var c = new Item("c", 1, "y");
        session.InsertAll([a, b, c]);
        a.Group = "y";
        c.Group = "x";
        session.UpdateAll([a, c]);
        session.Insert(new Item("d", 1, "x"));

        session.Fire();

        fired.Should().HaveCount(2);
        fired.Should().OnlyContain(g => g.Count() == 2);
        fired.Select(g => g.Key + "=" + string.Join("+", g.Order())).Should().BeEquivalentTo("y=a+b", "x=c+d");
    }

    [Fact]
    public void TheGroupFact_HasTheAggregateAsItsSource_WithTheGroupedFacts()
    {
        var (session, _) = NewSession();
        var a = new Item("a", 1, "x");
        var b = new Item("b", 1, "x");
        session.InsertAll([a, b, new Item("c", 1, "y")]);
        IFact? group = null;
        session.Events.RuleFiredEvent += (_, e) => group = e.Facts.Single();

        session.Fire();

        group.Should().NotBeNull();
        group!.Source.Should().NotBeNull();
        group.Source!.SourceType.Should().Be(FactSourceType.Aggregate);
        group.Source.Facts.Select(f => f.Value).Should().Equal(a, b);
    }
}
