namespace Intimacy.Core.Plans;

/// <summary>What produced a plan, so a result can be reproduced and audited.</summary>
/// <param name="LibraryVersion">The library's informational version.</param>
/// <param name="RuleSetHash">A hash of the compiled rule set (names, priorities, tags), hex.</param>
/// <param name="OptionsHash">A hash of the options in force, hex.</param>
/// <param name="SchemaVersion">The plan format version.</param>
public sealed record PlanStamp(string LibraryVersion, string RuleSetHash, string OptionsHash, int SchemaVersion);
