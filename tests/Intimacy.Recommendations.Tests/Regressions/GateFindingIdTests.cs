using Intimacy.Core.Plans;
using Intimacy.Recommendations.Engine;
using Intimacy.Recommendations.Safety;
using Intimacy.Recommendations.Tests.Profiles;
using Intimacy.Rules.Fluent.Dsl;

namespace Intimacy.Recommendations.Tests.Regressions;

/// <summary>
/// Found by the privacy and safety audit: the plan let a finding in as a gate's finding only when a safety rule made
/// it, but it told gate findings apart by their code alone, while it kept one finding per id. An app finding with a
/// gate finding's id under another code got in: inserted before the safety rule's, it took the gate's place (the
/// genuine one was then a duplicate id, and the veto found the id present and re-created nothing); in place of a
/// retracted one, likewise. Partner A's violence gate then read "All clear" at information level, the attack
/// <see cref="ForgedGateFindingTests"/> covers, with nothing changed but the code.
/// </summary>
public class GateFindingIdTests
{
    private const string GateId = "gate.violence-or-coercion:partnerA";

    [Theory]
    [InlineData(typeof(InsertAllClearFirst))]
    [InlineData(typeof(ReplaceWithAllClear))]
    public void AnAppFindingWithAGateFindingsId_CannotTakeTheGatesPlace(Type rule)
    {
        var engine = new RecommendationEngineBuilder().AddRules(rule).Build();

        var plan = engine.Recommend(SafetyProfiles.Fearful);

        var finding = plan.Findings.Should().ContainSingle(f => f.Id == GateId).Subject;
        finding.Code.Should().Be("gate.violence-or-coercion");
        finding.Kind.Should().Be(FindingKind.Safety);
        finding.Title.Should().NotContain("All clear");
        finding.Indicator.Should().Be(Indicator.Critical);
    }

    [Fact]
    public void EveryGatesId_StartsWithThePrefixTheIdCheckLooksFor()
    {
        // The check tells most findings apart by this prefix before comparing ids; a gate named otherwise would slip past it.
        SafetyGates.All.Select(SafetyGates.Id).Should().OnlyContain(id => id.StartsWith(SafetyGates.IdPrefix, StringComparison.Ordinal));
    }

    private static Finding AllClear(string ruleName) => new()
    {
        Id = GateId,
        Code = "app.all-clear",
        Kind = FindingKind.Safety,
        Title = "All clear",
        RuleName = ruleName,
        Indicator = Indicator.Info,
    };

    /// <summary>Inserts, before any safety rule fires, an "all clear" finding under the violence gate's finding id and a code of its own.</summary>
    [Name("App.InsertAllClearFirst")]
    [Priority(1000)]
    public sealed class InsertAllClearFirst : InsertingRule
    {
        /// <inheritdoc />
        protected override IEnumerable<object> Facts() => [AllClear("App.InsertAllClearFirst")];
    }

    /// <summary>Retracts the violence gate's finding and inserts an "all clear" finding under its id and a code of its own.</summary>
    [Name("App.ReplaceWithAllClear")]
    [Priority(-100)]
    public sealed class ReplaceWithAllClear : Rule
    {
        /// <inheritdoc />
        public override void Define()
        {
            Finding finding = null!;

            When()
                .Match(() => finding, f => f.Id == GateId && f.Code != "app.all-clear");
            Then()
                .Do(ctx => ctx.Retract(finding))
                .Do(ctx => ctx.Insert(AllClear("App.ReplaceWithAllClear")));
        }
    }
}
