using System.Text;

namespace Intimacy.Rules.Tests.Properties;

public sealed record Scenario(RuleSpec[] Rules, OpSpec[] Ops)
{
    /// <summary>Derived facts get ids from here on, in creation order.</summary>
    public const int FirstDerivedId = 1000;

    /// <summary>The kind of facts that yielding rules produce.</summary>
    public const int DerivedKind = 3;

    public override string ToString() =>
        "rules:\n  " + string.Join("\n  ", Rules.Select((r, i) => $"r{i} {r}")) + "\nops: " + string.Join("; ", Ops);
}
