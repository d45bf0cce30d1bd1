using Intimacy.Recommendations.Options;

// Compiled into Intimacy.Recommendations and the CLI (linked, not referenced), so that the library's
// UnknownRuleTagException and the CLI's --disable-tag error word the same problem the same way without
// the CLI reading the exception's message: the projects share the code, not an API.
namespace Intimacy.Shared;

/// <summary>The words for tags in <c>DisabledTags</c> that no rule carries.</summary>
internal static class UnknownTagsText
{
    /// <summary>
    /// "a tag that no rule carries: 'x' (did you mean 'X'?); the tags that can be switched off (case-sensitive) are …",
    /// to follow the subject that gave the tags.
    /// </summary>
    /// <param name="unknownTags">The tags no rule carries, in the order to name them.</param>
    /// <param name="switchableTags">The tags that can be switched off, in the order to name them.</param>
    public static string Describe(IReadOnlyList<string> unknownTags, IReadOnlyList<string> switchableTags)
    {
        // A near miss (another case, stray spaces) is named, since such tags look right on a second reading.
        string Described(string tag) =>
            switchableTags.Append(RuleTags.Safety).FirstOrDefault(k => string.Equals(k, tag.Trim(), StringComparison.OrdinalIgnoreCase)) is { } meant
                ? $"'{tag}' (did you mean '{meant}'?)"
                : $"'{tag}'";
        return $"{(unknownTags.Count == 1 ? "a tag" : "tags")} that no rule carries: {string.Join(", ", unknownTags.Select(Described))}; "
            + $"the tags that can be switched off (case-sensitive) are {string.Join(", ", switchableTags)}.";
    }
}
