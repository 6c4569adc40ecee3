using FluentAssertions;
using Kurils.Domain.Parsing;
using Xunit;

namespace Kurils.Domain.Tests.Parsing.Statements;

/// <summary>
/// Reported speech whose source is named by a cue rather than a verb: a person the catalog lacks ("According to
/// Ryoji Kudo, 50, of …"), a pronoun for the last speaker ("По его словам"), a role ("За словами представника
/// уряду"), and a sentence that reports the one before it ("Об этом заявил …").
/// </summary>
public sealed class SourcedClauseTests
{
    private static readonly ArticleParser Parser = new(TestCatalog.Catalog);

    private static IEnumerable<ArticleStatement> Reported(string text) =>
        Parser.Parse(text).Statements.Where(s => s.Kind == StatementKind.Reported);

    [Theory]
    [InlineData("According to Ryoji Kudo, 50, of the Nemuro City Fisheries Research Institute, the largest haul of crabs was recorded in 1993.", "Ryoji Kudo", "the largest haul of crabs was recorded in 1993")]
    [InlineData("Según Pedro Gómez, de la Universidad de Hokkaido, las islas siguen siendo el mayor obstáculo.", "Pedro Gómez", "las islas siguen siendo el mayor obstáculo")]
    [InlineData("Selon Pierre Martin, 62, la saison des échanges s'est bien terminée cette année.", "Pierre Martin", "la saison des échanges s'est bien terminée cette année")]
    public void SourceTheCatalogLacks_IsNamedAndItsAppositionsSkipped(string text, string name, string clause)
    {
        var statement = Reported(text).Should().ContainSingle().Subject;
        statement.SpeakerId.Should().BeNull();
        statement.SpeakerName.Should().Be(name);
        statement.Span.Of(text).Should().Be(clause);
    }

    [Theory]
    [InlineData("“We will not give the islands away,” Putin said. According to him, Russia will never hand the islands over to Japan.", "Russia will never hand the islands over to Japan")]
    [InlineData("«Мы не отдадим острова никому», — сказал Путин. По его словам, Россия никогда не передаст острова Японии.", "Россия никогда не передаст острова Японии")]
    [InlineData("« Nous ne céderons pas les îles », a déclaré Putin. Selon lui, la Russie ne cédera jamais les îles au Japon.", "la Russie ne cédera jamais les îles au Japon")]
    public void PronounSource_IsTheLastSpeaker(string text, string clause) =>
        Reported(text).Should().ContainSingle(s => s.Span.Of(text) == clause).Which.SpeakerId.Should().Be("putin-vladimir");

    [Fact]
    public void PronounSource_WithNobodyWhoSpokeBefore_IsNoStatement() =>
        Reported("Острова остаются спорными уже много лет. По его словам, Россия никогда не передаст острова Японии.").Should().BeEmpty();

    [Fact]
    public void PronounSource_ForASpeakerTheCatalogLacks_KeepsTheirName()
    {
        const string text = "«Сезон обменов завершился успешно», - сообщил агентству «Вести» директор Дома дружбы в Южно-Курильске Геннадий Новиков. По его словам, делегация посетила музей в Нагасаки и встретилась с жителями.";
        Reported(text).Should().ContainSingle().Which.SpeakerName.Should().Be("Геннадий Новиков");
    }

    [Fact]
    public void RoleAfterASourceCue_StandsForThePersonNamedBefore() =>
        Reported("Путін розкритикував навчання на островах. За словами представника уряду, міністерство оборони помітило шість кораблів біля острова.")
            .Should().ContainSingle().Which.SpeakerId.Should().Be("putin-vladimir");

    [Theory]
    [InlineData("Мнение жителей области однозначно — это российская земля. Об этом заявил в четверг Владимир Путин.", "Мнение жителей области однозначно — это российская земля")]
    [InlineData("Мнение жителей области однозначно — это российская земля. Об этом, как сообщает ТАСС, Путин заявил журналистам.", "Мнение жителей области однозначно — это российская земля")]
    [InlineData("Rosja nigdy nie odda wysp Japonii. O tym poinformował w piątek Putin.", "Rosja nigdy nie odda wysp Japonii")]
    [InlineData("Мнение жителей области однозначно — это российская земля. Об этом заявил в четверг, 31 января, президент России Владимир Путин.", "Мнение жителей области однозначно — это российская земля")]
    [InlineData("Думка жителів області однозначна — це російська земля. Про це заявив у четвер, 31 січня, Володимир Путін.", "Думка жителів області однозначна — це російська земля")]
    public void BackReference_ReportsTheSentenceBefore(string text, string clause)
    {
        var statement = Reported(text).Should().ContainSingle().Subject;
        statement.SpeakerId.Should().Be("putin-vladimir");
        statement.Span.Of(text).Should().Be(clause);
    }

    [Fact]
    public void BackReference_ToAQuotation_LeavesItToTheQuotation()
    {
        const string text = "«Россия никогда не отдаст острова». Об этом заявил в четверг Владимир Путин.";
        Reported(text).Should().BeEmpty();
    }
}
