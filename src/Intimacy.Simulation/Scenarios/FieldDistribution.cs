namespace Intimacy.Simulation.Scenarios;

/// <summary>
/// The distribution a field's value is drawn from: one of a closed set, each backed by the
/// MathNet.Numerics distribution of the same name. Draws are clamped to the field's range and
/// rounded for whole-number fields.
/// </summary>
public abstract record FieldDistribution
{
    private protected FieldDistribution()
    {
    }

    /// <summary>The id used in scenario files, such as <c>normal</c>.</summary>
    public abstract string Id { get; }

    /// <summary>The numeric parameters by their scenario names, in a fixed order (for hashing and messages).</summary>
    internal abstract IEnumerable<(string Name, double Value)> NumericParameters { get; }

    /// <summary>Whether the distribution is over whole numbers (Poisson, binomial…), not a continuum.</summary>
    internal virtual bool IsDiscrete => false;

    /// <summary>
    /// The same distribution with one numeric parameter (by its scenario name) set, for sweeps; null when
    /// the distribution has no such parameter. Ranges are checked later, when the scenario is compiled.
    /// </summary>
    internal abstract FieldDistribution? WithParameter(string name, double value);
}

/// <summary>A normal (Gaussian) distribution.</summary>
/// <param name="Mean">The mean.</param>
/// <param name="StandardDeviation">The standard deviation, zero or more (scenario key <c>sd</c>).</param>
public sealed record NormalDistribution(double Mean, double StandardDeviation) : FieldDistribution
{
    /// <inheritdoc />
    public override string Id => "normal";

    internal override FieldDistribution? WithParameter(string name, double value) => name switch
    {
        "mean" => this with { Mean = value },
        "sd" => this with { StandardDeviation = value },
        _ => null,
    };

    internal override IEnumerable<(string Name, double Value)> NumericParameters => [("mean", Mean), ("sd", StandardDeviation)];
}

/// <summary>A log-normal distribution: the logarithm of the value is normal.</summary>
/// <param name="Mu">The mean of the logarithm.</param>
/// <param name="Sigma">The standard deviation of the logarithm, zero or more.</param>
public sealed record LogNormalDistribution(double Mu, double Sigma) : FieldDistribution
{
    /// <inheritdoc />
    public override string Id => "lognormal";

    internal override FieldDistribution? WithParameter(string name, double value) => name switch
    {
        "mu" => this with { Mu = value },
        "sigma" => this with { Sigma = value },
        _ => null,
    };

    internal override IEnumerable<(string Name, double Value)> NumericParameters => [("mu", Mu), ("sigma", Sigma)];
}

/// <summary>A beta distribution scaled from [0, 1] onto [<see cref="Lower"/>, <see cref="Upper"/>].</summary>
/// <param name="Alpha">The first shape parameter, above zero.</param>
/// <param name="Beta">The second shape parameter, above zero.</param>
public sealed record BetaDistribution(double Alpha, double Beta) : FieldDistribution
{
    /// <summary>Where 0 of the beta scale lands; the field's minimum when not set.</summary>
    public double? Lower { get; init; }

    /// <summary>Where 1 of the beta scale lands; the field's maximum when not set.</summary>
    public double? Upper { get; init; }

    /// <inheritdoc />
    public override string Id => "beta";

    internal override FieldDistribution? WithParameter(string name, double value) => name switch
    {
        "alpha" => this with { Alpha = value },
        "beta" => this with { Beta = value },
        "lower" => this with { Lower = value },
        "upper" => this with { Upper = value },
        _ => null,
    };

    internal override IEnumerable<(string Name, double Value)> NumericParameters
    {
        get
        {
            yield return ("alpha", Alpha);
            yield return ("beta", Beta);
            if (Lower is { } lower)
            {
                yield return ("lower", lower);
            }

            if (Upper is { } upper)
            {
                yield return ("upper", upper);
            }
        }
    }
}

/// <summary>A gamma distribution.</summary>
/// <param name="Shape">The shape, above zero.</param>
/// <param name="Rate">The rate (inverse scale), above zero.</param>
public sealed record GammaDistribution(double Shape, double Rate) : FieldDistribution
{
    /// <inheritdoc />
    public override string Id => "gamma";

    internal override FieldDistribution? WithParameter(string name, double value) => name switch
    {
        "shape" => this with { Shape = value },
        "rate" => this with { Rate = value },
        _ => null,
    };

    internal override IEnumerable<(string Name, double Value)> NumericParameters => [("shape", Shape), ("rate", Rate)];
}

/// <summary>An exponential distribution.</summary>
/// <param name="Rate">The rate, above zero; the mean is its inverse.</param>
public sealed record ExponentialDistribution(double Rate) : FieldDistribution
{
    /// <inheritdoc />
    public override string Id => "exponential";

    internal override FieldDistribution? WithParameter(string name, double value) => name == "rate" ? this with { Rate = value } : null;

    internal override IEnumerable<(string Name, double Value)> NumericParameters => [("rate", Rate)];
}

/// <summary>
/// A uniform distribution: continuous on real-valued fields, and over the whole numbers from
/// <see cref="Lower"/> to <see cref="Upper"/> (each equally likely) on whole-number fields.
/// </summary>
/// <param name="Lower">The smallest value.</param>
/// <param name="Upper">The largest value, at least <paramref name="Lower"/>.</param>
public sealed record UniformDistribution(double Lower, double Upper) : FieldDistribution
{
    /// <inheritdoc />
    public override string Id => "uniform";

    internal override FieldDistribution? WithParameter(string name, double value) => name switch
    {
        "lower" => this with { Lower = value },
        "upper" => this with { Upper = value },
        _ => null,
    };

    internal override IEnumerable<(string Name, double Value)> NumericParameters => [("lower", Lower), ("upper", Upper)];
}

/// <summary>A triangular distribution.</summary>
/// <param name="Lower">The smallest value.</param>
/// <param name="Upper">The largest value, above <paramref name="Lower"/>.</param>
/// <param name="Mode">The most likely value, between the two.</param>
public sealed record TriangularDistribution(double Lower, double Upper, double Mode) : FieldDistribution
{
    /// <inheritdoc />
    public override string Id => "triangular";

    internal override FieldDistribution? WithParameter(string name, double value) => name switch
    {
        "lower" => this with { Lower = value },
        "upper" => this with { Upper = value },
        "mode" => this with { Mode = value },
        _ => null,
    };

    internal override IEnumerable<(string Name, double Value)> NumericParameters => [("lower", Lower), ("upper", Upper), ("mode", Mode)];
}

/// <summary>A Poisson distribution: counts of independent events.</summary>
/// <param name="Lambda">The mean count, above zero.</param>
public sealed record PoissonDistribution(double Lambda) : FieldDistribution
{
    /// <inheritdoc />
    public override string Id => "poisson";

    internal override FieldDistribution? WithParameter(string name, double value) => name == "lambda" ? this with { Lambda = value } : null;

    internal override IEnumerable<(string Name, double Value)> NumericParameters => [("lambda", Lambda)];

    internal override bool IsDiscrete => true;
}

/// <summary>
/// A negative binomial distribution: over-dispersed counts (failures before the
/// <paramref name="R"/>-th success), with mean <c>R(1 − P)/P</c>.
/// </summary>
/// <param name="R">The number of successes, above zero (need not be whole).</param>
/// <param name="P">The probability of success, above 0 and at most 1.</param>
public sealed record NegativeBinomialDistribution(double R, double P) : FieldDistribution
{
    /// <inheritdoc />
    public override string Id => "negativeBinomial";

    internal override FieldDistribution? WithParameter(string name, double value) => name switch
    {
        "r" => this with { R = value },
        "p" => this with { P = value },
        _ => null,
    };

    internal override IEnumerable<(string Name, double Value)> NumericParameters => [("r", R), ("p", P)];

    internal override bool IsDiscrete => true;
}

/// <summary>A binomial distribution: successes in <paramref name="Trials"/> independent trials.</summary>
/// <param name="Trials">The number of trials, zero or more (scenario key <c>n</c>).</param>
/// <param name="P">The probability of success in each, 0 to 1.</param>
public sealed record BinomialDistribution(int Trials, double P) : FieldDistribution
{
    /// <inheritdoc />
    public override string Id => "binomial";

    internal override FieldDistribution? WithParameter(string name, double value) => name switch
    {
        // ScenarioParameter refuses a fractional or huge n before it gets here.
        "n" => this with { Trials = (int)value },
        "p" => this with { P = value },
        _ => null,
    };

    internal override IEnumerable<(string Name, double Value)> NumericParameters => [("n", Trials), ("p", P)];

    internal override bool IsDiscrete => true;
}

/// <summary>A Bernoulli distribution, for true/false fields.</summary>
/// <param name="P">The probability of true, 0 to 1.</param>
public sealed record BernoulliDistribution(double P) : FieldDistribution
{
    /// <inheritdoc />
    public override string Id => "bernoulli";

    internal override FieldDistribution? WithParameter(string name, double value) => name == "p" ? this with { P = value } : null;

    internal override IEnumerable<(string Name, double Value)> NumericParameters => [("p", P)];

    internal override bool IsDiscrete => true;
}

/// <summary>A categorical distribution: named options (or values of a number field) with relative weights.</summary>
/// <param name="Weights">The options and their weights; the weights must sum to more than zero.</param>
public sealed record CategoricalDistribution(IReadOnlyList<CategoryWeight> Weights) : FieldDistribution
{
    /// <inheritdoc />
    public override string Id => "categorical";

    internal override FieldDistribution? WithParameter(string name, double value) => null;

    internal override IEnumerable<(string Name, double Value)> NumericParameters => [];

    internal override bool IsDiscrete => true;
}

/// <summary>Every profile gets the same answer.</summary>
/// <param name="Value">The answer as scenario text (<c>true</c>, <c>often</c>, <c>3</c>).</param>
public sealed record ConstantDistribution(string Value) : FieldDistribution
{
    /// <inheritdoc />
    public override string Id => "constant";

    internal override FieldDistribution? WithParameter(string name, double value) => name == "value" ? this with { Value = value.ToString("R", System.Globalization.CultureInfo.InvariantCulture) } : null;

    internal override IEnumerable<(string Name, double Value)> NumericParameters => [];

    internal override bool IsDiscrete => true;
}
