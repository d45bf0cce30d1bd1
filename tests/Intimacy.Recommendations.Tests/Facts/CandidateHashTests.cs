using System.Reflection;
using Intimacy.Core.Plans;
using Intimacy.Recommendations.Facts;

namespace Intimacy.Recommendations.Tests.Facts;

/// <summary>
/// A candidate's hash is worked out once and kept: equal candidates must hash alike whenever it is read, a `with`
/// must forget it, and the kept value must be read whole on every runtime, since the built-in rules' candidates are
/// shared by every thread that evaluates.
/// </summary>
public class CandidateHashTests
{
    private static readonly Reason Why = new() { RuleName = "Test.Rule", Text = "Because." };

    [Fact]
    public void EqualCandidates_HashAlike_BeforeAndAfterTheHashIsKept()
    {
        var random = new Random(20261207);
        for (var i = 0; i < 2_000; i++)
        {
            var id = "intervention." + new string((char)('a' + random.Next(26)), random.Next(1, 30));
            var first = new Candidate(id, random.Next(0, 101), (ItemAudience)random.Next(3), Why, (Indicator)random.Next(3));
            var second = first with { };
            var rebuilt = new Candidate(first.InterventionId, first.Priority, first.Audience, first.Reason, first.Indicator);

            var kept = first.GetHashCode();

            first.GetHashCode().Should().Be(kept, "the kept hash is the one worked out");
            second.GetHashCode().Should().Be(kept);
            rebuilt.GetHashCode().Should().Be(kept);
            rebuilt.Should().Be(first);
        }
    }

    [Fact]
    public void AWithThatChangesAMember_ForgetsTheKeptHash()
    {
        var candidate = new Candidate("intervention.weekly-check-in", 30, ItemAudience.Couple, Why);
        _ = candidate.GetHashCode();

        var changed = candidate with { Priority = 31, Audience = ItemAudience.PartnerA };

        changed.GetHashCode().Should().Be(new Candidate("intervention.weekly-check-in", 31, ItemAudience.PartnerA, Why).GetHashCode());
    }

    [Fact]
    public void TheKeptHash_IsOneFieldThatEveryRuntimeReadsWhole()
    {
        // A 64-bit field is read in two halves on a 32-bit runtime, so a thread could see a hash half written by another.
        var fields = typeof(Candidate).GetFields(BindingFlags.Instance | BindingFlags.NonPublic)
            .Where(f => !f.Name.Contains("k__BackingField", StringComparison.Ordinal) && !f.Name.StartsWith('<'))
            .ToList();

        fields.Should().ContainSingle().Which.FieldType.Should().Be<int>();
    }
}
