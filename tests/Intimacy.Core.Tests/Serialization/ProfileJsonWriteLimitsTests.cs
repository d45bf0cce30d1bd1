using System.Text.Json;
using Intimacy.Core.Profiles;
using Intimacy.Core.Serialization;
using Intimacy.Core.Tests.Profiles;
using Intimacy.Core.Validation;

namespace Intimacy.Core.Tests.Serialization;

/// <summary>
/// What <see cref="ProfileJson.Serialize"/> documents about profiles it cannot write or does not check (found by the
/// hostile-profile audit: the exceptions were not documented).
/// </summary>
public class ProfileJsonWriteLimitsTests
{
    [Fact]
    public void AProfileBreakingARangeRule_IsWritten_AndRefusedWhenReadBack()
    {
        var full = SampleProfiles.Full();
        var profile = full with { Relationship = full.Relationship! with { LengthYears = -3 } };
        ProfileValidator.Validate(profile).IsValid.Should().BeFalse();

        var json = ProfileJson.Serialize(profile);

        var act = () => ProfileJson.Deserialize(json);
        act.Should().Throw<ProfileValidationException>();
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void ANumberThatIsNotFinite_StopsTheWrite_WithArgumentException(double value)
    {
        var full = SampleProfiles.Full();
        var profile = full with { Relationship = full.Relationship! with { LengthYears = value } };

        var act = () => ProfileJson.Serialize(profile);

        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void AnEnumValueWithNoName_StopsTheWrite_WithJsonException()
    {
        var full = SampleProfiles.Full();
        var profile = full with { Relationship = full.Relationship! with { Arrangement = (RelationshipArrangement)999 } };

        var act = () => ProfileJson.Serialize(profile);

        act.Should().Throw<JsonException>();
    }
}
