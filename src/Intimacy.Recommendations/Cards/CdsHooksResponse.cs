namespace Intimacy.Recommendations.Cards;

/// <summary>A CDS Hooks service response: <c>{ "cards": [...] }</c>.</summary>
/// <param name="Cards">The cards, safety notices first, then the plan items in reading order.</param>
public sealed record CdsHooksResponse(IReadOnlyList<CdsCard> Cards);
