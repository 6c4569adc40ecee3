using Kurils.Domain.Html.Benchmarks;

// dotnet run -c Release --project benchmarks/Kurils.Domain.Html.Benchmarks -- extraction --pages DIR --truth FILE [--passes N] [--warmup N] [--worst N]
// DIR holds the article-extraction benchmark's pages (<key>.html, gunzipped), FILE its ground-truth.json;
// both stay outside this repository. Scores article-body shingle F1 (evaluate.py's metric) for our extractor
// and for SmartReader, and times both on one core (alternating passes; best and median, wall and CPU time).
// `-- scaling` times the full parse on generated 5 MB and 50 MB pages and on hostile shapes (time and allocations).
return args switch
{
    ["extraction", .. var rest] => ExtractionCommand.Run(rest),
    ["scaling"] => ScalingCommand.Run(),
    ["phases", var folder] => PhasesCommand.Run(folder),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: extraction --pages DIR --truth FILE [--passes N] [--warmup N] [--worst N] [--only ours|smartreader] [--output DIR] [--dump PAGE]");
    Console.Error.WriteLine("       scaling");
    return 2;
}
