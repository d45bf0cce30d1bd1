using System.Linq.Expressions;
using Intimacy.Core.Profiles;

namespace Intimacy.Core.Specifications;

/// <summary>
/// Lifts conditions on one <see cref="PartnerResponse"/> to conditions on a whole
/// <see cref="CoupleProfile"/>, as single expression trees (no delegate invocation), so the
/// results stay usable on <see cref="IQueryable{T}"/>.
/// </summary>
/// <remarks>
/// Partner B may be missing (a one-respondent profile); lifted conditions then look at partner A
/// only, and never treat the missing partner as evidence either way.
/// </remarks>
internal static class PartnerConditions
{
    private static readonly Expression<Func<CoupleProfile, PartnerResponse>> SelectA = p => p.PartnerA;
    private static readonly Expression<Func<CoupleProfile, PartnerResponse>> SelectB = p => p.PartnerB!;

    /// <summary>True when partner A, or a present partner B, meets <paramref name="condition"/>.</summary>
    public static Expression<Func<CoupleProfile, bool>> AnyPartner(Expression<Func<PartnerResponse, bool>> condition)
    {
        var forA = ExpressionCombiner.Compose(SelectA, condition);
        var forB = WhenBPresent(ExpressionCombiner.Compose(SelectB, condition));
        return ExpressionCombiner.OrElse(forA, forB);
    }

    /// <summary>
    /// True when one partner meets <paramref name="first"/> and the other meets
    /// <paramref name="second"/>, in either order. Needs both partners.
    /// </summary>
    public static Expression<Func<CoupleProfile, bool>> OnePartnerEachWay(
        Expression<Func<PartnerResponse, bool>> first,
        Expression<Func<PartnerResponse, bool>> second)
    {
        var aThenB = ExpressionCombiner.AndAlso(ExpressionCombiner.Compose(SelectA, first), ExpressionCombiner.Compose(SelectB, second));
        var bThenA = ExpressionCombiner.AndAlso(ExpressionCombiner.Compose(SelectB, first), ExpressionCombiner.Compose(SelectA, second));
        return WhenBPresent(ExpressionCombiner.OrElse(aThenB, bThenA));
    }

    private static Expression<Func<CoupleProfile, bool>> WhenBPresent(Expression<Func<CoupleProfile, bool>> condition)
        => ExpressionCombiner.AndAlso(p => p.PartnerB != null, condition);
}
