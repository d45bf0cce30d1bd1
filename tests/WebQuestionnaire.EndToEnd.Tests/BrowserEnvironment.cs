namespace WebQuestionnaire.EndToEnd.Tests;

/// <summary>
/// What the browser tests need from the machine: Debian's Chromium and axe-core from npm. Neither
/// is downloaded by the tests (Playwright's own browser download is never used). Missing pieces
/// skip the tests locally and fail them under <c>CI=true</c>; see <see cref="BrowserFactAttribute"/>.
/// </summary>
internal static class BrowserEnvironment
{
    public const string ChromiumVariable = "INTIMACY_CHROMIUM";
    public const string DefaultChromium = "/usr/bin/chromium";
    public const string HowToInstall =
        "Install with `sudo apt-get install -y chromium` and `npm ci --prefix tests/WebQuestionnaire.EndToEnd.Tests` " +
        "(or point " + ChromiumVariable + " at another Chromium binary).";

    /// <summary>The Chromium binary: <c>INTIMACY_CHROMIUM</c> if set, else <c>/usr/bin/chromium</c>.</summary>
    public static string ChromiumPath { get; } =
        Environment.GetEnvironmentVariable(ChromiumVariable) is { Length: > 0 } path ? path : DefaultChromium;

    /// <summary>axe-core as <c>npm ci</c> installs it next to this project's package.json.</summary>
    public static string AxePath { get; } =
        RepositoryFiles.PathOf(Path.Combine("tests", "WebQuestionnaire.EndToEnd.Tests", "node_modules", "axe-core", "axe.min.js"));

    /// <summary>True when the CI system runs us (<c>CI=true</c>, as .ci/run exports it).</summary>
    public static bool IsCi { get; } =
        string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Null when everything is there; otherwise what is missing and how to install it.</summary>
    public static string? Missing { get; } = FindMissing();

    /// <summary>The flags Chromium needs here: root needs no sandbox, and the closed network refuses background traffic.</summary>
    public static IReadOnlyList<string> ChromiumArgs { get; } =
    [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
    ];

    private static string? FindMissing()
    {
        var missing = new List<string>();
        if (!File.Exists(ChromiumPath))
        {
            missing.Add($"Chromium was not found at {ChromiumPath}");
        }

        if (!File.Exists(AxePath))
        {
            missing.Add($"axe-core was not found at {AxePath}");
        }

        return missing.Count == 0 ? null : string.Join("; ", missing) + ". " + HowToInstall;
    }
}
