namespace Kurils.Domain.Names;

/// <summary>
/// The island words around a territory name in every script ("Iturup Island", "ostrov Iturup",
/// "остров Итуруп", "Etorofu-tō", "択捉島"), as folded keys.
/// </summary>
internal static class IslandFrames
{
    private static readonly string[] Prefixes = ["остров ", "острова ", "о ", "ostrov ", "ostrova ", "the "];

    private static readonly string[] Suffixes =
    [
        " island group", " islet group", " islands", " island", " islets", " islet", " isles", " isle", " group",
        " gunto", " shoto", " retto", " to", " jima", " shima", " ostrov", " 섬", "群島", "諸島", "列島", "島",
    ];

    /// <summary>The keys left after removing one island word from the front, the back, or both.</summary>
    public static IEnumerable<string> Strip(string key)
    {
        foreach (var prefix in Prefixes)
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

    private static IEnumerable<string> StripSuffix(string key)
    {
        foreach (var suffix in Suffixes)
        {
            if (key.Length > suffix.Length && key.EndsWith(suffix, StringComparison.Ordinal))
            {
                yield return key[..^suffix.Length];
            }
        }
    }
}
