// Compiled into each project that suggests names for typos (linked, not referenced), so that no package
// depends on another for it and none exposes it: the library's projects share the code, not an API.
namespace Intimacy.Shared;

/// <summary>How far apart two spellings are, and the nearest known name to a misspelt one.</summary>
internal static class Spelling
{
    /// <summary>
    /// The known name nearest to <paramref name="name"/>, ignoring case, when it is at most
    /// <paramref name="maxDistance"/> edits away; the first of equally near names wins.
    /// </summary>
    public static string? Closest(string name, IEnumerable<string> candidates, int maxDistance)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        var lower = name.ToLowerInvariant();
        foreach (var candidate in candidates)
        {
            var distance = Distance(lower, candidate.ToLowerInvariant());
            if (distance < bestDistance)
            {
                (best, bestDistance) = (candidate, distance);
            }
        }

        return bestDistance <= maxDistance ? best : null;
    }

    /// <summary>
    /// The optimal string alignment distance: how many edits (insert, delete or change a character, or swap two
    /// neighbours) turn one spelling into the other. Case-sensitive.
    /// </summary>
    public static int Distance(string a, string b)
    {
        // Three rows of the table: two back (for swaps), the last and the current.
        var before = new int[b.Length + 1];
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var change = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(change, Math.Min(previous[j], current[j - 1]) + 1);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    current[j] = Math.Min(current[j], before[j - 2] + 1);
                }
            }

            (before, previous, current) = (previous, current, before);
        }

        return previous[b.Length];
    }
}
