using System.Globalization;

namespace WebQuestionnaire.Questionnaire;

/// <summary>
/// The values posted to one step (only the step's own field names, and none longer than a short limit:
/// a longer one is refused, never cut to another value) and the errors found, by field. Error messages say what is allowed and never repeat what was entered.
/// </summary>
internal sealed class FormState
{
    private const int MaxValueLength = 16;
    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);
    private readonly HashSet<string> _overlong = new(StringComparer.Ordinal);
    private readonly List<KeyValuePair<string, string>> _errors = [];

    public static FormState Empty { get; } = new();

    public IReadOnlyList<KeyValuePair<string, string>> Errors => _errors;

    /// <summary>Errors that belong to no field on the page, shown in the summary only.</summary>
    public List<string> PageErrors { get; } = [];

    public bool IsValid => _errors.Count == 0 && PageErrors.Count == 0;

    public static FormState From(IFormCollection form, IEnumerable<Question> questions)
    {
        var state = new FormState();
        foreach (var question in questions)
        {
            var raw = form[question.Name].FirstOrDefault()?.Trim();
            if (raw is { Length: > MaxValueLength })
            {
                // Cutting it would change its meaning ("00000000000000050" would become 0); it is not kept at all.
                state._overlong.Add(question.Name);
            }
            else if (!string.IsNullOrEmpty(raw))
            {
                state._values[question.Name] = raw;
            }
        }

        return state;
    }

    public string? Value(string name) => _values.GetValueOrDefault(name);

    public bool IsChecked(string name, string value) => string.Equals(Value(name), value, StringComparison.Ordinal);

    public string? ErrorFor(string name) => _errors.FirstOrDefault(e => e.Key == name).Value;

    /// <summary>Adds an error for a field; the first error of a field is the one shown.</summary>
    public void AddError(string name, string message)
    {
        if (ErrorFor(name) is null)
        {
            _errors.Add(new(name, message));
        }
    }

    /// <summary>Reads a radio group: <see langword="null"/> for no answer or the unknown option.</summary>
    public string? Choice(Question question)
    {
        var value = Value(question.Name);
        if (_overlong.Contains(question.Name))
        {
            AddError(question.Name, "Choose one of the options shown.");
            return null;
        }

        if (value is null || value == Question.Unknown)
        {
            return null;
        }

        if (question.Choices.Any(c => c.Value == value))
        {
            return value;
        }

        AddError(question.Name, "Choose one of the options shown.");
        return null;
    }

    public bool? YesNo(Question question) => Choice(question) switch
    {
        "yes" => true,
        "no" => false,
        _ => null,
    };

    public int? Score(Question question) =>
        Choice(question) is { } value ? int.Parse(value, NumberStyles.None, CultureInfo.InvariantCulture) : null;

    public TEnum? Enum<TEnum>(Question question)
        where TEnum : struct, System.Enum =>
        Choice(question) is { } value && System.Enum.TryParse<TEnum>(value, ignoreCase: true, out var parsed) ? parsed : null;

    /// <summary>Reads a whole number within the question's range; empty is unknown unless the question is required.</summary>
    public int? Number(Question question, string? belowMinimum = null)
    {
        var range = string.Create(CultureInfo.InvariantCulture, $"from {question.Min} to {question.Max}");
        var orEmpty = question.Required ? "." : ", or leave it empty.";
        var value = Value(question.Name);
        if (_overlong.Contains(question.Name))
        {
            AddError(question.Name, $"Enter a whole number {range}{orEmpty}");
            return null;
        }

        if (value is null)
        {
            if (question.Required)
            {
                AddError(question.Name, "Enter a whole number.");
            }

            return null;
        }

        if (!int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
        {
            AddError(question.Name, $"Enter a whole number {range}{orEmpty}");
            return null;
        }

        if (number < question.Min && belowMinimum is not null)
        {
            AddError(question.Name, belowMinimum);
            return null;
        }

        if (number < question.Min || number > question.Max)
        {
            AddError(question.Name, $"Enter a whole number {range}{orEmpty}");
            return null;
        }

        return number;
    }
}
