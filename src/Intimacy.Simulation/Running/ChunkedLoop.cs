namespace Intimacy.Simulation.Running;

/// <summary>
/// Runs a body over a range of indices in parallel, in fixed-size chunks with one accumulator each,
/// and hands the finished chunks to <c>complete</c> strictly in chunk order. Only a bounded window of
/// chunks is alive at once, so memory stays flat whatever the range.
/// </summary>
internal static class ChunkedLoop
{
    public static void Run<TChunk>(
        long start,
        long end,
        int chunkSize,
        int workers,
        Func<long, long, TChunk> create,
        Action<TChunk, long> body,
        Action<TChunk> complete,
        IProgress<long>? progress,
        CancellationToken cancellationToken)
    {
        var window = Math.Max(1, workers) * 4;
        var chunks = new TChunk[window];
        var done = 0L;
        var options = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, workers), CancellationToken = cancellationToken };
        for (var batchStart = start; batchStart < end;)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var batchFirst = batchStart;
            var count = (int)Math.Min(window, ((end - batchStart) + chunkSize - 1) / chunkSize);
            Parallel.For(0, count, options, j =>
            {
                var from = batchFirst + ((long)j * chunkSize);
                var to = Math.Min(end, from + chunkSize);
                var chunk = create(from, to);
                for (var i = from; i < to; i++)
                {
                    body(chunk, i);
                }

                chunks[j] = chunk;
            });

            for (var j = 0; j < count; j++)
            {
                complete(chunks[j]);
                chunks[j] = default!;
            }

            var batchEnd = Math.Min(end, batchStart + ((long)count * chunkSize));
            done += batchEnd - batchStart;
            batchStart = batchEnd;
            progress?.Report(done);
        }
    }
}
