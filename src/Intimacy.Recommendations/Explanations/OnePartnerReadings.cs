using System.Linq.Expressions;
using System.Reflection;
using Intimacy.Core.Profiles;
using Intimacy.Core.Specifications;

namespace Intimacy.Recommendations.Explanations;

/// <summary>
/// A specification about the couple read twice more, each time with one partner's answers left out, to tell
/// whether one partner's answers establish it on their own. Each reading is the specification's own expression
/// with every section of the left-out partner (<c>p.PartnerB.View</c> and the like) read as unanswered; that
/// partner's age, and whether they answered at all, stay as they are. Built and compiled once, when a rule first
/// needs them (the rule keeps them), so a reading costs an evaluation a delegate call and nothing else.
/// </summary>
/// <remarks>
/// A specification that reads the left-out partner some other way (hands the whole response to a method, say)
/// cannot be read without that partner's answers; for it both readings are missing and nothing is known to rest
/// on one partner alone.
/// </remarks>
internal sealed class OnePartnerReadings
{
    private static readonly PropertyInfo PartnerAProperty = typeof(CoupleProfile).GetProperty(nameof(CoupleProfile.PartnerA))!;
    private static readonly PropertyInfo PartnerBProperty = typeof(CoupleProfile).GetProperty(nameof(CoupleProfile.PartnerB))!;

    /// <summary>Builds and compiles both readings of <paramref name="specification"/>.</summary>
    public OnePartnerReadings(Specification<CoupleProfile> specification)
    {
        Specification = specification;
        var expression = specification.Expression;
        WithoutB = Without(specification.Name, expression, PartnerBProperty);
        WithoutA = Without(specification.Name, expression, PartnerAProperty);
    }

    /// <summary>The specification read.</summary>
    public Specification<CoupleProfile> Specification { get; }

    /// <summary>The specification with partner B's answers left out (partner A's alone), or null when it cannot be read so.</summary>
    public Func<CoupleProfile, bool>? WithoutB { get; }

    /// <summary>The specification with partner A's answers left out (partner B's alone), or null when it cannot be read so.</summary>
    public Func<CoupleProfile, bool>? WithoutA { get; }

    /// <summary>Whether one partner's answers alone satisfy the specification (partner A's in a one-respondent profile); false when that cannot be told.</summary>
    public bool HoldsOnAnswersOf(PartnerId partner, CoupleProfile profile) =>
        (partner == PartnerId.PartnerA ? WithoutB : WithoutA) is { } reading && reading(profile);

    private static Func<CoupleProfile, bool>? Without(string name, Expression<Func<CoupleProfile, bool>> expression, PropertyInfo leftOut)
    {
        var rewriter = new LeaveOut(expression.Parameters[0], leftOut);
        var body = rewriter.Visit(expression.Body);

        // Compiled as every specification is (Specification.Predicate), so the reading costs what the specification does.
        return rewriter.Unreadable
            ? null
            : new Specification<CoupleProfile>(Expression.Lambda<Func<CoupleProfile, bool>>(body, expression.Parameters), $"{name}, without {leftOut.Name}'s answers").Predicate;
    }

    /// <summary>Reads every section of one partner as unanswered; notes any other use of that partner's answers.</summary>
    private sealed class LeaveOut(ParameterExpression profile, PropertyInfo partner) : ExpressionVisitor
    {
        public bool Unreadable { get; private set; }

        protected override Expression VisitMember(MemberExpression node)
        {
            if (IsLeftOutPartner(node.Expression))
            {
                // p.Partner.Section: unanswered. The age is no answer to a question, and a value, so it stays.
                if (node.Member.Name == nameof(PartnerResponse.AgeYears))
                {
                    return node;
                }

                if (node.Type.IsValueType && Nullable.GetUnderlyingType(node.Type) is null)
                {
                    Unreadable = true;
                    return node;
                }

                return Expression.Constant(null, node.Type);
            }

            if (node.Expression == profile)
            {
                // The left-out partner reached here is used whole (handed on, or its methods called): it cannot be left out.
                Unreadable |= node.Member == partner;
                return node;
            }

            return base.VisitMember(node);
        }

        protected override Expression VisitBinary(BinaryExpression node)
        {
            // Whether the partner answered at all (p.PartnerB != null) is known to both partners and stays.
            if (node.NodeType is ExpressionType.Equal or ExpressionType.NotEqual
                && ((IsLeftOutPartner(node.Left) && IsNull(node.Right)) || (IsLeftOutPartner(node.Right) && IsNull(node.Left))))
            {
                return node;
            }

            return base.VisitBinary(node);
        }

        protected override Expression VisitParameter(ParameterExpression node)
        {
            // The profile used whole, as in p.Partner(PartnerId.PartnerB): the partner's answers may be read through it.
            Unreadable |= node == profile;
            return node;
        }

        private bool IsLeftOutPartner(Expression? expression) =>
            expression is MemberExpression { Expression: var owner, Member: var member } && owner == profile && member == partner;

        private static bool IsNull(Expression expression) => expression is ConstantExpression { Value: null };
    }
}
