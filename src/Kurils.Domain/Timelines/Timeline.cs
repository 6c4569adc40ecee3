using Kurils.Domain.Parsing;
using NodaTime;

namespace Kurils.Domain.Timelines;

/// <summary>Where one article reports a remark: the article, its outlet and the spans of its statements of it.</summary>
/// <param name="Source">The article's name as given to the timeline.</param>
/// <param name="OutletId">The article's outlet (or its wire, when the page shows no publisher), if known.</param>
/// <param name="Spans">The spans, in the article's text, of its statements of the remark, in text order.</param>
public sealed record TimelineReport(string Source, string? OutletId, EquatableArray<TextSpan> Spans);

/// <summary>One remark (one speaker saying one thing), once, with every article that reports it.</summary>
/// <param name="Date">When it was said: the earliest date its reports give, if any.</param>
/// <param name="SpeakerId">Who said it.</param>
/// <param name="Event">The PLOVER type of the event it is, the first its reports give.</param>
/// <param name="Stance">Its stance toward the dispute, the first its reports give.</param>
/// <param name="Text">A representative text: the longest statement of the first report.</param>
/// <param name="CatalogStatementId">The curated statement it matches, if any report matched one.</param>
/// <param name="Reports">The articles that report it, in the order given.</param>
public sealed record TimelineEntry(
    LocalDate? Date,
    string SpeakerId,
    EventType? Event,
    string? Stance,
    string Text,
    string? CatalogStatementId,
    EquatableArray<TimelineReport> Reports);

/// <summary>
/// The statements of many articles as a timeline: one entry per remark, however many outlets report it. Within
/// an article, a speaker's statements on one date (or undated) are one remark; across articles, two remarks are
/// one when the speaker is the same, the dates (where both are known) are at most <see cref="MaxDaysApart"/> days
/// apart, and they say the same thing: they match the same curated statement, or their words overlap (shared
/// three-word shingles, at least <see cref="MinOverlap"/> of the smaller remark's, or <see cref="MinSharedShingles"/> of them).
/// A remark the parser did not match to a curated statement is matched here by its words: the speaker's curated
/// statement (said within <see cref="MaxDaysApart"/> days, where the date is known) whose gist shares the most of
/// its words, when that is at least <see cref="MinGistShare"/> of the gist's words.
/// </summary>
public static class Timeline
{
    /// <summary>The most days between two reports' dates of one remark.</summary>
    public const int MaxDaysApart = 2;

    /// <summary>The least share of the smaller remark's shingles the two must share.</summary>
    public const double MinOverlap = 0.08;

    /// <summary>Shared shingles that make two remarks one whatever their lengths.</summary>
    public const int MinSharedShingles = 4;

    /// <summary>The least share of a curated statement's gist words a remark must use to match it.</summary>
    public const double MinGistShare = 0.2;

    private const int ShingleWords = 3;

    // Shorter words ("the", "и", "は") say nothing about what was said.
    private const int MinContentWordLength = 4;

    /// <summary>Builds the timeline of <paramref name="articles"/> against <see cref="KurilsCatalog.Default"/>'s curated statements.</summary>
    /// <param name="articles">Each article's name (a path, an id) and its parse.</param>
    /// <returns>The entries, ordered by date (undated last), then speaker.</returns>
    public static IReadOnlyList<TimelineEntry> Build(IEnumerable<(string Source, ParsedArticle Article)> articles) => Build(articles, KurilsCatalog.Default);

    /// <summary>Builds the timeline of <paramref name="articles"/>, entries ordered by date (undated last), then speaker.</summary>
    /// <param name="articles">Each article's name (a path, an id) and its parse.</param>
    /// <param name="catalog">The catalog whose curated statements remarks are matched to.</param>
    /// <returns>The entries.</returns>
    public static IReadOnlyList<TimelineEntry> Build(IEnumerable<(string Source, ParsedArticle Article)> articles, KurilsCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(catalog);
        var groups = new List<List<Remark>>();
        foreach (var (source, article) in articles)
        {
            foreach (var remark in Remarks(source, article))
            {
                if (remark.Catalog.Count == 0 && CuratedMatch(remark, catalog) is { } curated)
                {
                    remark.Catalog.Add(curated);
                }

                var home = groups.Find(g => g.Exists(other => SameRemark(remark, other)));
                if (home is null)
                {
                    groups.Add([remark]);
                }
                else
                {
                    home.Add(remark);
                }
            }
        }

        return [.. groups.Select(Entry).OrderBy(e => e.Date is null).ThenBy(e => e.Date).ThenBy(e => e.SpeakerId, StringComparer.Ordinal)];
    }

    /// <summary>A speaker's statements in one article that are one remark, with what comparing needs.</summary>
    internal sealed record Remark(string Source, ParsedArticle Article, string Speaker, LocalDate? Date, List<ArticleStatement> Statements, HashSet<string> Shingles, HashSet<string> Catalog);

    internal static IEnumerable<Remark> Remarks(string source, ParsedArticle article)
    {
        var remarks = new List<Remark>();
        foreach (var statement in article.Statements)
        {
            if (statement.SpeakerId is not { } speaker)
            {
                continue;
            }

            var date = statement.Date;
            var remark = remarks.Find(r => r.Speaker == speaker && (r.Date is null || date is null || r.Date == date));
            if (remark is null)
            {
                remark = new Remark(source, article, speaker, date, [], new HashSet<string>(StringComparer.Ordinal), new HashSet<string>(StringComparer.Ordinal));
                remarks.Add(remark);
            }
            else if (remark.Date is null && date is not null)
            {
                remarks[remarks.IndexOf(remark)] = remark = remark with { Date = date };
            }

            remark.Statements.Add(statement);
            AddShingles(statement.Span.Of(article.Text), remark.Shingles);
            if (statement.CatalogStatementId is { } id)
            {
                remark.Catalog.Add(id);
            }
        }

        return remarks;
    }

    /// <summary>The speaker's curated statement whose gist the remark's words cover best, if enough.</summary>
    internal static string? CuratedMatch(Remark remark, KurilsCatalog catalog)
    {
        var words = ContentWords(string.Join(' ', remark.Statements.Select(s => s.Span.Of(remark.Article.Text))));
        string? best = null;
        var bestShare = MinGistShare;
        foreach (var statement in catalog.Statements)
        {
            var date = remark.Date ?? remark.Article.ReferenceDate;
            if (statement.SpeakerId != remark.Speaker || (date is { } d && Math.Abs(Period.Between(statement.Said, d, PeriodUnits.Days).Days) > MaxDaysApart))
            {
                continue;
            }

            var gist = ContentWords(statement.Gist);
            var share = gist.Count == 0 ? 0 : (double)gist.Count(words.Contains) / gist.Count;
            if (share >= bestShare)
            {
                (best, bestShare) = (statement.Id, share);
            }
        }

        return best;
    }

    private static HashSet<string> ContentWords(string text)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && char.IsLetterOrDigit(text[i]))
            {
                start = start < 0 ? i : start;
            }
            else if (start >= 0)
            {
                if (i - start >= MinContentWordLength)
                {
                    words.Add(text[start..i].ToLowerInvariant());
                }

                start = -1;
            }
        }

        return words;
    }

    internal static bool SameRemark(Remark a, Remark b)
    {
        if (a.Speaker != b.Speaker || ReferenceEquals(a.Article, b.Article))
        {
            return false;
        }

        if (a.Date is { } x && b.Date is { } y && Math.Abs(Period.Between(x, y, PeriodUnits.Days).Days) > MaxDaysApart)
        {
            return false;
        }

        if (a.Catalog.Overlaps(b.Catalog))
        {
            return true;
        }

        var shared = a.Shingles.Count(b.Shingles.Contains);
        var smaller = Math.Min(a.Shingles.Count, b.Shingles.Count);
        return shared >= MinSharedShingles || (smaller > 0 && shared >= Math.Max(1, MinOverlap * smaller));
    }

    /// <summary>The three-word sequences of the text, in lower case, words being runs of letters and digits (each CJK character a word).</summary>
    private static void AddShingles(string text, HashSet<string> shingles)
    {
        var words = new List<string>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var c = i < text.Length ? text[i] : ' ';
            var cjk = c >= '\u3040' && c <= '\u9FFF';
            if (char.IsLetterOrDigit(c) && !cjk)
            {
                if (start < 0)
                {
                    start = i;
                }

                continue;
            }

            if (start >= 0)
            {
                words.Add(text[start..i].ToLowerInvariant());
                start = -1;
            }

            if (cjk)
            {
                words.Add(c.ToString());
            }
        }

        for (var i = 0; i + ShingleWords <= words.Count; i++)
        {
            shingles.Add(string.Join(' ', words.GetRange(i, ShingleWords)));
        }
    }

    private static TimelineEntry Entry(List<Remark> remarks)
    {
        var first = remarks[0];
        var statements = remarks.SelectMany(r => r.Statements).ToList();
        var representative = first.Statements.MaxBy(s => s.Span.Length)!;
        var reports = remarks.Select(r => new TimelineReport(r.Source, r.Article.OutletId ?? r.Article.WireId, EquatableArray.From(r.Statements.Select(s => s.Span))));
        return new TimelineEntry(
            remarks.Select(r => r.Date).Where(d => d is not null).Min(),
            first.Speaker,
            statements.Select(s => s.Event).FirstOrDefault(e => e is not null),
            statements.Select(s => s.Stance).FirstOrDefault(s => s is not null),
            representative.Span.Of(first.Article.Text),
            statements.Select(s => s.CatalogStatementId).FirstOrDefault(c => c is not null) ?? remarks.SelectMany(r => r.Catalog).FirstOrDefault(),
            EquatableArray.From(reports));
    }
}
