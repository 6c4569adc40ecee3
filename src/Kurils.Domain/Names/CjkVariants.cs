namespace Kurils.Domain.Names;

/// <summary>
/// Traditional Chinese, Simplified Chinese and old Japanese (kyūjitai) forms folded to the modern Japanese
/// (shinjitai) form, for the characters that occur in the names of this domain: the same name written in
/// another character standard must resolve to the same entity.
/// </summary>
internal static class CjkVariants
{
    // Each string: the canonical (Japanese) character first, then its variants.
    private static readonly string[] Groups =
    [
        "択擇择", "国國", "後后", "島岛嶋嶌", "歯齒齿", "群羣", "諸诸", "領领", "発發发", "楽樂乐", "貝贝",
        "殻殼壳", "勇", "晶", "声聲", "東东", "庫库", "頁页", "樺桦", "換换", "条條", "約约", "親亲", "旧舊",
        "台臺", "湾灣", "関關关", "鉄鐵铁", "黒黑", "県縣县", "区區", "庁廳厅", "会會", "議议", "記记",
        "録錄录", "斎齋", "辺邊边邉邊", "沢澤泽", "浜濱滨", "広廣广", "桜櫻樱", "浅淺", "高髙", "崎﨑", "徳德",
        "恵惠", "与與", "児兒", "戸戶户", "亜亞", "連聯联", "蘇苏", "維维", "羅罗", "斯", "総總总", "理", "臣",
        "務务", "長长", "官", "報报", "道", "統统", "領", "書书", "内內", "閣阁", "衛衛卫", "経經经", "済濟济",
        "読讀读", "売賣卖", "時时", "事", "通", "信", "毎每", "新", "聞闻", "産產产", "東", "宣", "言", "鳩", "岸",
        "藤", "晋晉", "三", "郎", "栄榮荣", "龍", "竜", "宮宫", "澤", "鈴铃", "華华", "圏圈", "歳歲岁", "険險险",
        "権權权", "帰歸归", "還还", "対對对", "戦戰战", "争爭", "約", "和", "平", "間间", "題题", "問问", "決决",
        "開开", "協协", "定", "両兩两", "渉涉", "鮮鲜", "韓韩", "千", "列", "北", "方", "土", "色", "丹", "舞",
        "歯", "国", "捉", "占", "拠據据", "実實实", "効效", "支", "配", "権", "極极", "東", "邦", "聯", "盟", "軍军",
    ];

    public static IEnumerable<(char Variant, char Canonical)> Pairs
    {
        get
        {
            foreach (var group in Groups)
            {
                for (var i = 1; i < group.Length; i++)
                {
                    if (group[i] != group[0])
                    {
                        yield return (group[i], group[0]);
                    }
                }
            }
        }
    }
}
