using System.Diagnostics;
using System.Text;
using Intimacy.Core.Profiles;
using Intimacy.Core.Serialization;
using Intimacy.Core.Validation;

namespace Intimacy.Core.Tests.Serialization;

/// <summary>
/// Numbers at and past every limit, encodings, broken text, trailing data, comments and very large documents, read
/// from a string and from a stream: each reads as the number it is or gives the documented error at its path, both
/// readers agree, and large input is read in bounded time with a short message.
/// </summary>
public class ProfileJsonSizeAndEncodingTests
{
    private static string Profile(string partnerA = "\"ageYears\":30", string rest = "") => "{\"schemaVersion\":1,\"partnerA\":{" + partnerA + "}" + rest + "}";

    [Theory]
    [InlineData("\"ageYears\":30.0", 30)]
    [InlineData("\"ageYears\":3e1", 30)]
    [InlineData("\"ageYears\":300e-1", 30)]
    [InlineData("\"ageYears\":0.3E+2", 30)]
    [InlineData("\"ageYears\":120.000000000000000000000000000000", 120)]
    public void AWholeNumberWrittenAsAFractionOrWithAnExponent_ReadsAsThatNumber(string member, int age)
    {
        Both(Profile(member)).Should().AllSatisfy(p => p!.PartnerA.AgeYears.Should().Be(age));
    }

    [Theory]
    [InlineData("1e-400", 0.0)]
    [InlineData("-0", 0.0)]
    [InlineData("-0.0", 0.0)]
    [InlineData("4.9e-324", 4.9e-324)]
    [InlineData("168", 168.0)]
    public void ANumberAtOrBelowTheSmallestADoubleHolds_ReadsAsTheNearestDouble_AndRoundTrips(string number, double hours)
    {
        foreach (var profile in Both(Profile("\"ageYears\":30,\"view\":{\"qualityTimeHoursPerWeek\":" + number + "}")))
        {
            profile!.PartnerA.View!.QualityTimeHoursPerWeek.Should().Be(hours);
            ProfileJson.Deserialize(ProfileJson.Serialize(profile)).Should().Be(profile);
        }
    }

    [Theory]
    [InlineData("\"ageYears\":1e308", "$.partnerA.ageYears", ValidationCodes.Json)]
    [InlineData("\"ageYears\":-1e308", "$.partnerA.ageYears", ValidationCodes.Json)]
    [InlineData("\"ageYears\":2147483648", "$.partnerA.ageYears", ValidationCodes.Json)]
    [InlineData("\"ageYears\":-2147483649", "$.partnerA.ageYears", ValidationCodes.Json)]
    [InlineData("\"ageYears\":99999999999999999999999999999999999999", "$.partnerA.ageYears", ValidationCodes.Json)]
    [InlineData("\"ageYears\":30.5", "$.partnerA.ageYears", ValidationCodes.Json)]
    [InlineData("\"ageYears\":30.000000000000000000001", "$.partnerA.ageYears", ValidationCodes.Json)]
    [InlineData("\"ageYears\":3e-1", "$.partnerA.ageYears", ValidationCodes.Json)]
    [InlineData("\"ageYears\":1e-400", "$.partnerA.ageYears", ValidationCodes.Json)]
    [InlineData("\"ageYears\":-0", "$.partnerA.ageYears", ValidationCodes.Range)]
    [InlineData("\"ageYears\":2147483647", "$.partnerA.ageYears", ValidationCodes.Range)]
    [InlineData("\"ageYears\":-2147483648", "$.partnerA.ageYears", ValidationCodes.Range)]
    [InlineData("\"ageYears\":30,\"view\":{\"qualityTimeHoursPerWeek\":1e308}", "$.partnerA.view.qualityTimeHoursPerWeek", ValidationCodes.Range)]

    // Past a double's range the reader gives an infinity, which no field's range holds.
    [InlineData("\"ageYears\":30,\"view\":{\"qualityTimeHoursPerWeek\":1e309}", "$.partnerA.view.qualityTimeHoursPerWeek", ValidationCodes.Range)]
    [InlineData("\"ageYears\":30,\"view\":{\"qualityTimeHoursPerWeek\":-1e309}", "$.partnerA.view.qualityTimeHoursPerWeek", ValidationCodes.Range)]
    [InlineData("\"ageYears\":30,\"view\":{\"qualityTimeHoursPerWeek\":\"NaN\"}", "$.partnerA.view.qualityTimeHoursPerWeek", ValidationCodes.Json)]
    [InlineData("\"ageYears\":30,\"view\":{\"qualityTimeHoursPerWeek\":\"Infinity\"}", "$.partnerA.view.qualityTimeHoursPerWeek", ValidationCodes.Json)]
    [InlineData("\"ageYears\":30,\"ageYears\":30", "$.partnerA.ageYears", ValidationCodes.DuplicateProperty)]
    [InlineData("\"ageYears\":30,\"view\":{\"affection\":\"\\ud800\"}", "$.partnerA.view.affection", ValidationCodes.Json)]
    [InlineData("\"ageYears\":30,\"view\":{\"affection\":\"never\\u0000\"}", "$.partnerA.view.affection", ValidationCodes.Json)]
    public void ANumberOrTextPastWhatTheFieldHolds_IsOneErrorAtItsPath(string members, string path, string code)
    {
        foreach (var errors in BothErrors(Profile(members)))
        {
            var error = errors.Should().ContainSingle().Which;
            error.Path.Should().Be(path);
            error.Code.Should().Be(code);
        }
    }

    [Theory]
    [InlineData("{0} {{}}", "line 1")]
    [InlineData("{0}x", "line 1")]
    [InlineData("{0}\u0000", "line 1")]
    [InlineData("// a comment\n{0}", "line 1, byte 1")]
    [InlineData("{0}\n/* a comment */", "line 2, byte 1")]
    [InlineData("\uFEFF\uFEFF{0}", "line 1, byte 1")]
    public void TrailingDataCommentsAndASecondByteOrderMark_AreSyntaxErrors(string template, string place)
    {
        var json = string.Format(System.Globalization.CultureInfo.InvariantCulture, template, Profile());

        foreach (var errors in BothErrors(json))
        {
            var error = errors.Should().ContainSingle().Which;
            (error.Path, error.Code).Should().Be(("$", ValidationCodes.Json));
            error.Message.Should().Contain(place);
        }
    }

    [Theory]
    [InlineData("utf-16le")]
    [InlineData("utf-16be")]
    [InlineData("utf-32le")]
    [InlineData("utf-32be")]
    public async Task AStreamInAnotherEncodingThanUtf8_IsASyntaxErrorAtItsStart_AsTheStreamIsDocumentedToBeUtf8(string name)
    {
        var encoding = Encoding.GetEncoding(name);
        await using var stream = new MemoryStream([.. encoding.GetPreamble(), .. encoding.GetBytes(Profile())]);

        var act = async () => await ProfileJson.DeserializeAsync(stream);

        var error = (await act.Should().ThrowAsync<ProfileValidationException>()).Which.Errors.Should().ContainSingle().Which;
        (error.Path, error.Code).Should().Be(("$", ValidationCodes.Json));
        error.Message.Should().Contain("(line 1, byte 1)");
    }

    [Theory]
    [InlineData(new byte[] { 0xFF })]
    [InlineData(new byte[] { 0xC0, 0xAF })]
    [InlineData(new byte[] { 0xED, 0xA0, 0x80 })]
    [InlineData(new byte[] { 0xF4, 0x90, 0x80, 0x80 })]
    public async Task BytesThatAreNotUtf8InAnAnswer_AreAnErrorAtItsPath(byte[] broken)
    {
        byte[] json = [.. "{\"partnerA\":{\"ageYears\":30,\"view\":{\"affection\":\"ne"u8, .. broken, .. "ver\"}}}"u8];
        await using var stream = new MemoryStream(json);

        var act = async () => await ProfileJson.DeserializeAsync(stream);

        var error = (await act.Should().ThrowAsync<ProfileValidationException>()).Which.Errors.Should().ContainSingle().Which;
        (error.Path, error.Code).Should().Be(("$.partnerA.view.affection", ValidationCodes.Json));
    }

    /// <summary>Large documents: each gives one short error, read in time that grows with the input, not faster.</summary>
    public static TheoryData<string, string, string> LargeDocuments() => new()
    {
        { "a million-item array as an answer", "$.partnerA.ageYears", Profile("\"ageYears\":[" + string.Join(",", Enumerable.Repeat("1", 1_000_000)) + "]") },
        { "a million-item array under an unknown name", "$.extra", Profile(rest: ",\"extra\":[" + string.Join(",", Enumerable.Repeat("[]", 1_000_000)) + "]") },
        { "a ten-million-character option", "$.partnerA.view.affection", Profile("\"ageYears\":30,\"view\":{\"affection\":\"" + new string('a', 10_000_000) + "\"}") },
        { "a ten-million-character property name", "$.partnerA", Profile("\"ageYears\":30,\"" + new string('a', 10_000_000) + "\":1") },
        { "a million-digit whole number", "$.partnerA.ageYears", Profile("\"ageYears\":1" + new string('0', 1_000_000)) },
        { "a million-digit exponent", "$.partnerA.ageYears", Profile("\"ageYears\":3e" + new string('9', 1_000_000)) },
        { "a hundred thousand repeats of one property", "$.partnerA.ageYears", Profile(string.Join(",", Enumerable.Repeat("\"ageYears\":30", 100_000))) },
        { "arrays nested a hundred thousand deep", "$.extra[0][0]", Profile(rest: ",\"extra\":" + new string('[', 100_000) + new string(']', 100_000)) },
    };

    [Theory]
    [MemberData(nameof(LargeDocuments))]
    public void ALargeDocument_IsOneShortErrorAtItsPath_InBoundedTime(string what, string path, string json)
    {
        var clock = Stopwatch.StartNew();
        var act = () => ProfileJson.Deserialize(json);

        var ex = act.Should().Throw<ProfileValidationException>().Which;
        clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(20), what);
        ex.Errors.Should().ContainSingle().Which.Path.Should().Be(path, what);
        ex.Message.Length.Should().BeLessThan(400, what);
    }

    private static IEnumerable<CoupleProfile?> Both(string json)
    {
        yield return ProfileJson.Deserialize(json);
        yield return ProfileJson.DeserializeAsync(new MemoryStream(Encoding.UTF8.GetBytes(json))).AsTask().GetAwaiter().GetResult();
    }

    private static IEnumerable<IReadOnlyList<ValidationError>> BothErrors(string json)
    {
        var fromString = () => ProfileJson.Deserialize(json);
        var fromStream = () => ProfileJson.DeserializeAsync(new MemoryStream(Encoding.UTF8.GetBytes(json))).AsTask().GetAwaiter().GetResult();
        var first = fromString.Should().Throw<ProfileValidationException>().Which.Errors;
        yield return first;
        var second = fromStream.Should().Throw<ProfileValidationException>().Which.Errors;
        second.Should().Equal(first, "the string and the stream reader agree");
        yield return second;
    }
}
