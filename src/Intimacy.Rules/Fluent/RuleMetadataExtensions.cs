namespace Intimacy.Rules.Fluent;

/// <summary>Filters for rule load specifications.</summary>
public static class RuleMetadataExtensions
{
    /// <summary>Whether the rule carries a tag.</summary>
    /// <param name="metadata">The rule's metadata.</param>
    /// <param name="tag">The tag.</param>
    /// <returns><c>true</c> when tagged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="metadata"/> or <paramref name="tag"/> is null.</exception>
    public static bool IsTagged(this IRuleMetadata metadata, string tag)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        ArgumentNullException.ThrowIfNull(tag);
        return metadata.Tags.Contains(tag, StringComparer.Ordinal);
    }
}
