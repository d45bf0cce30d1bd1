namespace Intimacy.Simulation.Scenarios;

/// <summary>One option of a categorical distribution and its relative weight.</summary>
/// <param name="Option">The option as scenario text: an option name (<c>wantsMore</c>), <c>true</c>/<c>false</c>, or a number.</param>
/// <param name="Weight">A relative weight, zero or more; the weights are normalised to sum to one.</param>
public sealed record CategoryWeight(string Option, double Weight);
