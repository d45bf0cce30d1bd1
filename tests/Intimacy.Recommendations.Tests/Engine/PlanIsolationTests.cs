using System.Collections;
using System.Reflection;
using Intimacy.Core.Plans;
using Intimacy.Core.Profiles;
using Intimacy.Core.Serialization;
using Intimacy.Recommendations.Cards;
using Intimacy.Recommendations.Engine;
using Intimacy.Recommendations.Tests.Profiles;

namespace Intimacy.Recommendations.Tests.Engine;

/// <summary>
/// A plan belongs to its caller. Whatever the caller does to the lists it can reach from a plan (cast
/// to <see cref="IList"/> and overwrite, say, to tidy paths for display), later plans must not change:
/// the engine reuses findings, reasons, citations and crisis contacts between evaluations, so a shared
/// list handed out writable would let one caller's edit change what every later plan says, and to whom.
/// </summary>
public class PlanIsolationTests
{
    private static readonly CoupleProfile[] Profiles = [.. OutputProfiles.Named(), .. OutputProfiles.Random(20261206, 100)];

    [Fact]
    public void OverwritingEveryListReachableFromPlans_ChangesNoLaterPlan()
    {
        var engine = RecommendationEngine.CreateDefault();
        var before = Profiles.Select(p => Describe(engine, p)).ToArray();

        var overwrittenInPlans = 0;
        var overwrittenInCards = 0;
        foreach (var profile in Profiles)
        {
            // Everything a caller can get for the profile first (changing its own plan and then asking
            // that plan for a view is the caller's business), then every list in all of it.
            var plan = engine.Recommend(profile);
            object[] plans = [plan, .. Enum.GetValues<Audience>().Select(plan.ForAudience)];
            object[] cards = [.. Enum.GetValues<Audience>().Select(a => CdsCards.Create(plan, a))];
            var visited = new HashSet<object>(ReferenceEqualityComparer.Instance);
            overwrittenInPlans += plans.Sum(output => Vandalize(output, visited));
            overwrittenInCards += cards.Sum(output => Vandalize(output, visited));
        }

        // A plan's lists are read-only at every depth (see PlanListsReadOnlyTests). The cards' lists are each
        // response's own to change; the test would prove nothing if it had changed none.
        overwrittenInPlans.Should().Be(0, "every list of a plan is read-only");
        overwrittenInCards.Should().BeGreaterThan(500);
        Profiles.Select(p => Describe(engine, p)).Should().Equal(before, "no list handed to a caller may be shared with later evaluations");
        Profiles.Select(p => Describe(RecommendationEngine.CreateDefault(), p)).Should().Equal(before, "nor with other engines in the process");
    }

    private static string Describe(RecommendationEngine engine, CoupleProfile profile)
    {
        var plan = engine.Recommend(profile);
        return string.Join("\n", Enum.GetValues<Audience>().Select(a => PlanJson.Serialize(plan.ForAudience(a))))
            + CdsCards.Serialize(CdsCards.CreateResponse(plan, Audience.Couple));
    }

    /// <summary>
    /// Overwrites every element of every writable list reachable from <paramref name="value"/> (after
    /// visiting the element): strings with other text, other elements with their neighbour, a lone
    /// element with null. Read-only lists refuse, which is what they should do. Returns how many lists changed.
    /// </summary>
    private static int Vandalize(object? value, HashSet<object> visited)
    {
        if (value is null || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum || value is Uri || !visited.Add(value))
        {
            return 0;
        }

        var changed = 0;
        if (value is IList list)
        {
            var items = list.Cast<object?>().ToArray();
            foreach (var item in items)
            {
                changed += Vandalize(item, visited);
            }

            if (items.Length > 0 && TryOverwrite(list, items))
            {
                changed++;
            }

            return changed;
        }

        if (value is IEnumerable sequence)
        {
            foreach (var item in sequence)
            {
                changed += Vandalize(item, visited);
            }

            return changed;
        }

        if (value.GetType().Assembly.GetName().Name?.StartsWith("Intimacy", StringComparison.Ordinal) != true)
        {
            return 0;
        }

        foreach (var property in PropertiesOf(value.GetType()))
        {
            changed += Vandalize(property.GetValue(value), visited);
        }

        return changed;
    }

    private static readonly Dictionary<Type, PropertyInfo[]> Properties = [];

    // AllItems is a query over the lanes, visited through them.
    private static PropertyInfo[] PropertiesOf(Type type)
    {
        if (!Properties.TryGetValue(type, out var properties))
        {
            properties = [.. type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(p => p.GetIndexParameters().Length == 0 && p.Name != nameof(RecommendationPlan.AllItems))];
            Properties[type] = properties;
        }

        return properties;
    }

    private static bool TryOverwrite(IList list, object?[] items)
    {
        try
        {
            for (var i = 0; i < items.Length; i++)
            {
                list[i] = items[i] is string text ? text + " (edited)" : items.Length > 1 ? items[(i + 1) % items.Length] : null;
            }

            return true;
        }
        catch (Exception e) when (e is NotSupportedException or InvalidOperationException or ArgumentException)
        {
            return false;
        }
    }
}
