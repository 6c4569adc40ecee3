using FluentAssertions;
using Kurils.Domain.Languages;
using Xunit;

namespace Kurils.Domain.Tests.Languages;

/// <summary>Language identification from the shipped packs, on sentences written for the tests.</summary>
public sealed class LanguageIdentifierTests
{
    [Theory]
    [InlineData("en", "The minister said on Monday that the talks with Japan would resume in the spring.")]
    [InlineData("ru", "Министр заявил в понедельник, что переговоры с Японией возобновятся весной.")]
    [InlineData("uk", "Міністр заявив у понеділок, що переговори з Японією відновляться навесні.")]
    [InlineData("be", "Міністр заявіў у панядзелак, што перамовы з Японіяй адновяцца вясной.")]
    [InlineData("bg", "Министърът заяви в понеделник, че преговорите с Япония ще бъдат подновени през пролетта.")]
    [InlineData("sr", "Министар је у понедељак рекао да ће се преговори са Јапаном наставити на пролеће.")]
    [InlineData("pl", "Minister powiedział w poniedziałek, że rozmowy z Japonią zostaną wznowione wiosną.")]
    [InlineData("fr", "Le ministre a déclaré lundi que les négociations avec le Japon reprendraient au printemps.")]
    [InlineData("de", "Der Minister sagte am Montag, dass die Gespräche mit Japan im Frühjahr wieder aufgenommen werden.")]
    [InlineData("es", "El ministro dijo el lunes que las negociaciones con Japón se reanudarán en la primavera.")]
    [InlineData("it", "Il ministro ha detto lunedì che i negoziati con il Giappone riprenderanno in primavera.")]
    [InlineData("pt", "O ministro disse na segunda-feira que as negociações com o Japão serão retomadas na primavera.")]
    [InlineData("vi", "Bộ trưởng cho biết hôm thứ Hai rằng các cuộc đàm phán với Nhật Bản sẽ được nối lại vào mùa xuân.")]
    [InlineData("ar", "قال الوزير يوم الاثنين إن المفاوضات مع اليابان ستستأنف في الربيع.")]
    [InlineData("ja", "大臣は月曜日、日本との交渉を春に再開すると述べた。")]
    [InlineData("zh", "部长周一表示，与日本的谈判将在春季恢复。")]
    [InlineData("zh", "部長週一表示，與日本的談判將在春季恢復。")]
    [InlineData("ko", "장관은 월요일 일본과의 협상이 봄에 재개될 것이라고 말했다.")]
    public void Identify_SentenceInALanguage_GivesItsCode(string code, string text) =>
        LanguagePacks.Default.Identifier.Identify(text).Code.Should().Be(code);

    [Theory]
    [InlineData("")]
    [InlineData("12345 — 2024-06-05 !!!")]
    [InlineData("Lorem ipsum dolor sit amet consectetur adipiscing elit sed eiusmod tempor")]
    public void Identify_NoEvidenceForAnyPack_IsUndetermined(string text) =>
        LanguagePacks.Default.Identifier.Identify(text).Code.Should().Be("und");

    [Fact]
    public void Identify_JapaneseArticleQuotingAnEnglishParagraph_HasBothLanguagesActive()
    {
        const string text = "林官房長官は記者会見で、北方領土問題について政府の立場は変わっていないと述べた。交渉は続けるという。\n\nThe minister said that the position of the government has not changed and that the talks would continue.";
        var guess = LanguagePacks.Default.Identifier.Identify(text);
        guess.Code.Should().Be("ja");
        guess.Active.Select(p => p.Code).Should().Equal("ja", "en");
    }

    [Fact]
    public void Identify_FrenchText_DoesNotActivateEnglish()
    {
        const string text = "Le 5 mars, le président a déclaré que les îles Kouriles du Sud appartiennent à la Russie.";
        LanguagePacks.Default.Identifier.Identify(text).Active.Select(p => p.Code).Should().Equal("fr");
    }
}
