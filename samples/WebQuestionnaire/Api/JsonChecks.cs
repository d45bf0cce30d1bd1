using System.Text.Json;

namespace WebQuestionnaire.Api;

/// <summary>Checks on a parsed JSON document that the wrapper needs before the library reads the profile.</summary>
internal static class JsonChecks
{
    /// <summary>
    /// Adds an error for every property name that appears twice in one object, at any depth, keyed by
    /// the path of the repeated property (without the leading <c>$.</c>).
    /// </summary>
    public static void FindDuplicateKeys(JsonElement element, string path, Dictionary<string, string[]> errors)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                var seen = new HashSet<string>(StringComparer.Ordinal);
                foreach (var property in element.EnumerateObject())
                {
                    var child = Child(path, property.Name);
                    if (!seen.Add(property.Name))
                    {
                        errors[Key(child)] = ["appears more than once in the same object; each property may appear once."];
                    }

                    FindDuplicateKeys(property.Value, child, errors);
                }

                break;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    FindDuplicateKeys(item, path + "[" + index++ + "]", errors);
                }

                break;
        }
    }

    /// <summary>The path of a property: dotted for plain names, bracketed and quoted otherwise.</summary>
    public static string Child(string path, string name) =>
        name.Length > 0 && name.Length <= 64 && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_')
            ? path + "." + name
            : path + "['" + (name.Length > 64 ? name[..64] : name).Replace("'", "\\'", StringComparison.Ordinal) + "']";

    public static string Key(string path) => path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path;
}
