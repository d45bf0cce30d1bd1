using System.Linq.Expressions;
using System.Reflection;
using Intimacy.Core.Profiles;
using Intimacy.Simulation.Scenarios;

namespace Intimacy.Simulation.Generation;

/// <summary>
/// Builds profile records from value arrays (NaN = unknown) with delegates compiled once from the
/// profile types, so a new field in Intimacy.Core needs no change here. A section whose answers are
/// all unknown is left out, as a real respondent who skipped it would leave it.
/// </summary>
internal static class ProfileAssembler
{
    /// <summary>Builds the relationship facts, or null when none is known.</summary>
    public static Func<double[], RelationshipFacts?> Relationship { get; } =
        Compile<RelationshipFacts?>(typeof(RelationshipFacts), ProfileSections.Relationship, root: false);

    /// <summary>Builds one partner's response.</summary>
    public static Func<double[], PartnerResponse> Partner { get; } =
        Compile<PartnerResponse>(typeof(PartnerResponse), string.Empty, root: true);

    /// <summary>Whether any of the slots holds a known value.</summary>
    public static bool AnyKnown(double[] values, int[] slots)
    {
        foreach (var slot in slots)
        {
            if (!double.IsNaN(values[slot]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether all of the slots hold known values.</summary>
    public static bool AllKnown(double[] values, int[] slots)
    {
        foreach (var slot in slots)
        {
            if (double.IsNaN(values[slot]))
            {
                return false;
            }
        }

        return true;
    }

    private static Func<double[], T> Compile<T>(Type type, string prefix, bool root)
    {
        var values = Expression.Parameter(typeof(double[]), "values");
        var body = Build(type, prefix, root, values, []);
        return Expression.Lambda<Func<double[], T>>(body, values).Compile();
    }

    private static Expression Build(Type type, string prefix, bool root, ParameterExpression values, List<int> slots)
    {
        var bindings = new List<MemberBinding>();
        var ownSlots = new List<int>();
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (!property.CanWrite || ProfileField.IsStructural(property))
            {
                continue;
            }

            var name = System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(property.Name);
            var path = prefix.Length == 0 ? name : prefix + "." + name;
            var underlying = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            if (underlying.IsClass)
            {
                bindings.Add(Expression.Bind(property, Build(underlying, path, false, values, ownSlots)));
                continue;
            }

            var field = ProfileField.Catalog.Get(path);
            ownSlots.Add(field.Slot);
            bindings.Add(Expression.Bind(property, Leaf(field, property.PropertyType, underlying, values)));
        }

        slots.AddRange(ownSlots);
        Expression init = Expression.MemberInit(Expression.New(type), bindings);
        if (root)
        {
            return init;
        }

        // A PAIR score needs both its parts; any other group exists as soon as one answer is known.
        var test = type == typeof(PairDimensionScore) ? nameof(AllKnown) : nameof(AnyKnown);
        return Expression.Condition(
            Expression.Call(typeof(ProfileAssembler).GetMethod(test)!, values, Expression.Constant(ownSlots.ToArray())),
            init,
            Expression.Constant(null, type));
    }

    private static Expression Leaf(ProfileField field, Type propertyType, Type underlying, ParameterExpression values)
    {
        var raw = Expression.ArrayIndex(values, Expression.Constant(field.Slot));
        Expression converted = field.Kind switch
        {
            FieldKind.Boolean => Expression.NotEqual(raw, Expression.Constant(0.0)),
            FieldKind.Integer => Expression.Convert(raw, typeof(int)),
            FieldKind.Option => Expression.Convert(Expression.Convert(raw, typeof(int)), underlying),
            _ => raw,
        };

        if (propertyType == underlying)
        {
            return converted; // required: always generated
        }

        return Expression.Condition(
            Expression.Call(typeof(double).GetMethod(nameof(double.IsNaN), [typeof(double)])!, raw),
            Expression.Constant(null, propertyType),
            Expression.Convert(converted, propertyType));
    }
}
