using System.Collections.Concurrent;
using Intimacy.Simulation.Running;

namespace Intimacy.Simulation.Tests.Running;

public class ChunkedLoopTests
{
    [Theory]
    [InlineData(1, 1)]
    [InlineData(3, 7)]
    [InlineData(4, 1000)]
    public void EveryIndexRunsOnce_AndChunksCompleteInOrder(int workers, int chunkSize)
    {
        var seen = new ConcurrentBag<long>();
        var completed = new List<long>();
        var progress = new List<long>();

        ChunkedLoop.Run(
            10,
            2010,
            chunkSize,
            workers,
            (from, _) => from,
            (_, i) => seen.Add(i),
            completed.Add,
            new Collect(progress),
            CancellationToken.None);

        seen.Order().Should().Equal(Enumerable.Range(10, 2000).Select(i => (long)i));
        completed.Should().Equal(Enumerable.Range(0, (2000 + chunkSize - 1) / chunkSize).Select(c => 10 + ((long)c * chunkSize)));
        progress.Should().BeInAscendingOrder().And.HaveCountGreaterThan(0);
        progress[^1].Should().Be(2000);
    }

    [Fact]
    public void AFailingBody_StopsTheRunAndSurfacesItsOwnException()
    {
        var act = () => ChunkedLoop.Run(
            0,
            100_000,
            10,
            2,
            (_, _) => 0,
            (_, i) =>
            {
                if (i == 555)
                {
                    throw new InvalidDataException("profile 555");
                }
            },
            _ => { },
            null,
            CancellationToken.None);

        act.Should().Throw<InvalidDataException>().WithMessage("profile 555");
    }

    [Fact]
    public void AnEmptyRange_RunsNothing()
    {
        var ran = false;
        ChunkedLoop.Run(5, 5, 10, 2, (_, _) => 0, (_, _) => ran = true, _ => ran = true, null, CancellationToken.None);

        ran.Should().BeFalse();
    }

    private sealed class Collect(List<long> into) : IProgress<long>
    {
        public void Report(long value) => into.Add(value);
    }
}
