using Kurils.Domain.Parsing.Mentions;
using Kurils.Domain.Parsing.Segmentation;
using NodaTime;

namespace Kurils.Domain.Parsing.Statements;

/// <summary>
/// Descriptions that stand for one person: "the Russian leader" is whoever was President of Russia on the
/// article's date. Without a date, the epithet resolves only when exactly one person the article names ever
/// held the office; otherwise it is left alone. The epithets are catalog data (<see cref="Office.Epithets"/>), so an
/// overlay or a custom catalog brings its own.
/// </summary>
internal static class Epithets
{
    /// <summary>Appends the epithets of the article's text that resolve to one person to <paramref name="output"/>, in <see cref="MentionOrder"/>.</summary>
    public static void Find(ParseContext context, List<Mention> output)
    {
        var named = context.NameMentions.Where(m => m.Kind == EntityKind.Person && !m.InComment).Select(m => m.Id).Distinct(StringComparer.Ordinal).ToList();
        var first = output.Count;
        foreach (var office in context.Catalog.Offices)
        {
            foreach (var phrase in office.Epithets)
            {
                Find(context, phrase, office.Id, named, output);
            }
        }

        // Found phrase by phrase: put them in text order.
        output.Sort(first, output.Count - first, MentionOrder.Instance);
    }

    /// <summary>Appends the places where <paramref name="phrase"/> stands in the article's text for the one holder of <paramref name="officeId"/>.</summary>
    private static void Find(ParseContext context, string phrase, string officeId, List<string> named, List<Mention> output)
    {
        if (phrase.Length == 0)
        {
            return;
        }

        var text = context.Text;
        var map = context.Map;
        var from = 0;
        while (from < text.Length)
        {
            var index = IgnoreCaseSearch.IndexOf(text.AsSpan(from), phrase);
            if (index < 0)
            {
                break;
            }

            var span = new TextSpan(from + index, phrase.Length);
            from = span.End;
            var segment = map.SegmentOf(span.Start);
            if (segment < 0 || !SegmentMap.IsArticleText(map.Segments[segment].Kind) || (span.End < text.Length && char.IsLetter(text[span.End])))
            {
                continue;
            }

            var holder = Holder(context.Catalog, officeId, context.ReferenceDate, named);
            if (holder is not null)
            {
                output.Add(new Mention(EntityKind.Person, holder, span, segment, false, MentionMethod.Anaphora));
            }
        }
    }

    private static string? Holder(KurilsCatalog catalog, string officeId, LocalDate? date, List<string> named)
    {
        if (date is { } d)
        {
            var onDate = catalog.Holders(officeId, d);
            return onDate.Length == 1 ? onDate[0].Id : null;
        }

        var everHeld = named.Where(id => catalog.Find<Person>(id)?.Tenures.Any(t => string.Equals(t.OfficeId, officeId, StringComparison.Ordinal)) == true).ToList();
        return everHeld.Count == 1 ? everHeld[0] : null;
    }
}
