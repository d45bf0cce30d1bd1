using System.Text.Json;
using Intimacy.Core.Validation;

namespace Intimacy.Core.Serialization;

/// <summary>
/// Turns System.Text.Json's exceptions into <see cref="ValidationError"/>s naming the path and the
/// kind of fault. Its own messages can quote the input, so the text is built from the path and, for
/// missing properties, the property names of the format (never values).
/// </summary>
internal static class JsonFaults
{
    /// <summary>Describes a read failure.</summary>
    /// <param name="ex">The exception System.Text.Json threw.</param>
    /// <param name="format">The format's name in messages, e.g. "profile".</param>
    /// <param name="requiredHint">What a missing required property usually is, for the message.</param>
    /// <returns>The errors: one per missing property, otherwise one.</returns>
    public static IReadOnlyList<ValidationError> ToErrors(JsonException ex, string format, string requiredHint)
    {
        var path = string.IsNullOrEmpty(ex.Path) ? "$" : ex.Path;
        if (ex.Message.Contains("missing required properties", StringComparison.Ordinal) && MissingNames(ex.Message) is { Count: > 0 } names)
        {
            return [.. names.Select(name => new ValidationError(path + "." + name, ValidationCodes.Required, "is required but missing."))];
        }

        return [ToError(ex, format, requiredHint)];
    }

    private static ValidationError ToError(JsonException ex, string format, string requiredHint)
    {
        var path = string.IsNullOrEmpty(ex.Path) ? "$" : ex.Path;
        var message = ex.Message;
        if (message.Contains("could not be mapped to any .NET member", StringComparison.Ordinal))
        {
            return new ValidationError(path, ValidationCodes.UnknownProperty, $"is not a property of the {format} format; remove it or check its spelling.");
        }

        if (message.Contains("Duplicate", StringComparison.OrdinalIgnoreCase))
        {
            return new ValidationError(path, ValidationCodes.DuplicateProperty, "appears more than once in the same object; each property may appear once.");
        }

        if (message.Contains("missing required properties", StringComparison.Ordinal))
        {
            return new ValidationError(path, ValidationCodes.Required, $"is missing a required property ({requiredHint}).");
        }

        if (message.Contains("null values", StringComparison.OrdinalIgnoreCase)
            || (message.Contains("null", StringComparison.OrdinalIgnoreCase) && message.Contains("non-nullable", StringComparison.OrdinalIgnoreCase)))
        {
            return new ValidationError(path, ValidationCodes.Required, "cannot be null.");
        }

        if (ex.LineNumber is null && ex.Path is null)
        {
            return new ValidationError(path, ValidationCodes.Json, "is not valid JSON.");
        }

        return new ValidationError(path, ValidationCodes.Json, "is malformed JSON or holds a value of the wrong type or an option that does not exist.");
    }

    // The message ends "... missing required properties including: 'a', 'b'." The names are the format's own.
    private static List<string> MissingNames(string message)
    {
        const string Marker = "including: ";
        var start = message.IndexOf(Marker, StringComparison.Ordinal);
        var names = new List<string>();
        if (start < 0)
        {
            return names;
        }

        foreach (var part in message[(start + Marker.Length)..].TrimEnd('.').Split(','))
        {
            var name = part.Trim().Trim('\'');
            if (name.Length > 0 && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_'))
            {
                names.Add(name);
            }
        }

        return names;
    }
}
