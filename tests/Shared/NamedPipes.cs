using System.Diagnostics;

namespace Intimacy.Testing;

/// <summary>
/// Named pipes (Linux <c>mkfifo</c>) for tests of inputs whose size is unknown until they are read, such as a
/// pipe fed past a size cap. Shared by the test projects as a linked source file.
/// </summary>
internal static class NamedPipes
{
    /// <summary>Makes a named pipe called <paramref name="name"/> in <paramref name="folder"/> and returns its path.</summary>
    public static string Create(string folder, string name)
    {
        var path = Path.Combine(folder, name);
        using var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", [path]) { UseShellExecute = false })!;
        mkfifo.WaitForExit();
        if (mkfifo.ExitCode != 0)
        {
            throw new InvalidOperationException($"mkfifo exited with {mkfifo.ExitCode} for '{path}'.");
        }

        return path;
    }

    /// <summary>
    /// Lets the task writing into <paramref name="pipe"/> finish even if the code under test never opened the pipe
    /// (opening one end of a pipe waits for the other): after two seconds, the rest is read and dropped here.
    /// </summary>
    public static void Drain(string pipe, Task writer)
    {
        if (writer.Wait(TimeSpan.FromSeconds(2)))
        {
            return;
        }

        using (var reader = new FileStream(pipe, FileMode.Open, FileAccess.Read))
        {
            reader.CopyTo(Stream.Null);
        }

        if (!writer.Wait(TimeSpan.FromSeconds(30)))
        {
            throw new TimeoutException($"The writer of '{pipe}' did not finish within 30 s of the pipe being drained.");
        }
    }
}
