namespace Intimacy.Core.Tests;

public class SmokeTests
{
    [Fact]
    public void Version_IsNotEmpty() => IntimacyCoreInfo.Version.Should().NotBeNullOrWhiteSpace();
}
