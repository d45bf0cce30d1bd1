namespace Intimacy.Recommendations.Safety;

/// <summary>The rows of the safety table (docs/safety.md), in precedence order.</summary>
public enum SafetyGate
{
    /// <summary>Row 1: threats to kill, strangulation, a weapon, escalating violence, or a self-harm plan, intent or recent attempt.</summary>
    ImminentDanger,

    /// <summary>Row 2: violence, fear of the partner, or coercive control.</summary>
    ViolenceOrCoercion,

    /// <summary>Row 3: thoughts of self-harm, or PHQ-9 item 9 above 0.</summary>
    SelfHarmRisk,

    /// <summary>Row 4: substance misuse, an affair not both disclosed and ended, or a partner leaning out.</summary>
    CouplesTherapyDeferred,

    /// <summary>Row 5: erectile or other sexual-function difficulty, pain, hormonal change, medication side effects, chronic illness, or a low IIEF-5 or FSFI.</summary>
    MedicalFirst,

    /// <summary>Row 6: safety not screened, or screened with unknown answers.</summary>
    SafetyNotScreened,
}
