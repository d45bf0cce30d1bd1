namespace Intimacy.Rules.Diagnostics;

internal enum FactEvent
{
    Inserting,
    Inserted,
    Updating,
    Updated,
    Retracting,
    Retracted,
}
