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

    public static void WriteText(string path, string text) => Guard(path, () => File.WriteAllText(path, text));

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
