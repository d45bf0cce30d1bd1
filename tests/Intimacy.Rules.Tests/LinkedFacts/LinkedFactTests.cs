using Intimacy.Rules.Fluent.Dsl;
using Intimacy.Rules.RuleModel;
using Intimacy.Rules.Tests.Domain;

namespace Intimacy.Rules.Tests.LinkedFacts;

public class LinkedFactTests
{
    public sealed class DiscountRule : Rule
    {
        public override void Define()
        {
            Customer customer = null!;
            When().Match(() => customer, c => c.IsPreferred);
            Then().Yield(ctx => new Discount(customer, customer.Name.Length));
        }
    }

    public sealed class NoticeOnDiscountRule(Recorder recorder) : Rule
    {
        public override void Define()
        {
            Discount discount = null!;
            When().Match(() => discount);
            Then().Do(ctx => recorder.Add("discount:" + discount.Percent));
        }
    }

    public sealed class YieldWithUpdateRule : Rule
    {
        public override void Define()
        {
            Item item = null!;
            When().Match(() => item);
            Then().Yield(ctx => new Notice("first " + item.Value), (ctx, old) => new Notice(old.Text + " then " + item.Value));
        }
    }

    public sealed class UndoRule(Recorder recorder) : Rule
    {
        public override void Define()
        {
            Item item = null!;
            When().Match(() => item, i => i.Value > 0);
            Then()
                .Do(ctx => recorder.Add("do", item))
                .Undo(ctx => recorder.Add("undo", item));
        }
    }

    public sealed class ExplicitLinkRule : Rule
    {
        public override void Define()
        {
            Item item = null!;
            When().Match(() => item);
            Then().Do(ctx => Link(ctx, item));
        }

        private static void Link(IContext context, Item item)
        {
            context.GetLinked("k").Should().BeNull();
            context.InsertLinked("k", new Notice(item.Name));
        }
    }

    [Fact]
    public void Yield_InsertsLinkedFactThatOtherRulesSee()
    {
        var recorder = new Recorder();
        var session = RuleSession.Factory(new DiscountRule(), new NoticeOnDiscountRule(recorder)).CreateSession();
        session.Insert(new Customer("ann", true));

        session.Fire().Should().Be(2);

        recorder.Entries.Should().Equal("discount:3");
        session.Query<Discount>().Should().ContainSingle();
    }

    [Fact]
    public void Retract_SourceFact_RetractsTheLinkedFact()
    {
        var session = RuleSession.Factory(new DiscountRule()).CreateSession();
        var ann = new Customer("ann", true);
        session.Insert(ann);
        session.Fire();

        session.Retract(ann);

        session.Query<Discount>().Should().BeEmpty();
    }

    [Fact]
    public void Update_SourceStopsMatching_LinkedFactGoes()
    {
        var session = RuleSession.Factory(new DiscountRule()).CreateSession();
        var ann = new Customer("ann", true);
        session.Insert(ann);
        session.Fire();

        ann.IsPreferred = false;
        session.Update(ann);

        session.Query<Discount>().Should().BeEmpty();
    }

    [Fact]
    public void Update_SourceStillMatching_LinkedFactReplacedAfterRefire()
    {
        var session = RuleSession.Factory(new YieldWithUpdateRule()).CreateSession();
        var item = new Item("a", 1);
        session.Insert(item);
        session.Fire();

        item.Value = 2;
        session.Update(item);
        session.Fire();

        session.Query<Notice>().Should().ContainSingle().Which.Text.Should().Be("first 1 then 2");
    }

    [Fact]
    public void LinkedFact_CannotBeRetractedThroughTheSession()
    {
        var session = RuleSession.Factory(new DiscountRule()).CreateSession();
        session.Insert(new Customer("ann", true));
        session.Fire();
        var discount = session.Query<Discount>().Single();

        session.TryRetract(discount).Should().BeFalse();
        session.Query<Discount>().Should().ContainSingle();
    }

    [Fact]
    public void LinkedFactChain_RetractingTheRoot_RemovesEveryDerivedFact()
    {
        var recorder = new Recorder();
        var session = RuleSession.Factory(new DiscountRule(), new NoticeOnDiscountRule(recorder), new ExplicitLinkRule()).CreateSession();
        var ann = new Customer("ann", true);
        session.Insert(ann);
        session.Fire();

        session.Retract(ann);

        session.Query<object>().Should().BeEmpty();
    }

    [Fact]
    public void Undo_RunsWhenAFiredMatchGoesAway()
    {
        var recorder = new Recorder();
        var session = RuleSession.Factory(new UndoRule(recorder)).CreateSession();
        var item = new Item("a", 1);
        session.Insert(item);
        session.Fire();

        session.Retract(item);
        session.Fire();

        recorder.Entries.Should().Equal("do(a)", "undo(a)");
    }

    [Fact]
    public void InsertLinked_KeyedFactVisibleAndRemovedWithMatch()
    {
        var session = RuleSession.Factory(new ExplicitLinkRule()).CreateSession();
        var item = new Item("a");
        session.Insert(item);
        session.Fire();
        session.Query<Notice>().Should().ContainSingle().Which.Text.Should().Be("a");

        session.Retract(item);

        session.Query<Notice>().Should().BeEmpty();
    }

    public sealed class YieldFlagRule : Rule
    {
        public override void Define()
        {
            Item item = null!;
            When().Match(() => item, i => i.Value > 0);
            Then().Yield(ctx => new Notice("flag " + item.Value));
        }
    }

    public sealed class RelinkThenInsertRule : Rule
    {
        public override void Define()
        {
            Item item = null!;
            When().Match(() => item);
            Then().Do(ctx => Relink(ctx, item));
        }

        private static void Relink(IContext context, Item item)
        {
            if (context.GetLinked("k") is null)
            {
                context.InsertLinked("k", new Notice("first " + item.Name));
                return;
            }

            var taken = new Notice("second " + item.Name);
            context.UpdateLinked("k", taken);   // another identity, free when queued...
            context.Insert(taken);              // ...taken by a plain fact before it is applied
        }
    }

    [Fact]
    public void Yield_RefireProducesAFactAlreadyInWorkingMemory_FailsCleanlyAndKeepsTheLinkedFact()
    {
        var session = RuleSession.Factory(new YieldFlagRule()).CreateSession();
        var item = new Item("a", 1);
        session.Insert(item);
        session.Fire();
        session.Insert(new Notice("flag 2"));
        item.Value = 2;
        session.Update(item);

        var fire = () => session.Fire();

        fire.Should().Throw<RuleRhsExpressionEvaluationException>().WithInnerException<ArgumentException>();
        session.Query<Notice>().Select(n => n.Text).Should().BeEquivalentTo("flag 1", "flag 2");
        session.Retract(item);
        session.Query<Notice>().Select(n => n.Text).Should().Equal("flag 2");
        session.Retract(new Notice("flag 2"));
        session.Query<Notice>().Should().BeEmpty();
    }

    [Fact]
    public void UpdateLinked_IdentityTakenBeforeItIsApplied_FailsCleanlyAndKeepsTheLinkedFact()
    {
        var session = RuleSession.Factory(new RelinkThenInsertRule()).CreateSession();
        var item = new Item("a");
        session.Insert(item);
        session.Fire();
        session.Update(item);

        var fire = () => session.Fire();

        fire.Should().Throw<RuleRhsExpressionEvaluationException>().WithInnerException<ArgumentException>();
        session.Query<Notice>().Select(n => n.Text).Should().BeEquivalentTo("first a", "second a");
        session.Retract(item);
        session.Query<Notice>().Select(n => n.Text).Should().Equal("second a");
    }

    public sealed class YieldWithUndoRule(Recorder recorder) : Rule
    {
        public override void Define()
        {
            Item item = null!;
            When().Match(() => item, i => i.Value > 0);
            Then()
                .Yield(ctx => new Notice("for " + item.Name))
                .Undo(ctx => recorder.Add("undo", item));
        }
    }

    [Fact]
    public void AgendaCleared_BeforeTheUndoOfAVanishedMatchRuns_ItsLinkedFactIsStillRetracted()
    {
        var recorder = new Recorder();
        var session = RuleSession.Factory(new YieldWithUndoRule(recorder)).CreateSession();
        var item = new Item("a", 1);
        session.Insert(item);
        session.Fire();
        session.Retract(item);

        session.Agenda.Clear();

        session.Query<Notice>().Should().BeEmpty();
        session.Fire().Should().Be(0);
        recorder.Entries.Should().BeEmpty();
    }

    /// <summary>Fires on a notice together with a tag of the same name; ranks above the rules that link notices.</summary>
    [Priority(10)]
    public sealed class NoticeWithTagRule(Recorder recorder) : Rule
    {
        public override void Define()
        {
            Notice notice = null!;
            Tag tag = null!;
            When()
                .Match(() => notice)
                .Match(() => tag, t => t.Name == notice.Text);
            Then().Do(ctx => recorder.Add("notice with tag", notice.Text));
        }
    }

    public sealed class LinkWithUndoRule(Recorder recorder) : Rule
    {
        public override void Define()
        {
            Item item = null!;
            When().Match(() => item, i => i.Value > 0);
            Then()
                .Do(ctx => ctx.InsertLinked("k", new Notice("for " + item.Name)))
                .Undo(ctx => recorder.Add("undo", string.Join("+", ctx.GetLinkedKeys()), ctx.GetLinked("k")));
        }
    }

    public sealed class YieldWithRemoveRule(Recorder recorder) : Rule
    {
        public override void Define()
        {
            Item item = null!;
            When().Match(() => item, i => i.Value > 0);
            Then().Yield(ctx => new Notice("for " + item.Name), (ctx, old) => old, (ctx, old) => recorder.Add("removed", old.Text));
        }
    }

    [Fact]
    public void MatchWithUndoGoesAway_ItsLinkedFactsGoAtOnce_NoRuleFiresOnThemBeforeTheUndo()
    {
        var recorder = new Recorder();
        var session = RuleSession.Factory(new LinkWithUndoRule(recorder), new NoticeWithTagRule(recorder)).CreateSession();
        var item = new Item("a", 1);
        session.Insert(item);
        session.Fire();

        session.Retract(item);
        session.Query<Notice>().Should().BeEmpty();
        session.Insert(new Tag("for a", ""));
        session.Fire();

        recorder.Entries.Should().Equal("undo(k,Notice { Text = for a })");
    }

    [Fact]
    public void YieldRemoveExpression_ReceivesTheLinkedFactThatWent()
    {
        var recorder = new Recorder();
        var session = RuleSession.Factory(new YieldWithRemoveRule(recorder)).CreateSession();
        var item = new Item("a", 1);
        session.Insert(item);
        session.Fire();
        item.Value = 0;

        session.Update(item);

        session.Query<Notice>().Should().BeEmpty();
        session.Fire().Should().Be(1);
        recorder.Entries.Should().Equal("removed(for a)");
    }

    public sealed class UndoRetractsItsLinkRule(Recorder recorder) : Rule
    {
        public override void Define()
        {
            Item item = null!;
            When().Match(() => item, i => i.Value > 0);
            Then()
                .Do(ctx => ctx.InsertLinked("k", new Notice("for " + item.Name)))
                .Undo(ctx => ctx.RetractLinked("k", ctx.GetLinked("k")!))
                .Undo(ctx => recorder.Add("undo", item));
        }
    }

    [Fact]
    public void Undo_RetractingALinkedFactThatWentWithTheMatch_DoesNothing()
    {
        var recorder = new Recorder();
        var session = RuleSession.Factory(new UndoRetractsItsLinkRule(recorder)).CreateSession();
        var item = new Item("a", 1);
        session.Insert(item);
        session.Fire();
        session.Retract(item);

        session.Fire().Should().Be(1);

        recorder.Entries.Should().Equal("undo(a)");
        session.Query<Notice>().Should().BeEmpty();
    }
}
