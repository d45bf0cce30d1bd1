using Intimacy.Rules.RuleModel;

namespace Intimacy.Rules.Network;

/// <summary>A declaration visible at the end of a branch and the token depth holding its value.</summary>
/// <param name="Declaration">The declaration.</param>
/// <param name="Depth">Depth of the token whose value it is.</param>
internal readonly record struct BranchDeclaration(Declaration Declaration, int Depth);
