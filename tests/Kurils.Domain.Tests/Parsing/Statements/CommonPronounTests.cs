using FluentAssertions;
using Kurils.Domain.Parsing;
using Xunit;

namespace Kurils.Domain.Tests.Parsing.Statements;

/// <summary>
/// Pronouns of one person that say no gender (the packs' <c>speech.pronouns.common</c>, Indonesian "ia", "dia", "beliau")
/// stand for the last speaker or the person named before, a man or a woman alike; a plural pronoun stands for no one
/// person. The sentences are written for the tests; a statement is found by a word of it.
/// </summary>
public sealed class CommonPronounTests
{
    private static ArticleStatement[] StatementsWith(string text, string word)
    {
        var article = ArticleParser.Default.Parse(text);
        return [.. article.Statements.Where(s => article.TextOf(s.Span).Contains(word, StringComparison.Ordinal))];
    }

    [Theory]
    [InlineData("Menteri Luar Negeri Rusia Sergei Lavrov mengkritik sanksi Jepang. Ia mengatakan bahwa perundingan damai tidak mungkin dilanjutkan.", "perundingan damai", "lavrov-sergey")]
    [InlineData("Juru bicara Kementerian Luar Negeri Rusia Maria Zakharova mengecam Tokyo. Ia mengatakan bahwa Jepang harus menerima hasil perang.", "hasil perang", "zakharova-maria")]
    [InlineData("Peskov mengatakan bahwa tidak ada pembicaraan dengan Tokyo. Dia menambahkan bahwa Moskow tetap terbuka untuk kontak.", "terbuka untuk kontak", "peskov-dmitry")]
    [InlineData("Perdana Menteri Fumio Kishida berbicara di parlemen. Beliau menegaskan bahwa keempat pulau itu milik Jepang.", "keempat pulau", "kishida-fumio")]
    public void CommonPronoun_StandsForThePersonBefore_WhateverTheGender(string text, string word, string speaker) =>
        StatementsWith(text, word).Should().NotBeEmpty().And.OnlyContain(s => s.SpeakerId == speaker);

    [Theory]
    [InlineData("Lavrov dan Kishida bertemu di Moskow. Mereka mengatakan bahwa perundingan akan dilanjutkan.", "perundingan akan")]
    [InlineData("Ia mengatakan bahwa perundingan damai tidak mungkin dilanjutkan.", "perundingan damai")]
    public void PluralPronoun_OrNoOneBefore_NamesNoSpeaker(string text, string word) =>
        StatementsWith(text, word).Should().OnlyContain(s => s.SpeakerId == null && s.SpeakerName == null);
}
