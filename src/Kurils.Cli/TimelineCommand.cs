using System.CommandLine;
using System.Text;
using System.Text.Json;
using Kurils.Domain;
using Kurils.Domain.Parsing;
using Kurils.Domain.Timelines;
using NodaTime;

namespace Kurils.Cli;

/// <summary><c>kurils timeline PATH... [--json|--csv] [--published YYYY-MM-DD]</c>: one entry per remark across the articles, with its reports.</summary>
internal static class TimelineCommand
{
    public static Command Create(CliConsole console)
    {
        var paths = new Argument<string[]>("PATH") { Description = "Files (.jsonl files are records, any other one article), directories (their *.txt and *.jsonl files, sorted by name) or - for standard input.", Arity = ArgumentArity.ZeroOrMore };
        var json = new Option<bool>("--json") { Description = "One JSON object per entry per line (JSON Lines)." };
        var csv = new Option<bool>("--csv") { Description = "One CSV row per report of each entry." };
        var published = OptionValues.Date("--published", "The publication date of every input: relative dates resolve against it.");
        var command = new Command("timeline", "Groups the statements of many articles into one entry per remark (same speaker, within two days, saying the same thing), each with the articles that report it.") { paths, json, csv, published };
        command.Validators.Add(result =>
        {
            if (result.GetValue(paths) is not { Length: > 0 })
            {
                result.AddError("give at least one PATH (a file, a directory or - for standard input)");
            }

            if (result.GetValue(json) && result.GetValue(csv))
            {
                result.AddError("--json and --csv are two formats: choose one");
            }
        });
        command.SetAction(result => Run(result.GetValue(paths)!, result.GetValue(json) ? "json" : result.GetValue(csv) ? "csv" : "text", result.GetValue(published), console));
        CommandHelp.Set(command, new CommandHelp(
            ["kurils timeline seeds", "kurils timeline articles.jsonl --json", "kurils timeline seeds --csv > timeline.csv"],
            "  0   every input parsed\n  2   some input could not be read; the timeline of the others was written\n  3   the output could not be written\n  64  bad command line"));
        return command;
    }

    private static int Run(string[] paths, string format, LocalDate? published, CliConsole console)
    {
        var (stdin, stdout, stderr) = console;
        var parser = ArticleParser.Default;
        var inputs = Inputs.Expand(paths, stdinRecords: false, stderr, out var unreadable);
        var articles = new List<(string Source, ParsedArticle Article)>();
        foreach (var input in inputs)
        {
            foreach (var item in input.Read(stdin, published))
            {
                if (item.TryParse(parser, out var result, out var error))
                {
                    articles.Add((result.Source, result.Article));
                }
                else
                {
                    stderr.WriteLine($"kurils: {item.Location}: {error}");
                    unreadable = true;
                }
            }
        }

        var timeline = Timeline.Build(articles, parser.Catalog);
        switch (format)
        {
            case "json":
                foreach (var entry in timeline)
                {
                    stdout.Write(JsonLine(entry, articles));
                }

                break;
            case "csv":
                stdout.Write("date,speaker,event,stance,catalog_statement,text,source,outlet,start,length\r\n");
                foreach (var entry in timeline)
                {
                    foreach (var report in entry.Reports)
                    {
                        var first = report.Spans[0];
                        Csv(stdout, [Date(entry.Date), entry.SpeakerId, entry.Event is { } e ? JsonNames.EventType(e) : null, entry.Stance, entry.CatalogStatementId, entry.Text, report.Source, report.OutletId, Num(first.Start), Num(first.Length)]);
                    }
                }

                break;
            default:
                foreach (var entry in timeline)
                {
                    var speaker = parser.Catalog.Find<Person>(entry.SpeakerId)?.DisplayName ?? entry.SpeakerId;
                    stdout.WriteLine($"{Date(entry.Date) ?? "(undated)"}  {speaker}{(entry.Event is { } e ? "  " + JsonNames.EventType(e) : string.Empty)}{(entry.Stance is { } s ? "  " + s : string.Empty)}");
                    stdout.WriteLine($"  {entry.Text}");
                    foreach (var report in entry.Reports)
                    {
                        stdout.WriteLine(FormattableString.Invariant($"  - {report.Source} ({report.OutletId ?? "outlet unknown"}), {report.Spans.Count} statement(s) from offset {report.Spans[0].Start}"));
                    }

                    stdout.WriteLine();
                }

                break;
        }

        stdout.Flush();
        return unreadable ? ExitCodes.Unreadable : ExitCodes.Success;
    }

    private static string JsonLine(TimelineEntry entry, List<(string Source, ParsedArticle Article)> articles)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(1024);
        using (var writer = new Utf8JsonWriter(buffer, JsonNames.WriterOptions))
        {
            writer.WriteStartObject();
            if (entry.Date is { } d)
            {
                writer.WriteString("date", IsoDate.Format(d));
            }
            else
            {
                writer.WriteNull("date");
            }

            writer.WriteString("speaker", entry.SpeakerId);
            Nullable(writer, "event", entry.Event is { } e ? JsonNames.EventType(e) : null);
            Nullable(writer, "stance", entry.Stance);
            Nullable(writer, "catalogStatement", entry.CatalogStatementId);
            writer.WriteString("text", entry.Text);
            writer.WriteStartArray("reports");
            foreach (var report in entry.Reports)
            {
                var text = articles.First(a => a.Source == report.Source).Article.Text;
                writer.WriteStartObject();
                writer.WriteString("source", report.Source);
                Nullable(writer, "outlet", report.OutletId);
                writer.WriteStartArray("spans");
                foreach (var span in report.Spans)
                {
                    writer.WriteStartObject();
                    writer.WriteNumber("start", span.Start);
                    writer.WriteNumber("length", span.Length);
                    writer.WriteString("text", span.Of(text));
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan) + "\n";
    }

    private static void Nullable(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is null)
        {
            writer.WriteNull(name);
        }
        else
        {
            writer.WriteString(name, value);
        }
    }

    private static string? Date(LocalDate? date) => date is { } d ? IsoDate.Format(d) : null;

    private static string Num(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static void Csv(TextWriter output, string?[] fields)
    {
        output.Write(string.Join(',', fields.Select(f => string.IsNullOrEmpty(f) ? string.Empty : f.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + f.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : f)));
        output.Write("\r\n");
    }
}
