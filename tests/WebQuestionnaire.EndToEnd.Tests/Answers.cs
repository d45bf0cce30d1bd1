namespace WebQuestionnaire.EndToEnd.Tests;

/// <summary>
/// What two people answer, written as they read the form: question wording (a distinctive part of
/// each legend) and option labels. Values behind them are in samples/WebQuestionnaire/README.md.
/// </summary>
internal static class Answers
{
    public const string ViewHeading = "Your view of the relationship";
    public const string ScreensHeading = "Short check-ins";
    public const string SafetyHeading = "Private safety questions";

    // Question wording, as shown on the forms.
    public const string Age = "Your age in years";
    public const string SexPerYear = "how many times did the two of you have sex";
    public const string FrequencyFeeling = "How do you feel about how often you have sex?";
    public const string Affection = "How often do you share affection";
    public const string Roommates = "more like housemates than a couple";
    public const string Arguments = "How often do you argue?";
    public const string Settled = "arguments end with the matter settled";
    public const string Appreciated = "How often do you feel appreciated";
    public const string EmotionallySafe = "Do you feel emotionally safe with your partner?";
    public const string Trend = "is the closeness between you changing?";

    public const string Happiness = "degree of happiness";
    public const string Warm = "warm and comfortable relationship";
    public const string Rewarding = "How rewarding is your relationship";
    public const string Satisfied = "how satisfied are you with your relationship";
    public const string LittleInterest = "little interest or pleasure in doing things";
    public const string FeelingDown = "feeling down, depressed or hopeless";
    public const string Nervous = "feeling nervous, anxious or on edge";
    public const string Worrying = "not being able to stop or control worrying";
    public const string SelfHarmThoughts = "thoughts of hurting yourself";
    public const string SelfHarmPlan = "made a plan to hurt yourself";
    public const string SelfHarmAttempt = "tried to hurt yourself recently";

    public const string PhysicallyHurt = "physically hurt you";
    public const string AfraidOfPartner = "Are you afraid of your partner?";
    public const string Controls = "control things like your money";
    public const string ThreatenedToKill = "threatened to kill you";
    public const string Strangled = "choked or strangled you";
    public const string Weapon = "with a weapon";
    public const string Escalating = "violence getting worse";

    /// <summary>Partner A: wants more closeness, feels like housemates, argues now and then.</summary>
    public static StepAnswers ViewA { get; } = new("view", ViewHeading,
        [(Age, "38"), (SexPerYear, "6")],
        [
            (FrequencyFeeling, "I would like it more often"),
            (Affection, "Rarely (less than weekly)"),
            (Roommates, "Yes"),
            (Arguments, "Sometimes (about weekly, or a few times a month)"),
            (Settled, "Rarely (less than weekly)"),
            (Appreciated, "Sometimes (about weekly, or a few times a month)"),
            (EmotionallySafe, "Yes"),
            (Trend, "It is about the same"),
        ]);

    /// <summary>Partner B: content with how often, also feels like housemates.</summary>
    public static StepAnswers ViewB { get; } = new("view", ViewHeading,
        [(Age, "40"), (SexPerYear, "6")],
        [
            (FrequencyFeeling, "It is fine for me"),
            (Affection, "Sometimes (about weekly, or a few times a month)"),
            (Roommates, "Yes"),
            (Arguments, "Sometimes (about weekly, or a few times a month)"),
            (Settled, "Sometimes (about weekly, or a few times a month)"),
            (Appreciated, "Sometimes (about weekly, or a few times a month)"),
            (EmotionallySafe, "Yes"),
            (Trend, "It is about the same"),
        ]);

    /// <summary>Check-ins with no mood or worry signs and no thoughts of self-harm.</summary>
    public static StepAnswers ScreensCalm { get; } = new("screens", ScreensHeading, [],
        [
            (Happiness, "A little unhappy"),
            (Warm, "Somewhat true"),
            (Rewarding, "Somewhat"),
            (Satisfied, "Somewhat"),
            (LittleInterest, "Not at all"),
            (FeelingDown, "Not at all"),
            (Nervous, "Not at all"),
            (Worrying, "Not at all"),
            (SelfHarmThoughts, "No"),
            (SelfHarmPlan, "No"),
            (SelfHarmAttempt, "No"),
        ]);

    /// <summary>Check-ins with a positive PHQ-2 (5 of 6): low mood, private to the partner who answers.</summary>
    public static StepAnswers ScreensLowMood { get; } = new("screens", ScreensHeading, [],
        [
            (Happiness, "Happy"),
            (Warm, "Mostly true"),
            (Rewarding, "Somewhat"),
            (Satisfied, "Somewhat"),
            (LittleInterest, "More than half the days"),
            (FeelingDown, "Nearly every day"),
            (Nervous, "Not at all"),
            (Worrying, "Not at all"),
            (SelfHarmThoughts, "No"),
            (SelfHarmPlan, "No"),
            (SelfHarmAttempt, "No"),
        ]);

    /// <summary>A safety screen with No to every question.</summary>
    public static StepAnswers SafetyClear { get; } = new("safety", SafetyHeading, [],
        [
            (PhysicallyHurt, "No"),
            (AfraidOfPartner, "No"),
            (Controls, "No"),
            (ThreatenedToKill, "No"),
            (Strangled, "No"),
            (Weapon, "No"),
            (Escalating, "No"),
        ]);

    /// <summary>A disclosure of violence, fear of the partner and coercive control, without signs of immediate danger.</summary>
    public static StepAnswers SafetyDisclosure { get; } = new("safety", SafetyHeading, [],
        [
            (PhysicallyHurt, "Yes"),
            (AfraidOfPartner, "Yes"),
            (Controls, "Yes"),
            (ThreatenedToKill, "No"),
            (Strangled, "No"),
            (Weapon, "No"),
            (Escalating, "No"),
        ]);
}
