namespace Intimacy.Rules.Sessions;

internal enum LinkedOperationKind
{
    Insert,
    Update,
    Retract,
}
