using Intimacy.Rules.RuleModel;

namespace Intimacy.Rules.Diagnostics;

/// <summary>
/// The firings of one session, recorded when explanations are switched on with
/// <see cref="SessionOptions.RecordExplanations"/>, and the chain from any derived fact back to the
/// facts the caller inserted.
/// </summary>
public sealed class ExplanationLog
{
    private readonly List<FiringRecord> _firings = [];
    private readonly Dictionary<object, FiringRecord> _producers = new(ReferenceEqualityComparer.Instance);

    internal ExplanationLog()
    {
    }

    /// <summary>Forgets everything recorded (when its session is reset).</summary>
    internal void Clear()
    {
        _firings.Clear();
        _producers.Clear();
    }

    /// <summary>Every firing, in order.</summary>
    public IReadOnlyList<FiringRecord> Firings => _firings;

    /// <summary>The firing that inserted or yielded a fact, or <c>null</c> for caller-inserted facts.</summary>
    /// <param name="fact">The fact object.</param>
    /// <returns>The producing firing, if any.</returns>
    public FiringRecord? FindProducer(object fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        return _producers.GetValueOrDefault(fact);
    }

    /// <summary>Explains a fact: its producer and, recursively, the producer's matched facts.</summary>
    /// <param name="fact">The fact object.</param>
    /// <returns>
    /// The explanation tree; a fact already explained on the path is not expanded again. A fact that several facts
    /// rest on is explained once, and its explanation appears under each of them (the same object).
    /// </returns>
    public FactExplanation Explain(object fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        return new Explainer(_producers).Explain(fact);
    }

    /// <summary>The caller-inserted facts a fact derives from, in the order first reached.</summary>
    /// <param name="fact">The fact object.</param>
    /// <returns>The input facts; the fact itself when the caller inserted it.</returns>
    public IReadOnlyList<object> GetInputFacts(object fact)
    {
        var inputs = new List<object>();
        var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);

        // Depth first, children in order, each explanation once: one met again (a fact several facts rest on) was
        // walked in full the first time, so it can add no input that has not been seen.
        var walked = new HashSet<FactExplanation>(ReferenceEqualityComparer.Instance);
        var pending = new Stack<FactExplanation>();
        pending.Push(Explain(fact));
        while (pending.TryPop(out var explanation))
        {
            if (!walked.Add(explanation))
            {
                continue;
            }

            if (explanation.IsInput)
            {
                if (seen.Add(explanation.Fact))
                {
                    inputs.Add(explanation.Fact);
                }

                continue;
            }

            for (var i = explanation.Causes.Count - 1; i >= 0; i--)
            {
                pending.Push(explanation.Causes[i]);
            }
        }

        return inputs;
    }

    internal FiringRecord Record(IRuleDefinition rule, MatchTrigger trigger, IReadOnlyList<object?> matched, IReadOnlyList<IFact> wrappers)
    {
        var record = new FiringRecord(_firings.Count, rule, trigger, matched, wrappers);
        _firings.Add(record);
        return record;
    }

    internal void Produced(FiringRecord record, object fact)
    {
        record.AddInserted(fact);
        _producers[fact] = record;
    }

    /// <summary>
    /// Builds one explanation tree. A chain of firings can be as long as the session ran, so the tree is built with a
    /// stack of its own rather than by recursion (which would overflow the thread's stack, and end the process, on a
    /// long chain). A fact whose explanation met no fact already on its path is the same whatever the path, so it is
    /// built once and shared: a fact resting on two facts that rest on the same two facts, step after step, would
    /// otherwise be explained once per path, twice as many at each step.
    /// </summary>
    private sealed class Explainer(Dictionary<object, FiringRecord> producers)
    {
        private readonly Dictionary<object, FactExplanation> _shared = new(ReferenceEqualityComparer.Instance);
        private readonly HashSet<object> _path = new(ReferenceEqualityComparer.Instance);
        private readonly Stack<Frame> _frames = new();

        public FactExplanation Explain(object fact)
        {
            if (Leaf(fact) is { } leaf)
            {
                return leaf;
            }

            Open(fact);
            while (true)
            {
                var frame = _frames.Peek();
                if (frame.Next < frame.Causes.Count)
                {
                    var cause = frame.Causes[frame.Next++];
                    if (Leaf(cause) is { } done)
                    {
                        frame.Add(done);
                    }
                    else
                    {
                        Open(cause);
                    }

                    continue;
                }

                _frames.Pop();
                _path.Remove(frame.Fact);
                var explanation = new FactExplanation(frame.Fact, frame.Producer, frame.Explained);
                if (!frame.MetPath)
                {
                    _shared[frame.Fact] = explanation;
                }

                if (!_frames.TryPeek(out var parent))
                {
                    return explanation;
                }

                parent.Add(explanation, frame.MetPath);
            }
        }

        /// <summary>The explanation of a fact that needs no frame: an input, one already built, or one on the path; otherwise null.</summary>
        private FactExplanation? Leaf(object fact)
        {
            if (!producers.TryGetValue(fact, out var producer))
            {
                return new FactExplanation(fact, null, []);
            }

            if (_shared.TryGetValue(fact, out var shared))
            {
                return shared;
            }

            if (_path.Contains(fact))
            {
                // Not expanded again, and its parents' explanations depend on the path they were reached by.
                foreach (var frame in _frames)
                {
                    frame.MetPath = true;
                }

                return new FactExplanation(fact, producer, []);
            }

            return null;
        }

        private void Open(object fact)
        {
            _path.Add(fact);
            var causes = new List<object>();
            foreach (var wrapper in producers[fact].MatchedFactWrappers)
            {
                AddCauses(wrapper, causes);
            }

            _frames.Push(new Frame(fact, producers[fact], causes));
        }

        // An aggregate's facts stand in for it; aggregates nest no deeper than the rule's own queries.
        private static void AddCauses(IFact wrapper, List<object> causes)
        {
            if (wrapper.Source is { SourceType: FactSourceType.Aggregate } source)
            {
                foreach (var inner in source.Facts)
                {
                    AddCauses(inner, causes);
                }

                return;
            }

            if (wrapper.Value is { } value)
            {
                causes.Add(value);
            }
        }

        private sealed class Frame(object fact, FiringRecord producer, List<object> causes)
        {
            public object Fact { get; } = fact;

            public FiringRecord Producer { get; } = producer;

            public List<object> Causes { get; } = causes;

            public List<FactExplanation> Explained { get; } = new(causes.Count);

            public int Next { get; set; }

            /// <summary>Whether a fact below this one was on the path, so that its explanation holds only for this path.</summary>
            public bool MetPath { get; set; }

            public void Add(FactExplanation explanation, bool metPath = false)
            {
                Explained.Add(explanation);
                MetPath |= metPath;
            }
        }
    }
}
