namespace Intimacy.Rules.Fluent;

/// <summary>Filters for rule load specifications.</summary>
public static class RuleMetadataExtensions
{
    /// <summary>Whether the rule carries a tag.</summary>
    /// <param name="metadata">The rule's metadata.</param>
    /// <param name="tag">The tag.</param>
    /// <returns><c>true</c> when tagged.</returns>
    public static bool IsTagged(this IRuleMetadata metadata, string tag)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        return metadata.Tags.Contains(tag, StringComparer.Ordinal);
    }
}
