using Intimacy.Recommendations.Safety;

namespace Intimacy.Recommendations.Planning;

/// <summary>The words used for each safety gate, in reasons and in notices.</summary>
internal static class GateTexts
{
    public static string Why(SafetyGate gate) => gate switch
    {
        SafetyGate.ImminentDanger => "Answers point to immediate danger. Getting safe comes first; every other step waits until then.",
        SafetyGate.ViolenceOrCoercion => "Answers point to violence, fear or control in the relationship. Individual safety support comes first; joint work waits until a specialist has seen each partner alone and judged it safe.",
        SafetyGate.SelfHarmRisk => "Answers point to thoughts of self-harm. An urgent individual assessment comes first; sexual steps wait.",
        SafetyGate.CouplesTherapyDeferred => "Something needs its own help first (substance use, an affair not both disclosed and ended, or a partner unsure about staying). General couples therapy waits until it is resolved.",
        SafetyGate.MedicalFirst => "A physical cause is possible. A doctor's check comes before sex therapy.",
        SafetyGate.SafetyNotScreened => "Safety has not been checked privately with each partner. A separate safety screening comes before any joint professional help.",
        _ => throw new ArgumentOutOfRangeException(nameof(gate), gate, "Unknown safety gate."),
    };

    public static string Notice(SafetyGate gate) => gate switch
    {
        SafetyGate.ImminentDanger => "Your safety comes first. If you are in danger, contact emergency services now. The rest of the plan is on hold.",
        SafetyGate.ViolenceOrCoercion => "Your answers raise a safety concern. This plan starts with support for you alone; joint steps are on hold.",
        SafetyGate.SelfHarmRisk => "Your answers suggest you may be struggling. Please reach out for help today; some steps are on hold until then.",
        SafetyGate.CouplesTherapyDeferred => "Some help needs to come first; general couples therapy is on hold for now.",
        SafetyGate.MedicalFirst => "A medical check is suggested before sex therapy.",
        SafetyGate.SafetyNotScreened => "Before joint counselling, each partner should answer a short private safety check.",
        _ => throw new ArgumentOutOfRangeException(nameof(gate), gate, "Unknown safety gate."),
    };
}
