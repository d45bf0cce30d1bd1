namespace Intimacy.Recommendations.Tests.Samples;

/// <summary>Runs a sample's console program with its output captured (tests using it share one collection).</summary>
internal static class ConsoleOutput
{
    public const string Collection = "Console output";

    /// <summary>Runs <paramref name="run"/> and returns what it wrote to the console (call only from the collection).</summary>
    public static string Capture(Action run)
    {
        var original = Console.Out;
        using var writer = new StringWriter();
        Console.SetOut(writer);
        try
        {
            run();
        }
        finally
        {
            Console.SetOut(original);
        }

        return writer.ToString().ReplaceLineEndings("\n");
    }
}

/// <summary>The tests that capture the console run one at a time, and apart from every other test.</summary>
[CollectionDefinition(ConsoleOutput.Collection, DisableParallelization = true)]
public sealed class ConsoleOutputCollection;
