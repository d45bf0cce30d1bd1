namespace Intimacy.Recommendations.Cards;

/// <summary>A CDS Hooks service response: <c>{ "cards": [...] }</c>.</summary>
/// <param name="Cards">The cards: critical notices and items first, then the other notices, then the other items in reading order.</param>
public sealed record CdsHooksResponse(IReadOnlyList<CdsCard> Cards);
