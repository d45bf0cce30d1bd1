using System.Runtime.ExceptionServices;

namespace Intimacy.Simulation.Running;

/// <summary>
/// Runs a body over a range of indices in parallel, in fixed-size chunks with one accumulator each,
/// and hands the finished chunks to <c>complete</c> strictly in chunk order. Only a bounded window of
/// chunks is alive at once, so memory stays flat whatever the range.
/// </summary>
/// <remarks>
/// Each worker thread takes the next chunk number, waits only if that chunk is more than a window
/// ahead of the oldest unfinished one, runs the body over the chunk's indices in a plain loop, and
/// parks the chunk; whichever worker finishes the oldest parked chunk completes every chunk that is
/// then in order. There is no barrier between groups of chunks, so a slow chunk holds up nobody until
/// the window is full, and there is no per-index task or delegate from a scheduler.
/// </remarks>
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
        ArgumentOutOfRangeException.ThrowIfLessThan(chunkSize, 1);
        cancellationToken.ThrowIfCancellationRequested();
        var chunks = end <= start ? 0 : ((end - start - 1) / chunkSize) + 1;
        workers = (int)Math.Clamp(chunks, 1, Math.Max(1, workers));
        var loop = new Loop<TChunk>(start, end, chunkSize, chunks, workers * 4, create, body, complete, progress, cancellationToken);
        if (workers == 1)
        {
            loop.Work();
        }
        else
        {
            var threads = new Task[workers - 1];
            for (var w = 0; w < threads.Length; w++)
            {
                threads[w] = Task.Factory.StartNew(loop.Work, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
            }

            loop.Work();
            Task.WaitAll(threads);
        }

        loop.ThrowIfFailed();
    }

    private sealed class Loop<TChunk>(
        long start,
        long end,
        int chunkSize,
        long chunks,
        int window,
        Func<long, long, TChunk> create,
        Action<TChunk, long> body,
        Action<TChunk> complete,
        IProgress<long>? progress,
        CancellationToken cancellationToken)
    {
        private readonly object _gate = new();
        private readonly TChunk[] _parked = new TChunk[window];
        private readonly bool[] _ready = new bool[window];
        private long _next;
        private long _completed;
        private ExceptionDispatchInfo? _failure;

        /// <summary>One worker's loop; returns when every chunk is taken or the run failed.</summary>
        public void Work()
        {
            try
            {
                while (true)
                {
                    var number = Interlocked.Increment(ref _next) - 1;
                    if (number >= chunks || !WaitForRoom(number))
                    {
                        return;
                    }

                    cancellationToken.ThrowIfCancellationRequested();
                    var from = start + (number * chunkSize);
                    var to = Math.Min(end, from + chunkSize);
                    var chunk = create(from, to);
                    for (var i = from; i < to; i++)
                    {
                        body(chunk, i);
                    }

                    Park(number, chunk);
                }
            }
            catch (Exception ex)
            {
                lock (_gate)
                {
                    _failure ??= ExceptionDispatchInfo.Capture(ex);
                    Monitor.PulseAll(_gate);
                }
            }
        }

        public void ThrowIfFailed() => _failure?.Throw();

        /// <summary>Waits until the chunk is within the window; false when the run has failed meanwhile.</summary>
        private bool WaitForRoom(long number)
        {
            lock (_gate)
            {
                while (_failure is null && number >= _completed + window)
                {
                    Monitor.Wait(_gate);
                }

                return _failure is null;
            }
        }

        private void Park(long number, TChunk chunk)
        {
            lock (_gate)
            {
                var slot = (int)(number % window);
                _parked[slot] = chunk;
                _ready[slot] = true;
                var before = _completed;
                while (_failure is null && _ready[(int)(_completed % window)])
                {
                    var oldest = (int)(_completed % window);
                    var done = _parked[oldest];
                    _parked[oldest] = default!;
                    _ready[oldest] = false;
                    complete(done);
                    _completed++;
                    if (_completed == chunks)
                    {
                        break;
                    }
                }

                if (_completed != before)
                {
                    progress?.Report(Math.Min(end, start + (_completed * chunkSize)) - start);
                    Monitor.PulseAll(_gate);
                }
            }
        }
    }
}
