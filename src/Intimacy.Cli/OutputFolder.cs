namespace Intimacy.Cli;

/// <summary>
/// An output folder whose files are replaced together, only when the command succeeds: each file is written
/// under a temporary name in the folder and moved into place by <see cref="Commit"/>, as are the removals.
/// Disposed without a commit (a failure, a cancellation), it deletes its temporary files and, when it created
/// the folder itself, the folder; a folder that existed before keeps every file it had.
/// </summary>
internal sealed class OutputFolder : IDisposable
{
    private readonly List<(string Temporary, string Target)> _staged = [];
    private readonly List<(StreamWriter Writer, string Target)> _writers = [];
    private readonly List<string> _removals = [];
    private readonly bool _created;
    private bool _done;

    public OutputFolder(string path)
    {
        Path = path;
        _created = !Directory.Exists(path);
        OutputFiles.CreateFolder(path);
    }

    /// <summary>The folder, as the user named it.</summary>
    public string Path { get; }

    /// <summary>The final path of the file <paramref name="name"/> in the folder, for messages.</summary>
    public string PathOf(string name) => System.IO.Path.Combine(Path, name);

    /// <summary>
    /// A writer for the file <paramref name="name"/>, which replaces any earlier one on <see cref="Commit"/>. The folder
    /// owns it and closes it: on <see cref="Commit"/>, reporting a failure to write its last bytes, or quietly when the
    /// command failed, so that a second error from the same full disk cannot hide the first (or a cancellation).
    /// </summary>
    public StreamWriter CreateWriter(string name)
    {
        var temporary = Stage(name);
        var writer = OutputFiles.Guard(PathOf(name), () => new StreamWriter(temporary) { NewLine = "\n" });
        _writers.Add((writer, PathOf(name)));
        return writer;
    }

    /// <summary>Writes the file <paramref name="name"/>, which replaces any earlier one on <see cref="Commit"/>.</summary>
    public void WriteText(string name, string text)
    {
        var temporary = Stage(name);
        OutputFiles.Guard(PathOf(name), () => OutputFiles.WriteFile(temporary, text, FileMode.CreateNew));
    }

    /// <summary>Deletes the file <paramref name="name"/> on <see cref="Commit"/>, unless this run writes one.</summary>
    public void Remove(string name) => _removals.Add(name);

    /// <summary>
    /// Fails when one of the files <paramref name="names"/> would go where the folder holds a folder of that name: moving
    /// the others into place first would leave part of the outputs, which a later <c>merge</c> takes for a whole run.
    /// </summary>
    public void RequireFileTargets(IEnumerable<string> names)
    {
        foreach (var name in names)
        {
            if (Directory.Exists(PathOf(name)))
            {
                throw new CliFailure(ExitCodes.Usage, $"Cannot write '{PathOf(name)}': it is a folder, and the output is a file.");
            }
        }
    }

    /// <summary>Puts every written file in place and makes the removals; nothing is moved unless every file can be.</summary>
    public void Commit()
    {
        RequireFileTargets(_staged.Select(s => System.IO.Path.GetFileName(s.Target)));
        foreach (var (writer, target) in _writers)
        {
            OutputFiles.Guard(target, writer.Dispose);
        }

        foreach (var name in _removals.Where(name => !_staged.Any(s => s.Target == PathOf(name))))
        {
            var target = PathOf(name);
            OutputFiles.Guard(target, () => File.Delete(target));
        }

        foreach (var (temporary, target) in _staged)
        {
            OutputFiles.Guard(target, () => File.Move(temporary, target, overwrite: true));
        }

        _done = true;
    }

    public void Dispose()
    {
        if (_done)
        {
            return;
        }

        _done = true;
        foreach (var (writer, _) in _writers)
        {
            OutputFiles.Quietly(writer.Dispose);
        }

        foreach (var (temporary, _) in _staged)
        {
            OutputFiles.Quietly(() => File.Delete(temporary));
        }

        if (_created)
        {
            // Not recursive: only an empty folder goes, so nothing another process put there is lost.
            OutputFiles.Quietly(() => Directory.Delete(Path));
        }
    }

    private string Stage(string name)
    {
        var target = PathOf(name);
        var temporary = OutputFiles.TemporaryBeside(target);
        _staged.Add((temporary, target));
        return temporary;
    }
}
