using Intimacy.Core.Profiles;
using WebQuestionnaire.Couples;

namespace WebQuestionnaire.Questionnaire;

/// <summary>
/// Step 2: short validated check-ins. CSI-4 (relationship satisfaction, shared by default), PHQ-2 and
/// GAD-2 (mood and worry, private by default) and a direct question about self-harm (private).
/// A questionnaire's total is recorded only when all its items are answered; otherwise it stays unknown.
/// </summary>
internal sealed class ScreensStep : Step
{
    public static ScreensStep Instance { get; } = new();

    public override string Slug => "screens";

    public override string Heading => "Short check-ins";

    public override string Title => "Step 2 of 3";

    public override IReadOnlyList<string> Intro { get; } =
    [
        "These short questions come from questionnaires that professionals use for a first look. They are not a diagnosis.",
        "Your answers about how satisfied you are with the relationship are treated as shared, so the plan you both see may draw on them. Your answers about mood, worry and self-harm stay private: your partner never sees them.",
        "Mood and worry count only in your own private view. An answer of Yes to thoughts of self-harm, or leaving that question unanswered, also makes the shared plan leave out some steps you would do together, without saying why, so that nothing unsafe is suggested.",
    ];

    public override string? NextSlug => "safety";

    public override IReadOnlyList<Question> Questions { get; } =
    [
        Question.Pick("csi1", "Please indicate the degree of happiness, all things considered, of your relationship.", Options.Happiness) with { Section = "Your relationship (CSI-4, Funk and Rogge 2007)" },
        Question.Pick("csi2", "I have a warm and comfortable relationship with my partner.", Options.TrueScale),
        Question.Pick("csi3", "How rewarding is your relationship with your partner?", Options.DegreeScale),
        Question.Pick("csi4", "In general, how satisfied are you with your relationship?", Options.DegreeScale),
        Question.Pick("phq1", "Over the last 2 weeks, how often have you been bothered by having little interest or pleasure in doing things?", Options.TwoWeeks) with { Section = "Mood and worry (PHQ-2 and GAD-2), private to you" },
        Question.Pick("phq2", "Over the last 2 weeks, how often have you been bothered by feeling down, depressed or hopeless?", Options.TwoWeeks),
        Question.Pick("gad1", "Over the last 2 weeks, how often have you been bothered by feeling nervous, anxious or on edge?", Options.TwoWeeks),
        Question.Pick("gad2", "Over the last 2 weeks, how often have you been bothered by not being able to stop or control worrying?", Options.TwoWeeks),
        Question.YesNo("selfHarmThoughts", "In the last 2 weeks, have you had thoughts of hurting yourself, or that you would be better off dead?") with { Section = "Thoughts of self-harm, private to you" },
        Question.YesNo("selfHarmPlan", "If you have had such thoughts: have you made a plan to hurt yourself?", "Leave this as it is if the question above does not apply to you."),
        Question.YesNo("recentSelfHarmAttempt", "Have you tried to hurt yourself recently?"),
    ];

    public override bool IsSaved(PartnerAnswers answers) => answers.ScreensSaved;

    protected override PartnerAnswers Apply(FormState form, PartnerAnswers answers)
    {
        var csi = Sum(form, "csi1", "csi2", "csi3", "csi4");
        var phq2 = Sum(form, "phq1", "phq2");
        var gad2 = Sum(form, "gad1", "gad2");
        var selfHarm = new SafetyScreen
        {
            SelfHarmThoughts = form.YesNo(this["selfHarmThoughts"]),
            SelfHarmPlan = form.YesNo(this["selfHarmPlan"]),
            RecentSelfHarmAttempt = form.YesNo(this["recentSelfHarmAttempt"]),
        };
        return answers with
        {
            RelationshipScores = new RelationshipScores { Csi4 = csi },
            WellbeingScores = new WellbeingScores { Phq2 = phq2, Gad2 = gad2 },
            SelfHarm = selfHarm,
            ScreensSaved = true,
        };
    }

    // Unknown items never count as zero: a total with a missing item would look better than it is.
    private int? Sum(FormState form, params string[] items)
    {
        var scores = items.Select(item => form.Score(this[item])).ToList();
        return scores.All(s => s is not null) ? scores.Sum() : null;
    }

    protected override string? FieldOf(string sectionAndField) => sectionAndField switch
    {
        "relationshipScores.csi4" => "csi1",
        "wellbeingScores.phq2" => "phq1",
        "wellbeingScores.gad2" => "gad1",
        "safety.selfHarmThoughts" => "selfHarmThoughts",
        "safety.selfHarmPlan" => "selfHarmPlan",
        "safety.recentSelfHarmAttempt" => "recentSelfHarmAttempt",
        _ => null,
    };

    protected override string CombinationMessage(string field) => field == "selfHarmThoughts"
        ? "This answer does not fit with your answers to the questions below about a plan or an attempt. Please check these answers."
        : base.CombinationMessage(field);
}
