using Intimacy.Core.Plans;
using Intimacy.Core.Validation;

namespace Intimacy.Core.Tests.Validation;

/// <summary>
/// An invalid profile gives no plan whose views could filter its problems, and a problem's path and rule can say what a
/// partner answered in private: an audience is told only of problems outside answers it may not see.
/// </summary>
public class ErrorsVisibleToTests
{
    private static readonly ProfileValidationException Problems = new(
    [
        new ValidationError("$.schemaVersion", ValidationCodes.Json, "must be 1."),
        new ValidationError("$.partnerA.wellbeingScores.phq9", ValidationCodes.Range, "must be a whole number from 0 to 27."),
        new ValidationError("$.relationship.lengthYears", ValidationCodes.Range, "must be from 0 to 80."),
        new ValidationError("$.partnerB.safety.selfHarmThoughts", ValidationCodes.Combination, "cannot be false while a self-harm plan is reported."),
        new ValidationError("$.partnerA", ValidationCodes.Required, "is required."),
        new ValidationError("$.partnerAlias", ValidationCodes.Json, "is not a property of the profile."),
        new ValidationError("$.partnerB.children[2]", ValidationCodes.Json, "is not valid."),
    ]);

    [Fact]
    public void TheClinician_IsToldOfEveryProblem()
    {
        Problems.ErrorsVisibleTo(Audience.Clinician).Should().Equal(Problems.Errors);
    }

    [Fact]
    public void APartner_IsNotToldOfProblemsInTheOtherPartnersAnswers()
    {
        Problems.ErrorsVisibleTo(Audience.PartnerA).Select(e => e.Path).Should().Equal(
            "$.schemaVersion", "$.partnerA.wellbeingScores.phq9", "$.relationship.lengthYears", "$.partnerA", "$.partnerAlias");
        Problems.ErrorsVisibleTo(Audience.PartnerB).Select(e => e.Path).Should().Equal(
            "$.schemaVersion", "$.relationship.lengthYears", "$.partnerB.safety.selfHarmThoughts", "$.partnerAlias", "$.partnerB.children[2]");
    }

    [Fact]
    public void TheCouple_IsToldOnlyOfProblemsOutsideBothPartnersAnswers()
    {
        Problems.ErrorsVisibleTo(Audience.Couple).Select(e => e.Path).Should().Equal("$.schemaVersion", "$.relationship.lengthYears", "$.partnerAlias");
    }

    [Fact]
    public void AnAudienceThatIsNone_IsRefused()
    {
        var act = () => Problems.ErrorsVisibleTo((Audience)99);

        act.Should().Throw<ArgumentOutOfRangeException>();
    }
}
