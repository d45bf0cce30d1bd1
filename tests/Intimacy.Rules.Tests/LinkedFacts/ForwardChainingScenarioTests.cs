using Intimacy.Rules.Fluent.Dsl;
using Intimacy.Rules.RuleModel;
using Intimacy.Rules.Tests.Domain;

namespace Intimacy.Rules.Tests.LinkedFacts;

/// <summary>
/// A rule that yields two linked facts from an item (one with an update expression) and a second rule that joins them
/// (the NRules "forward chaining, linked" scenarios): chaining, updates carried to the linked facts, retraction, the
/// linked facts' source, and direct changes to them refused.
/// </summary>
public class ForwardChainingScenarioTests
{
    public sealed class Label
    {
        public string Text { get; set; } = "";

        public int Version { get; set; } = 1;
    }

    public sealed record Marker(string Text);

    public sealed class YieldRule : Rule
    {
        public override void Define()
        {
            Item item = null!;
            When().Match(() => item, i => i.Value > 0);
            Then()
                .Yield(ctx => Create(item), (ctx, label) => Refresh(item, label))
                .Yield(ctx => new Marker(item.Group));
        }

        private static Label Create(Item item) => new() { Text = item.Group };

        private static Label Refresh(Item item, Label label)
        {
            label.Text = item.Group;
            label.Version++;
            return label;
        }
    }

    public sealed class ChainedRule(Recorder recorder) : Rule
    {
        public override void Define()
        {
            Label label = null!;
            Marker marker = null!;
            When()
                .Match(() => label, l => l.Text.StartsWith("ok"))
                .Match(() => marker, m => m.Text.StartsWith("ok"));
            Then().Do(ctx => recorder.Add("chained:" + label.Text + "/" + marker.Text));
        }
    }

    private static (ISession Session, Recorder Recorder) NewSession()
    {
        var recorder = new Recorder();
        return (RuleSession.Factory(new YieldRule(), new ChainedRule(recorder)).CreateSession(), recorder);
    }

    [Fact]
    public void OneItem_FiresTheFirstRuleAndChainsTheSecond()
    {
        var (session, recorder) = NewSession();
        session.Insert(new Item("i", 1, "ok1"));

        session.Fire().Should().Be(2);

        recorder.Entries.Should().Equal("chained:ok1/ok1");
        session.GetFiringCount(typeof(YieldRule).FullName!).Should().Be(1);
    }

    [Fact]
    public void ItemUpdated_LinkedFactsAreUpdatedAndTheChainFiresAgain()
    {
        var (session, recorder) = NewSession();
        Label? label = null;
        Marker? marker = null;
        session.Events.FactInsertedEvent += (_, e) => Capture(e.Fact);
        session.Events.FactUpdatedEvent += (_, e) => Capture(e.Fact);
        var item = new Item("i", 1, "ok1");
        session.Insert(item);
        session.Fire();
        label!.Version.Should().Be(1);

        item.Group = "ok2";
        session.Update(item);
        session.Fire();

        session.GetFiringCount(typeof(YieldRule).FullName!).Should().Be(2);
        recorder.Entries.Should().Equal("chained:ok1/ok1", "chained:ok2/ok2");
        label.Version.Should().Be(2);
        label.Text.Should().Be("ok2");
        marker!.Text.Should().Be("ok2");
        session.Query<Label>().Should().ContainSingle().Which.Should().BeSameAs(label);
        session.Query<Marker>().Should().ContainSingle();

        void Capture(IFact fact)
        {
            if (fact.Value is Label l)
                label = l;
            if (fact.Value is Marker m)
                marker = m;
        }
    }

    [Fact]
    public void ItemRetracted_LinkedFactsAreRetracted()
    {
        var (session, _) = NewSession();
        var item = new Item("i", 1, "ok1");
        session.Insert(item);
        session.Fire();
        session.Query<Label>().Should().ContainSingle();
        session.Query<Marker>().Should().ContainSingle();

        session.Retract(item);
        session.Fire();

        session.Query<Label>().Should().BeEmpty();
        session.Query<Marker>().Should().BeEmpty();
    }

    [Fact]
    public void LinkedFact_HasTheMatchAsItsSource()
    {
        var (session, _) = NewSession();
        IFact? label = null;
        session.Events.FactInsertedEvent += (_, e) => label = e.Fact.Value is Label ? e.Fact : label;
        var item = new Item("i", 1, "ok1");
        session.Insert(item);

        session.Fire();

        label!.Source.Should().NotBeNull();
        label.Source!.SourceType.Should().Be(FactSourceType.Linked);
        label.Source.Facts.Select(f => f.Value).Should().Equal(item);
        label.Source.Should().BeAssignableTo<ILinkedFactSource>().Which.Rule.Name.Should().Be(typeof(YieldRule).FullName);
    }

    [Fact]
    public void LinkedFacts_CannotBeUpdatedOrRetractedThroughTheSession()
    {
        var (session, _) = NewSession();
        session.Insert(new Item("i", 1, "ok1"));
        session.Fire();
        var labels = session.Query<Label>().ToList();

        session.Invoking(s => s.UpdateAll(labels)).Should().Throw<ArgumentException>();
        session.Invoking(s => s.RetractAll(labels)).Should().Throw<ArgumentException>();
        session.Query<Label>().Should().Equal(labels);
    }

    public sealed class ThrowingYieldRule : Rule
    {
        public override void Define()
        {
            Item item = null!;
            When().Match(() => item);
            Then().Yield(ctx => Create(item));
        }

        private static Marker Create(Item item) =>
            item.Value < 0 ? throw new InvalidOperationException("cannot yield yet") : new Marker(item.Name);
    }

    [Fact]
    public void YieldThrows_ThenTheFactIsUpdatedSoItDoesNot_TheLinkedFactIsYielded()
    {
        var session = RuleSession.Create(typeof(ThrowingYieldRule));
        var item = new Item("i", -1);
        session.Insert(item);
        session.Invoking(s => s.Fire()).Should().Throw<RuleRhsExpressionEvaluationException>();

        item.Value = 1;
        session.Update(item);
        session.Fire();

        session.Query<Marker>().Should().Equal(new Marker("i"));
    }
}
