using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.CommandLine.Parsing;

namespace Kurils.Cli;

/// <summary>
/// The <c>kurils</c> command line: the commands and their options are declared with System.CommandLine (parsing,
/// help, <c>--version</c>, completions); what is kurils' own is here: a bad command line is one line per problem
/// on stderr and exit code 64, help ends with examples, and an output that fails is exit code 3.
/// </summary>
internal static class CommandLine
{
    /// <summary>Runs <c>kurils</c> with <paramref name="args"/>; returns the exit code (see <see cref="ExitCodes"/>).</summary>
    public static int Run(string[] args, Stream stdin, TextWriter stdout, TextWriter stderr)
    {
        var console = new CliConsole(stdin, stdout, stderr);
        if (args.Length == 0)
        {
            return UsageError(stderr, Build(console), "give a command: resolve, parse, timeline, validate or schema");
        }

        if (!args[0].StartsWith('-') && Array.IndexOf(CommandNames, args[0]) < 0)
        {
            return UsageError(stderr, Build(console), $"'{args[0]}' is not a command; use {OptionValues.Alternatives(CommandNames)}");
        }

        // A command line runs one command, so only that one is declared (under the JIT, declaring the others is
        // code compiled for nothing at every start); kurils' own options (--help, --version) need them all.
        var root = Build(console, args[0].StartsWith('-') ? null : args[0]);
        var result = root.Parse(args);
        try
        {
            if (result.Action is ParseErrorAction || (result.Action is null && result.Errors.Count > 0))
            {
                return UsageErrors(stderr, result);
            }

            if (result.Action is not HelpAction and not ExamplesHelpAction && UnknownOption(result) is { } unknown)
            {
                return UsageError(stderr, result.CommandResult.Command, $"unknown option '{unknown}'{DidYouMean(unknown, result.CommandResult.Command)}");
            }

            var code = result.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
            stdout.Flush();
            return code;
        }
        catch (IOException e) when (OutputErrors.IsBrokenPipe(e))
        {
            // The reader went away (`kurils ... | head`): nothing more to say to anyone.
            return ExitCodes.OutputFailed;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Inputs report their own read errors, so an I/O error that gets here is the output's (a full disk, a
            // device error, a closed descriptor: `kurils ... >&-`): say so once and exit with the documented code
            // rather than crash.
            OutputErrors.TryWriteLine(stderr, "kurils: cannot write the output: " + (e.InnerException ?? e).Message);
            return ExitCodes.OutputFailed;
        }
    }

    /// <summary>One line on stderr naming the problem and where to read more; exit code 64.</summary>
    public static int UsageError(TextWriter stderr, Command command, string message)
    {
        stderr.WriteLine($"kurils: {message} (see {HelpCommand(command)})");
        return ExitCodes.Usage;
    }

    /// <summary>The problems System.CommandLine and kurils find in <paramref name="args"/>, without running anything.</summary>
    internal static IReadOnlyList<string> Problems(string[] args)
    {
        var result = Build(new CliConsole(Stream.Null, TextWriter.Null, TextWriter.Null)).Parse(args);
        var problems = result.Errors.Select(e => Sentence(e.Message)).ToList();
        if (UnknownOption(result) is { } unknown)
        {
            problems.Add($"unknown option '{unknown}'");
        }

        return problems;
    }

    /// <summary>The commands, in the order help lists them.</summary>
    private static readonly string[] CommandNames = ["resolve", "parse", "timeline", "validate", "schema"];

    /// <summary>The command line with every command, or with the one named <paramref name="only"/>.</summary>
    private static RootCommand Build(CliConsole console, string? only = null)
    {
        var root = new RootCommand("kurils: names and articles about the Kuril Islands / Northern Territories dispute.");
        foreach (var name in CommandNames)
        {
            if (only is null || only == name)
            {
                root.Subcommands.Add(Create(name, console));
            }
        }

        // Help as System.CommandLine writes it, followed by the command's examples and exit codes.
        var help = root.Options.OfType<HelpOption>().Single();
        help.Action = new ExamplesHelpAction((HelpAction)help.Action!);
        CommandHelp.Set(root, new CommandHelp(
            [
                "kurils parse seeds",
                "kurils resolve Etorofu 国後島 \"Southern Kurils\"",
                "kurils validate my-names.yaml --overlay",
                "kurils schema --path",
            ],
            ExitCodes.Summary));
        return root;
    }

    private static Command Create(string name, CliConsole console) => name switch
    {
        "resolve" => ResolveCommand.Create(console),
        "parse" => ParseCommand.Create(console),
        "timeline" => TimelineCommand.Create(console),
        "validate" => ValidateCommand.Create(console),
        _ => SchemaCommand.Create(console),
    };

    private static int UsageErrors(TextWriter stderr, ParseResult result)
    {
        var command = result.CommandResult.Command;
        foreach (var error in result.Errors.Select(e => e.Message).Distinct(StringComparer.Ordinal))
        {
            UsageError(stderr, command, Sentence(error));
        }

        return ExitCodes.Usage;
    }

    /// <summary>
    /// System.CommandLine hands a token such as <c>-x</c> that names no option to an argument that takes any
    /// text (a NAME, a PATH). kurils refuses it instead: no name or path starts with <c>-</c> except <c>-</c> itself
    /// (standard input), and one that does can follow <c>--</c>.
    /// </summary>
    private static string? UnknownOption(ParseResult result)
    {
        foreach (var token in result.Tokens)
        {
            if (token.Type == TokenType.DoubleDash)
            {
                return null;
            }

            if (token.Type == TokenType.Argument && token.Value.Length > 1 && token.Value[0] == '-' && !IsNumber(token.Value))
            {
                return token.Value;
            }
        }

        return null;
    }

    /// <summary>" (did you mean --json?)" when one of the command's options is within two edits of <paramref name="token"/>.</summary>
    private static string DidYouMean(string token, Command command)
    {
        var options = command.Options.Concat(command.Parents.OfType<Command>().SelectMany(p => p.Options.Where(o => o.Recursive)))
            .SelectMany(o => o.Aliases.Prepend(o.Name))
            .Where(name => name.StartsWith("--", StringComparison.Ordinal))
            .Distinct(StringComparer.Ordinal)
            .Select(name => (Name: name, Distance: EditDistance(token, name)))
            .Where(c => c.Distance <= 2)
            .OrderBy(c => c.Distance)
            .ThenBy(c => c.Name, StringComparer.Ordinal)
            .ToList();
        return options.Count == 0 ? string.Empty : $" (did you mean {options[0].Name}?)";
    }

    /// <summary>Levenshtein distance, for option names of a few letters.</summary>
    private static int EditDistance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1], previous[j]) + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }

            previous = current;
        }

        return previous[b.Length];
    }

    private static bool IsNumber(string value) => value.Skip(1).All(char.IsAsciiDigit);

    /// <summary>System.CommandLine's messages end with a full stop; ours go on with "(see …)".</summary>
    private static string Sentence(string message) => message.TrimEnd().TrimEnd('.');

    private static string HelpCommand(Command command) => command is RootCommand ? "kurils --help" : $"kurils {command.Name} --help";
}

/// <summary>Where a command reads and writes: the process's standard streams, or a test's.</summary>
internal sealed record CliConsole(Stream Stdin, TextWriter Stdout, TextWriter Stderr);

/// <summary>What a command's help adds after System.CommandLine's: examples, then the exit codes.</summary>
internal sealed record CommandHelp(IReadOnlyList<string> Examples, string ExitCodes)
{
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Command, CommandHelp> Table = [];

    public static void Set(Command command, CommandHelp help) => Table.AddOrUpdate(command, help);

    public static CommandHelp? Of(Command command) => Table.TryGetValue(command, out var help) ? help : null;
}

/// <summary><c>--help</c>: the standard help, then the command's examples and exit codes.</summary>
internal sealed class ExamplesHelpAction(HelpAction standard) : SynchronousCommandLineAction
{
    /// <summary>As the standard help: <c>kurils parse --help</c> is help, not a missing PATH.</summary>
    public override bool ClearsParseErrors => true;

    public override int Invoke(ParseResult parseResult)
    {
        standard.Invoke(parseResult);
        var output = parseResult.InvocationConfiguration.Output;
        if (CommandHelp.Of(parseResult.CommandResult.Command) is { } help)
        {
            output.WriteLine("Examples:");
            foreach (var example in help.Examples)
            {
                output.WriteLine("  " + example);
            }

            output.WriteLine();
            output.WriteLine("Exit codes:");
            output.WriteLine(help.ExitCodes);
            output.WriteLine();
        }

        return Cli.ExitCodes.Success;
    }
}

/// <summary>How a failing output is told apart and reported.</summary>
internal static class OutputErrors
{
    /// <summary>EPIPE (32): the reading end of a pipe was closed.</summary>
    public static bool IsBrokenPipe(IOException e) => e.HResult == 32 || e.Message.Contains("pipe", StringComparison.OrdinalIgnoreCase);

    public static void TryWriteLine(TextWriter writer, string line)
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
}
