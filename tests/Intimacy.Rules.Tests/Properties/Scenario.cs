using System.Text;

namespace Intimacy.Rules.Tests.Properties;

/// <summary>How a pattern relates to an earlier one: none, <c>B == earlier.A</c>, or <c>A &gt; earlier.A</c>.</summary>
public enum JoinKind
{
    None,
    Equal,
    Greater,
}

/// <summary>A positive pattern: kind, minimum A, and an optional join to an earlier pattern.</summary>
public sealed record PatternSpec(int Kind, int MinA, JoinKind Join, int JoinTo);

/// <summary>A NOT or EXISTS element over facts of a kind, optionally joined (<c>B == pattern.A</c>).</summary>
public sealed record QuantifierSpec(bool IsNot, int Kind, int? JoinTo);

/// <summary>A Collect over facts of a kind, optionally joined, kept when it has at least MinCount elements.</summary>
public sealed record CollectSpec(int Kind, int? JoinTo, int MinCount);

/// <summary>One generated rule. Rules that yield only read base kinds, so derivations terminate.</summary>
public sealed record RuleSpec(int Priority, bool NonRepeatable, PatternSpec[] Patterns, QuantifierSpec? Quantifier, CollectSpec? Collect, bool Yields)
{
    public override string ToString()
    {
        var text = new StringBuilder($"prio {Priority}{(NonRepeatable ? " once" : string.Empty)}: ");
        text.AppendJoin(", ", Patterns.Select((p, i) => $"p{i}:k{p.Kind}&a>={p.MinA}" + p.Join switch
        {
            JoinKind.Equal => $"&b==p{p.JoinTo}.a",
            JoinKind.Greater => $"&a>p{p.JoinTo}.a",
            _ => string.Empty,
        }));
        if (Quantifier is { } q)
        {
            text.Append(System.Globalization.CultureInfo.InvariantCulture, $" {(q.IsNot ? "NOT" : "EXISTS")} k{q.Kind}{(q.JoinTo is { } j ? $"&b==p{j}.a" : string.Empty)}");
        }

        if (Collect is { } c)
        {
            text.Append(System.Globalization.CultureInfo.InvariantCulture, $" COLLECT k{c.Kind}{(c.JoinTo is { } j ? $"&b==p{j}.a" : string.Empty)} count>={c.MinCount}");
        }

        return text.Append(Yields ? " => yield k3" : " => log").ToString();
    }
}

public enum OpKind
{
    Insert,
    Update,
    Retract,
    Fire,
}

/// <summary>A session operation; Update and Retract pick a live caller fact by <see cref="Slot"/>.</summary>
public sealed record OpSpec(OpKind Kind, int Slot, int FactKind, int A, int B)
{
    public override string ToString() => Kind switch
    {
        OpKind.Insert => $"insert k{FactKind} a{A} b{B}",
        OpKind.Update => $"update slot{Slot} a{A} b{B}",
        OpKind.Retract => $"retract slot{Slot}",
        _ => "fire",
    };
}

public sealed record Scenario(RuleSpec[] Rules, OpSpec[] Ops)
{
    /// <summary>Derived facts get ids from here on, in creation order.</summary>
    public const int FirstDerivedId = 1000;

    /// <summary>The kind of facts that yielding rules produce.</summary>
    public const int DerivedKind = 3;

    public override string ToString() =>
        "rules:\n  " + string.Join("\n  ", Rules.Select((r, i) => $"r{i} {r}")) + "\nops: " + string.Join("; ", Ops);
}
