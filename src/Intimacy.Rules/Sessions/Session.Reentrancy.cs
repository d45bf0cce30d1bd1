using System.Diagnostics.CodeAnalysis;

namespace Intimacy.Rules.Sessions;

/// <summary>
/// What the session is doing, so that a call that would change it in the middle of an operation is refused
/// instead of corrupting it: a call from an event handler or a rule condition (both run while the network, the
/// agenda or the firing cycle is half-way through a change), a <c>Fire</c> or <c>Reset</c> from a rule action,
/// or a call from a second thread while the first is inside the session. The last is caught on a best-effort
/// basis only: the check is a plain field read (no lock, no interlocked operation), so that it costs a branch
/// on the hot path and nothing else.
/// </summary>
internal sealed partial class Session
{
    private Activity _activity;

    /// <summary>What the session is doing; the order matters: up to <see cref="Acting"/>, working memory may change.</summary>
    private enum Activity : byte
    {
        /// <summary>No call is running.</summary>
        Idle,

        /// <summary>A rule action runs: it may change working memory (that is what actions do), but not fire or reset.</summary>
        Acting,

        /// <summary>The chains that match before any fact arrives are being started.</summary>
        Initializing,

        Inserting,
        Updating,
        Retracting,

        /// <summary>The firing cycle, outside the actions: taking matches, raising firing events, applying linked facts.</summary>
        Firing,

        Resetting,
    }

    /// <summary>Starts a call that changes working memory; returns what to restore when it ends.</summary>
    /// <param name="activity">What the call does.</param>
    /// <param name="operation">The public name of the call, for the message.</param>
    private Activity BeginChange(Activity activity, string operation)
    {
        ThrowIfBusy(operation);
        var outer = _activity;
        _activity = activity;
        return outer;
    }

    /// <summary>Starts <c>Fire</c> or <c>Reset</c>, which run only when nothing else does.</summary>
    private void BeginRun(Activity activity, string operation)
    {
        if (_activity != Activity.Idle)
        {
            ThrowBusy(operation, _activity);
        }

        _activity = activity;
    }

    /// <summary>Refuses a change (an insert, update or retract through <see cref="BeginChange"/>, or one such as <see cref="IAgenda.Clear"/>) unless the session may change now.</summary>
    internal void ThrowIfBusy(string operation)
    {
        if (_activity > Activity.Acting)
        {
            ThrowBusy(operation, _activity);
        }
    }

    [DoesNotReturn]
    private static void ThrowBusy(string operation, Activity activity)
    {
        if (activity == Activity.Acting)
        {
            throw new InvalidOperationException(operation == nameof(Fire)
                ? "Fire cannot be called from a rule action; the running cycle fires the new matches."
                : operation + " cannot be called from a rule action.");
        }

        var doing = activity switch
        {
            Activity.Initializing => "starting its rules",
            Activity.Inserting => "inserting facts",
            Activity.Updating => "updating facts",
            Activity.Retracting => "retracting facts",
            Activity.Firing => "firing rules",
            _ => "being reset",
        };
        throw new InvalidOperationException(
            $"{operation} cannot be called while the session is {doing}: event handlers and rule conditions must not change " +
            "the session that runs them, and a session must not be used from two threads at once.");
    }
}
