using System.CommandLine;
using System.Globalization;
using Intimacy.Recommendations.Engine;
using Intimacy.Recommendations.Options;

namespace Intimacy.Cli;

/// <summary>The <c>--set NAME=VALUE</c> and <c>--disable-tag TAG</c> options that configure an engine.</summary>
internal sealed class EngineOptions
{
    public EngineOptions(string suffix = "", string arm = "")
    {
        Set = new Option<string[]>("--set" + suffix) { Description = $"Set a threshold{arm}, NAME=VALUE (repeatable); see 'intimacy rules'.", AllowMultipleArgumentsPerToken = false };
        DisableTag = new Option<string[]>("--disable-tag" + suffix) { Description = $"Switch off the rules with a tag{arm} (repeatable); safety rules cannot be switched off." };
    }

    public Option<string[]> Set { get; }

    public Option<string[]> DisableTag { get; }

    public void AddTo(Command command)
    {
        command.Options.Add(Set);
        command.Options.Add(DisableTag);
    }

    public Action<RecommendationOptions> Configure(ParseResult parse)
    {
        var settings = (parse.GetValue(Set) ?? []).Select(Split).ToList();
        var tags = parse.GetValue(DisableTag) ?? [];
        return o =>
        {
            foreach (var tag in tags)
            {
                o.DisabledTags.Add(tag);
            }

            foreach (var (name, value) in settings)
            {
                o.SetThreshold(name, value);
            }
        };
    }

    /// <summary>The threshold names given to <c>--set</c>, as typed.</summary>
    public IReadOnlyList<string> SetNames(ParseResult parse) => [.. (parse.GetValue(Set) ?? []).Select(text => Split(text).Name)];

    public IRecommendationEngine Build(ParseResult parse)
    {
        try
        {
            return new RecommendationEngineBuilder().Configure(Configure(parse)).Build();
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException)
        {
            throw new CliFailure(ExitCodes.Usage, ex.Message.Split(" (Parameter", 2)[0], ex);
        }
    }

    private static (string Name, double Value) Split(string text)
    {
        var equals = text.IndexOf('=', StringComparison.Ordinal);
        if (equals <= 0 || !double.TryParse(text.AsSpan(equals + 1), NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            throw new CliFailure(ExitCodes.Usage, $"The option --set takes NAME=VALUE with a number, for example Csi4Cutoff=13.5; got '{text}'.");
        }

        return (text[..equals], value);
    }
}
