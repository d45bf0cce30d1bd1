using System.Runtime.InteropServices;
using Intimacy.Cli;

// The first Ctrl+C (or SIGTERM) asks the command to stop, so that it removes its unfinished outputs. A second one stops
// the process at once, as the signal does by default: a command blocked reading an input that never comes (a named
// pipe with no writer, a hung network file system) cannot stop by itself, and would otherwise need kill -9.
using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = !cancellation.IsCancellationRequested;
    cancellation.Cancel();
};

// A batch scheduler stops a job with SIGTERM, not Ctrl+C (Slurm's scancel and time limit, Kubernetes, systemd), and a
// terminal that closes (an ssh connection that drops) sends SIGHUP: both are a cancellation too, so the run cleans up its
// outputs as after Ctrl+C instead of dying with its temporary files. A run started with nohup ignores SIGHUP, and still
// does: .NET does not handle a signal that the process was started ignoring.
void Stop(PosixSignalContext context)
{
    context.Cancel = !cancellation.IsCancellationRequested;
    cancellation.Cancel();
}

using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
using var hangUp = PosixSignalRegistration.Create(PosixSignal.SIGHUP, Stop);

var console = new CliConsole(StandardStream.Output(Console.Out), StandardStream.Error(Console.Error), Interactive: !Console.IsErrorRedirected);
return CliApp.Run(args, console, cancellation.Token);
