namespace Intimacy.Core.Interventions;

/// <summary>What sort of help an <see cref="Intervention"/> is.</summary>
public enum InterventionKind
{
    /// <summary>An exercise partners do on their own, without a professional.</summary>
    SelfGuidedExercise = 0,

    /// <summary>Something the couple does together for enjoyment or closeness.</summary>
    SharedActivity = 1,

    /// <summary>Work with a therapist or counsellor.</summary>
    ProfessionalTherapy = 2,

    /// <summary>A physician's or prescriber's assessment or treatment.</summary>
    Medical = 3,

    /// <summary>A step to protect someone from harm: screening, planning, crisis and emergency routes.</summary>
    Safety = 4,

    /// <summary>Learning material or peer support: books, workshops, courses, programmes, groups.</summary>
    Resource = 5,
}
