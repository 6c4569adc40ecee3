using Kurils.Domain;
using Kurils.Domain.Events.Evaluation;
using Kurils.Domain.Parsing;

// Kurils.Domain.Events.Evaluation GOLD.json [--verbose]
//   GOLD.json: PLOVER's gold standard records (gold_standard_records/PLOVER_GSR_CAMEO.txt of openeventdata/PLOVER).
//   Prints per-type precision, recall and F1 of the event type for the events stage and the keyword baseline,
//   and actor agreement on the records whose actors the catalog knows; --verbose adds one line per record (gold, kurils and baseline codings).
if (args.Length == 0 || args[0].StartsWith('-'))
{
    Console.Error.WriteLine("usage: Kurils.Domain.Events.Evaluation GOLD.json [--verbose]   (GOLD.json: gold_standard_records/PLOVER_GSR_CAMEO.txt of github.com/openeventdata/PLOVER)");
    return 2;
}

if (!File.Exists(args[0]))
{
    Console.Error.WriteLine($"{args[0]}: no such file");
    return 1;
}

List<GoldRecord> records;
try
{
    records = GoldRecord.Read(args[0], Console.Error);
}
catch (System.Text.Json.JsonException e)
{
    Console.Error.WriteLine($"{args[0]}: not JSON ({e.Message})");
    return 1;
}

var verbose = args.Contains("--verbose");
var parser = new ArticleParser(KurilsCatalog.Default) { EventsWithoutActors = true };
var baseline = new KeywordBaseline();
var scores = new Scores(["kurils (triggers)", "kurils (as shipped)", "keyword baseline"]);
foreach (var record in records)
{
    var article = parser.Parse(record.Text);
    var first = article.Events.FirstOrDefault();
    var shipped = article.Events.FirstOrDefault(e => e.SourceIds.Count > 0);
    var keyword = baseline.Code(record.Text);
    var actorMentions = article.Mentions.Where(m => m.Kind is EntityKind.Country or EntityKind.Person or EntityKind.Institution).ToList();
    var keywordSources = keyword is { } k ? actorMentions.Where(m => m.Span.End <= k.Start).Select(m => m.Id).Take(1).ToList() : [];
    var keywordTargets = keyword is { } k2 ? actorMentions.Where(m => m.Span.Start >= k2.Start + k2.Length).Select(m => m.Id).Take(1).ToList() : [];

    scores.Add(record, 0, first?.Type, first?.SourceIds ?? [], first?.TargetIds ?? []);
    scores.Add(record, 1, shipped?.Type, shipped?.SourceIds ?? [], shipped?.TargetIds ?? []);
    scores.Add(record, 2, keyword?.Type, keywordSources, keywordTargets);
    if (verbose)
    {
        // Every record, so that type and actor disagreements can both be read off (grep gold=X kurils=Y).
        var trigger = first is null ? "" : $" \"{article.TextOf(first.Trigger)}\" {string.Join(",", first.SourceIds)}->{string.Join(",", first.TargetIds)}";
        var word = keyword is { } w ? $" \"{record.Text.Substring(w.Start, w.Length)}\" {string.Join(",", keywordSources)}->{string.Join(",", keywordTargets)}" : "";
        Console.WriteLine($"{record.Id}\tgold={record.Type} {string.Join(",", record.SourceCodes)}->{string.Join(",", record.TargetCodes)}\tkurils={first?.Type.ToString() ?? "-"}{trigger}\tbaseline={keyword?.Type.ToString() ?? "-"}{word}\t{record.Text}");
    }
}

scores.Write(Console.Out, records.Count);
return 0;
