using Kurils.Domain.Parsing;

namespace Kurils.Domain.Benchmarks;

/// <summary>Articles parsed once up to a later stage, each in its own context, for a mode that times that stage alone.</summary>
internal static class StageContexts
{
    /// <summary>Every article of <paramref name="corpus"/> through the outlet, as <see cref="ArticleParser"/> runs the stages before the statements.</summary>
    public static List<ParseContext> BeforeStatements(ArticleParser parser, Corpus corpus)
    {
        var contexts = new List<ParseContext>(corpus.Articles.Length);
        foreach (var article in corpus.Articles)
        {
            var context = new ParseContext(parser.Catalog);
            context.Begin(article, null);
            parser.IdentifyLanguages(context);
            ArticleParser.Segment(context);
            parser.FindNames(context);
            ArticleParser.FindDates(context);
            ArticleParser.DateTheArticle(context);
            parser.ResolveMentions(context);
            ArticleParser.FindOutlet(context);
            contexts.Add(context);
        }

        return contexts;
    }
}
