using Intimacy.Rules.Fluent.Dsl;
using Intimacy.Rules.RuleModel;
using Intimacy.Rules.Tests.Domain;

namespace Intimacy.Rules.Tests.Reentrancy;

/// <summary>
/// A rule action that calls its session directly, instead of through its <see cref="IContext"/>: changes to
/// working memory work exactly as through the context; Fire and Reset are refused, and the action may carry on.
/// </summary>
public class ActionReentrancyTests
{
    /// <summary>Runs <paramref name="act"/> on the session for each item, catching what it throws.</summary>
    public sealed class SessionCallingRule(ISession[] session, Action<ISession, IContext, Item> act, List<Exception> caught) : Rule
    {
        public override void Define()
        {
            Item item = null!;
            When().Match(() => item, i => i.Value > 0);
            Then().Do(ctx => Call(ctx, item));
        }

        private void Call(IContext context, Item item)
        {
            try
            {
                act(session[0], context, item);
            }
            catch (InvalidOperationException exception)
            {
                caught.Add(exception);
            }
        }
    }

    public sealed class NoticeRule(Recorder recorder) : Rule
    {
        public override void Define()
        {
            Notice notice = null!;
            When().Match(() => notice);
            Then().Do(ctx => recorder.Add("notice", notice.Text));
        }
    }

    private static (ISession Session, Recorder Recorder, List<Exception> Caught) Create(Action<ISession, IContext, Item> act, SessionOptions? options = null)
    {
        var holder = new ISession[1];
        var recorder = new Recorder();
        var caught = new List<Exception>();
        var session = RuleSession.Factory(new SessionCallingRule(holder, act, caught), new NoticeRule(recorder)).CreateSession(options ?? SessionOptions.Default);
        holder[0] = session;
        return (session, recorder, caught);
    }

    [Fact]
    public void Action_ChangingWorkingMemoryThroughTheSession_WorksLikeThroughTheContext()
    {
        var (session, recorder, caught) = Create(
            (s, _, item) =>
            {
                s.Insert(new Notice("for " + item.Name));
                item.Value = 0;
                s.Update(item);
            },
            new SessionOptions { RecordExplanations = true });
        session.InsertAll([new Item("a", 1), new Item("b", 1)]);

        session.Fire().Should().Be(4);

        caught.Should().BeEmpty();
        recorder.Entries.Should().Equal("notice(for a)", "notice(for b)");
        session.Explanations!.FindProducer(session.Query<Notice>().First())!.MatchedFacts.Should().Equal(session.Query<Item>().First());
    }

    [Fact]
    public void Action_FireOrResetThroughTheSession_IsRefusedAndTheActionCarriesOn()
    {
        var refused = new List<Exception?>();
        var (session, recorder, caught) = Create((s, ctx, item) =>
        {
            ctx.Insert(new Notice("before " + item.Name));
            refused.Add(Record.Exception(() => s.Fire()));
            refused.Add(Record.Exception(() => s.Reset()));
            ctx.Insert(new Notice("after " + item.Name));
        });
        session.Insert(new Item("a", 1));

        session.Fire().Should().Be(3);

        caught.Should().BeEmpty();
        refused.Select(e => e?.Message).Should().Equal(
            "Fire cannot be called from a rule action; the running cycle fires the new matches.",
            "Reset cannot be called from a rule action.");
        refused.Should().AllBeOfType<InvalidOperationException>();
        recorder.Entries.Should().Equal("notice(before a)", "notice(after a)");
    }

    [Fact]
    public void Action_HaltThenFireAgain_FireIsRefusedAndTheHaltHolds()
    {
        var (session, recorder, caught) = Create((s, ctx, item) =>
        {
            ctx.Halt();
            ctx.Insert(new Notice(item.Name));
            s.Fire();
        });
        session.InsertAll([new Item("a", 1), new Item("b", 1)]);

        session.Fire().Should().Be(1);
        caught.Should().ContainSingle().Which.Message.Should().StartWith("Fire cannot be called from a rule action");

        session.Fire().Should().Be(1, "the next Fire starts again, and b's action halts it");
        session.Fire().Should().Be(2);
        recorder.Entries.Should().Equal("notice(a)", "notice(b)");
    }

    [Fact]
    public void Action_ClearingTheAgendaThroughTheSession_DropsTheWaitingMatches()
    {
        var (session, recorder, caught) = Create((s, _, _) => s.Agenda.Clear());
        session.InsertAll([new Item("a", 1), new Item("b", 1)]);

        session.Fire().Should().Be(1);

        caught.Should().BeEmpty();
        session.Agenda.IsEmpty.Should().BeTrue();
        recorder.Entries.Should().BeEmpty();
    }
}
