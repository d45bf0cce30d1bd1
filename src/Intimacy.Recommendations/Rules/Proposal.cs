using Intimacy.Core.Interventions;

namespace Intimacy.Recommendations.Rules;

/// <summary>One intervention a recommendation rule proposes for a finding.</summary>
/// <param name="Intervention">The intervention.</param>
/// <param name="Priority">From 0 to 100; higher comes first.</param>
/// <param name="Why">Why it answers the finding, in plain words.</param>
/// <param name="ForCouple">
/// Whether it is for the couple even when the finding is about one partner; otherwise it goes to the
/// finding's subject (each partner, for findings about the couple and items one partner does).
/// </param>
public sealed record Proposal(Intervention Intervention, int Priority, string Why, bool ForCouple = false);
