using Intimacy.Simulation.Running;

namespace Intimacy.Simulation.Tests.Running;

public class ShardTests
{
    [Theory]
    [InlineData(10L, 3)]
    [InlineData(7L, 7)]
    [InlineData(5L, 8)]
    [InlineData(1_000_003L, 4)]
    public void Shards_CoverEveryIndexOnceInContiguousSlices(long total, int count)
    {
        var next = 0L;
        for (var i = 0; i < count; i++)
        {
            var shard = new Shard(i, count);
            shard.Start(total).Should().Be(next);
            shard.End(total).Should().BeGreaterThanOrEqualTo(shard.Start(total));
            next = shard.End(total);
        }

        next.Should().Be(total);
    }

    [Fact]
    public void Parse_ReadsIOverN() => Shard.Parse("3/10").Should().Be(new Shard(3, 10));

    [Theory]
    [InlineData("4/4")]
    [InlineData("1")]
    [InlineData("-1/3")]
    [InlineData("a/b")]
    [InlineData("0/0")]
    public void Parse_RejectsMalformedShards(string text) =>
        FluentActions.Invoking(() => Shard.Parse(text)).Should().Throw<FormatException>().WithMessage("*i/n*");
}
