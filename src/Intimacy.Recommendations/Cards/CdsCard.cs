using Intimacy.Core.Plans;

namespace Intimacy.Recommendations.Cards;

/// <summary>An HL7 CDS Hooks card: one plan item or safety notice, in the form clinical systems display.</summary>
public sealed record CdsCard
{
    /// <summary>The card's id: the same plan, audience and encounter key always give the same id.</summary>
    public required string Uuid { get; init; }

    /// <summary>One line, always under 140 characters.</summary>
    public required string Summary { get; init; }

    /// <summary>Markdown: what to do, how much, cautions, contacts, the reasons (rules, thresholds, answers) and the sources.</summary>
    public string? Detail { get; init; }

    /// <summary>How urgent the card is: <c>info</c>, <c>warning</c> or <c>critical</c>.</summary>
    public required Indicator Indicator { get; init; }

    /// <summary>Where the advice comes from.</summary>
    public required CdsSource Source { get; init; }

    /// <summary>Links to further reading, or <see langword="null"/> when there are none.</summary>
    public IReadOnlyList<CdsLink>? Links { get; init; }
}
