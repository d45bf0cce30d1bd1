using Intimacy.Core.Plans;
using Intimacy.Core.Profiles;
using static Intimacy.Core.Interventions.Interventions;

namespace Intimacy.Recommendations.Tests.Scenarios;

/// <summary>
/// Who a profile describes (domain notes §5): couples of any gender and orientation, where either
/// partner may answer any instrument and partner order means nothing; and unknown answers, which are
/// never read as "fine" (docs/safety.md row 6: each partner's own unknown safety answer, and a partner
/// who did not answer at all).
/// </summary>
public class AnyCoupleAndUnknownAnswerTests
{
    public static TheoryData<PartnerId> Partners => new() { PartnerId.PartnerA, PartnerId.PartnerB };

    private static CoupleProfile OnlyOneAnswers(PartnerId partner, Action<IPartnerResponseBuilder> answers) =>
        partner == PartnerId.PartnerA ? Couples.Both(answers) : Couples.Both(null, answers);

    private static ItemAudience AudienceOf(PartnerId partner) => partner == PartnerId.PartnerA ? ItemAudience.PartnerA : ItemAudience.PartnerB;

    private static string Suffix(PartnerId partner) => partner == PartnerId.PartnerA ? ":partnerA" : ":partnerB";

    public static TheoryData<string, PartnerId, bool> MedicalScores => new()
    {
        // IIEF-5 ≤ 21 and FSFI ≤ 26.55 count for whoever answers them, while sexually active in the window.
        { "IIEF-5 21", PartnerId.PartnerA, true }, { "IIEF-5 21", PartnerId.PartnerB, true },
        { "IIEF-5 22", PartnerId.PartnerA, false }, { "IIEF-5 22", PartnerId.PartnerB, false },
        { "FSFI 26.55", PartnerId.PartnerA, true }, { "FSFI 26.55", PartnerId.PartnerB, true },
        { "FSFI 26.6", PartnerId.PartnerA, false }, { "FSFI 26.6", PartnerId.PartnerB, false },
    };

    private static Action<IPartnerResponseBuilder> Score(string score, bool? sexuallyActive = true) => score switch
    {
        "IIEF-5 21" => p => p.WellbeingScores(w => w with { Iief5 = 21, Iief5SexuallyActive = sexuallyActive }),
        "IIEF-5 22" => p => p.WellbeingScores(w => w with { Iief5 = 22, Iief5SexuallyActive = sexuallyActive }),
        "FSFI 26.55" => p => p.WellbeingScores(w => w with { Fsfi = 26.55, FsfiSexuallyActive = sexuallyActive }),
        "FSFI 26.6" => p => p.WellbeingScores(w => w with { Fsfi = 26.6, FsfiSexuallyActive = sexuallyActive }),
        _ => throw new ArgumentOutOfRangeException(nameof(score)),
    };

    [Theory]
    [MemberData(nameof(MedicalScores))]
    public void EitherPartner_AnsweringEitherSexualFunctionInstrument_GetsTheirOwnMedicalRoute_AtTheCutOff(string score, PartnerId partner, bool medical)
    {
        var plan = Engines.Default.Recommend(OnlyOneAnswers(partner, Score(score)));

        plan.Findings.Any(f => f.Id == "gate.medical-first" + Suffix(partner)).Should().Be(medical);
        plan.AllItems.Any(i => i.InterventionId == PhysicianVisit.Id && i.Audience == AudienceOf(partner)).Should().Be(medical);
        plan.AllItems.Should().NotContain(i => i.InterventionId == PhysicianVisit.Id && i.Audience != AudienceOf(partner), "only the partner who answered is described");
    }

    [Theory]
    [InlineData("IIEF-5 21")]
    [InlineData("FSFI 26.55")]
    public void SameInstrument_AnsweredByBothPartners_GivesEachTheirOwnFinding_AndPhysicianVisit(string score)
    {
        // A same-gender couple: both partners answer the IIEF-5, or both the FSFI.
        var plan = Engines.Default.Recommend(Couples.Alike(Score(score)));

        plan.Findings.Select(f => f.Id).Should().Contain(["gate.medical-first:partnerA", "gate.medical-first:partnerB"]);
        plan.AllItems.Where(i => i.InterventionId == PhysicianVisit.Id).Select(i => i.Audience)
            .Should().BeEquivalentTo([ItemAudience.PartnerA, ItemAudience.PartnerB]);
    }

    [Theory]
    [MemberData(nameof(Partners))]
    public void OnePartner_AnsweringBothInstruments_IsReadOnBoth(PartnerId partner)
    {
        var plan = Engines.Default.Recommend(OnlyOneAnswers(partner, p => p.WellbeingScores(w => w with
        {
            Iief5 = 15, Iief5SexuallyActive = true, Fsfi = 20, FsfiSexuallyActive = true,
        })));

        plan.Findings.Select(f => f.Id).Should().Contain(["instrument.iief5-low" + Suffix(partner), "instrument.fsfi-low" + Suffix(partner)]);
    }

    [Theory]
    [InlineData("IIEF-5 21", PartnerId.PartnerA)]
    [InlineData("IIEF-5 21", PartnerId.PartnerB)]
    [InlineData("FSFI 26.55", PartnerId.PartnerA)]
    [InlineData("FSFI 26.55", PartnerId.PartnerB)]
    public void LowScore_WithSexualActivityUnknown_IsNeitherAMedicalCauseNorIgnored(string score, PartnerId partner)
    {
        var plan = Engines.Default.Recommend(OnlyOneAnswers(partner, Score(score, sexuallyActive: null)));

        plan.Findings.Should().NotContain(f => f.Code == "gate.medical-first");
        plan.Findings.Should().ContainSingle(f => f.Code.EndsWith("-unreadable", StringComparison.Ordinal))
            .Which.Id.Should().EndWith(Suffix(partner));
    }

    public static TheoryData<string, PartnerId> UnknownSafetyAnswers
    {
        get
        {
            var data = new TheoryData<string, PartnerId>();
            foreach (var partner in new[] { PartnerId.PartnerA, PartnerId.PartnerB })
            {
                foreach (var unknown in new[] { "no safety section", "experiencesViolence", "fearsPartner", "coerciveControl", "selfHarmThoughts without PHQ-9 item 9" })
                {
                    data.Add(unknown, partner);
                }
            }

            return data;
        }
    }

    private static CoupleProfile WithUnknown(string unknown, PartnerId partner)
    {
        // A shared CSI-4 in distress calls for couples therapy, so a wrongly cleared gate would show.
        Action<IPartnerResponseBuilder> distressed = p => p.RelationshipScores(r => r with { Csi4 = 5 });
        if (unknown == "no safety section")
        {
            Action<IPartnerResponseBuilder> screened = p => { p.Safety(Couples.ClearScreen); distressed(p); };
            return partner == PartnerId.PartnerA
                ? CoupleProfileBuilder.Create().WithPartnerA(33, distressed).WithPartnerB(34, screened).Build()
                : CoupleProfileBuilder.Create().WithPartnerA(33, screened).WithPartnerB(34, distressed).Build();
        }

        Func<SafetyScreen, SafetyScreen> blank = unknown switch
        {
            "experiencesViolence" => s => s with { ExperiencesViolence = null },
            "fearsPartner" => s => s with { FearsPartner = null },
            "coerciveControl" => s => s with { CoerciveControl = null },
            _ => s => s with { SelfHarmThoughts = null },
        };
        Action<IPartnerResponseBuilder> withBlank = p => { p.Safety(blank); distressed(p); };
        return partner == PartnerId.PartnerA ? Couples.Both(withBlank, distressed) : Couples.Both(distressed, withBlank);
    }

    [Theory]
    [MemberData(nameof(UnknownSafetyAnswers))]
    public void UnknownSafetyAnswer_OfEitherPartner_IsNotScreened_ForThatPartner_AndHoldsBackJointProfessionalHelp(string unknown, PartnerId partner)
    {
        var plan = Engines.Default.Recommend(WithUnknown(unknown, partner));

        plan.Findings.Should().Contain(f => f.Id == "gate.safety-not-screened" + Suffix(partner));
        plan.Findings.Where(f => f.Code == "gate.safety-not-screened").Should().ContainSingle("the other partner answered every question");
        plan.AllItems.Should().Contain(i => i.InterventionId == SafetyScreening.Id && i.Audience == AudienceOf(partner));
        plan.AllItems.Select(i => i.InterventionId).Should().NotContain([CouplesTherapy.Id, EmotionallyFocusedTherapy.Id, OnlineCouplesCounselling.Id]);
        plan.Withheld.Select(w => w.InterventionId).Should().Contain(CouplesTherapy.Id);
    }

    [Fact]
    public void AbsentPartner_IsNotScreened_AndNothingElseIsSaidAboutThem()
    {
        var plan = Engines.Default.Recommend(Couples.OnlyA(a => a.RelationshipScores(r => r with { Csi4 = 5 })));

        plan.Findings.Should().ContainSingle(f => f.Id == "gate.safety-not-screened:partnerB");
        plan.Findings.Where(f => f.Subject == PartnerId.PartnerB).Select(f => f.Code).Should().Equal("gate.safety-not-screened");
        plan.Findings.SelectMany(f => f.InputPaths).Where(p => p.StartsWith("$.partnerB", StringComparison.Ordinal)).Should().Equal("$.partnerB");
        plan.AllItems.Select(i => i.InterventionId).Should().NotContain([CouplesTherapy.Id, EmotionallyFocusedTherapy.Id, OnlineCouplesCounselling.Id]);
        plan.AllItems.Should().Contain(i => i.InterventionId == SafetyScreening.Id && i.Audience == ItemAudience.PartnerB);
    }
}
