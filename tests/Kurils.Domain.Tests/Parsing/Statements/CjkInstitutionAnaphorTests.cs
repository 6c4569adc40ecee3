using FluentAssertions;
using Kurils.Domain.Parsing;
using Xunit;

namespace Kurils.Domain.Tests.Parsing.Statements;

/// <summary>
/// "该部指出，…", "該省表示，…", "동 부처는 …고 덧붙였다": a noun naming again the institution of its kind named shortly
/// before, opening the clause of a speech verb in Chinese (no spaces, no particle) or as the topic of a Korean reported
/// clause without quotation marks. Without an institution of the noun's kind named before, nobody is the speaker (not the
/// previous speaker either). The sentences are written for the tests.
/// </summary>
public sealed class CjkInstitutionAnaphorTests
{
    private static ArticleStatement[] StatementsWith(string text, string word)
    {
        var article = ArticleParser.Default.Parse(text);
        return [.. article.Statements.Where(s => article.TextOf(s.Span).Contains(word, StringComparison.Ordinal))];
    }

    private const string ZhLead = "日俄南千岛群岛争端仍无进展\n\n两国至今没有签署和平条约。\n\n";
    private const string ZhHantLead = "日俄南千島群島爭議仍無進展\n\n兩國至今沒有簽署和平條約。\n\n";
    private const string KoLead = "일본·러시아, 쿠릴 4개 섬 문제 여전히 평행선\n\n양국은 아직 평화조약을 체결하지 않았다.\n\n";

    [Theory]
    [InlineData(ZhLead + "俄罗斯外交部10日发表声明称，日本的制裁是不友好行为。该部指出，俄方将采取反制措施。\n", "反制措施", "foreign-ministry-russia")]
    [InlineData(ZhLead + "俄罗斯外交部10日发表声明称，日本的制裁是不友好行为。该部还表示，俄方将采取反制措施。\n", "反制措施", "foreign-ministry-russia")]
    [InlineData(ZhLead + "日本外务省9日召见俄罗斯驻日大使。该省表示，俄军演习完全不能接受。\n", "完全不能接受", "foreign-ministry-japan")]
    [InlineData(ZhHantLead + "日本外務省10日發表聲明，抗議俄軍演習。該省表示，已透過外交管道提出抗議。\n", "外交管道", "foreign-ministry-japan")]
    [InlineData(ZhHantLead + "俄羅斯外交部10日發表聲明，批評日本的制裁。該部指出，俄方保留回應的權利。\n", "保留回應", "foreign-ministry-russia")]
    [InlineData(KoLead + "러시아 외무부는 성명을 내고 일본의 제재가 비우호적인 행위라고 밝혔다. 동 부처는 대응 조치를 취할 것이라고 덧붙였다.\n", "대응 조치", "foreign-ministry-russia")]
    [InlineData(KoLead + "일본 외무성은 러시아의 군사훈련에 항의했다고 밝혔다. 해당 부처는 외교 경로를 통해 유감의 뜻을 전달했다고 설명했다.\n", "유감의 뜻", "foreign-ministry-japan")]
    [InlineData(KoLead + "일본 정부는 러시아 외무부에 항의했다. 동 부처는 그러나 훈련이 정당하다고 반박했다.\n", "훈련이 정당", "foreign-ministry-russia")]
    public void AnInstitutionNamedAgain_IsTheSpeaker(string text, string word, string institution) =>
        StatementsWith(text, word).Should().NotBeEmpty().And.OnlyContain(s => s.SpeakerId == institution);

    /// <summary>No ministry named before the noun: the words are nobody's the text makes clear, not the last speaker's.</summary>
    [Theory]
    [InlineData(ZhLead + "普京说，俄罗斯愿意对话。该部指出，俄方将采取反制措施。\n", "反制措施")]
    [InlineData(KoLead + "푸틴 대통령은 대화할 용의가 있다고 말했다. 동 부처는 대응 조치를 취할 것이라고 덧붙였다.\n", "대응 조치")]
    public void ANounNamingAgain_WithNoInstitutionOfItsKindBefore_NamesNoOne(string text, string word) =>
        StatementsWith(text, word).Should().NotContain(s => s.SpeakerId != null);
}
