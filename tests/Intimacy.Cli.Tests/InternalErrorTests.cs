using System.CommandLine;

namespace Intimacy.Cli.Tests;

/// <summary>
/// An exception no command anticipated (a defect of the tool) ends in one sentence and exit code 70, without
/// the exception's message (it may quote a profile's value) or a stack trace unless --verbose is given.
/// </summary>
public class InternalErrorTests
{
    private const string Secret = "partner threatened to kill me";

    [Fact]
    public void UnanticipatedException_ExitsWithSeventyAndOneSentence()
    {
        var (code, output, error) = RunFailing();

        code.Should().Be(70);
        output.Should().BeEmpty();
        error.Should().StartWith("error: An internal error (InvalidOperationException) stopped the command;")
            .And.Contain("--verbose")
            .And.NotContain(Secret)
            .And.NotContain("   at ");
        error.TrimEnd().Split('\n').Should().ContainSingle();
    }

    [Fact]
    public void UnanticipatedException_WithVerbose_ShowsTheException()
    {
        var (code, _, error) = RunFailing("--verbose");

        code.Should().Be(70);
        error.Should().Contain("System.InvalidOperationException").And.Contain(Secret).And.Contain("   at ");
    }

    private static (int Code, string Out, string Error) RunFailing(params string[] extra)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var console = new CliConsole(output, error, Interactive: false);
        var root = CliApp.Build(console, CancellationToken.None);
        var failing = new Command("fail", "A command with a defect.");
        failing.SetAction(_ => Throw());
        root.Subcommands.Add(failing);
        var code = CliApp.Run(root, ["fail", .. extra], console);
        return (code, output.ToString(), error.ToString());
    }

    private static int Throw() => throw new InvalidOperationException("Unexpected value: " + Secret);
}
