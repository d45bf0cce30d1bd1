namespace Intimacy.Recommendations.Cards;

/// <summary>A link on a CDS Hooks card.</summary>
/// <param name="Label">The link's text.</param>
/// <param name="Url">The address.</param>
/// <param name="Type">The CDS Hooks link type: <c>absolute</c> for an ordinary web page.</param>
public sealed record CdsLink(string Label, Uri Url, string Type = CdsLink.Absolute)
{
    /// <summary>The link type of an ordinary web address.</summary>
    public const string Absolute = "absolute";
}
