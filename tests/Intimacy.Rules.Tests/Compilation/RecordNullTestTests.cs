using System.Linq.Expressions;
using Intimacy.Rules.Compilation;
using Intimacy.Rules.Fluent;
using Intimacy.Rules.Fluent.Dsl;

namespace Intimacy.Rules.Tests.Compilation;

/// <summary>
/// A rule condition's test of a record against null is compiled as a reference test where that gives the same answer (a
/// sealed record whose operator and <c>Equals</c> the compiler wrote), and keeps the record's operator otherwise.
/// </summary>
public class RecordNullTestTests
{
    [Fact]
    public void CompiledCondition_TestsACompilerWrittenRecordAgainstNullByReference()
    {
        Expression<Func<Holder, bool>> present = h => h.Inner != null;
        var condition = new CompiledExpression<Func<Holder, bool>>(present, [], present);

        var compiled = condition.ToCompile();

        ((BinaryExpression)present.Body).Method.Should().NotBeNull("the C# compiler writes the test as a call of the record's operator");
        compiled.Body.Should().BeAssignableTo<BinaryExpression>().Which.Method.Should().BeNull("a reference test calls no operator");
        condition.Delegate(new Holder(new Inner(1))).Should().BeTrue();
        condition.Delegate(new Holder(null)).Should().BeFalse();
    }

    [Fact]
    public void Rule_MatchesByTheRecordsOperator_WhenTheRecordWritesItsOwnEquals()
    {
        // EmptyIsNull's own Equals calls an empty value equal to null, so its != operator calls it absent.
        var repository = new RuleRepository();
        repository.Load(x => x.From(typeof(PresentValueRule)));
        var session = repository.Compile().CreateSession();
        session.Insert(new Box(new EmptyIsNull(0)));
        session.Insert(new Box(new EmptyIsNull(3)));
        session.Insert(new Box(null));

        var fired = session.Fire();

        fired.Should().Be(1);
    }

    public sealed record Inner(int Value);

    public sealed record Holder(Inner? Inner);

    public sealed record EmptyIsNull(int Value)
    {
        public bool Equals(EmptyIsNull? other) => other is null ? Value == 0 : Value == other.Value;

        public override int GetHashCode() => Value;
    }

    public sealed record Box(EmptyIsNull? Value);

    public sealed class PresentValueRule : Rule
    {
        public override void Define()
        {
            Box box = null!;
            When().Match(() => box, b => b.Value != null);
            Then().Do(ctx => GC.KeepAlive(box));
        }
    }
}
