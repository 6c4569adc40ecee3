using FluentAssertions;
using Kurils.Domain.Languages;
using Kurils.Domain.Parsing;
using NodaTime;
using Xunit;

namespace Kurils.Domain.Tests.Parsing.Mentions;

/// <summary>
/// Short catalog names that are also ordinary words of some language (the packs' <c>morphology.commonWords</c>): first
/// in a sentence, where every word has a capital, the word is not the name; elsewhere, and when the article names
/// the person in full, it is. Checked on the shipped catalog, whose short names these words collide with.
/// </summary>
public sealed class CommonWordTests
{
    private static readonly LocalDate Published = new(2024, 6, 5);

    private static List<(string Id, string Text)> Mentions(string text)
    {
        var parsed = ArticleParser.Default.Parse(text, Published);
        return [.. parsed.Mentions.Select(m => (m.Id, m.Span.Of(text)))];
    }

    [Theory]
    [InlineData("Ngã ba đường ở Hà Nội rất đông vào sáng thứ Hai.", "Ngã")]
    [InlineData("Ngà voi đã bị tịch thu tại cảng vào sáng thứ Hai.", "Ngà")]
    [InlineData("Uno de los diplomáticos dijo que el acuerdo de paz con Rusia no llegará.", "Uno")]
    [InlineData("Uno dei diplomatici ha detto che la Russia non firmerà il trattato.", "Uno")]
    [InlineData("Morì il vecchio pescatore, ha detto il ministro della Russia.", "Morì")]
    [InlineData("Хата стояла біля моря, сказав міністр Росії у вівторок.", "Хата")]
    [InlineData("Idę do domu, powiedział w poniedziałek minister Rosji.", "Idę")]
    [InlineData("Kann Japan die Gespräche mit Russland fortsetzen? Das ist offen.", "Kann")]
    [InlineData("Kan de regering in Tokio dat accepteren? Het kabinet weet het niet.", "Kan")]
    public void CommonWordFirstInASentence_IsNotAName(string text, string word) =>
        Mentions(text).Should().NotContain(m => m.Text == word);

    [Theory]
    [InlineData("Đoàn đại biểu Nga đã phản đối. Nga cho biết sẽ đáp trả.", "russia", "Nga")]
    [InlineData("Il primo ministro giapponese Mori ha parlato della Russia.", "mori-yoshiro", "Mori")]
    [InlineData("Yoshiro Mori ha incontrato il presidente russo. Mori ha detto che la pace è vicina.", "mori-yoshiro", "Mori")]
    [InlineData("Колишній прем'єр Японії Цутому Хата відвідав Росію. Хата сказав, що острови японські.", "hata-tsutomu", "Хата")]
    public void NameFirstInASentence_OrNotACommonWord_IsStillTheName(string text, string id, string surface) =>
        Mentions(text).Should().Contain((id, surface));

    /// <summary>
    /// Every frequent and common word of every shipped pack, first in a sentence (with its capital) and inside one: none
    /// is read as a catalog name. The words a short name collides with are found here before a page finds them.
    /// </summary>
    [Fact]
    public void NoFrequentOrCommonWordOfAnyPack_IsReadAsAName()
    {
        var failures = new List<string>();
        foreach (var pack in LanguagePacks.Default)
        {
            var words = pack.Sections.Identify.Words.Concat(pack.Morphology.CommonWords)
                .Where(w => w.Length > 0 && w.All(char.IsLetter) && !w.Any(IsIdeographic) && !IsNameIn(w, pack.Code))
                .Distinct(StringComparer.Ordinal)
                .ToList();
            var filler = string.Join(' ', pack.Sections.Identify.Words.Where(w => w.All(char.IsLetter)).Take(12));
            foreach (var word in words)
            {
                var capital = char.ToUpperInvariant(word[0]) + word[1..];
                foreach (var text in new[] { $"{capital} {filler}.", $"{filler} {word} {filler}." })
                {
                    var at = text.IndexOf(text[0] == capital[0] ? capital : " " + word + " ", StringComparison.Ordinal) + (text[0] == capital[0] ? 0 : 1);
                    var found = ArticleParser.Default.Parse(text, Published).Mentions
                        .Where(m => m.Span.Start < at + word.Length && at < m.Span.Start + m.Span.Length)
                        .Select(m => $"{pack.Code}: '{text.Substring(m.Span.Start, m.Span.Length)}' in \"{text}\" is {m.Id}");
                    failures.AddRange(found);
                }
            }
        }

        failures.Should().BeEmpty();
    }

    private static bool IsIdeographic(char c) => c >= '\u2E80';

    // Identification also counts the language's own names as evidence (Vietnamese "nga", Russia written without marks).
    private static bool IsNameIn(string word, string code) =>
        KurilsCatalog.Default.Resolve(word).Any(m => m.Method is MatchMethod.Exact or MatchMethod.Normalized
            && (m.Name.Language == code || m.Name.Language.StartsWith(code + "-", StringComparison.Ordinal)));
}
