namespace Intimacy.Rules.Compilation;

/// <summary>
/// Boxed <see cref="int"/> values from -1 to 255, made once: a hash-dispatch key read from a fact (an enum member,
/// a small code) is looked up as an object, and boxing it anew would allocate on every insert.
/// </summary>
internal static class SmallBoxes
{
    private const int Lowest = -1;
    private static readonly object[] Boxes = Enumerable.Range(Lowest, 257).Select(static value => (object)value).ToArray();

    /// <summary>The value, boxed: the same object for every call with a value in the cached range.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The boxed value.</returns>
    public static object Of(int value)
    {
        var index = value - Lowest;
        return (uint)index < (uint)Boxes.Length ? Boxes[index] : value;
    }
}
