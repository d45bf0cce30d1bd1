using Intimacy.Recommendations.Engine;
using Intimacy.Simulation.Generation;
using Intimacy.Simulation.Scenarios;

namespace Intimacy.Simulation.Benchmarks;

/// <summary>The example scenarios and real evaluations the benchmarks share, found from the repository root.</summary>
public static class BenchmarkInputs
{
    public static Scenario LoadScenario(string name) =>
        ScenarioLoader.Load(Path.Combine(Root(), "samples", "scenarios", name + ".yaml"));

    /// <summary>Real evaluations of the first <paramref name="count"/> profiles of a scenario by the default rule set.</summary>
    public static Evaluation[] Evaluations(IRecommendationEngine engine, Scenario scenario, int count)
    {
        var generator = new ProfileGenerator(scenario, 1);
        return [.. Enumerable.Range(0, count).Select(i => engine.Evaluate(generator.Generate(i)))];
    }

    /// <summary>
    /// The evaluation closest to the typical one: median number of findings and of plan items, so the
    /// aggregation cost measured through the stub engine is neither the best nor the worst case.
    /// </summary>
    public static Evaluation Typical(IReadOnlyList<Evaluation> evaluations)
    {
        static int Items(Evaluation e) => e.Plan.AllItems.Count();
        var findings = evaluations.Select(e => e.Plan.Findings.Count).Order().ElementAt(evaluations.Count / 2);
        var items = evaluations.Select(Items).Order().ElementAt(evaluations.Count / 2);
        return evaluations.MinBy(e => Math.Abs(e.Plan.Findings.Count - findings) + Math.Abs(Items(e) - items))!;
    }

    private static string Root()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Intimacy.Core.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Run the benchmarks from inside the repository (Intimacy.Core.sln not found above " + AppContext.BaseDirectory + ").");
    }
}
