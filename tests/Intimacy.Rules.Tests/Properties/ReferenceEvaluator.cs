namespace Intimacy.Rules.Tests.Properties;

/// <summary>
/// A deliberately naive model of the engine's documented semantics, sharing no code with it: after
/// every working-memory operation it recomputes every rule's matches by nested loops over all facts
/// and diffs them with the previous matches. New matches, and fired matches of repeatable rules
/// whose facts were updated, join the agenda ordered by rule, then by the insertion order of their
/// facts; the agenda fires by priority, then first in, first out. Linked (yielded) facts are queued
/// and applied one by one after each action or operation, and retracted when their match goes.
/// </summary>
public sealed class ReferenceEvaluator
{
    private readonly Scenario _scenario;
    private readonly List<Fact> _memory = [];
    private readonly Dictionary<string, Activation> _active = [];
    private readonly Queue<Linked> _linked = new();
    private readonly List<string> _log = [];
    private long _factSequence;
    private long _queueSequence;
    private int _nextDerived = Scenario.FirstDerivedId;

    private ReferenceEvaluator(Scenario scenario)
    {
        _scenario = scenario;
    }

    public static List<string> Run(Scenario scenario)
    {
        var model = new ReferenceEvaluator(scenario);
        model.Execute();
        return model._log;
    }

    private void Execute()
    {
        Apply(Change.None, null);
        var live = new List<Fact>();
        var nextId = 1;
        foreach (var op in _scenario.Ops)
        {
            switch (op.Kind)
            {
                case OpKind.Insert:
                    var fact = new Fact(nextId++, op.FactKind, op.A, op.B, ++_factSequence);
                    live.Add(fact);
                    _memory.Add(fact);
                    Apply(Change.Insert, fact);
                    Flush();
                    break;
                case OpKind.Update when live.Count > 0:
                    var updated = live[op.Slot % live.Count];
                    updated.A = op.A;
                    updated.B = op.B;
                    Apply(Change.Update, updated);
                    Flush();
                    break;
                case OpKind.Retract when live.Count > 0:
                    var index = op.Slot % live.Count;
                    _memory.Remove(live[index]);
                    var retracted = live[index];
                    live.RemoveAt(index);
                    Apply(Change.Retract, retracted);
                    Flush();
                    break;
                case OpKind.Fire:
                    Fire();
                    break;
            }
        }

        Fire();
    }

    private void Fire()
    {
        while (true)
        {
            Activation? next = null;
            foreach (var candidate in _active.Values)
            {
                if (candidate.Queued && (next is null
                    || _scenario.Rules[candidate.Rule].Priority > _scenario.Rules[next.Rule].Priority
                    || (_scenario.Rules[candidate.Rule].Priority == _scenario.Rules[next.Rule].Priority && candidate.QueueSequence < next.QueueSequence)))
                {
                    next = candidate;
                }
            }

            if (next is null)
            {
                return;
            }

            next.Queued = false;
            next.Fired = true;
            var entry = $"r{next.Rule}:{(next.Refired ? "Updated" : "Created")}:({string.Join(",", next.Tuple.Select(f => f.Id))})";
            if (next.Collected is not null)
            {
                entry += "[" + string.Join(",", next.Collected.Select(f => f.Id).Order()) + "]";
            }

            _log.Add(entry);
            var spec = _scenario.Rules[next.Rule];
            if (spec.Yields)
            {
                var a = next.Tuple.Sum(f => f.A) + (next.Collected?.Count ?? 0);
                var b = next.Tuple.Length > 0 ? next.Tuple[0].B : 0;
                _linked.Enqueue(next.LinkedFact is null
                    ? new Linked(Change.Insert, next, _nextDerived++, a, b)
                    : new Linked(Change.Update, next, next.LinkedFact.Id, a, b));
            }

            Flush();
        }
    }

    private void Flush()
    {
        while (_linked.TryDequeue(out var work))
        {
            var owner = work.Owner;
            switch (work.Change)
            {
                case Change.Insert when owner.Alive && owner.LinkedFact is null:
                    var fact = new Fact(work.Id, Scenario.DerivedKind, work.A, work.B, ++_factSequence);
                    owner.LinkedFact = fact;
                    _memory.Add(fact);
                    Apply(Change.Insert, fact);
                    break;
                case Change.Update when owner.LinkedFact is { } current:
                    current.A = work.A;
                    current.B = work.B;
                    Apply(Change.Update, current);
                    break;
                case Change.Retract when owner.LinkedFact is { } doomed:
                    owner.LinkedFact = null;
                    _memory.Remove(doomed);
                    Apply(Change.Retract, doomed);
                    break;
            }
        }
    }

    private void Apply(Change change, Fact? changed)
    {
        var matches = new Dictionary<string, Match>();
        for (var rule = 0; rule < _scenario.Rules.Length; rule++)
        {
            foreach (var match in MatchesOf(rule))
            {
                matches[match.Key] = match;
            }
        }

        var orphans = new List<Activation>();
        foreach (var (key, activation) in _active.ToList())
        {
            if (!matches.ContainsKey(key))
            {
                _active.Remove(key);
                activation.Alive = false;
                activation.Queued = false;
                if (activation.LinkedFact is not null)
                {
                    orphans.Add(activation);
                }
            }
        }

        var arriving = new List<Activation>();
        foreach (var (key, match) in matches)
        {
            if (_active.TryGetValue(key, out var activation))
            {
                var modified = (change == Change.Update && match.Tuple.Contains(changed))
                    || (match.Collected is not null && (!SameFacts(activation.Collected!, match.Collected)
                        || (change == Change.Update && (activation.Collected!.Contains(changed!) || match.Collected.Contains(changed!)))));
                activation.Collected = match.Collected;
                if (modified && activation.Fired && !_scenario.Rules[activation.Rule].NonRepeatable)
                {
                    activation.Refired = true;
                    if (!activation.Queued)
                    {
                        arriving.Add(activation);
                    }
                }
            }
            else
            {
                activation = new Activation(match.Rule, match.Tuple) { Collected = match.Collected };
                _active.Add(key, activation);
                arriving.Add(activation);
            }
        }

        arriving.Sort(Canonical);
        foreach (var activation in arriving)
        {
            activation.Queued = true;
            activation.QueueSequence = ++_queueSequence;
        }

        orphans.Sort(Canonical);
        foreach (var orphan in orphans)
        {
            _linked.Enqueue(new Linked(Change.Retract, orphan, 0, 0, 0));
        }
    }

    private IEnumerable<Match> MatchesOf(int rule)
    {
        var spec = _scenario.Rules[rule];
        var tuples = new List<Fact[]> { Array.Empty<Fact>() };
        foreach (var pattern in spec.Patterns)
        {
            var extended = new List<Fact[]>();
            foreach (var tuple in tuples)
            {
                foreach (var fact in _memory)
                {
                    var joined = pattern.Join switch
                    {
                        JoinKind.Equal => fact.B == tuple[pattern.JoinTo].A,
                        JoinKind.Greater => fact.A > tuple[pattern.JoinTo].A,
                        _ => true,
                    };
                    if (fact.Kind == pattern.Kind && fact.A >= pattern.MinA && joined)
                    {
                        extended.Add([.. tuple, fact]);
                    }
                }
            }

            tuples = extended;
        }

        foreach (var tuple in tuples)
        {
            if (spec.Quantifier is { } quantifier)
            {
                var any = _memory.Any(g => g.Kind == quantifier.Kind && (quantifier.JoinTo is not { } j || g.B == tuple[j].A));
                if (any == quantifier.IsNot)
                {
                    continue;
                }
            }

            List<Fact>? collected = null;
            if (spec.Collect is { } collect)
            {
                collected = _memory.Where(g => g.Kind == collect.Kind && (collect.JoinTo is not { } j || g.B == tuple[j].A)).ToList();
                if (collected.Count < collect.MinCount)
                {
                    continue;
                }
            }

            yield return new Match(rule, tuple, collected);
        }
    }

    private static bool SameFacts(List<Fact> left, List<Fact> right) =>
        left.Count == right.Count && left.All(right.Contains);

    private static int Canonical(Activation x, Activation y)
    {
        var result = x.Rule.CompareTo(y.Rule);
        for (var i = 0; result == 0 && i < x.Tuple.Length; i++)
        {
            result = x.Tuple[i].Sequence.CompareTo(y.Tuple[i].Sequence);
        }

        return result;
    }

    private enum Change
    {
        None,
        Insert,
        Update,
        Retract,
    }

    private sealed class Fact(int id, int kind, int a, int b, long sequence)
    {
        public int Id { get; } = id;

        public int Kind { get; } = kind;

        public int A { get; set; } = a;

        public int B { get; set; } = b;

        public long Sequence { get; } = sequence;
    }

    private sealed class Match(int rule, Fact[] tuple, List<Fact>? collected)
    {
        public int Rule { get; } = rule;

        public Fact[] Tuple { get; } = tuple;

        public List<Fact>? Collected { get; } = collected;

        public string Key => Rule + ":" + string.Join(",", Tuple.Select(f => f.Sequence));
    }

    private sealed class Activation(int rule, Fact[] tuple)
    {
        public int Rule { get; } = rule;

        public Fact[] Tuple { get; } = tuple;

        public List<Fact>? Collected { get; set; }

        public bool Queued { get; set; }

        public long QueueSequence { get; set; }

        public bool Fired { get; set; }

        public bool Refired { get; set; }

        public bool Alive { get; set; } = true;

        public Fact? LinkedFact { get; set; }
    }

    private sealed record Linked(Change Change, Activation Owner, int Id, int A, int B);
}
