using FluentAssertions;
using Kurils.Domain.Parsing;
using NodaTime;
using Xunit;

namespace Kurils.Domain.Tests.Parsing.Statements;

/// <summary>
/// In Japanese, Korean and Chinese a speaker is often named only once: later sentences call them by a pronoun or a role as
/// their topic (그는, 彼女は, 장관은, 同氏は, 这位部长, 该发言人), or leave the subject out and continue the last topic. The
/// pronoun agrees in gender, the role with an office the person held on the statement's date; a description that fits
/// nobody leaves the statement unattributed, with its reason.
/// </summary>
public sealed class CjkReferenceTests
{
    // A foreign minister and a spokeswoman, with their names and offices in the three languages.
    private const string Overlay = """
        offices:
          - id: foreign-minister-of-russia
            country: russia
            names:
              - { text: Foreign Minister of Russia, lang: en, kind: official }
              - { text: ロシア外相, lang: ja-Jpan, kind: exonym }
              - { text: 俄罗斯外交部长, lang: zh-Hans, kind: exonym }
              - { text: 러시아 외무장관, lang: ko-Kore, kind: exonym }
            source: test
          - id: foreign-minister-of-japan
            country: japan
            names:
              - { text: Foreign Minister of Japan, lang: en, kind: official }
              - { text: 外相, lang: ja-Jpan, kind: variant }
            source: test
        people:
          - id: kamikawa-yoko
            country: japan
            gender: female
            names:
              - { lang: en, family: Kamikawa, given: Yoko }
              - { lang: ja-Jpan, family: 上川, given: 陽子 }
            tenures:
              - { office: foreign-minister-of-japan, from: 2023-09-13, to: 2024-10-01, source: test }
            source: test
          - id: lavrov-sergey
            country: russia
            gender: male
            names:
              - { lang: en, family: Lavrov, given: Sergey }
              - { lang: ja-Kana, family: ラブロフ, given: セルゲイ }
              - { lang: zh-Hans, family: 拉夫罗夫, given: 谢尔盖 }
              - { lang: zh-Hant, family: 拉夫羅夫, given: 謝爾蓋 }
              - { lang: ko-Kore, family: 라브로프, given: 세르게이 }
            tenures:
              - { office: foreign-minister-of-russia, from: 2004-03-09, source: test }
            source: test
          - id: zakharova-maria
            country: russia
            gender: female
            names:
              - { lang: en, family: Zakharova, given: Maria }
              - { lang: ja-Kana, family: ザハロワ, given: マリア }
              - { lang: zh-Hans, family: 扎哈罗娃, given: 玛丽亚 }
              - { lang: ko-Kore, family: 자하로바, given: 마리야 }
            source: test
        """;

    private static readonly ArticleParser Parser = new(TestCatalog.Catalog.Extend([CatalogSource.FromString("cjk.yaml", Overlay)]));

    private static readonly LocalDate June2024 = new(2024, 6, 5);

    private static ArticleStatement Last(string text)
    {
        var statements = Parser.Parse(text, June2024).Statements;
        statements.Should().NotBeEmpty();
        return statements[^1];
    }

    [Theory]
    [InlineData("라브로프 장관은 5일 도쿄를 방문했다. 그는 \"쿠릴 열도는 러시아 영토\"라고 밝혔다.", "lavrov-sergey")]
    [InlineData("자하로바 대변인은 5일 성명을 냈다. 그녀는 \"일본의 주장은 근거가 없다\"고 말했다.", "zakharova-maria")]
    [InlineData("라브로프 장관은 5일 도쿄를 방문했다. 이에 대해 그는 \"쿠릴 열도는 러시아 영토\"라고 밝혔다.", "lavrov-sergey")]
    [InlineData("ラブロフ外相は5日、来日した。彼は「北方領土はロシアの領土だ」と述べた。", "lavrov-sergey")]
    [InlineData("ザハロワ報道官は5日、会見した。彼女は「日本の主張は根拠がない」と述べた。", "zakharova-maria")]
    [InlineData("扎哈罗娃5日发表声明。她说：“日本的要求毫无根据。”", "zakharova-maria")]
    public void PronounAsTheTopic_IsThePersonNamedBefore(string text, string speaker)
    {
        var statement = Last(text);
        statement.SpeakerId.Should().Be(speaker);
        statement.Verb.Should().NotBeNull();
    }

    [Theory]
    [InlineData("라브로프 장관은 5일 자하로바 대변인과 만났다. 그녀는 \"일본의 주장은 근거가 없다\"고 말했다.", "zakharova-maria")]
    [InlineData("자하로바 대변인은 5일 라브로프 장관과 만났다. 그는 \"쿠릴 열도는 러시아 영토\"라고 밝혔다.", "lavrov-sergey")]
    public void PronounAsTheTopic_AgreesInGender(string text, string speaker) =>
        Last(text).SpeakerId.Should().Be(speaker);

    [Theory]
    [InlineData("자하로바 대변인은 5일 성명을 냈다. 그는 \"일본의 주장은 근거가 없다\"고 말했다.")]
    [InlineData("ザハロワ報道官は5日、会見した。彼は「日本の主張は根拠がない」と述べた。")]
    public void PronounOfTheOtherGender_NamesNobody_AndSaysWhy(string text)
    {
        var statement = Last(text);
        statement.SpeakerId.Should().BeNull();
        statement.Unattributed.Should().NotBeNull();
    }

    [Theory]
    [InlineData("그러나 \"쿠릴 열도는 러시아 영토\"라는 주장도 있다.")]
    [InlineData("그동안 \"쿠릴 열도는 러시아 영토\"라고 말해 왔다.")]
    public void WordThatOnlyStartsLikeAPronoun_IsNoTopic(string text) =>
        Last(text).SpeakerId.Should().BeNull();

    [Theory]
    [InlineData("라브로프 장관은 5일 도쿄를 방문했다. 장관은 \"쿠릴 열도는 러시아 영토\"라고 말했다.", "lavrov-sergey")]
    [InlineData("라브로프 장관은 5일 도쿄를 방문했다. 이 장관은 \"쿠릴 열도는 러시아 영토\"라고 말했다.", "lavrov-sergey")]
    [InlineData("자하로바 대변인은 5일 성명을 발표했다. 대변인은 \"일본의 주장은 근거가 없다\"고 밝혔다.", "zakharova-maria")]
    [InlineData("ラブロフ外相は5日、来日した。同氏は「北方領土はロシアの領土だ」と述べた。", "lavrov-sergey")]
    [InlineData("ラブロフ外相は5日、来日した。同外相は「北方領土はロシアの領土だ」と述べた。", "lavrov-sergey")]
    [InlineData("拉夫罗夫5日访问东京。这位部长表示：“南千岛群岛是俄罗斯领土。”", "lavrov-sergey")]
    [InlineData("拉夫羅夫5日訪問東京。這位部長表示：「南千島群島是俄羅斯領土。」", "lavrov-sergey")]
    [InlineData("扎哈罗娃5日发表声明。该发言人称：“日本的要求毫无根据。”", "zakharova-maria")]
    public void RoleAsTheTopic_IsThePersonNamedBeforeWhoHeldIt(string text, string speaker) =>
        Last(text).SpeakerId.Should().Be(speaker);

    [Theory]
    [InlineData("普京5日访问东京。这位部长表示：“南千岛群岛是俄罗斯领土。”")]
    [InlineData("푸틴 대통령은 5일 도쿄를 방문했다. 장관은 \"쿠릴 열도는 러시아 영토\"라고 말했다.")]
    public void RoleNamingAnOfficeNobodyNamedHeld_NamesNobody_AndSaysWhy(string text)
    {
        var statement = Last(text);
        statement.SpeakerId.Should().BeNull();
        statement.Unattributed.Should().Be(UnattributedReason.UnresolvedReference);
    }

    [Theory]
    [InlineData("プーチン大統領は5日、記者会見した。「北方領土はロシアの領土だ」と述べた。", "putin-vladimir")]
    [InlineData("푸틴 대통령은 5일 기자회견을 열었다. 이어 \"쿠릴 열도는 러시아 영토\"라고 말했다.", "putin-vladimir")]
    [InlineData("普京5日举行记者会。随后表示：“南千岛群岛是俄罗斯领土。”", "putin-vladimir")]
    [InlineData("普京5日舉行記者會。隨後表示：「南千島群島是俄羅斯領土。」", "putin-vladimir")]
    public void SentenceWithoutASubject_ContinuesTheTopicBefore(string text, string speaker) =>
        Last(text).SpeakerId.Should().Be(speaker);

    [Theory]
    [InlineData("林官房長官は「遺憾だ」と述べた。プーチン大統領は5日、記者会見した。「北方領土はロシアの領土だ」と語った。", "putin-vladimir")]
    [InlineData("라브로프 장관은 \"유감\"이라고 말했다. 푸틴 대통령은 5일 기자회견을 열었다. 이어 \"쿠릴 열도는 러시아 영토\"라고 강조했다.", "putin-vladimir")]
    [InlineData("林官房長官は「遺憾だ」と述べた。その上で「抗議した」と語った。", "hayashi-yoshimasa")]
    public void TopicNamedAfterTheLastSpeaker_IsTheOneContinued(string text, string speaker) =>
        Last(text).SpeakerId.Should().Be(speaker);

    [Fact]
    public void SentenceWithoutASubject_AfterNoTopic_NamesNobody() =>
        Last("東京で5日、会見が開かれた。「北方領土はロシアの領土だ」と述べた。").SpeakerId.Should().BeNull();

    [Theory]
    [InlineData("푸틴 대통령은 5일 기자회견을 열었다. 그는 쿠릴 열도가 러시아 영토라고 밝혔다.", "putin-vladimir")]
    [InlineData("拉夫罗夫5日访问东京。这位部长表示，南千岛群岛是俄罗斯领土。", "lavrov-sergey")]
    [InlineData("普京5日举行记者会。他表示，南千岛群岛是俄罗斯领土。", "putin-vladimir")]
    [InlineData("プーチン大統領は5日、記者会見した。日本との交渉を続けると述べた。", "putin-vladimir")]
    public void ReportedSpeech_TakesTheSameReferences(string text, string speaker)
    {
        var statement = Last(text);
        statement.Kind.Should().Be(StatementKind.Reported);
        statement.SpeakerId.Should().Be(speaker);
    }

    [Theory]
    [InlineData("外務省は、プーチン大統領が「北方領土はロシアの領土だ」と述べたことに抗議した。", "putin-vladimir")]
    [InlineData("外務省は5日、林官房長官が「遺憾だ」と述べたと発表した。", "hayashi-yoshimasa")]
    [InlineData("라브로프 장관은 12일 푸틴 대통령이 기시다 총리를 \"친근한 벗\"이라고 부르며 포옹하는 영상을 공개했다.", "putin-vladimir")]
    public void SubjectOfTheQuotationsOwnClause_BeatsTheSentencesTopic(string text, string speaker) =>
        Parser.Parse(text, June2024).Statements.Should().Contain(s => s.Kind == StatementKind.Direct)
            .Which.SpeakerId.Should().Be(speaker);

    [Theory]
    [InlineData("林官房長官は、プーチン大統領が訪問したことについて、「遺憾だ」と述べた。", "hayashi-yoshimasa")]
    [InlineData("林官房長官は5日、「プーチン大統領が訪問したことは遺憾だ」と述べた。", "hayashi-yoshimasa")]
    public void SubjectWhoseClauseEndsBeforeTheQuotation_LeavesItToTheTopic(string text, string speaker) =>
        Parser.Parse(text, June2024).Statements.Should().Contain(s => s.Kind == StatementKind.Direct)
            .Which.SpeakerId.Should().Be(speaker);

    [Theory]
    [InlineData("普京表态：“南千岛群岛是俄罗斯领土。”")]
    [InlineData("普京表態：「南千島群島是俄羅斯領土。」")]
    [InlineData("普京直言：“南千岛群岛是俄罗斯领土。”")]
    [InlineData("푸틴 대통령은 \"쿠릴 열도는 러시아 영토\"라고 말하면서 협상을 거부했다.")]
    [InlineData("푸틴 대통령은 \"쿠릴 열도는 러시아 영토\"라고 일축했다.")]
    [InlineData("プーチン大統領は「北方領土はロシアの領土だ」という返答だった。")]
    [InlineData("プーチン大統領は「北方領土はロシアの領土だ」との回答を寄せた。")]
    public void SpeechVerbsOfThePacks_AttributeTheQuotation(string text) =>
        Parser.Parse(text, June2024).Statements.Should().ContainSingle(s => s.Kind == StatementKind.Direct)
            .Which.SpeakerId.Should().Be("putin-vladimir");

    [Theory]
    [InlineData("林官房長官は12日、ロシア側に対し「容認できない」と述べ、抗議したことを明らかにした。", "抗議した")]
    [InlineData("林官房長官は5日、「北方領土は日本固有の領土だ」と語った上で、交渉を続けたいと強調した。", "交渉を続けたい")]
    public void ClauseChainedAfterTheQuotationsVerb_IsReportedByItsSpeaker(string text, string clause)
    {
        var statements = Parser.Parse(text, June2024).Statements;
        var reported = statements.Should().ContainSingle(s => s.Kind == StatementKind.Reported).Subject;
        reported.Span.Of(text).Should().Be(clause);
        reported.SpeakerId.Should().Be("hayashi-yoshimasa");
        statements.Should().ContainSingle(s => s.Kind == StatementKind.Direct).Which.SpeakerId.Should().Be("hayashi-yoshimasa");
    }

    [Theory]
    [InlineData("林官房長官は12日、「容認できない」と述べ、プーチン大統領は訪問を続けると語った。")]
    [InlineData("林官房長官は12日、「容認できない」と述べた上で、政府は対応を検討する。")]
    public void ChainedClauseWithItsOwnSubjectOrNoSpeechVerb_IsNotTheSpeakers(string text) =>
        Parser.Parse(text, June2024).Statements.Should().NotContain(s => s.Kind == StatementKind.Reported && s.SpeakerId == "hayashi-yoshimasa");
}
