using System.Net;

namespace WebQuestionnaire.Tests;

/// <summary>The landing page and the session-not-found page state the configured idle time, not a fixed one.</summary>
public sealed class IdleTimeoutTextTests
{
    [Theory]
    [InlineData(null, "30 minutes")]
    [InlineData("00:00:08", "8 seconds")]
    [InlineData("00:00:01", "1 second")]
    [InlineData("00:01:00", "1 minute")]
    [InlineData("00:01:30", "90 seconds")]
    [InlineData("01:00:00", "1 hour")]
    [InlineData("02:00:00", "2 hours")]
    [InlineData("01:30:00", "90 minutes")]
    [InlineData("00:00:00.5", "0.5 seconds")]
    public async Task Pages_StateTheConfiguredIdleTimeout(string? setting, string words)
    {
        var settings = new Dictionary<string, string?>();
        if (setting is not null)
        {
            settings["Sessions:IdleTimeout"] = setting;
        }

        using var factory = new WebAppFactory(settings);
        using var browser = factory.NewBrowser();

        var start = await browser.GetAsync("/");
        var missing = await browser.GetAsync("/c/AAAAAAAAAAAAAAAAAAAAAA");

        start.Html.Should().Contain($"Answers are forgotten after {words} without activity");
        missing.Status.Should().Be(HttpStatusCode.NotFound);
        missing.Html.Should().Contain($"answers are kept for {words} without activity");
    }
}
