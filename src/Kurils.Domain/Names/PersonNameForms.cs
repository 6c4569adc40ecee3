using System.Collections.Immutable;

namespace Kurils.Domain.Names;

/// <summary>
/// Generates the forms in which the press writes a person's name from the curated parts: both name orders,
/// transliteration variants, initials, patronymics, and the bare family name (not of a hiragana reading).
/// </summary>
internal static class PersonNameForms
{
    public static ImmutableArray<Name> Generate(IEnumerable<PersonName> parts)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var result = ImmutableArray.CreateBuilder<Name>();

        void Add(string text, string language, NameKind kind)
        {
            if (text.Length > 0 && seen.Add(NameFolding.Key(text)))
            {
                result.Add(new Name(text, language, kind, EquatableArray<string>.Empty));
            }
        }

        foreach (var part in parts)
        {
            var ideographic = IsIdeographic(part.Language);
            foreach (var family in part.Family)
            {
                foreach (var given in part.Given)
                {
                    if (ideographic)
                    {
                        Add(family + given, part.Language, NameKind.FullName);
                        Add(family + " " + given, part.Language, NameKind.FullName);
                        Add(given + "・" + family, part.Language, NameKind.FullName);
                        continue;
                    }

                    Add(given + " " + family, part.Language, NameKind.FullName);
                    Add(family + " " + given, part.Language, NameKind.FullName);
                    Add(given[..1] + ". " + family, part.Language, NameKind.FullName);
                    foreach (var patronymic in part.Patronymic)
                    {
                        Add(given + " " + patronymic + " " + family, part.Language, NameKind.FullName);
                        Add(family + " " + given + " " + patronymic, part.Language, NameKind.FullName);
                        Add(given[..1] + ". " + patronymic[..1] + ". " + family, part.Language, NameKind.FullName);
                    }
                }

                // A family name's hiragana reading alone (すが, もり, うの) is spelled by the endings and particles of
                // running Japanese ("話すが"): only the full reading names the person.
                if (!IsHiragana(part.Language))
                {
                    Add(family, part.Language, NameKind.FamilyName);
                }
            }
        }

        return result.ToImmutable();
    }

    private static bool IsHiragana(string language) => language.EndsWith("-Hira", StringComparison.Ordinal);

    private static bool IsIdeographic(string language) =>
        (language.StartsWith("ja", StringComparison.Ordinal) && !language.EndsWith("-Latn", StringComparison.Ordinal))
        || language.StartsWith("zh", StringComparison.Ordinal);
}
