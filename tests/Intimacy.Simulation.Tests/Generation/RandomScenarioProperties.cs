using FsCheck;
using FsCheck.Fluent;
using Intimacy.Core.Validation;
using Intimacy.Simulation.Generation;
using Intimacy.Simulation.Scenarios;

namespace Intimacy.Simulation.Tests.Generation;

/// <summary>Scenarios with random fields and parameters are either refused clearly or generate only valid profiles.</summary>
public class RandomScenarioProperties
{
    private static readonly string[] Paths = [.. ProfileField.Catalog.Relationship.Concat(ProfileField.Catalog.Partner).Select(f => f.Path)];

    private static Gen<double> Number => Gen.OneOf(
        Gen.Choose(-50, 1200).Select(x => (double)x),
        Gen.Choose(0, 1000).Select(x => x / 1000.0),
        Gen.Elements(0.0, 1.0, 1e-9, 1e9, -1e-9, 0.5));

    private static Gen<FieldDistribution> Distribution =>
        from kind in Gen.Choose(0, 12)
        from a in Number
        from b in Number
        from c in Number
        from option in Gen.Elements("true", "false", "often", "stable", "3", "0", "1000", "wantsLess")
        select kind switch
        {
            0 => (FieldDistribution)new NormalDistribution(a, b),
            1 => new LogNormalDistribution(a / 100, b / 100),
            2 => new BetaDistribution(a, b),
            3 => new GammaDistribution(a, b),
            4 => new ExponentialDistribution(a),
            5 => new UniformDistribution(Math.Min(a, b), Math.Max(a, b)),
            6 => new TriangularDistribution(Math.Min(a, b), Math.Max(a, b), c),
            7 => new PoissonDistribution(a),
            8 => new NegativeBinomialDistribution(a, b),
            9 => new BinomialDistribution((int)a, b),
            10 => new BernoulliDistribution(b),
            11 => new CategoricalDistribution([new(option, a), new("never", b)]),
            _ => new ConstantDistribution(option),
        };

    private static Gen<FieldSpec> Field =>
        from path in Gen.Elements(Paths)
        from distribution in Distribution
        from unknown in Gen.Elements<double?>(null, 0, 0.3, 1)
        from correlation in Gen.Elements<double?>(null, 0, 0.6, 1)
        select new FieldSpec(path, distribution) { UnknownShare = unknown, Correlation = correlation };

    [Fact]
    public void RandomScenario_IsRefusedOrGeneratesValidProfiles()
    {
        var gen =
            from count in Gen.Choose(0, 4)
            from fields in Gen.ArrayOf(Field, count)
            from age in Distribution
            from share in Gen.Elements(0.0, 0.5, 1.0)
            let specs = fields.Where(f => f.Path != "ageYears").DistinctBy(f => f.Path).ToList()
            select new Scenario
            {
                Name = "random",
                OneRespondentShare = share,
                UnknownShare = share / 2,
                PartnerCorrelation = share,
                // Carry an instrument when one of its scores has a distribution, so instrument fields get generated.
                Instruments = Instrument.All.Where(i => specs.Any(f => i.FieldPaths.Contains(f.Path))).ToDictionary(i => i, _ => share),
                Fields = [new FieldSpec("ageYears", age), .. specs],
            };

        var generated = ScenarioValidity.Check(gen, seed: 3, profilesEach: 50, scenarios: 2000);

        // About one random scenario in eight is valid: in 20 runs of 1,500 the count ranged 161–218 (mean
        // 188, standard deviation 15), and one CI run saw 144 against an earlier bound of 150. With 2,000
        // scenarios the expected count is about 250 (deviation about 17), so 150 sits some six deviations below it.
        generated.Should().BeGreaterThanOrEqualTo(150, "enough random scenarios should be valid for the property to mean something");
    }
}
