using System.Buffers;
using System.Collections.Immutable;
using Kurils.Domain.Languages;
using NodaTime;

namespace Kurils.Domain.Parsing.Dates;

/// <summary>A weekday written in a script without spaces (水曜日, and 水 in brackets after a date).</summary>
/// <param name="Text">The characters.</param>
/// <param name="Weekday">The weekday.</param>
/// <param name="Abbreviation">Whether it is an abbreviation: a weekday only in brackets right after a date.</param>
internal sealed record UnspacedWeekday(string Text, IsoDayOfWeek Weekday, bool Abbreviation);

/// <summary>A modifier written in a script without spaces (来週, 先週), with what it says of the date.</summary>
/// <param name="Text">The characters.</param>
/// <param name="Tense">Next, last, future, or none (今週).</param>
internal sealed record UnspacedModifier(string Text, DateTense Tense);

/// <summary>
/// The date words of the article's languages that are written in a script without spaces (Han, kana), which
/// the date finder matches character by character: weekdays and their modifiers, habitual words, future cues
/// read to the end of the sentence, eras, and the marks after a number that make it a fiscal year or a
/// duration. Taken from the same pack lists as the spaced words (a word is unspaced when its first character
/// is Han or kana), plus the keys only such calendars need (<c>eras</c>, <c>sameYearBefore</c>…).
/// </summary>
internal sealed class UnspacedDateWords
{
    private UnspacedDateWords(
        List<UnspacedWeekday> weekdays,
        List<UnspacedModifier> modifiers,
        HashSet<string> habitual,
        HashSet<string> joiners,
        HashSet<string> futureCues,
        List<EraName> eras,
        HashSet<string> eraFirstYear,
        HashSet<string> sameYearBefore,
        HashSet<string> fiscalYear,
        HashSet<char> durations,
        HashSet<char> sentenceEnds,
        IEnumerable<CjkRelative> relatives)
    {
        // One per text and abbreviation, keyed by a string rather than a (text, bool) pair, which the JIT would compile DistinctBy for alone.
        Weekdays = [.. weekdays.DistinctBy(w => (w.Abbreviation ? "a:" : "w:") + w.Text).OrderByDescending(w => w.Text.Length)];
        Modifiers = [.. modifiers.DistinctBy(m => m.Text).OrderByDescending(m => m.Text.Length)];
        Habitual = Longest(habitual);
        Joiners = Longest(joiners);
        FutureCues = Longest(futureCues);
        Eras = [.. eras.DistinctBy(e => e.Name).OrderByDescending(e => e.Name.Length)];
        EraFirstYear = Longest(eraFirstYear);
        SameYearBefore = Longest(sameYearBefore);
        FiscalYear = Longest(fiscalYear);
        Durations = SearchValues.Create([.. durations]);
        sentenceEnds.Add('\n');
        SentenceEnds = SearchValues.Create([.. sentenceEnds]);

        // The characters a rule at a Han or kana character can start at: an era, a same-year word, a weekday, a relative word.
        var starts = new HashSet<char>();
        starts.UnionWith(Eras.Select(e => e.Name[0]));
        starts.UnionWith(SameYearBefore.Select(w => w[0]));
        starts.UnionWith(Weekdays.Where(w => !w.Abbreviation).Select(w => w.Text[0]));
        starts.UnionWith(relatives.Select(r => r.Text[0]));
        Starts = SearchValues.Create([.. starts]);
    }

    /// <summary>Weekdays, longest first.</summary>
    public ImmutableArray<UnspacedWeekday> Weekdays { get; }

    /// <summary>Modifiers before a weekday, longest first.</summary>
    public ImmutableArray<UnspacedModifier> Modifiers { get; }

    /// <summary>Words before a weekday that make it habitual (毎週), longest first.</summary>
    public ImmutableArray<string> Habitual { get; }

    /// <summary>Particles between a modifier and its weekday (の), longest first.</summary>
    public ImmutableArray<string> Joiners { get; }

    /// <summary>Words after a date, before the end of its sentence, that put it in the future (予定).</summary>
    public ImmutableArray<string> FutureCues { get; }

    /// <summary>Eras, longest name first.</summary>
    public ImmutableArray<EraName> Eras { get; }

    /// <summary>Words for an era's first year (元).</summary>
    public ImmutableArray<string> EraFirstYear { get; }

    /// <summary>Words before a month for the year in context (同年).</summary>
    public ImmutableArray<string> SameYearBefore { get; }

    /// <summary>What follows a year unit to make it a fiscal year (度).</summary>
    public ImmutableArray<string> FiscalYear { get; }

    /// <summary>Characters after a day unit that make the number a duration (間, 後).</summary>
    public SearchValues<char> Durations { get; }

    /// <summary>The full-width sentence stops of the languages written without spaces (。), and a line break.</summary>
    public SearchValues<char> SentenceEnds { get; }

    /// <summary>The first characters of the eras, same-year words, weekdays and relative words.</summary>
    public SearchValues<char> Starts { get; }

    /// <summary>Whether <paramref name="word"/> is written in a script without spaces (its first character is Han or kana).</summary>
    public static bool IsUnspaced(string word) => word.Length > 0 && DateTokenizer.IsCjk(word[0]);

    /// <summary>The unspaced date words of <paramref name="packs"/>, with the relative words the lexicon already collected.</summary>
    public static UnspacedDateWords Of(IEnumerable<LanguagePack> packs, IEnumerable<CjkRelative> relatives)
    {
        var weekdays = new List<UnspacedWeekday>();
        var modifiers = new List<UnspacedModifier>();
        var habitual = new HashSet<string>(StringComparer.Ordinal);
        var joiners = new HashSet<string>(StringComparer.Ordinal);
        var futureCues = new HashSet<string>(StringComparer.Ordinal);
        var eras = new List<EraName>();
        var eraFirstYear = new HashSet<string>(StringComparer.Ordinal);
        var sameYearBefore = new HashSet<string>(StringComparer.Ordinal);
        var fiscalYear = new HashSet<string>(StringComparer.Ordinal);
        var durations = new HashSet<char>();
        var sentenceEnds = new HashSet<char>();
        foreach (var pack in packs)
        {
            var d = pack.Dates;
            for (var w = 0; w < d.Weekdays.Length; w++)
            {
                var day = (IsoDayOfWeek)(w + 1);
                weekdays.AddRange(d.Weekdays[w].Names.Where(IsUnspaced).Select(n => new UnspacedWeekday(n, day, Abbreviation: false)));
                weekdays.AddRange(d.Weekdays[w].Abbreviations.Where(IsUnspaced).Select(n => new UnspacedWeekday(n, day, Abbreviation: true)));
            }

            foreach (var modifier in d.Modifiers)
            {
                modifiers.AddRange(modifier.Words.Where(IsUnspaced).Select(m => new UnspacedModifier(m, modifier.Tense)));
            }

            habitual.UnionWith(d.Habitual.Where(IsUnspaced));
            joiners.UnionWith(d.Joiners.Where(IsUnspaced));
            futureCues.UnionWith(d.FutureCues.Where(IsUnspaced));
            eras.AddRange(d.Eras);
            eraFirstYear.UnionWith(d.EraFirstYear);
            sameYearBefore.UnionWith(d.SameYearBefore);
            fiscalYear.UnionWith(d.FiscalYear);
            durations.UnionWith(d.Durations);
            if (pack.Scripts.Any(code => !Scripts.SeparatesWords(Scripts.FromCode(code))))
            {
                sentenceEnds.UnionWith(pack.Marks.SentenceStops.Where(c => c > '\u007F'));
            }
        }

        return new UnspacedDateWords(weekdays, modifiers, habitual, joiners, futureCues, eras, eraFirstYear, sameYearBefore, fiscalYear, durations, sentenceEnds, relatives);
    }

    private static ImmutableArray<string> Longest(HashSet<string> words) => [.. words.Where(w => w.Length > 0).OrderByDescending(w => w.Length).ThenBy(w => w, StringComparer.Ordinal)];
}
