namespace Intimacy.Cli.Tests;

/// <summary>
/// <c>--count</c> and <c>--steps</c> take a whole number spelled as a scenario's <c>count</c> may be (<c>1e3</c>, <c>2.5e1</c>),
/// not only as digits; a value that is not whole stays a usage error.
/// </summary>
public class WholeNumberOptionTests
{
    [Theory]
    [InlineData("1e1", 10)]
    [InlineData("1E1", 10)]
    [InlineData("2.5e1", 25)]
    [InlineData("+12", 12)]
    [InlineData("20", 20)]
    public void Count_TakesTheSpellingsAScenarioTakesForCount(string count, long expected)
    {
        using var files = new CliRun();
        var target = Path.Combine(files.Folder, "out");

        var (code, output, error) = CliRun.Invoke("simulate", CliRun.Scenario("general-population.yaml"), "--count", count, "--out", target, "--quiet");

        code.Should().Be(0, output + error);
        using var summary = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(target, "summary.json")));
        summary.RootElement.GetProperty("profiles").GetInt64().Should().Be(expected);
    }

    [Fact]
    public void Steps_TakesAWholeNumberWithAnExponent()
    {
        using var files = new CliRun();
        var target = Path.Combine(files.Folder, "sweep.csv");

        var (code, output, error) = CliRun.Invoke("sweep", CliRun.Scenario("new-parents.yaml"), "--threshold", "Csi4Cutoff", "--from", "12", "--to", "13", "--steps", "2e0", "--count", "1e0", "--out", target, "--quiet");

        code.Should().Be(0, output + error);
        File.ReadAllLines(target).Where(l => !l.StartsWith('#')).Skip(1).Select(l => l.Split(',')[0]).Distinct().Should().Equal("12", "13");
    }

    [Theory]
    [InlineData("--count", "1.5e0", "simulate", "x.yaml", "--count", "1.5e0")]
    [InlineData("--count", "1.5", "simulate", "x.yaml", "--count", "1.5")]
    [InlineData("--count", "NaN", "simulate", "x.yaml", "--count", "NaN")]
    [InlineData("--count", "Infinity", "simulate", "x.yaml", "--count", "Infinity")]
    [InlineData("--count", "1,000", "simulate", "x.yaml", "--count", "1,000")]
    [InlineData("--count", "2.5e-1", "compare", "x.yaml", "--count", "2.5e-1")]
    [InlineData("--count", "1e-30", "simulate", "x.yaml", "--count", "1e-30")]
    [InlineData("--count", "1.000000000000000001e17", "simulate", "x.yaml", "--count", "1.000000000000000001e17")]
    [InlineData("--steps", "2.5e0", "sweep", "x.yaml", "--threshold", "Csi4Cutoff", "--from", "1", "--to", "2", "--steps", "2.5e0")]
    public void AValueThatIsNotWhole_IsAUsageErrorInOneSentence(string option, string value, params string[] args)
    {
        var (code, _, error) = CliRun.Invoke(args);

        code.Should().Be(2);
        error.Should().Be($"error: The option {option} got '{value}': it must be a whole number. Run 'intimacy --help' for usage." + Environment.NewLine);
    }

    [Theory]
    [InlineData("--count", "1e30", "simulate", "x.yaml", "--count", "1e30", "no larger than 9223372036854775807")]
    [InlineData("--count", "1e19", "simulate", "x.yaml", "--count", "1e19", "no larger than 9223372036854775807")]
    [InlineData("--steps", "1e10", "sweep", "x.yaml", "--threshold", "Csi4Cutoff", "--from", "1", "--to", "2", "--steps", "1e10", "no larger than 2147483647")]
    public void AWholeNumberOutOfRange_SaysTheBoundItPasses(string option, string value, params string[] argsAndRange)
    {
        var (code, _, error) = CliRun.Invoke(argsAndRange[..^1]);

        code.Should().Be(2);
        error.Should().Be($"error: The option {option} got '{value}': it must be a whole number {argsAndRange[^1]}. Run 'intimacy --help' for usage." + Environment.NewLine);
    }

    [Fact]
    public void ANegativeCountWithAnExponent_IsRefusedAsANegativeCountIs()
    {
        var (code, _, error) = CliRun.Invoke("simulate", CliRun.Scenario("general-population.yaml"), "--count", "-1e1", "--quiet");

        code.Should().Be(2);
        error.Should().StartWith("error: The option --count must be zero or more.");
    }

    [Theory]
    [InlineData("1e0/2")]
    [InlineData("0/2e0")]
    public void Shard_StillTakesDigitsOnly(string shard)
    {
        var (code, _, error) = CliRun.Invoke("simulate", CliRun.Scenario("general-population.yaml"), "--count", "10", "--shard", shard, "--quiet");

        code.Should().Be(2);
        error.Should().StartWith($"error: The option --shard got '{shard}': ");
    }
}
