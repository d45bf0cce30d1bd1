using Intimacy.Recommendations.Facts;
using Intimacy.Rules.RuleModel;

namespace Intimacy.Recommendations.Planning;

/// <summary>
/// The built-in rules' candidates, handed straight to the planner in an evaluation that no app rule takes part in,
/// instead of being inserted into working memory one by one.
/// </summary>
/// <remarks>
/// <para>
/// Candidates are facts so that app rules can see, match, update and retract them. With no app rule loaded, no rule of
/// the engine matches a candidate (the built-in rules only make them) and nothing else reads working memory but the
/// engine's own query after firing; inserting them then only costs time (about 5% of an evaluation: some 47 inserts,
/// each hashed, stored, dispatched to no node and later read back and removed). So the engine lends a list for the
/// evaluation (<see cref="Begin"/>, <see cref="End"/>) and the built-in rules add their candidates to it, in the order
/// they would have inserted them, which is the order the query returns them in. The plans and firing counts are the
/// same either way (tests compare the two paths over generated profiles).
/// </para>
/// <para>
/// A list per thread is enough, as for <see cref="GenuineGateFindings"/>: an evaluation fires its rules on the
/// calling thread. Outside such an evaluation (an engine with app rules, or the built-in rule classes loaded into a
/// session of the app's own) there is no list, and the rules insert their candidates as facts.
/// </para>
/// </remarks>
internal static class HandedCandidates
{
    // Null outside an evaluation that takes candidates this way.
    [ThreadStatic]
    private static List<Candidate>? t_taken;

    /// <summary>
    /// Proposes a built-in rule's candidates: adds them to the current evaluation's list when it takes them this way,
    /// otherwise inserts them as facts through the firing rule's <paramref name="context"/>.
    /// </summary>
    public static void Propose(IContext context, Candidate[] candidates)
    {
        if (t_taken is { } taken)
        {
            // As a span: List's AddRange of an array goes through the array's collection interface.
            taken.AddRange(candidates.AsSpan());
            return;
        }

        foreach (var candidate in candidates)
        {
            context.Insert(candidate);
        }
    }

    /// <summary>
    /// Starts an evaluation's firing: candidates go into <paramref name="list"/> (emptied first), or, when it is null (app
    /// rules are loaded), are inserted as facts, even inside another evaluation that takes them. Returns what was in force
    /// before, for <see cref="End"/>.
    /// </summary>
    public static List<Candidate>? Begin(List<Candidate>? list)
    {
        var outer = t_taken;
        list?.Clear();
        t_taken = list;
        return outer;
    }

    /// <summary>Ends the firing and goes back to <paramref name="outer"/>; the list keeps what it took, for the planner.</summary>
    public static void End(List<Candidate>? outer) => t_taken = outer;
}
