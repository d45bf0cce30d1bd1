using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using Intimacy.Rules.Compilation;
using Intimacy.Rules.Diagnostics;
using Intimacy.Rules.Network;
using Intimacy.Rules.RuleModel;

namespace Intimacy.Rules.Sessions;

/// <summary>The firing cycle, the loop guard and per-rule firing counts.</summary>
internal sealed partial class Session
{
    // The activation whose actions are running (its IContext is valid) and the token of the Fire that runs it.
    private Activation? _firing;
    private CancellationToken _firingToken;
    private FiringRecord? _currentRecord;
    private int[]? _firingCounts;
    private int[]? _recentFirings;
    private bool _halted;

    /// <summary>How many firings before the loop-guard limit are recorded to name the culprits.</summary>
    private const int RecentWindow = 1000;

    public int Fire() => Fire(int.MaxValue, CancellationToken.None);

    public int Fire(CancellationToken cancellationToken) => Fire(int.MaxValue, cancellationToken);

    public int Fire(int maxRulesNumber) => Fire(maxRulesNumber, CancellationToken.None);

    public int Fire(int maxRulesNumber, CancellationToken cancellationToken)
    {
        BeginRun(Activity.Firing, nameof(Fire));
        try
        {
            return FireCore(maxRulesNumber, cancellationToken);
        }
        finally
        {
            _activity = Activity.Idle;
            _firingToken = default;
        }
    }

    private int FireCore(int maxRulesNumber, CancellationToken cancellationToken)
    {
        EnsureInitialized();
        FlushLinked();
        _halted = false;
        if (_recentFirings is not null)
        {
            Array.Clear(_recentFirings);
        }

        // Set for the whole cycle (Fire clears it): only the context of the activation being fired reads it.
        _firingToken = cancellationToken;
        var limit = _options.MaxFiringsPerFire ?? int.MaxValue;
        var watchFrom = limit - Math.Min(limit, RecentWindow);
        var fired = 0;
        // As in NRules, cancellation is checked before each firing: a token cancelled by an action stops
        // the cycle after that action's rule, and a token cancelled beforehand fires nothing.
        while (fired < maxRulesNumber && !cancellationToken.IsCancellationRequested)
        {
            if (fired >= limit)
            {
                // Checked before taking the next activation, so that it keeps its place on the agenda.
                if (_agenda.IsEmpty)
                {
                    break;
                }

                throw new RuleFiringLimitException(limit, TopRules());
            }

            Activation activation;
            if (EventsOrFactory.IsActive)
            {
                if (!_agenda.TryPeek(out activation))
                {
                    break;
                }

                // Announced while the match is still on the agenda: a handler that throws leaves it there, unfired and
                // uncounted, for the next Fire. Handlers cannot change the agenda, so the match is still its head.
                RaiseAgenda(AgendaEvent.Firing, activation);
                var popped = _agenda.TryPop(out var next);
                Debug.Assert(popped && ReferenceEquals(next, activation), "A RuleFiring handler changed the agenda.");
            }
            else if (!_agenda.TryPop(out activation))
            {
                // Nobody listens: no event to raise while the match is still on the agenda, so it is taken at once.
                break;
            }

            if (fired >= watchFrom)
            {
                // Only the last stretch before the limit is recorded, to name the rules that kept firing.
                (_recentFirings ??= new int[_factory.CompiledRules.Length])[activation.CompiledRule.Index]++;
            }

            fired++;
            (_firingCounts ??= new int[_factory.CompiledRules.Length])[activation.CompiledRule.Index]++;
            FireActivation(activation);
            if (_halted)
            {
                break;
            }
        }

        _factory.Sizing.Observe(_facts?.Count ?? 0, (int)Math.Min(_agenda.Enqueued, int.MaxValue));
        return fired;
    }

    public IReadOnlyDictionary<string, int> GetFiringCounts()
    {
        var result = new Dictionary<string, int>(StringComparer.Ordinal);
        if (_firingCounts is null)
        {
            return result;
        }

        var rules = _factory.CompiledRules;
        for (var i = 0; i < _firingCounts.Length; i++)
        {
            if (_firingCounts[i] > 0)
            {
                var name = rules[i].Definition.Name;
                result[name] = result.GetValueOrDefault(name) + _firingCounts[i];
            }
        }

        return result;
    }

    public void CopyFiringCounts(Span<int> destination)
    {
        var rules = _factory.CompiledRules.Length;
        if (destination.Length < rules)
        {
            throw new ArgumentException($"The destination holds {destination.Length} counts; the session has {rules} rules.", nameof(destination));
        }

        if (_firingCounts is null)
        {
            destination[..rules].Clear();
            return;
        }

        _firingCounts.AsSpan(0, rules).CopyTo(destination);
    }

    public int GetFiringCount(string ruleName)
    {
        ArgumentNullException.ThrowIfNull(ruleName);
        if (_firingCounts is null || !_factory.RuleIndex.TryGetValue(ruleName, out var indexes))
        {
            return 0;
        }

        var total = 0;
        foreach (var index in indexes)
        {
            total += _firingCounts[index];
        }

        return total;
    }

    internal void Halt() => _halted = true;

    /// <summary>The token passed to the running <c>Fire</c>, for the context of the activation being fired.</summary>
    internal CancellationToken FiringToken => _firingToken;

    /// <summary>Refuses a call on the context of an activation whose firing is not the one running.</summary>
    internal void ThrowIfNotFiring(Activation activation)
    {
        if (!ReferenceEquals(_firing, activation))
        {
            ThrowStaleContext(activation);
        }
    }

    /// <summary>
    /// Refuses a linked-fact call unless an action of the activation's own firing runs: a kept context, or the
    /// current one used from an event handler or a condition, would otherwise queue changes the session never
    /// checked.
    /// </summary>
    internal void ThrowIfNotActing(Activation activation, string operation)
    {
        ThrowIfNotFiring(activation);
        ThrowIfBusy(operation);
    }

    [DoesNotReturn]
    private static void ThrowStaleContext(Activation activation) =>
        throw new InvalidOperationException(
            $"This IContext was given to an action of rule '{activation.Rule.Name}' and is only valid while the actions of its own firing run; " +
            "that firing has ended. Keep the facts an action needs later, not its context.");

    private void ResetFiring()
    {
        _currentRecord = null;
        _halted = false;
        if (_firingCounts is not null)
        {
            Array.Clear(_firingCounts);
        }

        if (_recentFirings is not null)
        {
            Array.Clear(_recentFirings);
        }
    }

    private void FireActivation(Activation activation)
    {
        var trigger = activation.Trigger;
        var actionTrigger = trigger switch
        {
            MatchTrigger.Updated => ActionTrigger.Reactivated,
            MatchTrigger.Removed => ActionTrigger.Deactivated,
            _ => ActionTrigger.Activated,
        };
        if (trigger != MatchTrigger.Removed)
        {
            activation.HasFired = true;
        }

        // The activation is the actions' IContext (no context is allocated per firing); it answers only while it is
        // the one firing.
        _firing = activation;
        if (Explanations is not null)
        {
            _currentRecord = Record(activation);
        }

        var failed = false;
        try
        {
            var actions = activation.Branch.Actions;
            for (var i = 0; i < actions.Length; i++)
            {
                var action = actions[i];
                if ((action.Trigger & actionTrigger) == 0)
                {
                    continue;
                }

                // Only while an action runs may the session's working memory change (through the context, or the
                // session itself); the handlers of the events raised around it only observe.
                _activity = Activity.Acting;
                try
                {
                    action.Expression.Delegate(activation, activation.Token);
                }
                catch (Exception exception)
                {
                    _activity = Activity.Firing;
                    failed = true;
                    var args = new RhsExpressionErrorEventArgs(action.Expression.Source, exception, activation);
                    EventsOrFactory.RaiseRhsFailed(this, args);
                    if (!args.IsHandled)
                    {
                        throw new RuleRhsExpressionEvaluationException("Failed to evaluate rule action", activation.Rule.Name, ExpressionText.Readable(action.Expression.Source), exception);
                    }

                    // Handled: the firing carries on as if the action had succeeded, as in NRules.
                    failed = false;
                }

                _activity = Activity.Firing;
            }
        }
        finally
        {
            // The firing is over before its linked facts are applied: they carry their own record, and an error
            // while applying them must not leave the context open or credit later inserts to this rule.
            _firing = null;
            _currentRecord = null;
            if (trigger == MatchTrigger.Removed)
            {
                EndUndo(activation);
            }

            if (failed)
            {
                FlushLinkedAfterFailure();
            }
            else
            {
                FlushLinked();
            }
        }

        RaiseAgenda(AgendaEvent.Fired, activation);
    }

    /// <summary>
    /// Applies the linked-fact changes a failed firing queued before it failed, as NRules does (and as its direct
    /// inserts stay): the failure being reported is the action's, so an error while applying them must not replace
    /// it. A change that an event handler stopped stays queued for the next call, as always; one that cannot be
    /// applied (a condition error while it propagates, a fact that came into working memory since it was queued) is
    /// left as such a failure leaves it elsewhere, without a report of its own.
    /// </summary>
    private void FlushLinkedAfterFailure()
    {
        try
        {
            FlushLinked();
        }
        catch (Exception)
        {
            // The action's exception is propagating; see the summary.
        }
    }

    private FiringRecord Record(Activation activation)
    {
        var declarations = activation.Branch.Declarations;
        var values = new object?[declarations.Length];
        var wrappers = new List<IFact>(declarations.Length);
        for (var i = 0; i < declarations.Length; i++)
        {
            var fact = activation.FactAt(declarations[i].Depth);
            values[i] = fact.Object;
            if (fact is not BindingValue)
            {
                wrappers.Add(fact);
            }
        }

        return Explanations!.Record(activation.Rule, activation.Trigger, values, wrappers);
    }

    private KeyValuePair<string, int>[] TopRules()
    {
        // The rules that kept firing: each took at least a twentieth of the last stretch's firings.
        var counts = _recentFirings ?? [];
        var rules = _factory.CompiledRules;
        var threshold = Math.Max(2, counts.Sum() / 20);
        return Enumerable.Range(0, counts.Length)
            .Where(i => counts[i] >= threshold)
            .OrderByDescending(i => counts[i])
            .ThenBy(i => i)
            .Take(5)
            .Select(i => new KeyValuePair<string, int>(rules[i].Definition.Name, counts[i]))
            .ToArray();
    }
}
