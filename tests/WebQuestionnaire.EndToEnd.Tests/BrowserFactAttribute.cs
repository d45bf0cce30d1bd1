namespace WebQuestionnaire.EndToEnd.Tests;

/// <summary>
/// A browser test. When Chromium or axe-core is missing it is skipped on a developer's machine
/// (reported as NotExecuted in TRX, so the closing line counts it as skipped) with a message saying
/// how to install them. Under <c>CI=true</c> it is not skipped: <see cref="BrowserFixture"/> then
/// fails it with the same message, so CI can never go green without having run a browser.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (BrowserEnvironment.Missing is { } missing && !BrowserEnvironment.IsCi)
        {
            Skip = "Browser test skipped: " + missing;
        }
    }
}
