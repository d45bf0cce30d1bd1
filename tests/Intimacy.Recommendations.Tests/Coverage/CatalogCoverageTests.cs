using Intimacy.Core.Catalog;
using Intimacy.Core.Plans;
using Xunit.Abstractions;

namespace Intimacy.Recommendations.Tests.Coverage;

/// <summary>
/// Every catalog warning sign is detected by a rule, and every catalog intervention is reached by some
/// concrete profile, both checked by running the default engine on fixture profiles, not by names.
/// </summary>
public class CatalogCoverageTests(ITestOutputHelper output)
{
    private static readonly IntimacyCatalog Catalog = IntimacyCatalog.Default;

    [Fact]
    public void EveryWarningSign_IsDetectedByARule_ExactlyWhenItsSpecificationHolds()
    {
        var fixtures = CoverageFixtures.Instance;
        var builtIn = fixtures.Engine.Rules.Where(r => r.IsBuiltIn).Select(r => r.Name).ToHashSet(StringComparer.Ordinal);
        var problems = new List<string>();

        foreach (var sign in Catalog.WarningSigns)
        {
            var shown = 0;
            var detectors = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < fixtures.Profiles.Length; i++)
            {
                var present = sign.IsPresentIn(fixtures.Profiles[i]);
                var findings = fixtures.Evaluations[i].Plan.Findings.Where(f => f.Code == sign.Id || f.CatalogId == sign.Id).ToList();
                shown += present ? 1 : 0;
                detectors.UnionWith(findings.Select(f => f.RuleName));
                if (present && findings.Count == 0)
                {
                    problems.Add($"{sign.Id}: present in fixture #{i} but no finding records it");
                }
                else if (!present && findings.Count > 0)
                {
                    problems.Add($"{sign.Id}: recorded in fixture #{i} by {findings[0].RuleName} although the catalog's specification does not hold");
                }
            }

            if (shown == 0)
            {
                problems.Add($"{sign.Id}: no fixture shows it, so its detection is untested");
            }
            else if (!detectors.Any(builtIn.Contains))
            {
                problems.Add($"{sign.Id}: recorded only by rules that are not built in ({string.Join(", ", detectors)})");
            }

            output.WriteLine($"{sign.Id}: shown by {shown} fixtures, detected by {string.Join(", ", detectors)}");
        }

        problems.Take(20).Should().BeEmpty();
    }

    [Fact]
    public void EveryIntervention_IsRecommendedForSomeConcreteProfile()
    {
        var fixtures = CoverageFixtures.Instance;
        var unreachable = new List<string>();

        foreach (var intervention in Catalog.Interventions)
        {
            var witness = Array.FindIndex(fixtures.Evaluations, e => e.Plan.AllItems.Any(i => i.InterventionId == intervention.Id));
            if (witness < 0)
            {
                unreachable.Add(intervention.Id);
            }

            output.WriteLine($"{intervention.Id}: {(witness < 0 ? "UNREACHED" : $"fixture #{witness}")}");
        }

        unreachable.Should().BeEmpty("every catalog intervention must be reachable as a recommended item (fixture seed {0})", CoverageFixtures.Seed);
    }

    [Fact]
    public void EveryIntervention_IsAlsoWithheldForSomeProfile_UnlessItIsNeverDeferred()
    {
        // The other side of reachability: everything except the never-deferred safety items can be held back.
        var fixtures = CoverageFixtures.Instance;
        var neverWithheld = Catalog.Interventions
            .Where(i => !Properties.PlanChecks.NeverDeferred.Contains(i.Id))
            .Where(i => !fixtures.Evaluations.Any(e => e.Plan.Withheld.Any(w => w.InterventionId == i.Id)))
            .Select(i => i.Id)
            .ToList();

        neverWithheld.Should().BeEmpty();
    }
}
