// Compiled into each project that reads a whole file a user names (linked, not referenced), so that no package
// depends on another for it and none exposes it: the library's projects share the code, not an API.
using System.Text;

namespace Intimacy.Shared;

/// <summary>Reads a file's text, but no more than a cap: a pipe or a device has no size until it is read.</summary>
internal static class BoundedText
{
    /// <summary>
    /// The file's text, decoded as <see cref="File.ReadAllText(string)"/> decodes it (UTF-8 unless a byte order mark says
    /// otherwise), or <see langword="null"/> when it holds more than <paramref name="cap"/> bytes. A file known to be
    /// larger is not read at all; a pipe or device (<c>&lt;(command)</c>, <c>/dev/stdin</c>, a named pipe, <c>/dev/zero</c>),
    /// whose length is 0 until it is read, is read no further than the cap.
    /// </summary>
    /// <exception cref="IOException">The file cannot be opened or read.</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    public static string? Read(string path, long cap)
    {
        using var file = File.OpenRead(path);
        if (file.CanSeek && file.Length > cap)
        {
            return null;
        }

        // A file's size is known (and within the cap): the buffer is made that size once rather than grown.
        using var bytes = new MemoryStream(file.CanSeek ? (int)file.Length : 0);
        var buffer = new byte[81920];
        int read;
        while ((read = file.Read(buffer)) > 0)
        {
            if (bytes.Length + read > cap)
            {
                return null;
            }

            bytes.Write(buffer, 0, read);
        }

        bytes.Position = 0;
        using var reader = new StreamReader(bytes, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }
}
