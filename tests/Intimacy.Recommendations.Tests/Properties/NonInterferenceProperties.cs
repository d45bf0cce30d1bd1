using FsCheck;
using FsCheck.Fluent;
using Intimacy.Core.Plans;
using Intimacy.Core.Profiles;
using Intimacy.Core.Serialization;
using Intimacy.Recommendations.Engine;

namespace Intimacy.Recommendations.Tests.Properties;

/// <summary>
/// A stronger privacy check than reading input paths: the findings a view shows must not change when
/// answers hidden from that view change. Each profile's private sections (both partners' for the couple's
/// view, the other partner's for a partner's view) are replaced by other generated answers, keeping their
/// visibility, and the view's findings are compared. This catches a rule that reads a private answer
/// without citing it.
/// </summary>
/// <remarks>
/// Gate findings are checked like the rest: a gate's finding cites the triggers its widest audience may see,
/// and each trigger applies the gate on its own, so what a view shows of a gate rests on answers it may see.
/// </remarks>
public class NonInterferenceProperties
{
    private const int Profiles = 1500;

    /// <summary>The baseline engine's plans for the first profiles of the sample (defaults, late hostile rules, nothing switched off).</summary>
    private static readonly Lazy<RecommendationPlan[]> Baseline = new(() =>
    {
        var sample = PropertySample.Instance;
        var plans = new RecommendationPlan[Profiles];
        Parallel.For(0, Profiles, i => plans[i] = sample.Engines[0].Recommend(sample.Profiles[i]));
        return plans;
    });

    /// <summary>
    /// The built-in rules alone, for the items: an app rule that reads a private finding yet cites only
    /// shared answers (as the pool's hostile rule does) can defeat any check of this kind, which is why the
    /// veto narrows each reason to what its inputs and cited findings allow and apps must cite what they read.
    /// </summary>
    private static readonly Lazy<RecommendationEngine> BuiltInOnly = new(RecommendationEngine.CreateDefault);

    [Theory]
    [InlineData(Audience.Couple)]
    [InlineData(Audience.PartnerA)]
    [InlineData(Audience.PartnerB)]
    public void TheFindingsOfAView_DoNotDependOnAnswersHiddenFromIt(Audience audience) =>
        CheckAgainstHiddenAnswers(audience, 2_000_000, "findings", PropertySample.Instance.Engines[0], (before, after) =>
        {
            var was = Findings(before);
            var now = Findings(after);
            return [.. was.Except(now).Select(f => "only before: " + f).Concat(now.Except(was).Select(f => "only after: " + f))];
        });

    /// <summary>
    /// An item or withheld entry a view shows either way reads the same either way: its priority, urgency,
    /// place, what holds it back, its reasons and who else may see them, and the items' order. (Whether it
    /// shows at all may depend on hidden answers: a private safety gate or contraindication holds joint items
    /// back in every view, on purpose; see docs/safety.md.)
    /// </summary>
    [Theory]
    [InlineData(Audience.Couple)]
    [InlineData(Audience.PartnerA)]
    [InlineData(Audience.PartnerB)]
    public void TheItemsAViewShowsEitherWay_ReadTheSameEitherWay(Audience audience)
    {
        var compared = 0;
        CheckAgainstHiddenAnswers(audience, 3_000_000, "items", BuiltInOnly.Value, (before, after) =>
        {
            var was = Items(before);
            var now = Items(after);
            var common = was.Keys.Intersect(now.Keys).ToHashSet(StringComparer.Ordinal);
            Interlocked.Add(ref compared, common.Count);
            List<string> changes = [.. common.Where(k => was[k] != now[k]).Select(k => $"{k} reads '{was[k]}' before and '{now[k]}' after")];
            var orderBefore = string.Join(", ", before.AllItems.Select(Key).Where(common.Contains));
            var orderAfter = string.Join(", ", after.AllItems.Select(Key).Where(common.Contains));
            if (orderBefore != orderAfter)
            {
                changes.Add($"the items both show come in another order: {orderBefore} before, {orderAfter} after");
            }

            var heldBefore = string.Join(", ", before.Withheld.Select(w => "withheld " + w.InterventionId).Where(common.Contains));
            var heldAfter = string.Join(", ", after.Withheld.Select(w => "withheld " + w.InterventionId).Where(common.Contains));
            if (heldBefore != heldAfter)
            {
                changes.Add($"the withheld entries both show come in another order: {heldBefore} before, {heldAfter} after");
            }

            return changes;
        });
        compared.Should().BeGreaterThan(Profiles * 3, "the views must share enough items and withheld entries for the comparison to mean something");
    }

    /// <summary>
    /// Where a view shows the same items and withheld entries either way, it is the same view byte for byte
    /// (plan JSON, which also carries what the items read in narrower views): nothing else in it may rest on
    /// hidden answers. The checks above name what differs; this one catches whatever they do not compare.
    /// </summary>
    [Theory]
    [InlineData(Audience.Couple)]
    [InlineData(Audience.PartnerA)]
    [InlineData(Audience.PartnerB)]
    public void AViewShowingTheSameEntriesEitherWay_IsTheSameJsonEitherWay(Audience audience)
    {
        var compared = 0;
        CheckAgainstHiddenAnswers(audience, 4_000_000, "JSON", BuiltInOnly.Value, (before, after) =>
        {
            static string Entries(RecommendationPlan view) =>
                string.Join(",", view.AllItems.Select(Key).Order(StringComparer.Ordinal)) + "|" + string.Join(",", view.Withheld.Select(w => w.InterventionId).Order(StringComparer.Ordinal));
            if (Entries(before) != Entries(after))
            {
                return [];
            }

            Interlocked.Increment(ref compared);
            var was = PlanJson.Serialize(before, indented: true).Split('\n');
            var now = PlanJson.Serialize(after, indented: true).Split('\n');
            var line = 0;
            while (line < was.Length && line < now.Length && was[line] == now[line])
            {
                line++;
            }

            return line == was.Length && line == now.Length
                ? []
                : [$"plan JSON differs from line {line + 1}: '{(line < was.Length ? was[line].Trim() : "(end)")}' before, '{(line < now.Length ? now[line].Trim() : "(end)")}' after"];
        });
        compared.Should().BeGreaterThan(Profiles / 4, "enough perturbed profiles must show the same entries for the comparison to mean something");
    }

    /// <summary>
    /// A view's safety notices rest only on answers it may see, whether or not the items it shows change with hidden
    /// answers (a private gate holds items back in every view, so the JSON check above skips those profiles). Each
    /// notice follows a trigger the view may see; imminent danger resting on a hidden answer takes no notice away.
    /// </summary>
    [Theory]
    [InlineData(Audience.Couple)]
    [InlineData(Audience.PartnerA)]
    [InlineData(Audience.PartnerB)]
    public void TheNoticesOfAView_DoNotDependOnAnswersHiddenFromIt(Audience audience)
    {
        var shown = 0;
        CheckAgainstHiddenAnswers(audience, 6_000_000, "notices", BuiltInOnly.Value, (before, after) =>
        {
            Interlocked.Add(ref shown, before.Notices.Count);
            var was = string.Join(" | ", before.Notices.Select(n => $"{n.GateId} {n.Disclosure}: {n.Text}"));
            var now = string.Join(" | ", after.Notices.Select(n => $"{n.GateId} {n.Disclosure}: {n.Text}"));
            return was == now ? [] : [$"the notices read '{was}' before and '{now}' after"];
        });
        shown.Should().BeGreaterThan(Profiles / 10, "the views must show enough notices for the comparison to mean something");
    }

    /// <summary>
    /// An item or withheld entry a view shows either way is the same record either way, down to what the checks above
    /// do not compare: its title, text, sources, crisis contacts and the couple's reading a partner's view keeps
    /// (<see cref="PlanItem.Views"/>, <see cref="WithheldItem.Views"/>), even when the view's other entries differ.
    /// </summary>
    [Theory]
    [InlineData(Audience.Couple)]
    [InlineData(Audience.PartnerA)]
    [InlineData(Audience.PartnerB)]
    public void AnEntryAViewShowsEitherWay_IsTheSameRecordEitherWay(Audience audience)
    {
        var compared = 0;
        CheckAgainstHiddenAnswers(audience, 7_000_000, "entries", BuiltInOnly.Value, (before, after) =>
        {
            var itemsBefore = before.AllItems.ToDictionary(Key, StringComparer.Ordinal);
            var itemsAfter = after.AllItems.ToDictionary(Key, StringComparer.Ordinal);
            List<string> changes = [];
            foreach (var key in itemsBefore.Keys.Where(itemsAfter.ContainsKey))
            {
                Interlocked.Increment(ref compared);
                if (!itemsBefore[key].Equals(itemsAfter[key]))
                {
                    changes.Add($"{key} is another record: {Json(before, itemsBefore[key])} before, {Json(after, itemsAfter[key])} after");
                }
            }

            // Withheld entries have no audience of their own: an intervention's entries are compared in list order.
            foreach (var group in before.Withheld.GroupBy(w => w.InterventionId, StringComparer.Ordinal))
            {
                var others = after.Withheld.Where(w => w.InterventionId == group.Key).ToList();
                if (group.Count() == others.Count && !group.SequenceEqual(others))
                {
                    changes.Add($"withheld {group.Key} is another record: {string.Join(", ", group)} before, {string.Join(", ", others)} after");
                }
            }

            return changes;
        });
        compared.Should().BeGreaterThan(Profiles * 3, "the views must share enough items for the comparison to mean something");
    }

    private static string Json(RecommendationPlan view, PlanItem item) =>
        PlanJson.Serialize(view with { Notices = [], Urgent = [item], Phases = [], Support = [], Withheld = [], Findings = [] });

    /// <summary>
    /// A partner's held-back list names the same items whatever the other partner answered in private: a gate
    /// or contraindication resting on the other partner's private answers takes items out of this view, but
    /// lists nothing here, and what this view lists rests on its own reasons (so another reason for the same
    /// item, private to the other partner, may not take an entry away).
    /// </summary>
    [Theory]
    [InlineData(Audience.PartnerA)]
    [InlineData(Audience.PartnerB)]
    public void APartnersHeldBackList_NamesTheSameItems_WhateverTheOtherPartnerAnsweredInPrivate(Audience audience)
    {
        var listed = 0;
        CheckAgainstHiddenAnswers(audience, 5_000_000, "held-back list", BuiltInOnly.Value, (before, after) =>
        {
            Interlocked.Add(ref listed, before.Withheld.Count);
            var was = string.Join(", ", before.Withheld.Select(w => w.InterventionId + " held by " + w.HeldBy));
            var now = string.Join(", ", after.Withheld.Select(w => w.InterventionId + " held by " + w.HeldBy));
            return was == now ? [] : [$"the held-back list reads '{was}' before and '{now}' after"];
        });
        listed.Should().BeGreaterThan(Profiles, "the partners' views must list enough held-back entries for the comparison to mean something");
    }

    /// <summary>
    /// The other side of non-interference: a view must not hide what the answers it may see establish on
    /// their own. Each profile is evaluated again with the answers hidden from the view left out (every
    /// section the view may not see emptied, and the emptiness no secret), and every finding that plan's view
    /// shows must show, by its code, in the view of the real profile: whether the other partner also answered
    /// the same section, and whether in private, may not take away a finding the view's own answers justify.
    /// </summary>
    /// <remarks>
    /// Left out: safety findings (an emptied screen is an unanswered one, which row 6 reports), and the finding
    /// that one partner is leaning out while the other is not known to be, which rests on the other partner's
    /// own answer that they are not.
    /// </remarks>
    [Theory]
    [InlineData(Audience.Couple)]
    [InlineData(Audience.PartnerA)]
    [InlineData(Audience.PartnerB)]
    public void AFindingTheAnswersAViewMaySeeEstablishOnTheirOwn_ShowsInThatView(Audience audience)
    {
        var sample = PropertySample.Instance;
        var engine = BuiltInOnly.Value;
        var compared = 0;
        var violations = new List<string>[Profiles];
        Parallel.For(0, Profiles, i =>
        {
            var profile = sample.Profiles[i];
            var seen = profile with
            {
                PartnerA = audience == Audience.PartnerA ? profile.PartnerA : WithoutPrivateAnswers(profile.PartnerA),
                PartnerB = audience == Audience.PartnerB || profile.PartnerB is null ? profile.PartnerB : WithoutPrivateAnswers(profile.PartnerB),
            };
            var established = engine.Recommend(seen).ForAudience(audience).Findings
                .Where(f => f.Kind != FindingKind.Safety && f.Code != "dyadic.one-partner-leaning-out")
                .Select(f => f.Code)
                .ToHashSet(StringComparer.Ordinal);
            Interlocked.Add(ref compared, established.Count);
            var shown = engine.Recommend(profile).ForAudience(audience).Findings.Select(f => f.Code).ToHashSet(StringComparer.Ordinal);
            violations[i] = [.. established.Where(code => !shown.Contains(code)).Order(StringComparer.Ordinal)
                .Select(code => $"{audience} view hides {code}, which the answers it may see establish on their own")];
            if (violations[i].Count > 0)
            {
                violations[i].Add("the profile with only the answers the view may see: " + ProfileJson.Serialize(seen));
            }
        });

        sample.Check($"the {audience} view shows what its own answers establish", i => violations[i], Profiles);
        compared.Should().BeGreaterThan(Profiles, "the views' own answers must establish enough findings for the check to mean something");
    }

    private static void CheckAgainstHiddenAnswers(Audience audience, int seedOffset, string what, RecommendationEngine engine, Func<RecommendationPlan, RecommendationPlan, List<string>> compare)
    {
        var sample = PropertySample.Instance;
        var baseline = engine == sample.Engines[0] ? Baseline.Value : null;
        var donors = Gen.Sample(ProfileGenerator.Partner, 2 * Profiles, new Rnd(PropertySample.ChunkSeed(sample.Seed, seedOffset + (int)audience)), 30);
        var violations = new List<string>[Profiles];
        Parallel.For(0, Profiles, i =>
        {
            var profile = sample.Profiles[i];
            var perturbed = profile with
            {
                PartnerA = audience == Audience.PartnerA ? profile.PartnerA : ReplacePrivateAnswers(profile.PartnerA, donors[2 * i]),
                PartnerB = audience == Audience.PartnerB || profile.PartnerB is null ? profile.PartnerB : ReplacePrivateAnswers(profile.PartnerB, donors[(2 * i) + 1]),
            };
            violations[i] = compare((baseline?[i] ?? engine.Recommend(profile)).ForAudience(audience), engine.Recommend(perturbed).ForAudience(audience));
            if (violations[i].Count > 0)
            {
                violations[i] = [.. violations[i].Take(4).Select(c => $"{audience} view changes when hidden answers change: {c}"), "the profile with other hidden answers: " + ProfileJson.Serialize(perturbed)];
            }
        });

        sample.Check($"non-interference of the {audience} view's {what}", i => violations[i], Profiles);
    }

    private static string Key(PlanItem item) => item.InterventionId + " for " + item.Audience;

    private static Dictionary<string, string> Items(RecommendationPlan view)
    {
        var items = view.AllItems.ToDictionary(Key, i => $"{i.Track}/{i.Stage}, {i.Indicator}, priority {i.Priority}, disclosure {i.Disclosure}, reasons {Reasons(i.Reasons)}", StringComparer.Ordinal);
        foreach (var withheld in view.Withheld)
        {
            items["withheld " + withheld.InterventionId] = $"held by {withheld.HeldBy}, disclosure {withheld.Disclosure}, reasons {Reasons(withheld.Reasons)}";
        }

        return items;
    }

    private static string Reasons(IEnumerable<Reason> reasons) =>
        string.Join(" | ", reasons.Select(r => $"{r.RuleName}: {r.Text} [{string.Join(" ", r.FindingIds)}] [{string.Join(" ", r.InputPaths)}] {r.Threshold}"));

    private static HashSet<string> Findings(RecommendationPlan view) =>
        view.Findings
            .Select(f => $"{f.Id} [{f.Kind}, {f.Indicator}, {f.RuleName}, '{f.Title}', threshold '{f.Threshold}', inputs {string.Join(" ", f.InputPaths)}]")
            .ToHashSet(StringComparer.Ordinal);

    /// <summary>Replaces every private section by the donor's (or an empty one), keeping it private.</summary>
    private static PartnerResponse ReplacePrivateAnswers(PartnerResponse mine, PartnerResponse donor) => mine with
    {
        View = Replace(mine.View, donor.View, Visibility.Shared, s => s.Visibility, s => s with { Visibility = Visibility.Private }),
        Life = Replace(mine.Life, donor.Life, Visibility.Shared, s => s.Visibility, s => s with { Visibility = Visibility.Private }),
        Health = Replace(mine.Health, donor.Health, Visibility.Shared, s => s.Visibility, s => s with { Visibility = Visibility.Private }),
        Personal = Replace(mine.Personal, donor.Personal, Visibility.Shared, s => s.Visibility, s => s with { Visibility = Visibility.Private }),
        Trauma = Replace(mine.Trauma, donor.Trauma, Visibility.Private, s => s.Visibility, s => s with { Visibility = Visibility.Private }),
        Trust = Replace(mine.Trust, donor.Trust, Visibility.Private, s => s.Visibility, s => s with { Visibility = Visibility.Private }),
        Commitment = Replace(mine.Commitment, donor.Commitment, Visibility.Private, s => s.Visibility, s => s with { Visibility = Visibility.Private }),
        Safety = Replace(mine.Safety, donor.Safety, Visibility.Private, s => s.Visibility, s => s with { Visibility = Visibility.Private }),
        History = Replace(mine.History, donor.History, Visibility.Shared, s => s.Visibility, s => s with { Visibility = Visibility.Private }),
        RelationshipScores = Replace(mine.RelationshipScores, donor.RelationshipScores, Visibility.Shared, s => s.Visibility, s => s with { Visibility = Visibility.Private }),
        WellbeingScores = Replace(mine.WellbeingScores, donor.WellbeingScores, Visibility.Private, s => s.Visibility, s => s with { Visibility = Visibility.Private }),
    };

    /// <summary>Replaces every private section by an empty one that everyone may see: the partner answered nothing there.</summary>
    private static PartnerResponse WithoutPrivateAnswers(PartnerResponse mine) => mine with
    {
        View = Replace(mine.View, null, Visibility.Shared, s => s.Visibility, s => s with { Visibility = Visibility.Shared }),
        Life = Replace(mine.Life, null, Visibility.Shared, s => s.Visibility, s => s with { Visibility = Visibility.Shared }),
        Health = Replace(mine.Health, null, Visibility.Shared, s => s.Visibility, s => s with { Visibility = Visibility.Shared }),
        Personal = Replace(mine.Personal, null, Visibility.Shared, s => s.Visibility, s => s with { Visibility = Visibility.Shared }),
        Trauma = Replace(mine.Trauma, null, Visibility.Private, s => s.Visibility, s => s with { Visibility = Visibility.Shared }),
        Trust = Replace(mine.Trust, null, Visibility.Private, s => s.Visibility, s => s with { Visibility = Visibility.Shared }),
        Commitment = Replace(mine.Commitment, null, Visibility.Private, s => s.Visibility, s => s with { Visibility = Visibility.Shared }),
        Safety = Replace(mine.Safety, null, Visibility.Private, s => s.Visibility, s => s with { Visibility = Visibility.Shared }),
        History = Replace(mine.History, null, Visibility.Shared, s => s.Visibility, s => s with { Visibility = Visibility.Shared }),
        RelationshipScores = Replace(mine.RelationshipScores, null, Visibility.Shared, s => s.Visibility, s => s with { Visibility = Visibility.Shared }),
        WellbeingScores = Replace(mine.WellbeingScores, null, Visibility.Private, s => s.Visibility, s => s with { Visibility = Visibility.Shared }),
    };

    /// <summary>
    /// A missing section has its default visibility, so a missing private-by-default section is private too.
    /// For <see cref="ReplacePrivateAnswers"/> the replacement is always present and private, so the visibility
    /// of every answer stays the same.
    /// </summary>
    private static T? Replace<T>(T? mine, T? donor, Visibility byDefault, Func<T, Visibility> visibility, Func<T, T> mark)
        where T : class, new() =>
        (mine is null ? byDefault : visibility(mine)) == Visibility.Private ? mark(donor ?? new T()) : mine;
}
