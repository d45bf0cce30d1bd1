namespace Intimacy.Rules.Sessions;

internal enum PropagationKind
{
    Assert,
    Modify,
    Retract,
}
