using Intimacy.Rules.Fluent.Dsl;
using Intimacy.Rules.RuleModel;
using Intimacy.Rules.Tests.Domain;

namespace Intimacy.Rules.Tests.Aggregation;

/// <summary>
/// Query results that rest on many facts at once (a value every fact gives, the facts of one group flattened): their
/// sources are each fact once in order of first appearance, and updating one of those facts updates every such
/// result, past the sizes where sources are merged by hash and lists are shared between results.
/// </summary>
public class SharedSourcesScenarioTests
{
    private const int Facts = 12;

    public sealed class Tagged(string name, params string[] tags)
    {
        public string Name { get; } = name;

        public string[] Tags { get; } = tags;

        public override string ToString() => Name;
    }

    public sealed class EveryTagRule(List<string> fired) : Rule
    {
        public override void Define()
        {
            string tag = null!;
            When().Query(() => tag, q => q.Match<Tagged>().SelectMany(t => t.Tags));
            Then().Do(ctx => fired.Add(tag));
        }
    }

    public sealed class FlattenOneGroupRule(List<Item> fired) : Rule
    {
        public override void Define()
        {
            Item item = null!;
            When().Query(() => item, q => q.Match<Item>().GroupBy(i => i.Group).SelectMany(g => g));
            Then().Do(ctx => fired.Add(item));
        }
    }

    [Fact]
    public void ATagEveryFactGivesTwice_RestsOnEachFactOnce_InOrder()
    {
        var fired = new List<string>();
        var session = RuleSession.Factory(new EveryTagRule(fired)).CreateSession();
        var facts = Enumerable.Range(0, Facts).Select(i => new Tagged("t" + i, "all", "own" + i, "all")).ToList();
        var sources = new Dictionary<string, List<object>>();
        session.Events.RuleFiredEvent += (_, e) =>
        {
            var fact = e.Facts.Single();
            sources[(string)fact.Value!] = fact.Source!.Facts.Select(f => f.Value!).ToList();
        };
        session.InsertAll(facts);

        session.Fire();

        fired.Should().Equal(["all", .. Enumerable.Range(0, Facts).Select(i => "own" + i)]);
        sources["all"].Should().Equal(facts);
        sources["own3"].Should().Equal(facts[3]);
    }

    [Fact]
    public void OneOfTheFactsUpdated_EveryResultResting_OnItFiresAgain()
    {
        var fired = new List<string>();
        var session = RuleSession.Factory(new EveryTagRule(fired)).CreateSession();
        var facts = Enumerable.Range(0, Facts).Select(i => new Tagged("t" + i, "all", "own" + i)).ToList();
        session.InsertAll(facts);
        session.Fire();
        fired.Clear();

        session.Update(facts[5]);
        session.Fire();

        fired.Should().BeEquivalentTo("all", "own5");
    }

    [Fact]
    public void OneGroupFlattened_AFactUpdated_EveryFlattenedFactFiresAgain_AndRestsOnTheWholeGroup()
    {
        var fired = new List<Item>();
        var session = RuleSession.Factory(new FlattenOneGroupRule(fired)).CreateSession();
        var items = Enumerable.Range(0, Facts).Select(i => new Item("i" + i, i, "one")).ToList();
        var sources = new List<List<object>>();
        session.Events.RuleFiredEvent += (_, e) => sources.Add(e.Facts.Single().Source!.Facts.Select(f => f.Value!).ToList());
        session.InsertAll(items);
        session.Fire();
        fired.Clear();
        sources.Clear();

        session.Update(items[7]);
        session.Fire();

        fired.Should().BeEquivalentTo(items);
        sources.Should().HaveCount(Facts).And.OnlyContain(s => s.SequenceEqual(items));
    }

    [Fact]
    public void AFactOfTheGroupRetracted_ItsResultGoes_AndTheOthersDoNotFireAgain()
    {
        var fired = new List<Item>();
        var session = RuleSession.Factory(new FlattenOneGroupRule(fired)).CreateSession();
        var items = Enumerable.Range(0, Facts).Select(i => new Item("i" + i, i, "one")).ToList();
        session.InsertAll(items);
        session.Fire();
        fired.Clear();
        var deleted = new List<object>();
        session.Events.ActivationDeletedEvent += (_, e) => deleted.Add(e.Facts.Single().Value!);

        session.Retract(items[4]);
        session.Fire();

        deleted.Should().Equal(items[4]);
        fired.Should().BeEmpty("a retraction changes no other value and is not an update of the others' facts");
    }
}
