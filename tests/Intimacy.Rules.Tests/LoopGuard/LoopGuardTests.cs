using Intimacy.Rules.Fluent.Dsl;
using Intimacy.Rules.RuleModel;
using Intimacy.Rules.Tests.Domain;

namespace Intimacy.Rules.Tests.LoopGuard;

public class LoopGuardTests
{
    [Name("Ping")]
    public sealed class PingRule : Rule
    {
        public override void Define()
        {
            Item item = null!;
            When().Match(() => item, i => i.Group == "ping");
            Then().Do(ctx => Flip(ctx, item, "pong"));
        }
    }

    [Name("Pong")]
    public sealed class PongRule : Rule
    {
        public override void Define()
        {
            Item item = null!;
            When().Match(() => item, i => i.Group == "pong");
            Then().Do(ctx => Flip(ctx, item, "ping"));
        }
    }

    [Name("Quiet")]
    public sealed class QuietRule : Rule
    {
        public override void Define()
        {
            Tag tag = null!;
            When().Match(() => tag);
            Then().Do(ctx => GC.KeepAlive(tag));
        }
    }

    private static void Flip(IContext context, Item item, string group)
    {
        item.Group = group;
        item.Value++;
        context.Update(item);
    }

    [Fact]
    public void Fire_RulesReactivateEachOtherForever_StopsWithExceptionNamingThem()
    {
        var session = RuleSession.Factory(new QuietRule(), new PingRule(), new PongRule()).CreateSession(new SessionOptions { MaxFiringsPerFire = 100 });
        session.Insert(new Tag("t", "g"));
        session.Insert(new Item("ball", 0, "ping"));

        var act = () => session.Fire();

        var error = act.Should().Throw<RuleFiringLimitException>().Which;
        error.Limit.Should().Be(100);
        error.RuleNames.Should().BeEquivalentTo("Ping", "Pong");
        error.Message.Should().Contain("Ping").And.Contain("Pong").And.Contain("100");
    }

    [Fact]
    public void Fire_UnderTheLimit_Completes()
    {
        var session = RuleSession.Factory(new QuietRule()).CreateSession(new SessionOptions { MaxFiringsPerFire = 3 });
        session.InsertAll([new Tag("a", "g"), new Tag("b", "g"), new Tag("c", "g")]);

        session.Fire().Should().Be(3);
    }

    [Fact]
    public void Fire_DefaultOptions_GuardIsOnAndGenerous()
    {
        SessionOptions.Default.MaxFiringsPerFire.Should().Be(1_000_000);
    }

    [Fact]
    public void Fire_NoLimit_ExplicitMaximumStillBoundsTheCycle()
    {
        var session = RuleSession.Factory(new PingRule(), new PongRule()).CreateSession(new SessionOptions { MaxFiringsPerFire = null });
        var ball = new Item("ball", 0, "ping");
        session.Insert(ball);

        session.Fire(500).Should().Be(500);
        ball.Value.Should().Be(500);
    }

    public sealed class RecordingRule(Recorder recorder) : Rule
    {
        public override void Define()
        {
            Item item = null!;
            When().Match(() => item);
            Then().Do(ctx => recorder.Add("seen", item));
        }
    }

    [Fact]
    public void Fire_StoppedAtTheLimit_NextMatchKeepsItsPlaceOnTheAgenda()
    {
        var recorder = new Recorder();
        var session = RuleSession.Factory(new RecordingRule(recorder)).CreateSession(new SessionOptions { MaxFiringsPerFire = 2 });
        session.InsertAll([new Item("a"), new Item("b"), new Item("c"), new Item("d")]);

        var first = () => session.Fire();
        first.Should().Throw<RuleFiringLimitException>();
        session.Fire();

        recorder.Entries.Should().Equal("seen(a)", "seen(b)", "seen(c)", "seen(d)");
    }

    [Fact]
    public void Fire_LimitReachedWithNothingLeft_ReturnsNormally()
    {
        var recorder = new Recorder();
        var session = RuleSession.Factory(new RecordingRule(recorder)).CreateSession(new SessionOptions { MaxFiringsPerFire = 2 });
        session.InsertAll([new Item("a"), new Item("b")]);

        session.Fire().Should().Be(2);
    }
}
