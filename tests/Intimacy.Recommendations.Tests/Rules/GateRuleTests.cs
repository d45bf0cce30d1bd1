using Intimacy.Core.Plans;
using Intimacy.Core.Profiles;
using Intimacy.Recommendations.Options;
using Intimacy.Recommendations.Safety;
using Intimacy.Recommendations.Tests.Scenarios;
using static Intimacy.Recommendations.Tests.Rules.RuleExample;

namespace Intimacy.Recommendations.Tests.Rules;

/// <summary>The safety rules, one per row of docs/safety.md, at their trigger and just short of it.</summary>
public class GateRuleTests
{
    public static IReadOnlyList<RuleExample> Examples { get; } =
    [
        Firing("Safety.ImminentDanger", "threats to kill", Couples.Both(a => a.Safety(s => s with { ThreatsToKill = true }))),
        Firing("Safety.ImminentDanger", "a self-harm plan", Couples.Both(null, b => b.Safety(s => s with { SelfHarmPlan = true, SelfHarmThoughts = true }))),
        Firing("Safety.ImminentDanger", "a weapon", Couples.Both(a => a.Safety(s => s with { Weapon = true }))),
        Quiet("Safety.ImminentDanger", "violence without a danger sign", Couples.Both(a => a.Safety(s => s with { ExperiencesViolence = true }))),
        Quiet("Safety.ImminentDanger", "thoughts of self-harm without a plan", Couples.Both(a => a.Safety(s => s with { SelfHarmThoughts = true }))),
        Quiet("Safety.ImminentDanger", "danger questions unanswered", Couples.Both(a => a.Safety(s => s with { ThreatsToKill = null, Strangulation = null, Weapon = null, ViolenceEscalating = null }))),

        Firing("Safety.ViolenceOrCoercion", "coercive control", Couples.Both(null, b => b.Safety(s => s with { CoerciveControl = true }))),
        Firing("Safety.ViolenceOrCoercion", "fear of the partner", Couples.Both(a => a.Safety(s => s with { FearsPartner = true }))),
        Firing("Safety.ViolenceOrCoercion", "strangulation implies violence", Couples.Both(a => a.Safety(s => s with { Strangulation = true, ExperiencesViolence = true }))),
        Quiet("Safety.ViolenceOrCoercion", "screened clear", Couples.Both()),
        Quiet("Safety.ViolenceOrCoercion", "coercion unanswered", Couples.Both(null, b => b.Safety(s => s with { CoerciveControl = null }))),

        Firing("Safety.SelfHarmRisk", "PHQ-9 item 9 of 1", Couples.Both(a => a.WellbeingScores(w => w with { Phq9Item9 = 1 }))),
        Firing("Safety.SelfHarmRisk", "thoughts of self-harm", Couples.Both(null, b => b.Safety(s => s with { SelfHarmThoughts = true }))),
        Firing("Safety.SelfHarmRisk", "a recent self-harm attempt, thoughts unanswered", Couples.Both(a => a.Safety(s => s with { SelfHarmThoughts = null, RecentSelfHarmAttempt = true }))),
        Firing("Safety.SelfHarmRisk", "a self-harm intent, thoughts unanswered", Couples.Both(null, b => b.Safety(s => s with { SelfHarmThoughts = null, SelfHarmIntent = true }))),
        Quiet("Safety.SelfHarmRisk", "PHQ-9 item 9 of 0", Couples.Both(a => a.WellbeingScores(w => w with { Phq9Item9 = 0, Phq9 = 14 }))),
        Quiet("Safety.SelfHarmRisk", "item 9 unknown", Couples.Both(a => a.WellbeingScores(w => w with { Phq9 = 20 }))),
        Quiet("Safety.SelfHarmRisk", "item 9 unknown, PHQ-9 total 24", Couples.Both(a => a.WellbeingScores(w => w with { Phq9 = 24 }))),
        Firing("Safety.SelfHarmRisk", "item 9 unknown, PHQ-9 total 25 (item 9 must be above 0)", Couples.Both(a => a.WellbeingScores(w => w with { Phq9 = 25 }))),

        Firing("Safety.CouplesTherapyDeferred", "an affair disclosed but not ended", Couples.Both(a => a.Trust(t => t with { BreachOccurred = true, Disclosed = true, Ended = false }))),
        Firing("Safety.CouplesTherapyDeferred", "an affair ended but not disclosed", Couples.Both(a => a.Trust(t => t with { BreachOccurred = true, Disclosed = false, Ended = true }))),
        Firing("Safety.CouplesTherapyDeferred", "an affair with unknown status", Couples.Both(a => a.Trust(t => t with { BreachOccurred = true }))),
        Firing("Safety.CouplesTherapyDeferred", "substance misuse", Couples.Both(null, b => b.Health(h => h with { SubstanceMisuse = true }))),
        Firing("Safety.CouplesTherapyDeferred", "leaning out", Couples.Both(a => a.Commitment(c => c with { LeaningOut = true }))),
        Quiet("Safety.CouplesTherapyDeferred", "an affair disclosed and ended", Couples.Both(a => a.Trust(t => t with { BreachOccurred = true, Disclosed = true, Ended = true }))),
        Quiet("Safety.CouplesTherapyDeferred", "not leaning out, no misuse", Couples.Both(a => a.Commitment(c => c with { LeaningOut = false }).Health(h => h with { SubstanceMisuse = false }))),

        Firing("Safety.MedicalFirst", "IIEF-5 of 21 while sexually active", Couples.Both(a => a.WellbeingScores(w => w with { Iief5 = 21, Iief5SexuallyActive = true }))),
        Quiet("Safety.MedicalFirst", "IIEF-5 of 22 while sexually active", Couples.Both(a => a.WellbeingScores(w => w with { Iief5 = 22, Iief5SexuallyActive = true }))),
        Quiet("Safety.MedicalFirst", "IIEF-5 of 21 without sexual activity", Couples.Both(a => a.WellbeingScores(w => w with { Iief5 = 21, Iief5SexuallyActive = false }))),
        Firing("Safety.MedicalFirst", "FSFI of 26.55 while sexually active", Couples.Both(null, b => b.WellbeingScores(w => w with { Fsfi = 26.55, FsfiSexuallyActive = true }))),
        Quiet("Safety.MedicalFirst", "FSFI of 26.6 while sexually active", Couples.Both(null, b => b.WellbeingScores(w => w with { Fsfi = 26.6, FsfiSexuallyActive = true }))),
        Firing("Safety.MedicalFirst", "pain during sex", Couples.Both(a => a.Health(h => h with { PainDuringSex = true }))),
        Firing("Safety.MedicalFirst", "chronic illness", Couples.Both(a => a.Health(h => h with { ChronicIllnessOrDisability = true }))),
        Firing("Safety.MedicalFirst", "arousal, lubrication or orgasm difficulty", Couples.Both(null, b => b.Health(h => h with { SexualFunctionDifficulty = true }))),
        Firing("Safety.MedicalFirst", "arousal, lubrication or orgasm difficulty, erectile difficulty answered no", Couples.Both(null, b => b.Health(h => h with { SexualFunctionDifficulty = true, ErectileDifficulty = false }))),
        Firing("Safety.MedicalFirst", "FSFI of 20, sexual-function question unanswered", Couples.Both(null, b => b.Health(h => h with { SexualFunctionDifficulty = null }).WellbeingScores(w => w with { Fsfi = 20, FsfiSexuallyActive = true }))),
        Firing("Safety.MedicalFirst", "erectile difficulty, sexual-function question answered no", Couples.Both(a => a.Health(h => h with { ErectileDifficulty = true, SexualFunctionDifficulty = false }))),
        Quiet("Safety.MedicalFirst", "health answered no", Couples.Both(a => a.Health(h => h with { ErectileDifficulty = false, SexualFunctionDifficulty = false, PainDuringSex = false, HormonalChange = false }))),
        Quiet("Safety.MedicalFirst", "sexual-function question unanswered, nothing else", Couples.Both(a => a.Health(h => h with { SexualFunctionDifficulty = null, ErectileDifficulty = false }))),

        Firing("Safety.SafetyNotScreened", "no safety section", CoupleProfileBuilder.Create().WithPartnerA(30).WithPartnerB(30, b => b.Safety(Couples.ClearScreen)).Build()),
        Firing("Safety.SafetyNotScreened", "fear question unanswered", Couples.Both(a => a.Safety(s => s with { FearsPartner = null }))),
        Firing("Safety.SafetyNotScreened", "self-harm unanswered and no PHQ-9 item 9", Couples.Both(null, b => b.Safety(s => s with { SelfHarmThoughts = null }))),
        Quiet("Safety.SafetyNotScreened", "self-harm unanswered but PHQ-9 item 9 of 0", Couples.Both(null, b => b.Safety(s => s with { SelfHarmThoughts = null }).WellbeingScores(w => w with { Phq9Item9 = 0 }))),
        Quiet("Safety.SafetyNotScreened", "both screened", Couples.Both()),
        Quiet("Safety.SafetyNotScreened", "one respondent, screened (the absent partner has its own rule)", Couples.OnlyA()),

        Firing("Safety.AbsentPartnerNotScreened", "only partner A answered", Couples.OnlyA()),
        Quiet("Safety.AbsentPartnerNotScreened", "both answered", Couples.Both()),
    ];

    public static TheoryData<string> Keys => RuleExamples.Keys(Examples);

    [Theory]
    [MemberData(nameof(Keys))]
    public void GateRule_FiresExactlyOnItsTrigger(string key) => RuleExamples.Check(Examples, key);

    [Fact]
    public void GateRules_AreTaggedSafety_AndCannotBeSwitchedOff()
    {
        var everythingOff = Engines.With(o => o.DisabledTags.UnionWith(RuleTags.Switchable));
        var gates = Examples.Select(e => e.Rule).Distinct().ToList();

        everythingOff.Rules.Select(r => r.Name).Should().Contain(gates);
        everythingOff.Rules.Where(r => gates.Contains(r.Name)).Should().OnlyContain(r => r.IsSafety);
        foreach (var example in Examples.Where(e => e.Fires))
        {
            RuleExamples.Check(Examples, example.Key, everythingOff);
        }
    }

    [Fact]
    public void GateFinding_IsPrivateToTheReporter_AndCarriesTheTriggeringPaths()
    {
        var profile = Couples.Both(null, b => b.Safety(s => s with { CoerciveControl = true, FearsPartner = true }));

        var finding = Engines.Default.Recommend(profile).Findings.Single(f => f.RuleName == "Safety.ViolenceOrCoercion");

        finding.Id.Should().Be("gate.violence-or-coercion:partnerB");
        finding.Subject.Should().Be(PartnerId.PartnerB);
        finding.Indicator.Should().Be(Indicator.Critical);
        finding.InputPaths.Should().BeEquivalentTo(["$.partnerB.safety.fearsPartner", "$.partnerB.safety.coerciveControl"]);
        finding.Disclosure.Should().Be(Disclosure.PrivateTo(PartnerId.PartnerB));
    }

    [Fact]
    public void EveryTriggerOfEveryGateAtOnce_IsListed()
    {
        // The scan gathers a gate's triggers in a fixed-size buffer: a respondent who answers yes to everything each gate
        // reads (the medical gate reads eight answers) gets every one of them listed, and no gate runs out of room.
        var everything = Couples.Both(a => a
            .Safety(s => s with
            {
                ExperiencesViolence = true, FearsPartner = true, CoerciveControl = true, ThreatsToKill = true, Strangulation = true,
                Weapon = true, ViolenceEscalating = true, SelfHarmThoughts = true, SelfHarmPlan = true, SelfHarmIntent = true,
                RecentSelfHarmAttempt = true,
            })
            .Health(h => h with
            {
                ErectileDifficulty = true, SexualFunctionDifficulty = true, PainDuringSex = true, HormonalChange = true,
                SexualSideEffectMedication = true, ChronicIllnessOrDisability = true, SubstanceMisuse = true,
            })
            .WellbeingScores(w => w with { Phq9 = 20, Phq9Item9 = 2, Iief5 = 8, Iief5SexuallyActive = true, Fsfi = 10, FsfiSexuallyActive = true })
            .Commitment(c => c with { LeaningOut = true }));

        var activations = SafetyGates.Evaluate(everything);

        activations.Where(a => a.Partner == PartnerId.PartnerA).Select(a => a.Gate).Should().Contain(
            [SafetyGate.ImminentDanger, SafetyGate.ViolenceOrCoercion, SafetyGate.SelfHarmRisk, SafetyGate.CouplesTherapyDeferred, SafetyGate.MedicalFirst]);
        activations.Single(a => a.Gate == SafetyGate.MedicalFirst && a.Partner == PartnerId.PartnerA).TriggerPaths.Should().Equal(
            "$.partnerA.health.erectileDifficulty", "$.partnerA.health.sexualFunctionDifficulty", "$.partnerA.health.painDuringSex",
            "$.partnerA.health.hormonalChange", "$.partnerA.health.sexualSideEffectMedication", "$.partnerA.health.chronicIllnessOrDisability",
            "$.partnerA.wellbeingScores.iief5", "$.partnerA.wellbeingScores.fsfi");
        activations.Single(a => a.Gate == SafetyGate.ImminentDanger && a.Partner == PartnerId.PartnerA).TriggerPaths.Should().HaveCount(7);
        activations.Single(a => a.Gate == SafetyGate.ViolenceOrCoercion && a.Partner == PartnerId.PartnerA).TriggerPaths.Should().HaveCount(7);
        Engines.Default.Recommend(everything).Urgent.Should().NotBeEmpty();
    }

    [Fact]
    public void MedicalGate_OnTheSexualFunctionAnswer_CitesItsPath()
    {
        var profile = Couples.Both(null, b => b.Health(h => h with { SexualFunctionDifficulty = true, ErectileDifficulty = false }));

        var activation = SafetyGates.Evaluate(SafetyGate.MedicalFirst, profile, PartnerId.PartnerB);
        var finding = Engines.Default.Recommend(profile).Findings.Single(f => f.RuleName == "Safety.MedicalFirst");

        activation.Should().NotBeNull();
        activation!.TriggerPaths.Should().Equal("$.partnerB.health.sexualFunctionDifficulty");
        finding.Id.Should().Be("gate.medical-first:partnerB");
        finding.InputPaths.Should().Equal("$.partnerB.health.sexualFunctionDifficulty");
        finding.Indicator.Should().Be(Indicator.Warning);
        finding.Disclosure.Should().Be(Disclosure.Shared);
    }

    [Fact]
    public void MedicalGateFinding_IsAWarning_AndSharedWhenTheHealthAnswerIsShared()
    {
        var profile = Couples.Both(a => a.Health(h => h with { HormonalChange = true }));

        var finding = Engines.Default.Recommend(profile).Findings.Single(f => f.RuleName == "Safety.MedicalFirst");

        finding.Indicator.Should().Be(Indicator.Warning);
        finding.InputPaths.Should().Equal("$.partnerA.health.hormonalChange");
        finding.Disclosure.Should().Be(Disclosure.Shared);
    }
}
