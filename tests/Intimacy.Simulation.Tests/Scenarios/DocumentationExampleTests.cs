using System.Text.RegularExpressions;
using Intimacy.Core.Validation;
using Intimacy.Simulation.Generation;
using Intimacy.Simulation.Scenarios;

namespace Intimacy.Simulation.Tests.Scenarios;

public partial class DocumentationExampleTests
{
    [Fact]
    public void ScenarioFormatDoc_FullExample_LoadsAndGeneratesValidProfiles()
    {
        var markdown = File.ReadAllText(RepositoryFiles.PathOf(Path.Combine("docs", "scenario-format.md")));
        var example = YamlBlock().Matches(markdown).Select(m => m.Groups[1].Value).Single(block => block.StartsWith("name:", StringComparison.Ordinal));

        var scenario = ScenarioLoader.Parse(example, ScenarioFormat.Yaml, "docs/scenario-format.md");
        var generator = new ProfileGenerator(scenario, 1);

        scenario.Adjustments.Should().HaveCount(4);
        for (var i = 0; i < 1000; i++)
        {
            ProfileValidator.Validate(generator.Generate(i)).IsValid.Should().BeTrue();
        }
    }

    [GeneratedRegex("```yaml\\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex YamlBlock();
}
