using Intimacy.Core.Barriers;
using Intimacy.Core.Plans;
using Intimacy.Recommendations.Explanations;

namespace Intimacy.Recommendations.Rules;

/// <summary>Base of the rules that record a catalog barrier shown by one partner's answers.</summary>
public abstract class BarrierRule : PartnerFindingRule
{
    private FindingCode? _code;
    private IReadOnlyList<Citation>? _sources;

    /// <summary>The barrier this rule detects.</summary>
    protected abstract Barrier Barrier { get; }

    /// <inheritdoc />
    protected sealed override FindingCode Code => _code ??= new FindingCode(Barrier.Id);

    /// <inheritdoc />
    protected sealed override FindingKind Kind => FindingKind.Barrier;

    /// <inheritdoc />
    protected sealed override string Title => Barrier.Name;

    /// <inheritdoc />
    protected sealed override IReadOnlyList<Citation> Sources => _sources ??= Citations.Of(Barrier);

    /// <inheritdoc />
    protected sealed override string? CatalogId => Barrier.Id;
}
