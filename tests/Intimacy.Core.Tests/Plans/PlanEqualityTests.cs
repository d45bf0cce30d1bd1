using System.Collections;
using System.Reflection;
using Intimacy.Core.Plans;
using Intimacy.Core.Profiles;
using Intimacy.Core.Serialization;
using Intimacy.Core.Tests.Serialization;

namespace Intimacy.Core.Tests.Plans;

/// <summary>
/// Found in the app-developer API review: records compare list members by reference, so a plan read back from its
/// own JSON (or made again from the same profile) was not <c>Equals</c> to the original although nothing in it
/// differed. The plan records compare their lists item by item.
/// </summary>
public class PlanEqualityTests
{
    private static readonly Type[] RecordsWithLists =
        [typeof(RecommendationPlan), typeof(PlanPhase), typeof(PlanItem), typeof(WithheldItem), typeof(Reason), typeof(Finding)];

    [Fact]
    public void APlanReadBackFromItsJson_EqualsTheOriginal_AndHashesAlike()
    {
        var plan = Rich();

        var back = PlanJson.Deserialize(PlanJson.Serialize(plan));

        back.Should().Be(plan);
        (back == plan).Should().BeTrue();
        back.GetHashCode().Should().Be(plan.GetHashCode());
        foreach (var audience in Enum.GetValues<Audience>())
        {
            back.ForAudience(audience).Should().Be(plan.ForAudience(audience));
        }
    }

    [Fact]
    public void RecordsBuiltFromEqualListsInOtherInstances_AreEqual()
    {
        var reason = new Reason { RuleName = "R", Text = "T", FindingIds = ["a", "b"], InputPaths = new List<string> { "$.x" } };
        var same = new Reason { RuleName = "R", Text = "T", FindingIds = new List<string> { "a", "b" }, InputPaths = ["$.x"] };

        same.Should().Be(reason);
        same.GetHashCode().Should().Be(reason.GetHashCode());
        (reason with { FindingIds = ["b", "a"] }).Should().NotBe(reason, "order matters");
        (reason with { FindingIds = ["a"] }).Should().NotBe(reason);
    }

    [Fact]
    public void Equality_IsCorrectForNulls()
    {
        var withheld = Rich().Withheld[0];
        var withoutViews = withheld with { Views = null };
        var withEmptyViews = withheld with { Views = [] };

        withoutViews.Should().NotBe(withEmptyViews, "no list and an empty list are told apart, as the plan JSON tells them apart");
        withEmptyViews.Should().NotBe(withoutViews);
        withoutViews.Should().Be(withheld with { Views = null });
        withoutViews.Equals(null).Should().BeFalse();
        (withoutViews == null).Should().BeFalse();
        ((WithheldItem?)null == null).Should().BeTrue();

        // A list left null through a null-forgiving operator compares without throwing.
        var broken = new Reason { RuleName = "R", Text = "T", InputPaths = null! };
        broken.Should().Be(new Reason { RuleName = "R", Text = "T", InputPaths = null! });
        broken.Should().NotBe(new Reason { RuleName = "R", Text = "T" });
        new Reason { RuleName = "R", Text = "T" }.Should().NotBe(broken);
        broken.GetHashCode().Should().Be(broken.GetHashCode());
    }

    /// <summary>
    /// The records with lists write their equality by hand: a member added later and left out of it would make two
    /// different plans equal. Changing any one property of any of them must make the record unequal to the original.
    /// </summary>
    [Fact]
    public void EveryPropertyOfEveryRecordWithLists_TakesPartInEquality()
    {
        var instances = new Dictionary<Type, object>();
        Collect(Rich(), instances);
        instances.Keys.Should().BeEquivalentTo(RecordsWithLists);

        var problems = new List<string>();
        foreach (var (type, instance) in instances)
        {
            var clone = Clone(instance);
            if (!instance.Equals(clone) || instance.GetHashCode() != clone.GetHashCode())
            {
                problems.Add($"{type.Name}: a copy is not equal, or hashes otherwise");
            }

            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.SetMethod is not null))
            {
                var changed = Clone(instance);
                property.SetValue(changed, Different(property.PropertyType, property.GetValue(instance)));
                if (instance.Equals(changed) || changed.Equals(instance))
                {
                    problems.Add($"{type.Name}.{property.Name} does not take part in equality");
                }
            }
        }

        problems.Should().BeEmpty();
    }

    /// <summary>A plan with an instance of every record, every list filled and every optional member set.</summary>
    internal static RecommendationPlan Rich()
    {
        var plan = SamplePlans.Full();
        var item = plan.Phases[0].Items[0];
        return plan with
        {
            Support = [item with { Track = PlanTrack.Support, Views = [new ItemView { Audience = Audience.Couple, Priority = 12, Indicator = Indicator.Warning, Track = PlanTrack.Support, Stage = Core.Interventions.PlanStage.Support }] }],
            Withheld = [plan.Withheld[0] with { Views = [new WithheldView { Audience = Audience.PartnerA, HeldBy = "contraindication.violence" }] }],
            Findings = [.. plan.Findings.Select(f => f with { Threshold = "CSI-4 below 13.5", CatalogId = "sign.parallel-lives", Subject = PartnerId.PartnerB, Sources = item.Sources })],
            Urgent = [.. plan.Urgent.Select(i => i with { Reasons = [.. i.Reasons.Select(r => r with { Threshold = "any" })] })],
        };
    }

    private static void Collect(object? value, Dictionary<Type, object> instances)
    {
        if (value is null or string)
        {
            return;
        }

        if (value is IEnumerable sequence)
        {
            foreach (var item in sequence)
            {
                Collect(item, instances);
            }

            return;
        }

        if (RecordsWithLists.Contains(value.GetType()))
        {
            instances.TryAdd(value.GetType(), value);
            foreach (var property in value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                if (property.GetIndexParameters().Length == 0 && property.Name != nameof(RecommendationPlan.AllItems))
                {
                    Collect(property.GetValue(value), instances);
                }
            }
        }
    }

    private static object Clone(object record) => record.GetType().GetMethod("<Clone>$")!.Invoke(record, null)!;

    /// <summary>A value of the type unequal to <paramref name="value"/>.</summary>
    private static object? Different(Type type, object? value)
    {
        if (type == typeof(string))
        {
            return value + "!";
        }

        if (type == typeof(int))
        {
            return (int)value! + 1;
        }

        if (type == typeof(Disclosure))
        {
            var disclosure = (Disclosure)value!;
            return new Disclosure(!disclosure.PartnerA, disclosure.PartnerB);
        }

        if (type == typeof(PlanStamp))
        {
            return (PlanStamp)value! with { RuleSetHash = "other" };
        }

        var underlying = Nullable.GetUnderlyingType(type);
        if (underlying is not null)
        {
            return value is null ? Enum.GetValues(underlying).GetValue(0) : null;
        }

        if (type.IsEnum)
        {
            var values = Enum.GetValues(type);
            return values.GetValue((Array.IndexOf(values, value) + 1) % values.Length);
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>))
        {
            // One item fewer; no list for an empty one and an empty one for none (no list and an empty list differ).
            var itemType = type.GetGenericArguments()[0];
            if (value is not IList { Count: > 0 } list)
            {
                return value is null ? Array.CreateInstance(itemType, 0) : null;
            }

            var shorter = Array.CreateInstance(itemType, list.Count - 1);
            for (var i = 0; i < shorter.Length; i++)
            {
                shorter.SetValue(list[i], i);
            }

            return shorter;
        }

        throw new InvalidOperationException($"The test does not know how to change a {type.Name}; teach it.");
    }
}
