using Intimacy.Rules.Fluent.Dsl;
using Intimacy.Rules.Tests.Domain;

namespace Intimacy.Rules.Tests.Existence;

public class ExistsTests
{
    public sealed class AnyTagForItemRule(Recorder recorder) : Rule
    {
        public override void Define()
        {
            Item item = null!;
            When()
                .Match(() => item)
                .Exists<Tag>(t => t.Group == item.Group);
            Then().Do(ctx => recorder.Add("tagged", item));
        }
    }

    public sealed class AllItemsPositiveRule(Recorder recorder) : Rule
    {
        public override void Define()
        {
            When().All<Item>(i => i.Value > 0);
            Then().Do(ctx => recorder.Add("all positive"));
        }
    }

    public sealed class AllGroupAItemsPositiveRule(Recorder recorder) : Rule
    {
        public override void Define()
        {
            When().All<Item>(i => i.Group == "a", i => i.Value > 0);
            Then().Do(ctx => recorder.Add("group a positive"));
        }
    }

    [Fact]
    public void Fire_SeveralMatchingFacts_ExistsFiresOnce()
    {
        var recorder = new Recorder();
        var session = RuleSession.Factory(new AnyTagForItemRule(recorder)).CreateSession();
        session.InsertAll([new Item("i", group: "a"), new Tag("t1", "a"), new Tag("t2", "a"), new Tag("t3", "b")]);

        session.Fire().Should().Be(1);
        recorder.Entries.Should().Equal("tagged(i)");
    }

    [Fact]
    public void Retract_AllMatchingFacts_ExistsActivationGoes()
    {
        var recorder = new Recorder();
        var session = RuleSession.Factory(new AnyTagForItemRule(recorder)).CreateSession();
        var t1 = new Tag("t1", "a");
        var t2 = new Tag("t2", "a");
        session.InsertAll([new Item("i", group: "a"), t1, t2]);

        session.Retract(t1);
        session.Agenda.IsEmpty.Should().BeFalse();
        session.Retract(t2);

        session.Agenda.IsEmpty.Should().BeTrue();
    }

    [Fact]
    public void Fire_NoMatchingFact_ExistsDoesNotFire()
    {
        var recorder = new Recorder();
        var session = RuleSession.Factory(new AnyTagForItemRule(recorder)).CreateSession();
        session.InsertAll([new Item("i", group: "a"), new Tag("t", "b")]);

        session.Fire().Should().Be(0);
    }

    [Fact]
    public void All_HoldsUntilACounterexampleArrives()
    {
        var recorder = new Recorder();
        var session = RuleSession.Factory(new AllItemsPositiveRule(recorder)).CreateSession();
        session.Insert(new Item("a", 1));
        session.Agenda.IsEmpty.Should().BeFalse();

        session.Insert(new Item("b", 0));

        session.Fire().Should().Be(0);
    }

    [Fact]
    public void All_WithBaseCondition_IgnoresFactsOutsideTheBase()
    {
        var recorder = new Recorder();
        var session = RuleSession.Factory(new AllGroupAItemsPositiveRule(recorder)).CreateSession();
        session.InsertAll([new Item("a", 3, "a"), new Item("b", -1, "b")]);

        session.Fire().Should().Be(1);
        session.Insert(new Item("c", -1, "a"));
        session.Agenda.IsEmpty.Should().BeTrue();
    }
}
