namespace Intimacy.Rules.Diagnostics;

internal enum AgendaEvent
{
    Created,
    Updated,
    Deleted,
    Firing,
    Fired,
}
