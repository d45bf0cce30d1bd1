namespace Intimacy.Core.Validation;

/// <summary>One problem with an input, named by its JSON path. Never contains the offending value.</summary>
/// <param name="Path">The JSON path of the field, such as <c>$.partnerA.wellbeingScores.phq9</c>.</param>
/// <param name="Code">A stable machine-readable code, such as <c>range</c> or <c>combination</c>.</param>
/// <param name="Message">What is allowed, in plain words.</param>
public sealed record ValidationError(string Path, string Code, string Message)
{
    /// <inheritdoc />
    public override string ToString() => Path + ": " + Message;
}
