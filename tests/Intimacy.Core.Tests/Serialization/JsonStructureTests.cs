using System.Text.Json;
using System.Text.Json.Serialization;
using Intimacy.Core.Profiles;
using Intimacy.Core.Serialization;
using Intimacy.Core.Validation;

namespace Intimacy.Core.Tests.Serialization;

/// <summary>The structural walk on a model with arrays, which the profile does not have (yet).</summary>
public partial class JsonStructureTests
{
    public sealed record Box
    {
        public required int Id { get; init; }

        public IReadOnlyList<Item>? Items { get; init; }

        public Item? Main { get; init; }
    }

    public sealed record Item
    {
        public int? Size { get; init; }

        public Frequency? Often { get; init; }
    }

    [JsonSourceGenerationOptions(
        PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        AllowDuplicateProperties = false,
        RespectNullableAnnotations = true,
        Converters = [typeof(CamelCaseEnumConverter<Frequency>)])]
    [JsonSerializable(typeof(Box))]
    internal sealed partial class BoxContext : JsonSerializerContext
    {
    }

    private static List<ValidationError> Check(string json, out string? readable)
    {
        using var document = JsonDocument.Parse(json);
        var errors = JsonStructure.Check(document.RootElement, BoxContext.Default.Box, "box", out var node, out _);
        readable = node?.ToJsonString();
        return errors;
    }

    [Fact]
    public void ProblemsInsideArrays_AreNamedByIndex_AndAllListed()
    {
        // A null item is read as null, as System.Text.Json does: nullable annotations do not reach collection items.
        var errors = Check("""{"id":1,"items":[{"size":1},{"size":"big","often":"Often"},null,{"extra":1}],"main":{"often":"often"}}""", out _);

        errors.Select(e => (e.Path, e.Code)).Should().BeEquivalentTo(
        [
            ("$.items[1].size", ValidationCodes.Json),
            ("$.items[1].often", ValidationCodes.Json),
            ("$.items[3].extra", ValidationCodes.UnknownProperty),
        ]);
    }

    [Fact]
    public void ItemWithABadMember_KeepsItsPlace_ButAnUnreadableItemLeavesTheWholeArrayOut_SoNoIndexMoves()
    {
        Check("""{"id":1,"items":[{"size":1},{"size":"big"}],"main":{"size":2,"bogus":0}}""", out var readable).Should().HaveCount(2);
        readable.Should().Be("""{"id":1,"items":[{"size":1},{}],"main":{"size":2}}""");

        Check("""{"id":1,"items":[{"size":1},7,{"size":3}]}""", out readable).Should().ContainSingle().Which.Path.Should().Be("$.items[1]");
        readable.Should().Be("""{"id":1}""");
    }

    [Fact]
    public void WellFormedValidDocument_HasNoProblems()
    {
        const string Json = """{"id":1,"items":[{"size":1,"often":"veryOften"},{},null],"main":null}""";

        Check(Json, out _).Should().BeEmpty();
        JsonSerializer.Deserialize(Json, BoxContext.Default.Box).Should().NotBeNull("the walk accepts what the reader accepts");
    }

    [Fact]
    public void MissingRequiredMember_IsListed_AndFilledSoTheRestCanBeRead()
    {
        var errors = Check("""{"main":{"size":"x"}}""", out var readable);

        errors.Select(e => e.Path).Should().BeEquivalentTo("$.id", "$.main.size");
        readable.Should().Be("""{"main":{},"id":0}""");
    }

    [Theory]
    [InlineData("""{"id":1,"items":[{"size":1},{"size":""", "$.items[1].size")]
    [InlineData("""{"id":1,"items":[{"size":1} {"size":2}]}""", "$.items[0]")]
    public void SyntaxErrorInsideAnArray_IsNamedByIndex(string json, string path)
    {
        var error = JsonStructure.SyntaxError(System.Text.Encoding.UTF8.GetBytes(json), BoxContext.Default.Options);

        error.Should().NotBeNull();
        error!.Path.Should().Be(path);
    }

    [Theory]
    [InlineData("{\"id\":1,\"main\":{\"size\":1,\n\"\\ud800\":2}}", "$.main", "(line 2, byte 1)")]
    [InlineData("{\"id\":1,\"main\":{\"x\\udc00y\":2}}", "$.main", "(line 1, byte 17)")]
    public void ANameWithALoneSurrogate_IsMalformed_AtTheObjectHoldingIt_NotAFailureOfTheReader(string json, string path, string place)
    {
        // JSON's grammar lets an escaped lone surrogate through, but no string can hold it.
        var error = JsonStructure.SyntaxError(System.Text.Encoding.UTF8.GetBytes(json), BoxContext.Default.Options);

        error.Should().NotBeNull();
        error!.Path.Should().Be(path);
        error.Code.Should().Be(ValidationCodes.Json);
        error.Message.Should().Contain(place);
    }
}
