using System.Runtime.InteropServices;
using Intimacy.Cli;

using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancellation.Cancel();
};

// A batch scheduler stops a job with SIGTERM, not Ctrl+C (Slurm's scancel and time limit, Kubernetes, systemd): it is
// a cancellation too, so the run cleans up its outputs as after Ctrl+C instead of dying with its temporary files.
using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
{
    context.Cancel = true;
    cancellation.Cancel();
});

return CliApp.Run(args, new CliConsole(Console.Out, Console.Error, Interactive: !Console.IsErrorRedirected), cancellation.Token);
