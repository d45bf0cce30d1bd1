using System.Runtime.CompilerServices;
using Intimacy.Rules.Extensibility;
using Intimacy.Rules.Fluent.Dsl;
using Intimacy.Rules.RuleModel;
using Intimacy.Rules.Tests.Domain;
using Intimacy.Rules.Tests.Joins;
using Intimacy.Rules.Tests.Negation;

namespace Intimacy.Rules.Tests.Sessions;

/// <summary><see cref="ISession.Reset"/> leaves a session as if it had just been created.</summary>
public class ResetTests
{
    // The rules: NotTests.NoTagRule (a NOT that matches an empty session) and JoinTests.SameGroupRule (a join).

    /// <summary>Tries to reset its own session from its action and keeps what that raised.</summary>
    public sealed class ResetFromActionRule : Rule
    {
        public Exception? Caught { get; private set; }

        public override void Define()
        {
            Item item = null!;
            When().Match(() => item);
            Then().Do(ctx => Attempt(ctx));
        }

        private void Attempt(IContext context)
        {
            try
            {
                ((IResolutionContext)context).Session.Reset();
            }
            catch (InvalidOperationException ex)
            {
                Caught = ex;
            }
        }
    }

    [Fact]
    public void Reset_DropsFactsMatchesAgendaAndCounts()
    {
        var recorder = new Recorder();
        var session = RuleSession.Factory(new NotTests.NoTagRule(recorder), new JoinTests.SameGroupRule(recorder)).CreateSession();
        session.InsertAll([new Item("i", group: "a"), new Tag("t", "a")]);
        session.Fire();
        session.Insert(new Item("j", group: "a"));

        session.Agenda.IsEmpty.Should().BeFalse("j matches the tag and waits to fire");
        session.Reset();

        session.Query<object>().Should().BeEmpty();
        session.Agenda.IsEmpty.Should().BeFalse("with no tags left, the NOT rule matches again, as in a new session");
        session.GetFiringCounts().Should().BeEmpty();
        var before = recorder.Entries.Count;
        session.Fire();
        recorder.Entries.Skip(before).Should().Equal(["no tags"], "j's waiting match went with the reset");
    }

    [Fact]
    public void Reset_ThenTheSameFacts_FiresExactlyAsANewSession()
    {
        var reusedRecorder = new Recorder();
        var freshRecorder = new Recorder();
        var reused = RuleSession.Factory(new NotTests.NoTagRule(reusedRecorder), new JoinTests.SameGroupRule(reusedRecorder)).CreateSession();
        var fresh = RuleSession.Factory(new NotTests.NoTagRule(freshRecorder), new JoinTests.SameGroupRule(freshRecorder)).CreateSession();
        reused.InsertAll([new Item("old", group: "b"), new Tag("old-tag", "b")]);
        reused.Fire();
        reused.Reset();
        var before = reusedRecorder.Entries.Count;

        foreach (var session in new[] { reused, fresh })
        {
            session.Fire();
            session.InsertAll([new Item("i", group: "a"), new Tag("t", "a"), new Item("k", group: "c")]);
            session.Fire();
        }

        reusedRecorder.Entries.Skip(before).Should().Equal(freshRecorder.Entries).And.Equal("no tags", "pair(i,t)");
    }

    [Fact]
    public void Reset_FactsFromBefore_CanBeInsertedAgainAndAreNotKnown()
    {
        var session = RuleSession.Factory(new JoinTests.SameGroupRule(new Recorder())).CreateSession();
        var item = new Item("i", group: "a");
        session.Insert(item);
        session.Reset();

        session.TryRetract(item).Should().BeFalse("the reset session does not hold the old fact");
        session.TryInsert(item).Should().BeTrue("nor does it count it as a duplicate");
    }

    [Fact]
    public void Reset_ClearsRecordedExplanations()
    {
        var recorder = new Recorder();
        var session = RuleSession.Factory(new JoinTests.SameGroupRule(recorder)).CreateSession(new SessionOptions { RecordExplanations = true });
        session.InsertAll([new Item("i", group: "a"), new Tag("t", "a")]);
        session.Fire();
        session.Explanations!.Firings.Should().NotBeEmpty();

        session.Reset();

        session.Explanations!.Firings.Should().BeEmpty();
    }

    [Fact]
    public void Reset_KeepsNothingOfTheEarlierFacts()
    {
        // The session keeps its objects for facts and matches for reuse; none may still point at a fact
        // of the run before the reset (a reused recommendation session must hold nothing of the last couple).
        var recorder = new Recorder();
        var session = RuleSession.Factory(new NotTests.NoTagRule(recorder), new JoinTests.SameGroupRule(recorder)).CreateSession();

        // Objects are kept from the first reset on, so the facts to forget are those of the second run.
        RunAndForget(session);
        session.Reset();
        var earlier = RunAndForget(session);
        session.Reset();
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();

        earlier.Should().OnlyContain(fact => !fact.IsAlive, "the reset session holds no reference to them");
        session.InsertAll([new Item("k", group: "b"), new Tag("u", "b")]);
        session.Fire();
        recorder.Entries.Should().EndWith("pair(k,u)", "the kept objects serve the next run");
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static WeakReference[] RunAndForget(ISession session)
    {
        // A match that fired, a fact that joined, and one whose match still waits on the agenda.
        object[] facts = [new Item("i", group: "a"), new Tag("t", "a"), new Item("j", group: "a")];
        session.InsertAll(facts[..2]);
        session.Fire();
        session.Insert(facts[2]);
        return [.. facts.Select(fact => new WeakReference(fact))];
    }

    [Fact]
    public void Reset_FromARuleAction_IsRefused()
    {
        var rule = new ResetFromActionRule();
        var session = RuleSession.Factory(rule).CreateSession();
        session.Insert(new Item("i"));

        session.Fire();

        rule.Caught.Should().BeOfType<InvalidOperationException>();
        session.Query<Item>().Should().ContainSingle("the refused reset changed nothing");
    }
}
