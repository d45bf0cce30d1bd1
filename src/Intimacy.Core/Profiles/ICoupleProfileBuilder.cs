using Intimacy.Core.Validation;

namespace Intimacy.Core.Profiles;

/// <summary>The first step of building a profile: every profile describes at least partner A.</summary>
public interface ICoupleProfileStart
{
    /// <summary>Adds the first (or only) respondent.</summary>
    /// <param name="ageYears">The partner's age in years; adults only.</param>
    /// <param name="answers">Fills in the partner's answers; omit for a partner who answered nothing else.</param>
    /// <returns>The builder, ready for more or for <see cref="ICoupleProfileBuilder.Build"/>.</returns>
    ICoupleProfileBuilder WithPartnerA(int ageYears, Action<IPartnerResponseBuilder>? answers = null);
}

/// <summary>Builds a <see cref="CoupleProfile"/> once partner A is in.</summary>
public interface ICoupleProfileBuilder
{
    /// <summary>Adds the second respondent.</summary>
    /// <param name="ageYears">The partner's age in years; adults only.</param>
    /// <param name="answers">Fills in the partner's answers.</param>
    /// <returns>This builder.</returns>
    ICoupleProfileBuilder WithPartnerB(int ageYears, Action<IPartnerResponseBuilder>? answers = null);

    /// <summary>Edits the facts about the relationship as a whole.</summary>
    /// <param name="edit">Returns the edited facts, usually with a <c>with</c> expression.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="edit"/> is null.</exception>
    ICoupleProfileBuilder WithRelationship(Func<RelationshipFacts, RelationshipFacts> edit);

    /// <summary>Builds and validates the profile.</summary>
    /// <returns>The profile.</returns>
    /// <exception cref="ProfileValidationException">The answers are not valid; lists every problem.</exception>
    CoupleProfile Build();

    /// <summary>Builds the profile without validating it, for tests of validation itself.</summary>
    /// <returns>The profile, valid or not.</returns>
    CoupleProfile BuildUnvalidated();
}
