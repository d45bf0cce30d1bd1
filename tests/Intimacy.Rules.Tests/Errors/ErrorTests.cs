using System.Linq.Expressions;
using Intimacy.Rules.Fluent.Dsl;
using Intimacy.Rules.RuleModel;
using Intimacy.Rules.RuleModel.Builders;
using Intimacy.Rules.Tests.Domain;

namespace Intimacy.Rules.Tests.Errors;

public class ErrorTests
{
    [Name("Divider")]
    public sealed class DividingConditionRule(Recorder recorder) : Rule
    {
        public override void Define()
        {
            Item item = null!;
            When().Match(() => item, i => 10 / i.Value > 1);
            Then().Do(ctx => recorder.Add("ok", item));
        }
    }

    [Name("Thrower")]
    public sealed class ThrowingActionRule(Recorder recorder) : Rule
    {
        public override void Define()
        {
            Item item = null!;
            When().Match(() => item);
            Then()
                .Do(ctx => MaybeThrow(item))
                .Do(ctx => recorder.Add("after", item));
        }

        private static void MaybeThrow(Item item)
        {
            if (item.Name == "bad")
            {
                throw new InvalidOperationException("boom");
            }
        }
    }

    public sealed record Inner(int Value);

    public sealed record Holder(Inner? Inner);

    public sealed class HashedUnguardedRule(Recorder recorder) : Rule
    {
        public override void Define()
        {
            Holder holder = null!;
            When().Match(() => holder, h => h.Inner!.Value == 7);
            Then().Do(ctx => recorder.Add("seven"));
        }
    }

    [Fact]
    public void HashedCondition_ThrowsForAFact_ReportedLikeAnyConditionError()
    {
        var recorder = new Recorder();
        var session = RuleSession.Factory(new HashedUnguardedRule(recorder)).CreateSession();

        var act = () => session.Insert(new Holder(null));

        act.Should().Throw<RuleLhsExpressionEvaluationException>().Which.InnerException.Should().BeOfType<NullReferenceException>();
    }

    [Fact]
    public void HashedCondition_ErrorHandled_OtherFactsStillDispatched()
    {
        var recorder = new Recorder();
        var session = RuleSession.Factory(new HashedUnguardedRule(recorder)).CreateSession();
        session.Events.LhsExpressionFailedEvent += (_, e) => e.IsHandled = true;

        session.InsertAll([new Holder(null), new Holder(new Inner(7)), new Holder(new Inner(8))]);

        session.Fire().Should().Be(1);
        recorder.Entries.Should().Equal("seven");
    }

    [Fact]
    public void Insert_DuplicateFact_ThrowsArgumentException()
    {
        var session = RuleSession.Factory(new ThrowingActionRule(new Recorder())).CreateSession();
        var item = new Item("a");
        session.Insert(item);

        var act = () => session.Insert(item);

        act.Should().Throw<ArgumentException>();
        session.TryInsert(item).Should().BeFalse();
    }

    [Fact]
    public void InsertAll_WithDuplicate_InsertsNothing()
    {
        var recorder = new Recorder();
        var session = RuleSession.Factory(new ThrowingActionRule(recorder)).CreateSession();
        var item = new Item("a");

        var act = () => session.InsertAll([new Item("b"), item, item]);

        act.Should().Throw<ArgumentException>();
        session.Query<Item>().Should().BeEmpty();
    }

    [Fact]
    public void TryInsertAll_SkipFailed_InsertsTheOthers()
    {
        var session = RuleSession.Factory(new ThrowingActionRule(new Recorder())).CreateSession();
        var item = new Item("a");
        session.Insert(item);

        var result = session.TryInsertAll([item, new Item("b")], BatchOptions.SkipFailed);

        result.FailedCount.Should().Be(1);
        result.Failed.Should().ContainSingle().Which.Should().BeSameAs(item);
        session.Query<Item>().Should().HaveCount(2);
    }

    [Fact]
    public void ConditionThrows_WrappedInLhsExceptionNamingRuleAndExpression()
    {
        var session = RuleSession.Factory(new DividingConditionRule(new Recorder())).CreateSession();

        var act = () => session.Insert(new Item("zero", 0));

        var error = act.Should().Throw<RuleLhsExpressionEvaluationException>().Which;
        error.RuleName.Should().Be("Divider");
        error.Expression.Should().Contain("10 / item.Value");
        error.InnerException.Should().BeOfType<DivideByZeroException>();
        error.Message.Should().Contain("Divider");
    }

    [Fact]
    public void ConditionThrows_HandledByEvent_TreatedAsNoMatch()
    {
        var recorder = new Recorder();
        var session = RuleSession.Factory(new DividingConditionRule(recorder)).CreateSession();
        var failures = 0;
        session.Events.LhsExpressionFailedEvent += (_, e) =>
        {
            failures++;
            e.Arguments.Should().ContainSingle();
            e.IsHandled = true;
        };

        session.InsertAll([new Item("zero", 0), new Item("two", 2)]);
        session.Fire();

        failures.Should().Be(1);
        recorder.Entries.Should().Equal("ok(two)");
    }

    [Fact]
    public void ActionThrows_WrappedInRhsExceptionAndSessionStaysUsable()
    {
        var recorder = new Recorder();
        var session = RuleSession.Factory(new ThrowingActionRule(recorder)).CreateSession();
        session.InsertAll([new Item("bad"), new Item("good")]);

        var act = () => session.Fire();

        var error = act.Should().Throw<RuleRhsExpressionEvaluationException>().Which;
        error.RuleName.Should().Be("Thrower");
        error.Expression.Should().Contain("MaybeThrow");
        error.InnerException.Should().BeOfType<InvalidOperationException>();

        session.Fire().Should().Be(1);
        recorder.Entries.Should().Equal("after(good)");
        session.Insert(new Item("later"));
        session.Fire().Should().Be(1);
    }

    [Fact]
    public void ActionThrows_HandledByEvent_RemainingActionsRun()
    {
        var recorder = new Recorder();
        var session = RuleSession.Factory(new ThrowingActionRule(recorder)).CreateSession();
        session.Events.RhsExpressionFailedEvent += (_, e) => e.IsHandled = true;
        session.Insert(new Item("bad"));

        session.Fire().Should().Be(1);

        recorder.Entries.Should().Equal("after(bad)");
    }

    [Fact]
    public void Compile_ConditionReadsUndeclaredName_ThrowsCompilationError()
    {
        var builder = new RuleBuilder();
        builder.Name("broken");
        var item = builder.LeftHandSide().Pattern(typeof(Item), "item");
        Expression<Func<Item, Item, bool>> condition = (item, ghost) => item.Value == ghost.Value;
        item.Condition(condition);
        Expression<Action<IContext>> action = ctx => ctx.Halt();
        builder.RightHandSide().Action(action);

        var act = () => new RuleCompiler().Compile([builder.Build()]);

        act.Should().Throw<RuleCompilationException>().Which.RuleName.Should().Be("broken");
    }

    [Name("Any item")]
    public sealed class AnyItemRule(Recorder recorder) : Rule
    {
        public override void Define()
        {
            Item item = null!;
            When().Match(() => item);
            Then().Do(ctx => recorder.Add("any", item));
        }
    }

    [Fact]
    public void ConditionThrowsOnInsert_MatchesMadeBeforeTheErrorAreOnTheAgenda()
    {
        var recorder = new Recorder();
        var session = RuleSession.Factory(new AnyItemRule(recorder), new DividingConditionRule(recorder)).CreateSession();

        var insert = () => session.Insert(new Item("zero", 0));

        insert.Should().Throw<RuleLhsExpressionEvaluationException>();
        session.Query<Item>().Select(i => i.Name).Should().Equal("zero");
        session.Fire().Should().Be(1);
        recorder.Entries.Should().Equal("any(zero)");
    }

    [Fact]
    public void ConditionThrowsInInsertAll_LaterFactsAreNotInsertedAndCanBeInsertedAgain()
    {
        var recorder = new Recorder();
        var session = RuleSession.Factory(new AnyItemRule(recorder), new DividingConditionRule(recorder)).CreateSession();
        var later = new Item("later", 1);

        var insert = () => session.InsertAll([new Item("one", 1), new Item("zero", 0), later]);

        insert.Should().Throw<RuleLhsExpressionEvaluationException>();
        session.Query<Item>().Select(i => i.Name).Should().BeEquivalentTo("one", "zero");
        session.Insert(later);
        session.Fire();
        recorder.Entries.Should().Equal("any(one)", "ok(one)", "any(zero)", "any(later)", "ok(later)");
    }

    [Fact]
    public void ConditionThrowsOnUpdate_MatchesMadeBeforeTheErrorAreOnTheAgenda()
    {
        var recorder = new Recorder();
        var session = RuleSession.Factory(new AnyItemRule(recorder), new DividingConditionRule(recorder)).CreateSession();
        var item = new Item("one", 1);
        session.Insert(item);
        session.Fire();
        item.Value = 0;

        var update = () => session.Update(item);

        update.Should().Throw<RuleLhsExpressionEvaluationException>();
        session.Fire().Should().Be(1);
        recorder.Entries.Should().Equal("any(one)", "ok(one)", "any(one)");
    }

    public sealed class Settings
    {
        public int Divisor { get; set; }
    }

    /// <summary>Starts with a <c>Let</c>, evaluated as soon as the session starts, that can throw.</summary>
    public sealed class DividingLetRule(Settings settings) : Rule
    {
        public override void Define()
        {
            int share = 0;
            When().Let(() => share, () => 100 / settings.Divisor);
            Then().Do(ctx => GC.KeepAlive(share));
        }
    }

    public sealed class NoItemsRule(Recorder recorder) : Rule
    {
        public override void Define()
        {
            When().Not<Item>();
            Then().Do(ctx => recorder.Add("no items"));
        }
    }

    [Fact]
    public void ExpressionThrowsWhenTheSessionStarts_OtherRulesStillStartOnTheNextCall()
    {
        var recorder = new Recorder();
        var session = RuleSession.Factory(new DividingLetRule(new Settings()), new NoItemsRule(recorder)).CreateSession();

        var first = () => session.Fire();

        first.Should().Throw<RuleLhsExpressionEvaluationException>();
        session.Fire().Should().Be(1);
        recorder.Entries.Should().Equal("no items");
    }

    /// <summary>The tag's condition reads <c>item</c>, which the next Match declares: it would read null.</summary>
    public sealed class ReadsAliasTooEarlyRule : Rule
    {
        public override void Define()
        {
            Item item = null!;
            Tag tag = null!;
            When()
                .Match(() => tag, t => t.Name == item.Name)
                .Match(() => item);
            Then().Do(ctx => GC.KeepAlive(tag));
        }
    }

    /// <summary>The action is written before the alias it reads is declared.</summary>
    public sealed class ActionBeforeWhenRule(Recorder recorder) : Rule
    {
        public override void Define()
        {
            Item item = null!;
            Then().Do(ctx => recorder.Add("item", item));
            When().Match(() => item);
        }
    }

    [Fact]
    public void Define_ConditionReadsAnAliasBeforeItsDeclaration_FailsNamingRuleAndAlias()
    {
        var load = () => RuleSession.Factory(typeof(ReadsAliasTooEarlyRule));

        var error = load.Should().Throw<Intimacy.Rules.Fluent.RuleDefinitionException>().Which;
        error.RuleType.Should().Be<ReadsAliasTooEarlyRule>();
        error.InnerException!.Message.Should().Contain("'item'").And.Contain("before");
        error.Message.Should().Contain(nameof(ReadsAliasTooEarlyRule)).And.Contain(error.InnerException.Message, "the cause is in the message, not only in the inner exception");
    }

    [Fact]
    public void Define_ActionReadsAnAliasBeforeItsDeclaration_FailsNamingRuleAndAlias()
    {
        var load = () => RuleSession.Factory(new ActionBeforeWhenRule(new Recorder()));

        var error = load.Should().Throw<Intimacy.Rules.Fluent.RuleDefinitionException>().Which;
        error.RuleType.Should().Be<ActionBeforeWhenRule>();
        error.InnerException!.Message.Should().Contain("'item'");
    }

    /// <summary>A lookup table whose initializer fails, as when a configuration file is missing.</summary>
    public static class BrokenCodes
    {
        public static readonly string Wanted = Load();

        private static string Load() => throw new InvalidDataException("codes file is missing");
    }

    [Name("Reads broken codes")]
    public sealed class ReadsBrokenCodesRule : Rule
    {
        public override void Define()
        {
            Tag tag = null!;
            When().Match(() => tag, t => t.Name == BrokenCodes.Wanted);
            Then().Do(ctx => GC.KeepAlive(tag));
        }
    }

    [Fact]
    public void Compile_ConstantOfAConditionFailsToInitialize_ThrowsCompilationErrorNamingTheRule()
    {
        var compile = () => RuleSession.Factory(typeof(ReadsBrokenCodesRule));

        var error = compile.Should().Throw<RuleCompilationException>().Which;
        error.RuleName.Should().Be("Reads broken codes");
        error.Message.Should().Contain("Reads broken codes");
        error.InnerException.Should().NotBeNull();
    }

    /// <summary>Each branch of the Or binds one alias, and the second branch's condition reads the first's.</summary>
    public sealed class OrBranchConditionReadsTheOtherBranchesAliasRule : Rule
    {
        public override void Define()
        {
            Order order = null!;
            Customer customer = null!;
            When().Or(x => x
                .Match(() => order, o => o.Amount > 100)
                .Match(() => customer, c => c.Name == order.Customer.Name));
            Then().Do(ctx => GC.KeepAlive(customer));
        }
    }

    [Fact]
    public void Compile_OrBranchConditionReadingAnAliasOnlyAnotherBranchBinds_SaysWhichBranchLacksTheAlias()
    {
        var compile = () => RuleSession.Factory(typeof(OrBranchConditionReadsTheOtherBranchesAliasRule));

        var error = compile.Should().Throw<RuleCompilationException>().Which;
        error.Message.Should().Contain("'order'").And.Contain("in branch 2 of 2 of its Or");
    }
}
