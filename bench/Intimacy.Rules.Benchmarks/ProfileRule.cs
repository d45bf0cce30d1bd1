using BenchmarkDotNet.Attributes;
using Intimacy.Rules.Fluent;
using Intimacy.Rules.Fluent.Dsl;

namespace Intimacy.Rules.Benchmarks;

/// <summary>Advice when the profile's desire is low and a topic was answered.</summary>
public sealed class ProfileRule(int topic, int desire) : Rule
{
    public override void Define()
    {
        Name($"profile-{topic}-{desire}");
        Profile profile = null!;
        Answer answer = null!;
        When()
            .Match(() => profile, p => p.Desire <= desire)
            .Match(() => answer, a => a.Topic == topic);
        Then().Do(ctx => ctx.Insert(new Advice(1000 + topic * 10 + desire)));
    }
}
