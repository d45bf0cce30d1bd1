using Intimacy.Core.Catalog;
using Intimacy.Core.Profiles;
using Intimacy.Core.WarningSigns;
using static Intimacy.Core.Tests.WarningSigns.TestProfiles;

namespace Intimacy.Core.Tests.WarningSigns;

public class WarningSignDetectionTests
{
    /// <summary>For each sign: answers of one partner that show it, and known answers that do not.</summary>
    private static readonly Dictionary<string, (Action<IPartnerResponseBuilder> Shows, Action<IPartnerResponseBuilder> DoesNotShow)> Cases = new()
    {
        ["sign.sexless-relationship"] = (
            p => p.View(v => v with { SexPerYear = 6, SexFrequencyFeeling = SexFrequencyFeeling.WantsMore }),
            p => p.View(v => v with { SexPerYear = 6, SexFrequencyFeeling = SexFrequencyFeeling.Content, Satisfaction = new DimensionSatisfaction { Sexual = 4 } })),
        ["sign.little-affection"] = (
            p => p.View(v => v with { Affection = Frequency.Rarely }),
            p => p.View(v => v with { Affection = Frequency.Often })),
        ["sign.avoidance-of-closeness"] = (
            p => p.View(v => v with { AvoidsPhysicalCloseness = true }),
            p => p.View(v => v with { AvoidsPhysicalCloseness = false })),
        ["sign.parallel-lives"] = (
            p => p.View(v => v with { FeelsLikeRoommates = true }),
            p => p.View(v => v with { FeelsLikeRoommates = false })),
        ["sign.difficulty-talking-about-sex"] = (
            p => p.View(v => v with { EaseTalkingAboutSex = 2 }),
            p => p.View(v => v with { EaseTalkingAboutSex = 3 })),
        ["sign.persistent-emotional-distance"] = (
            p => p.View(v => v with { DistanceMonths = 6 }),
            p => p.View(v => v with { DistanceMonths = 5 })),
        ["sign.unresolved-conflict"] = (
            p => p.View(v => v with { ConflictFrequency = Frequency.Sometimes, ConflictsResolved = Frequency.Rarely }),
            p => p.View(v => v with { ConflictFrequency = Frequency.Often, ConflictsResolved = Frequency.Often })),
        ["sign.difficulty-expressing-feelings"] = (
            p => p.View(v => v with { EaseTalkingAboutFeelings = 1 }),
            p => p.View(v => v with { EaseTalkingAboutFeelings = 3 })),
        ["sign.feeling-emotionally-unsafe"] = (
            p => p.View(v => v with { FeelsEmotionallySafe = false }),
            p => p.View(v => v with { FeelsEmotionallySafe = true })),
        ["sign.avoiding-meaningful-conversations"] = (
            p => p.View(v => v with { AvoidsMeaningfulConversations = true }),
            p => p.View(v => v with { AvoidsMeaningfulConversations = false })),
        ["sign.feeling-misunderstood"] = (
            p => p.View(v => v with { FeelsMisunderstood = true }),
            p => p.View(v => v with { FeelsMisunderstood = false })),
        ["sign.worsening-connection"] = (
            p => p.View(v => v with { Trend = Trend.Worsening }),
            p => p.View(v => v with { Trend = Trend.Stable })),
        ["sign.self-help-not-working"] = (
            p => p.History(h => h with { SelfHelpTried = true, SelfHelpWeeks = 8, SelfHelpOutcome = SelfHelpOutcome.NoChange }),
            p => p.History(h => h with { SelfHelpTried = true, SelfHelpWeeks = 8, SelfHelpOutcome = SelfHelpOutcome.Improved })),
        ["sign.emotional-withholding"] = (
            p => p.View(v => v with { WithholdsFeelings = true }),
            p => p.View(v => v with { WithholdsFeelings = false })),
        ["sign.fewer-shared-activities"] = (
            p => p.View(v => v with { SharedActivities = Frequency.Never }),
            p => p.View(v => v with { SharedActivities = Frequency.Sometimes })),
        ["sign.communication-breakdown"] = (
            p => p.View(v => v with { FeelsMisunderstood = true, ConflictFrequency = Frequency.VeryOften }),
            p => p.View(v => v with { FeelsMisunderstood = true, ConflictFrequency = Frequency.Rarely, AvoidsMeaningfulConversations = false })),
        ["sign.four-horsemen"] = (
            p => p.View(v => v with { Contempt = Frequency.Sometimes }),
            p => p.View(v => v with { Contempt = Frequency.Rarely, Criticism = Frequency.Sometimes, Defensiveness = Frequency.Sometimes, Stonewalling = Frequency.Rarely })),
    };

    public static TheoryData<string> SingleRespondentSigns => [.. Cases.Keys];

    public static TheoryData<string> AllSigns => [.. BuiltInSigns.All.Select(s => s.Id)];

    private static WarningSign Sign(string id) => IntimacyCatalog.Default.GetWarningSign(id);

    [Fact]
    public void EverySign_HasDetectionCases()
    {
        Cases.Keys.Append("sign.pursue-withdraw-cycle").Should().BeEquivalentTo(BuiltInSigns.All.Select(s => s.Id));
    }

    [Theory]
    [MemberData(nameof(SingleRespondentSigns))]
    public void Sign_IsDetected_FromAOneRespondentProfile(string id)
    {
        Sign(id).IsPresentIn(One(Cases[id].Shows)).Should().BeTrue();
    }

    [Theory]
    [MemberData(nameof(SingleRespondentSigns))]
    public void Sign_IsDetected_WhenOnlyPartnerBShowsIt(string id)
    {
        Sign(id).IsPresentIn(Two(Nothing, Cases[id].Shows)).Should().BeTrue();
    }

    [Theory]
    [MemberData(nameof(SingleRespondentSigns))]
    public void Sign_IsNotDetected_FromKnownContraryAnswers(string id)
    {
        Sign(id).IsPresentIn(Two(Cases[id].DoesNotShow, Cases[id].DoesNotShow)).Should().BeFalse();
    }

    [Theory]
    [MemberData(nameof(AllSigns))]
    public void Sign_IsNotDetected_FromUnknownAnswers(string id)
    {
        Sign(id).IsPresentIn(Unknown()).Should().BeFalse("a missing section is not evidence");
        Sign(id).IsPresentIn(EmptySections()).Should().BeFalse("a null answer is not evidence");
        Sign(id).IsPresentIn(One(Nothing)).Should().BeFalse("a one-respondent profile with no answers shows nothing");
    }

    [Theory]
    [MemberData(nameof(AllSigns))]
    public void Detection_WorksThroughIQueryable(string id)
    {
        var sign = Sign(id);
        var profiles = new[] { Unknown(), EmptySections() }.AsQueryable();

        profiles.Where(sign.Detection.Expression).Should().BeEmpty();
    }

    [Fact]
    public void SexlessRelationship_IsNotASign_ForACoupleContentWithLittleSex()
    {
        var content = Two(
            p => p.View(v => v with { SexPerYear = 2, SexFrequencyFeeling = SexFrequencyFeeling.Content }),
            p => p.View(v => v with { SexPerYear = 3, SexFrequencyFeeling = SexFrequencyFeeling.Content }));

        BuiltInSigns.SexlessRelationship.IsPresentIn(content).Should().BeFalse();
    }

    [Fact]
    public void SexlessRelationship_CountsTheOtherPartnersUnhappiness()
    {
        var profile = Two(
            p => p.View(v => v with { SexPerYear = 4, SexFrequencyFeeling = SexFrequencyFeeling.Content }),
            p => p.View(v => v with { Satisfaction = new DimensionSatisfaction { Sexual = 2 } }));

        BuiltInSigns.SexlessRelationship.IsPresentIn(profile).Should().BeTrue();
    }

    [Fact]
    public void SexlessRelationship_IsNotASign_WhenTheDissatisfiedPartnerWantsLessSex()
    {
        // Low satisfaction from a partner who wants less is not unhappiness with rare sex; nobody wants more.
        var wantsLess = Two(
            p => p.View(v => v with { SexPerYear = 4, SexFrequencyFeeling = SexFrequencyFeeling.WantsLess, Satisfaction = new DimensionSatisfaction { Sexual = 1 } }),
            p => p.View(v => v with { SexPerYear = 4, SexFrequencyFeeling = SexFrequencyFeeling.Content }));
        var otherWantsMore = Two(
            p => p.View(v => v with { SexPerYear = 4, SexFrequencyFeeling = SexFrequencyFeeling.WantsLess, Satisfaction = new DimensionSatisfaction { Sexual = 1 } }),
            p => p.View(v => v with { SexFrequencyFeeling = SexFrequencyFeeling.WantsMore }));

        BuiltInSigns.SexlessRelationship.IsPresentIn(wantsLess).Should().BeFalse();
        BuiltInSigns.SexlessRelationship.IsPresentIn(otherWantsMore).Should().BeTrue("the other partner wants more");
    }

    [Fact]
    public void SexlessRelationship_IsNotASign_WhenThePartnerContentWithTheFrequencyIsDissatisfiedForAnotherReason()
    {
        // Domain notes §5: rare sex is a sign only when a partner is unhappy with it or wants more. A partner who
        // says they are content with how often, but rates sex low (pain, say), is not unhappy that there is little.
        var contentButDissatisfied = Two(
            p => p.View(v => v with { SexPerYear = 4, SexFrequencyFeeling = SexFrequencyFeeling.Content, Satisfaction = new DimensionSatisfaction { Sexual = 1 } }),
            p => p.View(v => v with { SexPerYear = 4, SexFrequencyFeeling = SexFrequencyFeeling.Content }));
        var feelingUnknown = Two(
            p => p.View(v => v with { SexPerYear = 4, Satisfaction = new DimensionSatisfaction { Sexual = 1 } }),
            p => p.View(v => v with { SexPerYear = 4, SexFrequencyFeeling = SexFrequencyFeeling.Content }));

        BuiltInSigns.SexlessRelationship.IsPresentIn(contentButDissatisfied).Should().BeFalse();
        BuiltInSigns.SexlessRelationship.IsPresentIn(feelingUnknown).Should().BeTrue("low satisfaction stands in when the feeling about frequency is unknown");
    }

    [Fact]
    public void SexlessRelationship_NeedsAKnownFrequency()
    {
        var unhappyButFrequencyUnknown = One(p => p.View(v => v with { SexFrequencyFeeling = SexFrequencyFeeling.WantsMore }));

        BuiltInSigns.SexlessRelationship.IsPresentIn(unhappyButFrequencyUnknown).Should().BeFalse();
    }

    [Theory]
    [InlineData(9, 10, true)]
    [InlineData(10, 10, false)]
    [InlineData(11, 12, true)]
    [InlineData(12, 12, false)]
    public void SexlessRelationship_Threshold_IsAParameter(int sexPerYear, int threshold, bool expected)
    {
        var profile = One(p => p.View(v => v with { SexPerYear = sexPerYear, SexFrequencyFeeling = SexFrequencyFeeling.WantsMore }));

        WarningSignDetection.SexlessRelationship(threshold).IsSatisfiedBy(profile).Should().Be(expected);
        BuiltInSigns.SexlessRelationshipBelow(threshold).IsPresentIn(profile).Should().Be(expected);
    }

    [Fact]
    public void SexlessRelationshipBelow_KeepsTheSignsIdentity()
    {
        var changed = BuiltInSigns.SexlessRelationshipBelow(12);

        changed.Id.Should().Be(BuiltInSigns.SexlessRelationship.Id);
        changed.Description.Should().Be(BuiltInSigns.SexlessRelationship.Description);
        changed.Detection.Name.Should().Contain("12");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1001)]
    public void SexlessRelationship_RejectsAnImpossibleThreshold(int threshold)
    {
        FluentActions.Invoking(() => WarningSignDetection.SexlessRelationship(threshold)).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void PersistentEmotionalDistance_Length_IsAParameter()
    {
        var profile = One(p => p.View(v => v with { DistanceMonths = 4 }));

        WarningSignDetection.PersistentEmotionalDistance(3).IsSatisfiedBy(profile).Should().BeTrue();
        WarningSignDetection.PersistentEmotionalDistance().IsSatisfiedBy(profile).Should().BeFalse();
    }

    [Fact]
    public void PursueWithdrawCycle_IsDetected_WhenOneFeelsRejectedAndTheOtherPressured()
    {
        var profile = Two(
            p => p.View(v => v with { FeelsPressured = true, SexFrequencyFeeling = SexFrequencyFeeling.WantsLess }),
            p => p.View(v => v with { FeelsRejected = true, SexFrequencyFeeling = SexFrequencyFeeling.WantsMore }));

        BuiltInSigns.PursueWithdrawCycle.IsPresentIn(profile).Should().BeTrue();
    }

    [Fact]
    public void PursueWithdrawCycle_IsDetected_FromMismatchedWishesPlusOneReportedFeeling()
    {
        var profile = Two(
            p => p.View(v => v with { SexFrequencyFeeling = SexFrequencyFeeling.WantsMore, FeelsRejected = true }),
            p => p.View(v => v with { SexFrequencyFeeling = SexFrequencyFeeling.WantsLess }));

        BuiltInSigns.PursueWithdrawCycle.IsPresentIn(profile).Should().BeTrue();
    }

    [Fact]
    public void PursueWithdrawCycle_IsNotDetected_FromMismatchedWishesAlone()
    {
        var profile = Two(
            p => p.View(v => v with { SexFrequencyFeeling = SexFrequencyFeeling.WantsMore, FeelsRejected = false }),
            p => p.View(v => v with { SexFrequencyFeeling = SexFrequencyFeeling.WantsLess, FeelsPressured = false }));

        BuiltInSigns.PursueWithdrawCycle.IsPresentIn(profile).Should().BeFalse();
    }

    [Fact]
    public void PursueWithdrawCycle_IsNotDetected_WhenBothRolesAreInOnePartner()
    {
        var oneRespondent = One(p => p.View(v => v with { FeelsRejected = true, FeelsPressured = true }));
        var samePartner = Two(p => p.View(v => v with { FeelsRejected = true, FeelsPressured = true }), Nothing);

        BuiltInSigns.PursueWithdrawCycle.IsPresentIn(oneRespondent).Should().BeFalse();
        BuiltInSigns.PursueWithdrawCycle.IsPresentIn(samePartner).Should().BeFalse();
    }

    [Fact]
    public void CommunicationBreakdown_IsDetected_FromAvoidedTalkAndDifficultyWithFeelings()
    {
        var profile = One(p => p.View(v => v with { AvoidsMeaningfulConversations = true, EaseTalkingAboutFeelings = 2 }));

        BuiltInSigns.CommunicationBreakdown.IsPresentIn(profile).Should().BeTrue();
    }

    [Fact]
    public void CommunicationBreakdown_NeedsBothHalvesFromTheSamePartner()
    {
        var split = Two(
            p => p.View(v => v with { FeelsMisunderstood = true }),
            p => p.View(v => v with { ConflictFrequency = Frequency.VeryOften }));

        BuiltInSigns.CommunicationBreakdown.IsPresentIn(split).Should().BeFalse();
    }

    [Fact]
    public void DetectWarningSigns_ListsEverySignPresent_InCatalogOrder()
    {
        var profile = Two(
            p => p.View(v => v with { SexPerYear = 3, SexFrequencyFeeling = SexFrequencyFeeling.WantsMore, FeelsRejected = true, FeelsLikeRoommates = true }),
            p => p.View(v => v with { FeelsPressured = true, Affection = Frequency.Never }));

        IntimacyCatalog.Default.DetectWarningSigns(profile).Select(s => s.Id).Should().Equal(
            "sign.sexless-relationship", "sign.little-affection", "sign.parallel-lives", "sign.pursue-withdraw-cycle");
    }

    [Fact]
    public void PresentIn_QueriesTheCatalogBySpecification()
    {
        var profile = One(p => p.View(v => v with { FeelsMisunderstood = true, Trend = Trend.Worsening }));

        var signs = IntimacyCatalog.Default.Find(WarningSignSpecifications.PresentIn(profile).And(WarningSignSpecifications.IndicatingProfessionalHelp));

        signs.Select(s => s.Id).Should().Equal("sign.feeling-misunderstood", "sign.worsening-connection");
    }
}
