using System.CommandLine;
using System.CommandLine.Parsing;
using Intimacy.Cli.Commands;
using Intimacy.Shared;

namespace Intimacy.Cli;

/// <summary>Builds the <c>intimacy</c> command tree and runs it, mapping failures to exit codes and one-sentence messages.</summary>
internal static class CliApp
{
    /// <summary>Shows stack traces with errors.</summary>
    public static Option<bool> Verbose { get; } = new("--verbose") { Description = "Show the full exception with errors.", Recursive = true };

    public static RootCommand Build(CliConsole console, CancellationToken cancellationToken)
    {
        var root = new RootCommand("Intimacy.Core from the command line: recommend plans for couple profiles and run simulation studies.");
        root.Options.Add(Verbose);
        foreach (var command in ProfileCommands.Create(console))
        {
            root.Subcommands.Add(command);
        }

        foreach (var command in CatalogCommands.Create(console))
        {
            root.Subcommands.Add(command);
        }

        foreach (var command in SimulationCommands.Create(console, cancellationToken))
        {
            root.Subcommands.Add(command);
        }

        return root;
    }

    public static int Run(string[] args, CliConsole console, CancellationToken cancellationToken = default) =>
        Run(Build(console, cancellationToken), args, console);

    /// <summary>Runs <paramref name="root"/> (the tree from <see cref="Build"/>, or a test's) on <paramref name="args"/>.</summary>
    internal static int Run(RootCommand root, string[] args, CliConsole console)
    {
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            // System.CommandLine exits with 1 on parse errors; 1 means "invalid profile or scenario" here.
            // Its messages name .NET types and list choices over several lines, so each is said again in
            // plain words, and all of them go on the one error line with the hint.
            // An unknown token is said once, for the first of them: the tokens after a mistyped option (its value,
            // say) are unknown only because of it, and a missing command is the same mistake seen from the other side.
            var sentences = parse.UnmatchedTokens.Count > 0
                ? [UnknownTokenSentence(parse, parse.UnmatchedTokens[0])]
                : parse.Errors.Select(ParseErrorSentence).Distinct(StringComparer.Ordinal);
            console.Error.WriteLine("error: " + OneLine(string.Join(" ", sentences)) + " Run 'intimacy --help' for usage.");
            return ExitCodes.Usage;
        }

        try
        {
            return parse.Invoke(new InvocationConfiguration { Output = console.Out, Error = console.Error, EnableDefaultExceptionHandler = false });
        }
        catch (CliFailure failure)
        {
            Report(console, parse, failure.Message, failure);
            return failure.ExitCode;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A file that fails part-way (a full disk, a folder removed during a run): one sentence, no trace.
            Report(console, parse, "A file could not be read or written: " + CliFailure.Inner(ex.Message) + ".", ex);
            return ExitCodes.Usage;
        }
        catch (OperationCanceledException ex)
        {
            Report(console, parse, "Cancelled.", ex);
            return ExitCodes.Cancelled;
        }
        catch (Exception ex)
        {
            // A defect of the tool, not of the input. Its message may quote a value read from a profile, so
            // only the kind of exception is named; --verbose shows all of it.
            Report(
                console,
                parse,
                $"An internal error ({ex.GetType().Name}) stopped the command; this is a defect in intimacy, not in the input. Run it again with --verbose to see where it happened.",
                ex);
            return ExitCodes.Internal;
        }
    }

    /// <summary>
    /// The message on one line: a line break or other control character it repeats from an argument or a file
    /// name (a line or paragraph separator included) is written as an escape (\n, \u2028), so a script reading the
    /// error line gets all of it. Unlike the simulation's outputs, a backslash is left as it is, on purpose: some
    /// library messages (a breakdown field, a shard's stamp) arrive escaped already and must not be escaped twice.
    /// </summary>
    internal static string OneLine(string message)
    {
        if (!message.Any(BreaksLine))
        {
            return message;
        }

        var text = new System.Text.StringBuilder(message.Length + 8);
        foreach (var c in message)
        {
            _ = c switch
            {
                '\n' => text.Append(@"\n"),
                '\r' => text.Append(@"\r"),
                '\t' => text.Append(@"\t"),
                _ when BreaksLine(c) => text.Append(System.Globalization.CultureInfo.InvariantCulture, $"\\u{(int)c:x4}"),
                _ => text.Append(c),
            };
        }

        return text.ToString();
    }

    /// <summary>
    /// A parse error as one plain sentence: a value an option cannot take says what the option takes
    /// (a whole number, a number, true or false, or one of its choices) instead of naming a .NET type or
    /// listing the choices on lines of their own; any other error keeps System.CommandLine's message.
    /// </summary>
    private static string ParseErrorSentence(ParseError error)
    {
        if (error.SymbolResult is OptionResult { Tokens.Count: > 0 } result)
        {
            var option = result.Option;
            var type = Nullable.GetUnderlyingType(option.ValueType) ?? option.ValueType;
            foreach (var token in result.Tokens.Select(t => t.Value))
            {
                var takes = WhatItTakes(option, type, token);
                if (takes is not null)
                {
                    return $"The option {option.Name} got '{token}': it must be {takes}.";
                }
            }
        }

        return error.Message;
    }

    /// <summary>
    /// The first token no command or option took, with the closest name the command takes when one is near
    /// enough to be a slip (a letter missed, added, changed or two swapped).
    /// </summary>
    private static string UnknownTokenSentence(ParseResult parse, string token)
    {
        var names = new List<string>();
        var first = true;
        for (SymbolResult? result = parse.CommandResult; result is not null; result = result.Parent)
        {
            if (result is CommandResult { Command: var command })
            {
                names.AddRange(command.Options.Where(o => first || o.Recursive).SelectMany(o => o.Aliases.Prepend(o.Name)));
                if (first)
                {
                    names.AddRange(command.Subcommands.Where(c => !c.Hidden).Select(c => c.Name));
                }

                first = false;
            }
        }

        var closest = names
            .Where(name => name.StartsWith('-') == token.StartsWith('-'))
            .Select(name => (Name: name, Distance: Spelling.Distance(token, name)))
            .Where(c => c.Distance <= Math.Max(1, Math.Min(token.Length, c.Name.Length) / 4))
            .OrderBy(c => c.Distance)
            .ThenBy(c => c.Name, StringComparer.Ordinal)
            .Select(c => c.Name)
            .FirstOrDefault();
        return $"Unrecognized command or argument '{token}'" + (closest is null ? "." : $" (did you mean {closest}?).");
    }

    /// <summary>What <paramref name="option"/> takes, when <paramref name="token"/> is not such a value; otherwise null.</summary>
    private static string? WhatItTakes(Option option, Type type, string token)
    {
        var invariant = System.Globalization.CultureInfo.InvariantCulture;
        const System.Globalization.NumberStyles Whole = System.Globalization.NumberStyles.AllowLeadingSign;
        if (option is Option<long?> { CustomParser: not null } or Option<int?> { CustomParser: not null })
        {
            // A count option made NumberOptions.Whole, which also takes 1e6.
            return type == typeof(long) ? NumberOptions.WholeTakes(token, long.MinValue, long.MaxValue) : NumberOptions.WholeTakes(token, int.MinValue, int.MaxValue);
        }

        if (type == typeof(long) || type == typeof(int))
        {
            var fits = type == typeof(long) ? long.TryParse(token, Whole, invariant, out _) : int.TryParse(token, Whole, invariant, out _);
            if (fits)
            {
                return null;
            }

            var (min, max) = type == typeof(long) ? ((decimal)long.MinValue, (decimal)long.MaxValue) : (int.MinValue, int.MaxValue);
            if (System.Numerics.BigInteger.TryParse(token, Whole, invariant, out _))
            {
                return string.Create(invariant, $"a whole number from {min} to {max}");
            }

            // A whole number spelt as --count may be (1e3, 1000.0), which this option does not take: saying only
            // "a whole number" would be wrong about 1e3.
            return NumberOptions.WholeTakes(token, long.MinValue, long.MaxValue) is null
                ? "a whole number written with digits only, without an exponent or a decimal point"
                : "a whole number";
        }

        if (type == typeof(double))
        {
            return NumberOptions.TryParse(token, out _) ? null : NumberOptions.Takes;
        }

        if (type == typeof(bool))
        {
            return bool.TryParse(token, out _) ? null : "true or false";
        }

        var choices = option.GetCompletions(System.CommandLine.Completions.CompletionContext.Empty).Select(c => c.Label).ToList();
        return choices.Count > 0 && !choices.Contains(token, StringComparer.Ordinal) ? "one of " + string.Join(", ", choices) : null;
    }

    private static bool BreaksLine(char c) => char.IsControl(c) || c is '\u2028' or '\u2029';

    private static void Report(CliConsole console, ParseResult parse, string message, Exception ex)
    {
        console.Error.WriteLine("error: " + OneLine(message));
        if (parse.GetValue(Verbose))
        {
            console.Error.WriteLine(ex.ToString());
        }
    }
}
