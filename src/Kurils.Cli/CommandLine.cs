namespace Kurils.Cli;

/// <summary>Dispatches <c>kurils COMMAND ...</c> to its command.</summary>
internal static class CommandLine
{
    public const string Usage = """
        kurils: names and articles about the Kuril Islands / Northern Territories dispute

        Usage:
          kurils resolve NAME... [--json]        resolve names in any script to catalog ids
          kurils parse PATH... [--format F]      parse articles (files, directories, - for stdin)
          kurils validate [PATH...]              check catalog YAML (the shipped data when no PATH)
          kurils --help | COMMAND --help         help

        Exit codes: 0 success, 1 something unresolved or invalid, 2 unreadable input,
                    3 output failed, 64 bad command line.
        """;

    public static int Run(string[] args, Stream stdin, TextWriter stdout, TextWriter stderr)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
        {
            (args.Length == 0 ? stderr : stdout).WriteLine(Usage);
            return args.Length == 0 ? ExitCodes.Usage : ExitCodes.Success;
        }

        var rest = args[1..];
        try
        {
            return args[0] switch
            {
                "resolve" => ResolveCommand.Run(rest, stdout, stderr),
                "validate" => ValidateCommand.Run(rest, stdout, stderr),
                "parse" => ParseCommand.Run(rest, stdin, stdout, stderr),
                _ => UsageError(stderr, $"unknown command '{args[0]}'"),
            };
        }
        catch (IOException e) when (IsBrokenPipe(e))
        {
            // The reader went away (`kurils ... | head`): nothing more to say to anyone.
            return ExitCodes.OutputFailed;
        }
        catch (IOException e)
        {
            // Inputs report their own read errors, so an I/O error that gets here is the output's (a full disk, a
            // device error): say so once and exit with the documented code rather than crash.
            TryWriteLine(stderr, "kurils: cannot write the output: " + e.Message);
            return ExitCodes.OutputFailed;
        }
    }

    public static int UsageError(TextWriter stderr, string message)
    {
        stderr.WriteLine("kurils: " + message + " (see kurils --help)");
        return ExitCodes.Usage;
    }

    private static void TryWriteLine(TextWriter writer, string line)
    {
        try
        {
            writer.WriteLine(line);
        }
        catch (IOException)
        {
            // Standard error is gone too: the exit code is all that is left.
        }
    }

    private static bool IsBrokenPipe(IOException e) => e.HResult == 32 || e.Message.Contains("pipe", StringComparison.OrdinalIgnoreCase);
}
