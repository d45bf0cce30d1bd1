using Intimacy.Core.Plans;

namespace Intimacy.Core.Tests.Plans;

/// <summary>
/// A finding's hash spreads findings whatever their ids look like: an app's rules may name thousands of
/// findings that differ only in their first characters, and the engine keeps findings in hash sets.
/// </summary>
public sealed class FindingHashTests
{
    private static Finding Make(string id) => new()
    {
        Id = id,
        Code = "app.check",
        Kind = FindingKind.WarningSign,
        Title = "An app's check",
        RuleName = "App.Check",
    };

    [Fact]
    public void IdsDifferingOnlyInTheirFirstCharacters_HashApart()
    {
        // Same length, same middle, three-quarter and last characters: only the leading digits differ.
        var hashes = Enumerable.Range(0, 20_000)
            .Select(i => Make($"{i:D5}.app.finding-about-the-couple:partnerA").GetHashCode())
            .ToHashSet();

        hashes.Count.Should().BeGreaterThan(19_900);
    }

    [Fact]
    public void ACopyWithAnotherId_HashesAsAFindingMadeWithThatId()
    {
        var original = Make("first.app.finding");
        var copy = original with { Id = "second.app.finding" };

        copy.GetHashCode().Should().Be(Make("second.app.finding").GetHashCode());
        copy.Should().Be(Make("second.app.finding"));
        (original with { Title = "An app's check" }).GetHashCode().Should().Be(original.GetHashCode());
    }
}
