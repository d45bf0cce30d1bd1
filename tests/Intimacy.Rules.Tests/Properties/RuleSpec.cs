using System.Text;

namespace Intimacy.Rules.Tests.Properties;

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
