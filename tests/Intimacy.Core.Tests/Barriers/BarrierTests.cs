using Intimacy.Core.Barriers;
using Intimacy.Core.Dimensions;

namespace Intimacy.Core.Tests.Barriers;

public class BarrierTests
{
    public static TheoryData<string> SeedCauses =>
    [
        // domain-notes §1, by family
        "barrier.fear-of-rejection", "barrier.unresolved-resentment", "barrier.performance-anxiety", "barrier.body-image",
        "barrier.attachment-insecurity", "barrier.fear-of-engulfment-or-abandonment", "barrier.unresolved-trauma",
        "barrier.sexual-shame", "barrier.emotion-regulation-difficulty", "barrier.perfectionism-and-control",
        "barrier.communication-barriers", "barrier.hostile-interactions", "barrier.approval-based-self-worth",
        "barrier.lack-of-appreciation", "barrier.limited-physical-affection", "barrier.disconnected-lives",
        "barrier.trust-violation", "barrier.mismatched-desire",
        "barrier.depression", "barrier.anxiety",
        "barrier.medical-condition", "barrier.hormonal-change", "barrier.medication-side-effects", "barrier.chronic-illness",
        "barrier.disability", "barrier.ageing", "barrier.exhaustion",
        "barrier.long-work-hours", "barrier.caregiving", "barrier.social-commitments", "barrier.stress",
        "barrier.routine-and-boredom", "barrier.taking-for-granted",
    ];

    [Theory]
    [MemberData(nameof(SeedCauses))]
    public void EveryCauseTheSeedsName_IsABarrier(string id)
    {
        BuiltInBarriers.All.Should().Contain(b => b.Id == id);
    }

    [Fact]
    public void HealthBarriers_ClaimOnlyCausesTheirSourcesOrTheDomainNotesGive()
    {
        // [rekindle] names hormonal imbalance; the domain notes (§3) name menopause, postpartum and hormonal change.
        // Neither names low testosterone, thyroid disease, dryness or diabetes, so the catalog does not claim them.
        BuiltInBarriers.HormonalChange.Description.Should().ContainAll("birth", "menopause")
            .And.NotContainAny("testosterone", "thyroid", "dryness");
        BuiltInBarriers.MedicalCondition.Description.Should().NotContain("diabetes");
    }

    [Fact]
    public void AttachmentInsecurity_IsOneItem_CitingBothPlacesTheSeedsNameIt()
    {
        BuiltInBarriers.All.Where(b => b.Name.Contains("attachment", StringComparison.OrdinalIgnoreCase)).Should().ContainSingle();
        BuiltInBarriers.AttachmentInsecurity.Sources.Select(s => s.Source)
            .Should().Contain([BuiltInSources.TherapistGuide, BuiltInSources.RebuildEmotional]);
    }

    [Fact]
    public void EveryFamily_HasBarriers()
    {
        Enum.GetValues<BarrierFamily>().Should().OnlyContain(f => BuiltInBarriers.All.Any(b => b.Family == f));
    }

    [Fact]
    public void Constructor_ValidatesItsArguments()
    {
        var sources = new[] { BuiltInSources.Restore.At("x") };
        var dims = new[] { IntimacyDimension.Emotional };

        FluentActions.Invoking(() => new Barrier("sign.wrong", "n", "d", BarrierFamily.Health, dims, sources)).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => new Barrier("barrier.x", "", "d", BarrierFamily.Health, dims, sources)).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => new Barrier("barrier.x", "n", "d", BarrierFamily.Health, [], sources)).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => new Barrier("barrier.x", "n", "d", BarrierFamily.Health, dims, [])).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => new Barrier("barrier.x", "n", "d", (BarrierFamily)42, dims, sources)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => new Barrier("barrier.x", "n", "d", BarrierFamily.Health, [null!], sources)).Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Constructor_CopiesCollections_SoTheBarrierStaysImmutable()
    {
        var dims = new List<IntimacyDimension> { IntimacyDimension.Emotional };
        var barrier = new Barrier("barrier.x", "n", "d", BarrierFamily.Health, dims, [BuiltInSources.Restore.At("x")]);

        dims.Add(IntimacyDimension.Sexual);

        barrier.Dimensions.Should().Equal(IntimacyDimension.Emotional);
        barrier.Dimensions.Should().NotBeAssignableTo<List<IntimacyDimension>>();
    }
}
