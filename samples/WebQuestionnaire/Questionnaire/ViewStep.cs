using Intimacy.Core.Profiles;
using WebQuestionnaire.Couples;

namespace WebQuestionnaire.Questionnaire;

/// <summary>Step 1: the partner's age and their view of the relationship (shared by default).</summary>
internal sealed class ViewStep : Step
{
    public static ViewStep Instance { get; } = new();

    public override string Slug => "view";

    public override string Heading => "Your view of the relationship";

    public override string Title => "Step 1 of 3";

    public override IReadOnlyList<string> Intro { get; } =
    [
        "Answer on your own, as things are for you. There are no right answers, and you can skip any question by choosing \"Prefer not to say\" or \"Don't know\".",
        "Your partner never sees your individual answers. These ones are treated as shared: the plan you both see may draw on them.",
    ];

    public override string? NextSlug => "screens";

    public override IReadOnlyList<Question> Questions { get; } =
    [
        Question.Number("ageYears", "Your age in years", 18, 120, "This questionnaire is for adults (18 and over).", required: true),
        Question.Number("sexPerYear", "Roughly how many times did the two of you have sex in the last 12 months?", 0, 1000, "A rough guess is fine. Leave it empty if you prefer not to say."),
        Question.Pick("sexFrequencyFeeling", "How do you feel about how often you have sex?",
        [
            new("content", "It is fine for me"),
            new("wantsMore", "I would like it more often"),
            new("wantsLess", "I would like it less often"),
            new(Question.Unknown, "Prefer not to say"),
        ]),
        Question.Pick("desireLevel", "How strong is your own sexual desire at the moment?", Options.OneToFive),
        Question.Pick("affection", "How often do you share affection that is not sexual, such as hugs, cuddles or holding hands?", Options.Frequency),
        Question.YesNo("feelsLikeRoommates", "Do the two of you feel more like housemates than a couple?"),
        Question.Pick("conflictFrequency", "How often do you argue?", Options.Frequency),
        Question.Pick("conflictsResolved", "How often do arguments end with the matter settled?", Options.Frequency),
        Question.Pick("contempt", "How often do you meet mockery, scorn or eye-rolling from your partner?", Options.Frequency),
        Question.Pick("feelsAppreciated", "How often do you feel appreciated by your partner?", Options.Frequency),
        Question.YesNo("feelsPressured", "Do you feel pushed towards closeness or sex when you do not want it?"),
        Question.YesNo("feelsRejected", "Do you feel turned down when you reach out for closeness or sex?"),
        Question.YesNo("feelsEmotionallySafe", "Do you feel emotionally safe with your partner?"),
        Question.Pick("easeTalkingAboutSex", "How easy is it for you to talk with your partner about sex and desire?", Options.EaseOneToFive),
        Question.Pick("trend", "Lately, is the closeness between you changing?",
        [
            new("improving", "It is getting better"),
            new("stable", "It is about the same"),
            new("worsening", "It is getting worse"),
            new(Question.Unknown, "Don't know"),
        ]),
    ];

    public override bool IsSaved(PartnerAnswers answers) => answers.ViewSaved;

    protected override PartnerAnswers Apply(FormState form, PartnerAnswers answers)
    {
        var age = form.Number(this["ageYears"], belowMinimum: "This questionnaire is for adults (18 and over) only.");
        var view = new RelationshipView
        {
            SexPerYear = form.Number(this["sexPerYear"]),
            SexFrequencyFeeling = form.Enum<SexFrequencyFeeling>(this["sexFrequencyFeeling"]),
            DesireLevel = form.Score(this["desireLevel"]),
            Affection = form.Enum<Frequency>(this["affection"]),
            FeelsLikeRoommates = form.YesNo(this["feelsLikeRoommates"]),
            ConflictFrequency = form.Enum<Frequency>(this["conflictFrequency"]),
            ConflictsResolved = form.Enum<Frequency>(this["conflictsResolved"]),
            Contempt = form.Enum<Frequency>(this["contempt"]),
            FeelsAppreciated = form.Enum<Frequency>(this["feelsAppreciated"]),
            FeelsPressured = form.YesNo(this["feelsPressured"]),
            FeelsRejected = form.YesNo(this["feelsRejected"]),
            FeelsEmotionallySafe = form.YesNo(this["feelsEmotionallySafe"]),
            EaseTalkingAboutSex = form.Score(this["easeTalkingAboutSex"]),
            Trend = form.Enum<Trend>(this["trend"]),
        };
        return answers with { AgeYears = age, View = view, ViewSaved = true };
    }

    protected override string? FieldOf(string sectionAndField) => sectionAndField switch
    {
        "ageYears" => "ageYears",
        _ when sectionAndField.StartsWith("view.", StringComparison.Ordinal)
            && Questions.Any(q => q.Name == sectionAndField["view.".Length..]) => sectionAndField["view.".Length..],
        _ => null,
    };

    protected override string CombinationMessage(string field) => field == "sexFrequencyFeeling"
        ? "This answer does not fit with your answer about how many times in the last 12 months. Please check both answers."
        : base.CombinationMessage(field);
}
