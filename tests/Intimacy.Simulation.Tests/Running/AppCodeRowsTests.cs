using Intimacy.Core.Plans;
using Intimacy.Core.Profiles;
using Intimacy.Recommendations.Engine;
using Intimacy.Rules.Fluent.Dsl;
using Intimacy.Rules.RuleModel;
using Intimacy.Simulation.Reporting;
using Intimacy.Simulation.Running;

namespace Intimacy.Simulation.Tests.Running;

/// <summary>An app's finding codes are free text: the CSV files must keep them in their own cells.</summary>
public class AppCodeRowsTests
{
    private const string Code = "app.a,b\"c";

    [Fact]
    public void ProfileRows_QuoteAnAppFindingCodeWithACommaOrQuote_SoEveryRowKeepsItsSixCells()
    {
        var engine = new RecommendationEngineBuilder().AddRules(typeof(CommaCodeRule)).Build();
        using var rows = new StringWriter();

        new SimulationRunner(engine, SimulationFixture.GeneralPopulation).Run(new SimulationSettings { Count = 20, MaxDegreeOfParallelism = 1 }, profileRows: rows);

        var lines = rows.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Should().HaveCount(20);
        foreach (var line in lines)
        {
            var cells = Cells(line);
            cells.Should().HaveCount(SimulationRunner.ProfileRowsHeader.Split(',').Length, line);
            cells[4].Split(';').Should().Contain(Code, line);
        }
    }

    [Fact]
    public void Aggregates_QuoteAnAppFindingCode()
    {
        var engine = new RecommendationEngineBuilder().AddRules(typeof(CommaCodeRule)).Build();
        var result = new SimulationRunner(engine, SimulationFixture.GeneralPopulation).Run(new SimulationSettings { Count = 20, MaxDegreeOfParallelism = 1 });

        var csv = CsvReport.Write(result).Split('\n').Where(l => l.Length > 0 && !l.StartsWith('#')).Skip(1).ToList();

        csv.Should().OnlyContain(l => Cells(l).Count == CsvReport.Header.Split(',').Length);
        csv.Select(l => Cells(l)[2]).Should().Contain(Code);
    }

    /// <summary>The cells of one CSV line as RFC 4180 reads them.</summary>
    private static List<string> Cells(string line)
    {
        var cells = new List<string>();
        var cell = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    cell.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                cells.Add(cell.ToString());
                cell.Clear();
            }
            else
            {
                cell.Append(c);
            }
        }

        cells.Add(cell.ToString());
        return cells;
    }

    /// <summary>An app rule that records, for every couple, a finding whose code holds a comma and a quote.</summary>
    [Name("App.CommaCode")]
    [Description("Records a finding whose code holds a comma and a quote.")]
    [Tag("app-test")]
    public sealed class CommaCodeRule : Rule
    {
        public override void Define()
        {
            CoupleProfile profile = null!;

            When()
                .Match(() => profile);
            Then()
                .Do(ctx => Record(ctx));
        }

        private static void Record(IContext context) => context.Insert(new Finding
        {
            Id = "app.comma",
            Code = Code,
            Kind = FindingKind.Dyadic,
            Title = "An app's finding",
            RuleName = context.Rule.Name,
        });
    }
}
