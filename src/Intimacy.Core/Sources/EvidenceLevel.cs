namespace Intimacy.Core.Sources;

/// <summary>How strong the evidence is behind one cited statement.</summary>
/// <remarks>
/// The members from <see cref="PractitionerAdvice"/> to <see cref="MetaAnalysis"/> are in rising
/// order of strength; <see cref="Guideline"/> is a consensus of experts weighing such evidence, and
/// <see cref="TechnicalStandard"/> describes formats rather than clinical effects.
/// </remarks>
public enum EvidenceLevel
{
    /// <summary>Advice from practitioners' experience, such as a therapist's article.</summary>
    PractitionerAdvice = 0,

    /// <summary>An observational, cohort or instrument-validation study.</summary>
    ObservationalStudy = 1,

    /// <summary>A controlled or randomised trial.</summary>
    Trial = 2,

    /// <summary>A meta-analysis or systematic review pooling several studies.</summary>
    MetaAnalysis = 3,

    /// <summary>A guideline or consensus statement from a professional body or expert panel.</summary>
    Guideline = 4,

    /// <summary>A technical standard, such as a data-exchange specification.</summary>
    TechnicalStandard = 5,
}
