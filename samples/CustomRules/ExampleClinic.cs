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
    /// The clinic's group programme: a couple joins other couples for guided evenings on talking,
    /// appreciation and shared time. Both partners attend together, so the safety veto treats it as
    /// a joint item. A programme is a resource, and the plan puts resources on its support track
    /// (only self-guided exercises and shared activities go into the phases), so it names that stage.
    /// </summary>
    public static Intervention CouplesGroup { get; } = new(
        "intervention.example-clinic-couples-group",
        "Reconnecting Couples group at Example Riverside Clinic (fictional example)",
        "Eight guided evenings in a small group of couples: each evening practises one skill, such as "
            + "asking open questions, naming what the other did well, or planning an hour together, and "
            + "ends with a short task to try at home before the next meeting.",
        InterventionKind.Resource,
        InterventionActor.CoupleTogether,
        PlanStage.Support,
        [IntimacyDimension.Emotional, IntimacyDimension.Recreational],
        [ProgrammeLeaflet.At("Who the group is for and what each evening covers")]);
}
