using Kurils.Domain.Parsing.Mentions;
using Kurils.Domain.Parsing.Segmentation;
using NodaTime;

namespace Kurils.Domain.Parsing.Statements;

/// <summary>
/// Descriptions that stand for one person (the <c>speech.epithets</c> of the article's language packs, by office id, so
/// that a pack brings its own): "the Russian leader" is
/// whoever was President of Russia on the article's date. Without a date, or when the office had several holders
/// that day, it is the last person the article names before it who ever held the office; else, the one person the
/// article names who ever held it. Otherwise it is left alone.
/// </summary>
internal static class Epithets
{
    /// <summary>Appends the epithets of the article's text that resolve to one person to <paramref name="output"/>, in <see cref="MentionOrder"/>.</summary>
    public static void Find(ParseContext context, SpeechLexicon speech, List<Mention> output)
    {
        var text = context.Text;
        var map = context.Map;
        var date = context.ReferenceDate;
        // The persons named, listed at the first epithet found (most articles have none).
        List<Mention>? persons = null;
        var first = output.Count;
        foreach (var (phrase, officeId) in speech.Epithets)
        {
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
                if (segment < 0 || !SegmentMap.IsArticleText(map.Segments[segment].Kind)
                    || (span.End < text.Length && char.IsLetter(text[span.End])) || (span.Start > 0 && char.IsLetter(text[span.Start - 1]))
                    || Overlaps(output, first, span))
                {
                    continue;
                }

                persons ??= context.NameMentions.Where(m => m.Kind == EntityKind.Person && !m.InComment).ToList();
                if (Holder(context.Catalog, officeId, date, persons, span.Start) is { } holder)
                {
                    output.Add(new Mention(EntityKind.Person, holder, span, segment, false, MentionMethod.Anaphora));
                }
            }
        }

        // Found phrase by phrase: put them in text order.
        output.Sort(first, output.Count - first, MentionOrder.Instance);
    }

    /// <summary>Whether a longer epithet found before already covers part of <paramref name="span"/>.</summary>
    private static bool Overlaps(List<Mention> output, int first, TextSpan span)
    {
        for (var i = first; i < output.Count; i++)
        {
            if (output[i].Span.Start < span.End && span.Start < output[i].Span.End)
            {
                return true;
            }
        }

        return false;
    }

    private static string? Holder(KurilsCatalog catalog, string officeId, LocalDate? date, List<Mention> persons, int at)
    {
        if (date is { } d && catalog.Holders(officeId, d) is { Length: 1 } onDate)
        {
            return onDate[0].Id;
        }

        // The last person named before the epithet who held the office: "… Abe met Putin. The Russian leader said …".
        for (var i = persons.Count - 1; i >= 0; i--)
        {
            if (persons[i].Span.End <= at && Held(catalog, persons[i].Id, officeId, date))
            {
                return persons[i].Id;
            }
        }

        var everHeld = persons.Select(m => m.Id).Distinct(StringComparer.Ordinal).Where(id => Held(catalog, id, officeId, date)).ToList();
        return everHeld.Count == 1 ? everHeld[0] : null;
    }

    /// <summary>Whether the person held the office: on the date when there is one and it is known, else ever.</summary>
    private static bool Held(KurilsCatalog catalog, string personId, string officeId, LocalDate? date) =>
        catalog.Find<Person>(personId) is { } person
        && (date is { } d ? person.HeldOn(officeId, d) : person.Tenures.Any(t => string.Equals(t.OfficeId, officeId, StringComparison.Ordinal)));
}
