using System.Globalization;
using System.Text;
using Kurils.Domain.Parsing;
using NodaTime;
using NodaTime.Text;

namespace Kurils.Domain.Tests.Seeds;

/// <summary>
/// The compact, reviewable text form of a parse that the expected-parse files beside the seeds hold: one fact
/// per line, with its span and the text it covers, so a reviewer can check each line against the article.
/// </summary>
internal static class GoldenFormat
{
    public static string Render(string text, ParsedArticle article)
    {
        var output = new StringBuilder();
        void Line(string line) => output.Append(line).Append('\n');

        Line("# Expected parse, produced by ArticleParser and checked by SeedTests. Offsets are UTF-16 code units.");
        Line($"language: {article.Language}");
        Line($"about-dispute: {(article.AboutDispute ? "yes" : "no")}");
        Line($"outlet: {article.OutletId ?? "-"}");
        Line($"wire: {article.WireId ?? "-"}");
        Line($"headline: {(article.Headline is { } h ? Quote(h.Of(text)) : "-")}");
        Line(article.Dateline is { } d
            ? $"dateline: place={d.Place ?? "-"} agency={d.Agency ?? "-"} date-text={(d.DateText is null ? "-" : Quote(d.DateText))} date={Date(d.Date)}"
            : "dateline: -");
        Line($"reference-date: {Date(article.ReferenceDate)} ({article.ReferenceDateSource})");

        Line(string.Empty);
        Line("[segments]");
        foreach (var segment in article.Segments)
        {
            var author = segment.Author is { } a ? $" author={Quote(a.Of(text))}" : string.Empty;
            Line($"{Span(segment.Span)} {segment.Kind}{author} {Quote(Shorten(segment.Content.Of(text)))}");
        }

        Line(string.Empty);
        Line("[mentions]");
        foreach (var m in article.Mentions)
        {
            var extra = (m.InComment ? " in-comment" : string.Empty) + (m.Method != MentionMethod.Name ? " " + m.Method : string.Empty) + (m.HolderId is { } holder ? " holder=" + holder : string.Empty);
            Line($"{Span(m.Span)} {m.Kind} {m.Id} {Quote(m.Span.Of(text))}{extra}");
        }

        Line(string.Empty);
        Line("[statements]");
        foreach (var s in article.Statements)
        {
            var verb = s.Verb is { } v ? Quote(v.Of(text)) : "-";
            var coded = (s.Event is { } e ? " event=" + e : string.Empty) + (s.Stance is { } st ? " stance=" + st : string.Empty)
                + (s.Unattributed is { } why ? " unattributed=" + why : string.Empty);
            Line($"{Span(s.Span)} {s.Kind} speaker={s.SpeakerId ?? "-"} verb={verb} date={Date(s.Date)} catalog={s.CatalogStatementId ?? "-"}{coded} {Quote(Shorten(s.Span.Of(text)))}");
        }

        Line(string.Empty);
        Line("[events]");
        foreach (var e in article.Events)
        {
            var mode = e.Mode is { } m ? "/" + m : string.Empty;
            var concerned = e.ConcernedIds.Count > 0 ? " about=" + string.Join(",", e.ConcernedIds) : string.Empty;
            var statement = e.StatementIndex is { } i ? " statement=" + i.ToString(CultureInfo.InvariantCulture) : string.Empty;
            Line($"{Span(e.Trigger)} {e.Type}{mode} source={Ids(e.SourceIds)} target={Ids(e.TargetIds)} date={Date(e.Date)}{concerned} stance={e.Stance ?? "-"}{statement} {Quote(e.Trigger.Of(text))}");
        }

        Line(string.Empty);
        Line("[dates]");
        foreach (var date in article.Dates)
        {
            Line($"{Span(date.Span)} {Quote(date.Span.Of(text))} {date.Rule} {date.Precision} = {Date(date.Date)}");
        }

        Line(string.Empty);
        Line("[diagnostics]");
        foreach (var diagnostic in article.Diagnostics)
        {
            Line($"{Span(diagnostic.Span)} {diagnostic.Code} {diagnostic.Message}");
        }

        return output.ToString();
    }

    private static string Ids(IReadOnlyList<string> ids) => ids.Count == 0 ? "-" : string.Join(",", ids);

    private static string Span(TextSpan span) => string.Create(CultureInfo.InvariantCulture, $"[{span.Start},{span.End})");

    private static string Date(LocalDate? date) => date is { } d ? LocalDatePattern.Iso.Format(d) : "-";

    private static string Shorten(string text) => text.Length <= 90 ? text : text[..60] + " … " + text[^25..];

    private static string Quote(string text) => "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal).Replace("\r", "\\r", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal) + "\"";
}
