using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace Intimacy.Core;

/// <summary>Argument checks at the library's boundary, named after the caller's argument.</summary>
internal static partial class Guard
{
    public static T NotNull<T>(T? value, [CallerArgumentExpression(nameof(value))] string? parameterName = null)
        where T : class
        => value ?? throw new ArgumentNullException(parameterName);

    public static string NotBlank(string? value, [CallerArgumentExpression(nameof(value))] string? parameterName = null)
    {
        ArgumentNullException.ThrowIfNull(value, parameterName);
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException("The value must contain text, not only white space.", parameterName);
        }

        return value;
    }

    /// <summary>Checks a catalog id such as <c>barrier.fear-of-rejection</c>: the prefix, a dot, then lower-case words joined by hyphens.</summary>
    public static string Id(string? value, string prefix, [CallerArgumentExpression(nameof(value))] string? parameterName = null)
    {
        ArgumentNullException.ThrowIfNull(value, parameterName);
        if (!value.StartsWith(prefix + ".", StringComparison.Ordinal) || !IdPattern().IsMatch(value))
        {
            throw new ArgumentException(
                $"{(prefix.Length > 0 && "aeiou".Contains(prefix[0], StringComparison.Ordinal) ? "An" : "A")} {prefix} id must look like '{prefix}.lower-case-words': the prefix '{prefix}.', then letters a-z and digits joined by single hyphens.",
                parameterName);
        }

        return value;
    }

    public static IReadOnlyList<T> Items<T>(IEnumerable<T>? values, bool allowEmpty, [CallerArgumentExpression(nameof(values))] string? parameterName = null)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(values, parameterName);

        // Copying detaches the item from the caller's collection, so it stays immutable.
        var copy = values.ToArray();
        if (!allowEmpty && copy.Length == 0)
        {
            throw new ArgumentException("At least one item is required.", parameterName);
        }

        if (Array.Exists(copy, item => item is null))
        {
            throw new ArgumentException("The collection must not contain null.", parameterName);
        }

        return Array.AsReadOnly(copy);
    }

    public static int NotNegative(int value, [CallerArgumentExpression(nameof(value))] string? parameterName = null)
        => value >= 0 ? value : throw new ArgumentOutOfRangeException(parameterName, "The value must be zero or more.");

    public static TEnum Defined<TEnum>(TEnum value, [CallerArgumentExpression(nameof(value))] string? parameterName = null)
        where TEnum : struct, Enum
        => Enum.IsDefined(value)
            ? value
            : throw new ArgumentOutOfRangeException(parameterName, $"The value is not one of the named {typeof(TEnum).Name} values.");

    [GeneratedRegex("^[a-z]+\\.[a-z0-9]+(?:-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    internal static partial Regex IdPattern();
}
