using Intimacy.Core.Plans;
using Intimacy.Core.Profiles;
using Intimacy.Recommendations.Facts;

namespace Intimacy.Recommendations.Explanations;

/// <summary>
/// The findings one built-in rule has made, kept for reuse. A built-in rule's finding depends only on
/// the partner its id names (its subject, or the partner whose answers alone a finding about the couple
/// rests on; none for the couple as a whole), the thresholds in force, who may see it (its disclosure)
/// and, for a rule that rests a finding on some of its answers only, which of them (a small number the
/// rule gives, 0 by default), so each evaluation that reaches the same gets the same immutable instance
/// instead of a new one. Thread-safe: slots are written whole and a lost race only costs a second, equal instance.
/// </summary>
internal sealed class FindingCache
{
    private Slots? _slots;

    /// <summary>The number of answer choices a rule may tell apart (see <see cref="TryGet"/>).</summary>
    public const int Choices = 3;

    /// <summary>
    /// Looks up the finding whose id names <paramref name="named"/> (null for the couple) with a disclosure, resting on the
    /// answers numbered <paramref name="choice"/> (0 to <see cref="Choices"/> - 1), under these thresholds.
    /// </summary>
    public bool TryGet(Thresholds thresholds, PartnerId? named, Disclosure disclosure, out Finding finding, int choice = 0)
    {
        if (_slots is { } slots && ReferenceEquals(slots.Key, thresholds) && slots.Items[Index(named, disclosure, choice)] is { } found)
        {
            finding = found;
            return true;
        }

        finding = null!;
        return false;
    }

    /// <summary>Keeps a finding, whose id names <paramref name="named"/> and which rests on the answers numbered <paramref name="choice"/>, for later evaluations; returns it.</summary>
    public Finding Add(Thresholds thresholds, PartnerId? named, Finding finding, int choice = 0)
    {
        var slots = _slots;
        if (slots is null || !ReferenceEquals(slots.Key, thresholds))
        {
            slots = new Slots(thresholds);
            _slots = slots;
        }

        KeptAnswers.Keep(finding);
        slots.Items[Index(named, finding.Disclosure, choice)] = finding;
        return finding;
    }

    private static int Index(PartnerId? named, Disclosure disclosure, int choice) =>
        (((choice * 3) + (named switch { null => 0, PartnerId.PartnerA => 1, _ => 2 })) * 4)
        + (disclosure.PartnerA ? 1 : 0) + (disclosure.PartnerB ? 2 : 0);

    private sealed class Slots(Thresholds key)
    {
        public Thresholds Key { get; } = key;

        public Finding?[] Items { get; } = new Finding?[Choices * 3 * 4];
    }
}
