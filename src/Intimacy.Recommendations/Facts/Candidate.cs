using System.Runtime.CompilerServices;
using Intimacy.Core.Plans;
using Intimacy.Recommendations.Engine;

namespace Intimacy.Recommendations.Facts;

/// <summary>
/// A fact for rules: an intervention a rule proposes, with its priority, audience and reason.
/// Candidates for the same intervention and audience are merged (highest priority, every reason);
/// the safety veto then decides what stays.
/// </summary>
/// <param name="InterventionId">The catalog id of the intervention.</param>
/// <param name="Priority">From 0 to 100; higher comes first within its lane. A value outside that range counts as its nearer end.</param>
/// <param name="Audience">Who is asked to act on it.</param>
/// <param name="Reason">Why it is proposed: its rule name and text are required, its lists must not be or hold null.</param>
/// <param name="Indicator">How urgent the proposal is; merged candidates keep the highest.</param>
/// <remarks>
/// A candidate is checked when it is made (or changed with <c>with</c>), so a rule that makes a bad one fails where
/// it makes it, with the rule's name, rather than later while the plan is put together.
/// </remarks>
/// <exception cref="ArgumentException">
/// The intervention id is null or blank, the reason is null or incomplete, or the audience or indicator is not one
/// of the enumeration's values; the exception's parameter name is the member.
/// </exception>
public sealed record Candidate(string InterventionId, int Priority, ItemAudience Audience, Reason Reason, Indicator Indicator = Indicator.Info)
{
    // The hash, once worked out; 0 means "not yet", so a hash that works out as 0 is kept as 1 (equal candidates
    // still hash alike). One int, which every runtime reads and writes whole, so a candidate shared between threads
    // never shows half of it (a long would tear on a 32-bit runtime). Candidates are facts, hashed by the rule engine
    // on every insert, and the built-in rules insert the same candidate objects evaluation after evaluation. A `with`
    // copies it, so every member the hash reads forgets it when set.
    private int _hash;

    /// <summary>The catalog id of the intervention.</summary>
    public string InterventionId
    {
        get;
        init
        {
            field = CheckedId(value);
            _hash = 0;
        }
    } = CheckedId(InterventionId);

    /// <summary>From 0 to 100; higher comes first within its lane. A value outside that range counts as its nearer end.</summary>
    public int Priority
    {
        get;
        init
        {
            field = value;
            _hash = 0;
        }
    } = Priority;

    /// <summary>Who is asked to act on it.</summary>
    public ItemAudience Audience
    {
        get;
        init
        {
            field = CheckedAudience(value);
            _hash = 0;
        }
    } = CheckedAudience(Audience);

    /// <summary>Why it is proposed.</summary>
    public Reason Reason
    {
        get;
        init
        {
            field = CheckedReason(value);
            _hash = 0;
        }
    } = CheckedReason(Reason);

    /// <summary>How urgent the proposal is; merged candidates keep the highest.</summary>
    public Indicator Indicator { get; init => field = CheckedIndicator(value); } = CheckedIndicator(Indicator);

    /// <summary>
    /// Whether the other candidate is the same proposal: the same intervention, priority, audience and urgency, for
    /// the very same <see cref="Reason"/> instance.
    /// </summary>
    /// <param name="other">The other candidate.</param>
    /// <returns><see langword="true"/> when they are the same proposal.</returns>
    /// <remarks>
    /// Candidates are facts, which the rule engine tells apart by equality. A rule may propose an item twice for
    /// reasons equal by value (firing once for each partner, say): that makes two candidates, merged in the plan,
    /// rather than a second one refused as already in working memory.
    /// </remarks>
    public bool Equals(Candidate? other) =>
        ReferenceEquals(this, other)
        || (other is not null
            && InterventionId == other.InterventionId
            && Priority == other.Priority
            && Audience == other.Audience
            && Indicator == other.Indicator
            && ReferenceEquals(Reason, other.Reason));

    /// <summary>
    /// A cheap hash from the intervention id's length and a few of its characters, the priority, the
    /// audience and the reason's identity: consistent with <see cref="Equals(Candidate)"/> (equal
    /// candidates hash alike, since they share their reason instance) without hashing the reason's text and
    /// lists on every insert. The reason's identity, rather than anything of its contents, tells apart the
    /// candidates a rule proposes for one item with reasons of their own, which would otherwise all hash
    /// alike and make working memory compare each with every other.
    /// </summary>
    /// <returns>The hash.</returns>
    public override int GetHashCode()
    {
        var hash = _hash;
        if (hash == 0)
        {
            hash = HashCode.Combine(Sample(InterventionId), Priority, Audience, RuntimeHelpers.GetHashCode(Reason));
            hash = hash == 0 ? 1 : hash;
            _hash = hash;
        }

        return hash;
    }

    private static int Sample(string? text) => text is not { Length: > 0 }
        ? 0
        : (text.Length * 31) ^ (text[^1] << 16) ^ (text[text.Length / 2] << 8) ^ text[(text.Length * 3) / 4];

    private static string CheckedId(string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value, nameof(InterventionId));
        return value;
    }

    private static ItemAudience CheckedAudience(ItemAudience value) => value is ItemAudience.Couple or ItemAudience.PartnerA or ItemAudience.PartnerB
        ? value
        : throw new ArgumentOutOfRangeException(nameof(Audience), "The audience must be one of ItemAudience's values.");

    private static Indicator CheckedIndicator(Indicator value) => RuleOutputChecks.IsDefined(value)
        ? value
        : throw new ArgumentOutOfRangeException(nameof(Indicator), "The indicator must be one of Indicator's values.");

    // A reason's members are read by the planner, the views and every output; a missing one would fail there,
    // far from the rule that made it, or give a plan whose JSON cannot be read back.
    private static Reason CheckedReason(Reason value)
    {
        ArgumentNullException.ThrowIfNull(value, nameof(Reason));
        if (value.RuleName is null || value.Text is null)
        {
            throw new ArgumentException("The reason needs a rule name and a text.", nameof(Reason));
        }

        if (!RuleOutputChecks.NoNulls(value.FindingIds) || !RuleOutputChecks.NoNulls(value.InputPaths))
        {
            throw new ArgumentException("The reason's finding ids and input paths must not be null or contain null.", nameof(Reason));
        }

        return value;
    }
}
