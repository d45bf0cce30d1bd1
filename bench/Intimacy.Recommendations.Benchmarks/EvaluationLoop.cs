using System.Globalization;
using Intimacy.Recommendations.Engine;

namespace Intimacy.Recommendations.Benchmarks;

/// <summary>
/// <c>--evaluations count [recommend|outline]</c>, a development aid for <c>bench/count-instructions.sh</c>: makes
/// <c>count</c> evaluations over the 1,000 benchmark profiles in turn, as <see cref="RecommendBenchmarks"/> does, and
/// exits, timing nothing. Run under an instruction counter twice with different counts, the difference divided by the
/// difference in counts is what one evaluation executes, whatever the host's speed or its neighbours.
/// </summary>
internal sealed class EvaluationLoop : ProfileCycle
{
    public static void Run(string count, string what)
    {
        var evaluations = int.Parse(count, CultureInfo.InvariantCulture);
        var outline = what switch
        {
            "recommend" => null,
            "outline" => new PlanOutline(),
            _ => throw new ArgumentException($"Expected 'recommend' or 'outline', not '{what}'.", nameof(what)),
        };
        var loop = new EvaluationLoop();
        loop.Load(1_000);
        var made = 0;
        for (var i = 0; i < evaluations; i++)
        {
            if (outline is null)
            {
                made += loop.Engine.Recommend(loop.Next()).Urgent.Count;
            }
            else
            {
                loop.Engine.Outline(loop.Next(), outline);
                made += outline.Items.Count;
            }
        }

        Console.WriteLine(FormattableString.Invariant($"{evaluations} evaluations ({what}), {made} items"));
    }
}
