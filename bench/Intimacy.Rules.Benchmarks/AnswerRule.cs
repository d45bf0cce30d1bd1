using BenchmarkDotNet.Attributes;
using Intimacy.Rules.Fluent;
using Intimacy.Rules.Fluent.Dsl;

namespace Intimacy.Rules.Benchmarks;

/// <summary>Advice when an answer on a topic scores at least a threshold.</summary>
public sealed class AnswerRule(int topic, int threshold) : Rule
{
    public override void Define()
    {
        Name($"answer-{topic}-{threshold}");
        Answer answer = null!;
        When().Match(() => answer, a => a.Topic == topic && a.Score >= threshold);
        Then().Yield(ctx => new Advice(topic * 10 + threshold));
    }
}
