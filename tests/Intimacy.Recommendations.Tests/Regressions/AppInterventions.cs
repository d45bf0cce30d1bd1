using Intimacy.Core.Dimensions;
using Intimacy.Core.Interventions;

namespace Intimacy.Recommendations.Tests.Regressions;

/// <summary>The app-declared interventions the regression tests of the veto's rows give an engine, with no contraindications of their own.</summary>
internal static class AppInterventions
{
    /// <summary>An app's own conjoint therapy: generic couples therapy as the safety table means it.</summary>
    public static readonly Intervention ClinicIntensive = new(
        "intervention.app-clinic-intensive", "Clinic couples intensive (app)",
        "A fictional clinic's joint therapy weekend, added by an app without any contraindication.",
        InterventionKind.ProfessionalTherapy, InterventionActor.CoupleTogether, PlanStage.Support,
        [IntimacyDimension.Emotional], [Intimacy.Core.Sources.Sources.Rekindle.At("The role of couples therapy")]);

    /// <summary>An app's own sex therapy for couples: a sexual conjoint therapy.</summary>
    public static readonly Intervention SexTherapyProgramme = new(
        "intervention.app-sex-therapy-programme", "Sex therapy programme (app)",
        "A fictional clinic's sex therapy programme for couples, added by an app.",
        InterventionKind.ProfessionalTherapy, InterventionActor.CoupleTogether, PlanStage.Support,
        [IntimacyDimension.Sexual], [Intimacy.Core.Sources.Sources.TherapistGuide.At("How sex therapy can help partners reconnect sexually")],
        isSexual: true, caution: "Only with both partners' free agreement; either may pause or stop at any time.");
}
