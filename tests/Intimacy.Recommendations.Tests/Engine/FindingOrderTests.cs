using Intimacy.Core.Plans;
using Intimacy.Recommendations.Engine;
using Intimacy.Recommendations.Tests.Profiles;
using Intimacy.Recommendations.Tests.Regressions;
using Intimacy.Rules.Fluent.Dsl;

namespace Intimacy.Recommendations.Tests.Engine;

/// <summary>
/// The plan's findings come in ordinal id order. The planner compares most ids by their first sixteen characters packed
/// into numbers, which is exact only where each of those characters fits in a byte; the ids below take every other way
/// through it (a character past a byte, ids alike in their first sixteen characters, ids shorter than sixteen, and more
/// findings than its scratch room holds), which the built-in rules' ids never do.
/// </summary>
public class FindingOrderTests
{
    [Theory]
    [InlineData(typeof(FewFindings))]
    [InlineData(typeof(ManyFindings))]
    public void AppFindings_ComeInOrdinalIdOrder(Type rule)
    {
        var engine = new RecommendationEngineBuilder().AddRules(rule).Build();

        var plan = engine.Recommend(SafetyProfiles.Fearful);

        var ids = plan.Findings.Where(f => f.Code == Code).Select(f => f.Id).ToList();
        ids.Should().BeEquivalentTo(Ids(rule == typeof(ManyFindings) ? 70 : 0));
        ids.Should().Equal(ids.Order(StringComparer.Ordinal));
        plan.Findings.Select(f => f.Id).Should().Equal(plan.Findings.Select(f => f.Id).Order(StringComparer.Ordinal));
    }

    private const string Code = "app.finding-order";

    /// <summary>Ids out of order, the ones that take the planner's other ways first.</summary>
    private static IEnumerable<string> Ids(int filler) =>
    [
        "app.order.z-last-of-the-ascii",
        "app.order.\u0142-past-a-byte",   // 0x142: narrowed to a byte it would read as 'B', before 'z'
        "app.order.\u00e9-fits-a-byte",
        "app.order.same-prefix-2",
        "app.order.same-prefix-10",
        "app.order.same-prefix-1",
        "app.z",
        "app.\u0142",
        "app.a",
        "app",
        .. Enumerable.Range(0, filler).Reverse().Select(i => $"app.order.filler-{i:D3}"),
    ];

    private static Finding Make(string id, string ruleName) => new()
    {
        Id = id,
        Code = Code,
        Kind = FindingKind.Dyadic,
        Title = "A finding",
        RuleName = ruleName,
    };

    /// <summary>The ids alone, fewer than the planner's scratch room.</summary>
    [Name("App.FewFindings")]
    public sealed class FewFindings : InsertingRule
    {
        /// <inheritdoc />
        protected override IEnumerable<object> Facts() => Ids(0).Select(id => Make(id, "App.FewFindings"));
    }

    /// <summary>The ids with seventy more, past the planner's scratch room.</summary>
    [Name("App.ManyFindings")]
    public sealed class ManyFindings : InsertingRule
    {
        /// <inheritdoc />
        protected override IEnumerable<object> Facts() => Ids(70).Select(id => Make(id, "App.ManyFindings"));
    }
}
