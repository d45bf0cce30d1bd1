namespace Intimacy.Simulation.Scenarios;

/// <summary>A declared dependency between fields: when a condition holds, change some fields.</summary>
/// <param name="When">
/// The condition, such as <c>life.newParent == true</c> or
/// <c>abs(view.desireLevel - partner.view.desireLevel) &gt;= 2</c>. Paths name the same partner's
/// answers, <c>partner.</c> the other partner's, <c>relationship.</c> the couple's. Operators:
/// <c>== != &lt; &lt;= &gt; &gt;=</c>, <c>+ - * /</c>, <c>abs()</c>, <c>and or not</c>, parentheses.
/// A condition that hangs on an unknown answer does not hold, even under <c>not</c>: an unknown never
/// triggers an adjustment (unless the rest of an <c>and</c>/<c>or</c> decides it, as in true <c>or</c> unknown).
/// </param>
/// <param name="Then">The changes made when the condition holds.</param>
public sealed record Adjustment(string When, IReadOnlyList<FieldAdjustment> Then);

/// <summary>A change to one field, made when an <see cref="Adjustment"/>'s condition holds.</summary>
/// <param name="Path">The field changed.</param>
/// <remarks>
/// For numbers the drawn value becomes <c>value × Scale + Shift</c>, then is clamped to the field's range
/// and rounded if whole. For true/false fields the same arithmetic applies to the probability of true.
/// For how-often answers (never … veryOften) <see cref="Shift"/> moves by whole steps. For option
/// fields <see cref="Weights"/> replaces the categorical weights. <see cref="Set"/> fixes the answer and
/// cannot be combined with the others.
/// </remarks>
public sealed record FieldAdjustment(string Path)
{
    /// <summary>Added to the value (or probability, or number of steps).</summary>
    public double? Shift { get; init; }

    /// <summary>Multiplies the value (or probability); applied before <see cref="Shift"/>.</summary>
    public double? Scale { get; init; }

    /// <summary>The answer to give instead, as scenario text (<c>true</c>, <c>often</c>, <c>3</c>).</summary>
    public string? Set { get; init; }

    /// <summary>Categorical weights to draw an option field from instead of its own.</summary>
    public IReadOnlyList<CategoryWeight>? Weights { get; init; }
}
