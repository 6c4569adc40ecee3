using System.Collections.Immutable;
using Kurils.Domain.Parsing.Segmentation;

namespace Kurils.Domain.Parsing.Metadata;

/// <summary>
/// Decides whether an article is about the dispute or merely names the islands (an earthquake "off Etorofu"
/// is not). An article is about the dispute when its own text names a disputed place, group or instrument and
/// also uses the dispute's vocabulary (sovereignty, peace treaty, claims, return, territorial).
/// </summary>
internal static class DisputeClassifier
{
    private static readonly string[] DisputeWords =
    [
        "dispute", "disputed", "sovereignty", "territorial", "claims", "peace treaty", "return of", "handover", "hand over",
        "occupied", "occupation", "seized", "annex", "renounce",
        "спор", "суверенитет", "территориальн", "мирный договор", "мирного договора", "передач", "возвращени", "принадлежност",
        "領土問題", "返還", "平和条約", "主権", "帰属", "不法占拠",
        "领土争端", "领土问题", "主权", "和平条约", "归还", "영토 분쟁", "영토분쟁", "영유권", "평화조약", "반환", "주권",
    ];

    // Group names that frame the islands politically: evidence of the dispute, unless the news is a disaster report.
    private static readonly string[] FramingNames = ["northern territories", "southern kurils", "южные курилы", "южных курил", "北方領土", "北方四島", "北方领土", "북방영토", "북방 영토", "남쿠릴"];

    private static readonly string[] DisasterWords =
    [
        "earthquake", "quake", "magnitude", "tsunami", "eruption", "volcano", "typhoon",
        "землетрясени", "цунами", "магнитуд", "извержени", "地震", "津波", "マグニチュード", "噴火", "台風", "海啸", "震级", "지진", "쓰나미",
    ];

    private static readonly string[] DisputeTerritories = ["iturup", "kunashir", "shikotan", "habomai", "disputed-islands", "kuril-islands", "lesser-kuril-chain", "zelyony", "polonsky", "tanfilyev", "yuri", "anuchina", "demina", "signalny"];

    public static bool IsAboutDispute(string text, ImmutableArray<Segment> segments, IReadOnlyList<Mention> mentions)
    {
        var namesDispute = mentions.Any(m => !m.InComment &&
            ((m.Kind == EntityKind.Territory && DisputeTerritories.Contains(m.Id, StringComparer.Ordinal)) ||
             (m.Kind == EntityKind.Instrument && m.Id is "peace-treaty" or "joint-declaration-1956" or "tokyo-declaration-1993" or "irkutsk-statement-2001" or "singapore-2018" or "san-francisco-1951")));
        if (!namesDispute)
        {
            return false;
        }

        var framed = false;
        var disaster = false;
        foreach (var segment in segments)
        {
            if (!SegmentMap.IsArticleText(segment.Kind))
            {
                continue;
            }

            var content = text.AsSpan(segment.Content.Start, segment.Content.Length);
            if (DisputeWordValues.ContainsAny(content))
            {
                return true;
            }

            framed |= FramingNameValues.ContainsAny(content);
            disaster |= DisasterWordValues.ContainsAny(content);
        }

        return framed && !disaster;
    }

    private static readonly IgnoreCaseWords DisputeWordValues = new(DisputeWords);
    private static readonly IgnoreCaseWords FramingNameValues = new(FramingNames);
    private static readonly IgnoreCaseWords DisasterWordValues = new(DisasterWords);
}
