namespace Intimacy.Core.Plans;

/// <summary>A plain notice that a safety gate shapes the plan, for apps to show prominently.</summary>
/// <param name="GateId">The gate, e.g. <c>gate.imminent-danger</c>.</param>
/// <param name="Text">What it means for the person reading.</param>
/// <param name="Disclosure">Who may see the notice.</param>
public sealed record SafetyNotice(string GateId, string Text, Disclosure Disclosure);
