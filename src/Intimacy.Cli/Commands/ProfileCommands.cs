using System.CommandLine;
using Intimacy.Core.Plans;
using Intimacy.Core.Serialization;
using Intimacy.Core.Validation;
using Intimacy.Recommendations.Cards;
using Intimacy.Recommendations.Rendering;

namespace Intimacy.Cli.Commands;

/// <summary>The commands that work on one profile file: <c>recommend</c>, <c>validate</c>, <c>schema</c>.</summary>
internal static class ProfileCommands
{
    public static IEnumerable<Command> Create(CliConsole console)
    {
        yield return Recommend(console);
        yield return Validate(console);
        yield return Schema(console);
    }

    private static Command Recommend(CliConsole console)
    {
        var file = new Argument<string>("profile") { Description = "The couple's profile, a JSON file." };
        var format = new Option<string>("--format") { Description = "text, markdown, json or cds-hooks.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "markdown", "json", "cds-hooks");
        var audience = new Option<string>("--audience") { Description = "Who will read the plan: couple, partner-a, partner-b or clinician.", DefaultValueFactory = _ => "couple" };
        audience.AcceptOnlyFromAmong(AudienceNames.All);
        var encounter = new Option<string?>("--encounter")
        {
            Description = "With --format cds-hooks: an id of this couple's visit or record in your system; card uuids are derived from it. "
                + "Without it, card uuids depend only on the plan, so they repeat across couples with the same plan and across runs.",
        };
        var engineOptions = new EngineOptions();
        var command = new Command("recommend", "Recommend a plan for a profile and print the view one audience may see.") { file, format, audience, encounter };
        engineOptions.AddTo(command);
        command.SetAction(parse =>
        {
            // Never derived from the profile: card ids must not change when a partner's private answers do.
            var encounterKey = parse.GetValue(encounter);
            if (encounterKey is not null && string.IsNullOrWhiteSpace(encounterKey))
            {
                throw new CliFailure(ExitCodes.Usage, "The option --encounter must not be empty.");
            }

            var who = AudienceNames.Parse(parse.GetValue(audience)!);

            // The audience is told only of problems it may see, as it is shown only the view it may see.
            var profile = InputFiles.ReadProfile(parse.GetValue(file)!, who);
            var engine = engineOptions.Build(parse);
            var plan = engine.Recommend(profile);
            var text = parse.GetValue(format) switch
            {
                "json" => PlanJson.Serialize(plan.ForAudience(who), indented: true),
                "cds-hooks" => CdsCards.Serialize(CdsCards.CreateResponse(plan, who, encounterKey), indented: true),
                "markdown" => PlanRenderer.ToMarkdown(plan, who),
                _ => PlanRenderer.ToPlainText(plan, who),
            };
            console.Out.WriteLine(text.TrimEnd('\n'));
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Validate(CliConsole console)
    {
        var file = new Argument<string>("profile") { Description = "The couple's profile, a JSON file." };
        var command = new Command("validate", "Check a profile file and list every problem by path (values are never printed).") { file };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(file)!;
            var text = InputFiles.ReadText(path);
            try
            {
                ProfileJson.Deserialize(text);
            }
            catch (ProfileValidationException ex)
            {
                // One header, then every problem once: the one-sentence summary other commands give would repeat the first.
                // The file name on one line, as every other message writes it.
                var count = ex.Errors.Count;
                console.Error.WriteLine(CliApp.OneLine(count == 0
                    ? $"The profile in '{path}' is not valid."
                    : $"The profile in '{path}' is not valid: it has {count} problem{(count == 1 ? string.Empty : "s")}."));
                foreach (var error in ex.Errors)
                {
                    console.Error.WriteLine("  " + error.Path + " (" + error.Code + "): " + error.Message);
                }

                return ExitCodes.Invalid;
            }

            console.Out.WriteLine(CliApp.OneLine($"The profile in '{path}' is valid."));
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Schema(CliConsole console)
    {
        var command = new Command("schema", "Print the JSON Schema of the profile format.");
        command.SetAction(_ =>
        {
            console.Out.WriteLine(ProfileJson.GetSchema().ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true }));
            return ExitCodes.Ok;
        });
        return command;
    }
}
