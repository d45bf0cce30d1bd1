namespace Intimacy.Recommendations.Rules;

/// <summary>Agenda priorities of the built-in rule layers: safety first, then detection, then recommendation.</summary>
public static class RulePriorities
{
    /// <summary>Safety gate detection.</summary>
    public const int Safety = 100;

    /// <summary>Findings from single answers and questionnaires.</summary>
    public const int Detection = 50;

    /// <summary>Findings that compare the partners or combine findings.</summary>
    public const int Dyadic = 40;

    /// <summary>Candidate interventions from findings.</summary>
    public const int Recommendation = 10;
}
