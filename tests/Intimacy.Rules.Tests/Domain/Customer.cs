namespace Intimacy.Rules.Tests.Domain;

public sealed class Customer(string name, bool isPreferred = false)
{
    public string Name { get; set; } = name;

    public bool IsPreferred { get; set; } = isPreferred;

    public override string ToString() => $"Customer({Name})";
}
