using Kurils.Domain.Parsing;
using NodaTime;
using Xunit;

namespace Kurils.Domain.Tests.Parsing.Events;

/// <summary>Passives put the actor and the one acted on in the right roles; a trigger that only refers to an earlier event is no event.</summary>
public sealed class EventVoiceTests
{
    private static readonly LocalDate Published = new(2024, 6, 7);

    private static ParsedArticle Parse(string headline, string body) =>
        ArticleParser.Default.Parse(headline + "\n\n" + body + "\n", Published);

    public static TheoryData<string, string, EventType, string, string?> Passives => new()
    {
        // headline, body, type, source, target
        { "News of the day", "Sanctions were imposed on Russia by Japan.", EventType.Sanction, "japan", "russia" },
        { "News of the day", "Russia was sanctioned by Japan.", EventType.Sanction, "japan", "russia" },
        { "News of the day", "Peace treaty talks with Japan were suspended by Russia.", EventType.Sanction, "russia", "japan" },
        { "News of the day", "Japan was criticized by the Soviet Union.", EventType.Disapprove, "ussr", "japan" },
        { "Россия и Япония", "Переговоры с Японией были приостановлены Россией.", EventType.Sanction, "russia", "japan" },
        { "Россия и Япония", "Япония была осуждена Россией.", EventType.Disapprove, "russia", "japan" },
        { "日本とロシア", "日本はロシアに非難された。", EventType.Disapprove, "russia", "japan" },
        { "日本とロシア", "日本はロシアによって制裁を科された。", EventType.Sanction, "russia", "japan" },
        { "日本和俄罗斯", "俄罗斯被日本制裁。", EventType.Sanction, "japan", "russia" },
        { "Russland und Japan", "Japan wurde von Russland kritisiert.", EventType.Disapprove, "russia", "japan" },
        { "La Russie et le Japon", "Le Japon a été critiqué par la Russie.", EventType.Disapprove, "russia", "japan" },
    };

    [Theory]
    [MemberData(nameof(Passives))]
    public void Parse_Passive_TheAgentActsAndTheSubjectReceives(string headline, string body, EventType type, string source, string? target)
    {
        var article = Parse(headline, body);

        var coded = article.Events.FirstOrDefault(e => e.Type == type);
        Assert.True(coded is not null, $"no {type} in: {string.Join("; ", article.Events.Select(e => $"{e.Type} {string.Join(",", e.SourceIds)} -> {string.Join(",", e.TargetIds)}"))}");
        Assert.Equal([source], coded.SourceIds);
        if (target is not null)
        {
            Assert.Contains(target, coded.TargetIds);
        }
    }

    [Fact]
    public void Parse_PassiveWithoutAnActor_IsNoEvent()
    {
        var article = Parse("Россия и Япония", "Переговоры были приостановлены.");

        Assert.DoesNotContain(article.Events, e => e.Type == EventType.Sanction);
    }

    [Fact]
    public void Parse_ProgressiveAfterAnAuxiliary_StaysActive()
    {
        var article = Parse("News of the day", "Russia is holding talks with Japan.");

        var talks = Assert.Single(article.Events, e => e.Type == EventType.Consult);
        Assert.Equal(["russia"], talks.SourceIds);
        Assert.Equal(["japan"], talks.TargetIds);
    }

    [Fact]
    public void Parse_AgentOfALaterPassive_IsNotTheActorOfTheFirst()
    {
        var article = Parse("News of the day", "The islands were seized by the Soviet Union in 1945 and are claimed by Japan.");

        var seizure = Assert.Single(article.Events, e => e.Type == EventType.Coerce);
        Assert.Equal(["ussr"], seizure.SourceIds);
    }

    public static TheoryData<string, string, EventType, EventType> References => new()
    {
        // headline, body, the event of the sentence, the type only referred to
        { "News of the day", "Talks with Russia stalled due to the invasion of Ukraine, Japan said, and Japan imposed sanctions.", EventType.Sanction, EventType.Fight },
        { "News of the day", "Japan imposed sanctions on Russia following Russia's invasion of Ukraine.", EventType.Sanction, EventType.Fight },
        { "Россия и Япония", "Япония ввела санкции против России из-за вторжения на Украину.", EventType.Sanction, EventType.Fight },
        { "Россия и Япония", "Япония заявила протест России в связи с учениями на Итурупе.", EventType.Disapprove, EventType.Mobilize },
        { "日本とロシア", "日本はウクライナ侵攻を受けてロシアに制裁を科した。", EventType.Sanction, EventType.Fight },
        { "Russland und Japan", "Japan verhängte Sanktionen gegen Russland wegen der Invasion der Ukraine.", EventType.Sanction, EventType.Fight },
    };

    [Theory]
    [MemberData(nameof(References))]
    public void Parse_TriggerGovernedByAPrepositionOfCause_IsNoEventOfItsOwn(string headline, string body, EventType coded, EventType referred)
    {
        var article = Parse(headline, body);

        Assert.Contains(article.Events, e => e.Type == coded);
        Assert.DoesNotContain(article.Events, e => e.Type == referred);
    }

    [Theory]
    [InlineData("News of the day", "Japan imposed sanctions on Russia over its invasion of Ukraine.")]
    [InlineData("Россия и Япония", "Япония ввела санкции против России из-за Украины.")]
    public void Parse_NameInAPhraseOfCause_IsNoRecipient(string headline, string body)
    {
        var article = Parse(headline, body);

        var sanction = Assert.Single(article.Events, e => e.Type == EventType.Sanction);
        Assert.Equal(["japan"], sanction.SourceIds);
        Assert.Equal(["russia"], sanction.TargetIds);
    }

    [Fact]
    public void Parse_EvaluationAfterAPreposition_IsStillTheSpeakersAct()
    {
        var article = Parse("News of the day", "Dmitry Medvedev said the amendment has made talks with Japan over the dispute impossible.");

        Assert.Contains(article.Events, e => e.Type == EventType.Reject && e.SourceIds.Contains("medvedev-dmitry"));
    }
}
