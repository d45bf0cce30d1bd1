using Intimacy.Core.Plans;
using Intimacy.Core.Profiles;
using Intimacy.Recommendations.Engine;
using Intimacy.Recommendations.Facts;
using Intimacy.Rules.Fluent.Dsl;

namespace Intimacy.Recommendations.Tests.Regressions;

/// <summary>An app rule that proposes an intervention missing from the catalog is named in the error, so its author can find it.</summary>
public class UnknownInterventionTests
{
    [Fact]
    public void ProposingAnInterventionNotInTheCatalog_NamesTheRuleAndTheId()
    {
        var engine = new RecommendationEngineBuilder().AddRules(typeof(ProposeNowhere)).Build();
        var profile = CoupleProfileBuilder.Create().WithPartnerA(40).Build();

        var act = () => engine.Recommend(profile);

        act.Should().Throw<InvalidOperationException>()
            .WithMessage("The rule 'App.ProposeNowhere' proposed the intervention 'intervention.nowhere', which is not in the catalog; register it with AddInterventions.");
    }

    /// <summary>Proposes an id no catalog has.</summary>
    [Name("App.ProposeNowhere")]
    public sealed class ProposeNowhere : InsertingRule
    {
        /// <inheritdoc />
        protected override IEnumerable<object> Facts() =>
            [new Candidate("intervention.nowhere", 50, ItemAudience.Couple, new Reason { RuleName = "App.ProposeNowhere", Text = "Nowhere." })];
    }
}
