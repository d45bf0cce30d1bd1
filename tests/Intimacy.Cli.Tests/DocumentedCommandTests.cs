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

    /// <summary>The lines of fenced code blocks that run the tool (<c>intimacy …</c> or <c>./tools/intimacy …</c>), without trailing comments.</summary>
    private static IEnumerable<string> CommandLines(string markdown)
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
    private static string[] Split(string line)
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

    [GeneratedRegex(@"^(?:\./tools/)?intimacy (?<args>[^#]+?)\s*(?:#.*)?$")]
    private static partial Regex ToolLine();
}
