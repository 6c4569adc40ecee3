using FluentAssertions;
using Kurils.Domain.Parsing;
using NodaTime;
using Xunit;

namespace Kurils.Domain.Tests.Parsing.Statements;

/// <summary>
/// Quoted words a wording noun calls someone's ("…倒退至「我國固有領土」、「非法占領」的用詞", "「我が国固有の領土」という表現を
/// 用いた", "\"고유 영토\"라는 표현을 꺼냈다"): in a sentence with no speech verb they are the words of the person the sentence
/// opens with, however short, not quoted terms. Without a person opening the sentence, or without the noun, they stay terms.
/// The sentences are written for the tests.
/// </summary>
public sealed class WordingQuoteTests
{
    private static readonly LocalDate March2022 = new(2022, 3, 22);

    private static ArticleStatement[] StatementsWith(string text, string word)
    {
        var article = ArticleParser.Default.Parse(text, March2022);
        return [.. article.Statements.Where(s => article.TextOf(s.Span).Contains(word, StringComparison.Ordinal))];
    }

    [Theory]
    [InlineData("日俄和平條約談判停滯\n\n兩國至今沒有簽署和平條約。\n\n日本首相岸田文雄在國會答詢時，將北方領土的措詞改回「固有領土」、「非法占領」的用詞。\n", "非法占領", "kishida-fumio")]
    [InlineData("日俄和平條約談判停滯\n\n兩國至今沒有簽署和平條約。\n\n日本首相岸田文雄在國會答詢時，將北方領土的措詞改回「固有領土」、「非法占領」的用詞。\n", "固有領土", "kishida-fumio")]
    [InlineData("日俄和平条约谈判停滞\n\n两国至今没有签署和平条约。\n\n日本首相岸田文雄在国会答辩时恢复了“固有领土”的说法。\n", "固有领土", "kishida-fumio")]
    [InlineData("日俄和平条约谈判停滞\n\n两国至今没有签署和平条约。\n\n日本外相林芳正在记者会上使用了“固有领土”和“非法占领”等字眼。\n", "非法占领", "hayashi-yoshimasa")]
    [InlineData("北方領土問題、交渉停滞\n\n両国の間では平和条約が締結されていない。\n\n岸田首相は参院予算委員会で、北方領土について「我が国固有の領土」という表現を用いた。\n", "固有の領土", "kishida-fumio")]
    [InlineData("쿠릴 4개 섬 문제 평행선\n\n양국은 아직 평화조약을 체결하지 않았다.\n\n기시다 총리는 국회에서 \"고유 영토\"라는 표현을 다시 꺼냈다.\n", "고유 영토", "kishida-fumio")]
    public void QuotedWordsAWordingNounCallsSomeones_AreThoseOfThePersonTheSentenceOpensWith(string text, string word, string speaker) =>
        StatementsWith(text, word).Should().NotBeEmpty().And.OnlyContain(s => s.SpeakerId == speaker && s.Kind == StatementKind.Direct);

    /// <summary>No person opens the sentence, no wording noun follows, or a comma stands between: a term, not a statement.</summary>
    [Theory]
    [InlineData("北方領土問題、交渉停滞\n\n両国の間では平和条約が締結されていない。\n\nこの日の答弁では、「不法占拠」という表現は使われなかった。\n", "不法占拠")]
    [InlineData("日俄和平条约谈判停滞\n\n两国至今没有签署和平条约。\n\n日本所称的“北方领土”即俄罗斯所说的南千岛群岛。\n", "北方领土")]
    [InlineData("日俄和平条约谈判停滞\n\n两国至今没有签署和平条约。\n\n日本首相岸田文雄访问根室，“北方领土”，这是日本的说法。\n", "北方领土")]
    public void WithoutTheOwnerOrTheNoun_AQuotedTermIsNoStatement(string text, string word) =>
        StatementsWith(text, word).Should().BeEmpty();
}
