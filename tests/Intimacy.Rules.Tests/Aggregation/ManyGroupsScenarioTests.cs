using Intimacy.Rules.Fluent.Dsl;
using Intimacy.Rules.Tests.Domain;

namespace Intimacy.Rules.Tests.Aggregation;

/// <summary>
/// A query with more groups than the pairing searches linearly, coming back in reversed order on every other
/// recompute: an update that merges two groups retracts one and updates the rest (every group rests on the whole
/// collection, so on the updated fact), a retraction retracts only its group and fires nothing.
/// </summary>
public class ManyGroupsScenarioTests
{
    private const int Facts = 12;

    public sealed class FlippingGroupsRule(List<string> fired) : Rule
    {
        public override void Define()
        {
            IGrouping<string, Item> group = null!;
            When().Query(() => group, q => q
                .Match<Item>()
                .Collect()
                .SelectMany(all => all.Count() % 2 == 0 ? all : all.Reverse())
                .GroupBy(i => i.Group));
            Then().Do(ctx => fired.Add(group.Key + "=" + string.Join("+", group.Select(i => i.Name).Order())));
        }
    }

    private static (ISession Session, List<string> Fired, List<Item> Items, List<string> Deleted) Fired()
    {
        var fired = new List<string>();
        var session = RuleSession.Factory(new FlippingGroupsRule(fired)).CreateSession();
        var items = Enumerable.Range(0, Facts).Select(i => new Item("i" + i, i, "g" + i)).ToList();
        foreach (var item in items)
        {
            session.Insert(item);
        }

        session.Fire();
        fired.Clear();
        var deleted = new List<string>();
        session.Events.ActivationDeletedEvent += (_, e) => deleted.Add(((IGrouping<string, Item>)e.Facts.Single().Value!).Key);
        return (session, fired, items, deleted);
    }

    [Fact]
    public void InsertedOneByOne_EachGroupFiresOnce()
    {
        var fired = new List<string>();
        var session = RuleSession.Factory(new FlippingGroupsRule(fired)).CreateSession();
        foreach (var i in Enumerable.Range(0, Facts))
        {
            session.Insert(new Item("i" + i, i, "g" + i));
        }

        session.Fire();

        fired.Should().BeEquivalentTo(Enumerable.Range(0, Facts).Select(i => $"g{i}=i{i}"));
    }

    [Fact]
    public void AFactMovedIntoAnotherGroup_ItsGroupGoes_TheOthersFireAgain()
    {
        var (session, fired, items, deleted) = Fired();

        items[3].Group = "g8";
        session.Update(items[3]);
        session.Fire();

        deleted.Should().Equal("g3");
        fired.Should().BeEquivalentTo(Enumerable.Range(0, Facts).Where(i => i != 3).Select(i => i == 8 ? "g8=i3+i8" : $"g{i}=i{i}"));
    }

    [Fact]
    public void FactsRetracted_TheirGroupsGo_InOrder_AndNothingElseFires()
    {
        var (session, fired, items, deleted) = Fired();

        session.Retract(items[9]);
        session.Retract(items[2]);
        session.Retract(items[10]);
        session.Fire();

        deleted.Should().Equal("g9", "g2", "g10");
        fired.Should().BeEmpty();
    }

    [Fact]
    public void AnUnchangedFactUpdated_EveryGroupFiresAgain_NoneGoes()
    {
        var (session, fired, items, deleted) = Fired();

        session.Update(items[6]);
        session.Fire();

        deleted.Should().BeEmpty();
        fired.Should().BeEquivalentTo(Enumerable.Range(0, Facts).Select(i => $"g{i}=i{i}"));
    }
}
