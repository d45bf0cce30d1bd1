using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Intimacy.Simulation.Aggregation;
using Intimacy.Simulation.Reporting;
using Intimacy.Simulation.Scenarios;
using Intimacy.Simulation.Tests.Running;

namespace Intimacy.Simulation.Tests.Reporting;

/// <summary>
/// The HTML report read as a browser reads it (AngleSharp's HTML5 parser): what hostile text in a scenario or a
/// summary does to it, that it fetches nothing, and what a screen reader and a reader without colour get.
/// </summary>
public class HtmlReportMarkupTests
{
    /// <summary>Markup that would add an element, an attribute, a comment or end a CDATA or an element early if it were not escaped.</summary>
    private const string Hostile = "<script>alert(1)</script>\"><img src=x onerror=alert(1)>]]>&amp;&'<!-- --></svg></title><style>";

    private const string Field = "relationship.livingTogether";

    private static readonly SimulationResult Plain = SimulationFixture.Run(SimulationFixture.ClinicIntake, 200, threads: 1, breakdown: Field);

    /// <summary>
    /// The plain run with every text a summary carries replaced by hostile text: the scenario name, the breakdown field,
    /// every rule name, intervention id, code (intervention, finding, gate) and group value. <c>intimacy merge</c> and
    /// <c>intimacy chart</c> read summaries, which may come from anyone.
    /// </summary>
    private static SimulationResult HostileCopy(string hostile)
    {
        var node = JsonNode.Parse(SummaryJson.Write(Plain))!;
        node["stamp"]!["scenarioName"] = "N" + hostile;
        node["breakdownField"] = "F" + hostile;
        var i = 0;
        foreach (var rule in node["rules"]!.AsArray())
        {
            rule!["name"] = "R" + i++ + hostile;
        }

        foreach (var counter in node["prevalence"]!.AsArray())
        {
            if ((string?)counter!["code"] is { Length: > 0 } code)
            {
                counter["code"] = "C" + code + hostile;
            }

            if ((string?)counter["group"] is { Length: > 0 } group)
            {
                counter["group"] = "G" + group + hostile;
            }
        }

        var ids = node["interventionIds"]!.AsArray();
        for (var k = 0; k < ids.Count; k++)
        {
            ids[k] = "I" + (string?)ids[k] + hostile;
        }

        return SummaryJson.Read(node.ToJsonString());
    }

    private static (IHtmlDocument Document, List<string> Errors) Parse(string html)
    {
        var errors = new List<string>();
        var parser = new HtmlParser();
        parser.Error += (_, e) =>
        {
            var error = (AngleSharp.Html.Dom.Events.HtmlErrorEvent)e;
            errors.Add(error.Message + " at " + error.Position);
        };
        return (parser.ParseDocument(html), errors);
    }

    /// <summary>Every element with its attribute names, in document order: the shape of the page without its text.</summary>
    private static List<string> Shape(IDocument document) =>
        [.. document.All.Select(e => e.NamespaceUri + " " + e.LocalName + " " + string.Join(",", e.Attributes.Select(a => a.Name + (a.Name is "id" or "aria-labelledby" ? "=" + a.Value : string.Empty))))];

    [Fact]
    public void HostileText_AddsNoElementOrAttribute_AndIsShownAsWritten()
    {
        var hostile = HostileCopy(Hostile);
        var (document, errors) = Parse(HtmlReport.Write(hostile));

        errors.Should().BeEmpty();
        Shape(document).Should().Equal(Shape(Parse(HtmlReport.Write(Plain)).Document), "hostile text changes the text of the page, never its elements or attributes");
        document.Title.Should().Be("Simulation report: N" + Hostile);
        document.QuerySelector("h1")!.TextContent.Should().Be("Simulation report: N" + Hostile);
        document.QuerySelectorAll("h2").Select(h => h.TextContent).Should().Contain("Breakdown by F" + Hostile);
        document.QuerySelectorAll("li").Select(li => li.TextContent).Should().OnlyContain(t => t.StartsWith('R') && t.EndsWith(Hostile, StringComparison.Ordinal));
        document.QuerySelectorAll("svg text").Where(t => !t.TextContent.EndsWith('%')).Select(t => t.TextContent)
            .Should().NotBeEmpty().And.OnlyContain(t => t.EndsWith(Hostile, StringComparison.Ordinal) || t.EndsWith(" item", StringComparison.Ordinal) || t.EndsWith(" items", StringComparison.Ordinal));
        document.QuerySelectorAll("th[scope=col]").Select(th => th.TextContent).Where(t => t.StartsWith('G')).Should().NotBeEmpty()
            .And.OnlyContain(t => t.Contains(Hostile, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("interventions")]
    [InlineData("findings")]
    [InlineData("gates")]
    [InlineData("plan-sizes")]
    public void HostileText_LeavesTheStandaloneChartWellFormed_WithTheTextAsWritten(string name)
    {
        var svg = XDocument.Parse(SvgChart.Write(HostileCopy(Hostile), name)).Root!;
        XNamespace ns = "http://www.w3.org/2000/svg";

        svg.Descendants().Select(e => e.Name.LocalName).Distinct().Should().BeSubsetOf(["title", "desc", "rect", "line", "text"]);
        svg.Element(ns + "desc")!.Value.Should().Contain("Scenario N" + Hostile + ", 200 profiles");
        svg.Elements(ns + "text").Last().Value.Should().StartWith("Scenario N" + Hostile + ", 200 profiles");
    }

    [Fact]
    public void ControlCharactersInAScenarioName_AreShownEscaped_SoTheChartStaysXmlAndThePageParsesWithoutError()
    {
        // JSON escapes (YAML's "\x01" too) let a scenario name carry characters XML 1.0 forbids and HTML drops or flags.
        var scenario = ScenarioLoader.Parse(
            """{ "name": "a\u0001b\u0000c\u007fd\u0085e\ufffef\u001fg", "fields": { "ageYears": { "distribution": "normal", "mean": 42, "sd": 12 } } }""",
            ScenarioFormat.Json,
            "control.json");
        var result = SimulationFixture.Run(scenario, 50, threads: 1);
        const string shown = @"a\u0001b\u0000c\u007fd\u0085e\ufffef\u001fg";

        var svg = FluentActions.Invoking(() => XDocument.Parse(SvgChart.Write(result, "plan-sizes"))).Should().NotThrow().Subject.Root!;
        svg.Elements().Single(e => e.Name.LocalName == "desc").Value.Should().Contain("Scenario " + shown + ", 50 profiles");

        var (document, errors) = Parse(HtmlReport.Write(result));
        errors.Should().BeEmpty();
        document.QuerySelector("h1")!.TextContent.Should().Be("Simulation report: " + shown);
        document.Title.Should().Be("Simulation report: " + shown);
        document.QuerySelectorAll("tr").Single(r => r.Children[0].TextContent == "scenario").Children[1].TextContent.Should().Be(shown, "the run table shows the name as the stamp writes it");

        // An unpaired surrogate (no file reader lets one through, but a caller's stamp may) is shown the same way; a pair is kept.
        var surrogates = result with { Stamp = result.Stamp with { ScenarioName = "x\ud800y\U0001F600z" } };
        XDocument.Parse(SvgChart.Write(surrogates, "plan-sizes")).Root!.Elements().Single(e => e.Name.LocalName == "desc").Value
            .Should().Contain("Scenario x\\ud800y\U0001F600z, 50 profiles");
    }

    /// <summary>
    /// Every bidirectional formatting character: the embeddings and overrides (U+202A to U+202E), the isolates (U+2066 to
    /// U+2069) and the marks (U+200E, U+200F, U+061C). In text a reader sees they reorder what follows them: a label
    /// "\u202E1.5" reads "5.1", and a right-to-left mark before "10 20" shows "20 10".
    /// </summary>
    private const string BidiControls = "\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\u200E\u200F\u061C";

    private const string BidiShown = @"\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c";

    [Fact]
    public void BidirectionalControls_InAnyText_AreShownEscaped_InThePageAndEveryChart()
    {
        var hostile = HostileCopy(BidiControls);
        var html = HtmlReport.Write(hostile);
        var (document, errors) = Parse(html);

        errors.Should().BeEmpty();
        html.IndexOfAny(BidiControls.ToCharArray()).Should().Be(-1, "no text may reorder what the reader sees after it");
        document.QuerySelector("h1")!.TextContent.Should().Be("Simulation report: N" + BidiShown);
        document.QuerySelectorAll("h2").Select(h => h.TextContent).Should().Contain("Breakdown by F" + BidiShown);
        document.QuerySelectorAll("th[scope=col]").Select(th => th.TextContent).Where(t => t.StartsWith('G')).Should().NotBeEmpty()
            .And.OnlyContain(t => t.Contains(BidiShown, StringComparison.Ordinal));
        foreach (var name in SvgChart.Names)
        {
            var svg = SvgChart.Write(hostile, name);
            svg.IndexOfAny(BidiControls.ToCharArray()).Should().Be(-1, "chart {0} shows the text as escapes", name);
            XDocument.Parse(svg).Root!.Elements().Single(e => e.Name.LocalName == "desc").Value.Should().Contain("Scenario N" + BidiShown + ", 200 profiles");
        }
    }

    [Fact]
    public void BidirectionalControls_InTheSummaryJson_AreWrittenAsJsonEscapes_AndReadBackAsThemselves()
    {
        var hostile = HostileCopy(BidiControls);

        var json = SummaryJson.Write(hostile);

        json.IndexOfAny(BidiControls.ToCharArray()).Should().Be(-1, "the JSON writer's encoder escapes every character outside ASCII it is not told to allow");
        json.Should().Contain("\"N\\u202A\\u202B");
        SummaryJson.Read(json).Stamp.ScenarioName.Should().Be("N" + BidiControls, "the value itself is kept: a summary is data");
    }

    [Fact]
    public void ABidirectionalOverrideInAScenarioName_IsShownEscaped_AndOrdinaryRightToLeftTextIsKept()
    {
        // A scenario file's own name: an override makes "trial 21" look like "trial 12" in the heading.
        var scenario = ScenarioLoader.Parse(
            """{ "name": "trial \u202E12\u202C \u05D0\u05D1", "fields": { "ageYears": { "distribution": "normal", "mean": 42, "sd": 12 } } }""",
            ScenarioFormat.Json,
            "bidi.json");
        var result = SimulationFixture.Run(scenario, 50, threads: 1);

        var (document, _) = Parse(HtmlReport.Write(result));

        document.QuerySelector("h1")!.TextContent.Should().Be("Simulation report: trial \\u202e12\\u202c \u05D0\u05D1", "Hebrew letters are ordinary text");
        XDocument.Parse(SvgChart.Write(result, "plan-sizes")).Root!.Elements().Last(e => e.Name.LocalName == "text").Value
            .Should().StartWith("Scenario trial \\u202e12\\u202c \u05D0\u05D1, 50 profiles");
    }

    [Fact]
    public void AVeryLongLabel_IsKeptWhole_InTheTable()
    {
        var label = new string('x', 5000);
        var (document, _) = Parse(HtmlReport.Write(HostileCopy(label)));

        document.QuerySelectorAll("td").Select(td => td.TextContent).Should().Contain(t => t.EndsWith(label, StringComparison.Ordinal) && t.StartsWith("Cintervention.", StringComparison.Ordinal));
    }

    [Fact]
    public void TheReport_FetchesNothing_AndLinksNowhere()
    {
        var html = HtmlReport.Write(HostileCopy("http://example.org/x.css"));
        var (document, _) = Parse(html);

        document.All.SelectMany(e => e.Attributes).Select(a => a.Name)
            .Should().NotContain(["src", "href", "xlink:href", "srcset", "poster", "data", "action", "formaction", "background", "style"]);
        document.QuerySelectorAll("script, link, img, iframe, object, embed, base, form, a, use, image, foreignObject, audio, video").Should().BeEmpty();
        var css = string.Concat(document.QuerySelectorAll("style").Select(s => s.TextContent));
        css.Should().NotContain("url(").And.NotContain("@import").And.NotContain("@font-face");
        document.All.SelectMany(e => e.Attributes).Select(a => a.Value).Where(v => v.Contains("//", StringComparison.Ordinal))
            .Should().OnlyContain(v => v == "http://www.w3.org/2000/svg", "the SVG namespace is a name, never fetched");
    }

    [Fact]
    public void AContentSecurityPolicy_AllowsOnlyTheInlineStyle_BeforeAnythingItGoverns()
    {
        var (document, _) = Parse(HtmlReport.Write(Plain));

        var head = document.Head!.Children.ToList();
        head[0].GetAttribute("charset").Should().Be("utf-8");
        head[1].LocalName.Should().Be("meta");
        head[1].GetAttribute("http-equiv").Should().Be("Content-Security-Policy");
        var policy = head[1].GetAttribute("content")!.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        policy.Should().BeEquivalentTo("default-src 'none'", "style-src 'unsafe-inline'", "base-uri 'none'", "form-action 'none'");
        head.Skip(2).Select(e => e.LocalName).Should().Equal("meta", "title", "style");
        (head[2].GetAttribute("name"), head[2].GetAttribute("content")).Should().Be(("viewport", "width=device-width, initial-scale=1"), "a phone lays the page out at its own width, not 980 pixels shrunk to fit");
    }

    [Fact]
    public void Ids_AreUnique_AndEveryChartIsAnImageNamedAndDescribedByItsOwnTitleAndDesc()
    {
        var (document, _) = Parse(HtmlReport.Write(Plain));

        var ids = document.All.Where(e => e.HasAttribute("id")).Select(e => e.Id).ToList();
        ids.Should().OnlyHaveUniqueItems();
        var charts = document.QuerySelectorAll("svg");
        charts.Should().HaveCount(4);
        foreach (var chart in charts)
        {
            chart.GetAttribute("role").Should().Be("img");
            var referenced = chart.GetAttribute("aria-labelledby")!.Split(' ').Select(id => document.GetElementById(id)).ToList();
            referenced.Select(e => e?.LocalName).Should().Equal("title", "desc");
            referenced.Should().OnlyContain(e => e!.ParentElement == chart && !string.IsNullOrWhiteSpace(e.TextContent));

            // The text alternative: the table that follows (in its scrolling box) names every bar with its value.
            var table = chart.NextElementSibling!.FirstElementChild!;
            table.LocalName.Should().Be("table");
            table.QuerySelector("caption")!.TextContent.Should().Contain(chart.QuerySelector("title")!.TextContent);
            var labels = chart.QuerySelectorAll("text").Where((_, i) => i % 2 == 0).Select(t => t.TextContent).ToList();
            var values = chart.QuerySelectorAll("text").Where((_, i) => i % 2 == 1).Select(t => t.TextContent).ToList();
            var rows = table.QuerySelectorAll("tr").Skip(1).Select(r => r.Children.Select(c => c.TextContent).ToList()).ToList();
            rows.Select(r => r[0]).Should().Equal(labels);
            rows.Select(r => r[2]).Should().Equal(values);
        }
    }

    [Fact]
    public void EveryTable_HasACaption_AndHeaderCellsWithAScope()
    {
        var (document, _) = Parse(HtmlReport.Write(Plain));

        var tables = document.QuerySelectorAll("table");
        tables.Should().HaveCount(8, "the run, four charts, the breakdown and its two tables by group");
        foreach (var table in tables)
        {
            var caption = table.QuerySelector("caption");
            (caption?.TextContent).Should().NotBeNullOrWhiteSpace("a table needs an accessible name (WCAG 1.3.1): {0}", table.OuterHtml[..Math.Min(200, table.OuterHtml.Length)]);
            table.FirstElementChild.Should().BeSameAs(caption, "a caption is the table's first child");
            table.QuerySelectorAll("th").Should().OnlyContain(th => th.GetAttribute("scope") == "row" || th.GetAttribute("scope") == "col");
            table.QuerySelectorAll("th[scope=col]").Where(th => th.ParentElement!.ParentElement!.LocalName != "thead").Select(th => th.TextContent)
                .Should().BeEmpty("column headers sit in a thead, which a printed table repeats on each page");

            // On a phone a table scrolls sideways in a box of its own, which the keyboard reaches and a screen reader names by the caption.
            var box = table.ParentElement!;
            (box.LocalName, box.ClassName, box.GetAttribute("role"), box.GetAttribute("tabindex")).Should().Be(("div", "table", "region", "0"));
            box.GetAttribute("aria-labelledby").Should().Be(caption!.Id).And.NotBeNullOrEmpty();
            box.Children.Should().ContainSingle();
        }

        tables.Select(t => t.QuerySelector("caption")!.TextContent).Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public void Headings_StartWithOneH1_AndNeverSkipALevel()
    {
        var (document, _) = Parse(HtmlReport.Write(Plain));

        document.DocumentElement.GetAttribute("lang").Should().Be("en");
        document.Title.Should().NotBeNullOrWhiteSpace();
        var levels = document.QuerySelectorAll("h1, h2, h3, h4, h5, h6").Select(h => h.LocalName[1] - '0').ToList();
        levels[0].Should().Be(1);
        levels.Count(l => l == 1).Should().Be(1);
        levels.Zip(levels.Skip(1)).Should().OnlyContain(p => p.Second <= p.First + 1);
        document.Body!.Children.Select(e => e.LocalName).Should().Equal(["main"], "the main landmark holds the whole report, so a screen reader can jump to it");
    }

    [Fact]
    public void Colours_ContrastEnoughWithTheWhitePage_TextAtLeast4Point5_BarsAndIntervalsAtLeast3()
    {
        var html = HtmlReport.Write(Plain);
        var svg = SvgChart.Write(Plain, "interventions");
        var (document, _) = Parse(html);
        var css = document.QuerySelector("style")!.TextContent;

        // Text: the page's colour, the standalone chart's footer; SVG text without a fill is black.
        var text = Regex.Matches(css, @"(?<![-\w])color:(#[0-9a-f]{3,6})").Select(m => m.Groups[1].Value)
            .Concat(XDocument.Parse(svg).Descendants().Where(e => e.Name.LocalName == "text").Select(e => (string?)e.Attribute("fill") ?? "#000"))
            .Distinct().ToList();
        text.Should().NotBeEmpty();
        text.Should().OnlyContain(c => Contrast(c, "#ffffff") >= 4.5, "text needs 4.5:1 (WCAG 1.4.3)");

        // Marks: bars on the page, interval lines on the page and where they cross the bar.
        var bars = document.QuerySelectorAll("svg rect").Select(r => r.GetAttribute("fill")!).Distinct().ToList();
        var lines = document.QuerySelectorAll("svg line").Select(l => l.GetAttribute("stroke")!).Distinct().ToList();
        bars.Should().ContainSingle();
        lines.Should().ContainSingle();
        Contrast(bars[0], "#ffffff").Should().BeGreaterThanOrEqualTo(3, "a bar needs 3:1 against the page (WCAG 1.4.11)");
        Contrast(lines[0], "#ffffff").Should().BeGreaterThanOrEqualTo(3);
        Contrast(lines[0], bars[0]).Should().BeGreaterThanOrEqualTo(3, "the interval line crosses the end of its bar");
    }

    private static double Contrast(string a, string b)
    {
        var (la, lb) = (Luminance(a), Luminance(b));
        return (Math.Max(la, lb) + 0.05) / (Math.Min(la, lb) + 0.05);
    }

    private static double Luminance(string colour)
    {
        var hex = colour.TrimStart('#');
        if (hex.Length == 3)
        {
            hex = string.Concat(hex.Select(c => new string(c, 2)));
        }

        double Channel(int i)
        {
            var c = int.Parse(hex.AsSpan(i * 2, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture) / 255.0;
            return c <= 0.04045 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        }

        return (0.2126 * Channel(0)) + (0.7152 * Channel(1)) + (0.0722 * Channel(2));
    }
}
