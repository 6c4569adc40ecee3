using Kurils.Domain.Html.Benchmarks;

// dotnet run -c Release --project benchmarks/Kurils.Domain.Html.Benchmarks -- extraction --pages DIR --truth FILE [--passes N] [--worst N]
// DIR holds the article-extraction benchmark's pages (<key>.html, gunzipped), FILE its ground-truth.json;
// both stay outside this repository. Scores article-body shingle F1 (evaluate.py's metric) for our extractor
// and for SmartReader, and times both on one core.
return args is ["extraction", .. var rest] ? ExtractionCommand.Run(rest) : Usage();

static int Usage()
{
    Console.Error.WriteLine("usage: extraction --pages DIR --truth FILE [--passes N] [--worst N] [--only ours|smartreader]");
    return 2;
}
