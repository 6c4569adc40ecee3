using Kurils.Domain.Languages;

namespace Kurils.Domain.Parsing.Statements;

// The topic of a sentence in Japanese, Korean and Chinese: the person or office marked with は, が, 은/는, and the unknown name before a marker.
internal sealed partial class StatementContext
{
    /// <summary>
    /// The topic of a sentence in a language without spaces, when the catalog does not know it: the run of Han or
    /// katakana before a topic marker ("阿部稔店主(69)は"), without the titles and office names that end it.
    /// </summary>
    public TextSpan? UnknownTopic(int start, int end)
    {
        for (var m = start + 1; m < end; m++)
        {
            if (speech.TopicMarkerAt(Text, m, end) == 0 || Scripts.SeparatesWords(Scripts.Of(Text[m])))
            {
                continue;
            }

            // An age or an aside in brackets may stand between the name and the marker: 阿部稔店主(69)は.
            var runEnd = m;
            if (Text[runEnd - 1] is ')' or '）')
            {
                var open = Text.LastIndexOfAny(['(', '（'], runEnd - 1, Math.Min(8, runEnd - start));
                runEnd = open > start ? open : runEnd;
            }

            // A title written in another script than the name (さん after kanji) ends it before the run is read.
            foreach (var title in speech.SuffixTitles)
            {
                if (!IsTitleLetter(title[0]) && runEnd - start > title.Length && Text.AsSpan(start, runEnd - start).EndsWith(title, StringComparison.Ordinal))
                {
                    runEnd -= title.Length;
                    break;
                }
            }

            var runStart = runEnd;
            while (runStart > start && runEnd - runStart < 16 && IsTitleLetter(Text[runStart - 1]))
            {
                runStart--;
            }

            // An office the catalog knows ends the run: the name stands before it.
            var index = SortedSpans.LowerBound(mentions, runStart);
            for (var i = index; i < mentions.Count && mentions[i].Span.End <= runEnd; i++)
            {
                if (mentions[i].Kind is EntityKind.Person)
                {
                    return null; // a known person: not this rule's
                }

                if (mentions[i].Kind is EntityKind.Office && mentions[i].Span.End == runEnd)
                {
                    runEnd = mentions[i].Span.Start;
                }
                else if (mentions[i].Span.End > runStart)
                {
                    runStart = mentions[i].Span.End; // a country or organisation before the name: 外務省の…
                }
            }

            var stripped = true;
            while (stripped)
            {
                stripped = false;
                foreach (var title in speech.SuffixTitles)
                {
                    if (runEnd - runStart > title.Length && Text.AsSpan(runStart, runEnd - runStart).EndsWith(title, StringComparison.Ordinal))
                    {
                        runEnd -= title.Length;
                        stripped = true;
                        break;
                    }
                }
            }

            if (runEnd > runStart && NamesakeEnding(TextSpan.FromBounds(runStart, runEnd)) is { } namesake)
            {
                return namesake; // 岸田さんは after 漁師の岸田太郎さん
            }

            return runEnd - runStart >= 2 ? TextSpan.FromBounds(runStart, runEnd) : null;
        }

        return null;
    }

    /// <summary>
    /// The speaker of a Japanese sentence: the person or office marked as its topic or subject with は or が
    /// ("林官房長官は…「…」と述べた"), not merely the last person named before the quote.
    /// </summary>
    public (string? Speaker, TextSpan Span)? TopicBefore(int start, int end)
    {
        for (var i = SortedSpans.LowerBound(mentions, start); i < mentions.Count && mentions[i].Span.End <= end; i++)
        {
            var mention = mentions[i];
            if (mention.Kind is not (EntityKind.Person or EntityKind.Office or EntityKind.Institution))
            {
                continue;
            }

            // A name with its title after it ("林官房長官", "プーチン大統領") takes the particle after the title.
            var after = mention.Span.End;
            var title = i + 1 < mentions.Count && mentions[i + 1].Span.Start == after && mentions[i + 1].Kind == EntityKind.Office ? mentions[i + 1] : null;
            if (title is not null)
            {
                after = title.Span.End;
            }
            else if (after + 1 < end && Text[after] == ' ' && Scripts.SeparatesWords(Scripts.Of(Text[after + 1])))
            {
                // A title the catalog does not know after a space, carrying the marker: "푸틴 대통령은".
                var run = after + 1;
                while (run < end && run - after <= 6 && char.IsLetter(Text[run]) && Scripts.Of(Text[run]) == Scripts.Of(Text[mention.Span.End - 1]))
                {
                    run++;
                }

                var marker = run - 1 > after + 1 ? speech.TopicMarkerAt(Text, run - 1, run) : 0;
                after = marker > 0 ? run - 1 : after;
            }
            else
            {
                // An untitled name or a title the catalog does not know ("ザハロワ報道官"): a short run of kanji or katakana.
                while (after < end && after - mention.Span.End < 6 && IsTitleLetter(Text[after]))
                {
                    after++;
                }
            }

            if (after < end && speech.TopicMarkerAt(Text, after, end) > 0)
            {
                var speaker = mention.Kind is EntityKind.Person or EntityKind.Institution ? mention.Id : mention.HolderId ?? title?.HolderId;
                return (speaker, mention.Span);
            }
        }

        return null;
    }

    /// <summary>A letter of an untitled name's title run: Han, or katakana (from U+30A0), not the hiragana of particles.</summary>
    private static bool IsTitleLetter(char c) => Scripts.Of(c) switch
    {
        Script.Han => true,
        Script.Kana => c >= 0x30A0,
        _ => false,
    };
}
