using System.Text;

namespace Intimacy.Rules.Tests.Properties;

/// <summary>A Collect over facts of a kind, optionally joined, kept when it has at least MinCount elements.</summary>
public sealed record CollectSpec(int Kind, int? JoinTo, int MinCount);
