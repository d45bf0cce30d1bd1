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

    [Theory]
    [InlineData(Audience.PartnerB)]
    [InlineData(Audience.Couple)]
    public void ASyntaxErrorsPlace_DoesNotDependOnTheOtherPartnersPrivateAnswers(Audience audience)
    {
        // The line and byte where reading stopped count the text before it: partner A's private answers, for a problem
        // in partner B's (or the document's own) part. Only the clinician is told them.
        static string Text(string aPrivate, string partnerB) =>
            "{ \"schemaVersion\": 1,\n \"partnerA\": { \"ageYears\": 40" + aPrivate + " },\n \"partnerB\": " + partnerB + " }";
        var partnerB = audience == Audience.Couple ? """{ "ageYears": 41 } x""" : """{ "ageYears": 41, "view": { "sexPerYear": 4 } x }""";
        var quiet = ProblemsOf(Text(string.Empty, partnerB));
        var answered = ProblemsOf(Text(",\n \"safety\": { \"visibility\": \"private\", \"experiencesViolence\": true }", partnerB));

        answered.ErrorsVisibleTo(audience).Should().NotBeEmpty().And.Equal(quiet.ErrorsVisibleTo(audience));
        answered.ErrorsVisibleTo(Audience.Clinician).Should().ContainSingle().Which.Message.Should().Contain("(line 4, byte", "the clinician is told where reading stopped");
    }

    private static ProfileValidationException ProblemsOf(string json)
    {
        var act = () => Intimacy.Core.Serialization.ProfileJson.Deserialize(json);
        return act.Should().Throw<ProfileValidationException>().Which;
    }

    [Fact]
    public void AnAudienceThatIsNone_IsRefused()
    {
        var act = () => Problems.ErrorsVisibleTo((Audience)99);

        act.Should().Throw<ArgumentOutOfRangeException>();
    }
}
