using System.Reflection;
using System.Text.RegularExpressions;

namespace Intimacy.Cli.Tests;

/// <summary>The tool package's README (src/Intimacy.Cli/PACKAGE.md) keeps up with the tool: every command, every exit code, and an install line that works for prereleases.</summary>
public partial class PackageReadmeTests
{
    private static readonly string Readme = File.ReadAllText(RepositoryFiles.PathOf("src/Intimacy.Cli/PACKAGE.md")).ReplaceLineEndings("\n");

    [Fact]
    public void ItNamesEveryCommand()
    {
        var commands = CliApp.Build(new CliConsole(TextWriter.Null, TextWriter.Null, Interactive: false), CancellationToken.None)
            .Subcommands.Select(c => c.Name).ToList();
        commands.Should().NotBeEmpty();

        foreach (var command in commands)
        {
            Readme.Should().Contain($"`{command}`", "PACKAGE.md should name the '{0}' command", command);
        }
    }

    [Fact]
    public void ItsExitCodes_AreThoseOfTheTool()
    {
        var codes = typeof(ExitCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral)
            .Select(f => (int)f.GetRawConstantValue()!)
            .Order()
            .ToList();
        var sentence = ExitCodeSentence().Match(Readme);
        sentence.Success.Should().BeTrue("PACKAGE.md should have an 'Exit codes:' sentence");

        var documented = Number().Matches(sentence.Groups["list"].Value).Select(m => int.Parse(m.Value, System.Globalization.CultureInfo.InvariantCulture)).Order().ToList();

        documented.Should().Equal(codes);
    }

    [Fact]
    public void EveryInstallLine_AllowsAPrerelease()
    {
        // Every version the repository produces is a prerelease, which a bare `dotnet tool install` skips.
        var installs = Readme.Split('\n').Where(l => l.StartsWith("dotnet tool install", StringComparison.Ordinal)).ToList();

        installs.Should().NotBeEmpty();
        installs.Should().OnlyContain(l => l.Contains(" --prerelease", StringComparison.Ordinal) || l.Contains(" --version ", StringComparison.Ordinal));
    }

    [GeneratedRegex(@"Exit codes:(?<list>[^.]*)\.")]
    private static partial Regex ExitCodeSentence();

    [GeneratedRegex(@"(?<![\w-])\d+(?![\w-])")]
    private static partial Regex Number();
}
