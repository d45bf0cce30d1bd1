using System.Collections.Immutable;
using Intimacy.Core.Interventions;
using Intimacy.Core.Plans;
using Intimacy.Core.Sources;

namespace Intimacy.Core.Tests.Plans;

/// <summary>
/// Plan records keep read-only copies of the lists they are given, whoever builds them (an engine, an app, the JSON
/// reader), so neither the one who gave a list nor the one who reads it can change the record afterwards.
/// </summary>
public class PlanListCopyTests
{
    private static readonly Reason AReason = new() { RuleName = "R", Text = "Because." };

    [Fact]
    public void ARecordGivenAnArray_IsNotChangedWhenTheArrayIs_AndRefusesWrites()
    {
        string[] paths = ["$.partnerA.view.affection", "$.partnerB.view.affection", "$.partnerA.trust"];
        var reason = AReason with { InputPaths = paths };

        paths[0] = "changed";

        reason.InputPaths.Should().Equal("$.partnerA.view.affection", "$.partnerB.view.affection", "$.partnerA.trust");
        reason.InputPaths.Should().NotBeAssignableTo<string[]>().And.NotBeAssignableTo<List<string>>();
        var asList = (IList<string>)reason.InputPaths;
        asList.IsReadOnly.Should().BeTrue();
        FluentActions.Invoking(() => asList[0] = "changed").Should().Throw<NotSupportedException>();
        FluentActions.Invoking(() => asList.Add("more")).Should().Throw<NotSupportedException>();
        FluentActions.Invoking(asList.Clear).Should().Throw<NotSupportedException>();
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(9)]
    public void ACopy_OfAnySize_ReadsAsTheOriginal(int count)
    {
        var ids = Enumerable.Range(0, count).Select(i => $"finding.{i}").ToList();

        var reason = AReason with { FindingIds = ids };
        ids.Add("finding.late");

        reason.FindingIds.Should().Equal(Enumerable.Range(0, count).Select(i => $"finding.{i}"));
        reason.FindingIds.Count.Should().Be(count);
        reason.FindingIds.ToArray().Should().HaveCount(count);
        ((IList<string>)reason.FindingIds).IndexOf("finding.late").Should().Be(-1);
        FluentActions.Invoking(() => reason.FindingIds[count]).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void AnImmutableList_IsKeptAsItIs_AndACopyIsNotCopiedAgain()
    {
        IReadOnlyList<string> immutable = ImmutableArray.Create("$.partnerA.trust");
        var reason = AReason with { InputPaths = immutable };
        var again = new Finding { Id = "f", Code = "f", Kind = FindingKind.Barrier, Title = "F", RuleName = "R", InputPaths = reason.InputPaths };

        reason.InputPaths.Should().BeSameAs(immutable);
        again.InputPaths.Should().BeSameAs(reason.InputPaths);
    }

    [Fact]
    public void EveryRecordWithLists_CopiesWhatItIsGiven_AlsoThroughItsConstructorAndWith()
    {
        var items = new List<PlanItem> { Item() };
        var phase = new PlanPhase(PlanStage.EmotionalFoundation, items);
        var reasons = new List<Reason> { AReason };
        var withheld = new WithheldItem { InterventionId = "intervention.x", Title = "X", HeldBy = "gate.x", Reasons = reasons, Views = new List<WithheldView>() };
        var plan = new RecommendationPlan
        {
            Stamp = new PlanStamp("1", "r", "o", RecommendationPlan.CurrentSchemaVersion),
            Phases = new List<PlanPhase> { phase },
            Urgent = items,
            Withheld = [withheld],
        };
        var later = phase with { Items = items };

        items.Clear();
        reasons.Clear();

        phase.Items.Should().HaveCount(1);
        later.Items.Should().HaveCount(1);
        plan.Urgent.Should().HaveCount(1);
        withheld.Reasons.Should().HaveCount(1);
        plan.Phases.Should().NotBeAssignableTo<List<PlanPhase>>();
        withheld.Views.Should().NotBeAssignableTo<List<WithheldView>>();
    }

    private static PlanItem Item() => new()
    {
        InterventionId = "intervention.date-nights",
        Title = "Date nights",
        Summary = "Date nights.",
        Detail = "Date nights.",
        Kind = InterventionKind.SharedActivity,
        Stage = PlanStage.EmotionalFoundation,
        Track = PlanTrack.Phase,
        Indicator = Indicator.Info,
        Priority = 10,
        Audience = ItemAudience.Couple,
        Reasons = [AReason],
        Sources = [new Citation("source.x", "X (2000)", null, "p. 1", EvidenceLevel.Trial)],
        Contacts = [new CrisisContact("Someone", "Call.")],
    };
}
