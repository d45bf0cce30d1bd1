namespace Intimacy.Cli;

/// <summary>
/// Creates the folders and files commands write, turning every failure (a parent that is a file, a
/// read-only place, a full disk) into a <see cref="CliFailure"/> with exit code 2 that names the path.
/// </summary>
internal static class OutputFiles
{
    public static void CreateFolder(string path)
    {
        if (File.Exists(path))
        {
            throw new CliFailure(ExitCodes.Usage, $"Cannot write to '{path}': it is a file, and the output needs a folder.");
        }

        Guard(path, () => Directory.CreateDirectory(path));
    }

    /// <summary>
    /// Fails at once, before a long run, when the file could not be created because the folder it goes
    /// into is missing or is a file, or the path is a folder.
    /// </summary>
    public static void CheckFileTarget(string path)
    {
        if (Directory.Exists(path))
        {
            throw new CliFailure(ExitCodes.Usage, $"Cannot write '{path}': it is a folder, and the output is a file.");
        }

        if (FileOnTheWay(path) is { } file)
        {
            throw new CliFailure(ExitCodes.Usage, $"Cannot write '{path}': '{file}' is a file, not a folder.");
        }

        string? folder;
        try
        {
            folder = Path.GetDirectoryName(Path.GetFullPath(path));
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException or PathTooLongException)
        {
            throw new CliFailure(ExitCodes.Usage, $"Cannot write '{path}': it is not a usable file path.", ex);
        }

        if (!string.IsNullOrEmpty(folder) && !Directory.Exists(folder))
        {
            throw new CliFailure(ExitCodes.Usage, $"Cannot write '{path}': the folder '{folder}' does not exist.");
        }
    }

    /// <summary>
    /// Writes <paramref name="text"/> to the file <paramref name="path"/> whole or not at all: under a temporary name
    /// beside it, moved into place once every byte is written, so a write that fails part-way (a full disk, a used-up
    /// quota) leaves no file cut short under a name a reader takes as complete, and an earlier file as it was. A device,
    /// a pipe or the like (<c>/dev/stdout</c>, a shell's <c>&gt;(…)</c>, a named pipe: anything under <c>/dev</c> or
    /// <c>/proc</c>, or an existing file of no length) cannot be replaced and holds nothing to keep, so it is written in
    /// place, and so is a file in a folder the user may not write to. A symbolic link is followed, so the file it names is
    /// replaced, not the link.
    /// </summary>
    public static void WriteText(string path, string text)
    {
        var target = FinalTarget(path);
        if (WrittenInPlace(path) || WrittenInPlace(target))
        {
            Guard(path, () => WriteFile(path, text, FileMode.Create));
            return;
        }

        // A move replaces a file whatever its permissions: one made read-only (to keep a result) is refused, as a write was.
        if (File.Exists(target) && new FileInfo(target).IsReadOnly)
        {
            throw new CliFailure(ExitCodes.Usage, $"Cannot write '{path}': permission denied.");
        }

        var temporary = TemporaryBeside(target);
        try
        {
            Guard(path, () => WriteFile(temporary, text, FileMode.CreateNew));
            Guard(path, () => File.Move(temporary, target, overwrite: true));
        }
        catch (CliFailure failure) when (failure.InnerException is UnauthorizedAccessException && File.Exists(target))
        {
            // A file the user may write in a folder the user may not (a shared project folder, another user's file in
            // /tmp): it cannot be replaced, so it is written in place, as it always was.
            Quietly(() => File.Delete(temporary));
            Guard(path, () => WriteFile(target, text, FileMode.Create));
        }
        catch
        {
            Quietly(() => File.Delete(temporary));
            throw;
        }
    }

    /// <summary>
    /// A new temporary file's path beside <paramref name="target"/>, hidden and named after it (<c>.NAME.&lt;id&gt;.tmp</c>,
    /// as the docs name what a forced stop may leave), to write before it is moved into place.
    /// </summary>
    public static string TemporaryBeside(string target) =>
        Path.Combine(Path.GetDirectoryName(target) ?? ".", $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.tmp");

    /// <summary>
    /// Writes <paramref name="text"/> as UTF-8 into the file <paramref name="path"/>, opened with <paramref name="mode"/>.
    /// Unlike <see cref="File.WriteAllText(string, string)"/>, it does not reserve the space first: a full disk then fails
    /// with the system's own error code, which <see cref="FileSystemCause"/> puts in words, not a generic one.
    /// </summary>
    public static void WriteFile(string path, string text, FileMode mode)
    {
        // No buffer: a failed write leaves nothing for Dispose to try again.
        using var stream = new FileStream(path, mode, FileAccess.Write, FileShare.Read, bufferSize: 0);
        stream.Write(new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(text));
    }

    /// <summary>Cleaning up after a failure must not hide the failure being reported.</summary>
    public static void Quietly(Action clean)
    {
        try
        {
            clean();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The failure already being reported matters more than a leftover temporary file.
        }
    }

    /// <summary>
    /// Runs <paramref name="body"/>, which writes to <paramref name="path"/> when <paramref name="writes"/>;
    /// an I/O failure then names that path (not the temporary file the bytes go to) in one sentence.
    /// </summary>
    public static T GuardIo<T>(string path, bool writes, Func<T> body)
    {
        try
        {
            return body();
        }
        catch (Exception ex) when (writes && ex is IOException or UnauthorizedAccessException)
        {
            throw new CliFailure(ExitCodes.Usage, $"Cannot write '{path}': {Why(path, ex)}.", ex);
        }
    }

    /// <summary>Runs a write to <paramref name="path"/>, reporting a failure as one sentence naming it.</summary>
    public static void Guard(string path, Action write) => Guard(path, () =>
    {
        write();
        return true;
    });

    /// <summary>Runs a write to <paramref name="path"/>, reporting a failure as one sentence naming it.</summary>
    public static T Guard<T>(string path, Func<T> write)
    {
        try
        {
            return write();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new CliFailure(ExitCodes.Usage, $"Cannot write '{path}': {Why(path, ex)}.", ex);
        }
    }

    private static string Why(string path, Exception ex)
    {
        if (FileOnTheWay(path) is { } file)
        {
            return $"'{file}' is a file, not a folder";
        }

        if (FileSystemCause(ex) is { } cause)
        {
            return cause;
        }

        return ex switch
        {
            // Opening a folder as a file is an access error; moving a file onto one (OutputFolder.Commit) an IOException.
            UnauthorizedAccessException or IOException when Directory.Exists(path) => "it is a folder, and the output is a file",
            UnauthorizedAccessException => "permission denied",
            PathTooLongException => "the path is too long",
            DirectoryNotFoundException or FileNotFoundException => "a folder on the way does not exist",
            _ => "it cannot be written there",
        };
    }

    /// <summary>
    /// What a failed write's error code says in words, when it says more than "cannot be written": a full disk, a used-up
    /// quota (a shared cluster's scratch space) or a read-only file system; otherwise null. .NET gives an I/O error's
    /// code as its HResult: the errno on Linux and macOS, a Win32 error as an HRESULT on Windows.
    /// </summary>
    internal static string? FileSystemCause(Exception ex)
    {
        if (ex is not IOException || ex is FileNotFoundException or DirectoryNotFoundException or PathTooLongException)
        {
            return null;
        }

        const int ErrorDiskFull = unchecked((int)0x80070070);
        const int ErrorHandleDiskFull = unchecked((int)0x80070027);
        return ex.HResult switch
        {
            ErrorDiskFull or ErrorHandleDiskFull when OperatingSystem.IsWindows() => "the disk is full",
            28 when !OperatingSystem.IsWindows() => "the disk is full", // ENOSPC
            122 when OperatingSystem.IsLinux() => "the disk quota is used up", // EDQUOT
            69 when OperatingSystem.IsMacOS() => "the disk quota is used up", // EDQUOT
            30 when !OperatingSystem.IsWindows() => "the file system is read-only", // EROFS
            _ => null,
        };
    }

    /// <summary>The file <paramref name="path"/> names, through any symbolic links; the path itself when it is none or cannot be followed.</summary>
    private static string FinalTarget(string path)
    {
        try
        {
            // From the full path: a relative one would have its link resolved against the root folder.
            var full = Path.GetFullPath(path);
            return File.ResolveLinkTarget(full, returnFinalTarget: true)?.FullName ?? full;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return path;
        }
    }

    /// <summary>Whether <paramref name="target"/> (a path as given, or the file its links lead to) is written in place rather than replaced (see <see cref="WriteText"/>).</summary>
    private static bool WrittenInPlace(string target)
    {
        string full;
        try
        {
            full = Path.GetFullPath(target);
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return false; // The write itself reports the path.
        }

        var devices = OperatingSystem.IsWindows()
            ? full.StartsWith(@"\\.\", StringComparison.Ordinal)
            : (full.StartsWith("/dev/", StringComparison.Ordinal) && !full.StartsWith("/dev/shm/", StringComparison.Ordinal)) || full.StartsWith("/proc/", StringComparison.Ordinal);
        var file = new FileInfo(full);
        return devices || (file.Exists && file.Length == 0);
    }

    /// <summary>The first existing file among the folders that lead to <paramref name="path"/>, if any.</summary>
    private static string? FileOnTheWay(string path)
    {
        try
        {
            for (var folder = Path.GetDirectoryName(Path.GetFullPath(path)); !string.IsNullOrEmpty(folder); folder = Path.GetDirectoryName(folder))
            {
                if (File.Exists(folder))
                {
                    return folder;
                }
            }
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException or PathTooLongException)
        {
            // A path that cannot even be resolved has no file on the way to report.
        }

        return null;
    }
}
