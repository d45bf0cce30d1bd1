using BenchmarkDotNet.Attributes;
using Intimacy.Rules.Fluent;
using Intimacy.Rules.Fluent.Dsl;

namespace Intimacy.Rules.Benchmarks;

/// <summary>Follows up advice unless a barrier of a kind is present.</summary>
public sealed class FollowUpRule(int kind) : Rule
{
    public override void Define()
    {
        Name($"follow-up-{kind}");
        Advice advice = null!;
        When()
            .Match(() => advice, a => a.Kind % 7 == kind)
            .Not<Barrier>(b => b.Kind == kind);
        Then().Do(ctx => ScenarioCounter.Increment());
    }
}
