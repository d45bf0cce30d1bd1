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
    /// <returns>The explanation tree; a fact already explained on the path is not expanded again.</returns>
    public FactExplanation Explain(object fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        return Explain(fact, new HashSet<object>(ReferenceEqualityComparer.Instance));
    }

    /// <summary>The caller-inserted facts a fact derives from, in the order first reached.</summary>
    /// <param name="fact">The fact object.</param>
    /// <returns>The input facts; the fact itself when the caller inserted it.</returns>
    public IReadOnlyList<object> GetInputFacts(object fact)
    {
        var inputs = new List<object>();
        var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
        Collect(Explain(fact), inputs, seen);
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

    private static void Collect(FactExplanation explanation, List<object> inputs, HashSet<object> seen)
    {
        if (explanation.IsInput)
        {
            if (seen.Add(explanation.Fact))
            {
                inputs.Add(explanation.Fact);
            }

            return;
        }

        foreach (var cause in explanation.Causes)
        {
            Collect(cause, inputs, seen);
        }
    }

    private FactExplanation Explain(object fact, HashSet<object> path)
    {
        if (!_producers.TryGetValue(fact, out var producer) || !path.Add(fact))
        {
            return new FactExplanation(fact, path.Contains(fact) ? producer : null, []);
        }

        var causes = new List<FactExplanation>();
        foreach (var wrapper in producer.MatchedFactWrappers)
        {
            AddCauses(wrapper, path, causes);
        }

        path.Remove(fact);
        return new FactExplanation(fact, producer, causes);
    }

    private void AddCauses(IFact wrapper, HashSet<object> path, List<FactExplanation> causes)
    {
        if (wrapper.Source is { SourceType: FactSourceType.Aggregate } source)
        {
            foreach (var inner in source.Facts)
            {
                AddCauses(inner, path, causes);
            }

            return;
        }

        if (wrapper.Value is { } value)
        {
            causes.Add(Explain(value, path));
        }
    }
}
