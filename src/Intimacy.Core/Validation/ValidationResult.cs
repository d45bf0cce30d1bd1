namespace Intimacy.Core.Validation;

/// <summary>The outcome of validating an input: valid, or a list of problems.</summary>
public sealed class ValidationResult
{
    private static readonly ValidationResult ValidResult = new([]);

    private ValidationResult(IReadOnlyList<ValidationError> errors) => Errors = errors;

    /// <summary>The result for a valid input.</summary>
    public static ValidationResult Valid => ValidResult;

    /// <summary>Every problem found, in a stable order; empty when valid.</summary>
    public IReadOnlyList<ValidationError> Errors { get; }

    /// <summary>Whether no problem was found.</summary>
    public bool IsValid => Errors.Count == 0;

    /// <summary>Creates a result from a list of problems.</summary>
    /// <param name="errors">The problems; empty for a valid input.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="errors"/> is null.</exception>
    public static ValidationResult From(IReadOnlyList<ValidationError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        return errors.Count == 0 ? ValidResult : new ValidationResult(errors);
    }

    /// <summary>Throws a <see cref="ProfileValidationException"/> listing every problem, if there is any.</summary>
    /// <exception cref="ProfileValidationException">The input is not valid.</exception>
    public void ThrowIfInvalid()
    {
        if (!IsValid)
        {
            throw new ProfileValidationException(Errors);
        }
    }
}
