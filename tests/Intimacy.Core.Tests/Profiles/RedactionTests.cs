using Intimacy.Core.Profiles;
using Intimacy.Core.Validation;

namespace Intimacy.Core.Tests.Profiles;

/// <summary>No profile type prints its answers: not in ToString, logs, debugger summaries or exceptions.</summary>
public class RedactionTests
{
    public static TheoryData<Type> ProfileRecords() =>
        [.. typeof(CoupleProfile).Assembly.GetTypes().Where(RandomProfiles.IsProfileRecord).OrderBy(t => t.Name)];

    [Theory]
    [MemberData(nameof(ProfileRecords))]
    public void ToString_OfAFilledProfileRecord_PrintsOnlyItsTypeName(Type type)
    {
        var random = new Random(1);
        for (var i = 0; i < 20; i++)
        {
            var filled = typeof(RandomProfiles).GetMethod(nameof(RandomProfiles.Fill))!.MakeGenericMethod(type).Invoke(null, [random])!;

            filled.ToString().Should().Be(type.Name + " { redacted }");
        }
    }

    [Fact]
    public void ProfileRecords_AreFoundByTheTest()
    {
        typeof(CoupleProfile).Assembly.GetTypes().Where(RandomProfiles.IsProfileRecord).Select(t => t.Name).Should().Contain([nameof(CoupleProfile), nameof(SafetyScreen), nameof(PairDimensionScore), nameof(DimensionSatisfaction), nameof(RelationshipFacts)]);
    }

    [Fact]
    public void ValidationResultAndErrors_CarryPathsAndRulesOnly()
    {
        var profile = CoupleProfileBuilder.Create()
            .WithPartnerA(30, a => a.WellbeingScores(w => w with { Phq9 = 4321, Fsfi = 98.765 }).View(v => v with { SexPerYear = 55555 }))
            .BuildUnvalidated();

        var result = ProfileValidator.Validate(profile);
        var act = () => result.ThrowIfInvalid();
        var text = string.Join("|", result.Errors.Select(e => e.ToString() + e.Message + e.Path)) + act.Should().Throw<ProfileValidationException>().Which.ToString();

        text.Should().NotContain("4321").And.NotContain("98.765").And.NotContain("98,765").And.NotContain("55555");
    }
}
