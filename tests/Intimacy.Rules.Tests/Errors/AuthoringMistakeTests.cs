using System.Linq.Expressions;
using Intimacy.Rules.Fluent;
using Intimacy.Rules.Fluent.Dsl;
using Intimacy.Rules.RuleModel;
using Intimacy.Rules.RuleModel.Builders;
using Intimacy.Rules.Tests.Domain;

namespace Intimacy.Rules.Tests.Errors;

/// <summary>
/// Mistakes an app developer makes writing rules, and how each is reported: as early as it can be known (loading,
/// compiling, else the first insert or Fire), in one exception whose message names the rule and says what is wrong.
/// </summary>
public class AuthoringMistakeTests
{
    // ---- Loading: the rule class itself ----

    [Fact]
    public void DefineThatThrows_FailsTheLoad_NamingTheTypeAndKeepingTheCause()
    {
        var error = Load(typeof(DefineThrows)).Should().Throw<RuleDefinitionException>().Which;

        error.Message.Should().Contain(nameof(DefineThrows)).And.Contain("oops in Define");
        error.RuleType.Should().Be(typeof(DefineThrows));
        error.InnerException.Should().BeOfType<InvalidOperationException>();
    }

    [Fact]
    public void RuleWithoutParameterlessConstructor_FailsTheLoad_SayingWhatToDo()
    {
        var error = Load(typeof(NeedsService)).Should().Throw<RuleActivationException>().Which;

        error.Message.Should().Contain(nameof(NeedsService)).And.Contain("no parameterless constructor").And.Contain("RuleRepository.Activator");
        error.InnerException.Should().BeOfType<MissingMethodException>();
    }

    [Fact]
    public void RuleWhoseConstructorThrows_FailsTheLoad_WithTheConstructorsExceptionNotReflectionsWrapper()
    {
        var error = Load(typeof(ConstructorThrows)).Should().Throw<RuleActivationException>().Which;

        error.Message.Should().Contain(nameof(ConstructorThrows)).And.Contain("constructor threw").And.Contain("ctor boom")
            .And.NotContain("TargetInvocationException");
        error.InnerException.Should().BeOfType<InvalidOperationException>();
    }

    [Theory]
    [InlineData(typeof(AbstractRule))]
    [InlineData(typeof(GenericRule<>))]
    [InlineData(typeof(string))]
    public void TypeThatIsNotARuleClass_GivenByName_IsRefusedByFrom(Type type)
    {
        var act = () => new RuleRepository().Load(x => x.From(type));

        act.Should().Throw<ArgumentException>().WithMessage("*is not a concrete class deriving from*");
    }

    [Fact]
    public void AbstractAndOpenGenericRuleClasses_InAScannedAssembly_AreSkipped_AndAClosedGenericLoads()
    {
        var repository = new RuleRepository();
        repository.Load(x => x.From(typeof(AbstractRule).Assembly).NestedTypes().Where(r => r.RuleType == typeof(AbstractRule) || r.RuleType.IsGenericType));

        repository.GetRuleSets().SelectMany(s => s.Rules).Should().BeEmpty();
        Fire(typeof(GenericRule<Item>), new Item("a")).Should().Be(1);
    }

    [Fact]
    public void EmptyNameAttribute_FailsTheLoad_NamingTheAttributeAndTheClass()
    {
        var error = Load(typeof(EmptyName)).Should().Throw<RuleDefinitionException>().Which;

        error.Message.Should().Contain("[Name]").And.Contain("empty or blank").And.Contain(nameof(EmptyName));
    }

    [Fact]
    public void BlankNameAttribute_FailsTheLoad_NamingTheAttributeAndTheClass() =>
        Load(typeof(BlankName)).Should().Throw<RuleDefinitionException>().Which.Message.Should().Contain("[Name]").And.Contain(nameof(BlankName));

    [Fact]
    public void BlankNameGivenInDefine_FailsTheLoad_SayingItIsTheName() =>
        Load(typeof(BlankNameInDefine)).Should().Throw<RuleDefinitionException>().Which.Message
            .Should().Contain(nameof(BlankNameInDefine)).And.Contain("Name(").And.Contain("empty or blank");

    // ---- Loading: aliases ----

    [Fact]
    public void AliasThatIsAMemberOfAnotherAlias_FailsTheLoad_InsteadOfMatchingEveryFactUnjoined()
    {
        var error = Load(typeof(MemberOfAliasAsAlias)).Should().Throw<RuleDefinitionException>().Which;

        error.Message.Should().Contain(nameof(MemberOfAliasAsAlias)).And.Contain("() => order.Customer").And.Contain("join on it")
            .And.NotContain("DisplayClass");
    }

    [Fact]
    public void AliasThatIsAConstant_FailsTheLoad() =>
        Load(typeof(ConstantAlias)).Should().Throw<RuleDefinitionException>().Which.Message
            .Should().Contain(nameof(ConstantAlias)).And.Contain("captured local variable");

    [Fact]
    public void AliasThatIsAFieldOrPropertyOfTheRule_Works()
    {
        Fire(typeof(FieldAlias), new Item("a", 1)).Should().Be(1);
        Fire(typeof(PropertyAlias), new Item("a", 1)).Should().Be(1);
    }

    [Fact]
    public void AliasDeclaredInAnOuterBlock_IsReadAsTheMatchedFact_FromANestedBlock()
    {
        var recorder = new Recorder();
        var session = RuleSession.Factory(new NestedBlocks(recorder)).CreateSession();
        var customer = new Customer("c");
        session.InsertAll([customer, new Order(1, customer, 5), new Order(2, new Customer("d"), 5)]);

        session.Fire().Should().Be(1);

        recorder.Entries.Should().Equal("fired(Customer(c),Order(1))");
    }

    [Fact]
    public void CollectBoundToAListVariable_FailsTheLoad_InsteadOfAnInvalidCastOnFirstFire()
    {
        var error = Load(typeof(CollectIntoList)).Should().Throw<RuleDefinitionException>().Which;

        error.Message.Should().Contain(nameof(CollectIntoList)).And.Contain("'items'").And.Contain("List<Item>")
            .And.Contain("declare the variable as IEnumerable<Item>");
    }

    [Fact]
    public void MatchOfABaseTypeBoundToADerivedTypeVariable_FailsTheLoad() =>
        Load(typeof(MatchObjectIntoItem)).Should().Throw<RuleDefinitionException>().Which.Message
            .Should().Contain(nameof(MatchObjectIntoItem)).And.Contain("'item'").And.Contain("Object");

    [Fact]
    public void TwoPatternsBoundToTheSameLocal_FailCompilation_NamingTheRuleAndTheAlias()
    {
        var act = () => Load(typeof(SameAliasTwice))().Compile();

        act.Should().Throw<RuleCompilationException>().WithMessage("*'item' is bound twice*")
            .Which.RuleName.Should().EndWith(nameof(SameAliasTwice));
    }

    [Fact]
    public void ConditionReadingAnAliasDeclaredLater_FailsTheLoad_ShowingTheConditionAsWritten()
    {
        var error = Load(typeof(ReadsLaterAlias)).Should().Throw<RuleDefinitionException>().Which;

        error.Message.Should().Contain(nameof(ReadsLaterAlias)).And.Contain("x => (x.Value == b.Value)").And.Contain("reads 'b' before")
            .And.NotContain("DisplayClass");
    }

    [Fact]
    public void ActionWrittenBeforeWhen_ReadingAnAlias_FailsTheLoad() =>
        Load(typeof(ActionBeforeWhen)).Should().Throw<RuleDefinitionException>().Which.Message
            .Should().Contain(nameof(ActionBeforeWhen)).And.Contain("reads 'a' before");

    [Fact]
    public void LocalNeverBound_FailsOnTheFirstInsert_NamingTheRuleAndTheConditionAsWritten()
    {
        // A captured variable may legitimately hold a value (a threshold, a service), so a never-bound one cannot be
        // told from it when the rule loads; the condition error names the rule and shows the read.
        var session = RuleSession.Create(typeof(NeverBoundLocal));

        var error = session.Invoking(s => s.Insert(new Item("a"))).Should().Throw<RuleLhsExpressionEvaluationException>().Which;

        error.RuleName.Should().EndWith(nameof(NeverBoundLocal));
        error.Expression.Should().Be("item => (item.Name == other.Name)");
        error.InnerException.Should().BeOfType<NullReferenceException>();
    }

    [Fact]
    public void ConditionInOneOrBranchReadingAnotherBranchsAlias_FailsCompilation_NamingTheBranch() =>
        Load(typeof(OrCrossRead))().Invoking(r => r.Compile()).Should().Throw<RuleCompilationException>()
            .WithMessage("*reads 'a'*branch 2 of 2*").Which.RuleName.Should().EndWith(nameof(OrCrossRead));

    // ---- Loading: the DSL's calls ----

    [Fact]
    public void ThenWithNoAction_FailsTheLoad_SayingWhatToAdd() =>
        Load(typeof(NoAction)).Should().Throw<RuleDefinitionException>().Which.Message
            .Should().Contain(nameof(NoAction)).And.Contain("no action that runs when it matches").And.Contain("Do, a Yield");

    [Fact]
    public void OnlyAnUndo_FailsTheLoad_AsHavingNoAction() =>
        Load(typeof(UndoOnly)).Should().Throw<RuleDefinitionException>().Which.Message.Should().Contain("no action that runs when it matches");

    [Fact]
    public void DoWithANullDelegate_FailsTheLoad_NamingTheParameter() =>
        Load(typeof(NullDo)).Should().Throw<RuleDefinitionException>().Which.Message
            .Should().Contain(nameof(NullDo)).And.Contain("ArgumentNullException").And.Contain("'action'");

    [Fact]
    public void MatchWithANullCondition_FailsTheLoad_NamingTheParameter() =>
        Load(typeof(NullCondition)).Should().Throw<RuleDefinitionException>().Which.Message
            .Should().Contain(nameof(NullCondition)).And.Contain("'conditions'");

    [Fact]
    public void HavingWithNothingBeforeIt_FailsTheLoad() =>
        Load(typeof(HavingFirst)).Should().Throw<RuleDefinitionException>().Which.Message
            .Should().Contain(nameof(HavingFirst)).And.Contain("HAVING can only follow Match, Let or Query");

    [Fact]
    public void QueryWithoutAnAggregate_FailsTheLoad_ListingWhatItNeeds() =>
        Load(typeof(QueryWithoutAggregate)).Should().Throw<RuleDefinitionException>().Which.Message
            .Should().Contain(nameof(QueryWithoutAggregate)).And.Contain("at least one of Select, SelectMany, GroupBy or Collect");

    [Fact]
    public void TwoRulesWithTheSameName_LoadAndCompile_AsDocumented()
    {
        var session = RuleSession.Create(typeof(SameNameOne), typeof(SameNameTwo));
        session.InsertAll([new Item("a"), new Customer("c")]);

        session.Fire().Should().Be(2);

        session.GetFiringCount("Same").Should().Be(2);
    }

    // ---- Running ----

    [Fact]
    public void GroupByKeySelectorThatThrows_FailsTheInsert_NamingTheRuleAndTheSelector()
    {
        var session = RuleSession.Create(typeof(GroupByThrows));

        var error = session.Invoking(s => s.Insert(new Item("a", 0))).Should().Throw<RuleLhsExpressionEvaluationException>().Which;

        error.RuleName.Should().EndWith(nameof(GroupByThrows));
        error.Expression.Should().Contain("10 / ");
        error.InnerException.Should().BeOfType<DivideByZeroException>();
    }

    [Fact]
    public void ActionThatThrows_FailsFire_NamingTheRuleAndKeepingTheInnerException()
    {
        var session = RuleSession.Create(typeof(ActionThrows));
        session.Insert(new Item("a"));

        var error = session.Invoking(s => s.Fire()).Should().Throw<RuleRhsExpressionEvaluationException>().Which;

        error.RuleName.Should().EndWith(nameof(ActionThrows));
        error.Expression.Should().Contain("Boom(a)");
        error.InnerException.Should().BeOfType<InvalidOperationException>().Which.Message.Should().Be("action boom");
    }

    [Fact]
    public void InsertingNullFromAnAction_FailsFire_NamingTheRuleAndTheParameter()
    {
        var session = RuleSession.Create(typeof(InsertsNull));
        session.Insert(new Item("a"));

        var error = session.Invoking(s => s.Fire()).Should().Throw<RuleRhsExpressionEvaluationException>().Which;

        error.RuleName.Should().EndWith(nameof(InsertsNull));
        error.InnerException.Should().BeOfType<ArgumentNullException>().Which.ParamName.Should().Be("fact");
    }

    [Fact]
    public void YieldOfNull_FailsFire_NamingTheRuleAndSayingTheYieldGaveNull()
    {
        var session = RuleSession.Create(typeof(YieldsNull));
        session.Insert(new Item("a"));

        var error = session.Invoking(s => s.Fire()).Should().Throw<RuleRhsExpressionEvaluationException>().Which;

        error.RuleName.Should().EndWith(nameof(YieldsNull));
        error.InnerException.Should().BeOfType<ArgumentNullException>().Which.Message.Should().Contain("linked fact must not be null").And.Contain("Yield");
    }

    [Fact]
    public void InsertingAFactNoRuleMatches_IsFine() =>
        Fire(typeof(InsertsUnmatched), new Item("a")).Should().Be(1);

    // ---- Rules built at run time ----

    [Fact]
    public void RuntimeRuleWithoutAName_IsRefusedByBuild() =>
        new RuleBuilder().Invoking(b => b.Build()).Should().Throw<InvalidOperationException>().WithMessage("A rule needs a name.");

    [Fact]
    public void RuntimeRuleWithoutAnAction_IsRefusedByBuild_NamingIt()
    {
        var builder = new RuleBuilder();
        builder.Name("runtime");
        builder.LeftHandSide().Pattern(typeof(Item), "item");

        builder.Invoking(b => b.Build()).Should().Throw<InvalidOperationException>().WithMessage("Rule 'runtime' has no action*");
    }

    [Fact]
    public void RuntimeConditionReadingAnUndeclaredName_FailsCompilation_NamingTheRuleAndTheName()
    {
        var builder = Runtime();
        builder.LeftHandSide().Pattern(typeof(Item), "item").Condition((Expression<Func<Item, Customer, bool>>)((item, customer) => item.Name == customer.Name));

        var act = () => new RuleCompiler().Compile([builder.Build()]);

        act.Should().Throw<RuleCompilationException>().WithMessage("*reads 'customer'*not declared*").Which.RuleName.Should().Be("runtime");
    }

    [Fact]
    public void RuntimeActionParameterOfTheWrongType_FailsCompilation_NamingBothTypes()
    {
        var builder = new RuleBuilder();
        builder.Name("runtime");
        builder.LeftHandSide().Pattern(typeof(Item), "item");
        builder.RightHandSide().Action((Expression<Action<IContext, Customer>>)((ctx, item) => Console.WriteLine(item)));

        var act = () => new RuleCompiler().Compile([builder.Build()]);

        act.Should().Throw<RuleCompilationException>().WithMessage("*'item' has type*Customer*declaration has type*Item*").Which.RuleName.Should().Be("runtime");
    }

    [Fact]
    public void RuntimeActionWithoutAContextParameter_IsRefusedWhereItIsAdded() =>
        new RuleBuilder().RightHandSide().Invoking(r => r.Action((Expression<Action<Item>>)(i => Console.WriteLine(i))))
            .Should().Throw<ArgumentException>().WithMessage("An action's first parameter must be IContext*");

    [Fact]
    public void RuntimeConditionNotReturningBool_IsRefusedWhereItIsAdded() =>
        Runtime().LeftHandSide().Pattern(typeof(Item), "item").Invoking(p => p.Condition((Expression<Func<Item, int>>)(i => i.Value)))
            .Should().Throw<ArgumentException>().WithMessage("A condition must return bool*");

    private static RuleBuilder Runtime()
    {
        var builder = new RuleBuilder();
        builder.Name("runtime");
        builder.RightHandSide().Action((Expression<Action<IContext>>)(ctx => ctx.Halt()));
        return builder;
    }

    private static Func<RuleRepository> Load(Type type) => () =>
    {
        var repository = new RuleRepository();
        repository.Load(x => x.From(type));
        return repository;
    };

    private static int Fire(Type type, params object[] facts)
    {
        var session = RuleSession.Create(type);
        session.InsertAll(facts);
        return session.Fire();
    }

    public sealed class DefineThrows : Rule
    {
        public override void Define() => throw new InvalidOperationException("oops in Define");
    }

    public sealed class NeedsService(Recorder recorder) : Rule
    {
        public override void Define()
        {
            Item item = null!;
            When().Match(() => item);
            Then().Do(ctx => recorder.Add("item"));
        }
    }

    public sealed class ConstructorThrows : Rule
    {
        public ConstructorThrows() => throw new InvalidOperationException("ctor boom");

        public override void Define()
        {
        }
    }

    public abstract class AbstractRule : Rule
    {
    }

    public sealed class GenericRule<T> : Rule
        where T : notnull
    {
        public override void Define()
        {
            T fact = default!;
            When().Match(() => fact);
            Then().Do(ctx => ctx.Halt());
        }
    }

    [Name("")]
    public sealed class EmptyName : OneItemRule
    {
    }

    [Name("   ")]
    public sealed class BlankName : OneItemRule
    {
    }

    public sealed class BlankNameInDefine : Rule
    {
        public override void Define()
        {
            Name(" ");
            Item item = null!;
            When().Match(() => item);
            Then().Do(ctx => ctx.Halt());
        }
    }

    public sealed class MemberOfAliasAsAlias : Rule
    {
        public override void Define()
        {
            Order order = null!;
            When()
                .Match(() => order)
                .Match(() => order.Customer, c => c.IsPreferred);
            Then().Do(ctx => ctx.Halt());
        }
    }

    public sealed class ConstantAlias : Rule
    {
        public override void Define()
        {
            When().Match<Item>(() => null!);
            Then().Do(ctx => ctx.Halt());
        }
    }

    public sealed class FieldAlias : Rule
    {
        private readonly Item _item = null!;

        public override void Define()
        {
            When().Match(() => _item, i => i.Value > 0);
            Then().Do(ctx => Console.WriteLine(_item.Name));
        }
    }

    public sealed class PropertyAlias : Rule
    {
        private Item Matched { get; } = null!;

        public override void Define()
        {
            When().Match(() => Matched, i => i.Value > 0);
            Then().Do(ctx => Console.WriteLine(Matched.Name));
        }
    }

    public sealed class NestedBlocks(Recorder recorder) : Rule
    {
        public override void Define()
        {
            Customer customer = null!;
            When().Match(() => customer);
            {
                // A local of a nested block lives in its own closure, which reaches the outer one through a field.
                Order order = null!;
                When().Match(() => order, o => o.Customer == customer);
                Then().Do(ctx => recorder.Add("fired", customer, order));
            }
        }
    }

    public sealed class CollectIntoList : Rule
    {
        public override void Define()
        {
            List<Item> items = null!;
            When().Query<IEnumerable<Item>>(() => items, q => q.Match<Item>().Collect());
            Then().Do(ctx => Console.WriteLine(items.Count));
        }
    }

    public sealed class MatchObjectIntoItem : Rule
    {
        public override void Define()
        {
            Item item = null!;
            When().Match<object>(() => item);
            Then().Do(ctx => Console.WriteLine(item.Name));
        }
    }

    public sealed class SameAliasTwice : Rule
    {
        public override void Define()
        {
            Item item = null!;
            When()
                .Match(() => item, i => i.Value == 1)
                .Match(() => item, i => i.Value == 2);
            Then().Do(ctx => Console.WriteLine(item));
        }
    }

    public sealed class ReadsLaterAlias : Rule
    {
        public override void Define()
        {
            Item a = null!;
            Item b = null!;
            When()
                .Match(() => a, x => x.Value == b.Value)
                .Match(() => b);
            Then().Do(ctx => ctx.Halt());
        }
    }

    public sealed class ActionBeforeWhen : Rule
    {
        public override void Define()
        {
            Item a = null!;
            Then().Do(ctx => Console.WriteLine(a.Name));
            When().Match(() => a);
        }
    }

    public sealed class NeverBoundLocal : Rule
    {
        public override void Define()
        {
            Item item = null!;
            Customer other = null!;
            When().Match(() => item, i => i.Name == other.Name);
            Then().Do(ctx => ctx.Halt());
        }
    }

    public sealed class OrCrossRead : Rule
    {
        public override void Define()
        {
            Item a = null!;
            Customer b = null!;
            When().Or(x => x
                .Match(() => a)
                .Match(() => b, c => c.Name == a.Name));
            Then().Do(ctx => ctx.Halt());
        }
    }

    public sealed class NoAction : Rule
    {
        public override void Define()
        {
            Item item = null!;
            When().Match(() => item);
            Then();
        }
    }

    public sealed class UndoOnly : Rule
    {
        public override void Define()
        {
            Item item = null!;
            When().Match(() => item);
            Then().Undo(ctx => ctx.Halt());
        }
    }

    public sealed class NullDo : Rule
    {
        public override void Define()
        {
            Item item = null!;
            When().Match(() => item);
            Then().Do(null!);
        }
    }

    public sealed class NullCondition : Rule
    {
        public override void Define()
        {
            Item item = null!;
            When().Match(() => item, null!);
            Then().Do(ctx => ctx.Halt());
        }
    }

    public sealed class HavingFirst : Rule
    {
        public override void Define()
        {
            When().Having(() => true);
            Then().Do(ctx => ctx.Halt());
        }
    }

    public sealed class QueryWithoutAggregate : Rule
    {
        public override void Define()
        {
            Item item = null!;
            When().Query(() => item, q => q.Match<Item>());
            Then().Do(ctx => ctx.Halt());
        }
    }

    [Name("Same")]
    public sealed class SameNameOne : OneItemRule
    {
    }

    [Name("Same")]
    public sealed class SameNameTwo : Rule
    {
        public override void Define()
        {
            Customer customer = null!;
            When().Match(() => customer);
            Then().Do(ctx => Console.WriteLine(customer));
        }
    }

    public sealed class GroupByThrows : Rule
    {
        public override void Define()
        {
            IGrouping<int, Item> group = null!;
            When().Query(() => group, q => q.Match<Item>().GroupBy(i => 10 / i.Value));
            Then().Do(ctx => ctx.Halt());
        }
    }

    public sealed class ActionThrows : Rule
    {
        public override void Define()
        {
            Item a = null!;
            When().Match(() => a);
            Then().Do(ctx => Boom(a));
        }

        private static void Boom(Item item) => throw new InvalidOperationException("action boom");
    }

    public sealed class InsertsNull : Rule
    {
        public override void Define()
        {
            Item item = null!;
            When().Match(() => item);
            Then().Do(ctx => ctx.Insert(null!));
        }
    }

    public sealed class YieldsNull : Rule
    {
        public override void Define()
        {
            Item item = null!;
            When().Match(() => item);
            Then().Yield(ctx => Nothing(item));
        }

        private static Notice Nothing(Item item) => null!;
    }

    public sealed class InsertsUnmatched : Rule
    {
        public override void Define()
        {
            Item item = null!;
            When().Match(() => item);
            Then().Do(ctx => ctx.Insert(new Notice(item.Name)));
        }
    }

    public abstract class OneItemRule : Rule
    {
        public override void Define()
        {
            Item item = null!;
            When().Match(() => item);
            Then().Do(ctx => Console.WriteLine(item));
        }
    }
}
