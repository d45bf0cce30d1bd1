using System.Text.RegularExpressions;

namespace Intimacy.Recommendations.Tests.Profiles;

/// <summary>
/// What must never reach the couple or partner B when partner A reported violence privately
/// (<see cref="OutputProfiles.PrivateViolenceByA"/>): words about violence and safety support, the
/// violence gate, and the paths of A's private answers.
/// </summary>
internal static partial class PrivacyProbe
{
    public static IReadOnlyList<string> Leaks(string text)
    {
        var leaks = new List<string>();
        foreach (var word in (string[])["violence", "safety planning", "safety-planning", "safety-focused", "safety-advocacy", "specialist screening", "specialist-screening", "coercive", "domestic-abuse", "gate.violence-or-coercion", "fears"])
        {
            if (text.Contains(word, StringComparison.OrdinalIgnoreCase))
            {
                leaks.Add(word);
            }
        }

        leaks.AddRange(PrivatePathOfA().Matches(text).Select(m => m.Value));
        return leaks;
    }

    [GeneratedRegex(@"\$\.partnerA\.(safety|trust|commitment|trauma|wellbeingScores)\b[\w.]*")]
    private static partial Regex PrivatePathOfA();
}
