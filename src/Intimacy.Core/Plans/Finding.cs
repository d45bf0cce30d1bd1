using System.Text.Json.Serialization;
using Intimacy.Core.Profiles;

namespace Intimacy.Core.Plans;

/// <summary>Something the rules observed in a profile, with what it rests on.</summary>
public sealed record Finding
{
    /// <summary>
    /// Unique within a plan: the <see cref="Code"/>, then the subject if any, e.g. <c>instrument.csi4-distress:partnerA</c>;
    /// for a finding about the couple that rests on one partner's answers alone, that partner, e.g. <c>sign.little-affection:partnerA</c>.
    /// </summary>
    public required string Id { get; init; }

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
    public IReadOnlyList<string> InputPaths { get; init; } = [];

    /// <summary>The threshold that was crossed, in words (e.g. <c>CSI-4 below 13.5</c>), if any.</summary>
    public string? Threshold { get; init; }

    /// <summary>The sources behind the finding.</summary>
    public IReadOnlyList<Citation> Sources { get; init; } = [];

    /// <summary>Who may see the finding, derived from the visibility of its inputs.</summary>
    /// <remarks>Required in plan JSON, so that a missing value never widens who may see it.</remarks>
    [JsonRequired]
    public Disclosure Disclosure { get; init; } = Disclosure.Shared;

    /// <summary>
    /// A cheap hash from the id's length and a few of its characters and the rule name's length:
    /// consistent with the record's value equality (equal findings hash alike) without hashing every
    /// text and list each time a finding is used as a key; equality settles the rare collision.
    /// </summary>
    /// <returns>The hash.</returns>
    public override int GetHashCode() => HashCode.Combine(Sample(Id), RuleName?.Length ?? 0);

    private static int Sample(string? text) => text is not { Length: > 0 }
        ? 0
        : (text.Length * 31) ^ (text[^1] << 16) ^ (text[text.Length / 2] << 8) ^ text[(text.Length * 3) / 4];
}
