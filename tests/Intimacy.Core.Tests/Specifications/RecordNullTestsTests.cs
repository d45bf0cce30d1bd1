using System.Linq.Expressions;
using Intimacy.Core.Profiles;
using Intimacy.Core.Specifications;
using Intimacy.Shared;

namespace Intimacy.Core.Tests.Specifications;

public class RecordNullTestsTests
{
    [Fact]
    public void Rewrite_TurnsACompilerWrittenRecordNullTestIntoAReferenceTest()
    {
        Expression<Func<CoupleProfile, bool>> answered = p => p.PartnerB != null && p.PartnerA.Safety == null;

        var rewritten = RecordNullTests.Rewrite(answered);

        OperatorCalls(rewritten).Should().BeEmpty("both tests are on sealed records whose == and Equals the compiler wrote");
        OperatorCalls(answered).Should().HaveCount(2);
        var compiled = rewritten.Compile();
        var both = new CoupleProfile { PartnerA = new PartnerResponse { AgeYears = 40 }, PartnerB = new PartnerResponse { AgeYears = 40 } };
        compiled(both).Should().BeTrue();
        compiled(both with { PartnerB = null }).Should().BeFalse();
        compiled(both with { PartnerA = new PartnerResponse { AgeYears = 40, Safety = new SafetyScreen() } }).Should().BeFalse();
    }

    [Fact]
    public void Rewrite_LeavesARecordWithItsOwnEqualsAsWritten()
    {
        // This record's own Equals calls an empty value equal to null, so its == operator does too.
        Expression<Func<EmptyIsNull, bool>> present = r => r != null;

        var rewritten = RecordNullTests.Rewrite(present);

        rewritten.Should().BeSameAs(present);
        rewritten.Compile()(new EmptyIsNull(0)).Should().BeFalse();
        rewritten.Compile()(new EmptyIsNull(1)).Should().BeTrue();
    }

    [Fact]
    public void Rewrite_LeavesAClassWithItsOwnOperatorAndAnOpenRecordAsWritten()
    {
        Expression<Func<Handwritten, bool>> handwritten = h => h == null;
        Expression<Func<OpenRecord, bool>> open = r => r != null;

        RecordNullTests.Rewrite(handwritten).Should().BeSameAs(handwritten);
        RecordNullTests.Rewrite(open).Should().BeSameAs(open);
        handwritten.Compile()(new Handwritten(0)).Should().BeTrue();
    }

    [Fact]
    public void Specification_GivesTheOperatorsAnswer_ForARecordWithItsOwnEquals()
    {
        var present = new Specification<EmptyIsNull>(r => r != null, "present");

        present.IsSatisfiedBy(new EmptyIsNull(0)).Should().BeFalse();
        present.IsSatisfiedBy(new EmptyIsNull(2)).Should().BeTrue();
    }

    private static List<BinaryExpression> OperatorCalls(Expression expression)
    {
        var finder = new OperatorFinder();
        finder.Visit(expression);
        return finder.Found;
    }

    private sealed class OperatorFinder : ExpressionVisitor
    {
        public List<BinaryExpression> Found { get; } = [];

        protected override Expression VisitBinary(BinaryExpression node)
        {
            if (node.Method is not null)
            {
                Found.Add(node);
            }

            return base.VisitBinary(node);
        }
    }

    public sealed record EmptyIsNull(int Value)
    {
        public bool Equals(EmptyIsNull? other) => other is null ? Value == 0 : Value == other.Value;

        public override int GetHashCode() => Value;
    }

    public record OpenRecord(int Value);

    public sealed class Handwritten(int value)
    {
        public int Value { get; } = value;

        public static bool operator ==(Handwritten? left, Handwritten? right) =>
            left is null || right is null ? (left?.Value ?? 0) == (right?.Value ?? 0) : left.Value == right.Value;

        public static bool operator !=(Handwritten? left, Handwritten? right) => !(left == right);

        public override bool Equals(object? obj) => obj is Handwritten other && other.Value == Value;

        public override int GetHashCode() => Value;
    }
}
