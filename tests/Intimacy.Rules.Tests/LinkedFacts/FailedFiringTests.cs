using Intimacy.Rules.Fluent.Dsl;
using Intimacy.Rules.RuleModel;
using Intimacy.Rules.Tests.Domain;

namespace Intimacy.Rules.Tests.LinkedFacts;

/// <summary>Linked-fact changes queued by a firing whose action fails, or whose linked call itself fails.</summary>
public class FailedFiringTests
{
    public sealed class LinkThenFailRule : Rule
    {
        public override void Define()
        {
            Item item = null!;
            When().Match(() => item, i => i.Group == "fail");
            Then().Do(ctx => LinkThenFail(ctx, item));
        }

        private static void LinkThenFail(IContext context, Item item)
        {
            context.InsertLinked("k", new Notice("linked " + item.Name));
            throw new InvalidOperationException("boom");
        }
    }

    public sealed class LinkThenLaterActionFailsRule(Recorder recorder) : Rule
    {
        public override void Define()
        {
            Item item = null!;
            When().Match(() => item, i => i.Group == "later");
            Then()
                .Do(ctx => ctx.InsertLinked("k", new Notice("linked " + item.Name)))
                .Do(ctx => Fail(item))
                .Do(ctx => recorder.Add("after", item));
        }

        private static void Fail(Item item) => throw new InvalidOperationException("boom " + item.Name);
    }

    public sealed class DuplicateLinkedKeyRule(Recorder recorder) : Rule
    {
        public override void Define()
        {
            Item item = null!;
            When().Match(() => item, i => i.Group == "key");
            Then()
                .Do(ctx => LinkTwice(ctx, item))
                .Do(ctx => recorder.Add("after", item));
        }

        private static void LinkTwice(IContext context, Item item)
        {
            context.InsertLinked("k", new Notice("first " + item.Name));
            context.InsertLinked("k", new Notice("second " + item.Name));
        }
    }

    public sealed class DuplicateLinkedFactRule(Recorder recorder) : Rule
    {
        public override void Define()
        {
            Item item = null!;
            When().Match(() => item, i => i.Group == "fact");
            Then()
                .Do(ctx => LinkSameFactTwice(ctx, item))
                .Do(ctx => recorder.Add("after", item));
        }

        private static void LinkSameFactTwice(IContext context, Item item)
        {
            context.InsertLinked("a", new Notice("same " + item.Name));
            context.InsertLinked("b", new Notice("same " + item.Name));
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

    private static ISession Create(Recorder recorder) => RuleSession.Factory(
        new LinkThenFailRule(),
        new LinkThenLaterActionFailsRule(recorder),
        new DuplicateLinkedKeyRule(recorder),
        new DuplicateLinkedFactRule(recorder),
        new NoticeRule(recorder)).CreateSession();

    [Fact]
    public void ActionFails_AfterInsertLinked_LinkedFactIsAppliedAndFollowsTheMatch()
    {
        // As in NRules (its Fire applies the queued linked facts in a finally): a failed firing keeps what its
        // actions did before the failure, linked facts included, as it keeps their direct inserts.
        var recorder = new Recorder();
        var session = Create(recorder);
        var item = new Item("a", group: "fail");
        session.Insert(item);

        var act = () => session.Fire();

        act.Should().Throw<RuleRhsExpressionEvaluationException>().WithInnerException<InvalidOperationException>().WithMessage("boom");
        session.Query<Notice>().Should().Equal(new Notice("linked a"));
        session.GetFiringCount(typeof(LinkThenFailRule).FullName!).Should().Be(1);
        session.Fire().Should().Be(1);
        recorder.Entries.Should().Equal("notice(linked a)");

        session.Retract(item);
        session.Query<Notice>().Should().BeEmpty();
    }

    [Fact]
    public void LaterActionFails_EarlierLinkedChangeIsApplied_RemainingActionsDoNotRun()
    {
        var recorder = new Recorder();
        var session = Create(recorder);
        session.Insert(new Item("b", group: "later"));

        var act = () => session.Fire();

        act.Should().Throw<RuleRhsExpressionEvaluationException>().WithInnerException<InvalidOperationException>().WithMessage("boom b");
        session.Query<Notice>().Should().Equal(new Notice("linked b"));
        recorder.Entries.Should().BeEmpty();
    }

    [Fact]
    public void ActionFails_Handled_FiringCompletesWithItsLinkedFacts()
    {
        var recorder = new Recorder();
        var session = Create(recorder);
        var fired = new List<string>();
        session.Events.RhsExpressionFailedEvent += (_, e) => e.IsHandled = true;
        session.Events.RuleFiredEvent += (_, e) => fired.Add(e.Rule.Name);
        session.Insert(new Item("c", group: "later"));

        session.Fire().Should().Be(2);

        recorder.Entries.Should().Equal("after(c)", "notice(linked c)");
        fired.Should().HaveCount(2);
        session.Query<Notice>().Should().Equal(new Notice("linked c"));
    }

    [Fact]
    public void ActionFails_AndApplyingItsLinkedFactFails_ActionErrorIsReportedAndTheChangeStaysQueued()
    {
        var recorder = new Recorder();
        var session = Create(recorder);
        var refuse = true;
        session.Events.FactInsertingEvent += (_, e) =>
        {
            if (refuse && e.Fact.Value is Notice)
            {
                throw new ApplicationException("handler");
            }
        };
        session.Insert(new Item("d", group: "fail"));

        var act = () => session.Fire();

        act.Should().Throw<RuleRhsExpressionEvaluationException>().WithInnerException<InvalidOperationException>().WithMessage("boom");
        session.Query<Notice>().Should().BeEmpty();

        refuse = false;
        session.Fire().Should().Be(1);
        session.Query<Notice>().Should().Equal(new Notice("linked d"));
        recorder.Entries.Should().Equal("notice(linked d)");
    }

    [Fact]
    public void DuplicateLinkedKey_FailsTheAction_FirstChangeIsApplied_SessionStaysUsable()
    {
        var recorder = new Recorder();
        var session = Create(recorder);
        var item = new Item("e", group: "key");
        session.Insert(item);

        var act = () => session.Fire();

        act.Should().Throw<RuleRhsExpressionEvaluationException>()
            .Where(e => e.RuleName == typeof(DuplicateLinkedKeyRule).FullName)
            .WithInnerException<ArgumentException>();
        session.Query<Notice>().Should().Equal(new Notice("first e"));
        session.Fire().Should().Be(1);
        recorder.Entries.Should().Equal("notice(first e)");
        session.Retract(item);
        session.Query<Notice>().Should().BeEmpty();
    }

    [Fact]
    public void SameFactLinkedTwice_FailsTheActionThatAsked_NotTheFireLoopAfterIt()
    {
        // The second link of an equal fact used to be accepted by the action and to fail only when the queue was
        // applied, as a bare ArgumentException from Fire that named no rule, after the rule had been counted.
        var recorder = new Recorder();
        var session = Create(recorder);
        var item = new Item("f", group: "fact");
        session.Insert(item);

        var act = () => session.Fire();

        act.Should().Throw<RuleRhsExpressionEvaluationException>()
            .Where(e => e.RuleName == typeof(DuplicateLinkedFactRule).FullName)
            .WithInnerException<ArgumentException>();
        session.Query<Notice>().Should().Equal(new Notice("same f"));
        recorder.Entries.Should().BeEmpty();
        session.Fire().Should().Be(1);
        recorder.Entries.Should().Equal("notice(same f)");
        session.Retract(item);
        session.Query<Notice>().Should().BeEmpty();
    }

    [Fact]
    public void SameFactLinkedTwice_Handled_RemainingActionsRunAndOneFactIsLinked()
    {
        var recorder = new Recorder();
        var session = Create(recorder);
        session.Events.RhsExpressionFailedEvent += (_, e) => e.IsHandled = true;
        session.Insert(new Item("g", group: "fact"));

        session.Fire().Should().Be(2);

        recorder.Entries.Should().Equal("after(g)", "notice(same g)");
        session.Query<Notice>().Should().Equal(new Notice("same g"));
    }
}
