namespace Intimacy.Rules.Tests.Domain;

/// <summary>A second fact type for joins and negation.</summary>
public sealed class Tag(string name, string group)
{
    public string Name { get; } = name;

    public string Group { get; set; } = group;

    public override string ToString() => Name;
}
