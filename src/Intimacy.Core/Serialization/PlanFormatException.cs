using System.Text;
using Intimacy.Core.Validation;

namespace Intimacy.Core.Serialization;

/// <summary>
/// Thrown when text is not a valid recommendation plan: malformed JSON, unknown or duplicate
/// properties, missing or null values, wrong types, or a format version this library cannot read.
/// </summary>
/// <remarks>The message lists the problems by JSON path and never repeats the values given.</remarks>
public sealed class PlanFormatException : Exception
{
    /// <summary>Creates the exception from the problems found.</summary>
    /// <param name="errors">The problems, at least one.</param>
    public PlanFormatException(IReadOnlyList<ValidationError> errors)
        : base(Describe(errors))
    {
        Errors = errors;
    }

    /// <summary>Creates the exception with a general problem.</summary>
    public PlanFormatException()
        : this([new ValidationError("$", ValidationCodes.Json, "is not a valid plan.")])
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">The message.</param>
    public PlanFormatException(string message)
        : this(message, null)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public PlanFormatException(string message, Exception? innerException)
        : base(message, innerException)
    {
        Errors = [new ValidationError("$", ValidationCodes.Json, message)];
    }

    /// <summary>Every problem found, by path.</summary>
    public IReadOnlyList<ValidationError> Errors { get; }

    private static string Describe(IReadOnlyList<ValidationError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var text = new StringBuilder("The recommendation plan is not valid (")
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
