using System.CommandLine;
using System.Globalization;
using Intimacy.Recommendations.Engine;
using Intimacy.Recommendations.Options;
using Intimacy.Shared;

namespace Intimacy.Cli;

/// <summary>
/// The <c>--set NAME=VALUE</c> and <c>--disable-tag TAG</c> options that configure an engine. Their errors
/// name the option as typed (and, for <c>compare</c>, the arm), not the library's properties.
/// </summary>
internal sealed class EngineOptions
{
    private readonly string _arm;

    public EngineOptions(string suffix = "", string arm = "")
    {
        _arm = arm;
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

    /// <summary>
    /// The options as a configuration step, once the thresholds' names and ranges and the safety tag are
    /// checked; a tag no rule carries is found only when an engine is built (see <see cref="Build"/>).
    /// </summary>
    public Action<RecommendationOptions> Configure(ParseResult parse)
    {
        var settings = (parse.GetValue(Set) ?? []).Select(Split).Select(Checked).ToList();
        var tags = parse.GetValue(DisableTag) ?? [];
        if (tags.Contains(RuleTags.Safety, StringComparer.Ordinal))
        {
            throw new CliFailure(ExitCodes.Usage, $"The option {DisableTag.Name}{_arm} got '{RuleTags.Safety}', but safety rules cannot be switched off.");
        }

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

    public IRecommendationEngine Build(ParseResult parse) => BuildWith(Configure(parse));

    /// <summary>
    /// Starts <see cref="Build(ParseResult)"/> on another thread, reading the options here (a parse result is read by one
    /// thread): compiling the rules takes a good part of a cold start, and can go on while the caller reads its input.
    /// The engine, or the error <see cref="Build(ParseResult)"/> would have thrown, comes when the result is asked for, so
    /// errors keep the order they had.
    /// </summary>
    public Task<IRecommendationEngine> StartBuilding(ParseResult parse)
    {
        Action<RecommendationOptions> configure;
        try
        {
            configure = Configure(parse);
        }
        catch (Exception ex)
        {
            return Task.FromException<IRecommendationEngine>(ex);
        }

        return Task.Run(() => BuildWith(configure));
    }

    private IRecommendationEngine BuildWith(Action<RecommendationOptions> configure)
    {
        try
        {
            return new RecommendationEngineBuilder().Configure(configure).Build();
        }
        catch (UnknownRuleTagException ex)
        {
            // The library's "DisabledTags has a tag that no rule carries: …" in the words of the option that gave the tag.
            throw new CliFailure(ExitCodes.Usage, $"The option {DisableTag.Name}{_arm} got {UnknownTagsText.Describe(ex.UnknownTags, ex.SwitchableTags)}", ex);
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException)
        {
            throw new CliFailure(ExitCodes.Usage, ex.Message.Split(" (Parameter", 2)[0], ex);
        }
    }

    /// <summary>
    /// The error for a threshold name <paramref name="option"/> got that is none (<c>--set</c>, <c>--threshold</c>):
    /// one sentence with the nearest name when one is close enough to be a slip, and every name.
    /// </summary>
    public static string UnknownThreshold(string option, string name)
    {
        var names = RecommendationOptions.Thresholds.Select(d => d.Name).ToList();
        var closest = Spelling.Closest(name, names, Math.Max(1, name.Length / 3));
        var suggestion = closest is null ? string.Empty : $" (did you mean {closest}?)";
        return $"The option {option} got '{name}', which is not a threshold{suggestion}; the thresholds are {string.Join(", ", names)}.";
    }

    private (string Name, double Value) Split(string text)
    {
        var equals = text.IndexOf('=', StringComparison.Ordinal);
        if (equals <= 0 || !double.TryParse(text.AsSpan(equals + 1), NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            throw new CliFailure(ExitCodes.Usage, $"The option {Set.Name}{_arm} takes NAME=VALUE with a number, for example Csi4Cutoff=13.5; got '{text}'.");
        }

        return (text[..equals], value);
    }

    /// <summary>The setting with the threshold's canonical name, once the name is known and the value within its range (never echoed).</summary>
    private (string Name, double Value) Checked((string Name, double Value) setting)
    {
        var threshold = RecommendationOptions.FindThreshold(setting.Name)
            ?? throw new CliFailure(ExitCodes.Usage, UnknownThreshold(Set.Name + _arm, setting.Name));

        if (!threshold.Accepts(setting.Value))
        {
            throw new CliFailure(ExitCodes.Usage, string.Create(CultureInfo.InvariantCulture, $"The option {Set.Name}{_arm} got {threshold.Name} out of range: it must be from {threshold.Minimum} to {threshold.Maximum}."));
        }

        return (threshold.Name, setting.Value);
    }
}
