using Intimacy.Rules.Network;

namespace Intimacy.Rules.Tests.Aggregation;

/// <summary>
/// The pairing of a recomputed query's results with its previous ones takes exactly the slots a linear search of the
/// slots not yet taken takes (equal keys in order of appearance, a null group key like any other, new keys unpaired),
/// and leaves the rest in their previous order, below and above the size where it starts to index by hash.
/// </summary>
public class AggregateSlotMatcherTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void RandomKeys_PairLikeALinearSearch(int seed)
    {
        var random = new Random(seed);
        for (var round = 0; round < 2_000; round++)
        {
            var distinct = random.Next(1, 30);
            var previous = Enumerable.Range(0, random.Next(0, 40)).Select(_ => Slot(RandomValue(random, distinct))).ToList();
            var keys = NewKeys(random, previous, distinct);

            Match(previous, keys).Should().Equal(LinearMatch(previous, keys), "round {0} of seed {1}", round, seed);
        }
    }

    [Fact]
    public void EqualKeys_PairInOrderOfAppearance_AndTheRestStayInOrder()
    {
        var previous = Enumerable.Range(0, 12).Select(i => Slot(i % 3 == 0 ? null : i % 2)).ToList();
        object[] keys = [new GroupKey(1), new GroupKey(null), new GroupKey(1), new GroupKey(7), new GroupKey(null), new GroupKey(0)];

        var (taken, remaining) = Run(previous, keys);

        taken.Should().Equal(previous[1], previous[0], previous[5], null, previous[3], previous[2]);
        remaining.Should().Equal(previous[4], previous[6], previous[7], previous[8], previous[9], previous[10], previous[11]);
    }

    private static object? RandomValue(Random random, int distinct) => random.Next(distinct + 1) is var value && value == distinct ? null : value;

    /// <summary>Keys in the previous order with a few changes, or reversed, or at random: equal values, new instances.</summary>
    private static List<object> NewKeys(Random random, List<AggregateSlot> previous, int distinct)
    {
        var values = previous.Select(s => ((GroupKey)s.Key).Value).ToList();
        switch (random.Next(3))
        {
            case 0:
                for (var i = random.Next(4); i > 0 && values.Count > 0; i--)
                {
                    var at = random.Next(values.Count);
                    if (random.Next(2) == 0)
                    {
                        values.RemoveAt(at);
                    }
                    else
                    {
                        values.Insert(at, RandomValue(random, distinct + 5));
                    }
                }

                break;
            case 1:
                values.Reverse();
                break;
            default:
                values = Enumerable.Range(0, random.Next(0, 40)).Select(_ => RandomValue(random, distinct + 5)).ToList();
                break;
        }

        return values.Select(v => (object)new GroupKey(v)).ToList();
    }

    private static AggregateSlot Slot(object? value) => new(new GroupKey(value), new Fact(value, 0));

    private static List<AggregateSlot?> Match(List<AggregateSlot> previous, List<object> keys)
    {
        var (taken, remaining) = Run(previous, keys);
        return [.. taken, .. remaining];
    }

    private static (List<AggregateSlot?> Taken, List<AggregateSlot> Remaining) Run(List<AggregateSlot> previous, IEnumerable<object> keys)
    {
        var matcher = new AggregateSlotMatcher([.. previous]);
        var taken = new List<AggregateSlot?>();
        foreach (var key in keys)
        {
            taken.Add(matcher.Take(key));
        }

        return (taken, matcher.Remaining());
    }

    /// <summary>The pairing as it was first written: a linear search and removal per key.</summary>
    private static List<AggregateSlot?> LinearMatch(List<AggregateSlot> previous, List<object> keys)
    {
        var left = previous.ToList();
        var taken = new List<AggregateSlot?>();
        foreach (var key in keys)
        {
            var index = left.FindIndex(slot => Equals(slot.Key, key));
            taken.Add(index < 0 ? null : left[index]);
            if (index >= 0)
            {
                left.RemoveAt(index);
            }
        }

        return [.. taken, .. left];
    }
}
