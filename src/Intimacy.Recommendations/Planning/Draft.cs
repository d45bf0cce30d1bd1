using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
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
    /// What each reason asks for, at the same position as <see cref="Reasons"/>: the highest priority
    /// and urgency among the candidates that gave it. A narrower view's item rests on its visible reasons only.
    /// </summary>
    public List<(int Priority, Indicator Indicator)> ReasonRanks { get; } = new(4);

    /// <summary>
    /// The draft in each narrower view (<see cref="ViewCouple"/>, <see cref="ViewPartnerA"/>,
    /// <see cref="ViewPartnerB"/>): whether any reason is visible there, and the priority and urgency
    /// resting on those reasons, after the plan's ranking rules ran within that view.
    /// </summary>
    public ViewRank[] Views { get; } = new ViewRank[3];

    /// <summary>The slot in <see cref="Views"/> of the couple's view; <c>-1</c> stands for the clinician's (the draft itself).</summary>
    public const int ViewCouple = 0;

    /// <summary>The slot in <see cref="Views"/> of partner A's view.</summary>
    public const int ViewPartnerA = 1;

    /// <summary>The slot in <see cref="Views"/> of partner B's view.</summary>
    public const int ViewPartnerB = 2;

    /// <summary>
    /// Reasons folded into <see cref="Reasons"/> (same rule, text and disclosure, other findings), kept
    /// aside and merged once by <see cref="Seal"/> rather than rebuilding the reason on every fold.
    /// </summary>
    private readonly List<(int Index, Reason Reason)> _folded = new(4);

    /// <summary>Set when the veto holds the item back: the gate or contraindication id.</summary>
    public string? HeldBy { get; set; }

    /// <summary>The precedence of what holds it back (lower wins); contraindications come after the table's rows.</summary>
    public int HeldByRank { get; set; }

    /// <summary>Why the item is held back: the reasons of each gate or contraindication that holds it.</summary>
    public List<Reason> WithheldReasons { get; } = new(2);

    /// <summary>What gave each reason in <see cref="WithheldReasons"/> (at the same position), and its precedence.</summary>
    public List<(string HeldBy, int Rank)> WithheldBy { get; } = new(2);

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
        if (!_explained)
        {
            // A draft that was given no reason (an outline's keeps none) has nothing else to empty: its lists and views
            // were not written, and are not read here either.
            return;
        }

        _explained = false;
        Reasons.Clear();
        ReasonRanks.Clear();
        Array.Clear(Views);

        _folded.Clear();
        _reasonIndex?.Clear();
        _indexed = 0;
        WithheldReasons.Clear();
        WithheldBy.Clear();
        _findingIds.Clear();
        _inputPaths.Clear();
    }

    // Whether the draft was given a reason, or a reason for a hold, since it was last cleared; a plan's drafts always are
    // (every candidate and every required item has a reason), and only such a draft's lists, views and scratch are written.
    private bool _explained;

    /// <summary>
    /// Whether the draft's lists grew far past what an ordinary item needs (an app rule proposed the item thousands of
    /// times): such a draft is not kept for the next evaluation (see <see cref="WorkingPlanTables.Recycle"/>), so that
    /// the room it grew goes with it. The lists not checked grow with one that is (the ranks and the reason index with the
    /// reasons, the holders with their reasons).
    /// </summary>
    public bool IsOutsized =>
        _explained && (Reasons.Capacity > MostKept || _folded.Capacity > MostKept || WithheldReasons.Capacity > MostKept
        || _findingIds.Capacity > MostKept || _inputPaths.Capacity > MostKept);

    /// <summary>The most entries a kept draft's list may have room for; ordinary items have a few reasons each.</summary>
    private const int MostKept = 64;

    /// <summary>How many reasons a draft searches one by one before it indexes them.</summary>
    private const int IndexReasonsFrom = 16;

    // The reasons by rule, text and disclosure, once there are more than IndexReasonsFrom of them (an app rule may
    // propose one item thousands of times, each with a reason of its own); the first _indexed reasons are in it.
    private Dictionary<(string RuleName, string Text, Disclosure Disclosure), int>? _reasonIndex;
    private int _indexed;

    /// <summary>
    /// The position in <see cref="Reasons"/> of the reason the same rule gave with the same text and disclosure (one
    /// that <paramref name="reason"/> merges into), or <c>-1</c>.
    /// </summary>
    public int FindReason(Reason reason)
    {
        var reasons = Reasons;
        if (reasons.Count <= IndexReasonsFrom)
        {
            for (var i = 0; i < reasons.Count; i++)
            {
                var existing = reasons[i];
                if (existing.RuleName == reason.RuleName && existing.Text == reason.Text && existing.Disclosure == reason.Disclosure)
                {
                    return i;
                }
            }

            return -1;
        }

        var index = _reasonIndex ??= [];
        for (; _indexed < reasons.Count; _indexed++)
        {
            var existing = reasons[_indexed];
            index.TryAdd((existing.RuleName, existing.Text, existing.Disclosure), _indexed);
        }

        return index.GetValueOrDefault((reason.RuleName, reason.Text, reason.Disclosure), -1);
    }

    /// <summary>Adds a reason with the priority and urgency of the candidate that gave it.</summary>
    public void AddReason(Reason reason, int priority, Indicator indicator)
    {
        _explained = true;
        Reasons.Add(reason);
        ReasonRanks.Add((priority, indicator));
    }

    /// <summary>Raises what the reason at <paramref name="index"/> asks for to at least the given priority and urgency.</summary>
    public void RaiseReason(int index, int priority, Indicator indicator)
    {
        var (p, i) = ReasonRanks[index];
        ReasonRanks[index] = (Math.Max(p, priority), (Indicator)Math.Max((int)i, (int)indicator));
    }

    /// <summary>Whether the draft has a reason the view may see (the clinician's, at <c>-1</c>, sees all).</summary>
    public bool InView(int view) => view < 0 || Views[view].Present;

    /// <summary>The draft's priority in a view (the clinician's, at <c>-1</c>, is <see cref="Priority"/>).</summary>
    public int PriorityIn(int view) => view < 0 ? Priority : Views[view].Priority;

    /// <summary>Sets the draft's priority in a view (the clinician's, at <c>-1</c>, is <see cref="Priority"/>).</summary>
    public void SetPriorityIn(int view, int priority)
    {
        if (view < 0)
        {
            Priority = priority;
        }
        else
        {
            Views[view].Priority = priority;
        }
    }

    /// <summary>Remembers that <paramref name="reason"/> is to be merged into the reason at <paramref name="index"/>.</summary>
    public void Fold(int index, Reason reason) => _folded.Add((index, reason));

    /// <summary>
    /// Applies the folded reasons: each merged reason cites the finding ids and inputs of all its parts
    /// (first seen first, no repeats) and the first threshold given.
    /// </summary>
    public void Seal()
    {
        var folded = _folded;
        if (folded.Count == 0)
        {
            return;
        }

        for (var i = 0; i < Reasons.Count; i++)
        {
            // Only reasons something was folded into change; the others are left as they are.
            var any = false;
            foreach (var (index, _) in folded)
            {
                if (index == i)
                {
                    any = true;
                    break;
                }
            }

            if (any)
            {
                SealAt(i);
            }
        }

        folded.Clear();
    }

    private void SealAt(int i)
    {
        // The merged reason depends only on the reason folded into and the parts, in order, and reasons are
        // immutable (built-in ones are reused across evaluations): each combination is merged once and kept
        // with the reason folded into, for as long as that reason lives (reused reasons only: see FoldedReasons).
        var first = Reasons[i];
        var hash = FoldedReasons.HashOf(_folded, i);
        if (FoldedReasons.Find(first, _folded, i, hash) is { } found)
        {
            Reasons[i] = found;
            return;
        }

        var merged = Merge(i, first);
        FoldedReasons.Add(first, _folded, i, hash, merged);
        Reasons[i] = merged;
    }

    /// <summary>The reason at <paramref name="i"/> with the parts folded into it merged, or <paramref name="first"/> when they cite nothing new.</summary>
    private Reason Merge(int i, Reason first)
    {
        var findingIds = _findingIds;
        var inputPaths = _inputPaths;
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
            threshold = WithThreshold(threshold, part.Threshold);
        }

        // The reason copies the scratch lists into read-only lists of its own.
        return merged ? first with { FindingIds = findingIds, InputPaths = inputPaths, Threshold = threshold } : first;
    }

    /// <summary>
    /// The thresholds of a reason citing several findings: each distinct one, in the order the findings came,
    /// so the reason states the cut-off of every score it cites (a CSI-4 and an RDAS, say), whichever partner is A.
    /// </summary>
    private static string? WithThreshold(string? threshold, string? more)
    {
        if (string.IsNullOrEmpty(more) || string.Equals(threshold, more, StringComparison.Ordinal))
        {
            return threshold ?? more;
        }

        if (string.IsNullOrEmpty(threshold))
        {
            return more;
        }

        foreach (var range in threshold.AsSpan().Split(ThresholdSeparator))
        {
            if (threshold.AsSpan()[range].SequenceEqual(more))
            {
                return threshold;
            }
        }

        return threshold + ThresholdSeparator + more;
    }

    private const string ThresholdSeparator = "; ";

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

    /// <summary>Whether <paramref name="items"/> holds <paramref name="item"/>: the same instance (the usual case, as the rules share their strings) or equal text.</summary>
    private static bool Holds(List<string> items, string item)
    {
        var span = CollectionsMarshal.AsSpan(items);
        foreach (var existing in span)
        {
            if (ReferenceEquals(existing, item))
            {
                return true;
            }
        }

        foreach (var existing in span)
        {
            if (string.Equals(existing, item, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
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
            if (!Holds(items, more[i]))
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
            var item = other[i];
            if (!ReferenceEquals(items[i], item) && items[i] != item)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Holds the item back: the gate or contraindication of highest precedence (lowest rank) is what the
    /// clinician's view names; every holder's reasons are kept, so each narrower view can name the highest
    /// one it may see a reason for (see <see cref="HolderIn"/>). Without a reason (<paramref name="why"/> null: an
    /// outline's working plan keeps none), only the holder counts.
    /// </summary>
    public void Hold(string heldBy, int rank, Reason? why)
    {
        if (rank < HeldByRank)
        {
            HeldBy = heldBy;
            HeldByRank = rank;
        }

        // Without a reason (an outline's working plan keeps none), only the holder is kept.
        if (why is not null)
        {
            _explained = true;
            WithheldReasons.Add(why);
            WithheldBy.Add((heldBy, rank));
        }
    }

    /// <summary>The holder of highest precedence among those with a reason the audience may see, or null.</summary>
    public string? HolderIn(Audience audience)
    {
        string? holder = null;
        var best = int.MaxValue;
        for (var i = 0; i < WithheldReasons.Count; i++)
        {
            var (heldBy, rank) = WithheldBy[i];
            if ((holder is null || rank < best) && WithheldReasons[i].Disclosure.IsVisibleTo(audience))
            {
                holder = heldBy;
                best = rank;
            }
        }

        return holder;
    }
}

/// <summary>
/// The merged reasons made from one reason (see <see cref="Draft.Seal"/>): for each list of parts folded into it,
/// in order, the merged reason. Kept with the reason, for as long as it lives, in a small hash table by the parts'
/// identity; a few combinations at most. Only reasons the engine reuses across evaluations (the answers kept with the
/// findings the built-in rules reuse, see <see cref="KeptAnswers"/>, marked by <see cref="Keep"/>) have a table, and a
/// combination is kept only when every part is such a reason too: a combination with a reason made for one evaluation
/// (an app rule's, or a built-in rule's answer to an app finding) could never be met again, and keeping it would keep
/// that couple's finding ids and answer paths (docs/safety.md, privacy rule). Thread-safe: a table is never changed once
/// it is kept, a bigger one replaces it whole, and a lost race only costs merging a combination again.
/// </summary>
internal static class FoldedReasons
{
    // Enough for the combinations the built-in rules make; past it, a combination is merged each time.
    private const int Most = 64;

    private static readonly ConditionalWeakTable<Reason, Combination[]> Known = [];

    /// <summary>Marks a reason the engine reuses across evaluations, whose combinations may be kept.</summary>
    public static void Keep(Reason reason) => Known.TryAdd(reason, []);

    /// <summary>A hash of the parts folded into the reason at <paramref name="index"/>, by their identity.</summary>
    public static int HashOf(List<(int Index, Reason Reason)> folded, int index)
    {
        var hash = 17;
        foreach (var (at, part) in CollectionsMarshal.AsSpan(folded))
        {
            if (at == index)
            {
                hash = (hash * 31) + RuntimeHelpers.GetHashCode(part);
            }
        }

        return hash;
    }

    /// <summary>
    /// The merged reason made from <paramref name="first"/> for the parts folded into it (at <paramref name="index"/>;
    /// their hash <paramref name="hash"/>), if made before.
    /// </summary>
    public static Reason? Find(Reason first, List<(int Index, Reason Reason)> folded, int index, int hash)
    {
        if (!Known.TryGetValue(first, out var table) || table.Length == 0)
        {
            return null;
        }

        // Open addressing, at most half full: a probe ends at an empty slot.
        var mask = table.Length - 1;
        for (var slot = hash & mask; table[slot].Merged is not null; slot = (slot + 1) & mask)
        {
            ref readonly var combination = ref table[slot];
            if (combination.Hash == hash && Same(combination, folded, index))
            {
                return combination.Merged;
            }
        }

        return null;
    }

    /// <summary>
    /// Keeps the reason merged from <paramref name="first"/> and the parts folded into it (at <paramref name="index"/>;
    /// their hash <paramref name="hash"/>), when all of them are reused ones (see <see cref="Keep"/>).
    /// </summary>
    public static void Add(Reason first, List<(int Index, Reason Reason)> folded, int index, int hash, Reason merged)
    {
        // Only combinations of reused reasons are kept (see the class's remarks).
        if (!Known.TryGetValue(first, out var table))
        {
            return;
        }

        foreach (var (at, part) in CollectionsMarshal.AsSpan(folded))
        {
            if (at == index && !Known.TryGetValue(part, out _))
            {
                return;
            }
        }

        var kept = 0;
        foreach (var combination in table)
        {
            kept += combination.Merged is null ? 0 : 1;
        }

        if (kept >= Most)
        {
            return;
        }

        var count = 0;
        foreach (var (at, _) in folded)
        {
            count += at == index ? 1 : 0;
        }

        var parts = new Reason[count];
        count = 0;
        foreach (var (at, part) in folded)
        {
            if (at == index)
            {
                parts[count++] = part;
            }
        }

        // A new table, twice as big as the combinations need, replaces the old one whole.
        var size = 4;
        while (size < (kept + 1) * 2)
        {
            size *= 2;
        }

        var grown = new Combination[size];
        foreach (var combination in table)
        {
            if (combination.Merged is not null)
            {
                Put(grown, combination);
            }
        }

        Put(grown, new Combination(hash, parts.Length, parts[0], parts.Length > 1 ? parts : null, merged));
        Known.AddOrUpdate(first, grown);
    }

    private static void Put(Combination[] table, Combination combination)
    {
        var mask = table.Length - 1;
        var slot = combination.Hash & mask;
        while (table[slot].Merged is not null)
        {
            slot = (slot + 1) & mask;
        }

        table[slot] = combination;
    }

    private static bool Same(in Combination combination, List<(int Index, Reason Reason)> folded, int index)
    {
        // The first part is kept in the combination itself: most combinations have one part, and need no other read.
        var next = 0;
        foreach (var (at, part) in CollectionsMarshal.AsSpan(folded))
        {
            if (at != index)
            {
                continue;
            }

            if (next == combination.Count || !ReferenceEquals(next == 0 ? combination.First : combination.Parts![next], part))
            {
                return false;
            }

            next++;
        }

        return next == combination.Count;
    }

    /// <summary>One combination: its hash, how many parts, the first part, all of them (when more than one), and the merged reason.</summary>
    private readonly record struct Combination(int Hash, int Count, Reason First, Reason[]? Parts, Reason Merged);
}

/// <summary>A draft as one narrower view sees it (see <see cref="Draft.Views"/>).</summary>
internal struct ViewRank
{
    /// <summary>Whether any of the draft's reasons is visible in the view.</summary>
    public bool Present;

    /// <summary>The priority resting on the visible reasons, after ranking within the view.</summary>
    public int Priority;

    /// <summary>The highest urgency among the visible reasons.</summary>
    public Indicator Indicator;
}
