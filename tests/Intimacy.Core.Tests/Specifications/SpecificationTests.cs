using System.Collections.Concurrent;
using System.Linq.Expressions;
using FsCheck;
using FsCheck.Fluent;
using Intimacy.Core.Specifications;

namespace Intimacy.Core.Tests.Specifications;

public class SpecificationTests
{
    private static readonly Specification<int> Even = new(n => n % 2 == 0, "even");
    private static readonly Specification<int> Positive = new(x => x > 0, "positive");

    [Fact]
    public void IsSatisfiedBy_ReturnsTheExpressionsVerdict()
    {
        Even.IsSatisfiedBy(4).Should().BeTrue();
        Even.IsSatisfiedBy(5).Should().BeFalse();
    }

    [Fact]
    public void Evaluate_KeepsMatchingItemsInOrder()
    {
        Even.Evaluate([5, 4, 3, 2, 8]).Should().Equal(4, 2, 8);
    }

    [Fact]
    public void Expression_FiltersAnIQueryable()
    {
        var query = Enumerable.Range(-3, 8).AsQueryable().Where(Even.And(Positive).Expression);

        query.Should().Equal(2, 4);
    }

    [Fact]
    public void EvaluateQueryable_AppliesTheExpressionToTheQuery()
    {
        var source = new[] { 1, 2, 3, 4 }.AsQueryable();

        var filtered = Even.Evaluate(source);

        filtered.Expression.ToString().Should().Contain("Where");
        filtered.Should().Equal(2, 4);
    }

    [Fact]
    public void WhereExtension_PrefersTheQueryableOverloadForQueries()
    {
        IQueryable<int> query = new[] { 1, 2, 3, 4 }.AsQueryable();

        var filtered = query.Where(Even);

        filtered.Should().BeAssignableTo<IQueryable<int>>();
        filtered.Should().Equal(2, 4);
        new List<int> { 1, 2 }.Where(Even).Should().Equal(2);
    }

    [Fact]
    public void Composition_MatchesBooleanLogic_ForEveryInteger()
    {
        var and = Even.And(Positive);
        var or = Even.Or(Positive);
        var not = Even.Not();

        Prop.ForAll<int>(n =>
                and.IsSatisfiedBy(n) == (n % 2 == 0 && n > 0)
                && or.IsSatisfiedBy(n) == (n % 2 == 0 || n > 0)
                && not.IsSatisfiedBy(n) == (n % 2 != 0))
            .Check(Config.QuickThrowOnFailure.WithMaxTest(300));
    }

    [Fact]
    public void Composition_BuildsOneLambdaWithOneParameterAndNoInvocation()
    {
        // The two specifications use different parameter names (n and x) on purpose.
        var combined = Even.And(Positive).Or(Even.Not()).Expression;

        var walker = new NodeCollector();
        walker.Visit(combined.Body);

        combined.Parameters.Should().ContainSingle();
        walker.Parameters.Should().OnlyContain(p => p == combined.Parameters[0]);
        walker.NodeTypes.Should().NotContain(ExpressionType.Invoke);
    }

    [Fact]
    public void Composition_NamesDescribeTheCombination()
    {
        Even.And(Positive).Name.Should().Be("(even) and (positive)");
        Even.Or(Positive).Not().Name.Should().Be("not ((even) or (positive))");
        Even.ToString().Should().Be("even");
    }

    [Fact]
    public void Name_DefaultsToTheExpressionText()
    {
        new Specification<int>(n => n > 3).Name.Should().Be("n => (n > 3)");
    }

    [Fact]
    public void Predicate_IsCompiledOnceAndReused()
    {
        var spec = new Specification<int>(n => n > 3);

        var first = spec.Predicate;
        spec.IsSatisfiedBy(5);

        spec.Predicate.Should().BeSameAs(first);
    }

    [Fact]
    public void Predicate_IsCompiledOnce_EvenUnderConcurrentFirstUse()
    {
        var spec = new Specification<int>(n => n > 3);
        var seen = new ConcurrentBag<Func<int, bool>>();

        Parallel.For(0, 64, _ => seen.Add(spec.Predicate));

        seen.Distinct().Should().ContainSingle();
    }

    [Fact]
    public void DerivedSpecification_ConfiguredInItsConstructor_CombinesItsCriteria()
    {
        var spec = new Between(3, 6);

        Enumerable.Range(0, 10).Where(spec).Should().Equal(3, 4, 5, 6);
        spec.Name.Should().Be("between 3 and 6");
    }

    [Fact]
    public void DerivedSpecification_WithoutCriteria_IsSatisfiedByEverything()
    {
        new Anything().IsSatisfiedBy(int.MinValue).Should().BeTrue();
    }

    [Fact]
    public void Where_AfterFirstUse_Throws()
    {
        var spec = new Between(1, 2);
        spec.IsSatisfiedBy(1);

        var act = () => spec.AddLate(n => n != 1);

        act.Should().Throw<InvalidOperationException>().WithMessage("*already been used*");
    }

    [Fact]
    public void Arguments_AreCheckedForNull()
    {
        FluentActions.Invoking(() => new Specification<int>(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => new Specification<int>(null!, "named")).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => Even.And(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => Even.Or(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => Even.Evaluate((IEnumerable<int>)null!)).Should().Throw<ArgumentNullException>();
    }

    private sealed class Between : Specification<int>
    {
        public Between(int low, int high)
            : base($"between {low} and {high}")
        {
            Where(n => n >= low);
            Where(n => n <= high);
        }

        public void AddLate(Expression<Func<int, bool>> criterion) => Where(criterion);
    }

    private sealed class Anything() : Specification<int>("anything");

    private sealed class NodeCollector : ExpressionVisitor
    {
        public List<ExpressionType> NodeTypes { get; } = [];

        public List<ParameterExpression> Parameters { get; } = [];

        public override Expression? Visit(Expression? node)
        {
            if (node is not null)
            {
                NodeTypes.Add(node.NodeType);
            }

            return base.Visit(node);
        }

        protected override Expression VisitParameter(ParameterExpression node)
        {
            Parameters.Add(node);
            return base.VisitParameter(node);
        }
    }
}
