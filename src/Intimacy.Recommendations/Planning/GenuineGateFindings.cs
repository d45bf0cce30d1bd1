using Intimacy.Core.Plans;

namespace Intimacy.Recommendations.Planning;

/// <summary>
/// The gate findings the built-in safety rules made in the evaluation running on this thread, remembered by
/// identity. A finding's rule name is a string any rule can copy, and a <c>with</c> copy copies every field, so
/// the plan takes a gate finding from working memory only if it is one of these very objects, made in this
/// very evaluation; a forged, altered or kept-over one is dropped and the veto records the gate itself
/// (<see cref="GateFindings.AddMissing"/>).
/// </summary>
/// <remarks>
/// An evaluation inserts its facts, fires its rules and assembles its plan on the calling thread, so a list
/// per thread, lent by the engine for the evaluation (<see cref="Begin"/>, <see cref="End"/>), is enough:
/// no table shared between threads, no lock, and nothing kept once the evaluation ends.
/// </remarks>
internal static class GenuineGateFindings
{
    // Null outside an evaluation: a finding made by a rule fired some other way is not remembered.
    [ThreadStatic]
    private static List<Finding>? t_made;

    /// <summary>Remembers a finding a built-in safety rule made, and returns it.</summary>
    public static Finding Mark(Finding finding)
    {
        t_made?.Add(finding);
        return finding;
    }

    /// <summary>Whether a built-in safety rule made this very finding in the current evaluation.</summary>
    public static bool Contains(Finding finding)
    {
        if (t_made is { } made)
        {
            foreach (var genuine in made)
            {
                if (ReferenceEquals(genuine, finding))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Starts remembering into <paramref name="list"/> (emptied first); returns what was being remembered before, for <see cref="End"/>.</summary>
    public static List<Finding>? Begin(List<Finding> list)
    {
        var outer = t_made;
        list.Clear();
        t_made = list;
        return outer;
    }

    /// <summary>Stops remembering into <paramref name="list"/> (emptied, so it holds nothing of the evaluation) and goes back to <paramref name="outer"/>.</summary>
    public static void End(List<Finding> list, List<Finding>? outer)
    {
        list.Clear();
        t_made = outer;
    }
}
