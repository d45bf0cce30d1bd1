using System.Text.RegularExpressions;
using Intimacy.Core.Catalog;
using Intimacy.Core.Interventions;
using Intimacy.Core.Sources;

namespace Intimacy.Core.Tests.Catalog;

/// <summary>Rules every catalog item follows, checked over the whole built-in catalog.</summary>
public partial class CatalogConventionTests
{
    private static readonly IntimacyCatalog Catalog = IntimacyCatalog.Default;

    private static IEnumerable<string> AllIds =>
        Catalog.Sources.Select(s => s.Id).Concat(Catalog.Items.Select(i => i.Id));

    [Fact]
    public void Ids_AreUniqueAcrossTheWholeCatalog()
    {
        AllIds.Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public void Ids_FollowTheKindDotSlugPattern()
    {
        AllIds.Should().OnlyContain(id => IdPattern().IsMatch(id));
        Catalog.Dimensions.Should().OnlyContain(i => i.Id.StartsWith("dimension.", StringComparison.Ordinal));
        Catalog.Barriers.Should().OnlyContain(i => i.Id.StartsWith("barrier.", StringComparison.Ordinal));
        Catalog.WarningSigns.Should().OnlyContain(i => i.Id.StartsWith("sign.", StringComparison.Ordinal));
        Catalog.Interventions.Should().OnlyContain(i => i.Id.StartsWith("intervention.", StringComparison.Ordinal));
        Catalog.Contraindications.Should().OnlyContain(i => i.Id.StartsWith("contraindication.", StringComparison.Ordinal));
        Catalog.Sources.Should().OnlyContain(i => i.Id.StartsWith("source.", StringComparison.Ordinal));
    }

    [Fact]
    public void EveryItem_HasANameADescriptionAndAtLeastOneLocatedSource()
    {
        foreach (var item in Catalog.Items)
        {
            item.Name.Should().NotBeNullOrWhiteSpace(item.Id);
            item.Description.Should().NotBeNullOrWhiteSpace(item.Id);
            item.Description.Should().EndWith(".", $"{item.Id}'s description is a full sentence");
            item.Sources.Should().NotBeEmpty(item.Id);
            item.Sources.Should().OnlyContain(r => !string.IsNullOrWhiteSpace(r.Locator), item.Id);
        }
    }

    [Fact]
    public void EveryCitedSource_IsInTheCatalog()
    {
        var cited = Catalog.Items.SelectMany(i => i.Sources).Select(r => r.Source)
            .Concat(Catalog.WarningSigns.SelectMany(s => s.Facts).Select(f => f.Source.Source));

        cited.Should().OnlyContain(s => Catalog.Sources.Contains(s));
    }

    [Fact]
    public void EverySeedArticle_IsCited()
    {
        var cited = Catalog.Items.SelectMany(i => i.Sources).Select(r => r.Source).ToHashSet();

        Catalog.Sources.Where(s => s.Kind == SourceKind.SeedArticle).Should().HaveCount(5).And.OnlyContain(s => cited.Contains(s));
    }

    [Fact]
    public void Names_AreDistinctAfterNormalisation_WithinEachKind()
    {
        foreach (var kind in ItemsByKind())
        {
            kind.Select(i => NearDuplicateDetector.NormaliseName(i.Name)).Should().OnlyHaveUniqueItems();
        }
    }

    [Fact]
    public void Descriptions_AreNotNearDuplicates_WithinEachKind()
    {
        var problems = ItemsByKind()
            .SelectMany(items => NearDuplicateDetector.FindProblems(items, i => i.Id, i => i.Name, i => i.Description))
            .ToList();

        problems.Should().BeEmpty("no two items of a kind may say the same thing");
    }

    [Fact]
    public void EveryIntervention_AddressesABarrier_AndEveryBarrierIsAddressed()
    {
        Catalog.Interventions.Should().OnlyContain(i => i.AddressesBarriers.Count > 0);
        var addressed = Catalog.Interventions.SelectMany(i => i.AddressesBarriers).ToHashSet();
        Catalog.Barriers.Where(b => !addressed.Contains(b)).Select(b => b.Id).Should().BeEmpty();
    }

    [Fact]
    public void EveryContraindication_HoldsBackAtLeastOneIntervention()
    {
        var used = Catalog.Interventions.SelectMany(i => i.Contraindications).ToHashSet();
        Catalog.Contraindications.Where(c => !used.Contains(c)).Select(c => c.Id).Should().BeEmpty();
    }

    [Fact]
    public void SexualInterventions_CarryAConsentCaution()
    {
        var sexual = Catalog.Interventions.Where(i => i.IsSexual).ToList();

        sexual.Should().NotBeEmpty();
        sexual.Should().OnlyContain(i => i.Caution != null && (i.Caution.Contains("agree", StringComparison.OrdinalIgnoreCase)
            || i.Caution.Contains("never a duty", StringComparison.OrdinalIgnoreCase)));
        sexual.Where(i => i.Actor == InterventionActor.CoupleTogether)
            .Should().OnlyContain(i => i.Contraindications.Contains(Contraindication.OnePartnerUnwilling));
    }

    [Fact]
    public void SexualInterventionsDoneTogether_SayConsentPauseOrStop_AndNoPressureOnThePartnerWhoWantsLess()
    {
        // docs/safety.md "Wording": both must agree, either may stop or pause, and neither is pressed.
        var together = Catalog.Interventions.Where(i => i.IsSexual && i.Actor == InterventionActor.CoupleTogether).ToList();

        together.Should().Contain(i => i.Kind == InterventionKind.ProfessionalTherapy, "sex therapy is done together too");
        foreach (var phrase in new[] { "both partners' free agreement", "either may pause or stop", "the partner who wants less is never pressured" })
        {
            together.Where(i => i.Caution?.Contains(phrase, StringComparison.Ordinal) != true).Select(i => i.Id)
                .Should().BeEmpty("every sexual item done together says \"{0}\"", phrase);
        }
    }

    [Fact]
    public void MedicalInterventions_SendThePersonToTheirClinician()
    {
        var medical = Catalog.Interventions.Where(i => i.Kind == InterventionKind.Medical).ToList();

        medical.Should().NotBeEmpty();
        medical.Should().OnlyContain(i => i.Caution!.Contains("medicine", StringComparison.OrdinalIgnoreCase));

        // Not just the word: the caution sends the person to a doctor or prescriber and tells them not to start, stop or
        // change a medicine on their own (docs/safety.md, Wording). A caution saying "stop the medicine" fails here.
        foreach (var intervention in medical)
        {
            var caution = intervention.Caution!;
            caution.Should().MatchRegex(@"(?i)\b(doctor|prescriber)\b", "{0} sends the person to their clinician", intervention.Id);
            caution.Should().MatchRegex(@"(?i)\b(never|do not|don't)\b[^.;]*\b(start|stop|change)\b[^.;]*\bmedicine\b", "{0} says never to change a medicine on one's own", intervention.Id);
        }
    }

    [Fact]
    public void EveryJointIntervention_IsHeldBackByViolence()
    {
        Catalog.Interventions.Where(i => i.Actor == InterventionActor.CoupleTogether)
            .Where(i => !i.Contraindications.Contains(Contraindication.Violence))
            .Select(i => i.Id)
            .Should().BeEmpty("safety comes before any joint work");
    }

    [Fact]
    public void SafetyInterventions_AreUrgentAndIndividual()
    {
        Catalog.Interventions.Where(i => i.Kind == InterventionKind.Safety)
            .Should().OnlyContain(i => i.Stage == PlanStage.Urgent && i.Actor == InterventionActor.OnePartner);
        Catalog.Interventions.Where(i => i.Stage == PlanStage.Urgent)
            .Should().OnlyContain(i => i.Kind == InterventionKind.Safety);
    }

    [Fact]
    public void EveryStageKindAndActor_HasInterventions()
    {
        Enum.GetValues<PlanStage>().Should().OnlyContain(s => Catalog.Interventions.Any(i => i.Stage == s));
        Enum.GetValues<InterventionKind>().Should().OnlyContain(k => Catalog.Interventions.Any(i => i.Kind == k));
        Enum.GetValues<InterventionActor>().Should().OnlyContain(a => Catalog.Interventions.Any(i => i.Actor == a));
    }

    [Fact]
    public void Sources_HaveOnlyAbsoluteHttpsUrls()
    {
        Catalog.Sources.Where(s => s.Url is not null).Should().OnlyContain(s => s.Url!.IsAbsoluteUri && s.Url.Scheme == "https");
    }

    private static IEnumerable<IReadOnlyList<ICatalogItem>> ItemsByKind() =>
    [
        [.. Catalog.Dimensions],
        [.. Catalog.Barriers],
        [.. Catalog.WarningSigns],
        [.. Catalog.Interventions],
        [.. Catalog.Contraindications],
    ];

    [GeneratedRegex("^(dimension|barrier|sign|intervention|source|contraindication)\\.[a-z0-9]+(?:-[a-z0-9]+)*$")]
    private static partial Regex IdPattern();
}
