using Intimacy.Core.Plans;
using Intimacy.Recommendations.Rendering;
using Intimacy.Recommendations.Tests.Cards;
using Intimacy.Recommendations.Tests.Profiles;

namespace Intimacy.Recommendations.Tests.Rendering;

/// <summary>App-supplied text must not become HTML, script links or stray Markdown structure in the rendering.</summary>
public class PlanRendererInjectionTests
{
    [Fact]
    public void Markdown_HasNoRawHtml_NoScriptLinks_AndNoInjectedHeadings()
    {
        var markdown = PlanRenderer.ToMarkdown(HostilePlans.Injecting(), Audience.Clinician);

        CdsCardsInjectionTests.UnsafeMarkdown(markdown).Should().BeEmpty($"the Markdown was:\n{markdown}");
        markdown.Split('\n').Where(l => l.StartsWith('#')).Should().HaveCount(6, "the title, four sections and the item heading, and nothing from app text");
    }

    [Fact]
    public void Markdown_EscapesAnAppInterventionName_InItsHeading()
    {
        var markdown = PlanRenderer.ToMarkdown(HostilePlans.Injecting(), Audience.Clinician);

        markdown.Should().Contain(@"### 1. \*Star\* \[click\](javascript:alert(1)) &lt;script>alert(1)&lt;/script>");
    }

    [Fact]
    public void PlainText_ShowsAppTextAsWritten_WithoutEscapes()
    {
        var text = PlanRenderer.ToPlainText(HostilePlans.Injecting(), Audience.Clinician);

        text.Should().Contain("> 1. *Star* [click](javascript:alert(1)) <script>alert(1)</script>")
            .And.Contain("Careful <script>alert(1)</script>")
            .And.NotContain("\\");
    }
}
