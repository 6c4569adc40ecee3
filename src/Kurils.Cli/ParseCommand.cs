using System.CommandLine;
using System.Text.Json;
using Kurils.Domain;
using Kurils.Domain.Parsing;
using NodaTime;

namespace Kurils.Cli;

/// <summary><c>kurils parse PATH... [--format text|json|csv] [--table T] [--published YYYY-MM-DD] [--records] [--jobs N] [--catalog FILE]...</c>.</summary>
internal static class ParseCommand
{
    /// <summary>The largest JSON buffer a worker thread keeps for the next article.</summary>
    private const int MaxKeptJsonBuffer = 1 << 22;

    [ThreadStatic]
    private static (System.Buffers.ArrayBufferWriter<byte> Buffer, Utf8JsonWriter Writer)? jsonBuffer;

    public static Command Create(CliConsole console)
    {
        var paths = new Argument<string[]>("PATH") { Description = "Files (.jsonl files are records, .html and .htm web pages, any other one article, read as a page when its content opens as HTML), directories (their *.txt, *.jsonl, *.html and *.htm files, sorted by name) or - for standard input. Text is read as UTF-8; pages in their declared or sniffed encoding.", Arity = ArgumentArity.ZeroOrMore, CustomParser = OptionValues.Texts };
        var format = OptionValues.Choice("--format", "a format", ["text", "json", "csv"], "text: a readable report per article; json: one JSON object per article per line (JSON Lines, see kurils schema); csv: one table for all articles, chosen with --table.");
        var json = new Option<bool>("--json") { Description = "The same as --format json." };
        var table = OptionValues.Choice("--table", "a CSV table", CsvTables.Names, "With --format csv: which table to write.");
        var published = OptionValues.Date("--published", "The publication date of every input (a record's own \"published\" wins): relative dates (\"on Tuesday\", \"last year\") resolve against it.");
        var jobs = OptionValues.Count("--jobs", 1, () => Environment.ProcessorCount, "How many articles to parse at once (default: the number of processors). Results are written in input order.");
        var catalogs = CatalogOption.Create();
        var records = new Option<bool>("--records") { Description = "Standard input (-) is JSON Lines records ({\"text\" or \"html\", \"id\", \"url\", \"published\", \"outlet\", \"language\"}), as .jsonl files are." };
        var command = new Command("parse", "Parses articles and reports what they say about the dispute: mentions, statements, dates, outlet.") { paths, format, json, table, published, records, jobs, catalogs };
        command.Validators.Add(result =>
        {
            if (result.GetValue(paths) is not { Length: > 0 })
            {
                result.AddError("give at least one PATH (a file, a directory or - for standard input)");
            }

            if (result.GetValue(json) && result.Given(format) && result.GetValue(format) != "json")
            {
                result.AddError($"--json means --format json, which contradicts --format {result.GetValue(format)}");
            }

            if (result.Given(table) && (result.GetValue(format) != "csv" || result.GetValue(json)))
            {
                result.AddError("--table chooses the CSV table: add --format csv");
            }

            if (result.GetValue(records) && !(result.GetValue(paths) ?? []).Contains("-"))
            {
                result.AddError("--records reads standard input as JSON Lines: give - as a PATH (.jsonl files are records anyway)");
            }
        });
        command.SetAction(result => Run(
            result.GetValue(paths)!,
            result.GetValue(json) ? "json" : result.GetValue(format)!,
            result.GetValue(table)!,
            result.GetValue(published),
            result.GetValue(records),
            result.GetValue(jobs),
            result.GetValue(catalogs),
            console));
        CommandHelp.Set(command, new CommandHelp(
            [
                "kurils parse seeds",
                "kurils parse article.txt --json --published 2024-06-05",
                "cat article.txt | kurils parse - --format csv --table mentions > mentions.csv",
                "kurils parse articles.jsonl --json --jobs 2",
                "cat articles.jsonl | kurils parse - --records --json > parsed.jsonl",
                "kurils parse seeds --catalog my-people.yaml --catalog my-outlets.yaml",
            ],
            "  0   every input parsed\n  2   some input could not be read, or a record line was bad; the others were parsed and written;\n      or a --catalog file could not be loaded\n  3   the output could not be written (for example a closed pipe)\n  64  bad command line"));
        return command;
    }

    private static int Run(string[] paths, string format, string table, LocalDate? published, bool records, int jobs, string[]? overlays, CliConsole console)
    {
        var (stdin, stdout, stderr) = console;
        if (!CatalogOption.TryLoad(overlays, stderr, out var catalog))
        {
            return ExitCodes.Unreadable;
        }

        var parser = overlays is { Length: > 0 } ? new ArticleParser(catalog) : ArticleParser.Default;
        var inputs = Inputs.Expand(paths, records, stderr, out var unreadable);
        var progress = new Progress(stderr, inputs.Count);
        Func<ParsedResult, Utf8Chunk> formatter = format switch
        {
            "json" => result => JsonLine(result, parser.Catalog),
            "csv" => result => Utf8Chunk.Of(CsvTables.Rows(table, result, parser.Catalog)),
            _ => result => Utf8Chunk.Of(TextReport.Format(result, parser.Catalog)),
        };
        if (format == "csv")
        {
            CsvTables.WriteHeader(stdout, table);
        }

        // One article (a file or standard input that is not records) is parsed on this thread: a second one would only
        // be started, and its code compiled, to find nothing left to take.
        if (inputs.Count == 1 && inputs[0].Kind != InputKind.Records)
        {
            jobs = 1;
        }

        var items = inputs.SelectMany(input => Items(input, stdin, published, progress));
        var allParsed = new ParsePipeline(parser, formatter, jobs).Run(items, stdout, stderr);
        stdout.Flush();
        progress.Done();
        return unreadable || !allParsed ? ExitCodes.Unreadable : ExitCodes.Success;
    }

    /// <summary>The input's articles, counting the input done for the progress line once they are all read.</summary>
    private static IEnumerable<ArticleItem> Items(Input input, Stream stdin, LocalDate? published, Progress progress)
    {
        foreach (var item in input.Read(stdin, published))
        {
            yield return item;
        }

        progress.Step();
    }

    /// <summary>One JSON line, written into this thread's buffer (kept from article to article) and copied out.</summary>
    private static Utf8Chunk JsonLine(ParsedResult result, KurilsCatalog catalog)
    {
        var (buffer, writer) = jsonBuffer ??= NewJsonBuffer();
        buffer.ResetWrittenCount();
        writer.Reset(buffer);
        ArticleJson.Write(writer, result.Source, result.Url, result.Article, catalog, result.Html);
        writer.Flush();
        buffer.GetSpan(1)[0] = (byte)'\n';
        buffer.Advance(1);
        var line = Utf8Chunk.Of(buffer.WrittenSpan);
        if (buffer.Capacity > MaxKeptJsonBuffer)
        {
            jsonBuffer = null; // a huge article's buffer is not kept for the small ones after it
        }

        return line;
    }

    private static (System.Buffers.ArrayBufferWriter<byte>, Utf8JsonWriter) NewJsonBuffer()
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(1 << 16);
        return (buffer, new Utf8JsonWriter(buffer, JsonNames.WriterOptions));
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
