using System.Collections;
using System.Reflection;
using Intimacy.Core.Plans;
using Intimacy.Core.Profiles;
using Intimacy.Core.Serialization;
using Intimacy.Recommendations.Engine;
using Intimacy.Recommendations.Tests.Profiles;

namespace Intimacy.Recommendations.Tests.Engine;

/// <summary>
/// Found in the app-developer API review: a plan is meant to be immutable (apps share, cache and serialize it), but
/// its <see cref="IReadOnlyList{T}"/> properties were filled with arrays and <see cref="List{T}"/>s, so a caller could
/// write <c>((List&lt;PlanItem&gt;)plan.Urgent).Clear()</c> and change the plan for everyone holding it. No list a plan
/// exposes, at any depth, may be an array or a <see cref="List{T}"/>, and as an <see cref="IList{T}"/> it must be
/// read-only and refuse a write.
/// </summary>
public class PlanListsReadOnlyTests
{
    private static readonly RecommendationEngine Engine = RecommendationEngine.CreateDefault();

    private static readonly CoupleProfile[] Profiles = [.. OutputProfiles.Named(), .. OutputProfiles.Random(20261207, 40)];

    [Fact]
    public void EveryListOfEveryView_OfPlansFromTheEngine_IsReadOnly()
    {
        var problems = new List<string>();
        var lists = 0;
        foreach (var profile in Profiles)
        {
            var plan = Engine.Recommend(profile);
            foreach (var audience in Enum.GetValues<Audience>())
            {
                lists += Check(plan.ForAudience(audience), $"{audience} view", problems);
            }
        }

        lists.Should().BeGreaterThan(1000, "the check must have reached the plans' lists");
        problems.Distinct().Should().BeEmpty();
    }

    [Fact]
    public void EveryListOfEveryView_OfPlansReadBackFromJson_IsReadOnly()
    {
        var problems = new List<string>();
        var lists = 0;
        foreach (var profile in Profiles)
        {
            var plan = PlanJson.Deserialize(PlanJson.Serialize(Engine.Recommend(profile)));
            lists += Check(plan, "plan read back", problems);
            foreach (var audience in Enum.GetValues<Audience>())
            {
                lists += Check(plan.ForAudience(audience), $"{audience} view of a plan read back", problems);
            }
        }

        lists.Should().BeGreaterThan(1000, "the check must have reached the plans' lists");
        problems.Distinct().Should().BeEmpty();
    }

    /// <summary>Checks every list reachable from <paramref name="plan"/>; returns how many lists it checked.</summary>
    private static int Check(object plan, string where, List<string> problems)
    {
        var visited = new HashSet<object>(ReferenceEqualityComparer.Instance);
        return Walk(plan, where + ": " + plan.GetType().Name, visited, problems);
    }

    private static int Walk(object? value, string path, HashSet<object> visited, List<string> problems)
    {
        if (value is null || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum || value is Uri
            || (!value.GetType().IsValueType && !visited.Add(value)))
        {
            return 0;
        }

        if (value is IEnumerable sequence)
        {
            var checkedLists = 1;
            if (Writable(value) is { } problem)
            {
                problems.Add($"{path} is {value.GetType().Name}: {problem}");
            }

            var i = 0;
            foreach (var item in sequence)
            {
                checkedLists += Walk(item, $"{path}[{i++}]", visited, problems);
            }

            return checkedLists;
        }

        if (value.GetType().Assembly.GetName().Name?.StartsWith("Intimacy", StringComparison.Ordinal) != true)
        {
            return 0;
        }

        var count = 0;
        foreach (var property in value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            // AllItems is a query over the lanes (not a list), checked through them.
            if (property.GetIndexParameters().Length == 0 && property.Name != nameof(RecommendationPlan.AllItems))
            {
                count += Walk(property.GetValue(value), path + "." + property.Name, visited, problems);
            }
        }

        return count;
    }

    /// <summary>Why a caller could change the list through a cast, or null when it cannot.</summary>
    private static string? Writable(object list)
    {
        var type = list.GetType();
        if (type.IsArray)
        {
            return "castable to an array";
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(List<>))
        {
            return "castable to List<T>";
        }

        if (list is IList { IsReadOnly: false })
        {
            return "a writable IList";
        }

        var ilist = type.GetInterfaces().FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IList<>));
        if (ilist is null)
        {
            return null;
        }

        var itemType = ilist.GetGenericArguments()[0];
        var collection = typeof(ICollection<>).MakeGenericType(itemType);
        if (collection.GetProperty(nameof(ICollection<int>.IsReadOnly))!.GetValue(list) is not true)
        {
            return "IList<T>.IsReadOnly is false";
        }

        var count = (int)collection.GetProperty(nameof(ICollection<int>.Count))!.GetValue(list)!;
        var attempts = new List<Action>
        {
            () => collection.GetMethod(nameof(ICollection<int>.Clear))!.Invoke(list, null),
            () => collection.GetMethod(nameof(ICollection<int>.Add))!.Invoke(list, [null]),
        };
        if (count > 0)
        {
            var indexer = ilist.GetProperty("Item")!;
            attempts.Add(() => indexer.SetValue(list, indexer.GetValue(list, [0]), [0]));
        }

        foreach (var attempt in attempts)
        {
            try
            {
                attempt();
                return "IList<T> accepted a write";
            }
            catch (TargetInvocationException e) when (e.InnerException is NotSupportedException)
            {
            }
        }

        return null;
    }
}
