using Intimacy.Core.Dimensions;
using Intimacy.Core.Interventions;
using Intimacy.Core.Sources;

namespace CustomRules;

/// <summary>
/// What a made-up clinic adds to the catalog: its own group programme for couples who have drifted
/// apart, cited to the clinic's own programme description. The clinic, the programme and the
/// leaflet are fictional; an app would put its real local service here.
/// </summary>
public static class ExampleClinic
{
    /// <summary>The (fictional) clinic's programme description, which the intervention cites.</summary>
    public static Source ProgrammeLeaflet { get; } = new(
        "source.example-riverside-clinic-leaflet",
        "Reconnecting Couples: an eight-evening group (EXAMPLE programme description, not a real service)",
        "Example Riverside Clinic (fictional, for the CustomRules sample)",
        null,
        SourceKind.Guideline,
        EvidenceLevel.PractitionerAdvice);

    /// <summary>
    /// The clinic's group programme: a couple joins other couples for evenings a clinician guides on
    /// talking, appreciation and shared time. It is declared as what it is, professional help both
    /// partners attend together (<see cref="InterventionKind.ProfessionalTherapy"/>,
    /// <see cref="InterventionActor.CoupleTogether"/>), so the library's safety veto treats it as a joint
    /// professional route: every joint item waits while a partner reports violence, and a private safety
    /// screening comes first while a partner is not screened (docs/safety.md, rows 2 and 6). It carries the
    /// contraindications of the library's own conjoint therapies, so it is held back wherever couples
    /// therapy is, each time with the library's reason. The plan puts professional help on its support
    /// track, so it names that stage.
    /// </summary>
    public static Intervention CouplesGroup { get; } = new(
        "intervention.example-clinic-couples-group",
        "Reconnecting Couples group at Example Riverside Clinic (fictional example)",
        "Eight evenings guided by a clinician in a small group of couples: each evening practises one skill, such as "
            + "asking open questions, naming what the other did well, or planning an hour together, and "
            + "ends with a short task to try at home before the next meeting.",
        InterventionKind.ProfessionalTherapy,
        InterventionActor.CoupleTogether,
        PlanStage.Support,
        [IntimacyDimension.Emotional, IntimacyDimension.Recreational],
        [ProgrammeLeaflet.At("Who the group is for and what each evening covers")],
        contraindications: Interventions.CouplesTherapy.Contraindications);
}
