using FluentAssertions;
using Kurils.Domain.Parsing;
using NodaTime;
using Xunit;

namespace Kurils.Domain.Tests.Parsing;

/// <summary>One rule per test, each with its own small input, over the frozen test catalog.</summary>
public sealed class ArticleParserTests
{
    private static readonly ArticleParser Parser = new(TestCatalog.Catalog);

    private static ParsedArticle Parse(string text, LocalDate? published = null) => Parser.Parse(text, published);

    private static List<(string Text, string Id)> Mentions(string text, EntityKind kind, LocalDate? published = null) =>
        [.. Parse(text, published).Mentions.Where(m => m.Kind == kind).Select(m => (m.Span.Of(text), m.Id))];

    // Mentions and traps

    [Fact]
    public void Mentions_LongestMatchWins() =>
        Mentions("Visitors to Kunashiri and 択捉島 arrived.", EntityKind.Territory).Should().Equal(("Kunashiri", "kunashir"), ("択捉島", "iturup"));

    [Theory]
    [InlineData("The Etorofu-class escort ship was launched in 1943.")]
    [InlineData("The Etorofu class of escorts.")]
    [InlineData("He traded on eToro all night.")]
    [InlineData("Tourists love Shakotan in summer.")]
    [InlineData("Юрий Гагарин полетел в космос.")]
    [InlineData("Mr. Etorofuson arrived.")]
    public void Mentions_Traps_FindNoTerritory(string text) =>
        Mentions(text, EntityKind.Territory).Should().BeEmpty();

    [Fact]
    public void Mentions_FrameOnlyIsletName_CountsBesideOtherDisputeNames() =>
        Mentions("Острова Итуруп и Юрий входят в Южные Курилы.", EntityKind.Territory).Should().Equal(("Итуруп", "iturup"), ("Юрий", "yuri"));

    [Fact]
    public void Mentions_IslandFramedIsletName_IsFound() =>
        Mentions("Пограничники высадились на остров Юрий.", EntityKind.Territory).Should().Equal(("остров Юрий", "yuri"));

    [Fact]
    public void Mentions_GroupName_ResolvesToTheGroup() =>
        Mentions("Japan calls them the Northern Territories.", EntityKind.Territory).Should().Equal(("Northern Territories", "test-group"));

    [Fact]
    public void Mentions_ZeroWidthAndBidiInsideAName_StillMatch() =>
        Mentions("Ships near Etor\u200Bofu and \u202AIturup\u202C today.", EntityKind.Territory).Select(m => m.Id).Should().Equal("iturup", "iturup");

    [Fact]
    public void Mentions_SharedFamilyName_IsThePersonNamedInFull()
    {
        var text = "Yoshimasa Hayashi spoke. Later Hayashi said more.";
        Mentions(text, EntityKind.Person).Should().Equal(("Yoshimasa Hayashi", "hayashi-yoshimasa"), ("Hayashi", "hayashi-yoshimasa"));
    }

    [Fact]
    public void Mentions_SharedFamilyNameAlone_IsThePersonInOfficeOnTheDate() =>
        Mentions("Hayashi spoke to reporters.", EntityKind.Person, new LocalDate(2024, 6, 6)).Should().Equal(("Hayashi", "hayashi-yoshimasa"));

    [Fact]
    public void Mentions_SharedFamilyNameWithoutContext_Abstains() =>
        Mentions("Hayashi spoke to reporters.", EntityKind.Person).Should().BeEmpty();

    [Fact]
    public void Mentions_LowerCaseFamilyName_IsNotAPerson() =>
        Mentions("the kato family", EntityKind.Person, new LocalDate(2021, 2, 15)).Should().BeEmpty();

    [Fact]
    public void Mentions_BareOffice_NamesItsHolderOnTheDate()
    {
        var text = "The Chief Cabinet Secretary said nothing.";
        Parse(text, new LocalDate(2021, 2, 15)).Mentions.Single(m => m.Kind == EntityKind.Office).HolderId.Should().Be("kato-katsunobu");
        Parse(text, new LocalDate(2024, 6, 6)).Mentions.Single(m => m.Kind == EntityKind.Office).HolderId.Should().Be("hayashi-yoshimasa");
        Parse(text).Mentions.Single(m => m.Kind == EntityKind.Office).HolderId.Should().BeNull();
    }

    [Fact]
    public void Mentions_DescribedInstrument_IsFound()
    {
        Mentions("In 1956, the Soviet Union and Japan signed a joint declaration on ending the war.", EntityKind.Instrument)
            .Should().Equal(("joint declaration", "joint-declaration-1956"));
        Mentions("They cited a 1956 joint declaration.", EntityKind.Instrument).Should().Equal(("joint declaration", "joint-declaration-1956"));
        Mentions("They cited a joint declaration.", EntityKind.Instrument).Should().BeEmpty();
    }

    [Fact]
    public void Mentions_Epithet_IsThePresidentOnTheDate() =>
        Mentions("The Russian leader said nothing new.", EntityKind.Person, new LocalDate(2024, 6, 5)).Should().Equal(("The Russian leader", "putin-vladimir"));

    [Fact]
    public void Mentions_InComments_AreMarkedAsComments()
    {
        var text = "Putin spoke about Etorofu and the peace treaty in a long interview with reporters on the sidelines of the forum.\n\n3 Comments\nreader1\nEtorofu is Japanese.\nreader2\nNo, it is not.\nreader3\nYes, it is.\n";
        var article = Parse(text);
        article.Mentions.Where(m => m.Span.Start > text.IndexOf("Comments", StringComparison.Ordinal)).Should().OnlyContain(m => m.InComment);
        article.Mentions.Where(m => m.Span.Start < text.IndexOf("Comments", StringComparison.Ordinal)).Should().OnlyContain(m => !m.InComment);
    }

    // Statements

    [Theory]
    [InlineData("Putin said: “We will not give up the islands.”", "We will not give up the islands.")]
    [InlineData("Putin said: \"We will not give up the islands.\"", "We will not give up the islands.")]
    [InlineData("Путин заявил: «Мы не отдадим острова».", "Мы не отдадим острова")]
    [InlineData("Putin sagte: „Wir geben die Inseln nicht auf.“", "Wir geben die Inseln nicht auf.")]
    [InlineData("プーチン大統領は「島を渡さない」と述べた。", "島を渡さない")]
    [InlineData("“We will not give up the islands,” Putin said.", "We will not give up the islands")]
    [InlineData("“We will not give up the islands,” said Putin.", "We will not give up the islands")]
    public void Statements_EachQuotationStyle_IsAttributed(string text, string quote)
    {
        var statement = Parse(text).Statements.Should().ContainSingle(s => s.Kind == StatementKind.Direct).Subject;
        statement.SpeakerId.Should().Be("putin-vladimir");
        statement.Span.Of(text).Should().Be(quote);
    }

    [Fact]
    public void Statements_PartialQuote_IsAttributedToTheSentenceSubject()
    {
        var text = "Putin added he wants to “develop” ties with Japan.";
        Parse(text).Statements.Should().ContainSingle(s => s.Kind == StatementKind.Direct).Which.SpeakerId.Should().Be("putin-vladimir");
    }

    [Fact]
    public void Statements_QuoteRunningOverParagraphs_IsOneStatement()
    {
        var text = "Putin said the talks were over.\n\n“First paragraph of the quote.\n\n“Second paragraph of the quote.\n\n“Last paragraph,” he said.\n";
        var direct = Parse(text).Statements.Where(s => s.Kind == StatementKind.Direct).ToList();
        direct.Should().ContainSingle();
        direct[0].Span.Of(text).Should().StartWith("First paragraph").And.EndWith("Last paragraph");
        direct[0].SpeakerId.Should().Be("putin-vladimir");
    }

    [Fact]
    public void Statements_UnbalancedQuote_IsIgnoredNotGuessed()
    {
        var text = "Putin said “this never closes.\n\nAnother paragraph.";
        Parse(text).Statements.Where(s => s.Kind == StatementKind.Direct).Should().BeEmpty();
    }

    [Theory]
    [InlineData("Putin said Russia does not refuse to engage in dialogue.", "Russia does not refuse to engage in dialogue", "putin-vladimir")]
    [InlineData("Yoshimasa Hayashi said in Tokyo on Thursday that Russia's response is unfair.", "Russia's response is unfair", "hayashi-yoshimasa")]
    [InlineData("Putin spoke. He noted, however, that there are no immediate plans.", "there are no immediate plans", "putin-vladimir")]
    [InlineData("Talks are impossible for now, Russian President Vladimir Putin said on Tuesday.", "Talks are impossible for now", "putin-vladimir")]
    [InlineData("Putin told local media he will adhere to the Constitution.", "he will adhere to the Constitution", "putin-vladimir")]
    public void Statements_ReportedSpeech_HasSpeakerAndClause(string text, string clause, string speaker)
    {
        var statement = Parse(text).Statements.Should().ContainSingle(s => s.Kind == StatementKind.Reported).Subject;
        statement.Span.Of(text).Should().Be(clause);
        statement.SpeakerId.Should().Be(speaker);
    }

    [Fact]
    public void Statements_RussianVerbBeforeItsSubject_TakesTheClauseBeforeTheVerb()
    {
        var text = "Переговоры о мирном договоре сейчас невозможны, заявил в среду президент России Владимир Путин.";
        var statement = Parse(text, new LocalDate(2024, 6, 7)).Statements.Should().ContainSingle().Subject;
        statement.SpeakerId.Should().Be("putin-vladimir");
        statement.Span.Of(text).Should().Be("Переговоры о мирном договоре сейчас невозможны");
        statement.Date.Should().Be(new LocalDate(2024, 6, 5));
    }

    [Fact]
    public void Statements_JapaneseTopic_IsTheSpeakerNotTheLastNameBeforeTheQuote()
    {
        var text = "林官房長官は記者会見で、プーチン大統領の発言について「全く受け入れられない」と述べた。";
        Parse(text, new LocalDate(2024, 6, 6)).Statements.Should().ContainSingle().Which.SpeakerId.Should().Be("hayashi-yoshimasa");
    }

    [Fact]
    public void Mentions_SharedFamilyNameBesideAnOffice_IsTheOneWhoHeldIt() =>
        Mentions("Chief Cabinet Secretary Hayashi said the policy is unchanged.", EntityKind.Person).Should().Equal(("Hayashi", "hayashi-yoshimasa"));

    [Fact]
    public void Statements_PronounAfterAVerbInsideTheSentence_IsNotItsSubject()
    {
        var text = "The Russian leader indicated he will not respond to the claims.";
        Parse(text).Mentions.Should().NotContain(m => m.Span.Of(text) == "he");
    }

    [Fact]
    public void Statements_PartialQuoteInsideReportedSpeech_GivesBoth()
    {
        var text = "Putin said Russia does \"not refuse to engage in such a dialogue,\" but Japan must change first.";
        var statements = Parse(text).Statements;
        statements.Select(s => s.Kind).Should().Equal(StatementKind.Reported, StatementKind.Direct);
        statements.Should().OnlyContain(s => s.SpeakerId == "putin-vladimir");
    }

    [Fact]
    public void Statements_SecondVerbOfTheSameSubject_IsAttributed()
    {
        var text = "Chief Cabinet Secretary Yoshimasa Hayashi called the remarks “regrettable” and said Japan would keep seeking the islands.";
        var reported = Parse(text).Statements.Should().ContainSingle(s => s.Kind == StatementKind.Reported).Subject;
        reported.SpeakerId.Should().Be("hayashi-yoshimasa");
        reported.Span.Of(text).Should().Be("Japan would keep seeking the islands");
    }

    [Fact]
    public void Statements_VerbClosedByAComma_TakesTheClauseBeforeTheSubject()
    {
        var text = "Russia will not negotiate over the islands, Vladimir Putin said Friday, dismissing the protests.";
        Parse(text).Statements.Should().ContainSingle().Which.Span.Of(text).Should().Be("Russia will not negotiate over the islands");
    }

    [Fact]
    public void Statements_AnotherPersonBeforeTheVerb_Abstains()
    {
        var text = "Hayashi Yoshimasa met Vladimir Putin and later the minister said the talks failed.";
        Parse(text).Statements.Should().NotContain(s => s.SpeakerId == "hayashi-yoshimasa");
    }

    [Fact]
    public void Statements_PronounWithoutAnyoneNamed_Abstains()
    {
        var text = "“We will wait,” he said.";
        Parse(text).Statements.Should().ContainSingle().Which.SpeakerId.Should().BeNull();
    }

    [Fact]
    public void Statements_SaidWeekday_IsDatedAndLinkedToTheCatalog()
    {
        var text = "Yoshimasa Hayashi said Thursday that Russia's response is unacceptable.";
        var statement = Parse(text, new LocalDate(2024, 6, 7)).Statements.Single();
        statement.Date.Should().Be(new LocalDate(2024, 6, 6));
        statement.CatalogStatementId.Should().Be("hayashi-2024-06-06");
    }

    // Metadata

    [Fact]
    public void Outlet_CitedOnly_IsNotThePublisher()
    {
        Parse("The remarks were reported by TASS and Kyodo News on Monday.").OutletId.Should().BeNull();
    }

    [Fact]
    public void Outlet_DatelineTag_IsThePublisher()
    {
        var article = Parse("Headline about talks\n\nMOSCOW, June 5. /TASS/. Putin spoke about the peace treaty.\n");
        article.OutletId.Should().Be("tass");
        article.Dateline!.Place.Should().Be("MOSCOW");
        article.Dateline.Agency.Should().Be("TASS");
    }

    [Fact]
    public void Outlet_AgencyNamedInTheDateline_IsThePublisher() =>
        Parse("Talks over\n\nTOKYO, June 6 (Kyodo) -- Putin said the peace treaty talks were over.\n").OutletId.Should().Be("kyodo");

    [Fact]
    public void Outlet_PageFurnitureAndWireCredit_AreKeptApart()
    {
        var article = Parse("Putin spoke about the peace treaty with Japan at length today.\n© KYODO\n2 Comments\nLogin to comment\nuser1\nGood.\nuser2\nBad.\n");
        article.OutletId.Should().Be("japan-today");
        article.WireId.Should().Be("kyodo");
    }

    [Fact]
    public void Outlet_SiteNameAboveTheHeadline_IsThePublisher() =>
        Parse("Japan Today\nPutin rules out peace treaty talks\n\nPutin spoke about the peace treaty at length on Wednesday.\n").OutletId.Should().Be("japan-today");

    [Fact]
    public void Outlet_HeadlineSuffix_IsThePublisher() =>
        Parse("Putin rules out peace treaty talks | Kyodo News\n\nPutin spoke about the peace treaty at length on Wednesday.\n").OutletId.Should().Be("kyodo");

    [Fact]
    public void ReferenceDate_DateStampAboveTheBody_IsTheArticlesDate()
    {
        var article = Parse("Putin rules out peace treaty talks\nUpdated: June 7, 2024\n\nPutin said Wednesday the peace treaty talks cannot resume.\n");
        article.ReferenceDate.Should().Be(new LocalDate(2024, 6, 7));
        article.Statements.Single().Date.Should().Be(new LocalDate(2024, 6, 5));
    }

    [Fact]
    public void Outlet_DatelineTagTheSegmenterMissed_StillNamesThePublisher() =>
        Parse("Putin rules out talks\n\nMoscow. June 5. /TASS/. Putin spoke about the peace treaty at length.\n").OutletId.Should().Be("tass");

    [Fact]
    public void Outlet_LastLineThatIsOnlyAnAgencysName_IsTheWire() =>
        Parse("Putin rules out talks\n\nPutin spoke about the peace treaty at length on Wednesday in Moscow.\n\nKYODO\n").OutletId.Should().Be("kyodo");

    [Fact]
    public void Dateline_AgencyNameAfterTheDash_BelongsToTheDateline()
    {
        var text = "Заголовок статьи о переговорах\n\nМОСКВА, 5 июн — РИА Новости. Россия не будет обсуждать мирный договор.\n";
        var article = Parse(text);
        article.Dateline!.Span.Of(text).Should().Be("МОСКВА, 5 июн — РИА Новости.");
        article.Dateline.Place.Should().Be("МОСКВА");
        article.Dateline.Agency.Should().Be("РИА Новости");
        article.Dateline.DateText.Should().Be("5 июн");
    }

    [Theory]
    [InlineData("(AP) - TOKYO, January 22 - Talks on a peace treaty will be the main topic of the meeting in Moscow.", "TOKYO", "AP", "January 22")]
    [InlineData("VLADIVOSTOK. March 19. VOSTOK-MEDIA – A shipwreck occurred not far from Kunashir last night.", "VLADIVOSTOK", "VOSTOK-MEDIA", "March 19")]
    [InlineData("ST. PETERSBURG, December 13. /TASS/. Russia will not discuss the islands, the minister said.", "ST. PETERSBURG", "TASS", "December 13")]
    public void Dateline_AgencyBeforeOrAfterThePlace_GivesPlaceAndAgency(string paragraph, string place, string agency, string date)
    {
        var article = Parse("Talks on the islands\n\n" + paragraph + "\n");
        article.Dateline!.Place.Should().Be(place);
        article.Dateline.Agency.Should().Be(agency);
        article.Dateline.DateText.Should().Be(date);
    }

    [Fact]
    public void Dateline_JapaneseBrackets_GivePlaceAndAgency()
    {
        var article = Parse("ロシア外務省報道官、抗議を拒否\n\n【モスクワ共同】ロシア外務省の報道官は８日の記者会見で、北方領土を巡る抗議を拒否した。\n");
        article.Dateline!.Place.Should().Be("モスクワ");
        article.Dateline.Agency.Should().Be("共同");
    }

    [Fact]
    public void Statements_TitleTheCatalogDoesNotKnow_BetweenVerbAndName_IsSkipped()
    {
        var text = "Переговоры о мирном договоре невозможны, заявил журналистам глава государства Владимир Путин.";
        Parse(text).Statements.Should().ContainSingle().Which.SpeakerId.Should().Be("putin-vladimir");
    }

    [Theory]
    [InlineData("Putin spoke about the peace treaty.", "en")]
    [InlineData("Путин говорил о мирном договоре.", "ru")]
    [InlineData("プーチン大統領は平和条約について話した。", "ja")]
    [InlineData("普京谈到和平条约。", "zh")]
    [InlineData("", "und")]
    public void Language_IsTheMainScript(string text, string expected) => Parse(text).Language.Should().Be(expected);

    [Fact]
    public void AboutDispute_EarthquakeOffTheIslands_IsNot() =>
        Parse("A magnitude 6.1 earthquake struck off Etorofu on Monday. No tsunami warning was issued.").AboutDispute.Should().BeFalse();

    [Fact]
    public void AboutDispute_SovereigntyOverTheIslands_Is() =>
        Parse("Japan claims sovereignty over Etorofu and Kunashiri, which Russia administers.").AboutDispute.Should().BeTrue();

    [Fact]
    public void ReferenceDate_DatelineWeekdayAndTerm_InferTheYear()
    {
        var text = "Stance unchanged\n\nTOKYO, February 15. /TASS/. Japan's stance is unchanged, Chief Cabinet Secretary Katsunobu Kato said on Monday.\n";
        var article = Parse(text);
        article.ReferenceDateSource.Should().Be(ReferenceDateSource.Inferred);
        article.ReferenceDate.Should().Be(new LocalDate(2021, 2, 15));
    }

    [Fact]
    public void ReferenceDate_WithoutATermOfOffice_StaysUnknown()
    {
        var article = Parse("Talks impossible\n\nMOSCOW, June 5. /TASS/. The talks are impossible, Putin said on Wednesday.\n");
        article.ReferenceDate.Should().BeNull();
        article.ReferenceDateSource.Should().Be(ReferenceDateSource.None);
    }

    [Fact]
    public void ReferenceDate_TermAllowingSeveralYears_StaysUnknown()
    {
        // June 5 was a Wednesday in 2002, 2013, 2019 and 2024, all in Putin's presidencies: no single answer.
        var article = Parse("Talks impossible\n\nMOSCOW, June 5. /TASS/. The talks are impossible, Russian President Vladimir Putin said on Wednesday.\n");
        article.ReferenceDate.Should().BeNull();
    }

    // Diagnostics

    [Fact]
    public void Diagnostics_ClaimAgainstTheCatalog_IsFlagged()
    {
        var text = "The dispute covers Etorofu and Kunashiri. Japan controls these islands, the article says.";
        var diagnostic = Parse(text).Diagnostics.Should().ContainSingle().Subject;
        diagnostic.Code.Should().Be(DiagnosticCodes.ContradictsCatalog);
        diagnostic.Span.Of(text).Should().StartWith("Japan controls");
        Parse("The dispute covers Etorofu. Russia controls Etorofu.").Diagnostics.Should().BeEmpty();
    }

    [Fact]
    public void Diagnostics_UnknownNameBesideIslandWord_IsFlagged()
    {
        var text = "Fishermen were seen near Moneron Island and Iturup Island.";
        Parse(text).Diagnostics.Should().ContainSingle(d => d.Code == DiagnosticCodes.UnresolvedIslandName).Which.Span.Of(text).Should().Be("Moneron");
    }

    [Fact]
    public void Diagnostics_CommentCountMismatch_IsADiagnosticNotAnError()
    {
        var text = "Putin spoke about the peace treaty today.\n5 Comments\nuser1\nGood.\n";
        Parse(text).Diagnostics.Should().ContainSingle(d => d.Code == DiagnosticCodes.CommentCountMismatch);
    }

    [Fact]
    public void Parse_InvalidUtf8_IsReplacedWithADiagnostic()
    {
        var (article, text) = Parser.Parse([0x50, 0x75, 0x74, 0x69, 0x6E, 0xFF, 0x20]);
        text.Should().Contain("\uFFFD");
        article.Diagnostics.Should().Contain(d => d.Code == DiagnosticCodes.InvalidEncoding);
    }

    [Theory]
    [InlineData(", said Putin.")]
    [InlineData(",said")]
    [InlineData("x. , said he")]
    public void Parse_CommaRightBeforeAVerbAtASentenceStart_ReadsNoStatement(string text)
    {
        var article = Parse(text);
        article.Segments.Should().ContainSingle().Which.Span.Should().Be(new TextSpan(0, text.Length));
        article.Statements.Should().BeEmpty("nothing stands before the verb to be what was said");
    }

    [Fact]
    public void AboutDispute_QuakeOffTheNorthernTerritories_IsNot() =>
        Parse("北方領土の択捉島沖で地震\n\n択捉島沖でマグニチュード6.1の地震があった。津波の心配はない。\n").AboutDispute.Should().BeFalse();

    [Theory]
    [InlineData("According to Vladimir Putin, the islands are Russian territory.", "the islands are Russian territory")]
    [InlineData("По словам Путина, острова являются российской территорией.", "острова являются российской территорией")]
    public void Statements_AccordingTo_IsReportedSpeech(string text, string clause)
    {
        var statement = Parse(text).Statements.Should().ContainSingle().Subject;
        statement.SpeakerId.Should().Be("putin-vladimir");
        statement.Span.Of(text).Should().Be(clause);
    }

    [Fact]
    public void Statements_JapaneseClauseEndingInToAndAVerb_IsReportedSpeech()
    {
        var text = "林官房長官は、ロシア側の対応は受け入れられないと述べた。";
        var statement = Parse(text, new LocalDate(2024, 6, 6)).Statements.Should().ContainSingle().Subject;
        statement.SpeakerId.Should().Be("hayashi-yoshimasa");
        statement.Span.Of(text).Should().Be("ロシア側の対応は受け入れられない");
    }

    [Fact]
    public void Statements_HeadlineOpeningWithAPersonAndAColon_ReportsWhatTheySaid()
    {
        var text = "Putin: talks with Japan are impossible now\n\nThe Kremlin gave no details on Wednesday about the talks.\n";
        var statement = Parse(text).Statements.Should().ContainSingle().Subject;
        statement.SpeakerId.Should().Be("putin-vladimir");
        statement.Span.Of(text).Should().Be("talks with Japan are impossible now");
        Parse("Kurils: a guide to the islands\n\nThe islands lie off Hokkaido and are disputed.\n").Statements.Should().BeEmpty();
    }

    [Fact]
    public void Statements_ToldReportersAfterAQuote_IsNotAReportedClause()
    {
        var text = "“This is extremely regrettable,” Chief Cabinet Secretary Yoshimasa Hayashi told reporters on Monday.";
        Parse(text).Statements.Should().ContainSingle().Which.Kind.Should().Be(StatementKind.Direct);
    }

    [Fact]
    public void Segments_LinkToAnotherStory_IsNavigationNotBody()
    {
        var text = "Japan protests the visit\n\nPutin spoke about the peace treaty at length on Wednesday in Moscow.\n\nRelated: Putin says no talks with Japan\n";
        var article = Parse(text);
        article.Segments.Single(s => s.Content.Of(text).StartsWith("Related:", StringComparison.Ordinal)).Kind.Should().Be(SegmentKind.Navigation);
        article.Statements.Should().BeEmpty();
    }

    [Theory]
    [InlineData("俄罗斯总统普京5日表示，谈判的条件尚不具备。", "谈判的条件尚不具备")]
    [InlineData("블라디미르 푸틴 대통령은 협상 조건이 없다고 말했다.", "협상 조건이 없다")]
    public void Statements_ChineseAndKoreanReportedSpeech_HaveTheirSpeaker(string text, string clause)
    {
        var statement = Parse(text, new LocalDate(2024, 6, 7)).Statements.Should().ContainSingle().Subject;
        statement.SpeakerId.Should().Be("putin-vladimir");
        statement.Span.Of(text).Should().Be(clause);
    }

    [Fact]
    public void Parse_Null_IsApiMisuse()
    {
        var act = () => Parser.Parse((string)null!);
        act.Should().Throw<ArgumentNullException>();
    }
}
