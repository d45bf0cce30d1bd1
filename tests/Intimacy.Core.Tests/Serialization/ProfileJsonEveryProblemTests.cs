using System.Text;
using Intimacy.Core.Serialization;
using Intimacy.Core.Validation;

namespace Intimacy.Core.Tests.Serialization;

/// <summary>
/// Parseable JSON with several problems: every structural problem and the validation errors of the
/// parts that could be read come back in one exception, by path, never repeating the values.
/// </summary>
public class ProfileJsonEveryProblemTests
{
    private static ProfileValidationException Refused(string json)
    {
        var act = () => ProfileJson.Deserialize(json);
        return act.Should().Throw<ProfileValidationException>().Which;
    }

    private static async Task<ProfileValidationException> RefusedAsync(string json)
    {
        await using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json));
        var act = async () => await ProfileJson.DeserializeAsync(stream);
        return (await act.Should().ThrowAsync<ProfileValidationException>()).Which;
    }

    private const string UnknownAndTwoRanges = """{"schemaVersion":1,"bogus":1,"partnerA":{"ageYears":12,"view":{"desireLevel":9}}}""";

    [Fact]
    public void UnknownProperty_AndRangeErrors_AreAllListed()
    {
        var ex = Refused(UnknownAndTwoRanges);

        ex.Errors.Select(e => (e.Path, e.Code)).Should().BeEquivalentTo(
        [
            ("$.bogus", ValidationCodes.UnknownProperty),
            ("$.partnerA.ageYears", ValidationCodes.Range),
            ("$.partnerA.view.desireLevel", ValidationCodes.Range),
        ]);
        ex.Errors.Select(e => e.Path).Should().BeInAscendingOrder(StringComparer.Ordinal);
    }

    [Fact]
    public async Task DeserializeAsync_ListsTheSameProblems()
    {
        var ex = await RefusedAsync(UnknownAndTwoRanges);

        ex.Errors.Should().BeEquivalentTo(Refused(UnknownAndTwoRanges).Errors);
    }

    [Fact]
    public void TwoBadEnumValues_AreBothListed_EachNamingTheAllowedSpellings()
    {
        var ex = Refused("""{"schemaVersion":1,"partnerA":{"ageYears":30,"safety":{"visibility":"Private"},"view":{"affection":"Sometimes"}}}""");

        ex.Errors.Select(e => e.Path).Should().BeEquivalentTo("$.partnerA.safety.visibility", "$.partnerA.view.affection");
        ex.Errors.Should().OnlyContain(e => e.Code == ValidationCodes.Json);
        ex.Errors.Single(e => e.Path.EndsWith("visibility", StringComparison.Ordinal)).Message.Should().Contain("private").And.Contain("shared");
        ex.Errors.Single(e => e.Path.EndsWith("affection", StringComparison.Ordinal)).Message.Should().Contain("sometimes").And.Contain("veryOften");
    }

    [Fact]
    public void DuplicateKey_AndRangeError_AreBothListed()
    {
        var ex = Refused("""{"schemaVersion":1,"partnerA":{"ageYears":12,"view":{"desireLevel":3,"desireLevel":4}}}""");

        ex.Errors.Select(e => (e.Path, e.Code)).Should().BeEquivalentTo(
        [
            ("$.partnerA.ageYears", ValidationCodes.Range),
            ("$.partnerA.view.desireLevel", ValidationCodes.DuplicateProperty),
        ]);
    }

    [Fact]
    public void WrongType_AndUnknownProperty_AreBothListed()
    {
        var ex = Refused("""{"schemaVersion":1,"partnerA":{"ageYears":30,"view":{"desireLevel":"high"},"health":{"painDuringSex":"yes","colour":1}}}""");

        ex.Errors.Select(e => (e.Path, e.Code)).Should().BeEquivalentTo(
        [
            ("$.partnerA.health.colour", ValidationCodes.UnknownProperty),
            ("$.partnerA.health.painDuringSex", ValidationCodes.Json),
            ("$.partnerA.view.desireLevel", ValidationCodes.Json),
        ]);
        ex.Errors.Single(e => e.Path.EndsWith("painDuringSex", StringComparison.Ordinal)).Message.Should().Contain("true or false");
    }

    [Fact]
    public void ObjectOrArrayWhereAValueBelongs_AndValueWhereAnObjectBelongs_AreListedByPath()
    {
        var ex = Refused("""{"schemaVersion":1,"partnerA":{"ageYears":30,"view":[1,2],"life":{"stressLevel":{"a":1}},"health":{"painDuringSex":[true]}},"partnerB":"text"}""");

        ex.Errors.Select(e => e.Path).Should().BeEquivalentTo(
            "$.partnerA.health.painDuringSex", "$.partnerA.life.stressLevel", "$.partnerA.view", "$.partnerB");
        ex.Errors.Should().OnlyContain(e => e.Code == ValidationCodes.Json);
    }

    [Fact]
    public void NullWhereNotAllowed_IsListedWithTheOtherProblems()
    {
        var ex = Refused("""{"schemaVersion":1,"partnerA":{"ageYears":null,"bogus":true},"partnerB":{"ageYears":16}}""");

        ex.Errors.Select(e => (e.Path, e.Code)).Should().BeEquivalentTo(
        [
            ("$.partnerA.ageYears", ValidationCodes.Required),
            ("$.partnerA.bogus", ValidationCodes.UnknownProperty),
            ("$.partnerB.ageYears", ValidationCodes.Range),
        ]);
    }

    [Fact]
    public void DeeplyNestedProblems_HaveTheirFullPaths()
    {
        var ex = Refused("""{"schemaVersion":1,"partnerA":{"ageYears":30,"relationshipScores":{"pair":{"sexual":{"realized":"x","ideal":50},"emotional":{"realized":10,"ideal":20,"extra":1}}}}}""");

        ex.Errors.Select(e => e.Path).Should().BeEquivalentTo(
            "$.partnerA.relationshipScores.pair.emotional.extra", "$.partnerA.relationshipScores.pair.sexual.realized");
    }

    [Fact]
    public void MisspelledProperty_SuggestsTheNearestName()
    {
        var ex = Refused("""{"schemaVersion":1,"partnerA":{"ageYears":30,"saftey":{},"view":{"desireLevl":3,"affection":"Often"}}}""");

        ex.Errors.Single(e => e.Path == "$.partnerA.saftey").Message.Should().Contain("safety");
        ex.Errors.Single(e => e.Path == "$.partnerA.view.desireLevl").Message.Should().Contain("desireLevel");
        ex.Errors.Should().HaveCount(3);
    }

    [Fact]
    public void DistinctiveValues_AreNeverRepeated()
    {
        const string Secret = "ZQX-SECRET-4711";
        var ex = Refused("{\"schemaVersion\":1,\"partnerA\":{\"ageYears\":\"" + Secret + "\",\"view\":{\"affection\":\"" + Secret + "\",\"desireLevel\":\"" + Secret + "\"},"
            + "\"health\":{\"painDuringSex\":\"" + Secret + "\"},\"" + Secret + " words\":\"" + Secret + "\"},\"partnerB\":{\"ageYears\":16}}");

        ex.Message.Should().NotContain(Secret);
        ex.Errors.Should().OnlyContain(e => !e.ToString().Contains(Secret, StringComparison.Ordinal));
        ex.Errors.Select(e => e.Path).Should().Contain(["$.partnerA.ageYears", "$.partnerA.view.affection", "$.partnerA.view.desireLevel", "$.partnerA.health.painDuringSex", "$.partnerA", "$.partnerB.ageYears"]);
    }

    [Theory]
    [InlineData("{\"schemaVersion\":1,\"partnerA\":{\"notes\":", "{\"a\":", "}")]
    [InlineData("{\"schemaVersion\":1,\"partnerA\":{\"notes\":", "[", "]")]
    public void WellFormedJson_NestedTooDeep_IsSaidToBeTooDeep_WithAShortPath(string start, string open, string close)
    {
        var json = start + string.Concat(Enumerable.Repeat(open, 100)) + "1" + string.Concat(Enumerable.Repeat(close, 100)) + "}}";

        var error = Refused(json).Errors.Should().ContainSingle().Which;

        error.Code.Should().Be(ValidationCodes.Json);
        error.Message.Should().Contain("deeper than the 64 levels").And.NotContain("syntax error");
        error.Path.Length.Should().BeLessThan(40, "a path 64 levels long says nothing more than its start");
        error.Path.Should().StartWith("$.partnerA.notes");
    }

    [Fact]
    public void MalformedJson_StopsAtTheSyntaxError_AndSaysWhere()
    {
        var ex = Refused("{\"schemaVersion\":1,\n\"bogus\":1,\n\"partnerA\":{\"ageYears\":30");

        var error = ex.Errors.Should().ContainSingle().Which;
        error.Path.Should().StartWith("$.partnerA", "the text ends inside partnerA; the unknown $.bogus before it is not reached");
        error.Code.Should().Be(ValidationCodes.Json);
        error.Message.Should().Contain("line 3").And.Contain("first syntax error");
    }

    [Fact]
    public void UnreadableRequiredMember_HidesNoProblemOutsideIt_AndInventsNone()
    {
        var ex = Refused("""{"schemaVersion":1,"partnerA":{"ageYears":"x","view":{"desireLevel":9}},"partnerB":{"ageYears":30,"relationshipScores":{"pair":{"sexual":{"realized":"x","ideal":50,"gap":40}}}}}""");

        ex.Errors.Select(e => (e.Path, e.Code)).Should().BeEquivalentTo(
        [
            ("$.partnerA.ageYears", ValidationCodes.Json),
            ("$.partnerA.view.desireLevel", ValidationCodes.Range),
            ("$.partnerB.relationshipScores.pair.sexual.realized", ValidationCodes.Json),
        ]);
    }

    [Theory]
    [InlineData("""{"schemaVersion":1,"partnerA":{"ageYears":30},"partnerB":"x","hasBothPartners":true}""", "$.partnerB")]
    [InlineData("""{"schemaVersion":1,"partnerA":{"ageYears":30,"view":{"sexPerYear":"none","sexFrequencyFeeling":"wantsLess"}}}""", "$.partnerA.view.sexPerYear")]
    [InlineData("""{"schemaVersion":1,"partnerA":{"ageYears":30,"view":{"sexPerYear":0,"sexPerYear":0,"sexFrequencyFeeling":"wantsLess"}}}""", "$.partnerA.view.sexPerYear")]
    public void AnswerLeftOutForItsProblem_RaisesNoCombinationErrorItsOwnValueMightNotHave(string json, string path)
    {
        Refused(json).Errors.Should().ContainSingle().Which.Path.Should().Be(path);
    }

    [Fact]
    public void TextWithABrokenCharacter_IsRefusedAsInvalidJson()
    {
        var ex = Refused("{\"schemaVersion\":1,\"partnerA\":{\"ageYears\":30},\"x\":\"\uD800\"}");

        ex.Errors.Should().ContainSingle().Which.Code.Should().Be(ValidationCodes.Json);
    }

    [Fact]
    public void MissingRequiredProperty_IsListedWithTheOtherProblems()
    {
        var ex = Refused("""{"schemaVersion":1,"partnerA":{"ageYears":30},"partnerB":{"view":{"affection":"x"}}}""");

        ex.Errors.Select(e => (e.Path, e.Code)).Should().BeEquivalentTo(
        [
            ("$.partnerB.ageYears", ValidationCodes.Required),
            ("$.partnerB.view.affection", ValidationCodes.Json),
        ]);
    }
}
