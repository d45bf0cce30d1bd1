using Intimacy.Rules.Fluent.Dsl;
using Intimacy.Rules.RuleModel;
using Intimacy.Rules.Tests.Domain;

namespace Intimacy.Rules.Tests.LinkedFacts;

/// <summary>
/// A fact an action has queued as linked (<c>InsertLinked</c>) is as good as present for the rest of that action: a plain
/// insert of an equal fact is refused at the call that makes it, naming the rule, rather than after the action when the
/// queue is applied.
/// </summary>
public class LinkedThenPlainInsertTests
{
    public sealed class LinkThenInsertRule : Rule
    {
        public override void Define()
        {
            Item item = null!;
            When().Match(() => item);
            Then().Do(ctx => LinkThenInsert(ctx, item));
        }

        private static void LinkThenInsert(IContext context, Item item)
        {
            context.InsertLinked("k", new Notice("for " + item.Name));
            context.Insert(new Notice("for " + item.Name));
        }
    }

    public sealed class LinkThenTryInsertRule(Recorder recorder) : Rule
    {
        public override void Define()
        {
            Item item = null!;
            When().Match(() => item);
            Then().Do(ctx => LinkThenTryInsert(ctx, item, recorder));
        }

        private static void LinkThenTryInsert(IContext context, Item item, Recorder recorder)
        {
            context.InsertLinked("k", new Notice("for " + item.Name));
            recorder.Add("try-insert:" + context.TryInsert(new Notice("for " + item.Name)));
        }
    }

    public sealed class LinkThenInsertAllRule : Rule
    {
        public override void Define()
        {
            Item item = null!;
            When().Match(() => item);
            Then().Do(ctx => LinkThenInsertAll(ctx, item));
        }

        private static void LinkThenInsertAll(IContext context, Item item)
        {
            context.InsertLinked("k", new Notice("for " + item.Name));
            context.InsertAll([new Notice("other"), new Notice("for " + item.Name)]);
        }
    }

    [Fact]
    public void Insert_OfAFactQueuedAsLinked_FailsInTheActionThatMakesIt()
    {
        var session = RuleSession.Factory(new LinkThenInsertRule()).CreateSession();
        var item = new Item("a");
        session.Insert(item);

        var fire = () => session.Fire();

        var failure = fire.Should().Throw<RuleRhsExpressionEvaluationException>().Which;
        failure.RuleName.Should().Be(typeof(LinkThenInsertRule).FullName);
        failure.InnerException.Should().BeOfType<ArgumentException>()
            .Which.Message.Should().Contain("queued");

        // The failed action's linked fact is applied after it, as after any failed action; the plain copy never went in.
        session.Query<Notice>().Select(n => n.Text).Should().Equal("for a");
        session.Retract(item);
        session.Query<Notice>().Should().BeEmpty();
    }

    [Fact]
    public void TryInsert_OfAFactQueuedAsLinked_ReturnsFalseAndTheLinkedFactGoesIn()
    {
        var recorder = new Recorder();
        var session = RuleSession.Factory(new LinkThenTryInsertRule(recorder)).CreateSession();
        var item = new Item("a");
        session.Insert(item);

        session.Fire();

        recorder.Entries.Should().Equal("try-insert:False");
        session.Query<Notice>().Select(n => n.Text).Should().Equal("for a");
        session.Retract(item);
        session.Query<Notice>().Should().BeEmpty();
    }

    [Fact]
    public void InsertAll_WithAFactQueuedAsLinked_InsertsNoneAndFailsInTheAction()
    {
        var session = RuleSession.Factory(new LinkThenInsertAllRule()).CreateSession();
        session.Insert(new Item("a"));

        var fire = () => session.Fire();

        fire.Should().Throw<RuleRhsExpressionEvaluationException>().WithInnerException<ArgumentException>();
        session.Query<Notice>().Select(n => n.Text).Should().Equal("for a");
    }
}
