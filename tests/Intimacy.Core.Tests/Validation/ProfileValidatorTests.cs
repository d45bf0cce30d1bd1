using Intimacy.Core.Profiles;
using Intimacy.Core.Tests.Profiles;
using Intimacy.Core.Validation;

namespace Intimacy.Core.Tests.Validation;

public class ProfileValidatorTests
{
    [Fact]
    public void Validate_FullSampleAndOnePartner_AreValid()
    {
        ProfileValidator.Validate(SampleProfiles.Full()).IsValid.Should().BeTrue();
        ProfileValidator.Validate(SampleProfiles.OnePartner()).IsValid.Should().BeTrue();
    }

    [Fact]
    public void Validate_EmptySectionsEverywhere_AreValidBecauseUnknownIsAllowed()
    {
        var profile = CoupleProfileBuilder.Create()
            .WithPartnerA(25, a => a.View(v => v).Life(l => l).Health(h => h).Personal(p => p).Trauma(t => t)
                .Trust(t => t).Commitment(c => c).Safety(s => s).History(h => h).RelationshipScores(r => r).WellbeingScores(w => w))
            .WithPartnerB(70)
            .WithRelationship(r => r)
            .BuildUnvalidated();

        ProfileValidator.Validate(profile).IsValid.Should().BeTrue();
    }

    [Theory]
    [InlineData(17)]
    [InlineData(0)]
    [InlineData(-3)]
    [InlineData(121)]
    public void Validate_AgeOutsideAdultRange_IsRejected(int age)
    {
        var profile = CoupleProfileBuilder.Create().WithPartnerA(age).BuildUnvalidated();

        var error = ProfileValidator.Validate(profile).Errors.Should().ContainSingle().Which;
        error.Path.Should().Be("$.partnerA.ageYears");
        error.Message.Should().Contain("adults");
    }

    [Fact]
    public void Validate_ManyProblems_ReportsEveryOneByPath()
    {
        var profile = CoupleProfileBuilder.Create()
            .WithPartnerA(30, a => a
                .WellbeingScores(w => w with { Phq9 = 28, Phq9Item9 = 4, Gad7 = 22, Fsfi = 1.5, Iief5 = 0 })
                .RelationshipScores(r => r with { Csi4 = 22, Csi16 = -1, Csi32 = 162, Das = 152, Rdas = 70, EcrrAnxiety = 0.5, EcrrAvoidance = 7.5 }))
            .WithPartnerB(30, b => b.View(v => v with { DesireLevel = 6, SexPerYear = -1, Affection = (Frequency)9 }))
            .BuildUnvalidated();

        var paths = ProfileValidator.Validate(profile).Errors.Select(e => e.Path);

        paths.Should().BeEquivalentTo(
            "$.partnerA.relationshipScores.csi4", "$.partnerA.relationshipScores.csi16", "$.partnerA.relationshipScores.csi32",
            "$.partnerA.relationshipScores.das", "$.partnerA.relationshipScores.rdas", "$.partnerA.relationshipScores.ecrrAnxiety",
            "$.partnerA.relationshipScores.ecrrAvoidance", "$.partnerA.wellbeingScores.phq9", "$.partnerA.wellbeingScores.phq9Item9",
            "$.partnerA.wellbeingScores.gad7", "$.partnerA.wellbeingScores.fsfi", "$.partnerA.wellbeingScores.iief5",
            "$.partnerB.view.sexPerYear", "$.partnerB.view.desireLevel", "$.partnerB.view.affection");
    }

    [Fact]
    public void Validate_NaNScore_IsRejected()
    {
        var profile = CoupleProfileBuilder.Create().WithPartnerA(30, a => a.WellbeingScores(w => w with { Fsfi = double.NaN })).BuildUnvalidated();

        ProfileValidator.Validate(profile).Errors.Should().ContainSingle(e => e.Path == "$.partnerA.wellbeingScores.fsfi");
    }

    [Theory]
    [MemberData(nameof(ImpossibleCombinations))]
    public void Validate_ImpossibleCombination_IsRejectedNamingTheField(Action<IPartnerResponseBuilder> answers, string path)
    {
        var profile = CoupleProfileBuilder.Create().WithPartnerA(30, answers).BuildUnvalidated();

        var error = ProfileValidator.Validate(profile).Errors.Should().ContainSingle().Which;
        error.Path.Should().Be(path);
        error.Code.Should().Be(ValidationCodes.Combination);
    }

    public static TheoryData<Action<IPartnerResponseBuilder>, string> ImpossibleCombinations() => new()
    {
        { a => a.WellbeingScores(w => w with { Phq9 = 2, Phq9Item9 = 3 }), "$.partnerA.wellbeingScores.phq9Item9" },
        { a => a.WellbeingScores(w => w with { Phq9 = 2, Phq2 = 4 }), "$.partnerA.wellbeingScores.phq2" },
        { a => a.WellbeingScores(w => w with { Gad7 = 2, Gad2 = 4 }), "$.partnerA.wellbeingScores.gad2" },
        { a => a.WellbeingScores(w => w with { Iief5 = 3, Iief5SexuallyActive = true }), "$.partnerA.wellbeingScores.iief5" },
        { a => a.View(v => v with { SexPerYear = 0, SexFrequencyFeeling = SexFrequencyFeeling.WantsLess }), "$.partnerA.view.sexFrequencyFeeling" },
        { a => a.Trust(t => t with { BreachOccurred = false, Ended = true }), "$.partnerA.trust" },
        { a => a.Safety(s => s with { SelfHarmThoughts = false, SelfHarmPlan = true }), "$.partnerA.safety.selfHarmThoughts" },
        { a => a.Safety(s => s with { ExperiencesViolence = false, Strangulation = true }), "$.partnerA.safety.experiencesViolence" },
        { a => a.Health(h => h with { PainDuringSex = false, PainBeingTreated = true }), "$.partnerA.health.painBeingTreated" },
        { a => a.Life(l => l with { NewParent = true, CaresForChildren = false }), "$.partnerA.life.caresForChildren" },
        { a => a.History(h => h with { SelfHelpTried = false, SelfHelpWeeks = 6 }), "$.partnerA.history.selfHelpTried" },
    };

    [Fact]
    public void Validate_CombinationCitingAnotherField_NamesItUnderTheSamePartner()
    {
        var profile = CoupleProfileBuilder.Create()
            .WithPartnerA(30)
            .WithPartnerB(30, b => b.WellbeingScores(w => w with { Phq9 = 2, Phq9Item9 = 3 }))
            .BuildUnvalidated();

        var error = ProfileValidator.Validate(profile).Errors.Should().ContainSingle().Which;
        error.Path.Should().Be("$.partnerB.wellbeingScores.phq9Item9");
        error.Message.Should().Contain("($.partnerB.wellbeingScores.phq9)");
    }

    [Fact]
    public void Validate_Iief5BelowFiveWithoutActivity_IsAQuirkTheInstrumentAllows()
    {
        var profile = CoupleProfileBuilder.Create().WithPartnerA(50, a => a.WellbeingScores(w => w with { Iief5 = 3, Iief5SexuallyActive = false })).BuildUnvalidated();

        ProfileValidator.Validate(profile).IsValid.Should().BeTrue();
    }

    [Fact]
    public void Build_InvalidProfile_ThrowsOneExceptionListingEveryProblem()
    {
        var act = () => CoupleProfileBuilder.Create()
            .WithPartnerA(12, a => a.WellbeingScores(w => w with { Phq9 = 99 }))
            .WithPartnerB(15)
            .Build();

        var ex = act.Should().Throw<ProfileValidationException>().Which;
        ex.Errors.Should().HaveCount(3);
        ex.Message.Should().Contain("3 problems").And.Contain("$.partnerB.ageYears").And.NotContain("99");
    }

    [Fact]
    public void Validate_SchemaVersionOtherThanOne_IsRejected()
    {
        var profile = SampleProfiles.OnePartner() with { SchemaVersion = 3 };

        ProfileValidator.Validate(profile).Errors.Should().ContainSingle(e => e.Code == ValidationCodes.SchemaVersion);
    }

    [Fact]
    public void Validate_EveryRangedFieldAcceptsItsBoundsAndRejectsJustOutside()
    {
        FieldCheckCatalog.RangedFields.Should().HaveCountGreaterThan(40);
        foreach (var (path, min, max) in FieldCheckCatalog.RangedFields)
        {
            FieldCheckCatalog.ProfileWith(path, min).Should().Match<CoupleProfile>(p => ProfileValidator.Validate(p).IsValid, $"{path} = min");
            FieldCheckCatalog.ProfileWith(path, max).Should().Match<CoupleProfile>(p => ProfileValidator.Validate(p).IsValid, $"{path} = max");
            ProfileValidator.Validate(FieldCheckCatalog.ProfileWith(path, max + 1)).Errors.Should().Contain(e => e.Path == path, $"{path} above max");
            if (!path.EndsWith("ageYears", StringComparison.Ordinal) || min > 0)
            {
                ProfileValidator.Validate(FieldCheckCatalog.ProfileWith(path, min - 1)).Errors.Should().Contain(e => e.Path == path, $"{path} below min");
            }
        }
    }
}
