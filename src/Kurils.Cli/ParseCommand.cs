using System.Text;
using System.Text.Json;
using Kurils.Domain;
using Kurils.Domain.Parsing;
using NodaTime;

namespace Kurils.Cli;

/// <summary><c>kurils parse PATH... [--format text|json|csv] [--published YYYY-MM-DD]</c>.</summary>
internal static class ParseCommand
{
    public const string Help = """
        Usage: kurils parse PATH... [--format text|json|csv] [--json] [--table NAME] [--published YYYY-MM-DD]

        Parses articles and reports what they say about the dispute. PATH is a file, a directory
        (its *.txt files, sorted by name) or - for standard input. Files are read as UTF-8.
          --format text   a readable report per article (the default)
          --format json   one JSON object per line per article (JSON Lines; schema: schemas/parsed-article.schema.json beside the kurils binary)
          --json          the same as --format json
          --format csv    one CSV table (with a header row) for all articles; choose it with --table:
                          statements (default), mentions, articles, dates, segments
          --published D   the publication date (YYYY-MM-DD) of every input: relative dates resolve against it

        Examples:
          kurils parse seeds
          kurils parse article.txt --json --published 2024-06-05
          cat article.txt | kurils parse - --format csv --table mentions > mentions.csv

        Exit code 0 when every input parsed, 2 when some input could not be read (the others are still
        parsed and written), 3 when the output could not be written, 64 for a bad command line.
        """;

    public static int Run(string[] args, Stream stdin, TextWriter stdout, TextWriter stderr)
    {
        var format = "text";
        var table = "statements";
        LocalDate? published = null;
        var paths = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            var arg = args[i];
            switch (arg)
            {
                case "-h" or "--help":
                    stdout.WriteLine(Help);
                    return ExitCodes.Success;
                case "--json":
                    format = "json";
                    break;
                case "--format" when i + 1 < args.Length && args[i + 1] is "text" or "json" or "csv":
                    format = args[++i];
                    break;
                case "--table" when i + 1 < args.Length && CsvTables.Names.Contains(args[i + 1], StringComparer.Ordinal):
                    table = args[++i];
                    break;
                case "--published" when i + 1 < args.Length && IsoDate.TryParse(args[i + 1], out var date):
                    published = date;
                    i++;
                    break;
                case "--format" or "--table" or "--published":
                    return CommandLine.UsageError(stderr, $"parse: {arg} needs a valid value");
                case "-":
                    paths.Add(arg);
                    break;
                case var option when option.StartsWith("--", StringComparison.Ordinal):
                    return CommandLine.UsageError(stderr, $"parse: unknown option '{option}'");
                default:
                    paths.Add(arg);
                    break;
            }
        }

        if (paths.Count == 0)
        {
            return CommandLine.UsageError(stderr, "parse: give at least one PATH (a file, a directory or -)");
        }

        var parser = ArticleParser.Default;
        var inputs = Inputs.Expand(paths, stderr, out var unreadable);
        var progress = new Progress(stderr, inputs.Count);
        var csv = format == "csv" ? new CsvTables(stdout, table) : null;
        foreach (var input in inputs)
        {
            if (!input.TryRead(stdin, out var bytes, out var error))
            {
                stderr.WriteLine($"kurils: {input.Name}: {error}");
                unreadable = true;
                continue;
            }

            var (article, text) = parser.Parse(bytes, published);
            switch (format)
            {
                case "json":
                    WriteJsonLine(stdout, input.Name, text, article);
                    break;
                case "csv":
                    csv!.Write(input.Name, text, article);
                    break;
                default:
                    TextReport.Write(stdout, input.Name, text, article, parser.Catalog);
                    break;
            }

            stdout.Flush();
            progress.Step();
        }

        progress.Done();
        return unreadable ? ExitCodes.Unreadable : ExitCodes.Success;
    }

    private static void WriteJsonLine(TextWriter stdout, string source, string text, ParsedArticle article)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, JsonNames.WriterOptions))
        {
            ArticleJson.Write(writer, source, text, article);
        }

        stdout.WriteLine(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
    }

    /// <summary>Progress on stderr for long runs, only when a person is watching it.</summary>
    private sealed class Progress(TextWriter stderr, int total)
    {
        private readonly bool _enabled = !Console.IsErrorRedirected && total > 20 && ReferenceEquals(stderr, Console.Error);
        private int _done;

        public void Step()
        {
            _done++;
            if (_enabled && (_done % 10 == 0 || _done == total))
            {
                stderr.Write(FormattableString.Invariant($"\rparsed {_done}/{total}"));
            }
        }

        public void Done()
        {
            if (_enabled)
            {
                stderr.WriteLine();
            }
        }
    }
}
