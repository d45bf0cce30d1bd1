using System.Diagnostics;
using System.Globalization;

namespace Intimacy.Cli.Tests;

/// <summary>
/// The built <c>intimacy</c> tool run as a child process, for what only a real process meets: signals (Ctrl+C is
/// SIGINT, a batch scheduler's cancel SIGTERM), and a file system of its own (a small tmpfs in a private mount namespace).
/// </summary>
internal sealed class CliProcess : IDisposable
{
    private readonly Process _process;
    private readonly Task<string> _out;
    private readonly Task<string> _error;

    private CliProcess(ProcessStartInfo start)
    {
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.UseShellExecute = false;
        _process = Process.Start(start)!;
        _out = _process.StandardOutput.ReadToEndAsync();
        _error = _process.StandardError.ReadToEndAsync();
    }

    /// <summary>Everything the tool wrote to standard output (waits for it to exit).</summary>
    public string Out => _out.GetAwaiter().GetResult();

    /// <summary>Everything the tool wrote to standard error (waits for it to exit).</summary>
    public string Error => _error.GetAwaiter().GetResult();

    public bool HasExited => _process.HasExited;

    public int ExitCode => _process.ExitCode;

    /// <summary>Whether signals and the <c>kill</c> command are there to test with (not on Windows).</summary>
    public static bool SignalsAvailable => !OperatingSystem.IsWindows();

    /// <summary>Starts <c>intimacy</c> with <paramref name="args"/>.</summary>
    public static CliProcess Start(params string[] args) => new(Tool(args));

    /// <summary>
    /// Starts <c>intimacy</c> with <paramref name="args"/> through <c>bash</c>, with the shell's <paramref name="redirections"/>
    /// (such as <c>&gt;&amp;-</c>, which closes standard output, or <c>| head -c 1</c>); the exit code is the tool's
    /// (with a pipe, the pipeline's under <c>pipefail</c>: the tool's unless the command after it fails).
    /// </summary>
    public static CliProcess StartWithRedirections(string redirections, params string[] args)
    {
        var tool = Tool(args);
        var start = new ProcessStartInfo("bash") { WorkingDirectory = tool.WorkingDirectory };
        foreach (var arg in new[] { "-o", "pipefail", "-c", $"\"$@\" {redirections}", "bash", tool.FileName }.Concat(tool.ArgumentList))
        {
            start.ArgumentList.Add(arg);
        }

        return new CliProcess(start);
    }

    /// <summary>
    /// Starts <c>intimacy</c> with <paramref name="args"/> ignoring <paramref name="signal"/> (<c>HUP</c>, as <c>nohup</c>
    /// starts a command): <c>sh</c> sets it to be ignored and then becomes the tool, so <see cref="Signal"/> reaches the tool.
    /// </summary>
    public static CliProcess StartIgnoring(string signal, params string[] args)
    {
        var tool = Tool(args);
        var start = new ProcessStartInfo("sh") { WorkingDirectory = tool.WorkingDirectory };
        foreach (var arg in new[] { "-c", $"trap '' {signal}; exec \"$@\"", "sh", tool.FileName }.Concat(tool.ArgumentList))
        {
            start.ArgumentList.Add(arg);
        }

        return new CliProcess(start);
    }

    /// <summary>
    /// Starts <c>intimacy</c> with <paramref name="args"/> as the user <c>nobody</c>, for what root is never refused; null
    /// when this machine cannot (not root, no <c>runuser</c>, or the tool is where that user cannot read it).
    /// </summary>
    public static CliProcess? StartAsNobody(params string[] args)
    {
        if (!OperatingSystem.IsLinux() || Environment.UserName != "root")
        {
            return null;
        }

        ProcessStartInfo AsNobody(string[] toolArgs)
        {
            var tool = Tool(toolArgs);
            var start = new ProcessStartInfo("runuser") { WorkingDirectory = tool.WorkingDirectory };
            foreach (var arg in new[] { "-u", "nobody", "--", "env", "HOME=/tmp", "DOTNET_CLI_HOME=/tmp", tool.FileName }.Concat(tool.ArgumentList))
            {
                start.ArgumentList.Add(arg);
            }

            return start;
        }

        try
        {
            using var probe = new CliProcess(AsNobody(["--help"]));
            if (!probe.WaitForExit(TimeSpan.FromSeconds(60)) || probe.ExitCode != 0)
            {
                return null;
            }
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null; // No runuser here.
        }

        return new CliProcess(AsNobody(args));
    }

    /// <summary>Starts <c>intimacy</c> with <paramref name="args"/> in the working folder <paramref name="folder"/>.</summary>
    public static CliProcess StartIn(string folder, params string[] args)
    {
        var tool = Tool(args);
        tool.WorkingDirectory = folder;
        return new CliProcess(tool);
    }

    /// <summary>
    /// Starts <c>intimacy</c> with <paramref name="args"/> in a mount namespace of its own in which
    /// <paramref name="folder"/> is an empty tmpfs of <paramref name="kibibytes"/> KiB, after the shell commands of
    /// <paramref name="prepare"/> have run there (to fill it, say); once the tool exits, the tmpfs's files are copied to
    /// <paramref name="copyTo"/>, since the mount goes with the namespace. Null when this machine cannot do that
    /// (no <c>unshare</c>, or not allowed to mount: only root may).
    /// </summary>
    public static CliProcess? StartOnSmallDisk(string folder, int kibibytes, string prepare, string copyTo, params string[] args)
    {
        if (!OperatingSystem.IsLinux() || !CanMount())
        {
            return null;
        }

        var tool = Tool(args);
        var start = new ProcessStartInfo("unshare") { WorkingDirectory = tool.WorkingDirectory };
        start.ArgumentList.Add("-m");
        start.ArgumentList.Add("sh");
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(
            $"dir=\"$1\"; shift; mount -t tmpfs -o size={kibibytes.ToString(CultureInfo.InvariantCulture)}k tmpfs \"$dir\" || exit 99; " +
            $"(cd \"$dir\" && {prepare}) >/dev/null 2>&1; \"$@\"; code=$?; cp -a \"$dir\"/. \"$COPY_TO\"/; exit $code");
        start.ArgumentList.Add("sh");
        start.ArgumentList.Add(folder);
        start.ArgumentList.Add(tool.FileName);
        foreach (var arg in tool.ArgumentList)
        {
            start.ArgumentList.Add(arg);
        }

        Directory.CreateDirectory(folder);
        Directory.CreateDirectory(copyTo);
        start.Environment["COPY_TO"] = copyTo;
        return new CliProcess(start);
    }

    /// <summary>Sends <paramref name="signal"/> (<c>INT</c>, <c>TERM</c>) to the tool with the <c>kill</c> command.</summary>
    public void Signal(string signal)
    {
        using var kill = Process.Start("kill", ["-" + signal, _process.Id.ToString(CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
    }

    /// <summary>Whether the tool exits within <paramref name="timeout"/>.</summary>
    public bool WaitForExit(TimeSpan timeout) => _process.WaitForExit(timeout) && _process.WaitForExit(TimeSpan.FromSeconds(30));

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }

        _process.Dispose();
    }

    private static ProcessStartInfo Tool(string[] args)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet") { WorkingDirectory = Path.GetTempPath() };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "intimacy.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        return start;
    }

    private static bool CanMount()
    {
        try
        {
            using var probe = Process.Start(new ProcessStartInfo("unshare", ["-m", "sh", "-c", "mount -t tmpfs -o size=4k tmpfs /mnt"])
            {
                UseShellExecute = false,
                RedirectStandardError = true,
            })!;
            probe.StandardError.ReadToEnd();
            probe.WaitForExit();
            return probe.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false; // No unshare here.
        }
    }
}
