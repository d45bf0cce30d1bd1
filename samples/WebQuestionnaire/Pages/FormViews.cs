using WebQuestionnaire.Questionnaire;

namespace WebQuestionnaire.Pages;

/// <summary>What the error summary partial needs: the step's questions and the form's errors.</summary>
internal sealed record FormView(Step Step, FormState Form);

/// <summary>What the question partial needs: the question and the posted form (for errors and re-display).</summary>
internal sealed record QuestionView(Question Question, FormState Form);
