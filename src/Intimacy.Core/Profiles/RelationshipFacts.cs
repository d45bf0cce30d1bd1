using System.ComponentModel.DataAnnotations;

namespace Intimacy.Core.Profiles;

/// <summary>Facts about the relationship as a whole, always visible to both partners.</summary>
/// <remarks>Every value may be <see langword="null"/>, meaning the answer is unknown.</remarks>
public sealed record RelationshipFacts
{
    /// <summary>How long the partners have been together, in years (0 to 80).</summary>
    [Range(0, 80)]
    public double? LengthYears { get; init; }

    /// <summary>The couple's agreement about exclusivity.</summary>
    public RelationshipArrangement? Arrangement { get; init; }

    /// <summary>Whether the partners share a home.</summary>
    public bool? LivingTogether { get; init; }

    /// <summary>Whether children live with the couple.</summary>
    public bool? ChildrenAtHome { get; init; }

    /// <inheritdoc />
    public override string ToString() => Redaction.Text(nameof(RelationshipFacts));
}
