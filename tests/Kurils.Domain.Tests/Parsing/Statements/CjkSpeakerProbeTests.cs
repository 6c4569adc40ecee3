using Xunit;

namespace Kurils.Domain.Tests.Parsing.Statements;

/// <summary>
/// Who said it in news copy of Japanese (NHK, Kyodo, Asahi, Yomiuri, Nikkei style), Chinese in simplified and traditional script (Xinhua, CCTV, 中央社, 联合早报 style) and Korean (Yonhap, KBS, Chosun style): quotations before and after their speaker, titles with names, roles and
/// pronouns for someone named before, institutions, agencies citing a person, people the catalog lacks, reported speech
/// with its markers. Written for the tests; each is checked by <see cref="AsiaProbes.Check"/>.
/// </summary>
public sealed class CjkSpeakerProbeTests
{
    [Theory]
    [InlineData("ja", "林芳正官房長官は10日の記者会見で「北方領土問題を解決して平和条約を締結するという方針に変わりはない」と述べた。", "方針に変わり", "direct", "hayashi-yoshimasa")]
    [InlineData("ja", "林官房長官は記者会見で「ロシア側の主張は到底受け入れられない」と強調した。", "到底", "direct", "hayashi-yoshimasa")]
    [InlineData("ja", "上川陽子外相は、ロシアによる北方領土での軍事演習について「断じて受け入れられない」と抗議したことを明らかにした。", "断じて", "direct", "kamikawa-yoko")]
    [InlineData("ja", "岸田文雄首相は衆院予算委員会で、北方領土問題について「解決に向けて粘り強く交渉していく」との考えを示した。", "粘り強く交渉", "direct", "kishida-fumio")]
    [InlineData("ja", "岸田首相は同日の参院本会議で、北方四島は日本固有の領土だと述べた。", "日本固有の領土だ", "reported", "kishida-fumio")]
    [InlineData("ja", "外務省によると、ロシア側は日本の抗議を受け入れなかったという。", "抗議を受け入れなかった", "reported", "foreign-ministry-japan")]
    [InlineData("ja", "ロシアのラブロフ外相は9日、モスクワで記者会見した。同氏は「日本との平和条約交渉を再開する条件は整っていない」と語った。", "条件は整って", "direct", "lavrov-sergey")]
    [InlineData("ja", "松野博一官房長官は9日午前の記者会見に臨んだ。「ロシアの一方的な措置は極めて遺憾だ」と述べ、外交ルートを通じて抗議したことを明らかにした。", "一方的な措置", "direct", "matsuno-hirokazu")]
    [InlineData("ja", "元島民の山田太郎さん（85）は「生きているうちに故郷の島に帰りたい」と語った。", "故郷の島", "direct", "@山田太郎")]
    [InlineData("ja", "根室市の石垣雅敏市長は「返還運動を次の世代につなげたい」と話した。", "次の世代", "direct", "@石垣雅敏")]
    [InlineData("ja", "ペスコフ大統領報道官は、「クリル諸島はロシアの領土だ」と述べた。（共同）", "クリル諸島はロシア", "direct", "peskov-dmitry")]
    [InlineData("ja", "上川外相は「ロシアの行為は断じて容認できない。日本政府として厳重に抗議した」と述べた。", "厳重に抗議", "direct", "kamikawa-yoko")]
    [InlineData("ja", "記者団が北方領土交渉の見通しについて質問したのに対し、林官房長官は「現時点で申し上げることはない」と答えた。", "申し上げることはない", "direct", "hayashi-yoshimasa")]
    [InlineData("ja", "山根隆治外務副大臣は記者会見で、ロシアの対応は遺憾だと述べた。", "対応は遺憾", "reported", "@山根隆治")]
    [InlineData("ja", "外務省は9日、ロシア軍の演習について同国に抗議したと発表した。", "同国に抗議", "reported", "foreign-ministry-japan")]
    [InlineData("ja", "岸田首相は「対話を続けていく」と述べた。一方、ロシアのペスコフ大統領報道官は「日本は非友好国だ」と反論した。", "非友好国", "direct", "peskov-dmitry")]
    [InlineData("ja", "岸田首相は「対話を続けていく」と述べた。一方、ロシアのペスコフ大統領報道官は「日本は非友好国だ」と反論した。", "対話を続け", "direct", "kishida-fumio")]
    [InlineData("ja", "林官房長官は「プーチン大統領が『交渉の用意がある』と述べたことは承知している」と述べた。", "承知している", "direct", "hayashi-yoshimasa")]
    [InlineData("ja", "鈴木一郎外務政務官は、「ロシア側には引き続き抗議していく」と語った。", "引き続き抗議", "direct", "@鈴木一郎")]
    [InlineData("zh", "俄罗斯外交部发言人扎哈罗娃9日表示，南千岛群岛是俄罗斯领土。", "南千岛群岛是俄罗斯领土", "reported", "zakharova-maria")]
    [InlineData("zh", "据塔斯社报道，俄罗斯总统新闻秘书佩斯科夫称，俄方不会就岛屿主权问题进行谈判。", "岛屿主权问题", "reported", "peskov-dmitry")]
    [InlineData("zh", "日本首相岸田文雄在国会答辩时强调：“北方领土是日本固有领土。”", "北方领土是日本固有领土", "direct", "kishida-fumio")]
    [InlineData("zh", "俄罗斯外长拉夫罗夫指出，日本的反俄政策使和平条约谈判无法进行。", "反俄政策", "reported", "lavrov-sergey")]
    [InlineData("zh", "“日本必须改变其在乌克兰问题上的立场，”普京总统说。", "乌克兰问题上的立场", "direct", "putin-vladimir")]
    [InlineData("zh", "俄罗斯外交部10日发表声明称，日本的制裁是不友好行为。该部指出，俄方将采取反制措施。", "反制措施", "reported", "foreign-ministry-russia")]
    [InlineData("zh", "日本内阁官房长官林芳正10日在记者会上说，日本的立场没有改变。", "立场没有改变", "reported", "hayashi-yoshimasa")]
    [InlineData("zh", "日本所称的“北方领土”即俄罗斯所说的南千岛群岛。", "北方领土", "none", "")]
    [InlineData("zh", "俄罗斯国防部称，太平洋舰队在千岛群岛举行了演习。", "太平洋舰队", "reported", "defense-ministry-russia")]
    [InlineData("zh", "拉夫罗夫9日在莫斯科会见记者。他说：“日本的政策使和平条约谈判无从谈起。”", "无从谈起", "direct", "lavrov-sergey")]
    [InlineData("zh", "日本外相上川阳子在记者会上使用了“固有领土”和“非法占领”的说法。", "非法占领", "direct", "kamikawa-yoko")]
    [InlineData("zh", "普京说，俄罗斯愿意与日本对话，但日方必须首先改变立场。", "愿意与日本对话", "reported", "putin-vladimir")]
    [InlineData("zh", "佩斯科夫强调：“千岛群岛的主权问题不容讨论。”他还表示，克里姆林宫不会就此与东京谈判。", "不会就此与东京谈判", "reported", "peskov-dmitry")]
    [InlineData("zht", "日本首相岸田文雄在參議院答詢時表示，北方四島是日本固有領土。", "北方四島是日本固有領土", "reported", "kishida-fumio")]
    [InlineData("zht", "據中央社報導，普丁表示，俄方不會放棄南千島群島。", "不會放棄", "reported", "putin-vladimir")]
    [InlineData("zht", "日本官房長官林芳正10日在記者會上說：「日本的立場沒有改變。」", "立場沒有改變", "direct", "hayashi-yoshimasa")]
    [InlineData("zht", "日本外務省10日發表聲明指出，俄軍演習「完全無法接受」。該省表示，已透過外交管道提出抗議。", "外交管道", "reported", "foreign-ministry-japan")]
    [InlineData("zht", "岸田文雄說，日本將堅持通過談判解決領土問題。", "堅持通過談判", "reported", "kishida-fumio")]
    [InlineData("zht", "日本首相岸田文雄在國會答詢時，將北方領土的措詞改回「固有領土」、「非法占領」的用詞。", "非法占領", "direct", "kishida-fumio")]
    [InlineData("zht", "俄羅斯總統普丁9日會見外國通訊社負責人。他強調：「日本必須先改變對烏克蘭的立場。」", "先改變對烏克蘭", "direct", "putin-vladimir")]
    [InlineData("zht", "學者陳建宏指出，日俄關係短期內難有突破。", "難有突破", "reported", "@陳建宏")]
    [InlineData("ko", "하야시 요시마사 일본 관방장관은 10일 정례 기자회견에서 \"북방영토 문제를 해결하고 평화조약을 체결한다는 방침에는 변함이 없다\"고 말했다.", "방침에는 변함이", "direct", "hayashi-yoshimasa")]
    [InlineData("ko", "세르게이 라브로프 러시아 외무장관은 9일 모스크바에서 기자회견을 열었다. 라브로프 장관은 \"일본의 반러시아 정책 때문에 평화조약 협상은 불가능하다\"라고 말했다.", "반러시아 정책", "direct", "lavrov-sergey")]
    [InlineData("ko", "세르게이 라브로프 러시아 외무장관은 9일 모스크바에서 기자회견을 열었다. 그는 이어 \"러시아는 쿠릴열도에 대한 주권을 양보하지 않을 것\"이라고 강조했다.", "주권을 양보", "direct", "lavrov-sergey")]
    [InlineData("ko", "러시아 외무부는 성명을 내고 일본의 제재가 비우호적인 행위라고 밝혔다. 동 부처는 대응 조치를 취할 것이라고 덧붙였다.", "대응 조치", "reported", "foreign-ministry-russia")]
    [InlineData("ko", "일본 외무성은 러시아의 군사훈련에 항의했다고 밝혔다. 해당 부처는 외교 경로를 통해 유감의 뜻을 전달했다고 설명했다.", "유감의 뜻", "reported", "foreign-ministry-japan")]
    [InlineData("ko", "기시다 후미오 일본 총리는 북방영토가 일본 고유의 영토라고 강조했다.", "고유의 영토", "reported", "kishida-fumio")]
    [InlineData("ko", "일본 정부는 러시아 측에 엄중히 항의했다고 밝혔다.", "엄중히 항의", "reported", "government-japan")]
    [InlineData("ko", "기시다 총리는 \"대화를 계속하겠다\"고 말했다. 반면 드미트리 페스코프 크렘린궁 대변인은 \"일본은 비우호국\"이라고 반박했다.", "비우호국", "direct", "peskov-dmitry")]
    [InlineData("ko", "기시다 총리는 \"대화를 계속하겠다\"고 말했다. 반면 드미트리 페스코프 크렘린궁 대변인은 \"일본은 비우호국\"이라고 반박했다.", "대화를 계속", "direct", "kishida-fumio")]
    [InlineData("ko", "교도통신에 따르면 가미카와 요코 외무상은 \"러시아의 행위는 결코 용납할 수 없다\"고 말했다.", "결코 용납", "direct", "kamikawa-yoko")]
    [InlineData("ko", "블라디미르 푸틴 러시아 대통령은 \"일본이 입장을 바꾸지 않는 한 협상은 없다\"고 말했다고 타스통신이 전했다.", "입장을 바꾸지", "direct", "putin-vladimir")]
    [InlineData("ko", "일본 정부는 러시아 외무부에 항의했다. 동 부처는 그러나 훈련이 정당하다고 반박했다.", "훈련이 정당", "reported", "foreign-ministry-russia")]
    [InlineData("ko", "러시아 외무부 대변인은 \"일본의 주장은 근거가 없다\"고 말했다.", "근거가 없다", "direct", "zakharova-maria")]
    public void TheStatement_HasTheSpeakerACarefulReaderGives(string language, string line, string word, string kind, string speaker) =>
        AsiaProbes.Check(language, line, word, kind, speaker);
}
