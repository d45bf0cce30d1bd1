using System.Globalization;

namespace Intimacy.Testing;

/// <summary>
/// Runs code under another current culture, for tests that output or parsing does not depend on it. Shared by
/// the test projects as a linked source file.
/// </summary>
/// <remarks>
/// xunit runs test classes in parallel on thread-pool threads, so the culture is set on the current thread only
/// (<see cref="CultureInfo.CurrentCulture"/> and <see cref="CultureInfo.CurrentUICulture"/> are per thread, or
/// per async flow), inside the test, and restored in <c>finally</c>. Run the code synchronously inside the action.
/// </remarks>
internal static class Cultures
{
    /// <summary>
    /// Cultures that differ from the invariant one where it hurts: de-DE writes <c>13,5</c> and <c>1.000</c>;
    /// tr-TR upper-cases <c>i</c> to <c>İ</c> and compares <c>I</c>/<c>i</c> differently; ar-SA and fa-IR have
    /// other negative signs (with bidirectional marks), other percent and group signs and other calendars;
    /// sv-SE writes the minus sign as U+2212 and groups with a no-break space.
    /// </summary>
    public static TheoryData<string> Awkward { get; } = ["de-DE", "tr-TR", "ar-SA", "fa-IR", "sv-SE"];

    /// <summary>Runs <paramref name="action"/> with both current cultures set to <paramref name="name"/>.</summary>
    /// <param name="name">A culture name, such as <c>de-DE</c>; empty for the invariant culture.</param>
    /// <param name="action">What to run; synchronously.</param>
    public static void Run(string name, Action action) => Run(name, () =>
    {
        action();
        return true;
    });

    /// <summary>Runs <paramref name="func"/> with both current cultures set to <paramref name="name"/>.</summary>
    /// <typeparam name="T">What the function returns.</typeparam>
    /// <param name="name">A culture name, such as <c>de-DE</c>; empty for the invariant culture.</param>
    /// <param name="func">What to run; synchronously.</param>
    /// <returns>What <paramref name="func"/> returned.</returns>
    public static T Run<T>(string name, Func<T> func)
    {
        var culture = name.Length == 0 ? CultureInfo.InvariantCulture : CultureInfo.GetCultureInfo(name);
        var (savedCulture, savedUiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = culture;
            return func();
        }
        finally
        {
            CultureInfo.CurrentCulture = savedCulture;
            CultureInfo.CurrentUICulture = savedUiCulture;
        }
    }

    /// <summary>Runs <paramref name="func"/> under the invariant culture.</summary>
    /// <typeparam name="T">What the function returns.</typeparam>
    /// <param name="func">What to run; synchronously.</param>
    /// <returns>What <paramref name="func"/> returned.</returns>
    public static T Invariant<T>(Func<T> func) => Run(string.Empty, func);

    /// <summary>
    /// Produces named outputs under the invariant culture and under <paramref name="name"/>, and returns where they
    /// differ (empty when every output is the same, byte for byte), with the first differing place of each.
    /// </summary>
    /// <param name="name">The culture to compare with the invariant one.</param>
    /// <param name="outputs">Produces the outputs, each with a name to report it by.</param>
    /// <returns>One line per output that differs.</returns>
    public static List<string> Differences(string name, Func<IEnumerable<(string Name, string Text)>> outputs)
    {
        var invariant = Invariant(() => outputs().ToList());
        var other = Run(name, () => outputs().ToList());
        var differences = new List<string>();
        if (other.Count != invariant.Count)
        {
            differences.Add($"{other.Count} outputs under {name}, {invariant.Count} under the invariant culture");
        }

        foreach (var ((what, expected), (_, actual)) in invariant.Zip(other))
        {
            if (!string.Equals(expected, actual, StringComparison.Ordinal))
            {
                var at = 0;
                while (at < expected.Length && at < actual.Length && expected[at] == actual[at])
                {
                    at++;
                }

                var from = Math.Max(0, at - 40);
                differences.Add($"{what}: at {at}, invariant «{Cut(expected, from)}» but {name} «{Cut(actual, from)}»");
            }
        }

        return differences;
    }

    private static string Cut(string text, int from) => text.Substring(from, Math.Min(100, text.Length - from));
}
