using FluentAssertions;
using Kurils.Domain.Parsing;
using Xunit;

namespace Kurils.Domain.Tests.Parsing.Statements;

/// <summary>Scare quotes and quoted terms (a short phrase nobody is said to speak) are not statements; the same words attributed by a speech verb are.</summary>
public sealed class QuotedTermTests
{
    private static readonly ArticleParser Parser = new(TestCatalog.Catalog);

    [Theory]
    [InlineData("Putin said Russia will keep the islands. The so-called “Northern Territories” lie off Hokkaido.")]
    [InlineData("Путин заявил, что острова останутся российскими. Так называемые «северные территории» лежат у Хоккайдо.")]
    [InlineData("Putin dijo que Rusia no cederá nunca las islas del sur a Japón y que el tratado sigue pendiente. Los llamados \"territorios del norte\" están cerca de Hokkaido.")]
    [InlineData("普京表示，俄罗斯不会放弃这些岛屿。所谓“北方四岛”位于北海道附近。")]
    [InlineData("プーチン大統領は島を返さないと述べた。いわゆる「北方領土」は北海道の沖にある。")]
    [InlineData("푸틴 대통령은 섬을 돌려주지 않겠다고 말했다. 이른바 ‘북방영토’는 홋카이도 앞바다에 있다.")]
    [InlineData("Poutine a déclaré que la Russie garderait les îles. Les « territoires du Nord » se trouvent au large de Hokkaido.")]
    [InlineData("Putin sagte, Russland werde die Inseln behalten. Die sogenannten „Nördlichen Territorien“ liegen vor Hokkaido.")]
    [InlineData("Putin powiedział, że Rosja zachowa wyspy. Tak zwane „Terytoria Północne” leżą u wybrzeży Hokkaido.")]
    [InlineData("Путін заявив, що Росія збереже острови. Так звані «Північні території» лежать біля Хоккайдо.")]
    [InlineData("Putin said Russia will keep the islands. The ship “Admiral Nevelskoy” docked at Kunashir on Monday.")]
    [InlineData("Putin said Russia will keep the islands. He read “War and Peace” on the flight to Kunashir.")]
    public void QuotedTerm_InASentenceNobodySpeaksIn_IsNotAStatement(string text) =>
        Parser.Parse(text).Statements.Should().NotContain(s => s.Kind == StatementKind.Direct);

    [Theory]
    [InlineData("Putin called the remarks “regrettable” on Monday.")]
    [InlineData("Putin said the talks were “very useful” for both sides.")]
    public void ShortQuote_WithASpeechVerb_IsAStatement(string text) =>
        Parser.Parse(text).Statements.Should().Contain(s => s.Kind == StatementKind.Direct);

    [Fact]
    public void ShortSentenceQuoted_IsAStatement() =>
        Parser.Parse("Putin spoke after the talks. “We disagree.”").Statements.Should().Contain(s => s.Kind == StatementKind.Direct);

    // The headlines of other stories, listed under "Related stories" after the story: links, not what anyone said here.
    [Theory]
    [InlineData("Japan protests Russian drills on Kunashir\n\nJapan lodged a protest with Russia on Tuesday over military drills on Kunashir, the foreign ministry said in Tokyo.\n\nThe drills began on Monday and will last a week.\n\nRelated stories\n\nPutin: “We will never give the islands back to Japan”\n\nPutin says talks with Tokyo “are impossible now”")]
    [InlineData("Япония протестует против учений на Кунашире\n\nЯпония во вторник заявила протест России в связи с военными учениями на Кунашире, сообщил МИД в Токио.\n\nУчения начались в понедельник и продлятся неделю.\n\nЧитайте также\n\nПутин: «Мы никогда не вернём острова Японии»\n\nПутин заявил, что переговоры с Токио «сейчас невозможны»")]
    public void HeadlinesOfOtherStories_AreNotStatements(string text)
    {
        var parsed = Parser.Parse(text);
        parsed.Statements.Should().NotContain(s => s.SpeakerId == "putin-vladimir");
        parsed.Segments.Where(s => s.Kind == SegmentKind.Navigation).Should().HaveCount(3);
    }
}
