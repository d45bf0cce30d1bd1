using Intimacy.Core.Plans;
using Intimacy.Recommendations.Explanations;
using Intimacy.Recommendations.Facts;
using Intimacy.Recommendations.Options;
using Intimacy.Rules.Fluent.Dsl;
using static Intimacy.Core.Sources.Sources;

namespace Intimacy.Recommendations.Rules.Dyadic;

/// <summary>
/// One partner is leaning out while the other is not known to be: a mixed-agenda couple. Rests on
/// a private answer, so only that partner and a clinician see it.
/// </summary>
[Name("Detect.Dyadic.OnePartnerLeaningOut")]
[Description("One partner is thinking of ending the relationship and the other is not known to be: the couple's agendas are mixed.")]
[Tag(RuleTags.Detection)]
[Tag(RuleTags.Dyadic)]
[Priority(RulePriorities.Dyadic)]
public sealed class OnePartnerLeaningOutRule : Rule
{
    private static readonly FindingCode Code = new("dyadic.one-partner-leaning-out");
    private static readonly InputSet Answers = new("commitment.leaningOut");
    private static readonly IReadOnlyList<Citation> Cited = Citations.Of(DohertyHarris2017.At("Mixed-agenda couples and discernment counselling"));

    /// <inheritdoc />
    public override void Define()
    {
        Respondent leaning = null!;

        When()
            .Match(() => leaning, r => r.Response.Commitment != null && r.Response.Commitment.LeaningOut == true)
            .Not<Respondent>(o => o.Partner != leaning.Partner && o.Response.Commitment != null && o.Response.Commitment.LeaningOut == true);
        Then()
            .Do(ctx => ctx.Insert(Explain.PartnerFinding(
                ctx.Rule.Name, leaning, Code, FindingKind.Dyadic, "One partner is leaning out of the relationship",
                Answers.For(leaning.Partner), Cited, Indicator.Warning, null, Intimacy.Core.Barriers.Barriers.LeaningOut.Id)));
    }
}
