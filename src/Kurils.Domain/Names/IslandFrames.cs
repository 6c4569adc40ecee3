using Kurils.Domain.Languages;

namespace Kurils.Domain.Names;

/// <summary>
/// The island words around a territory name in every script ("Iturup Island", "ostrov Iturup",
/// "остров Итуруп", "Etorofu-tō", "択捉島"), as folded keys, taken from the language packs' island words.
/// </summary>
internal sealed class IslandFrames
{
    private readonly string[] _prefixes;
    private readonly string[] _suffixes;

    private IslandFrames(IEnumerable<LanguagePack> packs)
    {
        var prefixes = new HashSet<string>(StringComparer.Ordinal);
        var suffixes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var pack in packs)
        {
            foreach (var word in pack.Islands.Before)
            {
                var key = NameFolding.Key(word);
                if (key.Length > 0)
                {
                    prefixes.Add(Attaches(key) ? key : key + NameFolding.Separator);
                }
            }

            foreach (var word in pack.Islands.After)
            {
                var key = NameFolding.Key(word);
                if (key.Length > 0)
                {
                    suffixes.Add(Attaches(key) ? key : NameFolding.Separator + key);
                }
            }
        }

        // Longest first: "islands" is stripped before "island" would leave an "s".
        _prefixes = [.. prefixes.OrderByDescending(p => p.Length).ThenBy(p => p, StringComparer.Ordinal)];
        _suffixes = [.. suffixes.OrderByDescending(s => s.Length).ThenBy(s => s, StringComparer.Ordinal)];
    }

    /// <summary>The island words of <paramref name="packs"/>.</summary>
    public static IslandFrames Of(IEnumerable<LanguagePack> packs) => new(packs);

    /// <summary>The keys left after removing one island word from the front, the back, or both.</summary>
    public IEnumerable<string> Strip(string key)
    {
        foreach (var prefix in _prefixes)
        {
            if (key.Length > prefix.Length && key.StartsWith(prefix, StringComparison.Ordinal))
            {
                yield return key[prefix.Length..];
                foreach (var inner in StripSuffix(key[prefix.Length..]))
                {
                    yield return inner;
                }
            }
        }

        foreach (var inner in StripSuffix(key))
        {
            yield return inner;
        }
    }

    /// <summary>Words of scripts without spaces attach to the name (択捉島); others stand apart from it.</summary>
    private static bool Attaches(string key) => !Scripts.SeparatesWords(Scripts.Of(key[0]));

    private IEnumerable<string> StripSuffix(string key)
    {
        foreach (var suffix in _suffixes)
        {
            if (key.Length > suffix.Length && key.EndsWith(suffix, StringComparison.Ordinal))
            {
                yield return key[..^suffix.Length];
            }
        }
    }
}
