using System.Reflection;
using Intimacy.Core.Catalog;
using Intimacy.Core.Interventions;
using Intimacy.Core.Profiles;
using static Intimacy.Core.Tests.WarningSigns.TestProfiles;

namespace Intimacy.Core.Tests.Interventions;

public class ContraindicationTests
{
    private static void ScreenedSafe(IPartnerResponseBuilder p) => p.Safety(s => s with
    {
        ExperiencesViolence = false, FearsPartner = false, CoerciveControl = false,
        SelfHarmThoughts = false,
    });

    /// <summary>For each contraindication: one partner's answers that show it, and known answers that do not.</summary>
    private static readonly Dictionary<string, (Action<IPartnerResponseBuilder> Shows, Action<IPartnerResponseBuilder> DoesNotShow)> Cases = new()
    {
        ["contraindication.violence"] = (
            p => p.Safety(s => s with { ExperiencesViolence = false, FearsPartner = true, CoerciveControl = false }),
            ScreenedSafe),
        ["contraindication.safety-not-screened"] = (
            p => p.Safety(s => s with { ExperiencesViolence = false, FearsPartner = false }),
            ScreenedSafe),
        ["contraindication.self-harm-risk"] = (
            p => p.Safety(s => s with { SelfHarmThoughts = true }),
            p => p.Safety(s => s with { SelfHarmThoughts = false }).WellbeingScores(w => w with { Phq9 = 4, Phq9Item9 = 0 })),
        ["contraindication.undisclosed-affair"] = (
            p => p.Trust(t => t with { BreachOccurred = true, By = BreachBy.Self, Disclosed = false, Ended = true }),
            p => p.Trust(t => t with { BreachOccurred = true, By = BreachBy.Partner, Disclosed = true, Ended = true })),
        ["contraindication.active-substance-misuse"] = (
            p => p.Health(h => h with { SubstanceMisuse = true }),
            p => p.Health(h => h with { SubstanceMisuse = false })),
        ["contraindication.one-partner-unwilling"] = (
            p => p.Commitment(c => c with { LeaningOut = true }),
            p => p.Commitment(c => c with { LeaningOut = false, WillingToWorkTogether = true })),
        ["contraindication.untreated-pain"] = (
            p => p.Health(h => h with { PainDuringSex = true }),
            p => p.Health(h => h with { PainDuringSex = true, PainBeingTreated = true })),
    };

    public static TheoryData<string> Ids => [.. Contraindication.All.Select(c => c.Id)];

    private static Contraindication Get(string id) => IntimacyCatalog.Default.GetContraindication(id);

    [Fact]
    public void EveryContraindication_HasDetectionCases()
    {
        Cases.Keys.Should().BeEquivalentTo(Contraindication.All.Select(c => c.Id));
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void AppliesTo_KnownAnswersThatShowIt_FromEitherPartner(string id)
    {
        var c = Get(id);

        c.AppliesTo.IsSatisfiedBy(One(Cases[id].Shows)).Should().BeTrue();
        c.AppliesTo.IsSatisfiedBy(Two(p => Cases[id].DoesNotShow(p), Cases[id].Shows)).Should().BeTrue();
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void AnAnswerMadeUnknown_ThatMakesItApply_IsNamedAmongTheGlossarysExceptions(string id)
    {
        // docs/domain.md says each contraindication is detected from known answers, naming the ones that read an
        // unanswered question as the cautious value. Every answer of the known contrary case is made unknown in
        // turn: if that alone makes the contraindication apply, the glossary must name it as an exception.
        var glossary = GlossaryWriter.Write(IntimacyCatalog.Default);
        var start = glossary.IndexOf("## Contraindications", StringComparison.Ordinal);
        var intro = glossary[start..glossary.IndexOf("\n- **", start, StringComparison.Ordinal)];
        var contrary = One(p => { ScreenedSafe(p); Cases[id].DoesNotShow(p); }).PartnerA;

        var readsUnknown = EachAnswerUnknown(contrary)
            .Where(b => Get(id).AppliesTo.IsSatisfiedBy(new CoupleProfile { PartnerA = b.Partner, PartnerB = contrary }))
            .Select(b => b.Path).ToList();

        if (readsUnknown.Count > 0)
        {
            intro.Should().Contain($"`{id}`", "an unknown {0} makes it apply", string.Join(", ", readsUnknown));
        }
    }

    private static IEnumerable<(string Path, PartnerResponse Partner)> EachAnswerUnknown(PartnerResponse partner)
    {
        foreach (var section in typeof(PartnerResponse).GetProperties().Where(p => typeof(IProfileSection).IsAssignableFrom(p.PropertyType)))
        {
            if (section.GetValue(partner) is not { } value)
            {
                continue;
            }

            foreach (var answer in value.GetType().GetProperties().Where(p => p.CanWrite && Nullable.GetUnderlyingType(p.PropertyType) is not null && p.GetValue(value) is not null))
            {
                yield return ($"{section.Name}.{answer.Name}", WithUnknown(partner, section, value, answer));
            }
        }
    }

    private static PartnerResponse WithUnknown(PartnerResponse partner, PropertyInfo section, object value, PropertyInfo answer)
    {
        var blanked = value.GetType().GetMethod("<Clone>$")!.Invoke(value, null)!;
        answer.SetValue(blanked, null);
        var copy = (PartnerResponse)typeof(PartnerResponse).GetMethod("<Clone>$")!.Invoke(partner, null)!;
        section.SetValue(copy, blanked);
        return copy;
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void DoesNotApply_ToKnownContraryAnswers(string id)
    {
        var safeAndContrary = Two(p => { ScreenedSafe(p); Cases[id].DoesNotShow(p); }, p => { ScreenedSafe(p); Cases[id].DoesNotShow(p); });

        Get(id).AppliesTo.IsSatisfiedBy(safeAndContrary).Should().BeFalse();
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void UnknownAnswers_AreNotEvidence_ExceptForTheUnscreenedSafetyCheck(string id)
    {
        var expected = id == Contraindication.SafetyNotScreened.Id;

        Get(id).AppliesTo.IsSatisfiedBy(Unknown()).Should().Be(expected);
        Get(id).AppliesTo.IsSatisfiedBy(EmptySections()).Should().Be(expected);
    }

    [Theory]
    [InlineData("ThreatsToKill")]
    [InlineData("Strangulation")]
    [InlineData("Weapon")]
    [InlineData("ViolenceEscalating")]
    [InlineData("CoerciveControl")]
    [InlineData("ExperiencesViolence")]
    public void Violence_AppliesToEveryDangerAnswer(string answer)
    {
        var profile = One(p => p.Safety(s => answer switch
        {
            "ThreatsToKill" => s with { ThreatsToKill = true },
            "Strangulation" => s with { Strangulation = true },
            "Weapon" => s with { Weapon = true },
            "ViolenceEscalating" => s with { ViolenceEscalating = true },
            "CoerciveControl" => s with { CoerciveControl = true },
            _ => s with { ExperiencesViolence = true },
        }));

        Contraindication.Violence.AppliesTo.IsSatisfiedBy(profile).Should().BeTrue();
    }

    [Fact]
    public void SelfHarmRisk_AppliesToAPhq9Item9AboveZero_WhateverTheSafetyScreenSays()
    {
        var profile = One(p => p.Safety(s => s with { SelfHarmThoughts = false }).WellbeingScores(w => w with { Phq9 = 6, Phq9Item9 = 1 }));

        Contraindication.SelfHarmRisk.AppliesTo.IsSatisfiedBy(profile).Should().BeTrue();
    }

    [Theory]
    [InlineData(24, null, false)]
    [InlineData(25, null, true)]
    [InlineData(27, null, true)]
    [InlineData(20, 0, false)]
    public void SelfHarmRisk_WithItem9LeftOut_ReadsATotalTheOtherItemsCannotReachAsItem9AboveZero(int total, int? item9, bool applies)
    {
        // The other eight PHQ-9 items reach 24 at most: a higher total is not reachable with item 9 at zero.
        var profile = One(p => p.Safety(s => s with { SelfHarmThoughts = false }).WellbeingScores(w => w with { Phq9 = total, Phq9Item9 = item9 }));

        Contraindication.SelfHarmRisk.AppliesTo.IsSatisfiedBy(profile).Should().Be(applies);
    }

    [Fact]
    public void UndisclosedAffair_AppliesToABreachThatHasNotEnded()
    {
        var profile = One(p => p.Trust(t => t with { BreachOccurred = true, Disclosed = true, Ended = false }));

        Contraindication.UndisclosedAffair.AppliesTo.IsSatisfiedBy(profile).Should().BeTrue();
    }

    [Theory]
    [InlineData(null, null, true)]
    [InlineData(true, null, true)]
    [InlineData(null, true, true)]
    [InlineData(false, true, true)]
    [InlineData(true, false, true)]
    [InlineData(true, true, false)]
    public void UndisclosedAffair_AfterAReportedBreach_ReadsAnUnansweredDisclosureOrEndAsUnresolved(bool? disclosed, bool? ended, bool applies)
    {
        // Only a breach known to be both disclosed and ended clears it, as in the safety table's row 4.
        var profile = One(p => p.Trust(t => t with { BreachOccurred = true, Disclosed = disclosed, Ended = ended }));

        Contraindication.UndisclosedAffair.AppliesTo.IsSatisfiedBy(profile).Should().Be(applies);
    }

    [Fact]
    public void UndisclosedAffair_NeedsAReportedBreach()
    {
        Contraindication.UndisclosedAffair.AppliesTo.IsSatisfiedBy(One(p => p.Trust(t => t with { Disclosed = false, Ended = false }))).Should().BeFalse();
        Contraindication.UndisclosedAffair.AppliesTo.IsSatisfiedBy(One(p => p.Trust(t => t with { BreachOccurred = false }))).Should().BeFalse();
    }

    [Fact]
    public void OnePartnerUnwilling_AppliesWhenAPartnerWillNotWorkTogether()
    {
        var profile = Two(Nothing, p => p.Commitment(c => c with { LeaningOut = false, WillingToWorkTogether = false }));

        Contraindication.OnePartnerUnwilling.AppliesTo.IsSatisfiedBy(profile).Should().BeTrue();
    }

    [Fact]
    public void SafetyNotScreened_AppliesWhenEitherPartnerIsUnscreened_AnAbsentPartnerIncluded()
    {
        // docs/safety.md row 6: a partner who did not answer at all was not screened either.
        Contraindication.SafetyNotScreened.AppliesTo.IsSatisfiedBy(Two(ScreenedSafe, Nothing)).Should().BeTrue();
        Contraindication.SafetyNotScreened.AppliesTo.IsSatisfiedBy(One(ScreenedSafe)).Should().BeTrue();
        Contraindication.SafetyNotScreened.AppliesTo.IsSatisfiedBy(Two(ScreenedSafe, ScreenedSafe)).Should().BeFalse();
    }

    [Fact]
    public void ApplicableContraindications_ListsThoseInForce()
    {
        var profile = Two(
            p => { ScreenedSafe(p); p.Health(h => h with { PainDuringSex = true }); },
            p => { ScreenedSafe(p); p.Commitment(c => c with { LeaningOut = true }); });

        IntimacyCatalog.Default.ApplicableContraindications(profile).Should().Equal(
            Contraindication.OnePartnerUnwilling, Contraindication.UntreatedPain);
    }

    [Fact]
    public void AppliesTo_IsNamedAfterTheId()
    {
        Contraindication.All.Should().OnlyContain(c => c.AppliesTo.Name == c.Id && c.ToString() == c.Id);
    }

    [Fact]
    public void TryFromId_FindsKnownIdsOnly()
    {
        Contraindication.TryFromId("contraindication.violence", out var found).Should().BeTrue();
        found.Should().BeSameAs(Contraindication.Violence);
        Contraindication.TryFromId("contraindication.nope", out _).Should().BeFalse();
        Contraindication.TryFromId(null, out _).Should().BeFalse();
    }
}
