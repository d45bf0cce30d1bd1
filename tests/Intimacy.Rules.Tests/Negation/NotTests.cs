using Intimacy.Rules.Fluent.Dsl;
using Intimacy.Rules.Tests.Domain;

namespace Intimacy.Rules.Tests.Negation;

public class NotTests
{
    public sealed class NoTagRule(Recorder recorder) : Rule
    {
        public override void Define()
        {
            When().Not<Tag>();
            Then().Do(ctx => recorder.Add("no tags"));
        }
    }

    public sealed class UntaggedItemRule(Recorder recorder) : Rule
    {
        public override void Define()
        {
            Item item = null!;
            When()
                .Match(() => item)
                .Not<Tag>(t => t.Group == item.Group);
            Then().Do(ctx => recorder.Add("untagged", item));
        }
    }

    [Fact]
    public void Fire_EmptySession_NotOfAnythingHolds()
    {
        var recorder = new Recorder();
        var session = RuleSession.Factory(new NoTagRule(recorder)).CreateSession();

        session.Fire().Should().Be(1);
    }

    [Fact]
    public void Fire_BlockingFactPresent_RuleDoesNotFire()
    {
        var recorder = new Recorder();
        var session = RuleSession.Factory(new UntaggedItemRule(recorder)).CreateSession();
        session.InsertAll([new Item("i", group: "a"), new Tag("t", "a"), new Item("j", group: "b")]);

        session.Fire();

        recorder.Entries.Should().Equal("untagged(j)");
    }

    [Fact]
    public void Retract_LastBlockingFact_RuleFires()
    {
        var recorder = new Recorder();
        var session = RuleSession.Factory(new UntaggedItemRule(recorder)).CreateSession();
        var t1 = new Tag("t1", "a");
        var t2 = new Tag("t2", "a");
        session.InsertAll([new Item("i", group: "a"), t1, t2]);
        session.Fire();

        session.Retract(t1);
        session.Fire().Should().Be(0);
        session.Retract(t2);
        session.Fire().Should().Be(1);

        recorder.Entries.Should().Equal("untagged(i)");
    }

    [Fact]
    public void Insert_BlockingFactBeforeFire_RemovesPendingActivation()
    {
        var recorder = new Recorder();
        var session = RuleSession.Factory(new UntaggedItemRule(recorder)).CreateSession();
        session.Insert(new Item("i", group: "a"));
        session.Agenda.IsEmpty.Should().BeFalse();

        session.Insert(new Tag("t", "a"));

        session.Agenda.IsEmpty.Should().BeTrue();
        session.Fire().Should().Be(0);
    }

    [Fact]
    public void Update_BlockerMovesAway_RuleFires()
    {
        var recorder = new Recorder();
        var session = RuleSession.Factory(new UntaggedItemRule(recorder)).CreateSession();
        var tag = new Tag("t", "a");
        session.InsertAll([new Item("i", group: "a"), tag]);

        tag.Group = "z";
        session.Update(tag);

        session.Fire().Should().Be(1);
        recorder.Entries.Should().Equal("untagged(i)");
    }
}
