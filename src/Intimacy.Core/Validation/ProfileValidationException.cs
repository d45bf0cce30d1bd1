using System.Text;

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
