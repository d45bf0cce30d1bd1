using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using Intimacy.Core.Interventions;
using Intimacy.Core.Plans;
using Intimacy.Core.Profiles;
using Intimacy.Recommendations.Crisis;
using Intimacy.Recommendations.Engine;
using Intimacy.Recommendations.Explanations;
using Intimacy.Recommendations.Facts;
using Intimacy.Recommendations.Safety;

namespace Intimacy.Recommendations.Planning;

/// <summary>Turns the facts left by the rules into a staged plan, after the safety veto.</summary>
internal sealed class PlanAssembler(InterventionIndex index, ICrisisContactProvider crisis, string? region, PlanStamp stamp, IReadOnlySet<string> safetyRuleNames)
{
    private static readonly PlanStage[] PhaseOrder =
        [PlanStage.EmotionalFoundation, PlanStage.NonSexualAffection, PlanStage.SexualReconnection, PlanStage.Maintenance];

    /// <summary>Empty lookup tables for <see cref="Assemble"/>, sized for this assembler's interventions.</summary>
    public WorkingPlanTables NewTables() => new(index.Count);

    /// <summary>Builds the plan; <paramref name="tables"/> (from <see cref="NewTables"/>) come and go back empty.</summary>
    public RecommendationPlan Assemble(CoupleProfile profile, CoupleGates coupleGates, IReadOnlyList<Candidate> candidates, IReadOnlyList<Finding> findings, WorkingPlanTables tables)
    {
        var working = Decide(profile, coupleGates, candidates, findings, tables, explain: true);
        var gates = coupleGates.Activations;
        var gateGroups = coupleGates.Groups;
        var allFindings = tables.Findings;
        WorkOutViews(working.Drafts, working.Ranking);

        // The lanes are gathered in the tables' scratch lists; the plan's records copy them into read-only lists of their own.
        var urgent = tables.Urgent;
        var support = tables.Support;
        var phases = tables.Phases;
        var withheld = tables.Withheld;
        var withheldKeys = tables.WithheldKeys;
        var drafts = working.Drafts;
        SortForPlan(drafts, tables.SortScratch);
        foreach (var draft in drafts)
        {
            draft.Seal();
            if (draft.HeldBy is not null)
            {
                // Listed only where both the item and something that holds it back may be known: a withheld
                // item must not reveal another partner's private gate, nor an item resting on their answers.
                // Each view names the holder it may see a reason for.
                var items = UnionOf(draft.Reasons);
                var holding = HoldingReasons(draft, items, tables.Holding);
                var disclosure = items.Intersect(UnionOf(holding));
                withheld.Add(new WithheldItem
                {
                    InterventionId = draft.Id,
                    Title = draft.Entry.Intervention.Name,
                    HeldBy = draft.HeldBy,
                    Reasons = holding,
                    Disclosure = disclosure,
                    Views = WithheldViews(draft),
                });
                withheldKeys.Add(WithheldKey(draft));
                continue;
            }

            var item = ToItem(draft);
            var lane = LaneOf(item.Track, item.Stage);
            (lane == 0 ? urgent : lane == Lanes - 1 ? support : phases[lane - 1]).Add(item);
        }

        CollectionsMarshal.AsSpan(withheldKeys).Sort(CollectionsMarshal.AsSpan(withheld));
        var phaseList = tables.PhaseList;
        for (var i = 0; i < PhaseOrder.Length; i++)
        {
            if (phases[i].Count > 0)
            {
                phaseList.Add(new PlanPhase(PhaseOrder[i], phases[i]));
            }
        }

        SortById(allFindings, tables.FindingScratch);
        var plan = new RecommendationPlan
        {
            Stamp = stamp,
            Notices = Notices(gates, gateGroups, tables.Notices),
            Urgent = urgent,
            Phases = phaseList,
            Support = support,
            Withheld = withheld,
            Findings = allFindings,
        };

        // The plan has copied what it needs from the drafts and the scratch lists; they and the lookup tables are
        // emptied for the next evaluation.
        working.Recycle();
        return plan;
    }

    /// <summary>
    /// Fills <paramref name="outline"/> with what <see cref="Assemble"/>'s plan would hold for counting (see
    /// <see cref="PlanOutline.Fill"/>), without making the plan: the same decisions, then no views, reasons or texts.
    /// </summary>
    public void Outline(CoupleProfile profile, CoupleGates coupleGates, IReadOnlyList<Candidate> candidates, IReadOnlyList<Finding> findings, WorkingPlanTables tables, PlanOutline outline)
    {
        // An outline holds no reasons and no disclosures, and nothing it holds depends on them (see WorkingPlan's explains):
        // the drafts are merged and vetoed without keeping reasons, and nothing is narrowed.
        var working = Decide(profile, coupleGates, candidates, findings, tables, explain: false);
        var drafts = working.Drafts;
        SortForPlan(drafts, tables.SortScratch);

        // The plan's lanes in its order: urgent, the phases in stage order, support; each in the drafts' order, as
        // Assemble fills them. A first pass works out each draft's lane and urgency and asks the crisis contact provider
        // what the plan's items would ask it (the outline holds no contacts, but a defective provider fails the plan, and
        // so fails the outline too), before anything is written; the second writes each item at its lane's next place.
        Span<byte> places = drafts.Count <= 128 ? stackalloc byte[drafts.Count] : new byte[drafts.Count];
        Span<byte> shown = drafts.Count <= 128 ? stackalloc byte[drafts.Count] : new byte[drafts.Count];
        Span<int> next = stackalloc int[Lanes];
        const byte Held = byte.MaxValue;
        var held = 0;
        for (var i = 0; i < drafts.Count; i++)
        {
            var draft = drafts[i];
            if (draft.HeldBy is not null)
            {
                places[i] = Held;
                held++;
                continue;
            }

            var (track, stage, indicator) = Placement(draft.Entry, draft.Indicator);
            var lane = LaneOf(track, stage);
            places[i] = (byte)lane;
            shown[i] = (byte)indicator;
            next[lane]++;
            _ = ContactsFor(draft.Entry);
        }

        // From each lane's count to its first place.
        var first = 0;
        for (var lane = 0; lane < Lanes; lane++)
        {
            (next[lane], first) = (first, first + next[lane]);
        }

        var items = outline.AddItems(drafts.Count - held);
        var withheld = outline.AddWithheld(held);
        Span<int> heldRanks = held <= 128 ? stackalloc int[held] : new int[held];
        held = 0;
        for (var i = 0; i < drafts.Count; i++)
        {
            var draft = drafts[i];
            var lane = places[i];
            if (lane == Held)
            {
                // By id (ordinal, through the id's rank): equal ranks are the same id, so the sort need not be stable.
                heldRanks[held] = draft.Entry.IdRank;
                withheld[held++] = draft.Entry.Intervention.Id;
                continue;
            }

            items[next[lane]++] = new OutlineItem(draft.Entry.Intervention.Id, draft.Audience, LaneTracks[lane], LaneStages[lane], (Indicator)shown[i], draft.Priority);
        }

        heldRanks.Sort(withheld);
        var allFindings = tables.Findings;
        SortById(allFindings, tables.FindingScratch);
        foreach (var finding in allFindings)
        {
            outline.AddFinding(finding);
        }

        working.Recycle();
    }

    // The plan's lanes, in its order: the urgent lane, the four phases, the support track.
    private const int Lanes = 6;

    private static int LaneOf(PlanTrack track, PlanStage stage) => track switch
    {
        PlanTrack.Urgent => 0,
        PlanTrack.Support => Lanes - 1,
        _ => 1 + Array.IndexOf(PhaseOrder, stage),
    };

    // Each lane's track and stage, as Placement gives them (a phase item's stage is its phase).
    private static readonly PlanTrack[] LaneTracks =
        [PlanTrack.Urgent, PlanTrack.Phase, PlanTrack.Phase, PlanTrack.Phase, PlanTrack.Phase, PlanTrack.Support];

    private static readonly PlanStage[] LaneStages =
        [PlanStage.Urgent, .. PhaseOrder, PlanStage.Support];

    /// <summary>
    /// What both <see cref="Assemble"/> and <see cref="Outline"/> start with: the rules' findings (with the gate findings
    /// the plan takes), the candidates merged into drafts, and the safety veto applied; with the reasons kept and everything
    /// narrowed to who may see it when <paramref name="explain"/> (for a plan).
    /// </summary>
    private WorkingPlan Decide(CoupleProfile profile, CoupleGates coupleGates, IReadOnlyList<Candidate> candidates, IReadOnlyList<Finding> findings, WorkingPlanTables tables, bool explain)
    {
        var working = new WorkingPlan(index, profile, tables, explain);
        var gates = coupleGates.Activations;
        var gateGroups = coupleGates.Groups;

        // The findings first: a reason may be seen only where the findings it cites may be.
        var allFindings = tables.Findings;

        // Walked by index, without an enumerator to allocate.
        for (var i = 0; i < findings.Count; i++)
        {
            AddFinding(findings[i], gates, gateGroups, working, allFindings);
        }

        GateFindings.AddMissing(gates, gateGroups, allFindings);
        working.UseFindings(allFindings);
        for (var i = 0; i < candidates.Count; i++)
        {
            working.Add(candidates[i]);
        }

        SafetyVeto.Apply(profile, gates, gateGroups, working);
        return working;
    }

    /// <summary>
    /// Adds a finding of the rules to the plan's, narrowed when the working plan explains (see <see cref="WorkingPlan.Narrow(Finding)"/>),
    /// unless it is a gate finding the plan does not take.
    /// </summary>
    private void AddFinding(Finding finding, IReadOnlyList<GateActivation> gates, GateGroup[][] gateGroups, WorkingPlan working, List<Finding> allFindings)
    {
        // Gate findings belong to the safety rules (one per gate in force); every disclosure is narrowed to its inputs.
        if (GateFindings.MayEnter(finding, gates, gateGroups, safetyRuleNames) && (finding.Kind != FindingKind.Safety || !GateFindings.HasId(allFindings, finding.Id)))
        {
            allFindings.Add(working.Narrow(finding));
        }
    }

    private static readonly Audience[] ViewAudiences = [Audience.Couple, Audience.PartnerA, Audience.PartnerB];

    /// <summary>
    /// Works out each draft's priority and urgency in the couple's and each partner's view from the reasons
    /// visible there, then applies the plan's ranking rules within each view (see <see cref="Draft.Views"/>).
    /// </summary>
    private static void WorkOutViews(List<Draft> drafts, SafetyVeto.RankingDrafts ranking)
    {
        // One pass over each draft's reasons for all three views; which views see every reason decides
        // which need the ranking rules run again (a view that sees everything reads as the clinician's).
        var seesAll = 0b111;
        foreach (var draft in drafts)
        {
            ViewRank couple = default, a = default, b = default;
            var reasons = draft.Reasons;
            for (var i = 0; i < reasons.Count; i++)
            {
                var disclosure = reasons[i].Disclosure;
                var (priority, indicator) = draft.ReasonRanks[i];
                if (disclosure.PartnerA && disclosure.PartnerB)
                {
                    Raise(ref couple, priority, indicator);
                }
                else
                {
                    seesAll &= ~0b001;
                }

                if (disclosure.PartnerA)
                {
                    Raise(ref a, priority, indicator);
                }
                else
                {
                    seesAll &= ~0b010;
                }

                if (disclosure.PartnerB)
                {
                    Raise(ref b, priority, indicator);
                }
                else
                {
                    seesAll &= ~0b100;
                }
            }

            draft.Views[Draft.ViewCouple] = couple;
            draft.Views[Draft.ViewPartnerA] = a;
            draft.Views[Draft.ViewPartnerB] = b;
        }

        for (var view = 0; view < ViewAudiences.Length; view++)
        {
            if ((seesAll & (1 << view)) == 0)
            {
                SafetyVeto.RankWithin(drafts, ranking, view);
                continue;
            }

            foreach (var draft in drafts)
            {
                draft.Views[view] = new ViewRank { Present = true, Priority = draft.Priority, Indicator = draft.Indicator };
            }
        }
    }

    private static void Raise(ref ViewRank rank, int priority, Indicator indicator)
    {
        rank.Priority = rank.Present ? Math.Max(rank.Priority, priority) : priority;
        rank.Indicator = (Indicator)Math.Max((int)rank.Indicator, (int)indicator);
        rank.Present = true;
    }

    /// <summary>
    /// Highest priority first, then by id (ordinal, through the id's rank) and audience. (id, audience) is
    /// unique, so the order is total; each draft's place is packed into one number and the drafts are sorted by it.
    /// </summary>
    private static void SortForPlan(List<Draft> drafts, Draft[] scratch)
    {
        var items = CollectionsMarshal.AsSpan(drafts);
        var onScale = items.Length <= RankedMost && items.Length <= scratch.Length;
        foreach (var draft in items)
        {
            onScale &= draft.Priority is >= 0 and <= 100;
        }

        if (onScale)
        {
            // Priorities on the scale (0 to 100, as merging and the veto keep them), descending, then the id's rank and
            // the audience: the keys are unique, so each draft's place is the number of keys below its own. For the few
            // dozen drafts of a plan, counting them (four keys to a comparison) costs less than a sort, has no branch to
            // mispredict, and moves each draft once.
            Span<long> keys = stackalloc long[RankedMost];
            keys.Fill(long.MaxValue);
            for (var i = 0; i < items.Length; i++)
            {
                var draft = items[i];
                keys[i] = ((long)(100 - draft.Priority) << 32) | (uint)((draft.Entry.IdRank * 4) + (int)draft.Audience);
            }

            var from = scratch.AsSpan(0, items.Length);
            items.CopyTo(from);
            PlaceByRank(keys, from, items);
            from.Clear();
            return;
        }

        Span<long> unscaled = items.Length <= 128 ? stackalloc long[items.Length] : new long[items.Length];
        for (var i = 0; i < items.Length; i++)
        {
            var draft = items[i];

            // Priority descending in the high half (any int: 2^31 - 1 - priority spans 0 to 2^32 - 1), then
            // the id's rank and the audience (0 to 2) in the low half; flipping the sign bit keeps the
            // unsigned order in a signed sort.
            var priority = (uint)(int.MaxValue - draft.Priority);
            unscaled[i] = (long)(((ulong)priority << 32) | (uint)((draft.Entry.IdRank * 4) + (int)draft.Audience)) ^ long.MinValue;
        }

        unscaled.Sort(items);
    }

    /// <summary>How many drafts <see cref="SortForPlan"/> places by counting; a multiple of every vector width.</summary>
    private const int RankedMost = 64;

    /// <summary>
    /// Puts each of <paramref name="from"/> at its key's rank in <paramref name="to"/>: the number of keys below it.
    /// The keys are unique, and past the drafts' own they are <see cref="long.MaxValue"/>, which no draft's key is.
    /// </summary>
    private static void PlaceByRank(Span<long> keys, ReadOnlySpan<Draft> from, Span<Draft> to)
    {
        // Only whole vectors that hold a draft's key are compared.
        if (Vector256.IsHardwareAccelerated)
        {
            var end = (from.Length + Vector256<long>.Count - 1) & ~(Vector256<long>.Count - 1);
            ref var first = ref MemoryMarshal.GetReference(keys);
            for (var i = 0; i < from.Length; i++)
            {
                var key = Vector256.Create(keys[i]);
                var rank = 0;
                for (var j = 0; j < end; j += Vector256<long>.Count)
                {
                    var below = Vector256.LessThan(Vector256.LoadUnsafe(ref first, (nuint)j), key);
                    rank += BitOperations.PopCount(below.ExtractMostSignificantBits());
                }

                to[rank] = from[i];
            }

            return;
        }

        for (var i = 0; i < from.Length; i++)
        {
            var key = keys[i];
            var rank = 0;
            for (var j = 0; j < from.Length; j++)
            {
                rank += keys[j] < key ? 1 : 0;
            }

            to[rank] = from[i];
        }
    }

    /// <summary>
    /// A withheld entry's place in the list, packed like <see cref="SortForPlan"/>'s keys. The list is one for
    /// every view, so it goes by what every view may see: the item's priority in the couple's view for an item
    /// with a shared reason, and for the others (after those) nothing but the id and audience. Which entries a
    /// view lists may rest on answers it may not see (a private gate holds items back in every view), but their
    /// order never does. For a plan whose withheld items rest on shared reasons alone this is the plan order.
    /// </summary>
    private static long WithheldKey(Draft draft)
    {
        var couple = draft.Views[Draft.ViewCouple];
        var high = (uint)((long)int.MaxValue - (couple.Present ? couple.Priority : int.MinValue));
        return (long)(((ulong)high << 32) | (uint)((draft.Entry.IdRank * 4) + (int)draft.Audience)) ^ long.MinValue;
    }

    /// <summary>Orders the findings by id (ordinal), keeping the order they came in among equal ids.</summary>
    private static void SortById(List<Finding> findings, Finding[] scratch)
    {
        var sorted = CollectionsMarshal.AsSpan(findings);
        if (sorted.Length > scratch.Length)
        {
            InsertionSortById(sorted);
            return;
        }

        // Each id's first sixteen characters, packed into two numbers that compare as the text does (when each of
        // them fits in a byte), so most comparisons are of numbers; the findings are moved once, at the end.
        Span<IdKey> keys = stackalloc IdKey[sorted.Length];
        for (var i = 0; i < keys.Length; i++)
        {
            keys[i] = IdKey.Of(sorted[i].Id, i);
        }

        for (var i = 1; i < keys.Length; i++)
        {
            var current = keys[i];
            var j = i - 1;
            while (j >= 0 && IdKey.Follows(keys[j], current, sorted))
            {
                keys[j + 1] = keys[j];
                j--;
            }

            keys[j + 1] = current;
        }

        var from = scratch.AsSpan(0, sorted.Length);
        sorted.CopyTo(from);
        for (var i = 0; i < keys.Length; i++)
        {
            sorted[i] = from[keys[i].Index];
        }

        from.Clear();
    }

    private static void InsertionSortById(Span<Finding> sorted)
    {
        for (var i = 1; i < sorted.Length; i++)
        {
            var current = sorted[i];
            var j = i - 1;
            while (j >= 0 && string.CompareOrdinal(sorted[j].Id, current.Id) > 0)
            {
                sorted[j + 1] = sorted[j];
                j--;
            }

            sorted[j + 1] = current;
        }
    }

    /// <summary>
    /// A finding's place in <see cref="SortById"/>: the first sixteen characters of its id, one byte each, in two numbers
    /// (a missing character is zero), and the finding's position. Where every one of those characters fits in a byte
    /// (<see cref="Exact"/>), numbers that differ order the ids as an ordinal comparison would; otherwise, or when they
    /// are equal, the ids themselves are compared.
    /// </summary>
    private readonly record struct IdKey(ulong High, ulong Low, int Index, bool Exact)
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static IdKey Of(string id, int index)
        {
            // The vector's bytes read as numbers the way the text orders only on a little-endian machine.
            if (Vector128.IsHardwareAccelerated && BitConverter.IsLittleEndian && id.Length >= 16)
            {
                ref var chars = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(id.AsSpan()));
                var first = Vector128.LoadUnsafe(ref chars);
                var second = Vector128.LoadUnsafe(ref chars, 8);
                var exact = !Vector128.GreaterThanAny(first | second, Vector128.Create((ushort)0xFF));
                var bytes = Vector128.Narrow(first, second).AsUInt64();
                return new IdKey(BinaryPrimitives.ReverseEndianness(bytes[0]), BinaryPrimitives.ReverseEndianness(bytes[1]), index, exact);
            }

            var fits = true;
            var high = Pack(id.AsSpan(), ref fits);
            var low = Pack(id.Length > 8 ? id.AsSpan(8) : default, ref fits);
            return new IdKey(high, low, index, fits);
        }

        private static ulong Pack(ReadOnlySpan<char> chars, ref bool fits)
        {
            ulong packed = 0;
            for (var i = 0; i < 8; i++)
            {
                var c = i < chars.Length ? chars[i] : '\0';
                fits &= c <= 0xFF;
                packed = (packed << 8) | (byte)c;
            }

            return packed;
        }

        /// <summary>Whether <paramref name="left"/>'s id comes after <paramref name="right"/>'s (ordinal).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static bool Follows(in IdKey left, in IdKey right, ReadOnlySpan<Finding> findings)
        {
            if (left.Exact & right.Exact)
            {
                if (left.High != right.High)
                {
                    return left.High > right.High;
                }

                if (left.Low != right.Low)
                {
                    return left.Low > right.Low;
                }
            }

            return string.CompareOrdinal(findings[left.Index].Id, findings[right.Index].Id) > 0;
        }
    }

    /// <summary>
    /// One notice for each gate in force and each audience that may see one of its triggers (the widest group of each
    /// partner's triggers). A partner's notice that another notice of the gate already shows to the same views adds
    /// nothing and is left out, so a view never shows the same notice twice; only when each partner's private answers
    /// apply a gate are there two, each private to its partner (a disclosure cannot say "both partners but not the
    /// couple"). While imminent danger applies, every other step waits, and so do the other rows' notices wherever
    /// imminent danger's notice is seen: that notice says the rest of the plan is on hold. Another row's notice is
    /// left out only when one imminent-danger notice reaches every view it would reach; a notice that views without
    /// the imminent-danger notice would show stays, since leaving it out there would tell them of a private danger.
    /// </summary>
    private static IReadOnlyList<SafetyNotice> Notices(IReadOnlyList<GateActivation> gates, GateGroup[][] groups, List<SafetyNotice> notices)
    {
        if (gates.Count == 0)
        {
            return [];
        }

        // Gates come in precedence order, partner A before partner B, so imminent danger's notices, when it applies, come first.
        // Gathered in the tables' scratch list, which the plan's record copies.
        var dangerNotices = 0;
        for (var i = 0; i < gates.Count; i++)
        {
            var gate = gates[i];

            // Shown wherever some trigger may be seen: each trigger applies the gate on its own.
            var disclosure = groups[i][0].Disclosure;
            if (gate.Gate != SafetyGate.ImminentDanger && AnyCovers(notices, dangerNotices, disclosure))
            {
                continue;
            }

            var shown = false;
            for (var j = notices.Count - 1; j >= 0 && notices[j].GateId == gate.GateId; j--)
            {
                if (Covers(notices[j].Disclosure, disclosure))
                {
                    shown = true;
                }
                else if (Covers(disclosure, notices[j].Disclosure))
                {
                    notices.RemoveAt(j);
                }
            }

            if (!shown)
            {
                // A notice depends on the gate and the disclosure alone: each is made once (notices are immutable).
                ref var kept = ref KeptNotices[((int)gate.Gate * 4) + GateGroups.Slot(disclosure)];
                notices.Add(kept ??= new SafetyNotice(gate.GateId, GateTexts.Notice(gate.Gate), disclosure));
            }

            if (gate.Gate == SafetyGate.ImminentDanger)
            {
                dangerNotices = notices.Count;
            }
        }

        return notices;
    }

    // The notices made so far, by gate and disclosure (see GateGroups.Slot). Slots are written whole, and two threads
    // making the same notice make equal ones.
    private static readonly SafetyNotice?[] KeptNotices = new SafetyNotice?[SafetyGates.All.Count * 4];

    /// <summary>Whether one of the first <paramref name="count"/> notices reaches every view <paramref name="disclosure"/> reaches.</summary>
    /// <remarks>One notice, not their union: two notices each private to a partner together reach both partners, yet neither reaches the couple's view.</remarks>
    private static bool AnyCovers(List<SafetyNotice> notices, int count, Disclosure disclosure)
    {
        for (var i = 0; i < count; i++)
        {
            if (Covers(notices[i].Disclosure, disclosure))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether every view that may see <paramref name="narrower"/> may see <paramref name="wider"/>.</summary>
    private static bool Covers(Disclosure wider, Disclosure narrower) =>
        (wider.PartnerA || !narrower.PartnerA) && (wider.PartnerB || !narrower.PartnerB);

    private static IReadOnlyList<WithheldView>? WithheldViews(Draft draft)
    {
        List<WithheldView>? views = null;
        foreach (var audience in ViewAudiences)
        {
            if (draft.HolderIn(audience) is { } holder && holder != draft.HeldBy)
            {
                (views ??= new(3)).Add(new WithheldView { Audience = audience, HeldBy = holder });
            }
        }

        return views;
    }

    /// <summary>
    /// The reasons a withheld entry gives for holding the item back. A view lists the entry only where some
    /// reason for the item and some holding reason may both be seen (its disclosure is the intersection of their
    /// unions, and <see cref="RecommendationPlan.ForAudience"/> asks for a holding reason the view may see). A
    /// shared holding reason would show the entry to the couple although no reason for the item is shared, and a
    /// disclosure cannot say "both partners but not the couple"; so, where no reason for the item is shared, each
    /// shared holding reason is given once for each partner with a reason for the item, private to that partner.
    /// Each partner's view then shows the entry by that partner's own reasons only: whether the other partner's
    /// private answers also recommended the item changes nothing there.
    /// </summary>
    /// <param name="draft">The withheld draft.</param>
    /// <param name="items">Where some reason for the item may be seen (the union of the draft's reasons).</param>
    /// <param name="scratch">An empty list to gather the reasons in, when the draft's own will not do.</param>
    /// <returns>The reasons, in a list that the withheld entry copies.</returns>
    private static List<Reason> HoldingReasons(Draft draft, Disclosure items, List<Reason> scratch)
    {
        var sharedHold = false;
        foreach (var reason in draft.WithheldReasons)
        {
            sharedHold |= reason.Disclosure.IsShared;
        }

        if (!sharedHold || items == Disclosure.ClinicianOnly || AnyShared(draft.Reasons))
        {
            return draft.WithheldReasons;
        }

        var holding = scratch;
        holding.Clear();
        foreach (var reason in draft.WithheldReasons)
        {
            if (!reason.Disclosure.IsShared)
            {
                holding.Add(reason);
                continue;
            }

            if (items.PartnerA)
            {
                holding.Add(reason with { Disclosure = Disclosure.PrivateTo(PartnerId.PartnerA) });
            }

            if (items.PartnerB)
            {
                holding.Add(reason with { Disclosure = Disclosure.PrivateTo(PartnerId.PartnerB) });
            }
        }

        return holding;
    }

    private static bool AnyShared(List<Reason> reasons)
    {
        foreach (var reason in reasons)
        {
            if (reason.Disclosure.IsShared)
            {
                return true;
            }
        }

        return false;
    }

    private static Disclosure UnionOf(List<Reason> reasons)
    {
        bool a = false, b = false;
        foreach (var reason in CollectionsMarshal.AsSpan(reasons))
        {
            var disclosure = reason.Disclosure;
            a |= disclosure.PartnerA;
            b |= disclosure.PartnerB;
        }

        return new Disclosure(a, b);
    }

    private PlanItem ToItem(Draft draft)
    {
        var intervention = draft.Entry.Intervention;
        var (track, stage, indicator) = Placement(draft.Entry, draft.Indicator);
        List<ItemView>? views = null;
        for (var view = 0; view < ViewAudiences.Length; view++)
        {
            var rank = draft.Views[view];
            if (!rank.Present || (rank.Priority == draft.Priority && rank.Indicator == draft.Indicator))
            {
                continue;
            }

            var (viewTrack, viewStage, viewIndicator) = Placement(draft.Entry, rank.Indicator);
            if (rank.Priority != draft.Priority || viewIndicator != indicator || viewTrack != track || viewStage != stage)
            {
                (views ??= new(3)).Add(new ItemView { Audience = ViewAudiences[view], Priority = rank.Priority, Indicator = viewIndicator, Track = viewTrack, Stage = viewStage });
            }
        }

        return new PlanItem
        {
            InterventionId = intervention.Id,
            Title = intervention.Name,
            Summary = draft.Entry.Summary,
            Detail = draft.Entry.Detail,
            Kind = intervention.Kind,
            Stage = stage,
            Track = track,
            Indicator = indicator,
            Priority = draft.Priority,
            Views = views,
            Audience = draft.Audience,
            Reasons = draft.Reasons,
            Sources = draft.Entry.Citations,
            Contacts = ContactsFor(draft.Entry),
            Disclosure = UnionOf(draft.Reasons),
        };
    }

    /// <summary>Where an intervention of the given urgency goes: its track, its stage there, and the urgency it shows.</summary>
    private static (PlanTrack Track, PlanStage Stage, Indicator Indicator) Placement(InterventionIndex.Entry entry, Indicator indicator)
    {
        var intervention = entry.Intervention;
        var track = TrackOf(entry, indicator);
        var stage = track == PlanTrack.Phase ? intervention.Stage : track == PlanTrack.Urgent ? PlanStage.Urgent : PlanStage.Support;
        return (track, stage, track == PlanTrack.Urgent ? Indicator.Critical : indicator);
    }

    private static PlanTrack TrackOf(InterventionIndex.Entry entry, Indicator indicator)
    {
        var intervention = entry.Intervention;

        // Emergency services is urgent in every view whatever urgency the reasons a view may see ask for: an app may
        // propose it at "info", and where row 1's critical reason rests on answers the view may not see, the item
        // would otherwise sit in the support track below the urgent lane (docs/safety.md: it comes first wherever shown).
        if (intervention.Kind == InterventionKind.Safety && (indicator == Indicator.Critical || entry.IsEmergency))
        {
            return PlanTrack.Urgent;
        }

        return intervention.Stage is PlanStage.EmotionalFoundation or PlanStage.NonSexualAffection or PlanStage.SexualReconnection or PlanStage.Maintenance
            && intervention.Kind is InterventionKind.SelfGuidedExercise or InterventionKind.SharedActivity
            ? PlanTrack.Phase
            : PlanTrack.Support;
    }

    /// <summary>
    /// A provider's contacts for the item. A provider may hand out the same list every time: the item keeps its own
    /// read-only copy (unless the list is immutable already), so no caller's edit of one plan may change the
    /// emergency contacts of the next.
    /// </summary>
    private IReadOnlyList<CrisisContact> ContactsFor(InterventionIndex.Entry entry) =>
        entry.ContactKind is { } kind ? crisis.GetContacts(region, kind) ?? [] : [];
}
