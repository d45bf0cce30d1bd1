namespace Intimacy.Recommendations.Engine;

/// <summary>Metadata of one compiled rule, for documentation, the CLI and simulations.</summary>
/// <param name="Index">The rule's position in <see cref="IRecommendationEngine.Rules"/>, stable for an engine.</param>
/// <param name="Name">The rule's unique name, e.g. <c>Detect.Instrument.Csi4Distress</c>.</param>
/// <param name="Description">What the rule does, in plain words.</param>
/// <param name="Priority">The agenda priority.</param>
/// <param name="Tags">The rule's tags.</param>
/// <param name="IsBuiltIn">Whether the rule ships with the library (otherwise an app added it).</param>
public sealed record RuleInfo(int Index, string Name, string Description, int Priority, IReadOnlyList<string> Tags, bool IsBuiltIn)
{
    /// <summary>Whether the rule belongs to the safety family, which cannot be switched off.</summary>
    public bool IsSafety => Tags.Contains(Options.RuleTags.Safety);
}
