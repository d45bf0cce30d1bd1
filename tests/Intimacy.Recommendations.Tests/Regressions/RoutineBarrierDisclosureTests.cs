using Intimacy.Core.Plans;
using Intimacy.Core.Profiles;
using Intimacy.Core.Serialization;
using Intimacy.Recommendations.Engine;
using Intimacy.Recommendations.Tests.Scenarios;

namespace Intimacy.Recommendations.Tests.Regressions;

/// <summary>
/// Found by the property that a view shows what its own answers establish: the routine-and-boredom barrier
/// is shown by feeling stuck in routine (life section) or by little novelty (the partner's view of the
/// relationship), each on its own, but the finding cited both answers, so a partner who shared the first and
/// kept the second private lost the barrier from the couple's view, and from the other partner's.
/// </summary>
public class RoutineBarrierDisclosureTests
{
    private static readonly RecommendationEngine Engine = RecommendationEngine.CreateDefault();

    private const string Id = "barrier.routine-and-boredom:partnerA";

    [Theory]
    [InlineData(Frequency.Never)]
    [InlineData(Frequency.Often)]
    [InlineData(null)]
    public void FeelingStuckInRoutine_Shared_ShowsTheBarrierToTheCouple_WhateverTheNoveltyAnsweredInPrivate(Frequency? novelty)
    {
        var plan = Engine.Recommend(Profile(Visibility.Shared, Visibility.Private, novelty));

        plan.ForAudience(Audience.Couple).Findings.Should().ContainSingle(f => f.Id == Id)
            .Which.InputPaths.Should().Equal("$.partnerA.life.stuckInRoutine");
        PlanJson.Serialize(plan.ForAudience(Audience.PartnerB)).Should().Be(
            PlanJson.Serialize(Engine.Recommend(Profile(Visibility.Shared, Visibility.Private, Frequency.Sometimes)).ForAudience(Audience.PartnerB)),
            "partner B's view may not depend on what partner A answered in private");
    }

    [Fact]
    public void WhenBothAnswersShowTheBarrier_ItRestsOnTheOneMorePeopleMaySee()
    {
        var plan = Engine.Recommend(Profile(Visibility.Private, Visibility.Shared, Frequency.Never));

        plan.ForAudience(Audience.Couple).Findings.Should().ContainSingle(f => f.Id == Id)
            .Which.InputPaths.Should().Equal("$.partnerA.view.novelty");
    }

    [Fact]
    public void WhenBothAnswersShowTheBarrier_AndAreSeenAlike_ItRestsOnBoth()
    {
        var plan = Engine.Recommend(Profile(Visibility.Shared, Visibility.Shared, Frequency.Rarely));

        plan.Findings.Should().ContainSingle(f => f.Id == Id)
            .Which.InputPaths.Should().Equal("$.partnerA.life.stuckInRoutine", "$.partnerA.view.novelty");
    }

    private static CoupleProfile Profile(Visibility life, Visibility view, Frequency? novelty) => Couples.Both(a => a
        .Life(l => l with { Visibility = life, StuckInRoutine = true })
        .View(v => v with { Visibility = view, Novelty = novelty }));
}
