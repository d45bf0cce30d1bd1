using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;

namespace WebQuestionnaire.Tests;

/// <summary>
/// The README's "Running" section: started from the repository's root, the built app finds its <c>wwwroot</c> with the
/// <c>--contentRoot</c> the README gives. ASP.NET Core takes a relative content root from the app's own build folder, not
/// from the current folder, so a relative one given there would stop the app at start.
/// </summary>
public sealed partial class ReadmeRunningTests
{
    [Fact]
    public void TheContentRootTheReadmeGives_RunFromTheRepositoryRoot_IsTheSampleFolder()
    {
        var readme = File.ReadAllText(RepositoryFiles.PathOf("samples/WebQuestionnaire/README.md"));
        var given = ContentRootOption().Match(readme);
        given.Success.Should().BeTrue("the README says how to start the app from another folder");

        // What a shell in the repository's root passes for the value the README shows.
        var value = given.Groups["value"].Value.Trim('"').Replace("$PWD", RepositoryFiles.Root, StringComparison.Ordinal);
        var contentRoot = () => WebApplication.CreateBuilder(["--contentRoot", value]).Environment.ContentRootPath;

        Path.TrimEndingDirectorySeparator(Path.GetFullPath(contentRoot()))
            .Should().Be(Path.GetFullPath(RepositoryFiles.PathOf("samples/WebQuestionnaire")), $"'--contentRoot {given.Groups["value"].Value}' run from the repository's root should name the sample's folder");
    }

    [GeneratedRegex("`--contentRoot (?<value>[^`]+)`")]
    private static partial Regex ContentRootOption();
}
