namespace Kurils.Cli;

/// <summary>One article to read: a file, or standard input.</summary>
internal sealed class Input
{
    /// <summary>Larger inputs are refused rather than read into memory.</summary>
    public const long MaxBytes = 256L * 1024 * 1024;

    private Input(string name, bool isStdin)
    {
        Name = name;
        IsStdin = isStdin;
    }

    public string Name { get; }

    public bool IsStdin { get; }

    public static Input File(string path) => new(path, false);

    public static Input Stdin() => new("-", true);

    public bool TryRead(Stream stdin, out byte[] bytes, out string? error)
    {
        bytes = [];
        error = null;
        try
        {
            if (IsStdin)
            {
                using var buffer = new MemoryStream();
                stdin.CopyTo(buffer);

                bytes = buffer.ToArray();
                return true;
            }

            var info = new FileInfo(Name);
            if (info.Length > MaxBytes)
            {
                error = FormattableString.Invariant($"file is larger than {MaxBytes} bytes");
                return false;
            }

            bytes = System.IO.File.ReadAllBytes(Name);
            if (LooksBinary(bytes))
            {
                error = "not a text file (it contains NUL bytes)";
                bytes = [];
                return false;
            }

            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            error = e is UnauthorizedAccessException ? "permission denied" : e.Message;
            return false;
        }
    }

    /// <summary>Text files do not contain NUL bytes in their first few kilobytes; binary files almost always do.</summary>
    private static bool LooksBinary(ReadOnlySpan<byte> bytes) => bytes[..Math.Min(bytes.Length, 8192)].Contains((byte)0);
}

/// <summary>Expands the PATH arguments into inputs: files as given, directories to their sorted *.txt files.</summary>
internal static class Inputs
{
    public static List<Input> Expand(IEnumerable<string> paths, TextWriter stderr, out bool unreadable)
    {
        unreadable = false;
        var inputs = new List<Input>();
        foreach (var path in paths)
        {
            if (path == "-")
            {
                inputs.Add(Input.Stdin());
            }
            else if (Directory.Exists(path))
            {
                try
                {
                    inputs.AddRange(Directory.EnumerateFiles(path, "*.txt").Order(StringComparer.Ordinal).Select(Input.File));
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    stderr.WriteLine($"kurils: {path}: cannot list directory: {(e is UnauthorizedAccessException ? "permission denied" : e.Message)}");
                    unreadable = true;
                }
            }
            else if (System.IO.File.Exists(path))
            {
                inputs.Add(Input.File(path));
            }
            else
            {
                stderr.WriteLine($"kurils: {path}: no such file or directory");
                unreadable = true;
            }
        }

        return inputs;
    }
}
