using Kurils.Domain.Parsing;
using NodaTime;
using Xunit;

namespace Kurils.Domain.Tests.Parsing.Events;

/// <summary>The events stage on small articles written for these tests, one PLOVER type of the dispute at a time, in several languages.</summary>
public sealed class EventFinderTests
{
    private static readonly LocalDate Published = new(2024, 6, 7);

    private static ParsedArticle Parse(string body) =>
        ArticleParser.Default.Parse("News of the day\n\n" + body + "\n", Published);

    private static ParsedArticle ParseIn(string headline, string body) =>
        ArticleParser.Default.Parse(headline + "\n\n" + body + "\n", Published);

    private static string Describe(ParsedArticle article, string text) =>
        string.Join("; ", article.Events.Select(e => $"{e.Type}/{e.Mode} {string.Join(",", e.SourceIds)} -> {string.Join(",", e.TargetIds)}"));

    public static TheoryData<string, string, EventType, string?, string, string?> Cases => new()
    {
        // headline, body, type, mode, source, target
        { "News of the day", "Japan lodged a protest with Russia over the drills.", EventType.Disapprove, null, "japan", "russia" },
        { "Россия и Япония", "Япония заявила протест России в связи с учениями.", EventType.Disapprove, null, "japan", "russia" },
        { "日本とロシア", "日本政府はロシアに抗議した。", EventType.Disapprove, null, "government-japan", "russia" },
        { "News of the day", "Japan imposed sanctions on Russia after the invasion.", EventType.Sanction, null, "japan", "russia" },
        { "Россия и Япония", "Япония ввела санкции против России.", EventType.Sanction, null, "japan", "russia" },
        { "日本とロシア", "日本はロシアに対し制裁を科した。", EventType.Sanction, null, "japan", "russia" },
        { "日本和俄罗斯", "日本对俄罗斯实施制裁。", EventType.Sanction, null, "japan", "russia" },
        { "News of the day", "Russia suspended peace treaty talks with Japan.", EventType.Sanction, "discontinue", "russia", "japan" },
        { "Россия и Япония", "Россия приостановила переговоры с Японией по мирному договору.", EventType.Sanction, "discontinue", "russia", "japan" },
        { "日本とロシア", "ロシアは日本との平和条約交渉を中断した。", EventType.Sanction, "discontinue", "russia", null },
        { "News of the day", "Russia and Japan agreed to hold a new round of talks.", EventType.Agree, null, "russia", null },
        { "Россия и Япония", "Россия и Япония договорились о новом раунде переговоров.", EventType.Agree, null, "russia", null },
        { "日本とロシア", "日本とロシアは新たな協議で合意した。", EventType.Agree, null, "japan", null },
        { "News of the day", "Vladimir Putin visited Kunashir in a show of sovereignty.", EventType.Consult, "visit", "putin-vladimir", null },
        { "Россия и Япония", "Владимир Путин посетил Кунашир.", EventType.Consult, "visit", "putin-vladimir", null },
        { "News of the day", "Russia held military drills on Iturup.", EventType.Mobilize, "troops", "russia", null },
        { "Россия и Япония", "Россия провела военные учения на Итурупе.", EventType.Mobilize, "troops", "russia", null },
        { "日本とロシア", "ロシア軍は択捉島で演習を行った。", EventType.Mobilize, "troops", "russia", null },
        { "News of the day", "Russia rejected Japan's proposal on the islands.", EventType.Reject, null, "russia", "japan" },
        { "Россия и Япония", "Россия отвергла предложение Японии.", EventType.Reject, null, "russia", "japan" },
        { "日本とロシア", "ロシアは日本の提案を拒否した。", EventType.Reject, null, "russia", "japan" },
        { "News of the day", "Japan demanded that Russia return the islands.", EventType.Demand, null, "japan", "russia" },
        { "Россия и Япония", "Япония потребовала от России вернуть острова.", EventType.Demand, null, "japan", "russia" },
        { "日本とロシア", "日本はロシアに返還を要求した。", EventType.Demand, null, "japan", "russia" },
        { "News of the day", "Russia threatened Japan with countermeasures.", EventType.Threaten, null, "russia", "japan" },
        { "Россия и Япония", "Россия пригрозила Японии ответными мерами.", EventType.Threaten, null, "russia", "japan" },
        { "News of the day", "The United States supported Japan's position on the islands.", EventType.Support, null, "united-states", "japan" },
        { "Россия и Япония", "США поддержали позицию Японии.", EventType.Support, null, "united-states", "japan" },
        { "News of the day", "Japan and Russia discussed joint economic activities on the islands.", EventType.Cooperate, null, "japan", null },
        { "Россия и Япония", "Россия и Япония обсудили совместную хозяйственную деятельность на островах.", EventType.Cooperate, null, "russia", null },
        { "日本とロシア", "日本とロシアは共同経済活動について話し合った。", EventType.Cooperate, null, "japan", null },
        { "News of the day", "Russia detained a Japanese fishing boat off Kunashir.", EventType.Coerce, "arrest", "russia", null },
        { "Россия и Япония", "Россия задержала японское рыболовное судно у Кунашира.", EventType.Coerce, "arrest", "russia", null },
        { "日本とロシア", "ロシアは国後島沖で日本の漁船を拿捕した。", EventType.Coerce, "seize", "russia", null },
        { "News of the day", "The Soviet Union invaded the islands in August 1945.", EventType.Fight, null, "ussr", null },
        { "La Russie et le Japon", "La Russie a suspendu les négociations avec le Japon.", EventType.Sanction, "discontinue", "russia", "japan" },
        { "Russland und Japan", "Japan verhängte Sanktionen gegen Russland.", EventType.Sanction, null, "japan", "russia" },
        { "Rusia y Japón", "Japón presentó una protesta ante Rusia.", EventType.Disapprove, null, "japan", "russia" },
        { "Росія та Японія", "Японія запровадила санкції проти Росії.", EventType.Sanction, null, "japan", "russia" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Parse_SentenceWithTrigger_CodesTheEventWithItsActors(string headline, string body, EventType type, string? mode, string source, string? target)
    {
        var article = ParseIn(headline, body);
        var text = headline + "\n\n" + body + "\n";

        var coded = article.Events.FirstOrDefault(e => e.Type == type);
        Assert.True(coded is not null, $"no {type} in: {Describe(article, text)}");
        Assert.Equal(mode, coded.Mode);
        Assert.Contains(source, coded.SourceIds);
        if (target is not null)
        {
            Assert.Contains(target, coded.TargetIds);
        }

        Assert.DoesNotContain(coded.SourceIds, id => coded.TargetIds.Contains(id));
    }

    [Theory]
    [InlineData("News of the day", "Tokyo lodged a protest with Moscow over the drills.", EventType.Disapprove, "japan", "russia")]
    [InlineData("News of the day", "Moscow imposed sanctions on Tokyo.", EventType.Sanction, "russia", "japan")]
    [InlineData("Россия и Япония", "Токио заявил протест Москве в связи с учениями.", EventType.Disapprove, "japan", "russia")]
    [InlineData("Россия и Япония", "Москва ввела санкции против Токио.", EventType.Sanction, "russia", "japan")]
    public void Parse_CapitalForItsCountry_ActsAndReceives(string headline, string body, EventType type, string source, string target)
    {
        // Metonyms: Tokyo, Moscow, Москва and Москве (forms of one name, searched for together) stand for their countries.
        var article = ParseIn(headline, body);

        var coded = article.Events.FirstOrDefault(e => e.Type == type);
        Assert.True(coded is not null, $"no {type} in: {Describe(article, body)}");
        Assert.Contains(source, coded.SourceIds);
        Assert.Contains(target, coded.TargetIds);
    }

    [Theory]
    [InlineData("News of the day", "Tokyoites lodged a protest with Russia over the drills.")]
    [InlineData("Россия и Япония", "Москвичи заявили протест России в связи с учениями.")]
    public void Parse_WordThatOnlyBeginsWithACapital_IsNoActor(string headline, string body)
    {
        var article = ParseIn(headline, body);

        Assert.DoesNotContain(article.Events, e => e.SourceIds.Contains("japan") || e.SourceIds.Contains("russia"));
    }

    [Theory]
    [InlineData("Russia did not reject Japan's proposal.")]
    [InlineData("Russia never imposed sanctions on Japan.")]
    public void Parse_NegatedTrigger_CodesNoEventOfThatType(string body)
    {
        var article = Parse(body);

        Assert.DoesNotContain(article.Events, e => e.Type is EventType.Reject or EventType.Sanction);
    }

    [Fact]
    public void Parse_NegativeEndingInJapanese_CodesNoEvent()
    {
        var article = ParseIn("日本とロシア", "ロシアは日本の提案を拒否しなかった。");

        Assert.DoesNotContain(article.Events, e => e.Type == EventType.Reject);
    }

    [Fact]
    public void Parse_EvaluationInAStatement_TheSpeakerDisapprovesOfTheOtherSide()
    {
        var article = Parse("Foreign Minister Yoshimasa Hayashi said Russia's response was totally unacceptable.");

        var statement = Assert.Single(article.Statements, s => s.SpeakerId == "hayashi-yoshimasa");
        Assert.Equal(EventType.Disapprove, statement.Event);
        Assert.Equal(Stances.Protest, statement.Stance);
        var coded = Assert.Single(article.Events, e => e.Type == EventType.Disapprove);
        Assert.Equal(["hayashi-yoshimasa"], coded.SourceIds);
        Assert.Equal(["russia"], coded.TargetIds);
    }

    [Fact]
    public void Parse_EvaluationWithNobodySayingIt_IsNoEvent()
    {
        var article = Parse("The situation around the islands is unacceptable to many.");

        Assert.DoesNotContain(article.Events, e => e.Type == EventType.Disapprove);
    }

    [Fact]
    public void Parse_SubjectOfAnEarlierClause_IsTheActorOfALaterOne()
    {
        var article = Parse("Russia announced the suspension of talks with Japan, criticizing it for imposing sanctions on Russia.");

        var sanction = Assert.Single(article.Events, e => e.Type == EventType.Sanction && e.Mode is null);
        Assert.Equal(["japan"], sanction.SourceIds);
        Assert.Equal(["russia"], sanction.TargetIds);
        var suspension = Assert.Single(article.Events, e => e.Mode == "discontinue");
        Assert.Equal(["russia"], suspension.SourceIds);
        Assert.Equal(Stances.AgainstTalks, suspension.Stance);
    }

    [Fact]
    public void Parse_ConditionNextToTalks_StanceIsConditional()
    {
        var article = Parse("President Vladimir Putin said Russia would resume talks only if Japan changes its position.");

        Assert.Contains(article.Events, e => e.Type == EventType.Consult && e.Stance == Stances.Conditional);
    }

    [Fact]
    public void Parse_SovereigntyClaimInAStatement_GivesTheStatementItsStance()
    {
        var article = Parse("President Vladimir Putin said the islands are part of Russia's territory.");

        Assert.Contains(article.Statements, s => s.Stance == Stances.ClaimsSovereigntyRussia);
    }

    [Fact]
    public void Parse_EventInASentence_ConcernsTheIslandAndTheInstrumentItNames()
    {
        var article = Parse("Russia held military drills on Iturup in violation of the 1956 Joint Declaration.");

        var drills = Assert.Single(article.Events, e => e.Type == EventType.Mobilize);
        Assert.Contains("iturup", drills.ConcernedIds);
    }
}
