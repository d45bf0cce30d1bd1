using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using Intimacy.Core.Profiles;
using Intimacy.Core.Serialization;
using Intimacy.Core.Validation;

namespace Intimacy.Core.Tests.Conventions;

/// <summary>
/// Intimacy.Core is marked safe to trim and to compile ahead of time, and what makes that true stays true: the profile
/// types the validator reads by reflection are kept for the trimmer, and the schema's enum options are worked out
/// without making generic types at run time. (.ci/consumer-check.sh runs the packed library in a native AOT app.)
/// </summary>
public class TrimmingTests
{
    private static readonly Assembly Library = typeof(CoupleProfile).Assembly;

    [Theory]
    [InlineData("IsTrimmable")]
    [InlineData("IsAotCompatible")]
    public void TheAssembly_IsMarkedForTrimmedAndNativeAotApps(string key) =>
        Library.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Should().ContainSingle(a => a.Key == key)
            .Which.Value.Should().Be("True", "an app's trimmer and analyzers read this mark from the package's assembly");

    [Fact]
    public void TheValidator_KeepsThePropertiesOfEveryProfileTypeItReads()
    {
        var checkedTypes = typeof(FieldCheck).GetMethod("Checked", BindingFlags.NonPublic | BindingFlags.Static)!;
        var kept = checkedTypes.GetCustomAttributes<DynamicDependencyAttribute>()
            .Where(d => d.MemberTypes.HasFlag(DynamicallyAccessedMemberTypes.PublicProperties))
            .Select(d => d.Type)
            .ToList();

        var walked = WalkedTypes(typeof(CoupleProfile), []);

        walked.Should().HaveCountGreaterThan(10);
        kept.Should().BeEquivalentTo(walked, "FieldCheck reads the properties of every profile type it reaches, which a trimmed app keeps only if named");
    }

    [Fact]
    public void TheSchemasEnumOptions_AreTheNamesTheConverterReads()
    {
        var enums = Library.GetTypes().Where(t => t.IsEnum && t.IsPublic).ToList();
        enums.Should().HaveCountGreaterThan(5);

        foreach (var type in enums)
        {
            var converterNames = (IEnumerable<string>)typeof(CamelCaseEnumConverter<>).MakeGenericType(type)
                .GetProperty("JsonNames", BindingFlags.NonPublic | BindingFlags.Static)!.GetValue(null)!;

            EnumSchema.Names(type).Should().Equal(converterNames, "the schema lists {0}'s options as the reader spells them", type.Name);
        }
    }

    // The validator's own walk: public settable properties, into the classes of the profile namespace.
    private static HashSet<Type> WalkedTypes(Type type, HashSet<Type> seen)
    {
        seen.Add(type);
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite))
        {
            var underlying = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            if (underlying.IsClass && underlying.Namespace == typeof(CoupleProfile).Namespace && !seen.Contains(underlying))
            {
                WalkedTypes(underlying, seen);
            }
        }

        return seen;
    }
}
