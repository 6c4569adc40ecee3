using System.Collections.Immutable;
using Kurils.Domain.Languages;
using Kurils.Domain.Names;

namespace Kurils.Domain.Parsing.Mentions;

/// <summary>
/// A family name of one ideograph (森, 林, 菅, 岸) is also a common character, inside words (森林 "forest") and
/// beside other people's titles (外務省の森事務次官 is another Mori): alone it names a catalog person only when the
/// words after it make it a name. Those are an honorific (森氏, 森さん: the packs' <c>people.honorifics</c>), or a
/// catalog office the person held, after a word that makes it a former one or not (森首相, 森元首相, 林外相, 菅官房長官:
/// <c>people.former</c>); or, with no title, a full mention of the person earlier in the article (森喜朗 …, 森は).
/// A character right after an ideograph that ends no name is part of a word, and no name.
/// </summary>
internal static class SingleCharacterFamilyNames
{
    /// <summary>Whether the match at <paramref name="index"/> is a name; always for every other kind of match.</summary>
    /// <param name="text">The article's text.</param>
    /// <param name="matches">The scanner's matches, in text order.</param>
    /// <param name="index">The match to decide.</param>
    /// <param name="firstFullMention">Per person id, where the article first names them in full.</param>
    /// <param name="packs">The packs of the article's languages, whose <c>people</c> words apply.</param>
    public static bool Keep(string text, List<ScanMatch> matches, int index, Dictionary<string, int> firstFullMention, ImmutableArray<LanguagePack> packs)
    {
        var match = matches[index];
        if (!IsSingleIdeographFamilyName(text, match))
        {
            return true;
        }

        // Inside a word: 森林, 原始森林. A name, an office or a title before it ends right where it starts (首相森氏).
        if (match.Start > 0 && Scripts.Of(text[match.Start - 1]) == Script.Han && (index == 0 || matches[index - 1].End != match.Start))
        {
            return false;
        }

        var after = match.End;
        if (StartsWithAny(text, after, packs, static p => p.People.Honorifics) > 0)
        {
            return true;
        }

        // A catalog office right after it, or after a word that makes it a former one: the person must have held it.
        var former = StartsWithAny(text, after, packs, static p => p.People.Former);
        if (index + 1 < matches.Count && matches[index + 1] is var next && (next.Start == after || next.Start == after + former)
            && next.Entries.Any(static e => e.Entity is Office))
        {
            return match.Entries.Any(e => e.Entity is Person person && next.Entries.Any(o => o.Entity is Office office && Held(person, office)));
        }

        // No title: a person the article named in full before, if no ideograph follows to make it part of a word.
        var inWord = after < text.Length && Scripts.Of(text[after]) == Script.Han;
        return !inWord && match.Entries.Any(e => firstFullMention.TryGetValue(e.Entity.Id, out var at) && at < match.Start);
    }

    /// <summary>Per person, where the article first names them by a name that is not a bare family name.</summary>
    public static Dictionary<string, int> FirstFullMentions(List<ScanMatch> matches)
    {
        var first = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var match in matches)
        {
            if (match.Entries.Length == 1 && match.Entries[0] is { Entity: Person person, Name.Kind: not NameKind.FamilyName })
            {
                first.TryAdd(person.Id, match.Start);
            }
        }

        return first;
    }

    /// <summary>Whether every entry of the match is a bare family name of one ideograph.</summary>
    public static bool IsSingleIdeographFamilyName(string text, ScanMatch match)
    {
        if (match.Length != 1 || Scripts.Of(text[match.Start]) != Script.Han)
        {
            return false;
        }

        foreach (var entry in match.Entries)
        {
            if (entry.Entity is not Person || entry.Name.Kind != NameKind.FamilyName)
            {
                return false;
            }
        }

        return true;
    }

    private static bool Held(Person person, Office office)
    {
        foreach (var tenure in person.Tenures)
        {
            if (string.Equals(tenure.OfficeId, office.Id, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The length of the longest of the packs' words that starts at <paramref name="at"/>, or 0.</summary>
    private static int StartsWithAny(string text, int at, ImmutableArray<LanguagePack> packs, Func<LanguagePack, ImmutableArray<string>> words)
    {
        var rest = text.AsSpan(at);
        var longest = 0;
        foreach (var pack in packs)
        {
            foreach (var word in words(pack))
            {
                if (word.Length > longest && rest.StartsWith(word, StringComparison.Ordinal))
                {
                    longest = word.Length;
                }
            }
        }

        return longest;
    }
}
