namespace Intimacy.Rules.Tests.Properties;

/// <summary>The fact type of the generated scenarios; identified by reference, mutable for updates.</summary>
public sealed class PFact(int id, int kind, int a, int b)
{
    public int Id { get; } = id;

    public int Kind { get; } = kind;

    public int A { get; set; } = a;

    public int B { get; set; } = b;

    public override string ToString() => $"#{Id}(k{Kind},a{A},b{B})";
}
