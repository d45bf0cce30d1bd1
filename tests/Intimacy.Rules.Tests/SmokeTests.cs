namespace Intimacy.Rules.Tests;

public class SmokeTests
{
    [Fact]
    public void Placeholder_Exists() => typeof(EnginePlaceholder).Should().NotBeNull();
}
