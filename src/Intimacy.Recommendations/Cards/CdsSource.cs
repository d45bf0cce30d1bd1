namespace Intimacy.Recommendations.Cards;

/// <summary>The <c>source</c> of a CDS Hooks card: who or what the advice comes from.</summary>
/// <param name="Label">A short, human-readable name of the source.</param>
/// <param name="Url">Where to read more about the source, when known.</param>
public sealed record CdsSource(string Label, Uri? Url = null);
