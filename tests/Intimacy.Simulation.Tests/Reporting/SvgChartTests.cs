using System.Xml.Linq;
using Intimacy.Simulation.Reporting;
using Intimacy.Simulation.Tests.Running;

namespace Intimacy.Simulation.Tests.Reporting;

public class SvgChartTests
{
    private static readonly Intimacy.Simulation.Aggregation.SimulationResult Result = SimulationFixture.Run(SimulationFixture.ClinicIntake, 200, threads: 2);

    [Theory]
    [InlineData("interventions")]
    [InlineData("findings")]
    [InlineData("gates")]
    [InlineData("plan-sizes")]
    public void EveryChart_IsWellFormedSvgWithATitleAndADescriptionListingItsBars(string name)
    {
        var svg = XDocument.Parse(SvgChart.Write(Result, name));
        XNamespace ns = "http://www.w3.org/2000/svg";

        svg.Root!.Name.Should().Be(ns + "svg");
        svg.Root.Attribute("role")!.Value.Should().Be("img");
        svg.Root.Element(ns + "title")!.Value.Should().NotBeNullOrWhiteSpace();
        var bars = svg.Root.Elements(ns + "rect").Count() - 1;
        bars.Should().BeGreaterThan(0);
        svg.Root.Element(ns + "desc")!.Value.Split(';').Should().HaveCount(bars, "the description lists every bar");
        svg.Root.Element(ns + "desc")!.Value.Should().Contain("Scenario clinic-intake, 200 profiles, seed 42.");
    }

    [Theory]
    [InlineData("interventions")]
    [InlineData("plan-sizes")]
    public void AChartWithNoBars_SaysSoInItsDescription(string name)
    {
        var empty = SimulationFixture.Run(SimulationFixture.ClinicIntake, 0, threads: 1);
        var svg = XDocument.Parse(SvgChart.Write(empty, name));
        XNamespace ns = "http://www.w3.org/2000/svg";

        var description = svg.Root!.Element(ns + "desc")!.Value;
        description.Should().Contain("0 profiles").And.Contain("nothing to show").And.NotEndWith(" .");
    }

    [Theory]
    [InlineData("interventions")]
    [InlineData("findings")]
    [InlineData("gates")]
    [InlineData("plan-sizes")]
    public void EveryShape_LiesInsideTheChart_AndEachIntervalSpansItsBarsEnd(string name)
    {
        var svg = XDocument.Parse(SvgChart.Write(Result, name)).Root!;
        XNamespace ns = "http://www.w3.org/2000/svg";
        var width = double.Parse(svg.Attribute("width")!.Value, System.Globalization.CultureInfo.InvariantCulture);
        double X(XElement e, string attribute) => double.Parse(e.Attribute(attribute)!.Value, System.Globalization.CultureInfo.InvariantCulture);

        foreach (var line in svg.Elements(ns + "line"))
        {
            X(line, "x1").Should().BeInRange(0, width);
            X(line, "x2").Should().BeInRange(X(line, "x1"), width);
        }

        // Each bar (after the background) ends inside its 95% interval.
        var bars = svg.Elements(ns + "rect").Skip(1).ToList();
        var intervals = svg.Elements(ns + "line").ToList();
        intervals.Should().HaveCount(bars.Count);
        for (var i = 0; i < bars.Count; i++)
        {
            var end = X(bars[i], "x") + X(bars[i], "width");
            end.Should().BeInRange(X(intervals[i], "x1") - 0.1, X(intervals[i], "x2") + 0.1);
        }
    }

    [Fact]
    public void PlanSizes_NameOneItemInTheSingular()
    {
        var svg = XDocument.Parse(SvgChart.Write(Result, "plan-sizes")).Root!;
        XNamespace ns = "http://www.w3.org/2000/svg";

        var labels = svg.Elements(ns + "text").Select(t => t.Value).Where(v => v.EndsWith(" item", StringComparison.Ordinal) || v.EndsWith(" items", StringComparison.Ordinal)).ToList();

        labels.Should().Contain("0 items").And.Contain("1 item").And.Contain("2 items").And.NotContain("1 items");
        svg.Element(ns + "desc")!.Value.Should().Contain("; 1 item ").And.NotContain("; 1 items ");
    }

    [Fact]
    public void TheChart_DoesNotDependOnTheLibraryVersion()
    {
        var other = Result with { Stamp = Result.Stamp with { LibraryVersion = "9.9.9" } };

        SvgChart.Write(other, "interventions").Should().Be(SvgChart.Write(Result, "interventions"));
    }

    [Fact]
    public void AnUnknownChart_IsRefusedWithTheChoices() =>
        FluentActions.Invoking(() => SvgChart.Write(Result, "pie")).Should().Throw<ArgumentException>()
            .WithMessage("There is no chart 'pie'; choose one of interventions, findings, gates, plan-sizes.*");
}
