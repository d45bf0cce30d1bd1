using Intimacy.Core.Plans;
using Intimacy.Core.Profiles;
using Intimacy.Core.WarningSigns;
using Intimacy.Recommendations.Explanations;
using Intimacy.Recommendations.Facts;
using Intimacy.Rules.Fluent.Dsl;

namespace Intimacy.Recommendations.Rules;

/// <summary>
/// Base of the rules that detect a catalog warning sign with the sign's own specification and record
/// it as a finding about the couple.
/// </summary>
public abstract class WarningSignRule : Rule
{
    private FindingCode? _code;
    private IReadOnlyList<Citation>? _citations;
    private readonly FindingCache _findings = new();

    /// <summary>The sign this rule detects.</summary>
    protected abstract WarningSign Sign { get; }

    /// <summary>The answers the sign's specification reads, for both partners.</summary>
    protected abstract InputSet Inputs { get; }

    /// <inheritdoc />
    public override void Define()
    {
        _code ??= new FindingCode(Sign.Id);
        _citations ??= Citations.Of(Sign);
        Couple couple = null!;

        When()
            .Match(() => couple, c => IsPresent(c.Profile, c.Thresholds));
        Then()
            .Do(ctx => ctx.Insert(FindingFor(ctx.Rule.Name, couple)));
    }

    private Finding FindingFor(string ruleName, Couple couple)
    {
        if (_findings.TryGet(couple.Thresholds, null, Privacy.Of(couple.Profile, Inputs.Both), out var finding))
        {
            return finding;
        }

        return _findings.Add(couple.Thresholds, Explain.CoupleFinding(
            ruleName, couple.Profile, _code!, FindingKind.WarningSign, Sign.Name, Inputs.Both, _citations!,
            Sign.IndicatesProfessionalHelp ? Indicator.Warning : Indicator.Info, ThresholdText(couple.Thresholds), Sign.Id));
    }

    /// <summary>Whether the sign is present; by default the catalog specification decides.</summary>
    /// <param name="profile">The profile.</param>
    /// <param name="thresholds">The thresholds in force.</param>
    /// <returns>Whether the sign is present.</returns>
    protected virtual bool IsPresent(CoupleProfile profile, Thresholds thresholds) => Sign.IsPresentIn(profile);

    /// <summary>The threshold the sign depends on, in words, or null.</summary>
    /// <param name="thresholds">The thresholds in force.</param>
    /// <returns>The text.</returns>
    protected virtual string? ThresholdText(Thresholds thresholds) => null;
}
