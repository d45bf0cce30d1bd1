using Intimacy.Core.Plans;
using Intimacy.Recommendations.Explanations;

namespace Intimacy.Recommendations.Planning;

/// <summary>
/// An item on its way into a plan: merged candidates, before the veto and staging. Drafts are kept by
/// <see cref="WorkingPlanTables"/> and reused from one evaluation to the next: <see cref="Begin"/> starts
/// one, <see cref="Clear"/> empties it; what goes into a plan is copied out of it.
/// </summary>
internal sealed class Draft
{
    public Draft() => Clear();
    public InterventionIndex.Entry Entry { get; private set; } = null!;

    public ItemAudience Audience { get; private set; }

    public int Priority { get; set; }

    public Indicator Indicator { get; set; }

    /// <summary>The reasons so far; read them through <see cref="Seal"/> once merging is over.</summary>
    public List<Reason> Reasons { get; } = new(4);

    /// <summary>
    /// Reasons folded into <see cref="Reasons"/> (same rule, text and disclosure, other findings), kept
    /// aside and merged once by <see cref="Seal"/> rather than rebuilding the reason on every fold.
    /// </summary>
    private readonly List<(int Index, Reason Reason)> _folded = new(4);

    /// <summary>Set when the veto holds the item back: the gate or contraindication id.</summary>
    public string? HeldBy { get; set; }

    /// <summary>The precedence of what holds it back (lower wins); contraindications come after the table's rows.</summary>
    public int HeldByRank { get; set; }

    /// <summary>Why the item is held back, one reason per gate or contraindication that holds it.</summary>
    public List<Reason> WithheldReasons { get; } = new(2);

    /// <summary>Who may see the reasons of what holds it back (<see cref="HeldBy"/>), and so its id.</summary>
    public Disclosure HeldByDisclosure { get; private set; }

    public string Id => Entry.Intervention.Id;

    /// <summary>Starts the draft of an intervention for one audience (the draft is new or cleared).</summary>
    public void Begin(InterventionIndex.Entry entry, ItemAudience audience)
    {
        Entry = entry;
        Audience = audience;
    }

    /// <summary>
    /// Empties the draft and puts back its starting values, so that a kept draft holds nothing of the
    /// evaluation it served and starts the next like a new one.
    /// </summary>
    public void Clear()
    {
        Entry = null!;
        Priority = 0;
        Indicator = Indicator.Info;
        HeldBy = null;
        HeldByRank = int.MaxValue;
        HeldByDisclosure = Disclosure.ClinicianOnly;
        Reasons.Clear();
        _folded.Clear();
        WithheldReasons.Clear();
        _findingIds.Clear();
        _inputPaths.Clear();
    }

    /// <summary>Remembers that <paramref name="reason"/> is to be merged into the reason at <paramref name="index"/>.</summary>
    public void Fold(int index, Reason reason) => _folded.Add((index, reason));

    /// <summary>
    /// Applies the folded reasons: each merged reason cites the finding ids and inputs of all its parts
    /// (first seen first, no repeats) and the first threshold given.
    /// </summary>
    public void Seal()
    {
        if (_folded.Count == 0)
        {
            return;
        }

        var findingIds = _findingIds;
        var inputPaths = _inputPaths;
        for (var i = 0; i < Reasons.Count; i++)
        {
            var first = Reasons[i];
            findingIds.Clear();
            AddAll(findingIds, first.FindingIds);
            inputPaths.Clear();
            AddAll(inputPaths, first.InputPaths);
            var threshold = first.Threshold;
            var merged = false;
            foreach (var (index, part) in _folded)
            {
                // As if each part were merged into the reason so far, in the order they came: a part
                // citing nothing new changes nothing (not even the threshold).
                if (index != i || (SameItems(findingIds, part.FindingIds) && SameItems(inputPaths, part.InputPaths)))
                {
                    continue;
                }

                if (!merged)
                {
                    Distinct(findingIds);
                    Distinct(inputPaths);
                    merged = true;
                }

                AddNew(findingIds, part.FindingIds);
                AddNew(inputPaths, part.InputPaths);
                threshold ??= part.Threshold;
            }

            if (merged)
            {
                Reasons[i] = first with { FindingIds = findingIds.ToArray(), InputPaths = inputPaths.ToArray(), Threshold = threshold };
            }
        }

        _folded.Clear();
    }

    // Scratch lists for Seal, kept with the draft (drafts are reused): merging allocates only the merged reasons.
    private readonly List<string> _findingIds = new(8);
    private readonly List<string> _inputPaths = new(8);

    private static void AddAll(List<string> items, IReadOnlyList<string> more)
    {
        for (var i = 0; i < more.Count; i++)
        {
            items.Add(more[i]);
        }
    }

    private static void Distinct(List<string> items)
    {
        for (var i = items.Count - 1; i > 0; i--)
        {
            if (items.IndexOf(items[i]) < i)
            {
                items.RemoveAt(i);
            }
        }
    }

    private static void AddNew(List<string> items, IReadOnlyList<string> more)
    {
        for (var i = 0; i < more.Count; i++)
        {
            if (!items.Contains(more[i]))
            {
                items.Add(more[i]);
            }
        }
    }

    private static bool SameItems(List<string> items, IReadOnlyList<string> other)
    {
        if (items.Count != other.Count)
        {
            return false;
        }

        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] != other[i])
            {
                return false;
            }
        }

        return true;
    }

    public void Hold(string heldBy, int rank, Reason why)
    {
        if (rank < HeldByRank)
        {
            HeldBy = heldBy;
            HeldByRank = rank;
            HeldByDisclosure = why.Disclosure;
        }
        else if (rank == HeldByRank && heldBy == HeldBy)
        {
            // The same gate for both partners: visible where either reason is, never shared by accident.
            HeldByDisclosure = Privacy.Either([HeldByDisclosure, why.Disclosure]);
        }

        WithheldReasons.Add(why);
    }
}
