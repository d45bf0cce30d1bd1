using Intimacy.Core.Plans;
using Intimacy.Core.Profiles;
using Intimacy.Core.Serialization;
using Intimacy.Recommendations.Engine;
using Intimacy.Recommendations.Tests.Scenarios;

namespace Intimacy.Recommendations.Tests.Regressions;

/// <summary>
/// Found in a privacy review. A warning sign about the couple cited both partners' answers and took the
/// disclosure of all of them, so a sign that partner A's own shared answers establish (self-help tried for
/// weeks without improvement, say) vanished from partner A's view and the couple's as soon as partner B
/// answered the same section privately, even though B's answer was not needed for it. A lost a finding A's
/// own answers justify, and could tell from its absence that B had answered that section privately. A sign
/// now rests on the answers that establish it: one partner's when that partner's answers show it on their
/// own, both partners' only when it takes both.
/// </summary>
public class CoupleSignDisclosureTests
{
    private static readonly RecommendationEngine Engine = RecommendationEngine.CreateDefault();

    /// <summary>
    /// Every rule that detects a sign one partner's answers can show on their own, with answers that show it
    /// and answers of the same section that do not. (The pursue-withdraw cycle is left out: it is a pattern
    /// between the two partners and always takes both partners' answers.)
    /// </summary>
    private static readonly Dictionary<string, SignCase> Cases = new SignCase[]
    {
        View("Detect.Sign.AvoidanceOfCloseness", "sign.avoidance-of-closeness", v => v with { AvoidsPhysicalCloseness = true }, v => v with { AvoidsPhysicalCloseness = false }),
        View("Detect.Sign.AvoidingMeaningfulConversations", "sign.avoiding-meaningful-conversations", v => v with { AvoidsMeaningfulConversations = true }, v => v with { AvoidsMeaningfulConversations = false }),
        View("Detect.Sign.CommunicationBreakdown", "sign.communication-breakdown", v => v with { FeelsMisunderstood = true, ConflictFrequency = Frequency.Often }, v => v with { FeelsMisunderstood = false, ConflictFrequency = Frequency.Rarely }),
        View("Detect.Sign.DifficultyExpressingFeelings", "sign.difficulty-expressing-feelings", v => v with { EaseTalkingAboutFeelings = 2 }, v => v with { EaseTalkingAboutFeelings = 4 }),
        View("Detect.Sign.DifficultyTalkingAboutSex", "sign.difficulty-talking-about-sex", v => v with { EaseTalkingAboutSex = 2 }, v => v with { EaseTalkingAboutSex = 4 }),
        View("Detect.Sign.EmotionalWithholding", "sign.emotional-withholding", v => v with { WithholdsFeelings = true }, v => v with { WithholdsFeelings = false }),
        View("Detect.Sign.FeelingEmotionallyUnsafe", "sign.feeling-emotionally-unsafe", v => v with { FeelsEmotionallySafe = false }, v => v with { FeelsEmotionallySafe = true }),
        View("Detect.Sign.FeelingMisunderstood", "sign.feeling-misunderstood", v => v with { FeelsMisunderstood = true }, v => v with { FeelsMisunderstood = false }),
        View("Detect.Sign.FewerSharedActivities", "sign.fewer-shared-activities", v => v with { SharedActivities = Frequency.Rarely }, v => v with { SharedActivities = Frequency.Often }),
        View("Detect.Sign.FourHorsemen", "sign.four-horsemen", v => v with { Contempt = Frequency.Sometimes }, v => v with { Contempt = Frequency.Never }),
        View("Detect.Sign.LittleAffection", "sign.little-affection", v => v with { Affection = Frequency.Rarely }, v => v with { Affection = Frequency.Often }),
        View("Detect.Sign.ParallelLives", "sign.parallel-lives", v => v with { FeelsLikeRoommates = true }, v => v with { FeelsLikeRoommates = false }),
        View("Detect.Sign.PersistentEmotionalDistance", "sign.persistent-emotional-distance", v => v with { DistanceMonths = 8 }, v => v with { DistanceMonths = 1 }),
        View("Detect.Sign.SexlessRelationship", "sign.sexless-relationship", v => v with { SexPerYear = 4, SexFrequencyFeeling = SexFrequencyFeeling.WantsMore }, v => v with { SexPerYear = 60, SexFrequencyFeeling = SexFrequencyFeeling.Content }),
        View("Detect.Sign.UnresolvedConflict", "sign.unresolved-conflict", v => v with { ConflictFrequency = Frequency.Often, ConflictsResolved = Frequency.Rarely }, v => v with { ConflictFrequency = Frequency.Rarely, ConflictsResolved = Frequency.Often }),
        View("Detect.Sign.WorseningConnection", "sign.worsening-connection", v => v with { Trend = Trend.Worsening }, v => v with { Trend = Trend.Improving }),
        new SignCase("Detect.Sign.SelfHelpNotWorking", "sign.self-help-not-working", (visibility, answers) => p => p.History(h => answers switch
        {
            Answers.Show => h with { Visibility = visibility, SelfHelpTried = true, SelfHelpOutcome = SelfHelpOutcome.NoChange },
            Answers.Quiet => h with { Visibility = visibility, SelfHelpTried = true, SelfHelpOutcome = SelfHelpOutcome.Improved },
            _ => h with { Visibility = visibility },
        })),
    }.ToDictionary(c => c.Rule, StringComparer.Ordinal);

    public static TheoryData<string> Rules => [.. Cases.Keys.Order(StringComparer.Ordinal)];

    public static TheoryData<string, Visibility> RulesAndVisibilities
    {
        get
        {
            var data = new TheoryData<string, Visibility>();
            foreach (var rule in Cases.Keys.Order(StringComparer.Ordinal))
            {
                data.Add(rule, Visibility.Shared);
                data.Add(rule, Visibility.Private);
            }

            return data;
        }
    }

    [Fact]
    public void EveryRuleDetectingASignOnePartnerCanShow_IsCovered()
    {
        // A new catalog sign that either partner's answers can show needs a case here.
        Engine.Rules.Select(r => r.Name).Where(n => n.StartsWith("Detect.Sign.", StringComparison.Ordinal) && n != "Detect.Sign.PursueWithdrawCycle")
            .Should().BeEquivalentTo(Cases.Keys);
    }

    [Theory]
    [MemberData(nameof(RulesAndVisibilities))]
    public void PartnerAsView_IsTheSame_WhicheverWayPartnerBAnsweredTheSectionInPrivate(string rule, Visibility partnerA)
    {
        var sign = Cases[rule];

        // Partner A's answers show the sign; partner B's private answers show it, do not, or say nothing.
        var plans = new[] { Answers.Show, Answers.Quiet, Answers.Nothing }
            .Select(b => Engine.Recommend(Couples.Both(sign.Partner(partnerA, Answers.Show), sign.Partner(Visibility.Private, b))))
            .ToList();

        plans[0].ForAudience(Audience.PartnerA).Findings.Should().Contain(f => f.Code == sign.SignId, "partner A's own answers show the sign");
        plans.Select(p => PlanJson.Serialize(p.ForAudience(Audience.PartnerA))).Distinct().Should().ContainSingle(
            "partner A's view may not depend on answers partner B gave in private");
        plans.Select(p => PlanJson.Serialize(p.ForAudience(Audience.Couple))).Distinct().Should().ContainSingle(
            "the couple's view may not depend on any private answer");
    }

    [Theory]
    [MemberData(nameof(Rules))]
    public void ASignAPartnersOwnSharedAnswersShow_IsInThatPartnersViewAndTheCouples_WithTheOtherPartnersSectionPrivate(string rule)
    {
        var sign = Cases[rule];
        foreach (var (shower, other) in new[] { (PartnerId.PartnerA, PartnerId.PartnerB), (PartnerId.PartnerB, PartnerId.PartnerA) })
        {
            var plan = Engine.Recommend(Profile(sign, shower, Visibility.Shared, Answers.Show, Visibility.Private, Answers.Quiet));

            foreach (var audience in new[] { Audience.Couple, AudienceOf(shower), AudienceOf(other) })
            {
                plan.ForAudience(audience).Findings.Should().ContainSingle(f => f.Code == sign.SignId, "{0}'s shared answers show the sign ({1} view)", shower, audience)
                    .Which.InputPaths.Should().OnlyContain(p => p.StartsWith(PathOf(shower), StringComparison.Ordinal), "the sign rests on {0}'s answers alone", shower);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Rules))]
    public void ASignAPartnersOwnPrivateAnswersShow_IsInThatPartnersViewOnly_WithTheOtherPartnersSectionPrivate(string rule)
    {
        var sign = Cases[rule];
        foreach (var (shower, other) in new[] { (PartnerId.PartnerA, PartnerId.PartnerB), (PartnerId.PartnerB, PartnerId.PartnerA) })
        {
            var plan = Engine.Recommend(Profile(sign, shower, Visibility.Private, Answers.Show, Visibility.Private, Answers.Quiet));

            var finding = plan.ForAudience(AudienceOf(shower)).Findings.Should().ContainSingle(f => f.Code == sign.SignId, "{0}'s own answers show the sign", shower).Subject;
            finding.Disclosure.Should().Be(Disclosure.PrivateTo(shower));
            finding.InputPaths.Should().OnlyContain(p => p.StartsWith(PathOf(shower), StringComparison.Ordinal));
            plan.ForAudience(Audience.Couple).Findings.Should().NotContain(f => f.Code == sign.SignId);
            plan.ForAudience(AudienceOf(other)).Findings.Should().NotContain(f => f.Code == sign.SignId);
        }
    }

    [Fact]
    public void WhenBothPartnersSharedAnswersShowASign_ItRestsOnBoth()
    {
        var sign = Cases["Detect.Sign.SelfHelpNotWorking"];

        var plan = Engine.Recommend(Couples.Both(sign.Partner(Visibility.Shared, Answers.Show), sign.Partner(Visibility.Shared, Answers.Show)));

        var finding = plan.ForAudience(Audience.Couple).Findings.Should().ContainSingle(f => f.Code == sign.SignId).Subject;
        finding.InputPaths.Should().Equal(
            "$.partnerA.history.selfHelpTried", "$.partnerA.history.selfHelpOutcome", "$.partnerB.history.selfHelpTried", "$.partnerB.history.selfHelpOutcome");
    }

    [Theory]
    [InlineData(Visibility.Shared, Visibility.Private)]
    [InlineData(Visibility.Private, Visibility.Shared)]
    public void WhenBothPartnersAnswersShowASign_ItRestsOnTheAnswersMorePeopleMaySee(Visibility partnerA, Visibility partnerB)
    {
        var sign = Cases["Detect.Sign.SelfHelpNotWorking"];
        var shared = partnerA == Visibility.Shared ? PartnerId.PartnerA : PartnerId.PartnerB;

        var plan = Engine.Recommend(Couples.Both(sign.Partner(partnerA, Answers.Show), sign.Partner(partnerB, Answers.Show)));

        plan.Findings.Should().ContainSingle(f => f.Code == sign.SignId)
            .Which.InputPaths.Should().OnlyContain(p => p.StartsWith(PathOf(shared), StringComparison.Ordinal));
        foreach (var audience in new[] { Audience.Couple, Audience.PartnerA, Audience.PartnerB })
        {
            plan.ForAudience(audience).Findings.Should().Contain(f => f.Code == sign.SignId, "the shared answers show it to everyone ({0} view)", audience);
        }
    }

    [Fact]
    public void WhenEachPartnersPrivateAnswersShowASign_EachPartnerSeesItOnTheirOwnAnswers_AndTheCoupleDoesNot()
    {
        // Self-help tried without improvement, told privately by each partner; no weeks given, so only the sign
        // (not the per-partner history finding) calls for the escalation.
        var sign = Cases["Detect.Sign.SelfHelpNotWorking"];

        var plan = Engine.Recommend(Couples.Both(sign.Partner(Visibility.Private, Answers.Show), sign.Partner(Visibility.Private, Answers.Show)));

        plan.Findings.Where(f => f.Code == sign.SignId).Select(f => f.Disclosure)
            .Should().BeEquivalentTo([Disclosure.PrivateTo(PartnerId.PartnerA), Disclosure.PrivateTo(PartnerId.PartnerB)]);
        plan.ForAudience(Audience.Couple).Findings.Should().NotContain(f => f.Code == sign.SignId);
        plan.ForAudience(Audience.Couple).AllItems.Should().NotContain(i => i.InterventionId == "intervention.couples-therapy");
        foreach (var partner in new[] { PartnerId.PartnerA, PartnerId.PartnerB })
        {
            var view = plan.ForAudience(AudienceOf(partner));
            var finding = view.Findings.Should().ContainSingle(f => f.Code == sign.SignId).Subject;
            finding.InputPaths.Should().OnlyContain(p => p.StartsWith(PathOf(partner), StringComparison.Ordinal));
            finding.Id.Should().Be(sign.SignId + (partner == PartnerId.PartnerA ? ":partnerA" : ":partnerB"), "finding ids are unique within a plan");

            // The items the sign calls for reach each partner on that partner's own reason.
            var therapy = view.Support.Should().ContainSingle(i => i.InterventionId == "intervention.couples-therapy", "{0}'s own answers call for it", partner).Subject;
            therapy.Reasons.Should().ContainSingle(r => r.FindingIds.Contains(finding.Id))
                .Which.InputPaths.Should().OnlyContain(p => p.StartsWith(PathOf(partner), StringComparison.Ordinal));
        }
    }

    [Fact]
    public void ASignThatTakesBothPartnersAnswers_RestsOnBoth_AndStaysOutOfTheViewsThatMayNotSeeThem()
    {
        // Sex is rare by partner A's shared estimate, and only partner B, privately, wants more: neither alone shows the sign.
        var profile = Couples.Both(
            a => a.View(v => v with { SexPerYear = 4, SexFrequencyFeeling = SexFrequencyFeeling.Content }),
            b => b.View(v => v with { Visibility = Visibility.Private, SexFrequencyFeeling = SexFrequencyFeeling.WantsMore }));

        var plan = Engine.Recommend(profile);

        var finding = plan.Findings.Should().ContainSingle(f => f.Code == "sign.sexless-relationship").Subject;
        finding.InputPaths.Should().Contain(p => p.StartsWith("$.partnerA.", StringComparison.Ordinal)).And.Contain(p => p.StartsWith("$.partnerB.", StringComparison.Ordinal));
        finding.Disclosure.Should().Be(Disclosure.PrivateTo(PartnerId.PartnerB));
        plan.ForAudience(Audience.Couple).Findings.Should().NotContain(f => f.Code == "sign.sexless-relationship");
        plan.ForAudience(Audience.PartnerA).Findings.Should().NotContain(f => f.Code == "sign.sexless-relationship");
    }

    [Fact]
    public void WithOneRespondent_ASignRestsOnThatPartnersAnswersAlone()
    {
        var sign = Cases["Detect.Sign.SelfHelpNotWorking"];

        var plan = Engine.Recommend(Couples.OnlyA(sign.Partner(Visibility.Shared, Answers.Show)));

        plan.Findings.Should().ContainSingle(f => f.Code == sign.SignId)
            .Which.InputPaths.Should().Equal("$.partnerA.history.selfHelpTried", "$.partnerA.history.selfHelpOutcome");
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void AnAppsSignRule_RestsOnBothPartnersAnswers_SinceItsSpecificationMayTakeAnUnknownAnswerAsEvidence(bool partnerBFeelsSafe)
    {
        // The app's sign takes "nobody says they feel safe" for the sign, so partner B's unanswered question
        // counts as evidence: read without B's answers, A's alone would seem to show it, yet B's private "I feel
        // safe" takes it away. The library cannot tell such a specification from one that keeps the catalog's
        // rule, so an app's sign rests on both partners' answers and partner A's view does not depend on B's.
        var engine = new RecommendationEngineBuilder().AddRules(typeof(NobodySaysTheyFeelSafeRule)).Build();
        var profile = Couples.Both(
            a => a.View(v => v with { FeelsEmotionallySafe = false }),
            b => b.View(v => v with { Visibility = Visibility.Private, FeelsEmotionallySafe = partnerBFeelsSafe }));

        var plan = engine.Recommend(profile);

        if (!partnerBFeelsSafe)
        {
            plan.Findings.Should().ContainSingle(f => f.Code == NobodySaysTheyFeelSafeRule.SignId)
                .Which.InputPaths.Should().Equal("$.partnerA.view.feelsEmotionallySafe", "$.partnerB.view.feelsEmotionallySafe");
        }

        plan.ForAudience(Audience.PartnerA).Findings.Should().NotContain(f => f.Code == NobodySaysTheyFeelSafeRule.SignId);
    }

    /// <summary>An app's sign rule whose specification reads an unanswered question as evidence.</summary>
    [Intimacy.Rules.Fluent.Dsl.Name("App.Sign.NobodySaysTheyFeelSafe")]
    public sealed class NobodySaysTheyFeelSafeRule : Intimacy.Recommendations.Rules.WarningSignRule
    {
        public const string SignId = "sign.app-nobody-says-they-feel-safe";

        private static readonly Core.WarningSigns.WarningSign AppSign = new(
            SignId, "Nobody says they feel safe", "Neither partner says they feel emotionally safe with the other.",
            [Core.Dimensions.IntimacyDimension.Emotional],
            new Core.Specifications.Specification<CoupleProfile>(p =>
                !(p.PartnerA.View != null && p.PartnerA.View.FeelsEmotionallySafe == true)
                && !(p.PartnerB != null && p.PartnerB.View != null && p.PartnerB.View.FeelsEmotionallySafe == true)),
            [Core.Sources.Sources.RebuildEmotional.At("FAQ: signs that professional help might be needed")]);

        private static readonly Intimacy.Recommendations.Rules.InputSet Answers = new("view.feelsEmotionallySafe");

        /// <inheritdoc />
        protected override Core.WarningSigns.WarningSign Sign => AppSign;

        /// <inheritdoc />
        protected override Intimacy.Recommendations.Rules.InputSet Inputs => Answers;
    }

    private static CoupleProfile Profile(SignCase sign, PartnerId shower, Visibility showerVisibility, Answers showerAnswers, Visibility otherVisibility, Answers otherAnswers)
    {
        var showing = sign.Partner(showerVisibility, showerAnswers);
        var other = sign.Partner(otherVisibility, otherAnswers);
        return shower == PartnerId.PartnerA ? Couples.Both(showing, other) : Couples.Both(other, showing);
    }

    private static Audience AudienceOf(PartnerId partner) => partner == PartnerId.PartnerA ? Audience.PartnerA : Audience.PartnerB;

    private static string PathOf(PartnerId partner) => partner == PartnerId.PartnerA ? "$.partnerA." : "$.partnerB.";

    private static SignCase View(string rule, string signId, Func<RelationshipView, RelationshipView> shows, Func<RelationshipView, RelationshipView> quiet) =>
        new(rule, signId, (visibility, answers) => p => p.View(v => answers switch
        {
            Answers.Show => shows(v) with { Visibility = visibility },
            Answers.Quiet => quiet(v) with { Visibility = visibility },
            _ => v with { Visibility = visibility },
        }));

    /// <summary>How a partner answers the section a sign reads.</summary>
    public enum Answers
    {
        /// <summary>Answers that show the sign.</summary>
        Show,

        /// <summary>Answers that do not show it.</summary>
        Quiet,

        /// <summary>The section, with none of its questions answered.</summary>
        Nothing,
    }

    /// <summary>A sign rule and the answers of one partner that show its sign or not.</summary>
    /// <param name="Rule">The rule's name.</param>
    /// <param name="SignId">The sign's id, which is the finding's code.</param>
    /// <param name="Answer">Builds one partner's section with a visibility and answers.</param>
    private sealed record SignCase(string Rule, string SignId, Func<Visibility, Answers, Action<IPartnerResponseBuilder>> Answer)
    {
        public Action<IPartnerResponseBuilder> Partner(Visibility visibility, Answers answers) => Answer(visibility, answers);
    }
}
