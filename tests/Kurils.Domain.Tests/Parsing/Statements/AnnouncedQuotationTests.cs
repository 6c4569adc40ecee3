using FluentAssertions;
using Kurils.Domain.Parsing;
using Xunit;

namespace Kurils.Domain.Tests.Parsing.Statements;

/// <summary>
/// A sentence that announces a quotation to come with an announcer (the packs' <c>speech.announcers</c>: "the following",
/// "следующее", 次のように before the verb) gives its speaker to the quotation that opens the next paragraph.
/// </summary>
public sealed class AnnouncedQuotationTests
{
    private static readonly ArticleParser Parser = new(TestCatalog.Catalog);

    [Theory]
    [InlineData("Kuril talks end in Moscow\n\nThe talks between the two countries ended in Moscow on Monday after two long days.\n\nRudenko visited Tokyo last week and met the envoy there. Putin said the following.\n\n“We will not give up our land. Nobody should doubt it.”", "putin-vladimir")]
    [InlineData("Переговоры о Курилах\n\nПереговоры двух стран завершились в Москве в понедельник после двух долгих дней.\n\nРуденко посетил Токио на прошлой неделе и встретился там с послом. Путин заявил следующее.\n\n«Мы не отдадим свою землю. Никто не должен в этом сомневаться».", "putin-vladimir")]
    [InlineData("北方領土をめぐる会見\n\n政府は北方領土問題をめぐり、ロシア側との協議を続けている。交渉は長期化している。\n\n林官房長官は、記者会見で次のように述べました。\n\n「北方領土は我が国固有の領土です。粘り強く交渉を続けます」", "hayashi-yoshimasa")]
    public void Announcer_GivesTheSpeakerToTheNextQuotation(string text, string speaker) =>
        Parser.Parse(text).Statements.Should().ContainSingle(s => s.Kind == StatementKind.Direct).Which.SpeakerId.Should().Be(speaker);

    [Fact]
    public void AnnouncerInsideTheClause_AnnouncesNothing() =>
        Parser.Parse("Kuril talks end in Moscow\n\nThe talks between the two countries ended in Moscow on Monday after two long days.\n\nRudenko visited Tokyo last week. Putin said the following days would be hard for the talks.\n\nHayashi met the envoy later. “We will not give up our land. Nobody should doubt it.”")
            .Statements.Where(s => s.Kind == StatementKind.Direct).Should().NotContain(s => s.SpeakerId == "putin-vladimir");
}
