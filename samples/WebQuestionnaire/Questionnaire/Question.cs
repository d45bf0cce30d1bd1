namespace WebQuestionnaire.Questionnaire;

/// <summary>One option of a radio group: the value posted and the label shown.</summary>
internal sealed record Choice(string Value, string Label);

/// <summary>How a question is asked.</summary>
internal enum QuestionKind
{
    /// <summary>A whole number typed in; empty means unknown unless the question is required.</summary>
    Number,

    /// <summary>A radio group; no choice or the "unknown" option means unknown.</summary>
    Choice,
}

/// <summary>One question of a step: its field name (also the input id), its wording and its options.</summary>
internal sealed record Question(string Name, QuestionKind Kind, string Label)
{
    /// <summary>The value of every "prefer not to say" or "don't know" option.</summary>
    public const string Unknown = "unknown";

    public string? Hint { get; init; }

    /// <summary>A heading shown before this question when it starts a group of questions.</summary>
    public string? Section { get; init; }

    public IReadOnlyList<Choice> Choices { get; init; } = [];

    public int Min { get; init; }

    public int Max { get; init; }

    public bool Required { get; init; }

    /// <summary>The id of the element an error summary link should focus: the input, or a radio group's first option.</summary>
    public string FocusId => Kind == QuestionKind.Choice ? Name + "-" + Choices[0].Value : Name;

    public string ErrorId => Name + "-error";

    /// <summary>
    /// An error as the page's error summary lists it: the question, then the message. The messages
    /// are general ("Choose one of the options shown."), so without the question several links would
    /// read the same and not say where they lead.
    /// </summary>
    public string InSummary(string message) =>
        Label.EndsWith('?') ? Label + " " + message : Label.TrimEnd('.') + ": " + message;

    public string? HintId => Hint is null ? null : Name + "-hint";

    public static Question YesNo(string name, string label, string? hint = null) =>
        new(name, QuestionKind.Choice, label) { Hint = hint, Choices = Options.YesNo };

    public static Question Pick(string name, string label, IReadOnlyList<Choice> choices, string? hint = null) =>
        new(name, QuestionKind.Choice, label) { Hint = hint, Choices = choices };

    public static Question Number(string name, string label, int min, int max, string? hint = null, bool required = false) =>
        new(name, QuestionKind.Number, label) { Hint = hint, Min = min, Max = max, Required = required };
}

/// <summary>The option lists shared by several questions.</summary>
internal static class Options
{
    public static readonly IReadOnlyList<Choice> YesNo =
    [
        new("yes", "Yes"),
        new("no", "No"),
        new(Question.Unknown, "Prefer not to say"),
    ];

    public static readonly IReadOnlyList<Choice> Frequency =
    [
        new("never", "Never"),
        new("rarely", "Rarely (less than weekly)"),
        new("sometimes", "Sometimes (about weekly, or a few times a month)"),
        new("often", "Often (several times a week)"),
        new("veryOften", "Very often (every day or nearly)"),
        new(Question.Unknown, "Don't know"),
    ];

    public static readonly IReadOnlyList<Choice> OneToFive =
    [
        new("1", "1 (very low)"),
        new("2", "2"),
        new("3", "3"),
        new("4", "4"),
        new("5", "5 (very high)"),
        new(Question.Unknown, "Prefer not to say"),
    ];

    public static readonly IReadOnlyList<Choice> EaseOneToFive =
    [
        new("1", "1 (very hard)"),
        new("2", "2"),
        new("3", "3"),
        new("4", "4"),
        new("5", "5 (very easy)"),
        new(Question.Unknown, "Prefer not to say"),
    ];

    /// <summary>The two-week scale of the PHQ-2 and GAD-2 items, scored 0 to 3.</summary>
    public static readonly IReadOnlyList<Choice> TwoWeeks =
    [
        new("0", "Not at all"),
        new("1", "Several days"),
        new("2", "More than half the days"),
        new("3", "Nearly every day"),
        new(Question.Unknown, "Prefer not to say"),
    ];

    /// <summary>CSI-4 item 1, scored 0 to 6.</summary>
    public static readonly IReadOnlyList<Choice> Happiness =
    [
        new("0", "Extremely unhappy"),
        new("1", "Fairly unhappy"),
        new("2", "A little unhappy"),
        new("3", "Happy"),
        new("4", "Very happy"),
        new("5", "Extremely happy"),
        new("6", "Perfect"),
        new(Question.Unknown, "Prefer not to say"),
    ];

    /// <summary>CSI-4 item 2, scored 0 to 5.</summary>
    public static readonly IReadOnlyList<Choice> TrueScale =
    [
        new("0", "Not at all true"),
        new("1", "A little true"),
        new("2", "Somewhat true"),
        new("3", "Mostly true"),
        new("4", "Almost completely true"),
        new("5", "Completely true"),
        new(Question.Unknown, "Prefer not to say"),
    ];

    /// <summary>CSI-4 items 3 and 4, scored 0 to 5.</summary>
    public static readonly IReadOnlyList<Choice> DegreeScale =
    [
        new("0", "Not at all"),
        new("1", "A little"),
        new("2", "Somewhat"),
        new("3", "Mostly"),
        new("4", "Almost completely"),
        new("5", "Completely"),
        new(Question.Unknown, "Prefer not to say"),
    ];
}
