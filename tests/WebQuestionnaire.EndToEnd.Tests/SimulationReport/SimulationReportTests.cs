using Microsoft.Playwright;

namespace WebQuestionnaire.EndToEnd.Tests.SimulationReport;

/// <summary>
/// The simulation's HTML report (<c>intimacy simulate --out</c>) opened from disk in Chromium with the
/// network off, as a researcher meets it: with a screen reader (axe-core's WCAG A/AA rules, landmarks,
/// named charts), on a phone (reflow at 320 CSS pixels), on paper (print media), in Windows high
/// contrast (forced colours) and with the keyboard. One report is written for the class.
/// </summary>
/// <remarks>
/// The context bypasses the report's Content-Security-Policy only so that axe-core can be injected as an
/// inline script; the report itself has no script.
/// </remarks>
[Collection(BrowserCollection.Name)]
public sealed class SimulationReportTests(WebAppFixture browser, SimulationReportFile report, ITestOutputHelper output) : IClassFixture<SimulationReportFile>
{
    // Elements reaching past the viewport's right edge, or whose text runs out of them, that no scrolling box of
    // their own holds, described briefly.
    private const string Overflowing = """
        (allowScrollBoxes) => {
            const width = document.documentElement.clientWidth;
            const inScrollBox = e => { for (let p = e.parentElement; p; p = p.parentElement) { const o = getComputedStyle(p).overflowX; if (o === 'auto' || o === 'scroll') return true; } return false; };
            const over = e => (e.getBoundingClientRect().right > width + 1 || (e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).overflowX === 'visible' && e.tagName !== 'svg'))
                && !(allowScrollBoxes && inScrollBox(e));
            return [...document.body.querySelectorAll('*')]
                .filter(e => over(e) && ![...e.children].some(over))
                .map(e => `${e.tagName.toLowerCase()} runs to ${Math.round(Math.max(e.getBoundingClientRect().right, e.getBoundingClientRect().left + e.scrollWidth))}px of ${width}: "${(e.textContent || '').trim().slice(0, 40)}"`);
        }
        """;

    private async Task<BrowserUser> OpenAsync(string test, int width = 1280, int height = 900)
    {
        var user = await browser.NewUserAsync("reader", null, output, test, bypassCsp: true);
        await user.Context.SetOfflineAsync(true);
        await user.Page.SetViewportSizeAsync(width, height);
        await user.Page.GotoAsync(report.Url);
        return user;
    }

    [BrowserFact]
    public async Task TheReport_HasNoWcagViolations_AndLoadsNothingButItself()
    {
        var requests = new List<string>();
        await using var user = await browser.NewUserAsync("reader", null, output, nameof(TheReport_HasNoWcagViolations_AndLoadsNothingButItself), bypassCsp: true);
        user.Context.Request += (_, request) =>
        {
            lock (requests)
            {
                requests.Add(request.Url);
            }
        };
        await user.Context.SetOfflineAsync(true);
        await user.Page.GotoAsync(report.Url);
        await user.Page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        var violations = await Axe.RunAsync(user.Page);
        var advice = await Axe.RunAsync(user.Page, Axe.BestPracticeTags);
        output.WriteLine("axe best practice (reported here, checked below where it matters):\n" + Axe.Describe(advice));

        violations.Should().BeEmpty("the report must meet WCAG 2.x A and AA:\n" + Axe.Describe(violations));
        requests.Should().Equal([report.Url], "the report opens offline and fetches nothing");
        user.Errors.Should().BeEmpty();
    }

    [BrowserFact]
    public async Task EveryHeadingIsInTheMainLandmark_AndEveryChartIsANamedImage()
    {
        await using var user = await OpenAsync(nameof(EveryHeadingIsInTheMainLandmark_AndEveryChartIsANamedImage));
        var page = user.Page;

        (await page.GetByRole(AriaRole.Main).CountAsync()).Should().Be(1, "one main landmark lets a screen reader jump to the content");
        var headings = await page.Locator("h1, h2, h3").CountAsync();
        (await page.GetByRole(AriaRole.Main).Locator("h1, h2, h3").CountAsync()).Should().Be(headings);

        var charts = page.GetByRole(AriaRole.Img);
        (await charts.CountAsync()).Should().Be(4);
        foreach (var chart in await charts.AllAsync())
        {
            var snapshot = await chart.AriaSnapshotAsync();
            output.WriteLine(snapshot);
            snapshot.Should().MatchRegex("img \"[^\"]{10,}\"");
        }
    }

    [BrowserFact]
    public async Task OnAPhone_320CssPixelsWide_ThePageDoesNotScrollSideways_AndCaptionsStayOnTheScreen()
    {
        await using var user = await OpenAsync(nameof(OnAPhone_320CssPixelsWide_ThePageDoesNotScrollSideways_AndCaptionsStayOnTheScreen), 320, 640);
        var page = user.Page;
        await user.ScreenshotAsync("320px");

        var overflowing = await page.EvaluateAsync<string[]>(Overflowing, true);
        var scrollWidth = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        var chartText = await page.EvaluateAsync<double>("() => Math.min(...[...document.querySelectorAll('svg text')].map(t => t.getBoundingClientRect().height))");
        // Reported, not checked: a chart shrinks with the screen, its 12px labels to about 5px at this width (see the table below it).
        output.WriteLine($"scroll width {scrollWidth}; smallest chart text box {chartText:F1}px");

        var violations = await Axe.RunAsync(page);
        var captions = await page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('caption')].filter(c => c.getBoundingClientRect().right > document.documentElement.clientWidth + 1).map(c => c.textContent)");

        overflowing.Should().BeEmpty("at 320 CSS pixels only a table may scroll, in its own box (WCAG 1.4.10)");
        captions.Should().BeEmpty("a table's caption stays on the screen while its table scrolls");
        scrollWidth.Should().BeLessThanOrEqualTo(320);
        violations.Should().BeEmpty("a box that scrolls must be reachable with the keyboard, among the rest of WCAG A and AA:\n" + Axe.Describe(violations));
    }

    [BrowserFact]
    public async Task OnAMobileBrowser_ThePageIsLaidOutAtTheScreensWidth()
    {
        // A mobile browser lays out a page without a viewport meta tag 980 pixels wide and shrinks it to fit,
        // so every text would be too small to read and the reflow above would never happen.
        await using var context = await browser.Browser.NewContextAsync(new() { IsMobile = true, HasTouch = true, ViewportSize = new() { Width = 320, Height = 640 }, DeviceScaleFactor = 2 });
        await context.SetOfflineAsync(true);
        var page = await context.NewPageAsync();
        await page.GotoAsync(report.Url);

        (await page.EvaluateAsync<int>("() => document.documentElement.clientWidth")).Should().Be(320);
    }

    [BrowserFact]
    public async Task Printed_NothingIsWiderThanThePaper_AndChartsAndRowsAreNotSplitAcrossPages()
    {
        // A4 less Chromium's default margins: about 718 CSS pixels of width.
        await using var user = await OpenAsync(nameof(Printed_NothingIsWiderThanThePaper_AndChartsAndRowsAreNotSplitAcrossPages), 718, 1000);
        var page = user.Page;
        await page.EmulateMediaAsync(new() { Media = Media.Print });

        var overflowing = await page.EvaluateAsync<string[]>(Overflowing, false);
        var breaks = await page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('svg, tr, caption')].map(e => e.tagName.toLowerCase() + ':' + getComputedStyle(e).breakInside).filter((v, i, a) => a.indexOf(v) === i)");
        var headings = await page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('h1, h2, h3')].map(e => getComputedStyle(e).breakAfter).filter((v, i, a) => a.indexOf(v) === i)");
        output.WriteLine("break-inside: " + string.Join(", ", breaks) + "; headings break-after: " + string.Join(", ", headings));
        var pdf = await page.PdfAsync(new() { Format = "A4" });
        output.WriteLine($"pdf: {pdf.Length} bytes");

        overflowing.Should().BeEmpty("paper does not scroll: a wider table or chart is cut off");
        var headersNotRepeated = await page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('th[scope=col]')].filter(th => !th.closest('thead') || getComputedStyle(th.closest('thead')).display !== 'table-header-group').map(th => th.textContent)");
        var chartDisplay = await page.EvaluateAsync<string[]>("() => [...new Set([...document.querySelectorAll('svg')].map(e => getComputedStyle(e).display))]");

        breaks.Should().OnlyContain(b => b.EndsWith(":avoid", StringComparison.Ordinal), "a chart or a table row is kept on one page");
        headersNotRepeated.Should().BeEmpty("a table's column headers, in its thead, are printed again on each page it runs over");
        chartDisplay.Should().Equal(["block"], "break-inside does not apply to an inline box, which an svg is by default");
        headings.Should().Equal(["avoid"], "a heading stays with what follows it");
    }

    [BrowserFact]
    public async Task InForcedColours_ChartTextIntervalsAndBarsStayVisibleAgainstTheSystemBackground()
    {
        await using var user = await OpenAsync(nameof(InForcedColours_ChartTextIntervalsAndBarsStayVisibleAgainstTheSystemBackground));
        var page = user.Page;
        await page.EmulateMediaAsync(new() { ForcedColors = ForcedColors.Active, ColorScheme = ColorScheme.Dark });
        await user.ScreenshotAsync("forced-colours");

        // The contrast of each chart's marks with the system's background colour (Canvas) as Chromium paints them; the
        // probe that turns a colour into numbers opts out of forced colours, or it would be forced to CanvasText itself.
        var contrasts = await page.EvaluateAsync<Dictionary<string, double>>("""
            () => {
                const rgb = c => { const p = document.createElement('i'); p.style.forcedColorAdjust = 'none'; p.style.color = c; document.body.append(p); const v = getComputedStyle(p).color.match(/\d+/g).slice(0, 3).map(Number); p.remove(); return v; };
                const lum = ([r, g, b]) => [r, g, b].map(v => { v /= 255; return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); }).reduce((s, v, i) => s + v * [0.2126, 0.7152, 0.0722][i], 0);
                const contrast = (a, b) => { const [x, y] = [lum(rgb(a)), lum(rgb(b))]; return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05); };
                const canvas = 'Canvas';
                const lowest = (selector, f) => Math.min(...[...document.querySelectorAll(selector)].map(e => f(getComputedStyle(e))));
                return {
                    text: lowest('svg text', s => contrast(s.fill, canvas)),
                    interval: lowest('svg line', s => contrast(s.stroke, canvas)),
                    bar: lowest('svg rect', s => Math.max(contrast(s.fill, canvas), s.stroke === 'none' ? 1 : contrast(s.stroke, canvas))),
                };
            }
            """);
        output.WriteLine(string.Join("\n", contrasts.Select(c => $"{c.Key}: {c.Value:F2}:1")));

        contrasts["text"].Should().BeGreaterThanOrEqualTo(4.5, "chart labels and values must be readable in high contrast (WCAG 1.4.3)");
        contrasts["interval"].Should().BeGreaterThanOrEqualTo(3, "the interval lines must stay visible in high contrast (WCAG 1.4.11)");
        contrasts["bar"].Should().BeGreaterThanOrEqualTo(3, "the bars must stay visible in high contrast (WCAG 1.4.11)");
    }

    [BrowserFact]
    public async Task WithTheKeyboard_EveryStopIsVisible_AndReducedMotionMovesNothing()
    {
        await using var user = await OpenAsync(nameof(WithTheKeyboard_EveryStopIsVisible_AndReducedMotionMovesNothing), 320, 640);
        var page = user.Page;
        await page.EmulateMediaAsync(new() { ReducedMotion = ReducedMotion.Reduce });

        var moving = await page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('*')].filter(e => { const s = getComputedStyle(e); return s.animationName !== 'none' || parseFloat(s.transitionDuration) > 0; }).map(e => e.tagName)");
        moving.Should().BeEmpty();

        var stops = new List<string>();
        for (var i = 0; i < 30; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            var stop = await page.EvaluateAsync<string?>("""
                () => {
                    const e = document.activeElement;
                    if (!e || e === document.body) return null;
                    const r = e.getBoundingClientRect();
                    const s = getComputedStyle(e);
                    return `${e.tagName.toLowerCase()} ${Math.round(r.width)}x${Math.round(r.height)} outline ${s.outlineStyle} ${s.outlineWidth}`;
                }
                """);
            if (stop is null)
            {
                break;
            }

            stops.Add(stop);
        }

        output.WriteLine("tab stops:\n" + string.Join("\n", stops));
        stops.Where(s => s.Contains(" 0x", StringComparison.Ordinal) || s.Contains("x0 ", StringComparison.Ordinal) || s.Contains("outline none", StringComparison.Ordinal))
            .Should().BeEmpty("whatever takes the focus is visible and shows it (WCAG 2.4.7)");
    }
}
