using Intimacy.Core.Profiles;
using WebQuestionnaire.Couples;

namespace WebQuestionnaire.Questionnaire;

/// <summary>Step 3: the private safety screen (violence, fear, control, signs of immediate danger).</summary>
internal sealed class SafetyStep : Step
{
    public static SafetyStep Instance { get; } = new();

    public override string Slug => "safety";

    public override string Heading => "Private safety questions";

    public override string Title => "Step 3 of 3";

    public override IReadOnlyList<string> Intro { get; } =
    [
        "Please answer these when you are alone and can speak freely. Your answers here are never shown to your partner, on their screen or on the plan you share.",
        "If you answer Yes, your own private view will put support for you first. The shared plan may then leave out steps you would do together, without saying why. Choosing \"Prefer not to say\" for one of the first three questions also leaves out some of them (couples therapy and the like), since it cannot yet be sure they are safe.",
        "If you are in danger right now, contact your local emergency number.",
    ];

    public override string? NextSlug => null;

    public override IReadOnlyList<Question> Questions { get; } =
    [
        Question.YesNo("experiencesViolence", "Has your partner ever hit, pushed, kicked or otherwise physically hurt you?"),
        Question.YesNo("fearsPartner", "Are you afraid of your partner?"),
        Question.YesNo("coerciveControl", "Does your partner control things like your money, who you see or where you go, or threaten you?"),
        Question.YesNo("threatsToKill", "Has your partner ever threatened to kill you?"),
        Question.YesNo("strangulation", "Has your partner ever choked or strangled you?"),
        Question.YesNo("weapon", "Has your partner used or threatened you with a weapon, or is there one at hand at home when things get heated?"),
        Question.YesNo("violenceEscalating", "Is the violence getting worse or happening more often?"),
    ];

    public override bool IsSaved(PartnerAnswers answers) => answers.SafetySaved;

    protected override PartnerAnswers Apply(FormState form, PartnerAnswers answers) => answers with
    {
        Violence = new SafetyScreen
        {
            ExperiencesViolence = form.YesNo(this["experiencesViolence"]),
            FearsPartner = form.YesNo(this["fearsPartner"]),
            CoerciveControl = form.YesNo(this["coerciveControl"]),
            ThreatsToKill = form.YesNo(this["threatsToKill"]),
            Strangulation = form.YesNo(this["strangulation"]),
            Weapon = form.YesNo(this["weapon"]),
            ViolenceEscalating = form.YesNo(this["violenceEscalating"]),
        },
        SafetySaved = true,
    };

    protected override string? FieldOf(string sectionAndField) =>
        sectionAndField.StartsWith("safety.", StringComparison.Ordinal)
        && Questions.Any(q => q.Name == sectionAndField["safety.".Length..]) ? sectionAndField["safety.".Length..] : null;

    protected override string CombinationMessage(string field) => field == "experiencesViolence"
        ? "This answer does not fit with your answers to the later questions about choking or violence getting worse. Please check these answers."
        : base.CombinationMessage(field);
}
