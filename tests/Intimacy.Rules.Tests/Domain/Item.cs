namespace Intimacy.Rules.Tests.Domain;

/// <summary>A mutable test fact identified by reference.</summary>
public sealed class Item(string name, int value = 0, string group = "")
{
    public string Name { get; } = name;

    public int Value { get; set; } = value;

    public string Group { get; set; } = group;

    public override string ToString() => Name;
}
