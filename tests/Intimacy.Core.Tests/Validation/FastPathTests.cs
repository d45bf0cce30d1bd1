using System.Globalization;
using System.Reflection;
using Intimacy.Core.Profiles;
using Intimacy.Core.Validation;

namespace Intimacy.Core.Tests.Validation;

/// <summary>
/// The validator's fast path (<see cref="FieldCheck.AnyViolation"/>, compiled without a branch per field) decides
/// whether the per-field checks run at all, so it must flag exactly the profiles one of those checks flags.
/// </summary>
public class FastPathTests
{
    [Fact]
    public void AnyViolation_AgreesWithTheFieldChecks_AtTheBoundsJustBeyondAndAtTheExtremes()
    {
        var tried = 0;
        foreach (var check in FieldCheck.All)
        {
            var (owner, property) = Locate(check.Path);
            var type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            foreach (var value in Candidates(check, type, Nullable.GetUnderlyingType(property.PropertyType) is not null))
            {
                property.SetValue(owner.Section, value);
                var expected = FieldCheck.All.Any(c => c.IsViolatedBy(owner.Profile));
                FieldCheck.AnyViolation(owner.Profile).Should().Be(expected, "{0} = {1}", check.Path, Convert.ToString(value, CultureInfo.InvariantCulture) ?? "null");
                tried++;
            }
        }

        tried.Should().BeGreaterThan(FieldCheck.All.Count * 6, "every check is tried with several values");
    }

    private static IEnumerable<object?> Candidates(FieldCheck check, Type type, bool nullable)
    {
        var values = new List<object?>();
        if (nullable)
        {
            values.Add(null);
        }

        if (type == typeof(double))
        {
            values.AddRange([check.Min, check.Max, Math.BitDecrement(check.Min), Math.BitIncrement(check.Max), 0.0, double.NaN, double.PositiveInfinity, double.NegativeInfinity, double.MinValue, double.MaxValue]);
        }
        else
        {
            var min = (long)check.Min;
            var max = (long)check.Max;
            foreach (var number in new long[] { min, max, min - 1, max + 1, 0, -1, int.MinValue, int.MaxValue, (long)int.MinValue + min, int.MaxValue - 1 })
            {
                var whole = (int)number;
                values.Add(type.IsEnum ? Enum.ToObject(type, whole) : whole);
            }
        }

        return values;
    }

    /// <summary>A fresh profile with every section on the way to <paramref name="path"/>, and the leaf property's owner.</summary>
    private static ((CoupleProfile Profile, object Section) Owner, PropertyInfo Property) Locate(string path)
    {
        var profile = new CoupleProfile
        {
            PartnerA = new PartnerResponse { AgeYears = 30 },
            PartnerB = new PartnerResponse { AgeYears = 30 },
        };
        object current = profile;
        var segments = path["$.".Length..].Split('.');
        for (var i = 0; i < segments.Length - 1; i++)
        {
            var property = Property(current.GetType(), segments[i]);
            var next = property.GetValue(current);
            if (next is null)
            {
                next = Activator.CreateInstance(property.PropertyType)!;
                property.SetValue(current, next);
            }

            current = next;
        }

        return ((profile, current), Property(current.GetType(), segments[^1]));
    }

    private static PropertyInfo Property(Type type, string jsonName)
        => type.GetProperty(char.ToUpperInvariant(jsonName[0]) + jsonName[1..])!;
}
