using Intimacy.Core.Plans;
using Intimacy.Core.Profiles;
using Intimacy.Recommendations.Explanations;
using Intimacy.Recommendations.Facts;
using Intimacy.Rules.Fluent.Dsl;

namespace Intimacy.Recommendations.Rules.Dyadic;

/// <summary>
/// Base of the rules that compare the two partners' answers (a join of partner A with partner B)
/// and record a finding about the couple.
/// </summary>
public abstract class DyadicRule : Rule
{
    private readonly FindingCache _findings = new();

    /// <summary>What the finding is.</summary>
    protected abstract FindingCode Code { get; }

    /// <summary>A short title for the finding.</summary>
    protected abstract string Title { get; }

    /// <summary>The answers compared, for both partners.</summary>
    protected abstract InputSet Inputs { get; }

    /// <summary>The sources behind the comparison.</summary>
    protected abstract IReadOnlyList<Citation> Sources { get; }

    /// <summary>The catalog item observed, if any.</summary>
    protected virtual string? CatalogId => null;

    /// <inheritdoc />
    public override void Define()
    {
        Respondent a = null!;
        Respondent b = null!;

        When()
            .Match(() => a, r => r.Partner == PartnerId.PartnerA)
            .Match(() => b, r => r.Partner == PartnerId.PartnerB, r => Differ(a.Response, r.Response, r.Thresholds));
        Then()
            .Do(ctx => ctx.Insert(FindingFor(ctx.Rule.Name, a)));
    }

    private Finding FindingFor(string ruleName, Respondent a)
    {
        if (_findings.TryGet(a.Thresholds, null, Privacy.Of(a.Profile, Inputs.Both), out var finding))
        {
            return finding;
        }

        return _findings.Add(a.Thresholds, null, Explain.CoupleFinding(
            ruleName, a.Profile, Code, FindingKind.Dyadic, Title, Inputs.Both, Sources, Indicator.Info, ThresholdText(a.Thresholds), CatalogId));
    }

    /// <summary>Whether the partners' answers differ enough to record; unknown answers never do.</summary>
    /// <param name="a">Partner A's answers.</param>
    /// <param name="b">Partner B's answers.</param>
    /// <param name="thresholds">The thresholds in force.</param>
    /// <returns>Whether the finding applies.</returns>
    protected abstract bool Differ(PartnerResponse a, PartnerResponse b, Thresholds thresholds);

    /// <summary>The threshold involved, in words, or null.</summary>
    /// <param name="thresholds">The thresholds in force.</param>
    /// <returns>The text.</returns>
    protected virtual string? ThresholdText(Thresholds thresholds) => null;
}
