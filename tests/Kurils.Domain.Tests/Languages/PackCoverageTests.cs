using FluentAssertions;
using Kurils.Domain.Parsing;
using NodaTime;
using Xunit;

namespace Kurils.Domain.Tests.Languages;

/// <summary>
/// What each shipped pack lets the parser read, on sentences written for these tests in the pack's language, for the
/// kinds the other test classes leave out of it: names in the forms the language writes them (declined, with an
/// attached preposition or particle, in either Chinese script), a quotation with its speaker, a reported clause, and
/// a title that stands for a person already named.
/// </summary>
public sealed class PackCoverageTests
{
    private static readonly LocalDate Published = new(2024, 6, 5);

    private static ParsedArticle Parse(string text) => ArticleParser.Default.Parse(text, Published);

    [Theory]
    [InlineData("de", "Russland hat auf den Kurilen neue Raketen stationiert.", "Kurilen", "kuril-islands")]
    [InlineData("es", "Rusia desplegó nuevos misiles en las islas Kuriles.", "islas Kuriles", "kuril-islands")]
    [InlineData("pt", "A Rússia instalou novos mísseis nas Ilhas Curilas.", "Ilhas Curilas", "kuril-islands")]
    [InlineData("it", "Secondo il ministero della difesa, la Russia ha schierato nuovi missili sulle isole Curili e il Giappone ha protestato.", "isole Curili", "kuril-islands")]
    [InlineData("vi", "Nga đã triển khai tên lửa mới trên quần đảo Kuril.", "quần đảo Kuril", "kuril-islands")]
    [InlineData("ja", "ロシアは択捉島に新しいミサイルを配備した。", "択捉島", "iturup")]
    [InlineData("zh", "俄罗斯在择捉岛部署了新导弹。", "择捉岛", "iturup")]
    [InlineData("zh", "俄羅斯在擇捉島部署了新導彈。", "擇捉島", "iturup")]
    [InlineData("ko", "러시아는 이투루프섬에 새 미사일을 배치했다.", "이투루프섬", "iturup")]
    [InlineData("ar", "نشرت روسيا صواريخ جديدة بجزر الكوريل.", "جزر الكوريل", "kuril-islands")]
    public void Names_InTheFormsTheLanguageWritesThem(string code, string text, string surface, string id)
    {
        var parsed = Parse(text);

        parsed.Language.Should().Be(code);
        parsed.Mentions.Should().Contain(m => m.Id == id && m.Span.Of(text) == surface, text);
    }

    [Fact]
    public void Names_InVietnameseWithoutItsDiacritics()
    {
        // Typed without tone marks, as many pages and comments are: the name and the language are found.
        const string text = "Bo Quoc phong cho biet Nga da trien khai ten lua moi tren quan dao Kuril.";

        var parsed = Parse(text);
        parsed.Language.Should().Be("vi");
        parsed.Mentions.Should().Contain(m => m.Id == "kuril-islands" && m.Span.Of(text) == "quan dao Kuril");
    }

    [Theory]
    [InlineData("uk", "«Ми ніколи не віддамо острови», — заявив Путін.")]
    [InlineData("pt", "«Nunca cederemos as ilhas ao Japão», disse Putin aos jornalistas em Moscou.")]
    [InlineData("ar", "وقال بوتين: «لن نتخلى عن الجزر أبدا».")]
    [InlineData("id", "“Kami tidak akan pernah menyerahkan pulau-pulau itu,” kata Putin.")]
    [InlineData("vi", "“Chúng tôi sẽ không bao giờ nhượng lại quần đảo”, Putin nói.")]
    [InlineData("zh", "普京在记者会上说：“我们永远不会放弃这些岛屿。”")]
    [InlineData("zh", "「我們永遠不會放棄這些島嶼，」普京對記者說。")]
    public void Quotation_HasItsSpeaker(string code, string text)
    {
        var parsed = Parse(text);

        parsed.Language.Should().Be(code);
        parsed.Statements.Should().ContainSingle(s => s.Kind == StatementKind.Direct).Which.SpeakerId.Should().Be("putin-vladimir");
    }

    [Theory]
    [InlineData("vi", "Putin nói rằng Nga sẽ không bao giờ nhượng lại quần đảo.")]
    [InlineData("zh", "普京表示，俄罗斯永远不会放弃这些岛屿。")]
    [InlineData("sr", "Путин је рекао да Русија никада неће предати острва.")]
    [InlineData("sr", "Putin je rekao da Rusija nikada neće predati ostrva posle rata.")]
    [InlineData("hr", "Putin je rekao da Rusija nikada neće predati otoke tijekom pregovora.")]
    [InlineData("id", "Putin mengatakan bahwa Rusia tidak akan pernah menyerahkan pulau-pulau itu.")]
    [InlineData("ko", "푸틴 대통령은 러시아가 섬을 절대 넘기지 않을 것이라고 말했다.")]
    public void ReportedClause_HasItsSpeaker(string code, string text)
    {
        var parsed = Parse(text);

        parsed.Language.Should().Be(code);
        parsed.Statements.Should().ContainSingle(s => s.Kind == StatementKind.Reported).Which.SpeakerId.Should().Be("putin-vladimir");
    }

    [Theory]
    [InlineData("pl", "Rozmowy zakończyły się w poniedziałek w Moskwie.\n\nPutin odwiedził Tokio wiosną. Rosyjski prezydent powiedział, że wyspy należą do Rosji.")]
    [InlineData("uk", "Переговори завершилися в понеділок у Москві.\n\nПутін відвідав Токіо навесні. Російський президент заявив, що острови належать Росії.")]
    [InlineData("it", "I colloqui si sono conclusi lunedì a Mosca.\n\nPutin ha visitato Tokyo in primavera. Il presidente russo ha detto che le isole appartengono alla Russia.")]
    [InlineData("pt", "As conversações terminaram na segunda-feira em Moscou.\n\nPutin visitou Tóquio na primavera. O presidente russo disse que as ilhas pertencem à Rússia.")]
    [InlineData("ja", "交渉は月曜日にモスクワで終わった。\n\nプーチン氏は春に東京を訪問した。ロシア大統領は「島はロシアの領土だ」と述べた。")]
    [InlineData("zh", "谈判于周一在莫斯科结束。\n\n普京春天访问了东京。俄罗斯总统表示，这些岛屿属于俄罗斯。")]
    [InlineData("ko", "협상은 월요일 모스크바에서 끝났다.\n\n푸틴은 봄에 도쿄를 방문했다. 러시아 대통령은 “섬은 러시아 영토”라고 말했다.")]
    [InlineData("vi", "Các cuộc đàm phán kết thúc hôm thứ Hai tại Moskva.\n\nPutin đã thăm Tokyo vào mùa xuân. Tổng thống Nga nói rằng quần đảo thuộc về Nga.")]
    public void TitleAnaphor_IsThePersonNamedBefore(string code, string text)
    {
        var parsed = Parse(text);

        parsed.Language.Should().Be(code);
        parsed.Statements.Should().ContainSingle().Which.SpeakerId.Should().Be("putin-vladimir");
    }
}
