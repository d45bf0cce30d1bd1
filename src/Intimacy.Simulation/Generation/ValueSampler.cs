using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Intimacy.Simulation.Generation;

/// <summary>
/// Turns one uniform number into a field value by inverting a distribution that was tabulated
/// once, from MathNet's own CDF or inverse CDF, when the scenario was compiled.
/// </summary>
/// <remarks>
/// Inversion instead of MathNet's <c>Sample</c> methods: those cost 50 to 360 ns a draw here
/// (normal 67, Poisson 160, negative binomial 360), and a profile has a few hundred draws; a table
/// lookup costs a few nanoseconds. Inversion also lets partner B reuse partner A's uniform, which is
/// how partner correlation works for every distribution alike.
/// </remarks>
internal abstract class ValueSampler
{
    /// <summary>The value for a uniform <paramref name="u"/> in [0, 1).</summary>
    public abstract double Sample(double u);
}

/// <summary>
/// A finite set of values with cumulative probabilities: the first value whose CDF exceeds u. Short
/// tables are scanned without branches; longer ones through a guide table (Chen and Asau 1974), so a
/// lookup takes one or two steps whatever the size.
/// </summary>
internal sealed class DiscreteSampler : ValueSampler
{
    private readonly double[] _values;
    private readonly double[] _cumulative;
    private readonly int[] _guide;
    private readonly double[]? _padded;

    private const int SmallTable = 8;

    /// <param name="values">The support in increasing order.</param>
    /// <param name="cumulative">P(X ≤ value) for each; the last must be 1.</param>
    public DiscreteSampler(IReadOnlyList<double> values, IReadOnlyList<double> cumulative)
    {
        // Drop values that can never be drawn so the search is shorter.
        var keptValues = new List<double>();
        var keptCumulative = new List<double>();
        var previous = 0.0;
        for (var i = 0; i < values.Count; i++)
        {
            var c = i == values.Count - 1 ? 1.0 : Math.Clamp(cumulative[i], previous, 1.0);
            if (c > previous || (i == values.Count - 1 && keptValues.Count == 0))
            {
                keptValues.Add(values[i]);
                keptCumulative.Add(c);
            }

            previous = c;
        }

        keptCumulative[^1] = 1.0;
        _values = [.. keptValues];
        _cumulative = [.. keptCumulative];

        // A short table's boundaries, padded to a fixed eight with 2.0, which no u reaches (u < 1): counting the
        // boundaries at or below u over all eight gives the same count, with no loop whose length varies by field.
        if (_cumulative.Length <= SmallTable)
        {
            _padded = new double[SmallTable];
            Array.Fill(_padded, 2.0);
            Array.Copy(_cumulative, _padded, _cumulative.Length);
        }

        // _guide[j] is the first index whose CDF exceeds j / n: the search for u starts there.
        _guide = new int[_values.Length];
        var index = 0;
        for (var j = 0; j < _guide.Length; j++)
        {
            while (_cumulative[index] <= (double)j / _guide.Length)
            {
                index++;
            }

            _guide[j] = index;
        }
    }

    public int Count => _values.Length;

    // Inlined into the generator's draw loop, which calls it directly for option fields: the short tables' vector
    // count is a few instructions, cheaper than the call; the long tables' search stays a call.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public override double Sample(double u) => _padded is { } padded ? SampleShort(padded, u) : SampleLong(u);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private double SampleShort(double[] padded, double u)
    {
        // Count the boundaries at or below u, two per vector compare, without a branch or a loop: no
        // mispredictions on the short option lists that most fields have.
        var x = Vector128.Create(u);
        ref var first = ref MemoryMarshal.GetArrayDataReference(padded);
        var bits = Vector128.GreaterThanOrEqual(x, Vector128.LoadUnsafe(ref first)).ExtractMostSignificantBits()
            | (Vector128.GreaterThanOrEqual(x, Vector128.LoadUnsafe(ref first, 2)).ExtractMostSignificantBits() << 2)
            | (Vector128.GreaterThanOrEqual(x, Vector128.LoadUnsafe(ref first, 4)).ExtractMostSignificantBits() << 4)
            | (Vector128.GreaterThanOrEqual(x, Vector128.LoadUnsafe(ref first, 6)).ExtractMostSignificantBits() << 6);
        return _values[BitOperations.PopCount(bits)];
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private double SampleLong(double u)
    {
        var cumulative = _cumulative;

        // The first step past the guide is taken without a branch: whether it is needed is as random as u, while a
        // second step is rare, so the loop's test is then almost always predicted.
        // u * n can round up to n when u is the largest double below 1.
        var i = _guide[Math.Min((int)(u * _guide.Length), _guide.Length - 1)];
        i += cumulative[i] <= u ? 1 : 0;
        while (cumulative[i] <= u)
        {
            i++;
        }

        return _values[i];
    }

    /// <summary>The probability of each value, for tests.</summary>
    internal double ProbabilityOf(double value)
    {
        var index = Array.IndexOf(_values, value);
        return index < 0 ? 0 : _cumulative[index] - (index == 0 ? 0 : _cumulative[index - 1]);
    }
}

/// <summary>
/// A continuous distribution as its quantiles at 4,096 equal steps of probability, linearly
/// interpolated. Infinite tails are cut at the 1-in-16,384 quantile (and at the field's range).
/// </summary>
internal sealed class QuantileSampler : ValueSampler
{
    public const int Steps = 4096;

    private readonly double[] _quantiles;

    public QuantileSampler(Func<double, double> inverseCdf, double min, double max)
    {
        _quantiles = new double[Steps + 1];
        for (var i = 0; i <= Steps; i++)
        {
            var q = inverseCdf((double)i / Steps);
            if (double.IsNegativeInfinity(q) || (i == 0 && double.IsNaN(q)))
            {
                q = inverseCdf(1.0 / (4 * Steps));
            }
            else if (double.IsPositiveInfinity(q) || (i == Steps && double.IsNaN(q)))
            {
                q = inverseCdf(1 - (1.0 / (4 * Steps)));
            }

            if (double.IsNaN(q))
            {
                throw new ArithmeticException("The inverse CDF returned NaN.");
            }

            _quantiles[i] = Math.Clamp(q, min, max);
        }

        // Guard against tiny non-monotone wobbles in iterative inverse CDFs.
        for (var i = 1; i <= Steps; i++)
        {
            _quantiles[i] = Math.Max(_quantiles[i], _quantiles[i - 1]);
        }
    }

    public override double Sample(double u)
    {
        var x = u * Steps;
        var i = (int)x;
        var lower = _quantiles[i];
        return lower + ((x - i) * (_quantiles[i + 1] - lower));
    }
}

/// <summary>A single value.</summary>
internal sealed class ConstantSampler(double value) : ValueSampler
{
    public override double Sample(double u) => value;
}
