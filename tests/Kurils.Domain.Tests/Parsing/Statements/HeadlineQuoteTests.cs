using FluentAssertions;
using Kurils.Domain.Parsing;
using Xunit;

namespace Kurils.Domain.Tests.Parsing.Statements;

/// <summary>
/// The headline and the lead give their quotations, attributed the headline's way (a name, a colon, the quote) and
/// given once when the body repeats them; their quoted terms are no statements either.
/// </summary>
public sealed class HeadlineQuoteTests
{
    private static readonly ArticleParser Parser = new(TestCatalog.Catalog);

    private static List<ArticleStatement> Direct(string text) => [.. Parser.Parse(text).Statements.Where(s => s.Kind == StatementKind.Direct)];

    [Theory]
    [InlineData("Putin: “We will never hand the islands over to anyone”\n\nThe Russian leader spoke in Moscow on Tuesday before the talks began.", "We will never hand the islands over to anyone")]
    [InlineData("Путин: «Мы никогда и никому не отдадим эти острова»\n\nРоссийский лидер выступил во вторник в Москве перед началом переговоров.", "Мы никогда и никому не отдадим эти острова")]
    [InlineData("푸틴 \"섬은 절대 넘겨주지 않을 것\"…협상 중단\n\n러시아 대통령은 화요일 모스크바에서 연설했다.", "섬은 절대 넘겨주지 않을 것")]
    public void HeadlineQuote_AfterItsSpeakersName_IsTheirs(string text, string quoted)
    {
        var statement = Direct(text).Should().ContainSingle().Subject;
        statement.Span.Of(text).Should().Be(quoted);
        statement.SpeakerId.Should().Be("putin-vladimir");
    }

    // The lead: the line under the headline that the body repeats.
    [Theory]
    [InlineData("Putin rules out a handover of the southern Kurils\n\nPutin said on Tuesday that “the islands will stay Russian for ever” after the talks in Moscow\n\nThe talks ended early on Tuesday in Moscow, and the delegations left the same day.\n\nPutin said on Tuesday after the talks in Moscow that the islands will stay Russian.")]
    [InlineData("Путин исключил передачу Южных Курил Японии\n\nПутин заявил во вторник после переговоров в Москве, что «острова навсегда останутся российскими»\n\nПереговоры закончились рано, и делегации уехали в тот же день.\n\nПутин заявил во вторник после переговоров в Москве, что острова останутся российскими.")]
    public void LeadQuote_WithItsVerb_IsAStatement(string text)
    {
        var parsed = Parser.Parse(text);
        parsed.Segments.Should().Contain(s => s.Kind == SegmentKind.Lead);
        parsed.Statements.Where(s => s.Kind == StatementKind.Direct).Should().ContainSingle().Which.SpeakerId.Should().Be("putin-vladimir");
    }

    [Theory]
    [InlineData("Putin: “The islands will stay Russian”\n\n“The islands will stay Russian,” Putin said in Moscow on Tuesday before the talks.")]
    [InlineData("Путин: «Острова останутся российскими»\n\n«Острова останутся российскими, и это не обсуждается», — заявил Путин во вторник в Москве.")]
    public void HeadlineQuote_TheBodyRepeats_IsGivenOnce(string text) =>
        Direct(text).Should().ContainSingle().Which.Span.Start.Should().BeGreaterThan(text.IndexOf('\n', StringComparison.Ordinal));

    [Theory]
    [InlineData("Japan protests “provocative” visit to Kunashir\n\nThe foreign ministry lodged a protest with the Russian embassy on Tuesday.")]
    [InlineData("Япония протестует против визита на «Северные территории»\n\nМИД Японии заявил протест посольству России во вторник.")]
    [InlineData("日本抗议俄方登上“北方四岛”\n\n日本外务省周二向俄罗斯大使馆提出抗议。")]
    public void HeadlineQuotedTerm_IsNotAStatement(string text) =>
        Direct(text).Should().BeEmpty();

    [Theory]
    [InlineData("Talks stall\n\n“We must act”. Putin spoke in Moscow on Tuesday before the talks.", "We must act")]
    [InlineData("Переговоры\n\n«Пора действовать». Путин выступил во вторник в Москве перед переговорами.", "Пора действовать")]
    public void ShortQuotation_ThatIsItsWholeSentence_IsAStatement(string text, string quoted) =>
        Direct(text).Select(s => s.Span.Of(text)).Should().Contain(quoted);

    [Theory]
    [InlineData("«Треба нарешті діяти». Путін підписав указ про острови\n\nУказ набув чинності у вівторок після засідання в Москві.", "Треба нарешті діяти")]
    [InlineData("«Пора наконец действовать». Путин подписал указ об островах\n\nУказ вступил в силу во вторник после заседания в Москве.", "Пора наконец действовать")]
    [InlineData("“We must act at last”: Putin signs a decree on the islands\n\nThe decree took effect on Tuesday after a meeting in Moscow.", "We must act at last")]
    [InlineData("«Пора действовать» — Путин о переговорах с Японией\n\nПереговоры закончились во вторник в Москве.", "Пора действовать")]
    public void HeadlineQuote_WithoutAVerb_IsThePersonNamedRightAfterIt(string text, string quoted)
    {
        var statement = Direct(text).Should().ContainSingle().Subject;
        statement.Span.Of(text).Should().Be(quoted);
        statement.SpeakerId.Should().Be("putin-vladimir");
    }

    [Theory]
    [InlineData("Talks in Moscow\n\nThe delegations met on Tuesday in the Kremlin for three hours.\n\n“We must act at last.” Putin later signed a decree on the islands.")]
    [InlineData("Переговоры в Москве\n\nДелегации встретились во вторник в Кремле на три часа.\n\n«Пора наконец действовать». Путин позже подписал указ об островах.")]
    public void BodyQuote_BeforeASentenceAboutSomeone_IsNotTheirs(string text) =>
        Direct(text).Should().ContainSingle().Which.SpeakerId.Should().BeNull();

    // A subheading run into the lead line (the page glued them): "… так само Путін: Росія …".
    [Theory]
    [InlineData("Путін підписав указ про острови\n\nПутін підписав указ про острови і закликав усіх у світі робити так само, щоб переговори з Японією нарешті завершилися Путін: Росія ніколи не віддасть ці острови нікому. Усі у світі це добре знають\nФото: Reuters\nПереговори закінчилися рано, і делегації поїхали того ж дня.", "Росія ніколи не віддасть ці острови нікому")]
    [InlineData("Putin signs a decree on the islands\n\nPutin signed a decree on the islands and called on everyone in the world to do the same, so that the talks with Japan finally end Putin: Russia will never give up these islands to anyone. Everyone knows it\nPhoto: Reuters\nThe talks ended early, and the delegations left the same day.", "Russia will never give up these islands to anyone")]
    public void LeadLabel_NameAndColonInsideTheLine_ReportsWhatFollows(string text, string said)
    {
        var parsed = Parser.Parse(text);
        parsed.Segments.Should().Contain(s => s.Kind == SegmentKind.Lead);
        var statement = parsed.Statements.Should().ContainSingle(s => s.Kind == StatementKind.Reported).Subject;
        statement.SpeakerId.Should().Be("putin-vladimir");
        statement.Span.Of(text).Should().Be(said);
    }

    [Theory]
    [InlineData("Japan signs a decree on the islands\n\nJapan signed a decree on the islands and called on everyone in the world to do the same, so that the long talks finally end after a meeting with Putin: Russia will never give up these islands to anyone\nPhoto: Reuters\nThe talks ended early, and the delegations left the same day.")]
    [InlineData("Японія підписала указ про острови\n\nЯпонія підписала указ про острови і закликала усіх у світі робити так само, щоб довгі переговори нарешті завершилися після зустрічі з Путіним: Росія ніколи не віддасть ці острови нікому\nФото: Reuters\nПереговори закінчилися рано, і делегації поїхали того ж дня.")]
    public void LeadLabel_AfterAFunctionWord_IsNoSpeaker(string text) =>
        Parser.Parse(text).Statements.Should().NotContain(s => s.SpeakerId == "putin-vladimir");
}
