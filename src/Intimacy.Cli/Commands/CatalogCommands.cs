using System.CommandLine;
using System.Text;
using System.Text.Json;
using Intimacy.Recommendations.Engine;
using Intimacy.Recommendations.Options;

namespace Intimacy.Cli.Commands;

/// <summary>The commands that describe the rule set: <c>rules</c> and <c>interventions</c>.</summary>
internal static class CatalogCommands
{
    private static readonly JsonWriterOptions Indented = new() { Indented = true, NewLine = "\n" };

    public static IEnumerable<Command> Create(CliConsole console)
    {
        yield return Rules(console);
        yield return Interventions(console);
    }

    private static Command Rules(CliConsole console)
    {
        var tag = new Option<string?>("--tag") { Description = "Only rules with this tag, e.g. safety or professional." };
        var format = new Option<string>("--format") { Description = "markdown or json.", DefaultValueFactory = _ => "markdown" };
        format.AcceptOnlyFromAmong("markdown", "json");
        var command = new Command("rules", "List the rules of the built-in rule set.") { tag, format };
        command.SetAction(parse =>
        {
            var engine = RecommendationEngine.CreateDefault();
            var wanted = parse.GetValue(tag);
            var rules = engine.Rules.Where(r => wanted is null || r.Tags.Contains(wanted, StringComparer.Ordinal)).ToList();
            if (wanted is not null && rules.Count == 0)
            {
                throw new CliFailure(ExitCodes.Usage, $"No rule has the tag '{wanted}'.");
            }

            if (parse.GetValue(format) == "json")
            {
                console.Out.WriteLine(Json(w =>
                {
                    w.WriteStartObject();
                    w.WriteString("ruleSetHash", engine.RuleSetHash);
                    w.WriteStartArray("rules");
                    foreach (var rule in rules)
                    {
                        w.WriteStartObject();
                        w.WriteNumber("index", rule.Index);
                        w.WriteString("name", rule.Name);
                        w.WriteString("description", rule.Description);
                        w.WriteNumber("priority", rule.Priority);
                        w.WriteBoolean("isSafety", rule.IsSafety);
                        w.WriteStartArray("tags");
                        foreach (var t in rule.Tags)
                        {
                            w.WriteStringValue(t);
                        }

                        w.WriteEndArray();
                        w.WriteEndObject();
                    }

                    w.WriteEndArray();

                    // The names --set, --threshold and the sweep take, so that a script can find them as the Markdown lists them.
                    w.WriteStartArray("thresholds");
                    foreach (var threshold in RecommendationOptions.Thresholds)
                    {
                        w.WriteStartObject();
                        w.WriteString("name", threshold.Name);
                        w.WriteString("description", threshold.Description);
                        w.WriteNumber("default", threshold.DefaultValue);
                        w.WriteString("basis", threshold.Basis == ThresholdBasis.Literature ? "literature" : "project-default");
                        if (threshold.SourceId is { } source)
                        {
                            w.WriteString("sourceId", source);
                        }

                        w.WriteNumber("minimum", threshold.Minimum);
                        w.WriteNumber("maximum", threshold.Maximum);
                        w.WriteEndObject();
                    }

                    w.WriteEndArray();
                    w.WriteEndObject();
                }));
            }
            else if (wanted is null)
            {
                console.Out.Write(RuleCatalogWriter.Write(engine));
            }
            else
            {
                var md = new StringBuilder().Append("# Rules tagged ").Append(wanted).Append("\n\n| Rule | Priority | Tags | What it does |\n|---|---|---|---|\n");
                foreach (var rule in rules)
                {
                    md.Append("| `").Append(rule.Name).Append("` | ").Append(rule.Priority).Append(" | ").AppendJoin(", ", rule.Tags).Append(" | ")
                        .Append(rule.Description.Replace("|", "\\|", StringComparison.Ordinal)).Append(" |\n");
                }

                console.Out.Write(md.ToString());
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Interventions(CliConsole console)
    {
        var format = new Option<string>("--format") { Description = "text or json.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var command = new Command("interventions", "List the interventions of the catalog.") { format };
        command.SetAction(parse =>
        {
            var items = RecommendationEngine.CreateDefault().Catalog.Interventions.OrderBy(i => i.Id, StringComparer.Ordinal).ToList();
            if (parse.GetValue(format) == "json")
            {
                console.Out.WriteLine(Json(w =>
                {
                    w.WriteStartArray();
                    foreach (var i in items)
                    {
                        w.WriteStartObject();
                        w.WriteString("id", i.Id);
                        w.WriteString("name", i.Name);
                        // Camel case, as the plan JSON and its schema write these enums (CamelCaseEnumConverter).
                        w.WriteString("kind", JsonNamingPolicy.CamelCase.ConvertName(i.Kind.ToString()));
                        w.WriteString("stage", JsonNamingPolicy.CamelCase.ConvertName(i.Stage.ToString()));
                        w.WriteString("description", i.Description);
                        w.WriteEndObject();
                    }

                    w.WriteEndArray();
                }));
            }
            else
            {
                var width = items.Max(i => i.Id.Length);
                foreach (var i in items)
                {
                    console.Out.WriteLine(i.Id.PadRight(width) + "  " + i.Name + " (" + i.Kind + ", " + i.Stage + ")");
                }
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static string Json(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, Indented))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
