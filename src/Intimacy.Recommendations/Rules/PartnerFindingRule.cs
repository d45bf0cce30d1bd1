using Intimacy.Core.Plans;
using Intimacy.Recommendations.Explanations;
using Intimacy.Recommendations.Facts;
using Intimacy.Rules.Fluent.Dsl;
using Intimacy.Rules.RuleModel;

namespace Intimacy.Recommendations.Rules;

/// <summary>
/// Base of the rules that look at one partner's answers and record a finding about that partner:
/// a barrier shown, or a questionnaire score past its cut-off.
/// </summary>
public abstract class PartnerFindingRule : Rule
{
    private readonly FindingCache _findings = new();
    private string? _ruleName;

    /// <summary>What the finding is.</summary>
    protected abstract FindingCode Code { get; }

    /// <summary>What sort of finding it is.</summary>
    protected abstract FindingKind Kind { get; }

    /// <summary>A short title for the finding.</summary>
    protected abstract string Title { get; }

    /// <summary>The answers the rule reads.</summary>
    protected abstract InputSet Inputs { get; }

    /// <summary>The sources behind the finding.</summary>
    protected abstract IReadOnlyList<Citation> Sources { get; }

    /// <summary>How urgent the finding is.</summary>
    protected virtual Indicator Indicator => Indicator.Info;

    /// <summary>The catalog item observed, if any.</summary>
    protected virtual string? CatalogId => null;

    /// <inheritdoc />
    public override void Define()
    {
        Respondent respondent = null!;

        When()
            .Match(() => respondent, r => Applies(r, r.Thresholds));
        Then()
            .Do(ctx => Record(ctx, respondent));
    }

    private void Record(IContext context, Respondent respondent) =>
        // The name never changes; asking the context for it on every firing costs two interface calls.
        context.Insert(FindingFor(_ruleName ??= context.Rule.Name, respondent));

    private Finding FindingFor(string ruleName, Respondent respondent)
    {
        var (inputs, choice) = Establishing(respondent);
        if (_findings.TryGet(respondent.Thresholds, respondent.Partner, Privacy.Of(respondent.Profile, inputs), out var finding, choice))
        {
            return finding;
        }

        return _findings.Add(respondent.Thresholds, respondent.Partner, Explain.PartnerFinding(
            ruleName, respondent, Code, Kind, Title, inputs, Sources, Indicator, ThresholdText(respondent.Thresholds), CatalogId), choice);
    }

    /// <summary>
    /// The answers the finding rests on: by default all of <see cref="Inputs"/> (choice 0). A built-in rule whose finding
    /// some of its answers establish on their own rests it on those alone, numbering each such set (1 and up, below
    /// <see cref="FindingCache.Choices"/>) so that a finding resting on other answers is never reused for it.
    /// </summary>
    /// <param name="respondent">The partner the finding is about.</param>
    /// <returns>The answers, and the number of that choice.</returns>
    internal virtual (IReadOnlyList<string> Inputs, int Choice) Establishing(Respondent respondent) => (Inputs.For(respondent.Partner), 0);

    /// <summary>Whether the finding applies to this partner.</summary>
    /// <param name="respondent">The partner.</param>
    /// <param name="thresholds">The thresholds in force.</param>
    /// <returns>Whether it applies; unknown answers never make it apply.</returns>
    protected abstract bool Applies(Respondent respondent, Thresholds thresholds);

    /// <summary>The threshold crossed, in words, or null.</summary>
    /// <param name="thresholds">The thresholds in force.</param>
    /// <returns>The text.</returns>
    protected virtual string? ThresholdText(Thresholds thresholds) => null;
}
