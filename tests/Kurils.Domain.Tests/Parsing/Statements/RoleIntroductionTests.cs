using FluentAssertions;
using Kurils.Domain.Parsing;
using Xunit;

namespace Kurils.Domain.Tests.Parsing.Statements;

/// <summary>
/// A role noun standing for a person named before: the person the catalog lacks whom the article introduced with it
/// ("Taro Sato, a fisherman … The fisherman said"), a role of several words matched whole ("Bộ trưởng", "người phát
/// ngôn"), a role written with a hyphen ("La porte-parole"), and the role right after a verb that opens its sentence
/// ("وقال الوزير إنه …").
/// </summary>
public sealed class RoleIntroductionTests
{
    private static ArticleStatement[] StatementsWith(ParsedArticle article, string word) =>
        [.. article.Statements.Where(s => article.TextOf(s.Span).Contains(word, StringComparison.Ordinal))];

    [Theory]
    [InlineData("Kuril fishing\n\nThe waters near the four islands are rich and disputed.\n\nTaro Sato, a fisherman from Nemuro, has worked near the islands for decades. The fisherman said the waters had become dangerous.", "waters had", "Taro Sato")]
    [InlineData("Pesca en las Kuriles\n\nLas aguas cerca de las cuatro islas son ricas y disputadas.\n\nHiroshi Nakamura, un pescador de Nemuro, trabaja cerca de las islas desde hace décadas. El pescador dijo que las aguas se han vuelto peligrosas.", "peligrosas", "Hiroshi Nakamura")]
    [InlineData("Pêche aux Kouriles\n\nLes eaux près des quatre îles sont riches et disputées.\n\nTaro Sato, un pêcheur de Nemuro, travaille près des îles depuis des décennies. Le pêcheur a déclaré que les eaux étaient devenues dangereuses.", "dangereuses", "Taro Sato")]
    [InlineData("Рыбалка у Курил\n\nВоды у четырёх островов богаты рыбой и остаются спорными.\n\nРыбак Хироси Накамура десятки лет ловит рыбу у островов. Рыбак сказал, что воды стали опасными.", "опасными", "Хироси Накамура")]
    public void ARoleNoun_StandsForThePersonTheCatalogLacksIntroducedWithIt(string text, string word, string name)
    {
        var article = new ArticleParser(TestCatalog.Catalog).Parse(text);
        StatementsWith(article, word).Should().NotBeEmpty().And.OnlyContain(s => s.SpeakerId == null && s.SpeakerName == name);
    }

    /// <summary>A noun nobody was introduced with stands for no one: "The fisherman said" after a story naming only Kishida.</summary>
    [Fact]
    public void ARoleNounNobodyWasIntroducedWith_StandsForNoOne()
    {
        var article = new ArticleParser(TestCatalog.Catalog).Parse("Kuril fishing\n\nThe waters near the four islands are rich and disputed.\n\nFumio Kishida visited Nemuro on Monday. The fisherman said the waters had become dangerous.");
        StatementsWith(article, "waters had").Should().NotContain(s => s.SpeakerId != null || s.SpeakerName != null);
    }

    [Theory]
    [InlineData("Tranh chấp quần đảo Kuril\n\nNhật Bản và Nga vẫn bất đồng về quần đảo Kuril.\n\nBộ trưởng Ngoại giao Nga Sergei Lavrov gặp báo giới tại Moskva hôm thứ Ba. Bộ trưởng nói rằng không có điều kiện cho một hiệp ước hòa bình.", "điều kiện", "lavrov-sergey")]
    [InlineData("Tranh chấp quần đảo Kuril\n\nNhật Bản và Nga vẫn bất đồng về quần đảo Kuril.\n\nNgười phát ngôn Bộ Ngoại giao Nga Maria Zakharova phát biểu hôm thứ Tư. Người phát ngôn cho biết chủ quyền của Nga không thể bàn cãi.", "chủ quyền", "zakharova-maria")]
    [InlineData("Le différend des Kouriles\n\nLe Japon et la Russie restent en désaccord sur les îles.\n\nMaria Zakharova s'est exprimée mercredi à Moscou. La porte-parole a déclaré que la souveraineté russe sur les îles n'était pas négociable.", "souveraineté", "zakharova-maria")]
    [InlineData("نزاع جزر الكوريل\n\nلا تزال اليابان وروسيا على خلاف بشأن الجزر.\n\nالتقى وزير الخارجية الروسي سيرغي لافروف الصحفيين في موسكو يوم الثلاثاء. وقال الوزير إنه لا توجد شروط لتوقيع معاهدة سلام.", "شروط", "lavrov-sergey")]
    public void ARole_OfSeveralWordsOrAfterAVerb_StandsForThePersonNamedBefore(string text, string word, string person) =>
        StatementsWith(ArticleParser.Default.Parse(text), word).Should().NotBeEmpty().And.OnlyContain(s => s.SpeakerId == person);

    /// <summary>A role whose office the person named before never held stands for no one ("Thủ tướng" after Lavrov).</summary>
    [Fact]
    public void ARoleOfAnOfficeThePersonNeverHeld_StandsForNoOne() =>
        StatementsWith(ArticleParser.Default.Parse("Tranh chấp quần đảo Kuril\n\nNhật Bản và Nga vẫn bất đồng về quần đảo Kuril.\n\nNgoại trưởng Nga Sergei Lavrov gặp báo giới tại Moskva hôm thứ Ba. Thủ tướng nói rằng không có điều kiện cho một hiệp ước hòa bình."), "điều kiện")
            .Should().NotContain(s => s.SpeakerId == "lavrov-sergey");
}
