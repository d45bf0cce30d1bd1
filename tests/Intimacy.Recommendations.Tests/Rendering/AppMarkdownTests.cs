using FsCheck;
using FsCheck.Fluent;
using Intimacy.Core.Interventions;
using Intimacy.Core.Plans;
using Intimacy.Core.Sources;
using Intimacy.Recommendations.Cards;
using Intimacy.Recommendations.Rendering;

namespace Intimacy.Recommendations.Tests.Rendering;

/// <summary>
/// An app's intervention detail is Markdown the library keeps as Markdown; read by a real Markdown viewer,
/// the plan and the card must still hold no link to anything but a web address, no raw HTML, no heading of the
/// app's own and no code block that swallows the library's text after it.
/// </summary>
public class AppMarkdownTests
{
    public static TheoryData<string> ScriptLinks => new()
    {
        @"[a\\](javascript:alert(1))",
        "> [a]: javascript:alert(1)\n\n[click][a]",
        "- [a]: javascript:alert(1)\n\n[click][a]",
        "1. [a]: javascript:alert(1)\n\n[click][a]",
        "[a\\]b]: javascript:alert(1)\n\n[click][a\\]b]",
        "    [a]: javascript:alert(1)\n\n[click][a]",
        "\t[a]: javascript:alert(1)\n\n[click][a]",
        "[click][a]\n\n[a]:\n  data:text/html,x",
        "x[^1]\n\n[^1]: see [y](javascript:alert(1))",
    };

    public static TheoryData<string> RawHtml => new()
    {
        @"x \\<img src=x onerror=alert(1)>",
        "\\\\<script>alert(1)</script>",
        "https://example.org/<img src=x onerror=alert(1)>",
        "see www.example.org<img src=x onerror=alert(1)>",
        @"https://example.org/\<img src=x onerror=alert(1)>",
    };

    public static TheoryData<string> BlockStarts => new()
    {
        "~~~\ncode\n~~~",
        "```\ncode",
        "    ```\ncode",
        "## Safety first\n\nAll clear.",
        "> # Injected",
        "- ## Injected",
        "1. # Injected",
        "Injected\n===",
        "Injected\n---",
        "Injected\r===",
        "Injected\u2028===",
    };

    [Theory]
    [MemberData(nameof(BlockStarts))]
    public void Detail_AddsNoHeadingOrCodeBlock_AndKeepsTheTextAfterIt(string detail)
    {
        var expected = MarkdownViewer.Headings(MarkdownViewer.Html(PlanRenderer.ToMarkdown(Plan(), Audience.Clinician)));
        foreach (var (output, markdown) in Outputs(Plan(detail: detail)))
        {
            var html = MarkdownViewer.Html(markdown);
            var because = $"the {output} keeps its own outline; its Markdown was:\n{markdown}\nand a viewer shows:\n{html}";
            MarkdownViewer.Headings(html).Should().Equal(output == "card detail" ? [] : expected, because);
            html.Should().NotContain("<pre", because).And.Contain("<strong>Why:</strong>", because);
        }
    }

    [Theory]
    [InlineData("Learn C #", "1. Learn C #")]
    [InlineData("Step ##", "1. Step ##")]
    [InlineData("##", "1. ##")]
    [InlineData("# Title #", "1. # Title #")]
    public void Title_EndingInHashes_KeepsThemInItsHeading(string title, string heading)
    {
        var html = MarkdownViewer.Html(PlanRenderer.ToMarkdown(Plan(title: title), Audience.Clinician));

        MarkdownViewer.Headings(html).Should().Contain(heading);
    }

    [Theory]
    [MemberData(nameof(ScriptLinks))]
    public void Detail_LinksOnlyToWebAddresses_InThePlanAndTheCard(string detail)
    {
        foreach (var (output, markdown) in Outputs(Plan(detail: detail)))
        {
            var html = MarkdownViewer.Html(markdown);
            MarkdownViewer.ScriptCapableAddresses(html).Should().BeEmpty($"the {output} must not link to a script; its Markdown was:\n{markdown}\nand a viewer shows:\n{html}");
        }
    }

    [Theory]
    [MemberData(nameof(RawHtml))]
    public void AppText_RawHtmlAfterABackslashOrABareAddress_StaysText(string text)
    {
        // A viewer that links bare addresses takes the backslash of "\<" into the link, and the "<" then opens HTML.
        foreach (var (output, markdown) in Outputs(Plan(title: text, detail: text, reasonText: text, other: text)))
        {
            var html = MarkdownViewer.Html(markdown);
            MarkdownViewer.RawHtml(html).Should().BeEmpty($"the {output} must not hold the app's HTML; its Markdown was:\n{markdown}\nand a viewer shows:\n{html}");
        }
    }

    [Fact]
    public void Detail_SafeLinksAndEmphasis_StayMarkdown()
    {
        foreach (var (output, markdown) in Outputs(Plan(detail: "Read [more](https://example.org/more) *now* and **daily**.")))
        {
            var html = MarkdownViewer.Html(markdown);
            html.Should().Contain("<a href=\"https://example.org/more\">more</a>", output)
                .And.Contain("<em>now</em>", output)
                .And.Contain("<strong>daily</strong>", output);
        }
    }

    [Fact]
    public void ControlAndBidiCharacters_InEveryAppText_AreShownAsEscapes_NotPassedToTheTerminalOrViewer()
    {
        const string Hostile = "a\u001b[31mred\u001b]8;;https://e.example\u0007link\u001b]8;;\u0007\u0008\u009b2J \u202Eevil\u2066x\u2069 \uD800 \u0085\u2028\u2029\v end";
        var plan = Plan(title: Hostile, detail: Hostile + "\n\n" + Hostile, reasonText: Hostile, ruleName: "App.Rule" + Hostile, other: Hostile);
        var outputs = new Dictionary<string, string>
        {
            ["plain text"] = PlanRenderer.ToPlainText(plan, Audience.Clinician),
            ["Markdown"] = PlanRenderer.ToMarkdown(plan, Audience.Clinician),
        };
        foreach (var (card, i) in CdsCards.Create(plan, Audience.Clinician).Select((c, i) => (c, i)))
        {
            outputs["card detail " + i] = card.Detail!;
        }

        foreach (var (output, text) in outputs)
        {
            var unseen = text.Where((c, i) => (char.IsControl(c) && c is not '\n') || c is (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069') or '\u2028' or '\u2029'
                || (char.IsHighSurrogate(c) && (i + 1 == text.Length || !char.IsLowSurrogate(text[i + 1]))) || (char.IsLowSurrogate(c) && (i == 0 || !char.IsHighSurrogate(text[i - 1]))));
            unseen.Select(c => ((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture)).Should().BeEmpty($"the {output} is shown to people:\n{text}");
            text.Should().Contain(@"\u001b").And.Contain(@"\u202e").And.Contain(@"\ud800", output);
        }
    }

    [Fact]
    public void Stamp_OfAPlanReadBack_IsTextInTheMarkdown()
    {
        var markdown = PlanRenderer.ToMarkdown(Plan(version: "1 <img src=x onerror=alert(1)> [x](javascript:alert(1))"), Audience.Clinician);
        var html = MarkdownViewer.Html(markdown);

        MarkdownViewer.RawHtml(html).Should().BeEmpty(markdown);
        MarkdownViewer.ScriptCapableAddresses(html).Should().BeEmpty(markdown);
    }

    /// <summary>
    /// For app text pieced together from Markdown, HTML, script addresses, escapes and line breaks, the plan and its
    /// cards, read by a viewer, link only to web addresses, hold no raw HTML, and keep their own outline and sources.
    /// FsCheck prints the seed to replay a failure.
    /// </summary>
    [Fact]
    public void AnyAppText_StaysText_InThePlanAndItsCards()
    {
        string[] pieces =
        [
            "[", "]", "(", ")", "\\", "\\\\", "](", "]:", "[^1]", "!", ":", "<", ">", "<img src=x onerror=alert(1)>", "<script>",
            "<a href=\"javascript:x\">", "javascript:alert(1)", "data:x", "vbscript:x", "https://ok.example", "www.x.com", "http://",
            "&#106;", "&lt;", "&", "\n", "\n\n", "\r", "\t", " ", "    ", "> ", "- ", "1. ", "#", "## ", "=", "---", "===", "`", "```",
            "~~~", "*", "_", "|", "\"", "a", "x",
        ];
        var text = Gen.Elements(pieces).ArrayOf().Select(p => string.Concat(p));
        var cases = from title in text from detail in text from reason in text select (Title: title, Detail: detail, Reason: reason);
        var outline = MarkdownViewer.Headings(MarkdownViewer.Html(PlanRenderer.ToMarkdown(Plan(), Audience.Clinician)));

        Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var problems = new List<string>();
            foreach (var (output, markdown) in Outputs(Plan(title: c.Title, detail: c.Detail, reasonText: c.Reason)))
            {
                var html = MarkdownViewer.Html(markdown);
                var headings = MarkdownViewer.Headings(html);
                var ownOutline = output == "card detail" ? headings.Count == 0 : headings.Count == outline.Count && headings.Where((h, i) => i != 2).SequenceEqual(outline.Where((h, i) => i != 2));
                if (MarkdownViewer.ScriptCapableAddresses(html).Count > 0 || MarkdownViewer.RawHtml(html).Count > 0 || !ownOutline || !html.Contains("<strong>Sources:</strong>", StringComparison.Ordinal))
                {
                    problems.Add($"{output}:\n{markdown}\nshown as:\n{html}");
                }
            }

            return Prop.Label(problems.Count == 0, string.Join("\n", problems));
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(400));
    }

    private static RecommendationPlan Plan(string title = "Talk", string detail = "Talk daily.", string reasonText = "Because.", string ruleName = "App.Rule", string other = "Seen", string version = "1.0.0")
    {
        var reason = new Reason { RuleName = ruleName, Text = reasonText, InputPaths = ["$.partnerA.view.feelsAppreciated"], Threshold = other == "Seen" ? null : other };
        var item = new PlanItem
        {
            InterventionId = "intervention.app-x",
            Title = title,
            Summary = "An app exercise.",
            Detail = detail,
            Kind = InterventionKind.SharedActivity,
            Stage = PlanStage.EmotionalFoundation,
            Track = PlanTrack.Phase,
            Indicator = Indicator.Info,
            Priority = 40,
            Audience = ItemAudience.Couple,
            Reasons = [reason],
            Sources = [new Citation("source.app", other == "Seen" ? "App guide" : other, new Uri("https://example.org/guide"), "p. 1", EvidenceLevel.PractitionerAdvice)],
            Contacts = [new CrisisContact(other == "Seen" ? "Help line" : other, "Any time.", "000", other == "Seen" ? "https://example.org/help" : "https://example.org/" + other)],
        };
        return new RecommendationPlan
        {
            Stamp = new PlanStamp(version, version == "1.0.0" ? "abc" : version, "def", RecommendationPlan.CurrentSchemaVersion),
            Notices = other == "Seen" ? [] : [new SafetyNotice("gate.app", other, Disclosure.Shared)],
            Phases = [new PlanPhase(PlanStage.EmotionalFoundation, [item])],
            Findings = [new Finding { Id = "app.f", Code = "app.f", Kind = FindingKind.Dyadic, Title = other, RuleName = ruleName }],
        };
    }

    private static IEnumerable<(string Output, string Markdown)> Outputs(RecommendationPlan plan)
    {
        yield return ("plan Markdown", PlanRenderer.ToMarkdown(plan, Audience.Clinician));
        foreach (var card in CdsCards.Create(plan, Audience.Clinician))
        {
            yield return ("card detail", card.Detail!);
        }
    }
}
