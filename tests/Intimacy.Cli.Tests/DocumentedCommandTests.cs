using System.Text;
using System.Text.RegularExpressions;

namespace Intimacy.Cli.Tests;

/// <summary>Every <c>intimacy</c> command line shown in the README, the simulation guide and the tool package's README is one the tool accepts.</summary>
public partial class DocumentedCommandTests
{
    [Theory]
    [InlineData("README.md")]
    [InlineData("docs/simulation.md")]
    [InlineData("src/Intimacy.Cli/PACKAGE.md")]
    public void EveryDocumentedCommandLine_Parses(string document)
    {
        var lines = CommandLines(File.ReadAllText(RepositoryFiles.PathOf(document))).ToList();
        lines.Should().NotBeEmpty();

        foreach (var line in lines)
        {
            using var output = new StringWriter();
            var parse = CliApp.Build(new CliConsole(output, output, Interactive: false), CancellationToken.None).Parse(Split(line));

            parse.Errors.Select(e => e.Message).Should().BeEmpty($"'{line}' in {document} should parse");
        }
    }

    /// <summary>Options of other programs that the documents show next to the tool's (dotnet, npm, Slurm, Chromium).</summary>
    private static readonly HashSet<string> OtherProgramsOptions =
        ["--add-source", "--array", "--configfile", "--filter", "--global", "--name", "--no-sandbox", "--prefix", "--prerelease", "--project", "--source", "--tool-path"];

    /// <summary>
    /// Every <c>--option</c> a page about the tool mentions, in a command line or in the text, is an option of one of the
    /// tool's commands (or of another program the page runs), so a renamed or removed option cannot stay documented.
    /// </summary>
    [Theory]
    [InlineData("README.md")]
    [InlineData("docs/simulation.md")]
    [InlineData("docs/scenario-format.md")]
    [InlineData("docs/safety.md")]
    [InlineData("src/Intimacy.Cli/PACKAGE.md")]
    public void EveryDocumentedOption_IsAnOptionOfTheTool(string document)
    {
        var toolOptions = new HashSet<string>(StringComparer.Ordinal);
        var commands = new Stack<System.CommandLine.Command>([Tool()]);
        while (commands.Count > 0)
        {
            var command = commands.Pop();
            foreach (var option in command.Options)
            {
                toolOptions.Add(option.Name);
                toolOptions.UnionWith(option.Aliases);
            }

            foreach (var sub in command.Subcommands)
            {
                commands.Push(sub);
            }
        }

        var mentioned = OptionName().Matches(File.ReadAllText(RepositoryFiles.PathOf(document))).Select(m => m.Value).Distinct().ToList();

        mentioned.Should().NotBeEmpty();
        mentioned.Where(o => !toolOptions.Contains(o) && !OtherProgramsOptions.Contains(o))
            .Should().BeEmpty($"every option {document} mentions should be one the tool has (or one of {string.Join(", ", OtherProgramsOptions)})");
    }

    /// <summary>Every <c>intimacy &lt;command&gt;</c> a page names in running text (<c>`intimacy validate &lt;file&gt;`</c>) is a command of the tool.</summary>
    [Theory]
    [InlineData("README.md")]
    [InlineData("docs/simulation.md")]
    [InlineData("docs/scenario-format.md")]
    public void EveryCommandNamedInTheText_IsACommandOfTheTool(string document)
    {
        var commands = Tool().Subcommands.Select(c => c.Name).ToHashSet(StringComparer.Ordinal);

        var named = InlineToolCommand().Matches(File.ReadAllText(RepositoryFiles.PathOf(document))).Select(m => m.Groups["command"].Value).Distinct().ToList();

        named.Should().NotBeEmpty();
        named.Where(c => !commands.Contains(c)).Should().BeEmpty($"every `intimacy <command>` {document} names should be a command of the tool");
    }

    /// <summary>
    /// The thresholds (<c>--threshold</c>, <c>--set…</c>) and tags (<c>--disable-tag…</c>) the documented command lines
    /// name are the engine's, spelt as it spells them: parsing alone does not check them, the run does.
    /// </summary>
    [Theory]
    [InlineData("README.md")]
    [InlineData("docs/simulation.md")]
    [InlineData("src/Intimacy.Cli/PACKAGE.md")]
    public void EveryDocumentedThresholdAndTag_IsTheEngines(string document)
    {
        var tags = new Intimacy.Recommendations.Engine.RecommendationEngineBuilder().Build().Rules
            .SelectMany(r => r.Tags)
            .ToHashSet(StringComparer.Ordinal);
        var wrong = new List<string>();

        foreach (var line in CommandLines(File.ReadAllText(RepositoryFiles.PathOf(document))))
        {
            var parse = Tool().Parse(Split(line));
            foreach (var option in parse.CommandResult.Children.OfType<System.CommandLine.Parsing.OptionResult>())
            {
                foreach (var value in option.Tokens.Select(t => t.Value))
                {
                    var name = option.Option.Name;
                    if (name == "--threshold" || name.StartsWith("--set", StringComparison.Ordinal))
                    {
                        var threshold = value.Split('=')[0];
                        if (Intimacy.Recommendations.Options.RecommendationOptions.FindThreshold(threshold)?.Name != threshold)
                        {
                            wrong.Add($"{name} {threshold} in '{line}'");
                        }
                    }
                    else if (name.StartsWith("--disable-tag", StringComparison.Ordinal) && !tags.Contains(value))
                    {
                        wrong.Add($"{name} {value} in '{line}'");
                    }
                }
            }
        }

        wrong.Should().BeEmpty($"the thresholds and tags in {document}'s command lines should be the engine's");
    }

    /// <summary>The exit codes section of the simulation guide lists exactly the tool's codes, each at the start of a clause ("0 success; 1 …").</summary>
    [Fact]
    public void TheSimulationGuide_ListsTheToolsExitCodes()
    {
        var codes = typeof(ExitCodes).GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
            .Where(f => f.IsLiteral)
            .Select(f => (int)f.GetRawConstantValue()!)
            .Order()
            .ToList();
        var guide = File.ReadAllText(RepositoryFiles.PathOf("docs/simulation.md")).ReplaceLineEndings("\n");
        var start = guide.IndexOf("\n## Exit codes\n", StringComparison.Ordinal);
        start.Should().BeGreaterThan(0, "docs/simulation.md should have an 'Exit codes' section");
        var end = guide.IndexOf("\n## ", start + 1, StringComparison.Ordinal);
        var section = end < 0 ? guide[start..] : guide[start..end];

        var documented = ExitCodeClause().Matches(section)
            .Select(m => int.Parse(m.Groups["code"].Value, System.Globalization.CultureInfo.InvariantCulture))
            .Order()
            .ToList();

        documented.Should().Equal(codes);
    }

    /// <summary>
    /// A batch script the guide shows can be submitted as it stands: <c>sbatch</c> refuses a script whose first line is not
    /// an interpreter line (<c>#!</c>), and reads <c>#SBATCH</c> directives only before the first command.
    /// </summary>
    [Fact]
    public void EveryBatchScriptInTheSimulationGuide_CanBeSubmittedAsItStands()
    {
        var scripts = FencedBlocks(File.ReadAllText(RepositoryFiles.PathOf("docs/simulation.md")))
            .Where(block => block.Any(line => line.StartsWith("#SBATCH", StringComparison.Ordinal)))
            .ToList();

        scripts.Should().NotBeEmpty("docs/simulation.md shows a Slurm array job");
        foreach (var script in scripts)
        {
            script[0].Should().StartWith("#!", "sbatch refuses a script without an interpreter line first");
            var firstCommand = script.FindIndex(line => line.Length > 0 && !line.StartsWith('#'));
            script.FindLastIndex(line => line.StartsWith("#SBATCH", StringComparison.Ordinal))
                .Should().BeLessThan(firstCommand, "sbatch ignores #SBATCH lines after the first command");
        }
    }

    /// <summary>The lines of each fenced code block, without the fences.</summary>
    private static IEnumerable<List<string>> FencedBlocks(string markdown)
    {
        List<string>? block = null;
        foreach (var raw in markdown.ReplaceLineEndings("\n").Split('\n'))
        {
            var line = raw.TrimEnd();
            if (line.StartsWith("```", StringComparison.Ordinal))
            {
                if (block is not null)
                {
                    yield return block;
                }

                block = block is null ? [] : null;
                continue;
            }

            block?.Add(line);
        }
    }

    private static System.CommandLine.RootCommand Tool() =>
        CliApp.Build(new CliConsole(TextWriter.Null, TextWriter.Null, Interactive: false), CancellationToken.None);

    /// <summary>The lines of fenced code blocks that run the tool (<c>intimacy …</c> or <c>./tools/intimacy …</c>), without trailing comments.</summary>
    internal static IEnumerable<string> CommandLines(string markdown)
    {
        var inBlock = false;
        foreach (var raw in markdown.Split('\n'))
        {
            var line = raw.TrimEnd();
            if (line.StartsWith("```", StringComparison.Ordinal))
            {
                inBlock = !inBlock;
                continue;
            }

            var match = ToolLine().Match(line);
            if (inBlock && match.Success)
            {
                yield return match.Groups["args"].Value;
            }
        }
    }

    /// <summary>Splits like a POSIX shell for the simple lines in the docs: spaces, single and double quotes.</summary>
    internal static string[] Split(string line)
    {
        var args = new List<string>();
        var current = new StringBuilder();
        var quote = '\0';
        var any = false;
        foreach (var c in line)
        {
            if (quote != '\0')
            {
                if (c == quote)
                {
                    quote = '\0';
                }
                else
                {
                    current.Append(c);
                }
            }
            else if (c is '\'' or '"')
            {
                quote = c;
                any = true;
            }
            else if (c == ' ')
            {
                if (any)
                {
                    args.Add(current.ToString());
                    current.Clear();
                    any = false;
                }
            }
            else
            {
                current.Append(c);
                any = true;
            }
        }

        if (any)
        {
            args.Add(current.ToString());
        }

        return [.. args];
    }

    [GeneratedRegex(@"(?:\n\n|;\s+)(?<code>\d+) ")]
    private static partial Regex ExitCodeClause();

    [GeneratedRegex(@"(?<![\w-])--[a-z][a-z0-9]*(?:-[a-z0-9]+)*(?![\w-])")]
    private static partial Regex OptionName();

    [GeneratedRegex(@"`(?:\./tools/)?intimacy (?<command>[a-z]+)")]
    private static partial Regex InlineToolCommand();

    [GeneratedRegex(@"^(?:\./tools/)?intimacy (?<args>[^#]+?)\s*(?:#.*)?$")]
    private static partial Regex ToolLine();
}
