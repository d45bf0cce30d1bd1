using Intimacy.Rules.Diagnostics;
using Intimacy.Rules.Network;

namespace Intimacy.Rules.Sessions;

/// <summary>A linked-fact change queued by an action or by a removed match, applied after the action.</summary>
/// <param name="Kind">Insert, update or retract.</param>
/// <param name="Activation">The match the fact is linked to.</param>
/// <param name="Key">The link key.</param>
/// <param name="Value">The fact object.</param>
/// <param name="Record">The firing that asked, when explanations are on.</param>
internal readonly record struct LinkedOperation(LinkedOperationKind Kind, Activation Activation, object Key, object Value, FiringRecord? Record);
