using BenchmarkDotNet.Attributes;
using Intimacy.Rules.Fluent;
using Intimacy.Rules.Fluent.Dsl;

namespace Intimacy.Rules.Benchmarks;

/// <summary>
/// A recommendation-sized workload: 80 rules over four fact types; one evaluation creates a session,
/// inserts 20 facts, fires (about 40 firings) and reads the advice back.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
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
