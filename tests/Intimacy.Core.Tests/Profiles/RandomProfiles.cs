using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Reflection;
using Intimacy.Core.Profiles;

namespace Intimacy.Core.Tests.Profiles;

/// <summary>
/// Random profiles that set every settable answer by reflection, so a field added later is covered
/// without editing this file. Each answer is unknown (null) about a third of the time.
/// </summary>
internal static class RandomProfiles
{
    public static CoupleProfile Create(Random random) => new()
    {
        Relationship = random.Next(4) == 0 ? null : Fill<RelationshipFacts>(random),
        PartnerA = Fill<PartnerResponse>(random),
        PartnerB = random.Next(3) == 0 ? null : Fill<PartnerResponse>(random),
    };

    /// <summary>An instance of a profile type with every settable property given a value.</summary>
    public static T Fill<T>(Random random)
        where T : class => (T)Fill(typeof(T), random);

    /// <summary>Whether a type is one of the profile's records (compiler-generated clone method).</summary>
    public static bool IsProfileRecord(Type type) =>
        type is { IsClass: true, IsPublic: true } && type.Namespace == typeof(CoupleProfile).Namespace && type.GetMethod("<Clone>$") is not null;

    private static object Fill(Type type, Random random)
    {
        var instance = Activator.CreateInstance(type)!;
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite))
        {
            if (property.Name == nameof(CoupleProfile.SchemaVersion))
            {
                continue;
            }

            property.SetValue(instance, Value(property, random));
        }

        return instance;
    }

    private static object? Value(PropertyInfo property, Random random)
    {
        var underlying = Nullable.GetUnderlyingType(property.PropertyType);
        var optional = underlying is not null || new NullabilityInfoContext().Create(property).WriteState == NullabilityState.Nullable;
        if (optional && random.Next(3) == 0)
        {
            return null;
        }

        var type = underlying ?? property.PropertyType;
        var range = property.GetCustomAttribute<RangeAttribute>();
        if (type == typeof(bool))
        {
            return random.Next(2) == 1;
        }

        if (type == typeof(int))
        {
            return range is null ? random.Next(-5, 100) : random.Next(Convert.ToInt32(range.Minimum, CultureInfo.InvariantCulture), Convert.ToInt32(range.Maximum, CultureInfo.InvariantCulture) + 1);
        }

        if (type == typeof(double))
        {
            var min = Convert.ToDouble(range!.Minimum, CultureInfo.InvariantCulture);
            var max = Convert.ToDouble(range.Maximum, CultureInfo.InvariantCulture);
            return random.Next(5) switch
            {
                0 => min,
                1 => max,
                2 => Math.Round(min + (random.NextDouble() * (max - min)), 1),
                _ => min + (random.NextDouble() * (max - min)),
            };
        }

        if (type.IsEnum)
        {
            var values = Enum.GetValues(type);
            return values.GetValue(random.Next(values.Length));
        }

        if (IsProfileRecord(type))
        {
            return Fill(type, random);
        }

        throw new NotSupportedException($"No generator for {type.Name} ({property.DeclaringType!.Name}.{property.Name}); add one.");
    }
}
