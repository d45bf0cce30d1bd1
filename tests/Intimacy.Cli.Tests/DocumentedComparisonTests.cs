using System.Text.RegularExpressions;

namespace Intimacy.Cli.Tests;

/// <summary>
/// The simulation guide quotes a figure of its own A/B example (the discordant pairs and the p-value of one intervention):
/// this test runs the command the guide shows, as it shows it, and reads the figure from its output, so the text cannot
/// keep a number the rule set or the scenario no longer gives.
/// </summary>
public sealed partial class DocumentedComparisonTests
{
    [Fact]
    public void TheFigureQuotedForTheComparisonExample_IsWhatItsCommandGives()
    {
        var guide = File.ReadAllText(RepositoryFiles.PathOf("docs/simulation.md")).ReplaceLineEndings("\n");
        var command = DocumentedCommandTests.CommandLines(guide).Single(l => l.StartsWith("compare ", StringComparison.Ordinal));
        var quoted = QuotedFigure().Match(guide);
        quoted.Success.Should().BeTrue("docs/simulation.md quotes what the example gives for one intervention");

        using var files = new CliRun();
        var csv = Path.Combine(files.Folder, "ab.csv");
        var args = DocumentedCommandTests.Split(command)
            .Select(a => a.StartsWith("samples/", StringComparison.Ordinal) ? Path.Combine(CliRun.Root, a) : a)
            .ToList();
        args[args.IndexOf("--out") + 1] = csv;
        args.Add("--quiet");

        CliRun.Invoke([.. args]).Code.Should().Be(0);

        var lines = File.ReadAllLines(csv).Where(l => !l.StartsWith('#')).ToList();
        var header = lines[0].Split(',').ToList();
        var row = lines.Single(l => l.StartsWith($",{quoted.Groups["id"].Value},", StringComparison.Ordinal)).Split(',');
        var figures = (row[header.IndexOf("mcnemarP")], row[header.IndexOf("aOnly")], row[header.IndexOf("bOnly")]);

        figures.Should().Be(
            (quoted.Groups["p"].Value, quoted.Groups["aOnly"].Value, quoted.Groups["bOnly"].Value),
            $"docs/simulation.md says '{command}' gives these for {quoted.Groups["id"].Value} (mcnemarP, aOnly, bOnly)");
    }

    [GeneratedRegex(@"gives `(?<p>[^`]+)` for `(?<id>intervention\.[a-z-]+)`, (?<aOnly>\d+) pairs\s+against (?<bOnly>\d+)\)")]
    private static partial Regex QuotedFigure();
}
