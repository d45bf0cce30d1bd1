using System.Text;

namespace Intimacy.Rules.Tests.Properties;

/// <summary>A NOT or EXISTS element over facts of a kind, optionally joined (<c>B == pattern.A</c>).</summary>
public sealed record QuantifierSpec(bool IsNot, int Kind, int? JoinTo);
