using System.Reflection;

namespace Intimacy.Recommendations.Tests.Samples;

/// <summary>
/// The Quickstart sample is the README's first command and its quick start: the README shows the
/// sample's code as it is, and the sample runs and prints the couple's staged plan with reasons.
/// </summary>
[Collection(ConsoleOutput.Collection)]
public sealed class QuickstartSampleTests
{
    [Fact]
    public void Readme_QuickStart_IsTheSampleProgramVerbatim()
    {
        var readme = File.ReadAllText(RepositoryFiles.PathOf("README.md")).ReplaceLineEndings("\n");
        var section = readme[readme.IndexOf("\n## Quick start\n", StringComparison.Ordinal)..];
        var start = section.IndexOf("```csharp\n", StringComparison.Ordinal) + "```csharp\n".Length;
        var code = section[start..section.IndexOf("\n```\n", start, StringComparison.Ordinal)] + "\n";

        var program = File.ReadAllText(RepositoryFiles.PathOf("samples/Quickstart/Program.cs")).ReplaceLineEndings("\n");
        code.Should().Be(program, "the README's quick start is samples/Quickstart/Program.cs; copy the file into the README after changing it");
    }

    [Fact]
    public void Quickstart_Runs_AndPrintsTheCouplesStagedPlanWithReasonsAndSources()
    {
        var lines = ConsoleOutput.Capture(() => RunQuickstart()).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        lines[0].Should().StartWith($"Plan for the couple ({Scenarios.Engines.Default.Rules.Count} rules, rule set ");
        var items = lines.Where(l => l.StartsWith("- ", StringComparison.Ordinal) && !l.StartsWith("- not now", StringComparison.Ordinal)).ToList();
        items.Should().NotBeEmpty();

        // Every item is followed by at least one reason and its source.
        for (var i = 0; i < lines.Length; i++)
        {
            if (items.Contains(lines[i]))
            {
                lines[i + 1].Should().StartWith("    why: ", $"'{lines[i]}' should print its reasons");
                lines.Skip(i + 1).TakeWhile(l => l.StartsWith("    ", StringComparison.Ordinal)).Last().Should().StartWith("    source: ");
            }
        }

        // Phases in stage order, then the support track; the erectile difficulty goes to a physician first.
        var stages = items.Select(l => l[2..l.IndexOf(':', StringComparison.Ordinal)]).ToList();
        var order = new[] { "Urgent", "EmotionalFoundation", "NonSexualAffection", "SexualReconnection", "Maintenance", "Support" };
        stages.Select(s => Array.IndexOf(order, s)).Should().BeInAscendingOrder().And.NotContain(-1);
        stages.Should().Contain("EmotionalFoundation").And.Contain("SexualReconnection").And.Contain("Support");

        // Partner B's erectile difficulty: the physician is named for B and ranked above sex therapy.
        var physician = items.FindIndex(l => l.StartsWith("- Support: See a physician [", StringComparison.Ordinal));
        var sexTherapy = items.FindIndex(l => l.StartsWith("- Support: Sex therapy [", StringComparison.Ordinal));
        physician.Should().BeGreaterThanOrEqualTo(0);
        items[physician].Should().Contain("for PartnerB");
        sexTherapy.Should().BeGreaterThan(physician);
    }

    [Fact]
    public void QuickstartCoupleJson_IsAValidProfile_ThatSendsPartnerBToAPhysicianBeforeSexTherapy()
    {
        var profile = Intimacy.Core.Serialization.ProfileJson.Deserialize(File.ReadAllText(RepositoryFiles.PathOf("samples/profiles/quickstart-couple.json")));

        profile.PartnerB.Should().NotBeNull();
        var support = Scenarios.Engines.Default.Recommend(profile).ForAudience(Intimacy.Core.Plans.Audience.Couple).Support.Select(i => i.InterventionId).ToList();
        support.IndexOf(Intimacy.Core.Interventions.Interventions.PhysicianVisit.Id).Should().BeGreaterThanOrEqualTo(0)
            .And.BeLessThan(support.IndexOf(Intimacy.Core.Interventions.Interventions.SexTherapy.Id));
    }

    [Fact]
    public void QuickstartCoupleJson_IsTheQuickstartsCouple_SoItGetsTheSamePlan()
    {
        // The README calls the JSON file "the quick start's couple in that form": its couple's plan lists
        // the very items, in the same order and with the same reasons, that the sample prints.
        var printed = ConsoleOutput.Capture(() => RunQuickstart()).Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Where(l => l.StartsWith("- ", StringComparison.Ordinal) || l.StartsWith("    why: ", StringComparison.Ordinal))
            .ToList();
        var profile = Intimacy.Core.Serialization.ProfileJson.Deserialize(File.ReadAllText(RepositoryFiles.PathOf("samples/profiles/quickstart-couple.json")));
        var plan = Scenarios.Engines.Default.Recommend(profile).ForAudience(Intimacy.Core.Plans.Audience.Couple);

        var fromJson = new List<string>();
        foreach (var item in plan.AllItems)
        {
            fromJson.Add($"- {item.Stage}: {item.Title} [{item.Indicator}, for {item.Audience}, priority {item.Priority}]");
            fromJson.AddRange(item.Reasons.Select(r => $"    why: {r.Text}{(r.Threshold is null ? string.Empty : $" [{r.Threshold}]")} ({r.RuleName})"));
        }

        fromJson.AddRange(plan.Withheld.Select(w => $"- not now: {w.Title} (held back by {w.HeldBy})"));
        printed.Should().NotBeEmpty().And.Equal(fromJson);
    }

    private static void RunQuickstart()
    {
        var entry = Assembly.Load("Quickstart").EntryPoint!;
        entry.Invoke(null, entry.GetParameters().Length == 0 ? null : [Array.Empty<string>()]);
    }
}
