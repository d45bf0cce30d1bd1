using System.Reflection;

namespace Intimacy.Recommendations.Tests.Samples;

/// <summary>
/// The CustomRules sample run as the README says (<c>dotnet run --project samples/CustomRules</c>): it
/// prints its three plans, says "yes" to each of its safety checks and exits with 0.
/// </summary>
[Collection(ConsoleOutput.Collection)]
public sealed class CustomRulesProgramTests
{
    [Fact]
    public void CustomRules_Runs_PassesItsThreeChecks_AndKeepsPartnerAsSafetyAnswersOutOfTheCouplesViews()
    {
        var exitCode = 0;
        var output = ConsoleOutput.Capture(() => exitCode = RunCustomRules());

        exitCode.Should().Be(0, "the sample exits with 1 when one of its checks fails");
        output.Should().Contain("The example clinic's group is in the couple's plan: yes")
            .And.Contain("The example clinic's group is held back by the safety veto: yes")
            .And.Contain("The example clinic's group waits for the other partner's safety screening: yes");

        // Partner A's disclosure of violence is printed only in partner A's own view (the second section).
        var sections = output.Split("\n=== ", StringSplitOptions.RemoveEmptyEntries);
        sections.Should().HaveCount(3);
        sections[1].Should().Contain("partner A's view").And.Contain("$.partnerA.safety.experiencesViolence");
        sections[0].Should().Contain("the couple's view").And.NotContain(".safety.");
        sections[2].Should().Contain("the couple's view").And.NotContain(".safety.");
    }

    private static int RunCustomRules()
    {
        var entry = Assembly.Load("CustomRules").EntryPoint!;
        var result = entry.Invoke(null, entry.GetParameters().Length == 0 ? null : [Array.Empty<string>()]);
        return result is int code ? code : 0;
    }
}
