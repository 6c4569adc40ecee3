using FluentAssertions;
using Kurils.Domain.Parsing;
using Xunit;

namespace Kurils.Domain.Tests.Parsing.Mentions;

/// <summary>
/// The instruments of the dispute as the press of each language names them, found in sentences written for the
/// test with the shipped catalog and packs: the 1956 declaration and its article 9, San Francisco, Shimoda, Tokyo
/// 1993, Yalta and Potsdam, the 2020 constitutional amendment, the prospective peace treaty in its declined forms.
/// </summary>
public sealed class InstrumentNameTests
{
    private static string[] Instruments(string text) =>
        [.. ArticleParser.Default.Parse(text).Mentions.Where(m => m.Kind == EntityKind.Instrument).Select(m => m.Id).Distinct().Order(StringComparer.Ordinal)];

    [Theory]
    [InlineData("Under Article 9 of the 1956 Soviet-Japanese Joint Declaration, two islands would be handed over.")]
    [InlineData("Статья 9 Совместной декларации 1956 года остается основой переговоров.")]
    [InlineData("日ソ共同宣言第9項に基づき、2島の引き渡しが議論された。")]
    [InlineData("1956年《苏日联合宣言》规定移交齿舞群岛和色丹岛。")]
    [InlineData("1956년 소일 공동선언은 하보마이와 시코탄을 넘기기로 했다.")]
    [InlineData("La déclaration commune de 1956 prévoit la restitution de deux îles.")]
    [InlineData("Die Gemeinsame Erklärung von 1956 sieht die Rückgabe zweier Inseln vor.")]
    [InlineData("La Declaración Conjunta de 1956 prevé la devolución de dos islas.")]
    [InlineData("56年宣言を基礎に交渉を加速させる。")]
    [InlineData("《日苏联合宣言》规定移交两岛。")]
    [InlineData("일·소 공동선언에 따라 두 섬을 넘긴다.")]
    [InlineData("Москва руководствуется Совместной декларацией 1956 года.")]
    [InlineData("Речь идет о советско-японской декларации 1956 года.")]
    [InlineData("Under the 1956 Soviet-Japan joint declaration, two islands would be returned.")]
    public void The1956Declaration_IsNamed_InEveryLanguage(string text) => Instruments(text).Should().Equal("joint-declaration-1956");

    [Theory]
    [InlineData("Japan renounced the Kuril Islands in the 1951 San Francisco Peace Treaty.")]
    [InlineData("По Сан-Францисскому договору Япония отказалась от Курил.")]
    [InlineData("サンフランシスコ平和条約で日本は千島列島を放棄した。")]
    [InlineData("《旧金山和约》签署于1951年，苏联没有签字。")]
    [InlineData("샌프란시스코 강화조약에서 일본은 쿠릴열도를 포기했다.")]
    [InlineData("Le traité de San Francisco de 1951 n'a pas été signé par l'URSS.")]
    [InlineData("El Tratado de San Francisco de 1951 no fue firmado por la URSS.")]
    [InlineData("Traktat pokojowy z San Francisco z 1951 roku nie został podpisany przez ZSRR.")]
    [InlineData("Сан-Франциський мирний договір 1951 року СРСР не підписав.")]
    public void TheSanFranciscoTreaty_IsNamed_InEveryLanguage(string text) => Instruments(text).Should().Equal("san-francisco-1951");

    [Theory]
    [InlineData("The Shimoda treaty of 1855 drew the border between Etorofu and Urup.", "shimoda-1855")]
    [InlineData("Симодский трактат 1855 года провел границу между Итурупом и Урупом.", "shimoda-1855")]
    [InlineData("1855年の日露和親条約で択捉島とウルップ島の間に国境が引かれた。", "shimoda-1855")]
    [InlineData("The 1993 Tokyo Declaration called for resolving the attribution of the four islands.", "tokyo-declaration-1993")]
    [InlineData("Токийская декларация 1993 года упоминает четыре острова.", "tokyo-declaration-1993")]
    [InlineData("1993年の東京宣言は4島の帰属問題の解決をうたった。", "tokyo-declaration-1993")]
    [InlineData("The Yalta agreement handed the Kurils to the USSR.", "yalta-1945")]
    [InlineData("Los acuerdos de Yalta entregaron las Kuriles a la URSS.", "yalta-1945")]
    [InlineData("Na mocy układu jałtańskiego Kuryle przypadły ZSRR.", "yalta-1945")]
    [InlineData("Die Potsdamer Erklärung begrenzte die japanische Souveränität.", "potsdam-1945")]
    [InlineData("Der Vertrag von Shimoda aus dem Jahr 1855 legte die Grenze fest.", "shimoda-1855")]
    [InlineData("Deklaracja tokijska z 1993 roku wspomina o czterech wyspach.", "tokyo-declaration-1993")]
    [InlineData("シンガポール合意を踏まえ、交渉を進める。", "singapore-2018")]
    public void AnOlderInstrument_IsNamed(string text, string id) => Instruments(text).Should().Equal(id);

    [Theory]
    [InlineData("Ялтинское соглашение и Потсдамская декларация определили судьбу Курил.")]
    [InlineData("ヤルタ協定とポツダム宣言が千島列島の運命を決めた。")]
    [InlineData("雅尔塔协定和波茨坦公告决定了千岛群岛的命运。")]
    public void YaltaAndPotsdam_AreNamedTogether(string text) => Instruments(text).Should().Equal("potsdam-1945", "yalta-1945");

    [Theory]
    [InlineData("Russia's 2020 constitutional amendment bans ceding territory.")]
    [InlineData("The amendments to the Russian constitution adopted in 2020 forbid giving away land.")]
    [InlineData("Поправки в Конституцию 2020 года запрещают отчуждение территорий.")]
    [InlineData("ロシアの憲法改正で領土の割譲が禁じられた。")]
    [InlineData("俄罗斯2020年修宪禁止割让领土。")]
    [InlineData("러시아의 개헌으로 영토 할양이 금지됐다.")]
    [InlineData("러시아는 2020년 개헌으로 영토 할양을 금지했다.")]
    [InlineData("La réforme constitutionnelle de 2020 interdit toute cession de territoire.")]
    [InlineData("La reforma constitucional de 2020 prohíbe ceder territorio.")]
    [InlineData("Die Verfassungsänderung von 2020 verbietet Gebietsabtretungen.")]
    [InlineData("Поправки до Конституції 2020 року забороняють відчуження територій.")]
    public void The2020ConstitutionalAmendment_IsNamed_InEveryLanguage(string text) => Instruments(text).Should().Equal("constitution-amendment-2020");

    [Theory]
    [InlineData("Abe hoped to sign a peace pact with Putin; a peace deal never came.")]
    [InlineData("Россия и Япония: о мирном договоре речи не идет; без мирного договора нет и переговоров; мирным договором это не решить; к мирному договору вернутся позже.")]
    [InlineData("日本とロシアの両国は平和条約を締結していない。")]
    [InlineData("日本和俄罗斯两国至今未签署和平条约。")]
    [InlineData("러시아와 일본 양국은 아직 평화조약을 체결하지 않았다.")]
    [InlineData("Le Japon et la Russie n'ont jamais signé de traité de paix.")]
    [InlineData("Japan und Russland haben nie einen Friedensvertrag unterzeichnet.")]
    [InlineData("Japón y Rusia nunca firmaron un tratado de paz.")]
    [InlineData("Japonia i Rosja nigdy nie podpisały traktatu pokojowego.")]
    public void ThePeaceTreaty_IsNamed_InEveryLanguageAndCase(string text) => Instruments(text).Should().Equal("peace-treaty");

    [Theory]
    [InlineData("2018년 개헌 논의는 국회에서 무산됐다.")]
    [InlineData("La réforme constitutionnelle de 2008 a renforcé le Parlement.")]
    public void AnAmendmentWordWithAnotherYear_IsNotRussias2020Amendment(string text) =>
        Instruments(text).Should().NotContain("constitution-amendment-2020");
}
