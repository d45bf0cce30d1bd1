using System.Text;
using Intimacy.Core.Plans;

namespace Intimacy.Core.Validation;

/// <summary>
/// Thrown when a couple profile is not valid. Lists every problem found, each by JSON path, and
/// never the values that were given.
/// </summary>
public sealed class ProfileValidationException : Exception
{
    /// <summary>Creates the exception for the given problems.</summary>
    /// <param name="errors">Every problem found; at least one.</param>
    public ProfileValidationException(IReadOnlyList<ValidationError> errors)
        : base(Describe(errors))
    {
        Errors = errors;
    }

    /// <summary>Creates the exception with a message and no listed errors.</summary>
    public ProfileValidationException()
        : this([new ValidationError("$", ValidationCodes.Json, "The profile is not valid.")])
    {
    }

    /// <summary>Creates the exception with a message and no listed errors.</summary>
    /// <param name="message">The message.</param>
    public ProfileValidationException(string message)
        : this(message, null)
    {
    }

    /// <summary>Creates the exception with a message and an inner exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public ProfileValidationException(string message, Exception? innerException)
        : base(message, innerException)
    {
        Errors = [new ValidationError("$", ValidationCodes.Json, message)];
    }

    /// <summary>Every problem found, in a stable order.</summary>
    public IReadOnlyList<ValidationError> Errors { get; }

    /// <summary>
    /// The problems an audience may be told of, in the same order. A problem's path and rule can say something a
    /// partner keeps private (that a private section was answered; for a <see cref="ValidationCodes.Combination"/>
    /// problem, which answers were given together), and an invalid profile gives no plan whose views could filter it:
    /// so a partner is told only of problems outside the other partner's answers, the couple only of problems outside
    /// both partners' answers (the relationship, the document's own properties), and a clinician of every problem.
    /// </summary>
    /// <param name="audience">Who will read the problems.</param>
    /// <returns>The problems that audience may see; empty when every problem is in answers it may not see.</returns>
    /// <remarks>
    /// Which problems are kept rests only on their paths, never on a section's visibility (which an invalid profile may
    /// not state readably): a partner is not told of a problem in the other partner's shared sections either. A syntax
    /// error's line and byte are told only to a clinician, since they count the other partner's answers. Tell an
    /// audience left with no problem only that the profile is not valid; any more would rest on answers it may not see.
    /// </remarks>
    public IReadOnlyList<ValidationError> ErrorsVisibleTo(Audience audience) => audience switch
    {
        Audience.Clinician => Errors,
        Audience.PartnerA => [.. Errors.Where(e => !IsUnder(e.Path, "$.partnerB")).Select(WithoutPlace)],
        Audience.PartnerB => [.. Errors.Where(e => !IsUnder(e.Path, "$.partnerA")).Select(WithoutPlace)],
        Audience.Couple => [.. Errors.Where(e => !IsUnder(e.Path, "$.partnerA") && !IsUnder(e.Path, "$.partnerB")).Select(WithoutPlace)],
        _ => throw new ArgumentOutOfRangeException(nameof(audience), audience, "Not an audience."),
    };

    /// <summary>
    /// The problem without the line and byte where reading stopped (a syntax error's): they count the text before
    /// it, the other partner's answers included, so only the clinician is told them; the path still says where it is.
    /// </summary>
    private static ValidationError WithoutPlace(ValidationError error) =>
        error.Code == ValidationCodes.Json ? error with { Message = Serialization.JsonStructure.WithoutPlace(error.Message) } : error;

    private static bool IsUnder(string path, string part) =>
        path.StartsWith(part, StringComparison.Ordinal) && (path.Length == part.Length || path[part.Length] is '.' or '[');

    private static string Describe(IReadOnlyList<ValidationError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var text = new StringBuilder("The couple profile is not valid (")
            .Append(errors.Count)
            .Append(errors.Count == 1 ? " problem): " : " problems): ");
        for (var i = 0; i < errors.Count; i++)
        {
            if (i > 0)
            {
                text.Append("; ");
            }

            text.Append(errors[i].Path).Append(": ").Append(errors[i].Message);
        }

        return text.ToString();
    }
}
