using FluentAssertions;
using Kurils.Domain.Languages;
using Kurils.Domain.Parsing;
using Kurils.Domain.Parsing.Statements;
using Xunit;

namespace Kurils.Domain.Tests.Parsing.Statements;

/// <summary>
/// A speech verb without a subject in a language that drops subjects ("Powiedziała, że …", "وقالت إن …", "Ha detto che …"):
/// the previous sentence's subject when nobody spoke shortly before, and only someone the verb's ending agrees with
/// (speech.verbEndings: a feminine "powiedziała" is no man's, a plural "powiedzieli" no one person's).
/// </summary>
public sealed class DroppedSubjectTests
{
    private static ArticleStatement[] StatementsWith(ParsedArticle article, string word) =>
        [.. article.Statements.Where(s => article.TextOf(s.Span).Contains(word, StringComparison.Ordinal))];

    private static ArticleStatement[] Parse(string text, string word)
    {
        var article = ArticleParser.Default.Parse(text);
        return StatementsWith(article, word);
    }

    [Theory]
    [InlineData("Spór o Kuryle\n\nJaponia i Rosja wciąż spierają się o wyspy.\n\nSiergiej Ławrow spotkał się we wtorek z dziennikarzami w Moskwie. Powiedział, że nie ma warunków do zawarcia traktatu pokojowego.", "warunków", "lavrov-sergey")]
    [InlineData("Spór o Kuryle\n\nJaponia i Rosja wciąż spierają się o wyspy.\n\nRzeczniczka rosyjskiego MSZ Maria Zacharowa zabrała w środę głos. Powiedziała, że suwerenność Rosji nad wyspami nie podlega dyskusji.", "suwerenność", "zakharova-maria")]
    [InlineData("La disputa delle Curili\n\nGiappone e Russia restano divisi sulle isole.\n\nIl ministro degli Esteri russo Sergej Lavrov ha incontrato martedì i giornalisti. Ha detto che non ci sono le condizioni per un trattato di pace.", "condizioni", "lavrov-sergey")]
    [InlineData("نزاع جزر الكوريل\n\nلا تزال اليابان وروسيا على خلاف بشأن الجزر.\n\nتحدثت المتحدثة باسم الخارجية الروسية ماريا زاخاروفا يوم الأربعاء عن قضية الكوريل. وقالت إن السيادة الروسية على الجزر ليست موضع نقاش.", "السيادة", "zakharova-maria")]
    [InlineData("Спор о Курилах\n\nЯпония и Россия по-прежнему спорят об островах.\n\nСергей Лавров встретился с Марией Захаровой во вторник. Заявила, что суверенитет России над островами не обсуждается.", "суверенитет", "zakharova-maria")]
    public void AVerbWithoutASubject_ContinuesThePreviousSentencesSubjectThatAgrees(string text, string word, string person) =>
        Parse(text, word).Should().NotBeEmpty().And.OnlyContain(s => s.SpeakerId == person);

    /// <summary>A feminine ending is no man's, a plural one nobody's.</summary>
    [Theory]
    [InlineData("Spór o Kuryle\n\nJaponia i Rosja wciąż spierają się o wyspy.\n\nSiergiej Ławrow spotkał się we wtorek z dziennikarzami w Moskwie. Powiedziała, że nie ma warunków do zawarcia traktatu pokojowego.", "warunków", "lavrov-sergey")]
    [InlineData("Spór o Kuryle\n\nJaponia i Rosja wciąż spierają się o wyspy.\n\nSiergiej Ławrow spotkał się we wtorek z dziennikarzami w Moskwie. Powiedzieli, że nie ma warunków do zawarcia traktatu pokojowego.", "warunków", "lavrov-sergey")]
    [InlineData("Спор о Курилах\n\nЯпония и Россия по-прежнему спорят об островах.\n\nСергей Лавров встретился с журналистами во вторник. Заявила, что суверенитет России над островами не обсуждается.", "суверенитет", "lavrov-sergey")]
    [InlineData("نزاع جزر الكوريل\n\nلا تزال اليابان وروسيا على خلاف بشأن الجزر.\n\nالتقى وزير الخارجية الروسي سيرغي لافروف الصحفيين في موسكو. وقالوا إن السيادة الروسية على الجزر ليست موضع نقاش.", "السيادة", "lavrov-sergey")]
    [InlineData("Суперечка за Курили\n\nЯпонія та Росія досі сперечаються за острови.\n\nСергій Лавров у вівторок зустрівся з журналістами в Москві. «Суверенітет Росії над островами не обговорюється», — заявила вона.", "Суверенітет", "lavrov-sergey")]
    public void AVerbWhoseEndingDisagrees_IsNotTheirs(string text, string word, string person) =>
        Parse(text, word).Should().NotContain(s => s.SpeakerId == person);

    /// <summary>A subject before the verb is no dropped one: "Ambas partes afirmaron" is not the previous sentence's subject's alone.</summary>
    [Fact]
    public void AVerbWithASubjectBeforeIt_ContinuesNoOne() =>
        Parse("Disputa de las Kuriles\n\nJapón y Rusia siguen enfrentados por las islas.\n\nSerguéi Lavrov habló el martes con la prensa en Moscú. Los periodistas afirmaron que las negociaciones sobre el tratado de paz continuarán.", "negociaciones")
            .Should().NotContain(s => s.SpeakerId == "lavrov-sergey");

    [Theory]
    [InlineData("pl", "powiedziała", "Feminine")]
    [InlineData("pl", "powiedział", "Masculine")]
    [InlineData("pl", "powiedzieli", "Plural")]
    [InlineData("ru", "заявила", "Feminine")]
    [InlineData("uk", "заявив", "Masculine")]
    [InlineData("ar", "وقالت", "Feminine")]
    [InlineData("ar", "ولفت", "Masculine")]
    [InlineData("ar", "قالوا", "Plural")]
    [InlineData("es", "dijo", null)]
    public void AVerbsEnding_GivesItsSubjectsGender(string language, string verb, string? gender) =>
        (new SpeechLexicon([LanguagePacks.Default.Find(language)!]).VerbGender(verb)?.ToString()).Should().Be(gender);
}
