using BenchmarkDotNet.Attributes;
using Intimacy.Rules.Fluent;
using Intimacy.Rules.Fluent.Dsl;

namespace Intimacy.Rules.Benchmarks;

/// <summary>The scenarios of issue 3; every operation that evaluates rules uses a fresh session and includes Fire.</summary>
[MemoryDiagnoser]
[MedianColumn]
public class EngineBenchmarks
{
    private readonly Counter _counter = new();
    private ISessionFactory _hundredRules = null!;
    private ISessionFactory _onePattern = null!;
    private ISessionFactory _join = null!;
    private ISessionFactory _yield = null!;
    private ISessionFactory _groupPerFact = null!;
    private Reading[] _readings = null!;
    private Left[] _lefts1000 = null!;
    private Right[] _rights1000 = null!;
    private Left[] _lefts3000 = null!;
    private Right[] _rights3000 = null!;

    [GlobalSetup]
    public void Setup()
    {
        _hundredRules = CompileThresholdRules(100);
        _onePattern = Compile(new EvenReadingRule(_counter));
        _join = Compile(new JoinRule(_counter));
        _yield = Compile(new YieldRule(), new ConsumeDerivedRule(_counter));
        _groupPerFact = Compile(new GroupPerReadingRule(_counter));
        _readings = Enumerable.Range(0, 10_000).Select(i => new Reading(i, i)).ToArray();
        (_lefts1000, _rights1000) = JoinFacts(1_000);
        (_lefts3000, _rights3000) = JoinFacts(3_000);
    }

    [Benchmark(Description = "Compile 100 rules + first Fire")]
    public int Compile100() => CompileAndFire(100);

    [Benchmark(Description = "Compile 1000 rules + first Fire")]
    public int Compile1000() => CompileAndFire(1_000);

    [Benchmark(Description = "CreateSession, 100 rules")]
    public ISession CreateSession() => _hundredRules.CreateSession();

    [Benchmark(Description = "1 rule, 10k facts (half match): insert + Fire")]
    public int OnePattern10k()
    {
        var session = _onePattern.CreateSession();
        session.InsertAll(_readings);
        return session.Fire();
    }

    [Benchmark(Description = "Equality join 1000x1000: insert + Fire")]
    public int Join1000() => Join(_lefts1000, _rights1000);

    [Benchmark(Description = "Equality join 3000x3000: insert + Fire")]
    public int Join3000() => Join(_lefts3000, _rights3000);

    [Benchmark(Description = "Yield + consume, 10k facts: insert + Fire")]
    public int YieldChain10k()
    {
        var session = _yield.CreateSession();
        session.InsertAll(_readings);
        return session.Fire();
    }

    [Benchmark(Description = "GroupBy, a group per fact, 4k facts inserted one by one + Fire")]
    public int GroupPerFact4k()
    {
        // One at a time, as an app inserting facts as they come: the query is recomputed for every insert.
        var session = _groupPerFact.CreateSession();
        for (var i = 0; i < 4_000; i++)
        {
            session.Insert(_readings[i]);
        }

        return session.Fire();
    }

    internal int CompileAndFire(int rules)
    {
        var factory = CompileThresholdRules(rules);
        var session = factory.CreateSession();
        session.Insert(new Reading(0, rules / 2));
        return session.Fire();
    }

    private int Join(Left[] lefts, Right[] rights)
    {
        var session = _join.CreateSession();
        session.InsertAll(lefts);
        session.InsertAll(rights);
        return session.Fire();
    }

    private ISessionFactory CompileThresholdRules(int count)
    {
        var repository = new RuleRepository { Activator = new ThresholdActivator(count, _counter) };
        repository.Load(x => x.From(typeof(ThresholdRule)));
        return repository.Compile();
    }

    private static ISessionFactory Compile(params Rule[] rules)
    {
        var repository = new RuleRepository { Activator = new InstanceActivator(rules) };
        repository.Load(x => x.From(rules.Select(r => r.GetType())));
        return repository.Compile();
    }

    private static (Left[], Right[]) JoinFacts(int count) =>
        (Enumerable.Range(0, count).Select(i => new Left(i)).ToArray(),
         Enumerable.Range(0, count).Select(i => new Right(i, count - 1 - i)).ToArray());
}
