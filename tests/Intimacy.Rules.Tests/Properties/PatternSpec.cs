using System.Text;

namespace Intimacy.Rules.Tests.Properties;

/// <summary>A positive pattern: kind, minimum A, and an optional join to an earlier pattern.</summary>
public sealed record PatternSpec(int Kind, int MinA, JoinKind Join, int JoinTo);
