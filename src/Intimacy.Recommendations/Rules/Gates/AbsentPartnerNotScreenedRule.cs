using Intimacy.Core.Plans;
using Intimacy.Core.Profiles;
using Intimacy.Recommendations.Explanations;
using Intimacy.Recommendations.Options;
using Intimacy.Recommendations.Planning;
using Intimacy.Recommendations.Safety;
using Intimacy.Rules.Fluent.Dsl;
using static Intimacy.Core.Sources.Sources;

namespace Intimacy.Recommendations.Rules.Gates;

/// <summary>Safety table row 6 for a partner who did not answer at all: that partner has not been screened.</summary>
[Name("Safety.AbsentPartnerNotScreened")]
[Description("Only one partner answered, so the other has not been screened for safety; a private screening comes before joint professional help.")]
[Tag(RuleTags.Safety)]
[Tag(RuleTags.Detection)]
[Priority(RulePriorities.Safety)]
public sealed class AbsentPartnerNotScreenedRule : Rule
{
    private static readonly FindingCode Code = new(SafetyGates.Id(SafetyGate.SafetyNotScreened));
    private static readonly IReadOnlyList<string> Inputs = ["$.partnerB"];
    private static readonly IReadOnlyList<Citation> Cited = Citations.Of(StithMcCollumRosen2011.At("Screen each partner separately before conjoint work"));

    /// <inheritdoc />
    public override void Define()
    {
        CoupleProfile profile = null!;

        When()
            .Match(() => profile, p => p.PartnerB == null);
        Then()
            .Do(ctx => ctx.Insert(GenuineGateFindings.Mark(new Finding
            {
                Id = Code.IdFor(PartnerId.PartnerB),
                Code = Code.Code,
                Kind = FindingKind.Safety,
                Title = "Safety not yet screened",
                Subject = PartnerId.PartnerB,
                Indicator = Indicator.Warning,
                RuleName = ctx.Rule.Name,
                InputPaths = Inputs,
                Sources = Cited,
                Disclosure = Disclosure.Shared,
            })));
    }
}
