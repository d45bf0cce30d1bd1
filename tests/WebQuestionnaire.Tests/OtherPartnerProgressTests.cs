using System.Net;
using System.Text.RegularExpressions;

namespace WebQuestionnaire.Tests;

/// <summary>
/// Partner B's pages (status, redirect, headers, cookies and body) must not change with what partner A does
/// in the private steps before finishing: A's rejected forms, A's private self-harm and safety answers,
/// A's progress through them. Only finishing all three steps, the quick exit and deleting are documented
/// as visible to the other partner (README, "Hub" and "Known limits of the sample").
/// </summary>
public sealed class OtherPartnerProgressTests(WebAppFactory factory) : IClassFixture<WebAppFactory>
{
    private static readonly string[] Pages = [string.Empty, "/view", "/screens", "/safety", "/plan", "/mine", "/join", "/solo"];

    [Fact]
    public async Task PartnerBsPages_AreTheSame_WhateverPartnerADoesInThePrivateStepsBeforeFinishing()
    {
        using var a = factory.NewBrowser();
        using var b = factory.NewBrowser();
        var hub = await a.StartTogetherAsync();
        await b.JoinAsync(hub);
        (await b.SubmitAsync(hub + "/view", Answers.View(age: 41))).Location.Should().Be(hub + "/screens");
        _ = await SnapshotAsync(b, hub); // the first visits may set the antiforgery cookie
        var before = await SnapshotAsync(b, hub);

        var contradictorySafety = Answers.Safety();
        contradictorySafety["strangulation"] = "yes";
        (await a.SubmitAsync(hub + "/safety", contradictorySafety)).Status.Should().Be(HttpStatusCode.BadRequest);
        (await SnapshotAsync(b, hub)).Should().Equal(before, "partner A's rejected safety form must not show on partner B's pages");

        var contradictoryScreens = Answers.Screens("no");
        contradictoryScreens["selfHarmPlan"] = "yes";
        (await a.SubmitAsync(hub + "/screens", contradictoryScreens)).Status.Should().Be(HttpStatusCode.BadRequest);
        var outOfRange = Answers.View(edit: v => v["sexPerYear"] = "987654321");
        (await a.SubmitAsync(hub + "/view", outOfRange)).Status.Should().Be(HttpStatusCode.BadRequest);
        (await SnapshotAsync(b, hub)).Should().Equal(before, "partner A's rejected forms must not show on partner B's pages");

        var selfHarm = Answers.Screens("yes");
        selfHarm["selfHarmPlan"] = "yes";
        (await a.SubmitAsync(hub + "/screens", selfHarm)).Location.Should().Be(hub + "/safety");
        (await a.GetAsync(hub)).Html.Should().Contain("id=\"own-safety\"", "partner A's own pages point to help at once");
        (await SnapshotAsync(b, hub)).Should().Equal(before, "partner A's private self-harm answers must not show on partner B's pages");

        (await a.SubmitAsync(hub + "/safety", Answers.Safety(violence: true))).Location.Should().Be(hub);
        (await SnapshotAsync(b, hub)).Should().Equal(before, "partner A's private safety answers and progress must not show on partner B's pages");

        (await a.SubmitAsync(hub, [], hub + "/delete")).Status.Should().Be(HttpStatusCode.OK);
        (await SnapshotAsync(b, hub)).Should().Equal(before, "partner A deleting unfinished answers must not show on partner B's pages");

        // Finishing is what partner B may see (#progress-a), so the comparison above can fail.
        await a.CompleteAsync(hub, Answers.View(), Answers.Screens(), Answers.Safety());
        (await SnapshotAsync(b, hub)).Should().NotEqual(before);
    }

    [Fact]
    public async Task PartnerBsPages_AfterBothFinished_AreTheSame_WhateverPartnerAAnsweredAboutMoodAndWorry()
    {
        async Task<List<string>> RunAsync(string mood)
        {
            using var a = factory.NewBrowser();
            using var b = factory.NewBrowser();
            var hub = await a.StartTogetherAsync();
            await b.JoinAsync(hub);
            var screens = Answers.Screens();
            foreach (var item in new[] { "phq1", "phq2", "gad1", "gad2" })
            {
                screens[item] = mood;
            }

            await a.CompleteAsync(hub, Answers.View(), screens, Answers.Safety());
            await b.CompleteAsync(hub, Answers.View(age: 41), Answers.Screens(), Answers.Safety());
            _ = await SnapshotAsync(b, hub);
            return [.. (await SnapshotAsync(b, hub)).Select(page => page.Replace(hub, "/c/ID", StringComparison.Ordinal))];
        }

        var low = await RunAsync("0");
        var high = await RunAsync("3");
        high.Should().Equal(low, "partner A's private mood and worry answers must not show on partner B's pages");
    }

    /// <summary>Each page as partner B's browser gets it, with the per-request antiforgery token left out.</summary>
    private static async Task<List<string>> SnapshotAsync(Browser browser, string hub)
    {
        var seen = new List<string>();
        foreach (var page in Pages)
        {
            var got = await browser.GetAsync(hub + page);
            var headers = got.Response.Headers.Concat(got.Response.Content.Headers)
                .Where(h => h.Key != "Content-Length")
                .OrderBy(h => h.Key, StringComparer.Ordinal)
                .Select(h => h.Key + ": " + string.Join(", ", h.Value));
            var html = Regex.Replace(got.Html, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"[^\"]+\"", "token");
            seen.Add($"{page} {(int)got.Status} {got.Location}\n{string.Join("\n", headers)}\n{html.Length}\n{html}");
        }

        return seen;
    }
}
