using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Intimacy.Core.Serialization;
using Intimacy.Core.Validation;

namespace Intimacy.Core.Tests.Validation;

/// <summary>Random and hostile input never crashes validation or reading, and never echoes values.</summary>
public class ValidationProperties
{
    private static readonly Config Config = Config.QuickThrowOnFailure.WithMaxTest(500);

    [Fact]
    public void AnyValueInAnyRangedField_IsAcceptedExactlyWhenInRange()
    {
        var fields = FieldCheckCatalog.RangedFields;
        var gen =
            from index in Gen.Choose(0, fields.Count - 1)
            from value in Gen.OneOf(
                Gen.Choose(-1000, 1000).Select(i => (double)i),
                ArbMap.Default.GeneratorFor<NormalFloat>().Select(f => f.Get))
            select (Field: fields[index], Value: value);

        Prop.ForAll(gen.ToArbitrary(), sample =>
        {
            var (field, value) = sample;
            var isInteger = value == Math.Floor(value);
            var wholeField = field.Path.EndsWith("ecrrAnxiety", StringComparison.Ordinal) is false
                && !field.Path.EndsWith("ecrrAvoidance", StringComparison.Ordinal)
                && !field.Path.EndsWith("fsfi", StringComparison.Ordinal)
                && !field.Path.EndsWith("lengthYears", StringComparison.Ordinal)
                && !field.Path.EndsWith("qualityTimeHoursPerWeek", StringComparison.Ordinal);
            if (wholeField && !isInteger)
            {
                return true; // not representable in an integer field
            }

            var errors = ProfileValidator.Validate(FieldCheckCatalog.ProfileWith(field.Path, value)).Errors;
            var inRange = value >= field.Min && value <= field.Max;
            return inRange ? errors.Count == 0 : errors.Any(e => e.Path == field.Path);
        }).Check(Config);
    }

    [Fact]
    public void HostileJson_EitherParsesToAValidProfileOrThrowsTheValidationException()
    {
        var fragments = new[]
        {
            "{", "}", "[", "]", ",", ":", "\"partnerA\"", "\"partnerB\"", "\"ageYears\"", "\"schemaVersion\"", "1", "-1", "1e308",
            "null", "true", "\"x\"", "\"view\"", "{\"ageYears\":30}", "\"safety\"", "\"\\u0000\"", "0.5", "\"wantsMore\"", " ",
        };
        var gen = Gen.ListOf(Gen.Elements(fragments)).Select(parts => string.Concat(parts));
        var wrapped = gen.Select(inner => "{\"schemaVersion\":1,\"partnerA\":{\"ageYears\":30" + (inner.Length > 0 ? "," : string.Empty) + inner + "}}");

        Prop.ForAll(Gen.OneOf(gen, wrapped).ToArbitrary(), json =>
        {
            try
            {
                var profile = ProfileJson.Deserialize(json);
                return ProfileValidator.Validate(profile).IsValid;
            }
            catch (ProfileValidationException ex)
            {
                return ex.Errors.Count > 0 && ex.Errors.All(e => e.Path.StartsWith('$'));
            }
        }).Check(Config);
    }

    [Fact]
    public void OutOfRangeValues_NeverAppearInMessages()
    {
        var fields = FieldCheckCatalog.RangedFields;
        var gen =
            from index in Gen.Choose(0, fields.Count - 1)
            from value in Gen.Choose(100_000, 9_999_999)
            select (Field: fields[index], Value: value);

        Prop.ForAll(gen.ToArbitrary(), sample =>
        {
            var result = ProfileValidator.Validate(FieldCheckCatalog.ProfileWith(sample.Field.Path, sample.Value));
            var text = string.Join("|", result.Errors.Select(e => e.ToString()));
            return !result.IsValid && !text.Contains(sample.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        }).Check(Config);
    }

    [Fact]
    public void RandomBytes_NeverCrashTheReader()
    {
        Prop.ForAll(ArbMap.Default.ArbFor<byte[]>(), bytes =>
        {
            try
            {
                ProfileJson.Deserialize(Encoding.UTF8.GetString(bytes));
                return true;
            }
            catch (ProfileValidationException)
            {
                return true;
            }
        }).Check(Config);
    }

    [Fact]
    public void DeeplyNestedJson_IsRejectedCleanly()
    {
        var deep = new string('[', 5000) + new string(']', 5000);

        var act = () => ProfileJson.Deserialize(deep);

        act.Should().Throw<ProfileValidationException>();
    }
}
