using Intimacy.Core.Plans;
using Intimacy.Recommendations.Explanations;
using Intimacy.Recommendations.Facts;
using Intimacy.Recommendations.Planning;
using Intimacy.Recommendations.Safety;
using Intimacy.Rules.Fluent.Dsl;

namespace Intimacy.Recommendations.Rules.Gates;

/// <summary>
/// Base of the safety rules: each records one row of the safety table as a finding about the partner
/// whose answers trigger it. They read <see cref="SafetyGates"/> (constants, not options) and are tagged
/// <c>safety</c>, which cannot be switched off. The final veto enforces the row whatever rules did.
/// </summary>
public abstract class SafetyGateRule : Rule
{
    private FindingCode? _code;

    /// <summary>The row of the safety table this rule records.</summary>
    protected abstract SafetyGate Gate { get; }

    /// <summary>A short title for the finding.</summary>
    protected abstract string Title { get; }

    /// <summary>The sources behind the row.</summary>
    protected abstract IReadOnlyList<Citation> Sources { get; }

    /// <summary>The catalog barrier the row corresponds to, if any.</summary>
    protected virtual string? CatalogId => null;

    /// <inheritdoc />
    public override void Define()
    {
        _code ??= new FindingCode(SafetyGates.Id(Gate));

        // The condition and the action read the gates the engine worked out once for the evaluation (see CoupleGates).
        Respondent respondent = null!;

        When()
            .Match(() => respondent, r => r.Gates.For(Gate, r.Partner) != null);
        Then()
            .Do(ctx => ctx.Insert(GenuineGateFindings.Mark(Explain.PartnerFinding(
                ctx.Rule.Name, respondent, _code, FindingKind.Safety, Title,
                respondent.Gates.For(Gate, respondent.Partner)![0].Paths,
                Sources, Gate <= SafetyGate.SelfHarmRisk ? Indicator.Critical : Indicator.Warning, null, CatalogId))));
    }
}
