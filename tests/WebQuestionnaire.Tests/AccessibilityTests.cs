using System.Net;
using System.Globalization;
using System.Text.RegularExpressions;

namespace WebQuestionnaire.Tests;

public sealed class AccessibilityTests(WebAppFactory factory) : IClassFixture<WebAppFactory>
{
    private async Task<(Browser Browser, string Hub)> FinishedSoloAsync()
    {
        var a = factory.NewBrowser();
        var hub = await a.StartTogetherAsync();
        await a.CompleteAsync(hub, Answers.View(), Answers.Screens(), Answers.Safety());
        await a.SubmitAsync(hub, [], action: hub + "/solo");
        return (a, hub);
    }

    [Fact]
    public async Task EveryPage_HasLanguageTitleLandmarksAndASkipLink()
    {
        var (a, hub) = await FinishedSoloAsync();
        using var _ = a;

        foreach (var path in new[] { "/", hub, hub + "/view", hub + "/screens", hub + "/safety", hub + "/plan", hub + "/mine", "/weather", "/c/AAAAAAAAAAAAAAAAAAAAAA" })
        {
            var html = (await a.GetAsync(path)).Html;
            html.Should().Contain("<html lang=\"en\">", path);
            Regex.Match(html, "<title>([^<]+)</title>").Groups[1].Value.Trim().Should().NotBeEmpty(path);
            html.Should().Contain("<header", path).And.Contain("<main id=\"main\"", path);
            html.Should().Contain("<a class=\"skip-link\" href=\"#main\">", path);
            Regex.Matches(html, "<h1[ >]").Should().HaveCount(1, $"{path} has one main heading");
        }

        (await a.GetAsync(hub)).Html.Should().Contain("<nav aria-label=");
    }

    [Theory]
    [InlineData("view", "Your view of the relationship", "Step 1 of 3")]
    [InlineData("screens", "Short check-ins", "Step 2 of 3")]
    [InlineData("safety", "Private safety questions", "Step 3 of 3")]
    public async Task StepForms_LabelEveryInput_AndGroupRadiosWithALegend(string step, string heading, string title)
    {
        using var a = factory.NewBrowser();
        var hub = await a.StartTogetherAsync();

        var html = (await a.GetAsync(hub + "/" + step)).Html;

        html.Should().Contain($"<h1>{heading}</h1>").And.Contain($"<title>{title} –");
        html.Should().Contain("<button type=\"submit\" class=\"button\">Save and continue</button>");
        var inputs = Regex.Matches(html, "<input\\b[^>]*>").Select(m => m.Value).Where(i => !i.Contains("type=\"hidden\"")).ToList();
        inputs.Should().NotBeEmpty();
        foreach (var input in inputs)
        {
            var id = Regex.Match(input, "\\bid=\"([^\"]+)\"").Groups[1].Value;
            id.Should().NotBeEmpty(input);
            html.Should().Contain($"<label for=\"{id}\">", $"input {id} needs a label");
        }

        var fieldsets = Regex.Matches(html, "<fieldset\\b.*?</fieldset>", RegexOptions.Singleline);
        fieldsets.Should().NotBeEmpty();
        foreach (Match fieldset in fieldsets)
        {
            fieldset.Value.Should().Contain("<legend>");
            var names = Regex.Matches(fieldset.Value, "type=\"radio\"[^>]*name=\"([^\"]+)\"").Select(m => m.Groups[1].Value).Distinct();
            names.Should().ContainSingle("one radio group per fieldset");
            fieldset.Value.Should().Match(v => v.Contains(">Prefer not to say</label>") || v.Contains(">Don't know</label>") || v.Contains(">Don&#x27;t know</label>"), "every question can be left unknown");
        }

        Regex.Matches(html, "type=\"radio\"").Count.Should().Be(Regex.Matches(string.Concat(fieldsets.Select(f => f.Value)), "type=\"radio\"").Count, "no radio outside a fieldset");
    }

    [Fact]
    public async Task PlanItems_HaveTitleIndicatorStageAndAWhyDisclosureWithReasonsAndSources()
    {
        var (a, hub) = await FinishedSoloAsync();
        using var _ = a;

        var html = (await a.GetAsync(hub + "/mine")).Html;

        var items = Regex.Matches(html, "<article class=\"plan-item.*?</article>", RegexOptions.Singleline);
        items.Should().NotBeEmpty();
        foreach (Match item in items)
        {
            item.Value.Should().MatchRegex("<h[34]>[^<]+</h[34]>");
            item.Value.Should().MatchRegex("<span class=\"indicator\">Indicator: (info|warning|critical)</span>");
            item.Value.Should().Contain("<span class=\"stage\">Stage: ");
            item.Value.Should().Contain("<details>").And.Contain("<summary>Why?</summary>");
            item.Value.Should().Contain("<li class=\"reason\">").And.Contain("<li class=\"source\">");
        }
    }

    [Fact]
    public async Task Styles_MeetContrastFocusAndTargetSizeRules()
    {
        using var a = factory.NewBrowser();
        var css = await a.Client.GetStringAsync("/css/site.css");
        var colours = Regex.Matches(css, "--([a-z]+):\\s*(#[0-9a-f]{6})").ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value);

        foreach (var text in new[] { "text", "muted", "link", "danger", "accent" })
        {
            Contrast(colours[text], "#ffffff").Should().BeGreaterThanOrEqualTo(4.5, $"--{text} on white");
        }

        Contrast(colours["text"], colours["surface"]).Should().BeGreaterThanOrEqualTo(4.5);
        Contrast(colours["text"], colours["focus"]).Should().BeGreaterThanOrEqualTo(4.5, "the skip link is dark text on the focus colour");
        css.Should().Contain(":focus-visible").And.Contain("outline: 3px solid");
        css.Should().MatchRegex("\\.choice input \\{ width: 24px; height: 24px;");
        css.Should().MatchRegex("\\.button \\{[^}]*min-height: 44px;");
        css.Should().MatchRegex("\\.quick-exit \\{[^}]*min-height: 44px;");
    }

    [Fact]
    public void ContrastHelper_CanFail()
    {
        Contrast("#777777", "#ffffff").Should().BeLessThan(4.5);
        Contrast("#000000", "#ffffff").Should().BeApproximately(21, 0.01);
    }

    private static double Contrast(string foreground, string background)
    {
        static double Luminance(string hex)
        {
            double Channel(int offset)
            {
                var c = int.Parse(hex.AsSpan(1 + offset, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture) / 255.0;
                return c <= 0.03928 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
            }

            return (0.2126 * Channel(0)) + (0.7152 * Channel(2)) + (0.0722 * Channel(4));
        }

        var (l1, l2) = (Luminance(foreground), Luminance(background));
        return (Math.Max(l1, l2) + 0.05) / (Math.Min(l1, l2) + 0.05);
    }

    [Fact]
    public async Task ErrorSummaryLinks_NameTheQuestion_SoIdenticalMessagesCanBeToldApart()
    {
        using var a = factory.NewBrowser();
        var hub = await a.StartTogetherAsync();

        var result = await a.SubmitAsync(hub + "/view", Answers.View(age: 16, edit: v =>
        {
            v["affection"] = "lots";
            v["contempt"] = "tons";
        }));

        result.Status.Should().Be(HttpStatusCode.BadRequest);
        var links = Regex.Matches(result.Html, "<div id=\"error-summary\".*?</div>", RegexOptions.Singleline)[0].Value;
        var texts = Regex.Matches(links, "<a href=\"#([^\"]+)\">(.*?)</a>", RegexOptions.Singleline)
            .ToDictionary(m => m.Groups[1].Value, m => WebUtility.HtmlDecode(m.Groups[2].Value));
        texts.Should().HaveCount(3);
        texts["ageYears"].Should().Contain("Your age in years").And.Contain("adults");
        texts["affection-never"].Should().Contain("How often do you share affection").And.Contain("Choose one of the options shown.");
        texts["contempt-never"].Should().Contain("How often do you meet mockery").And.Contain("Choose one of the options shown.");
        texts.Values.Should().OnlyHaveUniqueItems("each link says which question it leads to");
        result.Html.Should().NotContain("lots").And.NotContain("tons");
    }
}
