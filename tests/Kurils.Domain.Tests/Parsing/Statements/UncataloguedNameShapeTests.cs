using FluentAssertions;
using Kurils.Domain.Parsing;
using Xunit;
using static Kurils.Domain.Tests.Parsing.ProbeStories;

namespace Kurils.Domain.Tests.Parsing.Statements;

/// <summary>
/// Where the name of a speaker the catalog lacks starts and ends: capitalised words with the language's name particles
/// between them ("Pedro de la Fuente"), never the affiliation or apposition after it ("Jan Kowalski z Uniwersytetu
/// Warszawskiego", "Pierre Dupont, de l'université de Lyon,"), nor the role noun before it ("said the mayor of Nemuro,
/// Taro Ishigaki", "sagte der Fischer Hiroshi Nakamura").
/// </summary>
public sealed class UncataloguedNameShapeTests
{
    private static readonly ArticleParser Parser = new(TestCatalog.Catalog);

    // A story in the language of the line under test, so that the language's packs read it.
    private static string Story(string body) => body switch
    {
        _ when body.Contains("powiedział", StringComparison.Ordinal) => PlHead + "\n\n" + PlBody,
        _ when body.Contains("thuộc", StringComparison.Ordinal) => ViHead + "\n\n" + ViBody,
        _ when Scripts(body, 'а', 'я') => RuStory,
        _ when body.Contains(" sagte", StringComparison.Ordinal) => DeHead + "\n\n" + DeBody,
        _ when body.Contains(" ha detto", StringComparison.Ordinal) || body.Contains("ha dichiarato", StringComparison.Ordinal) => ItHead + "\n\n" + ItBody,
        _ when body.Contains(" disse", StringComparison.Ordinal) => PtHead + "\n\n" + PtBody,
        _ when body.Contains("dijo", StringComparison.Ordinal) || body.Contains("afirmó", StringComparison.Ordinal) => EsHead + "\n\n" + EsBody,
        _ when body.Contains(" a estimé", StringComparison.Ordinal) || body.Contains("a déclaré", StringComparison.Ordinal) => FrHead + "\n\n" + FrBody,
        _ => "Kuril talks\n\nThe two countries still disagree about the four islands north of Hokkaido, and talks have stalled since 2022.",
    } + "\n\n" + body + "\n";

    private const string RuStory = "Япония и Россия по-прежнему спорят о Курилах\n\nТокио называет четыре острова Северными территориями, Россия владеет ими с 1945 года.";

    private static bool Scripts(string text, char first, char last) => text.Any(c => c >= first && c <= last);

    private static ArticleStatement Only(string body, string word)
    {
        var article = Parser.Parse(Story(body));
        return article.Statements.Should().ContainSingle(s => article.TextOf(s.Span).Contains(word, StringComparison.Ordinal)).Subject;
    }

    private static void NameIs(string body, string word, string name)
    {
        var article = Parser.Parse(Story(body));
        var statement = article.Statements.Should().ContainSingle(s => article.TextOf(s.Span).Contains(word, StringComparison.Ordinal)).Subject;
        statement.SpeakerId.Should().BeNull();
        statement.SpeakerName.Should().Be(name);
        article.TextOf(statement.SpeakerNameSpan!.Value).Should().Be(name);
    }

    [Theory]
    [InlineData("Pedro de la Fuente dijo que un acuerdo sobre las islas sigue lejos.", "acuerdo", "Pedro de la Fuente")]
    [InlineData("Der Historiker Jan van der Berg sagte, dass eine Einigung über die Inseln fern sei.", "Einigung", "Jan van der Berg")]
    [InlineData("Charles de Montclair a estimé qu'un accord sur les îles restait lointain.", "accord", "Charles de Montclair")]
    [InlineData("João da Silva disse que um acordo sobre as ilhas continua distante.", "acordo", "João da Silva")]
    public void NameParticles_StayInsideTheName(string body, string word, string name) => NameIs(body, word, name);

    [Theory]
    [InlineData("Jan Kowalski z Uniwersytetu Warszawskiego powiedział, że porozumienie w sprawie wysp jest odległe.", "porozumienie", "Jan Kowalski")]
    [InlineData("Nguyễn Văn An thuộc Đại học Quốc gia Hà Nội cho rằng một thỏa thuận về quần đảo vẫn còn xa.", "thỏa thuận", "Nguyễn Văn An")]
    [InlineData("John Smith of the University of Tokyo said a deal on the islands remained distant.", "deal", "John Smith")]
    [InlineData("Thomas Berger von der Universität Hamburg sagte, eine Einigung über die Inseln sei in weiter Ferne.", "Einigung", "Thomas Berger")]
    [InlineData("Иван Петров из Московского университета заявил, что соглашение по островам пока невозможно.", "соглашение", "Иван Петров")]
    [InlineData("Marco Bianchi dell'Università di Bologna ha detto che un accordo sulle isole resta lontano.", "accordo", "Marco Bianchi")]
    [InlineData("Javier Moreno de la Universidad de Salamanca dijo que un acuerdo sobre las islas sigue lejos.", "acuerdo", "Javier Moreno")]
    public void AnAffiliation_IsNoPartOfTheName(string body, string word, string name) => NameIs(body, word, name);

    [Theory]
    [InlineData("Pierre Dupont, de l'université de Lyon, a estimé qu'un accord sur les îles restait lointain.", "accord", "Pierre Dupont")]
    [InlineData("Juan Pérez, de la Universidad de Salamanca, dijo que un acuerdo sobre las islas sigue lejos.", "acuerdo", "Juan Pérez")]
    [InlineData("João Ferreira, da Universidade de Lisboa, disse que um acordo sobre as ilhas continua distante.", "acordo", "João Ferreira")]
    [InlineData("Former islander Iwao Kondo, 89, said he wanted to visit his family's graves on the islands.", "graves", "Iwao Kondo")]
    public void AnApposition_IsNoPartOfTheName(string body, string word, string name) => NameIs(body, word, name);

    [Theory]
    [InlineData("“We want to visit our parents' graves on the islands,” said the mayor of Nemuro, Taro Ishigaki.", "graves", "Taro Ishigaki")]
    [InlineData("« Nous voulons revoir nos îles un jour », a déclaré le maire de Nemuro, Taro Ishigaki.", "revoir", "Taro Ishigaki")]
    [InlineData("„Wir wollen unsere Inseln eines Tages zurück“, sagte der Fischer Hiroshi Nakamura.", "zurück", "Hiroshi Nakamura")]
    [InlineData("«Las negociaciones sobre las islas están muertas», afirmó el politólogo Javier Moreno, de la Universidad de Salamanca.", "muertas", "Javier Moreno")]
    [InlineData("«Мы хотим вернуться на острова», — сказал рыбак Хироси Накамура.", "вернуться", "Хироси Накамура")]
    [InlineData("„Chcemy kiedyś wrócić na wyspy” – powiedział rybak Hiroshi Nakamura.", "wrócić", "Hiroshi Nakamura")]
    public void ARoleNounBeforeTheNameAfterTheVerb_IsNoPartOfTheName(string body, string word, string name) => NameIs(body, word, name);

    /// <summary>Words after the verb that name no role are no description of a speaker: "said the talks with Taro Sato …" is nobody's.</summary>
    [Theory]
    [InlineData("“It is very hard for all of us here,” said the talks with Taro Sato were long.", "hard")]
    [InlineData("«Es muy difícil para todos nosotros», dijo que las conversaciones con Taro Sato fueron largas.", "difícil")]
    public void WordsWithoutARole_NameNoOneAfterTheVerb(string body, string word) =>
        Only(body, word).SpeakerName.Should().NotBe("Taro Sato");
}
