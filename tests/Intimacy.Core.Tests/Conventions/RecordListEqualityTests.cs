using System.Collections;
using System.Reflection;
using Intimacy.Core.Tests.Profiles;
using Intimacy.Core.Tests.Serialization;

namespace Intimacy.Core.Tests.Conventions;

/// <summary>
/// The public records compare their list members by content, as value equality promises: a record copied
/// with <c>with</c> and given an equal copy of one of its lists stays equal to the original and hashes alike.
/// </summary>
public class RecordListEqualityTests
{
    [Fact]
    public void EveryRecordInASampleProfileAndPlan_ComparesItsListsByContent()
    {
        var failures = new List<string>();
        var checkedLists = new List<string>();
        var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
        Visit(SampleProfiles.Full(), seen, failures, checkedLists);
        Visit(SamplePlans.Full(), seen, failures, checkedLists);

        seen.Should().HaveCountGreaterThan(20, "the walk should reach the nested records");
        checkedLists.Distinct().Should().HaveCountGreaterThan(5, "the plan's records hold lists (findings, items, reasons, sources)");
        failures.Distinct().Should().BeEmpty();
    }

    private static void Visit(object? value, HashSet<object> seen, List<string> failures, List<string> checkedLists)
    {
        if (value is null or string || value.GetType().IsPrimitive || value.GetType().IsEnum || !seen.Add(value))
        {
            return;
        }

        if (value is IEnumerable items)
        {
            foreach (var item in items)
            {
                Visit(item, seen, failures, checkedLists);
            }

            return;
        }

        var type = value.GetType();
        if (type.Assembly != typeof(Intimacy.Core.Profiles.CoupleProfile).Assembly)
        {
            return;
        }

        var clone = type.GetMethod("<Clone>$");
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length > 0)
            {
                continue;
            }

            var current = property.GetValue(value);
            if (clone is not null && current is not null && property.SetMethod is { IsPublic: true } setter
                && property.PropertyType.IsGenericType && property.PropertyType.GetGenericTypeDefinition() == typeof(IReadOnlyList<>))
            {
                var element = property.PropertyType.GetGenericArguments()[0];
                var source = ((IEnumerable)current).Cast<object?>().ToArray();
                var copy = Array.CreateInstance(element, source.Length);
                Array.Copy(source, copy, source.Length);
                var changed = clone.Invoke(value, null)!;
                setter.Invoke(changed, [copy]);
                checkedLists.Add($"{type.Name}.{property.Name}");
                if (!value.Equals(changed) || value.GetHashCode() != changed.GetHashCode())
                {
                    failures.Add($"{type.Name}.{property.Name}");
                }
            }

            Visit(current, seen, failures, checkedLists);
        }
    }
}
