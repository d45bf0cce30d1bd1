using System.Text;
using Microsoft.Playwright;

namespace WebQuestionnaire.EndToEnd.Tests;

/// <summary>Full-page screenshots kept as test output in artifacts/test-results/screenshots/&lt;test&gt;/.</summary>
internal static class Screenshots
{
    private static readonly Dictionary<string, int> Counters = [];

    public static string Folder { get; } = RepositoryFiles.PathOf(Path.Combine("artifacts", "test-results", "screenshots"));

    public static async Task<string> SaveAsync(IPage page, string test, string step, ITestOutputHelper output)
    {
        int number;
        lock (Counters)
        {
            Counters[test] = number = Counters.GetValueOrDefault(test) + 1;
        }

        var path = Path.Combine(Folder, Safe(test), $"{number:00}-{Safe(step)}.png");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await page.ScreenshotAsync(new() { Path = path, FullPage = true });
        output.WriteLine($"screenshot: {Path.GetRelativePath(RepositoryFiles.Root, path)} ({page.Url})");
        return path;
    }

    private static string Safe(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '-');
        }

        return builder.ToString();
    }
}
