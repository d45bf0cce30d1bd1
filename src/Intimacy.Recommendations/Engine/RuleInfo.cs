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

    /// <summary>Whether two rule descriptions are the same, comparing their tags item by item (not the lists' identity).</summary>
    /// <param name="other">The other description.</param>
    /// <returns>Whether every member, and every tag in order, is equal.</returns>
    public bool Equals(RuleInfo? other) =>
        other is not null
        && Index == other.Index
        && IsBuiltIn == other.IsBuiltIn
        && Priority == other.Priority
        && string.Equals(Name, other.Name, StringComparison.Ordinal)
        && string.Equals(Description, other.Description, StringComparison.Ordinal)
        && Tags.SequenceEqual(other.Tags, StringComparer.Ordinal);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Index, Name, Priority, Tags.Count);

    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.Append("Index = ").Append(Index.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Append(", Name = ").Append(Name)
            .Append(", Description = ").Append(Description)
            .Append(", Priority = ").Append(Priority.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Append(", Tags = [").AppendJoin(", ", Tags).Append(']')
            .Append(", IsBuiltIn = ").Append(IsBuiltIn)
            .Append(", IsSafety = ").Append(IsSafety);
        return true;
    }
}
