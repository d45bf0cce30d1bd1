using Intimacy.Core.Dimensions;
using Intimacy.Core.Interventions;
using Intimacy.Core.Sources;
using Intimacy.Recommendations.Engine;
using Intimacy.Recommendations.Tests.Regressions;
using Microsoft.Extensions.DependencyInjection;

namespace Intimacy.Recommendations.Tests.DependencyInjection;

/// <summary>
/// App interventions registered through <c>AddIntimacyCore().AddInterventions(...)</c>: a taken id or a source that
/// differs from the catalog's is refused, naming the id, when the engine is built; null is refused by the call.
/// </summary>
public class AddInterventionsTests
{
    [Fact]
    public void TheSameAppIdTwice_AcrossTwoAddIntimacyCoreCalls_FailsNamingTheId()
    {
        var services = new ServiceCollection();
        services.AddIntimacyCore().AddInterventions(AppInterventions.ClinicIntensive);
        services.AddIntimacyCore().AddInterventions(AppInterventions.ClinicIntensive);

        Resolving(services).Should().Throw<ArgumentException>().WithMessage($"*'{AppInterventions.ClinicIntensive.Id}' is used more than once*");
    }

    [Fact]
    public void AnAppIdTakenByABuiltInIntervention_FailsNamingTheId()
    {
        var builtIn = Intimacy.Core.Catalog.IntimacyCatalog.Default.Interventions[0];
        var impostor = AppIntervention(builtIn.Id, Sources.Rekindle);
        var services = new ServiceCollection();
        services.AddIntimacyCore().AddInterventions(impostor);

        Resolving(services).Should().Throw<ArgumentException>().WithMessage($"*'{builtIn.Id}' is used more than once*");
    }

    [Fact]
    public void ACitedSourceWhoseIdIsTakenButWhichDiffers_FailsNamingTheInterventionAndTheSource()
    {
        var lookalike = new Source(Sources.Rekindle.Id, "Another work entirely", null, 2020, SourceKind.SeedArticle, EvidenceLevel.PractitionerAdvice);
        var services = new ServiceCollection();
        services.AddIntimacyCore().AddInterventions(AppIntervention("intervention.app-lookalike", lookalike));

        Resolving(services).Should().Throw<ArgumentException>().WithMessage($"*'intervention.app-lookalike' cites '{Sources.Rekindle.Id}'*differs*");
    }

    [Fact]
    public void ANullIntervention_IsRefusedByTheCall()
    {
        var builder = new ServiceCollection().AddIntimacyCore();

        builder.Invoking(b => b.AddInterventions(AppInterventions.ClinicIntensive, null!)).Should().Throw<ArgumentException>().WithMessage("*index 1*");
    }

    private static Intervention AppIntervention(string id, Source source) => new(
        id, "App item", "An app's own item.", InterventionKind.SelfGuidedExercise, InterventionActor.CoupleTogether, PlanStage.EmotionalFoundation,
        [IntimacyDimension.Emotional], [source.At("Section")]);

    private static Func<IRecommendationEngine> Resolving(ServiceCollection services) => () =>
    {
        using var provider = services.BuildServiceProvider();
        return provider.GetRequiredService<IRecommendationEngine>();
    };
}
