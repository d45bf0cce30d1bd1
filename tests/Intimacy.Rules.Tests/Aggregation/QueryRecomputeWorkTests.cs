using Intimacy.Rules.Fluent.Dsl;
using Intimacy.Rules.Tests.Domain;

namespace Intimacy.Rules.Tests.Aggregation;

/// <summary>
/// How much work a query does over many results (one group, or one flattened value, per fact), counted as calls of
/// its keys' <c>Equals</c> and <c>GetHashCode</c>, not timed. A query is recomputed in full on every insert, so
/// <i>n</i> inserts cost about <i>n</i>² key calls; pairing each new result with its previous one by a linear search
/// of the previous results cost about <i>n</i>³/6 whenever the results came back in another order.
/// </summary>
public class QueryRecomputeWorkTests
{
    private const int Facts = 1_000;

    /// <summary>
    /// At most this many key calls per fact squared. Measured with the hash pairing: 2 for groups in the same order
    /// each time, 3.5 (groups) and 2.5 (values) when the order flips on every other recompute; the linear search took
    /// 2.5 and 169 (about <i>n</i>/6 at 1,000 facts).
    /// </summary>
    private const int CallsPerFactSquared = 10;

    public sealed class CallCounter
    {
        public long Calls;
    }

    /// <summary>A key that counts how often it is compared or hashed.</summary>
    public sealed class CountedKey(int id, CallCounter counter) : IEquatable<CountedKey>
    {
        public int Id { get; } = id;

        public bool Equals(CountedKey? other)
        {
            counter.Calls++;
            return other is not null && other.Id == Id;
        }

        public override bool Equals(object? obj) => Equals(obj as CountedKey);

        public override int GetHashCode()
        {
            counter.Calls++;
            return Id;
        }
    }

    public sealed class Keyed(CountedKey key)
    {
        public CountedKey Key { get; } = key;
    }

    /// <summary>One group per fact, in order of insertion.</summary>
    public sealed class GroupPerFactRule(List<CountedKey> fired) : Rule
    {
        public override void Define()
        {
            IGrouping<CountedKey, Keyed> group = null!;
            When().Query(() => group, q => q.Match<Keyed>().GroupBy(k => k.Key));
            Then().Do(ctx => fired.Add(group.Key));
        }
    }

    /// <summary>One group per fact, the groups reversed on every other recompute (the worst case of a linear search).</summary>
    public sealed class FlippingGroupsRule(List<CountedKey> fired) : Rule
    {
        public override void Define()
        {
            IGrouping<CountedKey, Keyed> group = null!;
            When().Query(() => group, q => q
                .Match<Keyed>()
                .Collect()
                .SelectMany(all => all.Count() % 2 == 0 ? all : all.Reverse())
                .GroupBy(k => k.Key));
            Then().Do(ctx => fired.Add(group.Key));
        }
    }

    /// <summary>One flattened value per fact, reversed on every other recompute.</summary>
    public sealed class FlippingValuesRule(List<CountedKey> fired) : Rule
    {
        public override void Define()
        {
            CountedKey key = null!;
            When().Query(() => key, q => q
                .Match<Keyed>()
                .Collect()
                .SelectMany(all => (all.Count() % 2 == 0 ? all : all.Reverse()).Select(k => k.Key)));
            Then().Do(ctx => fired.Add(key));
        }
    }

    public static TheoryData<string> Queries => ["group per fact", "flipping groups", "flipping values"];

    [Theory]
    [MemberData(nameof(Queries))]
    public void InsertingOneByOne_KeyCallsGrowAsTheSquareOfTheFacts(string query)
    {
        var counter = new CallCounter();
        var fired = new List<CountedKey>();
        Rule rule = query switch
        {
            "group per fact" => new GroupPerFactRule(fired),
            "flipping groups" => new FlippingGroupsRule(fired),
            _ => new FlippingValuesRule(fired),
        };
        var session = RuleSession.Factory(rule).CreateSession();
        var facts = Enumerable.Range(0, Facts).Select(i => new Keyed(new CountedKey(i, counter))).ToList();

        foreach (var fact in facts)
        {
            session.Insert(fact);
        }

        session.Fire().Should().Be(Facts);
        fired.Select(k => k.Id).Should().BeEquivalentTo(Enumerable.Range(0, Facts));
        counter.Calls.Should().BeLessThan((long)CallsPerFactSquared * Facts * Facts);
    }
}
