using Intimacy.Rules.Network;

namespace Intimacy.Rules.Sessions;

/// <summary>An activation as queued, with the sequence it was queued under (stale when they differ).</summary>
/// <param name="Activation">The activation.</param>
/// <param name="Sequence">Its queue sequence at the time.</param>
internal readonly record struct AgendaEntry(Activation Activation, long Sequence);
