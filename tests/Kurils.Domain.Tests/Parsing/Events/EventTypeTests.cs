using Kurils.Domain.Parsing;
using NodaTime;
using Xunit;

namespace Kurils.Domain.Tests.Parsing.Events;

/// <summary>
/// The PLOVER types of the dispute that <see cref="EventFinderTests"/> leaves out (concessions, aid, releases,
/// inquiries, rallies, shootings, poaching), each on small sentences in several languages.
/// </summary>
public sealed class EventTypeTests
{
    private static readonly LocalDate Published = new(2024, 6, 7);

    public static TheoryData<string, string, EventType, string?, string> Cases => new()
    {
        // headline, body, type, mode, source
        { "News of the day", "Japan made concessions to Russia on the islands.", EventType.Concede, null, "japan" },
        { "Россия и Япония", "Япония пошла на уступки России по островам.", EventType.Concede, null, "japan" },
        { "日本とロシア", "日本はロシアに譲歩した。", EventType.Concede, null, "japan" },
        { "News of the day", "Japan sent humanitarian aid to the residents of Kunashir.", EventType.Aid, null, "japan" },
        { "Россия и Япония", "Япония направила гуманитарную помощь жителям Кунашира.", EventType.Aid, null, "japan" },
        { "日本とロシア", "日本は国後島の住民に人道支援を行った。", EventType.Aid, null, "japan" },
        { "News of the day", "Russia released the Japanese fishermen held on Kunashir.", EventType.Retreat, "release", "russia" },
        { "Россия и Япония", "Россия освободила японских рыбаков.", EventType.Retreat, "release", "russia" },
        { "日本とロシア", "ロシアは日本の漁船員を釈放した。", EventType.Retreat, "release", "russia" },
        { "News of the day", "Japan launched an investigation into the incident off Shikotan.", EventType.Investigate, null, "japan" },
        { "Россия и Япония", "Россия начала расследование инцидента у Шикотана.", EventType.Investigate, null, "russia" },
        { "日本とロシア", "日本は色丹島沖の事件の調査を始めた。", EventType.Investigate, null, "japan" },
        { "News of the day", "Japan held a rally calling for the return of the islands.", EventType.Protest, "demo", "japan" },
        { "Россия и Япония", "Япония провела митинг за возвращение островов.", EventType.Protest, "demo", "japan" },
        { "日本とロシア", "日本は北方領土返還要求大会を開いた。", EventType.Protest, "demo", "japan" },
        { "News of the day", "Russia opened fire on a Japanese fishing boat off Kunashir.", EventType.Assault, "firearms", "russia" },
        { "Россия и Япония", "Россия открыла огонь по японскому судну у Кунашира.", EventType.Assault, "firearms", "russia" },
        { "日本とロシア", "ロシアは国後島沖で日本の漁船を銃撃した。", EventType.Assault, "firearms", "russia" },
        { "News of the day", "Russia accused Japan of poaching crab off Iturup.", EventType.Crime, null, "russia" },
        { "Россия и Япония", "Россия сообщила о браконьерстве Японии у Итурупа.", EventType.Crime, null, "russia" },
        { "日本とロシア", "ロシアは択捉島沖の密漁を摘発した。", EventType.Crime, null, "russia" },
        { "Russland und Japan", "Russland hat die japanischen Fischer freigelassen.", EventType.Retreat, "release", "russia" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Parse_SentenceWithTrigger_CodesTheType(string headline, string body, EventType type, string? mode, string source)
    {
        var article = ArticleParser.Default.Parse(headline + "\n\n" + body + "\n", Published);

        var coded = article.Events.FirstOrDefault(e => e.Type == type);
        Assert.True(coded is not null, $"no {type} in: {string.Join("; ", article.Events.Select(e => $"{e.Type} {string.Join(",", e.SourceIds)}"))}");
        Assert.Equal(mode, coded.Mode);
        Assert.Contains(source, coded.SourceIds);
    }
}
