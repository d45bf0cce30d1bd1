using Intimacy.Cli;

using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancellation.Cancel();
};

return CliApp.Run(args, new CliConsole(Console.Out, Console.Error, Interactive: !Console.IsErrorRedirected), cancellation.Token);
