using Intimacy.Core.Profiles;
using Intimacy.Recommendations.Engine;

namespace Intimacy.Recommendations.Tests.Coverage;

/// <summary><see cref="RecommendationEngineBuilder.ExcludeRules"/>: leaves named built-in rules out, never safety rules.</summary>
public class ExcludeRulesTests
{
    [Fact]
    public void AnExcludedRule_IsNotCompiled_AndNoLongerFires()
    {
        var full = RecommendationEngine.CreateDefault();
        var without = new RecommendationEngineBuilder().ExcludeRules("Detect.Sign.ParallelLives").Build();
        var profile = CoupleProfileBuilder.Create().WithPartnerA(30, a => a.View(v => v with { FeelsLikeRoommates = true })).Build();

        without.Rules.Should().NotContain(r => r.Name == "Detect.Sign.ParallelLives");
        without.Rules.Should().HaveCount(full.Rules.Count - 1);
        without.RuleSetHash.Should().NotBe(full.RuleSetHash);
        full.Recommend(profile).Findings.Should().Contain(f => f.RuleName == "Detect.Sign.ParallelLives");
        without.Recommend(profile).Findings.Should().NotContain(f => f.RuleName == "Detect.Sign.ParallelLives");
    }

    [Fact]
    public void SafetyRules_CannotBeExcluded()
    {
        var act = () => new RecommendationEngineBuilder().ExcludeRules("Safety.ViolenceOrCoercion").Build();

        act.Should().Throw<ArgumentException>().WithMessage("*Safety.ViolenceOrCoercion*cannot be excluded*");
    }

    [Fact]
    public void UnknownNames_AreRejected_SoATypoCannotPassUnnoticed()
    {
        var act = () => new RecommendationEngineBuilder().ExcludeRules("Recommend.Novelty", "Recommend.Noveltty").Build();

        act.Should().Throw<ArgumentException>().WithMessage("*Recommend.Noveltty*").Which.Message.Should().NotContain("Recommend.Novelty,");
    }

    [Fact]
    public void AppRules_CannotBeExcluded_ByThisOption()
    {
        var act = () => new RecommendationEngineBuilder().AddRules(typeof(Properties.HostileRule)).ExcludeRules("App.Hostile.UndoSafety").Build();

        act.Should().Throw<ArgumentException>().WithMessage("*App.Hostile.UndoSafety*");
    }

    [Fact]
    public void NullOrBlankNames_AreRejected()
    {
        var builder = new RecommendationEngineBuilder();

        builder.Invoking(b => b.ExcludeRules(null!)).Should().Throw<ArgumentNullException>();
        builder.Invoking(b => b.ExcludeRules(" ")).Should().Throw<ArgumentException>();
    }
}
