using BenchmarkDotNet.Attributes;
using Intimacy.Rules.Fluent;
using Intimacy.Rules.Fluent.Dsl;

namespace Intimacy.Rules.Benchmarks;

public sealed record Profile(int Desire, int Conflict);

public sealed record Answer(int Topic, int Score);

public sealed record Barrier(int Kind);

public sealed record Advice(int Kind);

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

public static class ScenarioCounter
{
    [ThreadStatic]
    private static int _count;

    public static int Count => _count;

    public static void Increment() => _count++;
}

/// <summary>
/// A recommendation-sized workload: 80 rules over four fact types; one evaluation creates a session,
/// inserts 20 facts, fires (about 40 firings) and reads the advice back.
/// </summary>
[MemoryDiagnoser]
public class ProfileScenario
{
    private static readonly ISessionFactory Factory = Build();
    private static readonly object[] Facts =
    [
        new Profile(2, 3),
        .. Enumerable.Range(0, 16).Select(i => (object)new Answer(i, i % 5)),
        new Barrier(1),
        new Barrier(3),
        new Barrier(5),
    ];

    [Benchmark(Description = "Profile: CreateSession + 20 facts + Fire + read (80 rules)")]
    public int Evaluate() => Run();

    public static int InsertOnly()
    {
        var session = Factory.CreateSession();
        session.InsertAll(Facts);
        return 0;
    }

    public static int Run()
    {
        var session = Factory.CreateSession();
        session.InsertAll(Facts);
        var fired = session.Fire();
        var advice = 0;
        foreach (var _ in session.Query<Advice>())
        {
            advice++;
        }

        return fired + advice;
    }

    private static ISessionFactory Build()
    {
        var rules = new List<Rule>();
        for (var topic = 0; topic < 16; topic++)
        {
            for (var threshold = 1; threshold <= 3; threshold++)
            {
                rules.Add(new AnswerRule(topic, threshold));
            }
        }

        for (var topic = 0; topic < 25; topic++)
        {
            rules.Add(new ProfileRule(topic, topic % 4));
        }

        for (var kind = 0; kind < 7; kind++)
        {
            rules.Add(new FollowUpRule(kind));
        }

        var repository = new RuleRepository { Activator = new ListActivator(rules) };
        repository.Load(x => x.From(typeof(AnswerRule), typeof(ProfileRule), typeof(FollowUpRule)));
        return repository.Compile();
    }

    private sealed class ListActivator(List<Rule> rules) : IRuleActivator
    {
        public IEnumerable<Rule> Activate(Type type) => rules.Where(r => r.GetType() == type);
    }
}
