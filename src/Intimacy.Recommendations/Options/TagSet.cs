using System.Collections;

namespace Intimacy.Recommendations.Options;

/// <summary>
/// The set behind <see cref="RecommendationOptions.DisabledTags"/>: ordinal, like rule tags, and refusing a null
/// or blank tag when it is added, since no rule can carry one.
/// </summary>
internal sealed class TagSet : ISet<string>
{
    private readonly HashSet<string> _tags = new(StringComparer.Ordinal);

    public int Count => _tags.Count;

    public bool IsReadOnly => false;

    public bool Add(string item) => _tags.Add(Checked(item));

    void ICollection<string>.Add(string item) => Add(item);

    public void UnionWith(IEnumerable<string> other) => _tags.UnionWith(AllChecked(other));

    public void SymmetricExceptWith(IEnumerable<string> other) => _tags.SymmetricExceptWith(AllChecked(other));

    public void ExceptWith(IEnumerable<string> other) => _tags.ExceptWith(other);

    public void IntersectWith(IEnumerable<string> other) => _tags.IntersectWith(other);

    public bool IsProperSubsetOf(IEnumerable<string> other) => _tags.IsProperSubsetOf(other);

    public bool IsProperSupersetOf(IEnumerable<string> other) => _tags.IsProperSupersetOf(other);

    public bool IsSubsetOf(IEnumerable<string> other) => _tags.IsSubsetOf(other);

    public bool IsSupersetOf(IEnumerable<string> other) => _tags.IsSupersetOf(other);

    public bool Overlaps(IEnumerable<string> other) => _tags.Overlaps(other);

    public bool SetEquals(IEnumerable<string> other) => _tags.SetEquals(other);

    public void Clear() => _tags.Clear();

    public bool Contains(string item) => _tags.Contains(item);

    public void CopyTo(string[] array, int arrayIndex) => _tags.CopyTo(array, arrayIndex);

    public bool Remove(string item) => _tags.Remove(item);

    public IEnumerator<string> GetEnumerator() => _tags.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private static string Checked(string item, string parameterName = "item")
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(item, parameterName);
        return item;
    }

    // Checked before any is added, so a rejected batch leaves the set as it was.
    private static string[] AllChecked(IEnumerable<string> other)
    {
        ArgumentNullException.ThrowIfNull(other);
        var tags = other.ToArray();
        foreach (var tag in tags)
        {
            Checked(tag, nameof(other));
        }

        return tags;
    }
}
