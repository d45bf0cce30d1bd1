using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using Intimacy.Core.Plans;
using Intimacy.Core.Profiles;
using Intimacy.Core.Serialization;
using Intimacy.Recommendations.Engine;
using Intimacy.Recommendations.Safety;
using Xunit.Sdk;

namespace Intimacy.Recommendations.Tests.Properties;

/// <summary>
/// The property tests' shared sample, computed once per test run: 10,000 generated profiles, a pool of
/// 20 engines with random options and hostile app rules, and each profile's plan, evaluated once
/// sequentially and once with <see cref="Parallel.For(int, int, Action{int})"/>, each plan kept as the hash of its JSON.
/// </summary>
/// <remarks>
/// The seed is random unless the environment variable <c>INTIMACY_PROPERTY_SEED</c> sets it; every
/// failure message prints it, with the failing profile's JSON and its engine, so a run can be replayed.
/// </remarks>
internal sealed class PropertySample
{
    public const int Size = 10_000;
    public const int EngineCount = 20;
    public const int ChunkSize = 500;
    public const string SeedVariable = "INTIMACY_PROPERTY_SEED";

    private static readonly Lazy<PropertySample> Shared = new(() => Create(SeedFromEnvironment(), Size));

    private PropertySample(ulong seed, EngineSpec[] specs, RecommendationEngine[] engines, CoupleProfile[] profiles)
    {
        Seed = seed;
        Specs = specs;
        Engines = engines;
        Profiles = profiles;
        Gates = new IReadOnlyList<GateActivation>[profiles.Length];
        Plans = new RecommendationPlan[profiles.Length];
        SequentialHashes = new string[profiles.Length];
        ParallelHashes = new string[profiles.Length];
    }

    public static PropertySample Instance => Shared.Value;

    public ulong Seed { get; }

    public EngineSpec[] Specs { get; }

    public RecommendationEngine[] Engines { get; }

    public CoupleProfile[] Profiles { get; }

    /// <summary>The safety gates each profile triggers (from the constants, independent of any engine).</summary>
    public IReadOnlyList<GateActivation>[] Gates { get; }

    /// <summary>The clinician's view of each profile's plan, from the sequential pass.</summary>
    public RecommendationPlan[] Plans { get; }

    /// <summary>SHA-256 of each plan's JSON, sequential pass.</summary>
    public string[] SequentialHashes { get; }

    /// <summary>SHA-256 of each plan's JSON, parallel pass.</summary>
    public string[] ParallelHashes { get; }

    public TimeSpan CompileTime { get; private set; }

    public TimeSpan GenerateTime { get; private set; }

    public TimeSpan SequentialTime { get; private set; }

    public TimeSpan ParallelTime { get; private set; }

    public int Count => Profiles.Length;

    /// <summary>The profiles of a run with a given seed, in order.</summary>
    /// <param name="seed">The seed.</param>
    /// <param name="count">How many.</param>
    /// <returns>The profiles.</returns>
    /// <remarks>Generated in chunks of <see cref="ChunkSize"/>, each from its own seed derived from <paramref name="seed"/>, so the chunks can be generated in parallel.</remarks>
    public static CoupleProfile[] GenerateProfiles(ulong seed, int count)
    {
        var chunks = new CoupleProfile[(count + ChunkSize - 1) / ChunkSize][];
        Parallel.For(0, chunks.Length, k =>
        {
            // Gen.Sample's arguments: the generator, how many, the seed, the size.
            chunks[k] = Gen.Sample(ProfileGenerator.Profile, Math.Min(ChunkSize, count - (k * ChunkSize)), new Rnd(ChunkSeed(seed, k)), 30);
        });
        return [.. chunks.SelectMany(c => c)];
    }

    /// <summary>
    /// The seed of chunk <paramref name="chunk"/>, hashed (SplitMix64's finalizer) so that no two chunks'
    /// random streams overlap: FsCheck's generator walks its seed in fixed steps, so seeds that differ by a
    /// multiple of that step would give the same numbers shifted by a few places.
    /// </summary>
    public static ulong ChunkSeed(ulong seed, int chunk)
    {
        var z = seed + ((ulong)(chunk + 1) * 0x9E3779B97F4A7C15UL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    public static PropertySample Create(ulong seed, int count)
    {
        var clock = Stopwatch.StartNew();
        var randomSpecs = Gen.Sample(
            Gen.CollectToArray(Enumerable.Range(2, EngineCount - 2), EngineSpec.Random), 1, new Rnd(ChunkSeed(seed, 1_000_000)), 30)[0];
        EngineSpec[] specs = [EngineSpec.Baseline(0), EngineSpec.Baseline(1) with { EarlyHostile = true }, .. randomSpecs];
        var engines = specs.Select(s => s.Build()).ToArray();
        var compile = clock.Elapsed;

        clock.Restart();
        var sample = new PropertySample(seed, specs, engines, GenerateProfiles(seed, count)) { CompileTime = compile };
        sample.GenerateTime = clock.Elapsed;

        clock.Restart();
        for (var i = 0; i < count; i++)
        {
            sample.Plans[i] = sample.EngineFor(i).Recommend(sample.Profiles[i]);
        }

        sample.SequentialTime = clock.Elapsed;
        clock.Restart();
        Parallel.For(0, count, i => sample.ParallelHashes[i] = HashOf(sample.EngineFor(i).Recommend(sample.Profiles[i])));
        sample.ParallelTime = clock.Elapsed;

        // Serializing the sequential plans is not under test, so it may run in parallel.
        Parallel.For(0, count, i =>
        {
            sample.SequentialHashes[i] = HashOf(sample.Plans[i]);
            sample.Gates[i] = SafetyGates.Evaluate(sample.Profiles[i]);
        });
        return sample;
    }

    /// <summary>
    /// The SHA-256 of the plan's JSON in the library's plan format (<see cref="PlanJsonContext"/>, the same bytes as
    /// <see cref="PlanJson.Serialize"/>), streamed so no large buffer is allocated.
    /// </summary>
    /// <param name="plan">The plan.</param>
    /// <returns>The hash, hex.</returns>
    public static string HashOf(RecommendationPlan plan)
    {
        using var stream = new HashingStream();
        JsonSerializer.Serialize(stream, plan, PlanJsonContext.Default.RecommendationPlan);
        return stream.Hash();
    }

    public RecommendationEngine EngineFor(int index) => Engines[index % Engines.Length];

    public EngineSpec SpecFor(int index) => Specs[index % Specs.Length];

    /// <summary>Everything needed to replay one profile.</summary>
    /// <param name="index">The profile's index.</param>
    /// <returns>The text.</returns>
    public string Describe(int index) =>
        string.Create(CultureInfo.InvariantCulture, $"profile #{index} of seed {Seed} ({SeedVariable}={Seed} replays the run); {SpecFor(index)}\n")
        + ProfileJson.Serialize(Profiles[index]);

    public string Timings() => string.Create(
        CultureInfo.InvariantCulture,
        $"seed {Seed}: compiled {Engines.Length} engines in {CompileTime.TotalMilliseconds:0} ms, generated {Count} profiles in {GenerateTime.TotalMilliseconds:0} ms, evaluated sequentially in {SequentialTime.TotalMilliseconds:0} ms, in parallel in {ParallelTime.TotalMilliseconds:0} ms");

    /// <summary>Runs a check over every profile of the sample and fails with the seed and the first counterexamples.</summary>
    /// <param name="property">What is checked, for the message.</param>
    /// <param name="check">Returns the violations for one profile, by index.</param>
    /// <param name="count">How many profiles, from the first, are checked; all by default.</param>
    public void Check(string property, Func<int, IEnumerable<string>> check, int? count = null)
    {
        var checkedCount = count ?? Count;
        var failures = new List<(int Index, List<string> Violations)>();
        for (var i = 0; i < checkedCount; i++)
        {
            var violations = check(i).ToList();
            if (violations.Count > 0)
            {
                failures.Add((i, violations));
            }
        }

        if (failures.Count == 0)
        {
            return;
        }

        var message = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"{property}: violated by {failures.Count} of {checkedCount} profiles (seed {Seed}). First counterexamples:\n");
        foreach (var (index, violations) in failures.Take(3))
        {
            message.Append("\n- ").AppendJoin("\n- ", violations.Take(8)).Append('\n').Append(Describe(index)).Append('\n');
        }

        throw new XunitException(message.ToString());
    }

    private static ulong SeedFromEnvironment() =>
        ulong.TryParse(Environment.GetEnvironmentVariable(SeedVariable), NumberStyles.None, CultureInfo.InvariantCulture, out var seed)
            ? seed
            : (ulong)System.Random.Shared.NextInt64(1, long.MaxValue);

    /// <summary>A write-only stream that hashes what is written to it.</summary>
    private sealed class HashingStream : Stream
    {
        private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public string Hash() => Convert.ToHexString(_hash.GetHashAndReset());

        public override void Write(byte[] buffer, int offset, int count) => _hash.AppendData(buffer, offset, count);

        public override void Write(ReadOnlySpan<byte> buffer) => _hash.AppendData(buffer);

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                _hash.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
