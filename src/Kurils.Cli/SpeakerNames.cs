using Kurils.Domain;
using Kurils.Domain.Parsing;

namespace Kurils.Cli;

/// <summary>
/// The name a table shows beside a statement's speaker id: the catalog entity's display name (JSON
/// <c>speakerDisplayName</c>, CSV <c>speaker_name</c>). Kept apart from <c>speakerName</c>, which names a speaker the
/// catalog does not know, as the article writes it.
/// </summary>
internal static class SpeakerNames
{
    public static string? DisplayName(ArticleStatement statement, KurilsCatalog catalog) =>
        statement.SpeakerId is { } id ? catalog.Find<CatalogEntity>(id)?.DisplayName : null;
}

/// <summary>A direct quotation shown with the marks the article put around it: 「…」 stays 「…」, «…» stays «…».</summary>
internal static class QuotationMarks
{
    private const string Opening = "“\"«„「『‘‹‚”»";
    private const string Closing = "”\"»“」』’›‘«";

    /// <summary>The quotation with its own marks when the article has them around <paramref name="span"/>; otherwise in “…”.</summary>
    public static string AsWritten(string text, TextSpan span)
    {
        if (span.Start > 0 && span.End < text.Length && Opening.Contains(text[span.Start - 1], StringComparison.Ordinal) && Closing.Contains(text[span.End], StringComparison.Ordinal))
        {
            return text.Substring(span.Start - 1, span.Length + 2);
        }

        return $"“{span.Of(text)}”";
    }
}
