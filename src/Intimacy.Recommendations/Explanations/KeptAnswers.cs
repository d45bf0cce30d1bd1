using System.Runtime.CompilerServices;
using Intimacy.Core.Plans;
using Intimacy.Recommendations.Facts;

namespace Intimacy.Recommendations.Explanations;

/// <summary>
/// The findings the built-in rules keep for reuse (see <see cref="FindingCache"/>), each with the candidates the
/// recommendation rules have answered it with. Only such a finding is answered once and its answer kept: any other (an
/// app rule's, or one made afresh) lives for one evaluation, and keeping anything for it would only hold that
/// evaluation's data until a collection noticed it was gone, and grow the table meanwhile. Kept with the finding, for as
/// long as it lives.
/// </summary>
internal static class KeptAnswers
{
    private static readonly ConditionalWeakTable<Finding, Answers> Table = [];

    /// <summary>Marks a finding a built-in rule keeps for later evaluations.</summary>
    public static void Keep(Finding finding) => Table.TryAdd(finding, new Answers());

    /// <summary>The answers of a kept finding, or null for a finding nobody keeps.</summary>
    public static Answers? Of(Finding finding) => Table.TryGetValue(finding, out var answers) ? answers : null;

    /// <summary>
    /// The candidates each recommendation rule answered one kept finding with. Thread-safe: the list is replaced whole,
    /// and a lost race only costs answering the finding again.
    /// </summary>
    internal sealed class Answers
    {
        private (object Rule, Candidate[] Candidates)[] _byRule = [];

        /// <summary>What <paramref name="rule"/> answered the finding with, if it has.</summary>
        public Candidate[]? For(object rule)
        {
            foreach (var (by, candidates) in _byRule)
            {
                if (ReferenceEquals(by, rule))
                {
                    return candidates;
                }
            }

            return null;
        }

        /// <summary>Keeps what <paramref name="rule"/> answered the finding with; returns it.</summary>
        public Candidate[] Add(object rule, Candidate[] candidates)
        {
            while (true)
            {
                var current = _byRule;
                var grown = new (object Rule, Candidate[] Candidates)[current.Length + 1];
                current.CopyTo(grown, 0);
                grown[^1] = (rule, candidates);
                if (ReferenceEquals(Interlocked.CompareExchange(ref _byRule, grown, current), current))
                {
                    return candidates;
                }
            }
        }
    }
}
