using System.Text.Json;
using Intimacy.Core.Validation;

namespace Intimacy.Core.Serialization;

/// <summary>
/// Turns System.Text.Json's exceptions into <see cref="ValidationError"/>s naming the path and the
/// kind of fault. Its own messages can quote the input, so the text is built from the path and, for
/// missing properties, the property names of the format (never values). The path stops before the
/// first property name that could not be a name of the format (free text, or over 64 characters), so
/// text typed as a property name is not repeated either.
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
        var path = SafePath(ex.Path, out _);
        if (ex.Message.Contains("missing required properties", StringComparison.Ordinal) && MissingNames(ex.Message) is { Count: > 0 } names)
        {
            return [.. names.Select(name => new ValidationError(path + "." + name, ValidationCodes.Required, "is required but missing."))];
        }

        return [ToError(ex, format, requiredHint)];
    }

    private static ValidationError ToError(JsonException ex, string format, string requiredHint)
    {
        var path = SafePath(ex.Path, out var nameHidden);
        var message = ex.Message;
        if (message.Contains("could not be mapped to any .NET member", StringComparison.Ordinal))
        {
            return nameHidden
                ? new ValidationError(path, ValidationCodes.UnknownProperty, $"holds a property that is not part of the {format} format (its name is not repeated here); remove it.")
                : new ValidationError(path, ValidationCodes.UnknownProperty, $"is not a property of the {format} format; remove it or check its spelling.");
        }

        if (message.Contains("Duplicate", StringComparison.OrdinalIgnoreCase))
        {
            return nameHidden
                ? new ValidationError(path, ValidationCodes.DuplicateProperty, "holds a property more than once (its name is not repeated here); each property may appear once.")
                : new ValidationError(path, ValidationCodes.DuplicateProperty, "appears more than once in the same object; each property may appear once.");
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

    /// <summary>
    /// Whether a property name could be one of a format's names (ASCII letters, digits and underscores,
    /// at most 64, not starting with a digit), so it may be repeated in a path without repeating free text.
    /// </summary>
    /// <param name="name">The property name as given.</param>
    /// <returns>Whether it may appear in a path.</returns>
    public static bool IsFormatName(string name) =>
        name.Length is > 0 and <= 64 && !char.IsAsciiDigit(name[0]) && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');

    /// <summary>
    /// The path up to the first segment that is neither an array index nor a name the format could
    /// have (ASCII letters, digits and underscores, at most 64 of them). System.Text.Json writes other
    /// names in brackets and quotes, e.g. <c>$.partnerA['some text']</c>.
    /// </summary>
    private static string SafePath(string? path, out bool truncated)
    {
        truncated = false;
        if (string.IsNullOrEmpty(path) || path[0] != '$')
        {
            truncated = !string.IsNullOrEmpty(path);
            return "$";
        }

        var end = 1;
        while (end < path.Length)
        {
            var next = end + 1;
            if (path[end] == '.')
            {
                while (next < path.Length && (char.IsAsciiLetterOrDigit(path[next]) || path[next] == '_'))
                {
                    next++;
                }

                var length = next - end - 1;
                var endsCleanly = next == path.Length || path[next] is '.' or '[';
                if (length is 0 or > 64 || !endsCleanly || char.IsAsciiDigit(path[end + 1]))
                {
                    break;
                }
            }
            else if (path[end] == '[' && next < path.Length && char.IsAsciiDigit(path[next]))
            {
                while (next < path.Length && char.IsAsciiDigit(path[next]))
                {
                    next++;
                }

                if (next == path.Length || path[next] != ']')
                {
                    break;
                }

                next++;
            }
            else
            {
                break;
            }

            end = next;
        }

        truncated = end < path.Length;
        return truncated ? path[..end] : path;
    }

    // The message ends "... missing required properties including: 'a', 'b'." The names are the format's own.
    // System.Text.Json joins them with the current UI culture's list separator ("; " under de-DE, U+061B under
    // fa-IR), so only the quotes around each name are relied on, never the separator.
    private static List<string> MissingNames(string message)
    {
        const string Marker = "including: ";
        var start = message.IndexOf(Marker, StringComparison.Ordinal);
        var names = new List<string>();
        if (start < 0)
        {
            return names;
        }

        var rest = message.AsSpan(start + Marker.Length);
        while (rest.IndexOf('\'') is var open and >= 0)
        {
            rest = rest[(open + 1)..];
            var close = rest.IndexOf('\'');
            if (close < 0)
            {
                break;
            }

            var name = rest[..close];
            if (name.Length > 0 && !name.ContainsAnyExcept(NameCharacters))
            {
                names.Add(name.ToString());
            }

            rest = rest[(close + 1)..];
        }

        return names;
    }

    private static readonly System.Buffers.SearchValues<char> NameCharacters =
        System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_");
}
