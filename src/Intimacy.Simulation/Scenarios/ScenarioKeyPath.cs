namespace Intimacy.Simulation.Scenarios;

/// <summary>Builds the key paths used in error messages: <c>fields[view.sexPerYear].sd</c>, <c>adjustments[2].when</c>.</summary>
internal static class ScenarioKeyPath
{
    /// <summary>The path of a key inside a mapping. Keys of <c>fields</c> and <c>then</c> are field paths, shown in brackets.</summary>
    public static string Child(string parent, string key)
    {
        if (parent.EndsWith("fields", StringComparison.Ordinal) || parent.EndsWith(".then", StringComparison.Ordinal))
        {
            return parent + "[" + key + "]";
        }

        return parent.Length == 0 ? key : parent + "." + key;
    }

    public static string Item(string parent, int index) => parent + "[" + index + "]";
}
