using FluentAssertions;
using Kurils.Domain.Parsing;

namespace Kurils.Domain.Tests.Parsing.Statements;

/// <summary>
/// The short stories the Asian-language speaker probes add their lines to (Japanese, Chinese in both scripts, Korean,
/// Vietnamese, Indonesian, Arabic), written for the tests, and the check every probe makes: the statements holding the
/// probe's word are of its kind and have its speaker (a catalog id, "@" and the name as written of a person the catalog
/// lacks, with its span, or "" for nobody), or there are none ("none").
/// </summary>
internal static class AsiaProbes
{
    public const string JaHead = "北方領土問題、日ロ交渉の停滞続く";
    public const string JaBody = "政府は10日、北方領土問題をめぐるロシアとの交渉について、引き続き粘り強く取り組む方針を確認した。ロシアは1945年以来、北方四島を実効支配している。\n\n両国の間では平和条約がいまだに締結されていない。ウクライナ侵攻後、交渉は中断したままだ。";

    public const string ZhHead = "日俄南千岛群岛争端仍无进展";
    public const string ZhBody = "日本政府周二再次要求俄罗斯归还南千岛群岛四岛。日本称这些岛屿为北方领土，而俄罗斯自1945年起实际控制这些岛屿。\n\n两国至今没有签署和平条约。自乌克兰战争爆发以来，双方谈判一直处于停滞状态。";

    public const string ZhHantHead = "日俄南千島群島爭議仍無進展";
    public const string ZhHantBody = "日本政府週二再次要求俄羅斯歸還北方四島。日本稱這些島嶼為北方領土，而俄羅斯自1945年起實際控制這些島嶼。\n\n兩國至今沒有簽署和平條約。自烏克蘭戰爭爆發以來，雙方談判一直處於停滯狀態。";

    public const string KoHead = "일본·러시아, 쿠릴 4개 섬 문제 여전히 평행선";
    public const string KoBody = "일본 정부는 화요일 러시아에 쿠릴열도 남부 4개 섬의 반환을 다시 요구했다. 일본은 이 섬들을 북방영토라고 부르며, 러시아는 1945년부터 이 섬들을 실효 지배하고 있다.\n\n양국은 아직 평화조약을 체결하지 않았다. 우크라이나 전쟁이 시작된 이후 협상은 중단된 상태다.";

    public const string ViHead = "Nhật Bản và Nga vẫn bế tắc về quần đảo Kuril";
    public const string ViBody = "Chính phủ Nhật Bản hôm thứ Ba một lần nữa yêu cầu Nga trả lại bốn hòn đảo ở phía nam quần đảo Kuril. Tokyo gọi các đảo này là Vùng lãnh thổ phương Bắc, còn Nga quản lý chúng từ năm 1945.\n\nHai nước đến nay vẫn chưa ký hiệp ước hòa bình. Các cuộc đàm phán bị đình trệ kể từ khi xung đột ở Ukraine bùng nổ.";

    public const string IdHead = "Jepang dan Rusia masih berselisih soal Kepulauan Kuril";
    public const string IdBody = "Pemerintah Jepang pada Selasa kembali menuntut pengembalian empat pulau di selatan Kepulauan Kuril. Tokyo menyebut pulau-pulau itu Wilayah Utara, sementara Rusia menguasainya sejak 1945.\n\nKedua negara hingga kini belum menandatangani perjanjian damai. Perundingan terhenti sejak perang di Ukraina pecah.";

    public const string ArHead = "اليابان وروسيا: لا تقدم في نزاع جزر الكوريل";
    public const string ArBody = "جددت الحكومة اليابانية يوم الثلاثاء مطالبتها بإعادة جزر الكوريل الجنوبية. وتطلق اليابان على الجزر الأربع اسم الأقاليم الشمالية، بينما تديرها روسيا منذ عام 1945.\n\nولم يوقع البلدان حتى الآن معاهدة سلام. وتوقفت المفاوضات منذ بداية الحرب في أوكرانيا.";

    /// <summary>The story of a probe's language with the probe's line as its last paragraph, dated 10 June 2024.</summary>
    public static ParsedArticle Parse(string language, string line)
    {
        var (head, body) = language switch
        {
            "ja" => (JaHead, JaBody),
            "zh" => (ZhHead, ZhBody),
            "zht" => (ZhHantHead, ZhHantBody),
            "ko" => (KoHead, KoBody),
            "vi" => (ViHead, ViBody),
            "id" => (IdHead, IdBody),
            "ar" => (ArHead, ArBody),
            _ => throw new ArgumentOutOfRangeException(nameof(language), language, "no probe story in this language"),
        };
        return ArticleParser.Default.Parse(head + "\n\n" + body + "\n\n" + line + "\n", new NodaTime.LocalDate(2024, 6, 10));
    }

    /// <summary>Checks a probe: <paramref name="kind"/> is direct, reported, any or none; <paramref name="speaker"/> an id, "@Name" or "".</summary>
    public static void Check(string language, string line, string word, string kind, string speaker)
    {
        var article = Parse(language, line);
        var found = article.Statements.Where(s => article.TextOf(s.Span).Contains(word, StringComparison.Ordinal)).ToArray();
        if (kind == "none")
        {
            found.Should().BeEmpty();
            return;
        }

        found.Should().NotBeEmpty();
        foreach (var statement in found)
        {
            if (kind != "any")
            {
                statement.Kind.Should().Be(kind == "direct" ? StatementKind.Direct : StatementKind.Reported);
            }

            if (speaker.Length == 0)
            {
                statement.SpeakerId.Should().BeNull();
                statement.SpeakerName.Should().BeNull();
            }
            else if (speaker[0] == '@')
            {
                statement.SpeakerId.Should().BeNull();
                statement.SpeakerName.Should().Be(speaker[1..]);
                article.TextOf(statement.SpeakerNameSpan!.Value).Should().Be(speaker[1..]);
            }
            else
            {
                statement.SpeakerId.Should().Be(speaker);
            }
        }
    }
}
