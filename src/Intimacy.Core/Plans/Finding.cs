using System.Text.Json.Serialization;
using Intimacy.Core.Profiles;

namespace Intimacy.Core.Plans;

/// <summary>Something the rules observed in a profile, with what it rests on.</summary>
/// <remarks>
/// The finding keeps its own read-only copy of each list it is given, so changing that list later changes nothing here.
/// Two findings are equal when their members are, lists compared item by item. A finding is a fact to the rule engine,
/// which takes equal facts for one: inserting a finding equal to one already in working memory is refused.
/// </remarks>
public sealed record Finding
{
    /// <summary>
    /// Unique within a plan: the <see cref="Code"/>, then the subject if any, e.g. <c>instrument.csi4-distress:partnerA</c>;
    /// for a finding about the couple that rests on one partner's answers alone, that partner, e.g. <c>sign.little-affection:partnerA</c>.
    /// </summary>
    public required string Id
    {
        get => _id;
        init
        {
            _id = value;
            _idHash = value is null ? 0 : string.GetHashCode(value, StringComparison.Ordinal);
        }
    }

    // The id and its hash, worked out once when the id is set (a copy made with 'with' keeps both, or sets both).
    private readonly string _id = null!;
    private readonly int _idHash;

    /// <summary>What was observed, whoever it is about, e.g. <c>instrument.csi4-distress</c> or <c>sign.parallel-lives</c>.</summary>
    public required string Code { get; init; }

    /// <summary>What sort of observation this is.</summary>
    public required FindingKind Kind { get; init; }

    /// <summary>A short title in plain words.</summary>
    public required string Title { get; init; }

    /// <summary>The catalog item observed (a warning sign or barrier id), if any.</summary>
    public string? CatalogId { get; init; }

    /// <summary>The partner the finding is about, or <see langword="null"/> for the couple.</summary>
    public PartnerId? Subject { get; init; }

    /// <summary>How urgent it is.</summary>
    /// <remarks>Required in plan JSON.</remarks>
    [JsonRequired]
    public Indicator Indicator { get; init; } = Indicator.Info;

    /// <summary>The name of the rule that made the finding.</summary>
    public required string RuleName { get; init; }

    /// <summary>The JSON paths of the answers it rests on.</summary>
    public IReadOnlyList<string> InputPaths { get; init => field = PlanLists.Own(value); } = PlanLists.Empty<string>();

    /// <summary>The threshold that was crossed, in words (e.g. <c>CSI-4 below 13.5</c>), if any.</summary>
    public string? Threshold { get; init; }

    /// <summary>The sources behind the finding.</summary>
    public IReadOnlyList<Citation> Sources { get; init => field = PlanLists.Own(value); } = PlanLists.Empty<Citation>();

    /// <summary>Who may see the finding, derived from the visibility of its inputs.</summary>
    /// <remarks>Required in plan JSON, so that a missing value never widens who may see it.</remarks>
    [JsonRequired]
    public Disclosure Disclosure { get; init; } = Disclosure.Shared;

    /// <summary>Whether the other finding records the same observation: equal members, and lists with equal items in the same order.</summary>
    /// <param name="other">The other finding.</param>
    /// <returns><see langword="true"/> when they are equal.</returns>
    public bool Equals(Finding? other) =>
        ReferenceEquals(this, other)
        || (other is not null
            && Id == other.Id
            && Code == other.Code
            && Kind == other.Kind
            && Title == other.Title
            && CatalogId == other.CatalogId
            && Subject == other.Subject
            && Indicator == other.Indicator
            && RuleName == other.RuleName
            && Threshold == other.Threshold
            && Disclosure == other.Disclosure
            && PlanLists.Equal(InputPaths, other.InputPaths)
            && PlanLists.Equal(Sources, other.Sources));

    /// <summary>
    /// The hash of the whole id (worked out once, when the id is set) and the rule name's length: consistent
    /// with the record's value equality (equal findings hash alike) without hashing every text and list each
    /// time a finding is used as a key. Ids are unique within a plan, so findings rarely collide, however
    /// an app's rules name them.
    /// </summary>
    /// <returns>The hash.</returns>
    public override int GetHashCode() => HashCode.Combine(_idHash, RuleName?.Length ?? 0);
}
