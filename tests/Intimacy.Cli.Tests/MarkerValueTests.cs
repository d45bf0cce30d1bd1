using System.Text.Json.Nodes;

namespace Intimacy.Cli.Tests;

/// <summary>
/// Every answer of a valid profile file replaced in turn by a distinctive value of the wrong kind or out of range:
/// neither <c>validate</c> nor <c>recommend</c> (any audience, with <c>--verbose</c>, which prints the exception a
/// clinician's run failed with) repeats it, on standard output or standard error. Scripts keep both in their logs.
/// </summary>
public class MarkerValueTests
{
    [Fact]
    public void ValidateAndRecommend_OfAnyAnswerReplacedByAMarker_NeverPrintTheMarker()
    {
        using var files = new CliRun();
        var valid = File.ReadAllText(files.ValidProfile());
        var leaks = new List<string>();
        var refusals = 0;
        foreach (var (path, withSlot) in MarkerValues.Leaves(valid))
        {
            foreach (var raw in MarkerValues.Corruptions)
            {
                var file = files.Write("corrupt.json", MarkerValues.Fill(withSlot, raw));
                var runs = new List<string[]> { new[] { "validate", file } };
                runs.AddRange(new[] { "couple", "partner-a", "partner-b", "clinician" }.Select(a => new[] { "recommend", file, "--audience", a, "--verbose" }));
                foreach (var args in runs)
                {
                    // The temporary folder's name is random: a marker in it is not an echo.
                    var (code, output, error) = CliRun.Invoke(args);
                    (output, error) = (output.Replace(files.Folder, "<folder>", StringComparison.Ordinal), error.Replace(files.Folder, "<folder>", StringComparison.Ordinal));
                    refusals += code == 1 ? 1 : 0;
                    leaks.AddRange(MarkerValues.Markers.Where(m => output.Contains(m, StringComparison.Ordinal) || error.Contains(m, StringComparison.Ordinal))
                        .Select(m => $"{string.Join(' ', args[0], args.Length > 3 ? args[3] : string.Empty)} {path} <- {raw[..Math.Min(20, raw.Length)]}: '{m}' in {error}"));
                }
            }
        }

        refusals.Should().BeGreaterThan(500, "the corrupted files must be refused");
        leaks.Should().BeEmpty();
    }
}
