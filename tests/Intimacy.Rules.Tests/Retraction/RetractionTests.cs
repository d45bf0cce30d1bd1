using Intimacy.Rules.Fluent.Dsl;
using Intimacy.Rules.Tests.Domain;

namespace Intimacy.Rules.Tests.Retraction;

public class RetractionTests
{
    public sealed class AnyItemRule(Recorder recorder) : Rule
    {
        public override void Define()
        {
            Item item = null!;
            When().Match(() => item);
            Then().Do(ctx => recorder.Add("item", item));
        }
    }

    public sealed class RetractTargetRule(Recorder recorder, Item target) : Rule
    {
        public override void Define()
        {
            Item item = null!;
            When().Match(() => item);
            Then().Do(ctx => Fired(ctx, item, target, recorder));
        }

        private static void Fired(Intimacy.Rules.RuleModel.IContext context, Item item, Item target, Recorder recorder)
        {
            recorder.Add("fired", item);
            if (item != target)
            {
                context.Retract(target);
            }
        }
    }

    [Fact]
    public void Retract_BeforeFire_RemovesPendingActivation()
    {
        var recorder = new Recorder();
        var session = RuleSession.Factory(new AnyItemRule(recorder)).CreateSession();
        var a = new Item("a");
        session.InsertAll([a, new Item("b")]);

        session.Retract(a);
        session.Fire();

        recorder.Entries.Should().Equal("item(b)");
        session.Query<Item>().Should().ContainSingle();
    }

    [Fact]
    public void Retract_UnknownFact_Throws()
    {
        var session = RuleSession.Factory(new AnyItemRule(new Recorder())).CreateSession();

        var act = () => session.Retract(new Item("ghost"));

        act.Should().Throw<ArgumentException>();
        session.TryRetract(new Item("ghost")).Should().BeFalse();
    }

    [Fact]
    public void RetractAll_RemovesEveryFact()
    {
        var recorder = new Recorder();
        var session = RuleSession.Factory(new AnyItemRule(recorder)).CreateSession();
        var items = new[] { new Item("a"), new Item("b") };
        session.InsertAll(items);

        session.RetractAll(items);

        session.Fire().Should().Be(0);
        session.Query<Item>().Should().BeEmpty();
    }

    [Fact]
    public void Retract_InsideAction_RemovesMatchesNotYetFired()
    {
        var recorder = new Recorder();
        var b = new Item("b");
        var session = RuleSession.Factory(new RetractTargetRule(recorder, b)).CreateSession();
        session.InsertAll([new Item("a"), b]);

        session.Fire().Should().Be(1);
        recorder.Entries.Should().Equal("fired(a)");
    }
}
