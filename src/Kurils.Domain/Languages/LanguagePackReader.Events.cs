using System.Collections.Immutable;
using Kurils.Domain.Catalog;
using Kurils.Domain.Parsing;
using Kurils.Domain.Parsing.Events;

namespace Kurils.Domain.Languages;

/// <summary>The reader of the <c>events</c> section.</summary>
internal static partial class LanguagePackReader
{
    // The types are numbered from 0 in order, as their names are listed.
    private static readonly Keywords EventTypeKeywords = new(PloverCodebook.TypeNames, [.. Enumerable.Range(0, PloverCodebook.TypeNames.Length)]);

    private static readonly Keywords StanceKeywords = new([.. Stances.All], [.. Enumerable.Range(0, Stances.All.Count)]);

    private static readonly Keywords VoiceKeywords = new(["active", "passive"], [0, 1]);

    private static readonly Keywords ActorKeywords = new(["speaker", "position"], [1, 0]);

    private static EventWords ReadEventWords(MappingReader? reader, string file, List<CatalogError> errors)
    {
        if (reader is null)
        {
            return EventWords.Empty;
        }

        var triggers = ImmutableArray.CreateBuilder<EventTrigger>();
        foreach (var node in reader.List("triggers"))
        {
            var entry = MappingReader.For(node, file, "a trigger list", errors);
            if (entry is null)
            {
                continue;
            }

            var type = entry.Keyword("type", EventTypeKeywords, required: true);
            var mode = entry.String("mode");
            if (type >= 0 && mode is not null && !PloverCodebook.Modes((EventType)type).Contains(mode, StringComparer.Ordinal))
            {
                var modes = PloverCodebook.Modes((EventType)type);
                entry.AddError(entry.Get("mode")!, CatalogErrorCode.BadValue, LanguageMessages.BadMode(mode, PloverCodebook.Name((EventType)type), modes));
                mode = null;
            }

            var actor = entry.Keyword("actor", ActorKeywords);
            var stance = entry.Keyword("stance", StanceKeywords);
            var passive = entry.Keyword("voice", VoiceKeywords);
            var forms = Forms(entry, "words", required: true);
            entry.Finish();
            if (type >= 0)
            {
                triggers.Add(new EventTrigger((EventType)type, mode, actor == 1, stance >= 0 ? Stances.All[stance] : null, passive == 1, forms));
            }
        }

        var metonyms = ImmutableArray.CreateBuilder<Metonym>();
        foreach (var node in reader.List("metonyms"))
        {
            var entry = MappingReader.For(node, file, "a metonym list", errors);
            if (entry is null)
            {
                continue;
            }

            var country = entry.Id("country", required: true);
            var forms = Forms(entry, "words", required: true);
            entry.Finish();
            if (country is not null)
            {
                metonyms.Add(new Metonym(country, forms));
            }
        }

        var cues = ImmutableArray.CreateBuilder<StanceCue>();
        foreach (var node in reader.List("stances"))
        {
            var entry = MappingReader.For(node, file, "a stance cue list", errors);
            if (entry is null)
            {
                continue;
            }

            var stance = entry.Keyword("stance", StanceKeywords, required: true);
            var forms = Forms(entry, "words", required: true);
            entry.Finish();
            if (stance >= 0)
            {
                cues.Add(new StanceCue(Stances.All[stance], forms));
            }
        }

        var reach = reader.Decimal("passiveReach");
        if (reach is { } r && (r != decimal.Truncate(r) || r < 1 || r > 8))
        {
            reader.AddError(reader.Get("passiveReach")!, CatalogErrorCode.BadValue, LanguageMessages.BadPassiveReach);
            reach = null;
        }

        var result = new EventWords(
            triggers.ToImmutable(),
            Forms(reader, "negations"),
            Forms(reader, "negationsAfter"),
            Punctuation(reader, "clauseMarks"),
            Forms(reader, "clauseWords"),
            Forms(reader, "sourceMarkers"),
            Forms(reader, "targetMarkers"),
            Forms(reader, "targetPrepositions"),
            Forms(reader, "agentPrepositions"),
            Forms(reader, "agentMarkers"),
            Forms(reader, "passiveAuxiliaries"),
            reach is { } words ? (int)words : EventWords.DefaultPassiveReach,
            Forms(reader, "activeEndings"),
            Forms(reader, "passiveEndings"),
            Forms(reader, "references"),
            Forms(reader, "referencesAfter"),
            metonyms.ToImmutable(),
            cues.ToImmutable());
        reader.Finish();
        return result;
    }

    /// <summary>A string of punctuation marks, each counted once (commas included, unlike <see cref="Letters"/>).</summary>
    private static string Punctuation(MappingReader reader, string key) =>
        new([.. (reader.String(key) ?? "").Where(c => !char.IsWhiteSpace(c)).Distinct()]);

    /// <summary>Words and phrases, folded, each with a trailing <c>*</c> read as "and any ending".</summary>
    private static ImmutableArray<WordForm> Forms(MappingReader reader, string key, bool required = false)
    {
        var forms = new List<WordForm>();
        foreach (var (value, node) in reader.Strings(key, required))
        {
            // A '*' may end any word of a phrase, and only a word: "санкци*", "совместн* деятельност*".
            var folded = FoldWord(value);
            var badStar = folded.Split(' ').Any(w => w.IndexOf('*', StringComparison.Ordinal) is >= 0 and var at && (at == 0 || at != w.Length - 1));
            if (folded.Trim('*').Length == 0 || value.Length > MaxWordLength || badStar)
            {
                reader.AddError(node, CatalogErrorCode.BadValue, LanguageMessages.BadWord(key, value, MaxWordLength));
                continue;
            }

            var form = new WordForm(folded);
            if (!forms.Exists(f => f.Text == form.Text && f.Prefix == form.Prefix))
            {
                forms.Add(form);
            }
        }

        return [.. forms];
    }
}
