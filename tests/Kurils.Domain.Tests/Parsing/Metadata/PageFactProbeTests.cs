using FluentAssertions;
using Kurils.Domain.Parsing;
using NodaTime.Text;
using Xunit;

namespace Kurils.Domain.Tests.Parsing.Metadata;

/// <summary>
/// Probes of the page facts in the languages beyond English, Russian and Japanese: the publisher from a masthead, a
/// byline with the outlet, a wire credit, a copyright or source line, an uncatalogued publisher by name, never an
/// outlet the story only cites; the publication date from each language's stamps, kept apart from the story's
/// dates; a story that only happens near the islands is off-topic. One short story per language, written for the test.
/// </summary>
public sealed class PageFactProbeTests
{
    // German.
    private const string DeHead = "Japan und Russland streiten weiter um die Kurilen";
    private const string DeBody = "Die Regierung in Tokio hat am Dienstag erneut die Rückgabe der südlichen Kurilen gefordert. Japan bezeichnet die vier Inseln als seine Nordterritorien, Russland verwaltet sie seit 1945.\n\nEin Friedensvertrag zwischen beiden Ländern wurde nie unterzeichnet. Die Gespräche darüber liegen seit dem Beginn des Krieges in der Ukraine auf Eis.";

    // Italian.
    private const string ItHead = "Giappone e Russia, nessun passo avanti sulle Curili";
    private const string ItBody = "Il governo di Tokyo ha chiesto martedì la restituzione delle isole Curili meridionali. Il Giappone chiama le quattro isole Territori del Nord, mentre la Russia le amministra dal 1945.\n\nI due paesi non hanno mai firmato un trattato di pace. I negoziati sono fermi dall'inizio della guerra in Ucraina.";

    // Portuguese.
    private const string PtHead = "Japão e Rússia sem avanços sobre as Curilas";
    private const string PtBody = "O governo de Tóquio voltou a pedir na terça-feira a devolução das ilhas Curilas do Sul. O Japão chama as quatro ilhas de Territórios do Norte, enquanto a Rússia as administra desde 1945.\n\nOs dois países nunca assinaram um tratado de paz. As negociações estão paradas desde o início da guerra na Ucrânia.";

    // Vietnamese.
    private const string ViHead = "Nhật Bản và Nga vẫn bế tắc về quần đảo Kuril";
    private const string ViBody = "Chính phủ Nhật Bản hôm thứ Ba một lần nữa yêu cầu Nga trả lại bốn hòn đảo ở phía nam quần đảo Kuril. Tokyo gọi các đảo này là Vùng lãnh thổ phương Bắc, còn Nga quản lý chúng từ năm 1945.\n\nHai nước đến nay vẫn chưa ký hiệp ước hòa bình. Các cuộc đàm phán bị đình trệ kể từ khi xung đột ở Ukraine bùng nổ.";

    // Arabic.
    private const string ArHead = "اليابان وروسيا: لا تقدم في نزاع جزر الكوريل";
    private const string ArBody = "جددت الحكومة اليابانية يوم الثلاثاء مطالبتها بإعادة جزر الكوريل الجنوبية. وتطلق اليابان على الجزر الأربع اسم الأقاليم الشمالية، بينما تديرها روسيا منذ عام 1945.\n\nولم يوقع البلدان حتى الآن معاهدة سلام. وتوقفت المفاوضات منذ بداية الحرب في أوكرانيا.";

    // Spanish.
    private const string EsHead = "Japón y Rusia siguen enfrentados por las Kuriles";
    private const string EsBody = "El Gobierno de Tokio volvió a reclamar el martes la devolución de las islas Kuriles del Sur. Japón llama a las cuatro islas Territorios del Norte, mientras que Rusia las administra desde 1945.\n\nLos dos países nunca han firmado un tratado de paz. Las negociaciones están congeladas desde el inicio de la guerra en Ucrania.";

    // French.
    private const string FrHead = "Kouriles : Tokyo et Moscou toujours dans l'impasse";
    private const string FrBody = "Le gouvernement japonais a de nouveau réclamé mardi la restitution des îles Kouriles du Sud. Le Japon appelle les quatre îles les Territoires du Nord, tandis que la Russie les administre depuis 1945.\n\nLes deux pays n'ont jamais signé de traité de paix. Les négociations sont gelées depuis le début de la guerre en Ukraine.";

    // Polish.
    private const string PlHead = "Japonia i Rosja wciąż spierają się o Kuryle";
    private const string PlBody = "Rząd w Tokio ponownie zażądał we wtorek zwrotu południowych Wysp Kurylskich. Japonia nazywa cztery wyspy Terytoriami Północnymi, a Rosja administruje nimi od 1945 roku.\n\nOba kraje nigdy nie podpisały traktatu pokojowego. Rozmowy są zamrożone od początku wojny w Ukrainie.";

    // Ukrainian.
    private const string UkHead = "Японія та Росія досі сперечаються за Курили";
    private const string UkBody = "Уряд Японії у вівторок знову вимагав повернення південних Курильських островів. Японія називає чотири острови Північними територіями, а Росія контролює їх з 1945 року.\n\nДві країни так і не підписали мирного договору. Переговори заморожені від початку повномасштабної війни в Україні.";

    // Korean.
    private const string KoHead = "일본·러시아, 쿠릴 4개 섬 문제 여전히 평행선";
    private const string KoBody = "일본 정부는 화요일 러시아에 쿠릴열도 남부 4개 섬의 반환을 다시 요구했다. 일본은 이 섬들을 북방영토라고 부르며, 러시아는 1945년부터 이 섬들을 실효 지배하고 있다.\n\n양국은 아직 평화조약을 체결하지 않았다. 우크라이나 전쟁이 시작된 이후 협상은 중단된 상태다.";

    // Chinese.
    private const string ZhHead = "日俄南千岛群岛争端仍无进展";
    private const string ZhBody = "日本政府周二再次要求俄罗斯归还南千岛群岛四岛。日本称这些岛屿为北方领土，而俄罗斯自1945年起实际控制这些岛屿。\n\n两国至今没有签署和平条约。自乌克兰战争爆发以来，双方谈判一直处于停滞状态。";

    private static ParsedArticle Parse(string text) => ArticleParser.Default.Parse(text);

    /// <summary>A masthead or site-name line above the headline.</summary>
    [Theory]
    [InlineData("DER SPIEGEL\n\n" + DeHead + "\n\n" + DeBody, "spiegel")]
    [InlineData("tagesschau.de\n\n" + DeHead + "\n\n" + DeBody, "tagesschau")]
    [InlineData("Corriere della Sera\n\n" + ItHead + "\n\n" + ItBody, "corriere")]
    [InlineData("la Repubblica\n\n" + ItHead + "\n\n" + ItBody, "repubblica")]
    [InlineData("Folha de S.Paulo\n\n" + PtHead + "\n\n" + PtBody, "folha")]
    [InlineData("O Globo\n\n" + PtHead + "\n\n" + PtBody, "o-globo")]
    [InlineData("VnExpress\n\n" + ViHead + "\n\n" + ViBody, "vnexpress")]
    [InlineData("Báo Tuổi Trẻ\n\n" + ViHead + "\n\n" + ViBody, "tuoi-tre")]
    [InlineData("الجزيرة نت\n\n" + ArHead + "\n\n" + ArBody, "al-jazeera")]
    [InlineData("العربية نت\n\n" + ArHead + "\n\n" + ArBody, "al-arabiya")]
    [InlineData("EL PAÍS\n\n" + EsHead + "\n\n" + EsBody, "el-pais")]
    [InlineData("El Mundo\n\n" + EsHead + "\n\n" + EsBody, "el-mundo")]
    [InlineData("Le Monde\n\n" + FrHead + "\n\n" + FrBody, "le-monde")]
    [InlineData("Le Figaro\n\n" + FrHead + "\n\n" + FrBody, "le-figaro")]
    [InlineData("Gazeta Wyborcza\n\n" + PlHead + "\n\n" + PlBody, "gazeta-wyborcza")]
    [InlineData("Rzeczpospolita\n\n" + PlHead + "\n\n" + PlBody, "rzeczpospolita")]
    [InlineData("Укрінформ\n\n" + UkHead + "\n\n" + UkBody, "ukrinform")]
    [InlineData("Суспільне Новини\n\n" + UkHead + "\n\n" + UkBody, "suspilne")]
    [InlineData("연합뉴스\n\n" + KoHead + "\n\n" + KoBody, "yonhap")]
    [InlineData("조선일보\n\n" + KoHead + "\n\n" + KoBody, "chosun-ilbo")]
    [InlineData("新华网\n\n" + ZhHead + "\n\n" + ZhBody, "xinhua")]
    [InlineData("人民网\n\n" + ZhHead + "\n\n" + ZhBody, "peoples-daily")]
    public void AMastheadAboveTheStory_NamesThePublisher(string text, string outlet) =>
        Parse(text).OutletId.Should().Be(outlet);

    /// <summary>A byline that names the outlet after the author ("Von … | DER SPIEGEL", "Minh Anh | VnExpress", "Minh Anh/VOV.VN").</summary>
    [Theory]
    [InlineData(DeHead + "\n\nVon Anna Weber | DER SPIEGEL\n\n" + DeBody, "spiegel")]
    [InlineData(DeHead + "\n\nVon Anna Weber, dpa\n\n" + DeBody, "dpa")]
    [InlineData(ItHead + "\n\nDi Marco Rossi | ANSA\n\n" + ItBody, "ansa")]
    [InlineData(PtHead + "\n\nPor Ana Costa | Agência Lusa\n\n" + PtBody, "lusa")]
    [InlineData(PtHead + "\n\nPor Ana Costa, da Agência Brasil\n\n" + PtBody, "agencia-brasil")]
    [InlineData(ViHead + "\n\nMinh Anh | VnExpress\n\n" + ViBody, "vnexpress")]
    [InlineData(ViHead + "\n\n" + ViBody + "\n\nMinh Anh/VOV.VN\n", "vov")]
    [InlineData(ArHead + "\n\nبقلم أحمد علي | سكاي نيوز عربية\n\n" + ArBody, "sky-news-arabia")]
    [InlineData(ArHead + "\n\nكتب: أحمد علي - الجزيرة نت\n\n" + ArBody, "al-jazeera")]
    [InlineData(EsHead + "\n\nPor Laura García — EL PAÍS\n\n" + EsBody, "el-pais")]
    [InlineData(FrHead + "\n\nPar Claire Martin | Le Figaro\n\n" + FrBody, "le-figaro")]
    [InlineData(FrHead + "\n\nPar Le Figaro avec AFP\n\n" + FrBody, "le-figaro")]
    [InlineData(PlHead + "\n\nAutor: Anna Nowak | PAP\n\n" + PlBody, "pap")]
    [InlineData(PlHead + "\n\nAnna Nowak | TVN24\n\n" + PlBody, "tvn24")]
    [InlineData(UkHead + "\n\nАвтор: Олена Коваль | УНІАН\n\n" + UkBody, "unian")]
    [InlineData(UkHead + "\n\nОлена Коваль — Укрінформ\n\n" + UkBody, "ukrinform")]
    [InlineData(KoHead + "\n\n김민수 기자 | 한겨레\n\n" + KoBody, "hankyoreh")]
    [InlineData(ZhHead + "\n\n作者：王明 | 环球时报\n\n" + ZhBody, "global-times")]
    [InlineData(ZhHead + "\n\n2024-03-05 14:30:00 来源：人民日报\n\n" + ZhBody, "peoples-daily")]
    public void ABylineWithTheOutlet_NamesThePublisher(string text, string outlet) =>
        Parse(text).OutletId.Should().Be(outlet);

    /// <summary>A byline with the author alone, or the author and a city.</summary>
    [Theory]
    [InlineData(ItHead + "\n\ndi Marco Rossi\n\n" + ItBody)]
    [InlineData(EsHead + "\n\nLaura García | Madrid\n\n" + EsBody)]
    [InlineData(KoHead + "\n\n김민수 기자\n\n" + KoBody)]
    public void ABylineWithoutAnOutlet_NamesNoPublisher(string text) =>
        Parse(text).Should().Match<ParsedArticle>(a => a.OutletId == null && a.OutletName == null);

    /// <summary>The agency's credit opening or closing the story ("Tokio (dpa) -", "(도쿄=연합뉴스)", "新华社东京3月5日电", "(PAP)").</summary>
    [Theory]
    [InlineData(DeHead + "\n\nTokio (dpa) - " + DeBody, "dpa")]
    [InlineData(DeHead + "\n\nTokio (AFP) - " + DeBody, "afp")]
    [InlineData(ItHead + "\n\n(ANSA) - TOKYO, 5 MAR - " + ItBody, "ansa")]
    [InlineData(ItHead + "\n\nROMA (ANSA) - " + ItBody, "ansa")]
    [InlineData(PtHead + "\n\nTóquio, 05 mar 2024 (Lusa) - " + PtBody, "lusa")]
    [InlineData(PtHead + "\n\nLisboa, 5 mar (Lusa) – " + PtBody, "lusa")]
    [InlineData(ViHead + "\n\nTokyo (TTXVN) - " + ViBody, "vna")]
    [InlineData(ViHead + "\n\n" + ViBody + "\n\n(TTXVN)\n", "vna")]
    [InlineData(ArHead + "\n\nطوكيو (أ ف ب) - " + ArBody, "afp")]
    [InlineData(ArHead + "\n\nموسكو - (رويترز) - " + ArBody, "reuters")]
    [InlineData(EsHead + "\n\nTokio, 5 mar (EFE).- " + EsBody, "efe")]
    [InlineData(EsHead + "\n\nMADRID, 5 (EUROPA PRESS) - " + EsBody, "europa-press")]
    [InlineData(FrHead + "\n\nTokyo (AFP) - " + FrBody, "afp")]
    [InlineData(FrHead + "\n\n" + FrBody + "\n\n(AFP)\n", "afp")]
    [InlineData(PlHead + "\n\nTokio (PAP) - " + PlBody, "pap")]
    [InlineData(PlHead + "\n\n" + PlBody + "\n\n(PAP)\n", "pap")]
    [InlineData(UkHead + "\n\nТокіо, 5 березня /Укрінформ/. " + UkBody, "ukrinform")]
    [InlineData(UkHead + "\n\nКиїв. 5 березня. ІНТЕРФАКС-УКРАЇНА - " + UkBody, "interfax-ukraine")]
    [InlineData(KoHead + "\n\n(도쿄=연합뉴스) 김민수 특파원 = " + KoBody, "yonhap")]
    [InlineData(KoHead + "\n\n(서울=뉴스1) 김민수 기자 = " + KoBody, "news1")]
    [InlineData(ZhHead + "\n\n新华社东京3月5日电（记者王明）" + ZhBody, "xinhua")]
    [InlineData(ZhHead + "\n\n中新网3月5日电 " + ZhBody, "chinanews")]
    public void AWireCredit_NamesTheWire(string text, string outlet) =>
        Parse(text).OutletId.Should().Be(outlet);

    /// <summary>A copyright line below the story.</summary>
    [Theory]
    [InlineData(DeHead + "\n\n" + DeBody + "\n\n© 2024 Deutsche Welle\n", "dw")]
    [InlineData(DeHead + "\n\n" + DeBody + "\n\n© dpa-infocom, dpa:240305-99-123456/2\n", "dpa")]
    [InlineData(ItHead + "\n\n" + ItBody + "\n\n© 2024 La Stampa\n", "la-stampa")]
    [InlineData(ItHead + "\n\n" + ItBody + "\n\nRIPRODUZIONE RISERVATA © Copyright ANSA\n", "ansa")]
    [InlineData(PtHead + "\n\n" + PtBody + "\n\n© 2024 Agência Lusa. Todos os direitos reservados.\n", "lusa")]
    [InlineData(PtHead + "\n\n" + PtBody + "\n\n© 2024 RTP, Rádio e Televisão de Portugal\n", "rtp")]
    [InlineData(ViHead + "\n\n" + ViBody + "\n\n© Bản quyền thuộc về VnExpress\n", "vnexpress")]
    [InlineData(ViHead + "\n\n" + ViBody + "\n\n© Báo Thanh Niên\n", "thanh-nien")]
    [InlineData(ArHead + "\n\n" + ArBody + "\n\nجميع الحقوق محفوظة © 2024 سكاي نيوز عربية\n", "sky-news-arabia")]
    [InlineData(ArHead + "\n\n" + ArBody + "\n\n© 2024 الجزيرة نت\n", "al-jazeera")]
    [InlineData(EsHead + "\n\n" + EsBody + "\n\n© 2024 Europa Press. Todos los derechos reservados.\n", "europa-press")]
    [InlineData(EsHead + "\n\n" + EsBody + "\n\n© EFE 2024. Está expresamente prohibida la redistribución y la redifusión de este contenido sin su previo y expreso consentimiento.\n", "efe")]
    [InlineData(FrHead + "\n\n" + FrBody + "\n\n© 2024 AFP\n", "afp")]
    [InlineData(FrHead + "\n\n" + FrBody + "\n\n© France 24\n", "france24")]
    [InlineData(PlHead + "\n\n" + PlBody + "\n\n© 2024 Polska Agencja Prasowa\n", "pap")]
    [InlineData(PlHead + "\n\n" + PlBody + "\n\nCopyright © Wirtualna Polska\n", "wirtualna-polska")]
    [InlineData(UkHead + "\n\n" + UkBody + "\n\n© 2024 Українська правда\n", "ukrainska-pravda")]
    [InlineData(UkHead + "\n\n" + UkBody + "\n\n© 2024 УНІАН\n", "unian")]
    [InlineData(KoHead + "\n\n" + KoBody + "\n\n<저작권자(c) 연합뉴스, 무단 전재-재배포, AI 학습 및 활용 금지>\n", "yonhap")]
    [InlineData(KoHead + "\n\n" + KoBody + "\n\nCopyright © 한겨레신문사 All Rights Reserved.\n", "hankyoreh")]
    [InlineData(ZhHead + "\n\n" + ZhBody + "\n\n版权所有 © 2024 中国新闻网\n", "chinanews")]
    [InlineData(ZhHead + "\n\n" + ZhBody + "\n\n版权所有 © 新华网\n", "xinhua")]
    public void ACopyrightLineBelowTheStory_NamesThePublisher(string text, string outlet) =>
        Parse(text).OutletId.Should().Be(outlet);

    /// <summary>A source line below the story ("Quelle:", "Fuente:", "Źródło:", "Nguồn:", "المصدر:", "来源：").</summary>
    [Theory]
    [InlineData(DeHead + "\n\n" + DeBody + "\n\nQuelle: dpa\n", "dpa")]
    [InlineData(DeHead + "\n\n" + DeBody + "\n\nQuelle: AFP\n", "afp")]
    [InlineData(ItHead + "\n\n" + ItBody + "\n\nFonte: ANSA\n", "ansa")]
    [InlineData(ItHead + "\n\n" + ItBody + "\n\nFonte: Agenzia Nova\n", "agenzia-nova")]
    [InlineData(PtHead + "\n\n" + PtBody + "\n\nFonte: Lusa\n", "lusa")]
    [InlineData(PtHead + "\n\n" + PtBody + "\n\nFonte: Agência Brasil\n", "agencia-brasil")]
    [InlineData(ViHead + "\n\n" + ViBody + "\n\nNguồn: TTXVN\n", "vna")]
    [InlineData(ViHead + "\n\n" + ViBody + "\n\nNguồn: VOV\n", "vov")]
    [InlineData(ArHead + "\n\n" + ArBody + "\n\nالمصدر: فرانس برس\n", "afp")]
    [InlineData(ArHead + "\n\n" + ArBody + "\n\nالمصدر: رويترز\n", "reuters")]
    [InlineData(EsHead + "\n\n" + EsBody + "\n\nFuente: EFE\n", "efe")]
    [InlineData(EsHead + "\n\n" + EsBody + "\n\nFuente: Europa Press\n", "europa-press")]
    [InlineData(FrHead + "\n\n" + FrBody + "\n\nSource : AFP\n", "afp")]
    [InlineData(FrHead + "\n\n" + FrBody + "\n\nAvec AFP\n", "afp")]
    [InlineData(PlHead + "\n\n" + PlBody + "\n\nŹródło: PAP\n", "pap")]
    [InlineData(PlHead + "\n\n" + PlBody + "\n\nŹródło: Polska Agencja Prasowa\n", "pap")]
    [InlineData(UkHead + "\n\n" + UkBody + "\n\nДжерело: Укрінформ\n", "ukrinform")]
    [InlineData(UkHead + "\n\n" + UkBody + "\n\nДжерело: УНІАН\n", "unian")]
    [InlineData(KoHead + "\n\n" + KoBody + "\n\n출처: 연합뉴스\n", "yonhap")]
    [InlineData(KoHead + "\n\n" + KoBody + "\n\n출처 : 뉴시스\n", "newsis")]
    [InlineData(ZhHead + "\n\n" + ZhBody + "\n\n来源：新华社\n", "xinhua")]
    [InlineData(ZhHead + "\n\n" + ZhBody + "\n\n来源：环球网\n", "global-times")]
    public void ASourceLineBelowTheStory_NamesThePublisher(string text, string outlet) =>
        Parse(text).OutletId.Should().Be(outlet);

    /// <summary>A copyright or source line naming a publisher the catalog lacks: no id, its name.</summary>
    [Theory]
    [InlineData(DeHead + "\n\n" + DeBody + "\n\n© 2024 Hamburger Abendblatt. Alle Rechte vorbehalten.\n", "Hamburger Abendblatt")]
    [InlineData(DeHead + "\n\n" + DeBody + "\n\nQuelle: Kieler Nachrichten\n", "Kieler Nachrichten")]
    [InlineData(DeHead + "\n\n" + DeBody + "\n\n© Kölner Stadt-Anzeiger 2024\n", "Kölner Stadt-Anzeiger")]
    [InlineData(ItHead + "\n\n" + ItBody + "\n\n© 2024 Il Piccolo. Tutti i diritti riservati.\n", "Il Piccolo")]
    [InlineData(ItHead + "\n\n" + ItBody + "\n\nFonte: Il Gazzettino\n", "Il Gazzettino")]
    [InlineData(ItHead + "\n\n" + ItBody + "\n\n© Riproduzione riservata - Il Tirreno\n", "Il Tirreno")]
    [InlineData(PtHead + "\n\n" + PtBody + "\n\n© 2024 Jornal do Commercio. Todos os direitos reservados.\n", "Jornal do Commercio")]
    [InlineData(PtHead + "\n\n" + PtBody + "\n\nFonte: Gazeta do Povo\n", "Gazeta do Povo")]
    [InlineData(PtHead + "\n\n" + PtBody + "\n\nCopyright © 2024 Correio Braziliense. Todos os direitos reservados.\n", "Correio Braziliense")]
    [InlineData(ViHead + "\n\n" + ViBody + "\n\n© 2024 Báo Hải Phòng. Bảo lưu mọi quyền.\n", "Báo Hải Phòng")]
    [InlineData(ViHead + "\n\n" + ViBody + "\n\nNguồn: Báo Đà Nẵng\n", "Báo Đà Nẵng")]
    [InlineData(ViHead + "\n\n" + ViBody + "\n\nNguồn: Báo Lao Động\n", "Báo Lao Động")]
    [InlineData(ArHead + "\n\n" + ArBody + "\n\n© 2024 صحيفة الخليج. جميع الحقوق محفوظة.\n", "صحيفة الخليج")]
    [InlineData(ArHead + "\n\n" + ArBody + "\n\nالمصدر: صحيفة الوطن\n", "صحيفة الوطن")]
    [InlineData(ArHead + "\n\n" + ArBody + "\n\nجميع الحقوق محفوظة © 2024 صحيفة البيان\n", "صحيفة البيان")]
    [InlineData(EsHead + "\n\n" + EsBody + "\n\n© 2024 Diario de Navarra. Todos los derechos reservados.\n", "Diario de Navarra")]
    [InlineData(EsHead + "\n\n" + EsBody + "\n\nFuente: La Voz de Galicia\n", "La Voz de Galicia")]
    [InlineData(EsHead + "\n\n" + EsBody + "\n\n© Heraldo de Aragón\n", "Heraldo de Aragón")]
    [InlineData(FrHead + "\n\n" + FrBody + "\n\n© 2024 Sud Ouest. Tous droits réservés.\n", "Sud Ouest")]
    [InlineData(FrHead + "\n\n" + FrBody + "\n\nSource : La Dépêche du Midi\n", "La Dépêche du Midi")]
    [InlineData(PlHead + "\n\n" + PlBody + "\n\n© 2024 Dziennik Bałtycki. Wszelkie prawa zastrzeżone.\n", "Dziennik Bałtycki")]
    [InlineData(PlHead + "\n\n" + PlBody + "\n\nŹródło: Gazeta Krakowska\n", "Gazeta Krakowska")]
    [InlineData(PlHead + "\n\n" + PlBody + "\n\nŹródło: Dziennik Łódzki\n", "Dziennik Łódzki")]
    [InlineData(UkHead + "\n\n" + UkBody + "\n\n© 2024 Дзеркало тижня. Усі права захищені.\n", "Дзеркало тижня")]
    [InlineData(UkHead + "\n\n" + UkBody + "\n\nДжерело: Високий Замок\n", "Високий Замок")]
    [InlineData(UkHead + "\n\n" + UkBody + "\n\nДжерело: Волинські новини\n", "Волинські новини")]
    [InlineData(KoHead + "\n\n" + KoBody + "\n\nCopyright ⓒ 부산일보 All Rights Reserved.\n", "부산일보")]
    [InlineData(KoHead + "\n\n" + KoBody + "\n\n출처: 매일신문\n", "매일신문")]
    [InlineData(KoHead + "\n\n" + KoBody + "\n\nⓒ 경남신문 무단전재 및 재배포 금지\n", "경남신문")]
    [InlineData(ZhHead + "\n\n" + ZhBody + "\n\n版权所有 © 2024 南方都市报\n", "南方都市报")]
    [InlineData(ZhHead + "\n\n" + ZhBody + "\n\n来源：北京青年报\n", "北京青年报")]
    [InlineData(ZhHead + "\n\n" + ZhBody + "\n\n来源：扬子晚报\n", "扬子晚报")]
    public void AnUncataloguedPublisher_IsGivenByName(string text, string name) =>
        Parse(text).Should().Match<ParsedArticle>(a => a.OutletId == null && a.OutletName == name);

    /// <summary>Agencies the story or a headline cites ("laut der Agentur Kyodo", "según la agencia TASS", "Kyodo: …") publish nothing here.</summary>
    [Theory]
    [InlineData(DeHead + "\n\n" + DeBody + " Wie die japanische Nachrichtenagentur Kyodo berichtete, will Tokio an seiner Position festhalten. Laut der Agentur TASS sieht Moskau keinen Spielraum für Zugeständnisse.\n")]
    [InlineData(ItHead + "\n\n" + ItBody + " Secondo l'agenzia Kyodo, Tokyo non intende cambiare posizione. Anche l'agenzia TASS riferisce che Mosca non prevede concessioni.\n")]
    [InlineData(PtHead + "\n\n" + PtBody + " Segundo a agência Kyodo, Tóquio não pretende mudar de posição. A agência TASS informou que Moscou não prevê concessões.\n")]
    [InlineData(ViHead + "\n\n" + ViBody + " Theo hãng tin Kyodo, Tokyo không có ý định thay đổi lập trường. Hãng thông tấn TASS cho biết Moskva không tính đến bất kỳ nhượng bộ nào.\n")]
    [InlineData(ArHead + "\n\n" + ArBody + " وبحسب وكالة كيودو، فإن طوكيو لا تنوي تغيير موقفها. وذكرت وكالة تاس أن موسكو لا تعتزم تقديم أي تنازلات.\n")]
    [InlineData(EsHead + "\n\n" + EsBody + " Según la agencia TASS, Moscú no contempla ninguna concesión territorial. La agencia Kyodo informó de que Tokio mantiene su postura.\n")]
    [InlineData(FrHead + "\n\n" + FrBody + " Selon l'agence Kyodo, Tokyo n'entend pas changer de position. L'agence TASS rapporte que Moscou n'envisage aucune concession.\n")]
    [InlineData(PlHead + "\n\n" + PlBody + " Jak podała agencja Kyodo, Tokio nie zamierza zmieniać stanowiska. Według agencji TASS Moskwa nie przewiduje żadnych ustępstw.\n")]
    [InlineData(UkHead + "\n\n" + UkBody + " Як повідомляє агентство Kyodo, Токіо не має наміру змінювати позицію. За даними агентства ТАСС, Москва не розглядає жодних поступок.\n")]
    [InlineData(KoHead + "\n\n" + KoBody + " 교도통신에 따르면 일본 정부는 입장을 바꿀 생각이 없다. 타스통신은 러시아가 양보를 검토하지 않고 있다고 전했다.\n")]
    [InlineData(ZhHead + "\n\n" + ZhBody + " 据日本共同社报道，日本政府无意改变立场。塔斯社报道称，俄方不考虑作出任何让步。\n")]
    [InlineData(DeHead + "\n\nDie Nachrichtenagentur Kyodo berichtete am Dienstag über neue Gespräche. " + DeBody)]
    [InlineData("Kyodo: Tokio hält an seiner Position fest\n\n" + DeHead + "\n\n" + DeBody)]
    [InlineData(ItHead + "\n\nL'agenzia Kyodo ha riferito martedì di nuovi colloqui. " + ItBody)]
    [InlineData("Kyodo: Tokyo non cambia posizione\n\n" + ItHead + "\n\n" + ItBody)]
    [InlineData(PtHead + "\n\nA agência Kyodo noticiou na terça-feira novas conversas. " + PtBody)]
    [InlineData("Kyodo: Tóquio mantém a sua posição\n\n" + PtHead + "\n\n" + PtBody)]
    [InlineData(ViHead + "\n\nHãng tin Kyodo hôm thứ Ba đưa tin về các cuộc đàm phán mới. " + ViBody)]
    [InlineData("Kyodo: Tokyo giữ nguyên lập trường\n\n" + ViHead + "\n\n" + ViBody)]
    [InlineData(ArHead + "\n\nوذكرت وكالة كيودو يوم الثلاثاء أن محادثات جديدة ستعقد. " + ArBody)]
    [InlineData("كيودو: طوكيو متمسكة بموقفها\n\n" + ArHead + "\n\n" + ArBody)]
    [InlineData(EsHead + "\n\nLa agencia Kyodo informó el martes de nuevas conversaciones. " + EsBody)]
    [InlineData("Kyodo: Tokio mantiene su postura\n\n" + EsHead + "\n\n" + EsBody)]
    [InlineData(FrHead + "\n\nL'agence Kyodo a fait état mardi de nouvelles discussions. " + FrBody)]
    [InlineData("Kyodo : Tokyo maintient sa position\n\n" + FrHead + "\n\n" + FrBody)]
    [InlineData(PlHead + "\n\nAgencja Kyodo poinformowała we wtorek o nowych rozmowach. " + PlBody)]
    [InlineData("Kyodo: Tokio podtrzymuje stanowisko\n\n" + PlHead + "\n\n" + PlBody)]
    [InlineData(UkHead + "\n\nАгентство Kyodo у вівторок повідомило про нові переговори. " + UkBody)]
    [InlineData("Kyodo: Токіо не змінює позиції\n\n" + UkHead + "\n\n" + UkBody)]
    [InlineData(KoHead + "\n\n교도통신은 화요일 새로운 협상 소식을 전했다. " + KoBody)]
    [InlineData("교도통신 \"일본 정부, 입장 불변\"\n\n" + KoHead + "\n\n" + KoBody)]
    [InlineData(ZhHead + "\n\n日本共同社周二报道了新一轮会谈的消息。" + ZhBody)]
    [InlineData("共同社：日本政府无意改变立场\n\n" + ZhHead + "\n\n" + ZhBody)]
    public void AnOutletTheStoryOnlyCites_IsNoPublisher(string text) =>
        Parse(text).Should().Match<ParsedArticle>(a => a.OutletId == null && a.OutletName == null);

    /// <summary>A date stamp above or below the story in the language's formats (Arabic with Western and Eastern Arabic digits).</summary>
    [Theory]
    [InlineData(DeHead + "\n\nVeröffentlicht am 12.03.2024, 14:20 Uhr\n\n" + DeBody, "2024-03-12")]
    [InlineData(DeHead + "\n\n12. März 2024, 14:20 Uhr\n\n" + DeBody, "2024-03-12")]
    [InlineData(DeHead + "\n\nStand: 05.03.2024 14:20 Uhr\n\n" + DeBody, "2024-03-05")]
    [InlineData(DeHead + "\n\nDienstag, 05.03.2024, 14:20 Uhr\n\n" + DeBody, "2024-03-05")]
    [InlineData(DeHead + "\n\n" + DeBody + "\n\nVeröffentlicht: 5. März 2024\n", "2024-03-05")]
    [InlineData(DeHead + "\n\n12.03.2024 – 14:20 Uhr\n\n" + DeBody, "2024-03-12")]
    [InlineData(DeHead + "\n\nErstellt am 12. März 2024\n\n" + DeBody, "2024-03-12")]
    [InlineData(DeHead + "\n\n" + DeBody + "\n\nZuletzt aktualisiert: 12.03.2024\n", "2024-03-12")]
    [InlineData(ItHead + "\n\nPubblicato il 5 marzo 2024\n\n" + ItBody, "2024-03-05")]
    [InlineData(ItHead + "\n\n5 marzo 2024 14:20\n\n" + ItBody, "2024-03-05")]
    [InlineData(ItHead + "\n\n05 marzo 2024 | 14:20\n\n" + ItBody, "2024-03-05")]
    [InlineData(ItHead + "\n\nAggiornato il 05/03/2024 alle 14:20\n\n" + ItBody, "2024-03-05")]
    [InlineData(ItHead + "\n\nMartedì 5 marzo 2024\n\n" + ItBody, "2024-03-05")]
    [InlineData(ItHead + "\n\nPubblicato il: 05/03/2024 14:20\n\n" + ItBody, "2024-03-05")]
    [InlineData(ItHead + "\n\n05/03/2024 - 14:20\n\n" + ItBody, "2024-03-05")]
    [InlineData(ItHead + "\n\n" + ItBody + "\n\nUltimo aggiornamento: 05/03/2024\n", "2024-03-05")]
    [InlineData(PtHead + "\n\nPublicado em 05/03/2024 às 14h20\n\n" + PtBody, "2024-03-05")]
    [InlineData(PtHead + "\n\n5 de março de 2024, 14:20\n\n" + PtBody, "2024-03-05")]
    [InlineData(PtHead + "\n\n05/03/2024 14h20\n\n" + PtBody, "2024-03-05")]
    [InlineData(PtHead + "\n\nAtualizado em 5 de março de 2024 às 14:20\n\n" + PtBody, "2024-03-05")]
    [InlineData(PtHead + "\n\nPublicado em 5 mar 2024, 14:20\n\n" + PtBody, "2024-03-05")]
    [InlineData(PtHead + "\n\nPublicado em: 05/03/2024 - 14:20\n\n" + PtBody, "2024-03-05")]
    [InlineData(PtHead + "\n\n05.03.2024 às 14h20\n\n" + PtBody, "2024-03-05")]
    [InlineData(PtHead + "\n\n" + PtBody + "\n\nAtualizado em 05/03/2024\n", "2024-03-05")]
    [InlineData(ViHead + "\n\nCập nhật: 05/03/2024 10:15\n\n" + ViBody, "2024-03-05")]
    [InlineData(ViHead + "\n\nThứ ba, 5/3/2024, 10:15 (GMT+7)\n\n" + ViBody, "2024-03-05")]
    [InlineData(ViHead + "\n\n05/03/2024 14:20 GMT+7\n\n" + ViBody, "2024-03-05")]
    [InlineData(ViHead + "\n\nThứ Ba, 05/03/2024 14:20\n\n" + ViBody, "2024-03-05")]
    [InlineData(ViHead + "\n\nNgày đăng: 05/03/2024\n\n" + ViBody, "2024-03-05")]
    [InlineData(ViHead + "\n\nThứ ba, 05/03/2024 - 14:20\n\n" + ViBody, "2024-03-05")]
    [InlineData(ViHead + "\n\nNgày 05/03/2024 14:20\n\n" + ViBody, "2024-03-05")]
    [InlineData(ViHead + "\n\n" + ViBody + "\n\nNgày đăng: 05/03/2024 14:20\n", "2024-03-05")]
    [InlineData(ArHead + "\n\nنشر في 5 مارس 2024\n\n" + ArBody, "2024-03-05")]
    [InlineData(ArHead + "\n\nنشر في ٥ مارس ٢٠٢٤ - ١٤:٢٠\n\n" + ArBody, "2024-03-05")]
    [InlineData(ArHead + "\n\nالثلاثاء 5 آذار 2024\n\n" + ArBody, "2024-03-05")]
    [InlineData(ArHead + "\n\nالثلاثاء 05 مارس 2024 02:30 م\n\n" + ArBody, "2024-03-05")]
    [InlineData(ArHead + "\n\nتاريخ النشر: 5 مارس 2024\n\n" + ArBody, "2024-03-05")]
    [InlineData(ArHead + "\n\nآخر تحديث: ٥ مارس ٢٠٢٤\n\n" + ArBody, "2024-03-05")]
    [InlineData(ArHead + "\n\n5 مارس 2024\n\n" + ArBody, "2024-03-05")]
    [InlineData(ArHead + "\n\nنشر بتاريخ: 05/03/2024\n\n" + ArBody, "2024-03-05")]
    [InlineData(ArHead + "\n\nتاريخ النشر: الثلاثاء، 5 مارس 2024\n\n" + ArBody, "2024-03-05")]
    [InlineData(ArHead + "\n\n2024/03/05 14:30\n\n" + ArBody, "2024-03-05")]
    [InlineData(EsHead + "\n\nPublicado el 5 de marzo de 2024\n\n" + EsBody, "2024-03-05")]
    [InlineData(EsHead + "\n\n05/03/2024 14:20 h\n\n" + EsBody, "2024-03-05")]
    [InlineData(EsHead + "\n\nActualizado: 05/03/2024 14:20 h\n\n" + EsBody, "2024-03-05")]
    [InlineData(EsHead + "\n\n5 mar 2024 - 14:20 CET\n\n" + EsBody, "2024-03-05")]
    [InlineData(EsHead + "\n\nMartes, 5 de marzo de 2024\n\n" + EsBody, "2024-03-05")]
    [InlineData(EsHead + "\n\nPublicado: 05/03/2024 14:20\n\n" + EsBody, "2024-03-05")]
    [InlineData(EsHead + "\n\nActualizado el 5 de marzo de 2024 a las 14:20\n\n" + EsBody, "2024-03-05")]
    [InlineData(EsHead + "\n\n" + EsBody + "\n\nMadrid, 05 mar 2024\n", "2024-03-05")]
    [InlineData(FrHead + "\n\nPublié le 5 mars 2024 à 10h15\n\n" + FrBody, "2024-03-05")]
    [InlineData(FrHead + "\n\nMis à jour le 06/03/2024 à 09h00\n\n" + FrBody, "2024-03-06")]
    [InlineData(FrHead + "\n\nPublié le 05/03/2024 à 10:15\n\n" + FrBody, "2024-03-05")]
    [InlineData(FrHead + "\n\nLe 5 mars 2024 à 10h15\n\n" + FrBody, "2024-03-05")]
    [InlineData(FrHead + "\n\nmardi 5 mars 2024\n\n" + FrBody, "2024-03-05")]
    [InlineData(FrHead + "\n\nPublié le : 05/03/2024 - 10:15\n\n" + FrBody, "2024-03-05")]
    [InlineData(FrHead + "\n\nModifié le 06/03/2024 à 09:00\n\n" + FrBody, "2024-03-06")]
    [InlineData(FrHead + "\n\n" + FrBody + "\n\nPublié le 5 mars 2024\n", "2024-03-05")]
    [InlineData(PlHead + "\n\nOpublikowano: 05.03.2024, 14:20\n\n" + PlBody, "2024-03-05")]
    [InlineData(PlHead + "\n\n5 marca 2024, 14:20\n\n" + PlBody, "2024-03-05")]
    [InlineData(PlHead + "\n\nAktualizacja: 05.03.2024 14:20\n\n" + PlBody, "2024-03-05")]
    [InlineData(PlHead + "\n\nwtorek, 5 marca 2024 14:20\n\n" + PlBody, "2024-03-05")]
    [InlineData(PlHead + "\n\nData publikacji: 5 marca 2024\n\n" + PlBody, "2024-03-05")]
    [InlineData(PlHead + "\n\n05.03.2024 14:20\n\n" + PlBody, "2024-03-05")]
    [InlineData(PlHead + "\n\nData dodania: 05.03.2024\n\n" + PlBody, "2024-03-05")]
    [InlineData(PlHead + "\n\nOpublikowano 5 marca 2024 14:20\n\n" + PlBody, "2024-03-05")]
    [InlineData(UkHead + "\n\nОпубліковано 05.03.2024, 14:20\n\n" + UkBody, "2024-03-05")]
    [InlineData(UkHead + "\n\n5 березня 2024, 14:20\n\n" + UkBody, "2024-03-05")]
    [InlineData(UkHead + "\n\n05 березня 2024, 14:20\n\n" + UkBody, "2024-03-05")]
    [InlineData(UkHead + "\n\nОновлено: 05.03.2024 14:20\n\n" + UkBody, "2024-03-05")]
    [InlineData(UkHead + "\n\n5 березня 2024 р.\n\n" + UkBody, "2024-03-05")]
    [InlineData(UkHead + "\n\nДата публікації: 05.03.2024\n\n" + UkBody, "2024-03-05")]
    [InlineData(UkHead + "\n\n5 березня 2024 14:20\n\n" + UkBody, "2024-03-05")]
    [InlineData(UkHead + "\n\n05.03.2024 | 14:20\n\n" + UkBody, "2024-03-05")]
    [InlineData(KoHead + "\n\n2024년 3월 5일 오후 2:30\n\n" + KoBody, "2024-03-05")]
    [InlineData(KoHead + "\n\n입력 2024.03.05 14:30\n\n" + KoBody, "2024-03-05")]
    [InlineData(KoHead + "\n\n기사입력 2024-03-05 14:30\n\n" + KoBody, "2024-03-05")]
    [InlineData(KoHead + "\n\n수정 2024.03.05 15:00\n\n" + KoBody, "2024-03-05")]
    [InlineData(KoHead + "\n\n2024.03.05 14:30\n\n" + KoBody, "2024-03-05")]
    [InlineData(KoHead + "\n\n등록 2024-03-05 14:30\n\n" + KoBody, "2024-03-05")]
    [InlineData(KoHead + "\n\n승인 2024.03.05 14:30\n\n" + KoBody, "2024-03-05")]
    [InlineData(KoHead + "\n\n입력 : 2024-03-05 14:30:00\n\n" + KoBody, "2024-03-05")]
    [InlineData(ZhHead + "\n\n2024年3月5日 14:30\n\n" + ZhBody, "2024-03-05")]
    [InlineData(ZhHead + "\n\n发布时间：2024-03-05 14:30\n\n" + ZhBody, "2024-03-05")]
    [InlineData(ZhHead + "\n\n2024年03月05日 14:30 来源：人民网\n\n" + ZhBody, "2024-03-05")]
    [InlineData(ZhHead + "\n\n2024-03-05 14:30\n\n" + ZhBody, "2024-03-05")]
    [InlineData(ZhHead + "\n\n发布时间：2024年3月5日\n\n" + ZhBody, "2024-03-05")]
    [InlineData(ZhHead + "\n\n2024/03/05 14:30\n\n" + ZhBody, "2024-03-05")]
    [InlineData(ZhHead + "\n\n发表于 2024-03-05\n\n" + ZhBody, "2024-03-05")]
    [InlineData(ZhHead + "\n\n" + ZhBody + "\n\n更新时间：2024-03-06 09:00\n", "2024-03-06")]
    public void ADateStamp_IsThePublicationDate(string text, string date) =>
        Parse(text).Should().Match<ParsedArticle>(a => a.Published == LocalDatePattern.Iso.Parse(date).Value && a.PublishedSource == ReferenceDateSource.Stamp);

    /// <summary>A full date in a paragraph of the story is the story's, not the page's stamp.</summary>
    [Theory]
    [InlineData(DeHead + "\n\n" + DeBody + "\n\nAm 5. März 2024 trafen sich die Delegationen beider Länder in Moskau zu Gesprächen über einen Friedensvertrag, die ohne Ergebnis endeten.\n")]
    [InlineData(ItHead + "\n\n" + ItBody + "\n\nIl 5 marzo 2024 le delegazioni dei due paesi si sono incontrate a Mosca per discutere del trattato di pace, senza alcun risultato concreto.\n")]
    [InlineData(PtHead + "\n\n" + PtBody + "\n\nEm 5 de março de 2024, as delegações dos dois países reuniram-se em Moscou para discutir o tratado de paz, sem qualquer resultado concreto.\n")]
    [InlineData(ViHead + "\n\n" + ViBody + "\n\nNgày 5 tháng 3 năm 2024, phái đoàn hai nước đã gặp nhau tại Moskva để thảo luận về hiệp ước hòa bình nhưng không đạt được kết quả nào.\n")]
    [InlineData(ArHead + "\n\n" + ArBody + "\n\nوفي 5 مارس 2024 التقى وفدا البلدين في موسكو لبحث معاهدة السلام، من دون التوصل إلى أي نتيجة ملموسة.\n")]
    [InlineData(EsHead + "\n\n" + EsBody + "\n\nEl 5 de marzo de 2024 las delegaciones de ambos países se reunieron en Moscú para hablar del tratado de paz, sin ningún resultado concreto.\n")]
    [InlineData(FrHead + "\n\n" + FrBody + "\n\nLe 5 mars 2024, les délégations des deux pays se sont rencontrées à Moscou pour discuter du traité de paix, sans résultat concret.\n")]
    [InlineData(PlHead + "\n\n" + PlBody + "\n\n5 marca 2024 roku delegacje obu krajów spotkały się w Moskwie, aby rozmawiać o traktacie pokojowym, jednak bez konkretnego rezultatu.\n")]
    [InlineData(UkHead + "\n\n" + UkBody + "\n\n5 березня 2024 року делегації двох країн зустрілися в Москві, щоб обговорити мирний договір, проте жодного результату не досягли.\n")]
    [InlineData(KoHead + "\n\n" + KoBody + "\n\n2024년 3월 5일 양국 대표단은 모스크바에서 만나 평화조약 문제를 논의했지만 구체적인 성과는 없었다.\n")]
    [InlineData(ZhHead + "\n\n" + ZhBody + "\n\n2024年3月5日，两国代表团在莫斯科就和平条约问题举行会谈，但没有取得任何具体成果。\n")]
    public void ADateInTheStory_IsNoStamp(string text) =>
        Parse(text).PublishedSource.Should().NotBe(ReferenceDateSource.Stamp);

    /// <summary>A story about the islands' status is on-topic, also when it speaks of fishermen or drills.</summary>
    [Theory]
    [InlineData(DeHead + "\n\n" + DeBody)]
    [InlineData(ItHead + "\n\n" + ItBody)]
    [InlineData(PtHead + "\n\n" + PtBody)]
    [InlineData(ViHead + "\n\n" + ViBody)]
    [InlineData(ArHead + "\n\n" + ArBody)]
    [InlineData(EsHead + "\n\n" + EsBody)]
    [InlineData(FrHead + "\n\n" + FrBody)]
    [InlineData(PlHead + "\n\n" + PlBody)]
    [InlineData(UkHead + "\n\n" + UkBody)]
    [InlineData(KoHead + "\n\n" + KoBody)]
    [InlineData(ZhHead + "\n\n" + ZhBody)]
    [InlineData("Japan protestiert gegen Manöver auf den Kurilen\n\nJapan hat am Dienstag gegen russische Militärübungen auf der Insel Iturup protestiert. Tokio betrachtet die südlichen Kurilen als sein Staatsgebiet und fordert ihre Rückgabe.\n\nAuch die Fischer in Nemuro sind von dem Streit betroffen, weil sie nicht mehr in den Gewässern um die Inseln fischen dürfen.")]
    [InlineData("Il Giappone protesta per le esercitazioni russe sulle Curili\n\nIl Giappone ha protestato martedì contro le esercitazioni militari russe sull'isola di Iturup. Tokyo considera le Curili meridionali parte del proprio territorio e ne chiede la restituzione.\n\nAnche i pescatori di Nemuro risentono della disputa, perché non possono più pescare nelle acque intorno alle isole.")]
    [InlineData("Japão protesta contra manobras russas nas Curilas\n\nO Japão protestou na terça-feira contra exercícios militares russos na ilha de Iturup. Tóquio considera as Curilas do Sul parte do seu território e exige a sua devolução.\n\nOs pescadores de Nemuro também sofrem com a disputa, porque já não podem pescar nas águas em torno das ilhas.")]
    [InlineData("Nhật Bản phản đối Nga tập trận trên quần đảo Kuril\n\nNhật Bản hôm thứ Ba đã phản đối cuộc tập trận quân sự của Nga trên đảo Iturup. Tokyo coi các đảo phía nam quần đảo Kuril là lãnh thổ của mình và đòi Nga trả lại.\n\nNgư dân Nemuro cũng chịu ảnh hưởng từ tranh chấp vì không còn được đánh bắt cá ở vùng biển quanh các đảo.")]
    [InlineData("اليابان تحتج على مناورات روسية في جزر الكوريل\n\nاحتجت اليابان يوم الثلاثاء على مناورات عسكرية روسية في جزيرة إيتوروب. وتعتبر طوكيو جزر الكوريل الجنوبية جزءا من أراضيها وتطالب بإعادتها.\n\nويتأثر صيادو نيمورو أيضا بالنزاع لأنهم لم يعودوا قادرين على الصيد في المياه المحيطة بالجزر.")]
    [InlineData("Japón protesta por maniobras rusas en las Kuriles\n\nJapón protestó el martes por unas maniobras militares rusas en la isla de Iturup. Tokio considera las Kuriles del Sur parte de su territorio y exige su devolución.\n\nLos pescadores de Nemuro también sufren la disputa, porque ya no pueden faenar en las aguas que rodean las islas.")]
    [InlineData("Le Japon proteste contre des manœuvres russes aux Kouriles\n\nLe Japon a protesté mardi contre des exercices militaires russes sur l'île d'Itouroup. Tokyo considère les Kouriles du Sud comme son territoire et en réclame la restitution.\n\nLes pêcheurs de Nemuro souffrent eux aussi du différend, car ils ne peuvent plus pêcher dans les eaux autour des îles.")]
    [InlineData("Japonia protestuje przeciw manewrom na Kurylach\n\nJaponia zaprotestowała we wtorek przeciwko rosyjskim ćwiczeniom wojskowym na wyspie Iturup. Tokio uważa południowe Kuryle za swoje terytorium i domaga się ich zwrotu.\n\nSpór uderza także w rybaków z Nemuro, którzy nie mogą już łowić na wodach wokół wysp.")]
    [InlineData("Японія протестує проти навчань на Курилах\n\nЯпонія у вівторок заявила протест через російські військові навчання на острові Ітуруп. Токіо вважає південні Курили своєю територією і вимагає їх повернення.\n\nСуперечка б'є і по рибалках з Немуро, які більше не можуть ловити рибу у водах навколо островів.")]
    [InlineData("일본, 쿠릴열도 러시아 군사훈련에 항의\n\n일본은 화요일 이투루프섬에서 실시된 러시아의 군사훈련에 항의했다. 일본은 쿠릴열도 남부 4개 섬을 자국 영토로 보고 반환을 요구하고 있다.\n\n네무로 어민들도 섬 주변 해역에서 조업할 수 없게 돼 영유권 분쟁의 피해를 보고 있다.")]
    [InlineData("日本抗议俄罗斯在千岛群岛举行军演\n\n日本周二就俄罗斯在择捉岛举行军事演习提出抗议。日本视南千岛群岛为其领土并要求归还。\n\n由于无法再在岛屿周边海域捕鱼，根室渔民也受到领土争端的影响。")]
    public void ADisputeStory_IsAboutTheDispute(string text) =>
        Parse(text).AboutDispute.Should().BeTrue();

    /// <summary>An earthquake, a volcano, a fishing or a tourism story on the islands is not about the dispute.</summary>
    [Theory]
    [InlineData("Erdbeben der Stärke 6,1 erschüttert die Kurilen\n\nEin Erdbeben der Magnitude 6,1 hat am Mittwoch die Region um die Insel Iturup erschüttert. Nach Angaben der Behörden gab es keine Verletzten, eine Tsunamiwarnung wurde nach einer Stunde aufgehoben.\n\nDas Epizentrum lag in etwa 40 Kilometern Tiefe vor der Küste. Die Region wird häufig von Erdbeben heimgesucht.")]
    [InlineData("Terremoto di magnitudo 6,1 al largo delle Curili\n\nUn terremoto di magnitudo 6,1 ha colpito mercoledì la zona dell'isola di Iturup. Secondo le autorità non ci sono feriti e l'allerta tsunami è stata revocata dopo un'ora.\n\nL'epicentro si trovava a circa 40 chilometri di profondità al largo della costa. La regione è spesso colpita da terremoti.")]
    [InlineData("Terremoto de magnitude 6,1 atinge as Curilas\n\nUm terremoto de magnitude 6,1 atingiu na quarta-feira a região da ilha de Iturup. Segundo as autoridades, não houve feridos, e o alerta de tsunami foi suspenso uma hora depois.\n\nO epicentro ficou a cerca de 40 quilômetros de profundidade, ao largo da costa. A região é frequentemente atingida por sismos.")]
    [InlineData("Động đất mạnh 6,1 độ ở quần đảo Kuril\n\nMột trận động đất mạnh 6,1 độ đã xảy ra hôm thứ Tư ở khu vực đảo Iturup. Theo nhà chức trách, không có người bị thương và cảnh báo sóng thần đã được dỡ bỏ sau một giờ.\n\nTâm chấn nằm ở độ sâu khoảng 40 km ngoài khơi. Khu vực này thường xuyên xảy ra động đất.")]
    [InlineData("زلزال بقوة 6.1 درجات يضرب جزر الكوريل\n\nضرب زلزال بقوة 6.1 درجات يوم الأربعاء منطقة جزيرة إيتوروب. ولم ترد أنباء عن إصابات، ورفع التحذير من تسونامي بعد ساعة.\n\nووقع مركز الزلزال على عمق نحو 40 كيلومترا قبالة الساحل. وتشهد المنطقة زلازل متكررة.")]
    [InlineData("Un terremoto de magnitud 6,1 sacude las Kuriles\n\nUn terremoto de magnitud 6,1 sacudió el miércoles la zona de la isla de Iturup. Según las autoridades, no hubo heridos y la alerta de tsunami se levantó una hora después.\n\nEl epicentro se situó a unos 40 kilómetros de profundidad frente a la costa. La región sufre terremotos con frecuencia.")]
    [InlineData("Un séisme de magnitude 6,1 secoue les Kouriles\n\nUn séisme de magnitude 6,1 a secoué mercredi la région de l'île d'Itouroup. Selon les autorités, il n'y a pas eu de blessés et l'alerte au tsunami a été levée une heure plus tard.\n\nL'épicentre se trouvait à environ 40 kilomètres de profondeur au large des côtes. La région est régulièrement frappée par des séismes.")]
    [InlineData("Trzęsienie ziemi o magnitudzie 6,1 u wybrzeży Kuryli\n\nTrzęsienie ziemi o magnitudzie 6,1 nawiedziło w środę okolice wyspy Iturup. Według władz nikt nie został ranny, a ostrzeżenie przed tsunami odwołano po godzinie.\n\nEpicentrum znajdowało się na głębokości około 40 kilometrów u wybrzeży. Region często nawiedzają trzęsienia ziemi.")]
    [InlineData("Землетрус магнітудою 6,1 стався біля Курил\n\nЗемлетрус магнітудою 6,1 стався в середу в районі острова Ітуруп. Постраждалих немає, а попередження про цунамі скасували через годину.\n\nЕпіцентр був на глибині близько 40 кілометрів біля узбережжя. Землетруси в регіоні трапляються часто.")]
    [InlineData("쿠릴열도 인근서 규모 6.1 지진\n\n수요일 쿠릴열도 이투루프섬 인근 해역에서 규모 6.1의 지진이 발생했다. 부상자는 없었으며 쓰나미 경보는 한 시간 뒤 해제됐다.\n\n진원의 깊이는 약 40킬로미터였다. 이 지역에서는 지진이 자주 발생한다.")]
    [InlineData("千岛群岛附近发生6.1级地震\n\n周三，千岛群岛择捉岛附近海域发生6.1级地震。地震未造成人员伤亡，海啸预警在一小时后解除。\n\n震源深度约40公里。该地区地震频发。")]
    [InlineData("Kurilen locken immer mehr Touristen an\n\nImmer mehr russische Touristen reisen auf die Insel Kunaschir, um Vulkane und heiße Quellen zu sehen. Die Zahl der Besucher hat sich in drei Jahren verdoppelt, berichten örtliche Reiseveranstalter.\n\nNeue Wanderwege und ein kleines Hotel sollen im Sommer eröffnet werden.")]
    [InlineData("Sempre più turisti alle Curili\n\nSempre più turisti russi visitano l'isola di Kunashir per ammirare vulcani e sorgenti termali. Il numero dei visitatori è raddoppiato in tre anni, secondo gli operatori turistici locali.\n\nNuovi sentieri e un piccolo albergo apriranno in estate.")]
    [InlineData("Curilas atraem cada vez mais turistas\n\nCada vez mais turistas russos visitam a ilha de Kunashir para ver vulcões e fontes termais. O número de visitantes duplicou em três anos, segundo operadoras de turismo locais.\n\nNovas trilhas e um pequeno hotel devem abrir no verão.")]
    [InlineData("Quần đảo Kuril thu hút ngày càng nhiều khách du lịch\n\nNgày càng nhiều du khách Nga đến đảo Kunashir để ngắm núi lửa và suối nước nóng. Số lượng du khách đã tăng gấp đôi trong ba năm, theo các công ty du lịch địa phương.\n\nNhững tuyến đường đi bộ mới và một khách sạn nhỏ sẽ mở cửa vào mùa hè.")]
    [InlineData("جزر الكوريل تجذب المزيد من السياح\n\nيزور عدد متزايد من السياح الروس جزيرة كوناشير لمشاهدة البراكين والينابيع الحارة. وتضاعف عدد الزوار خلال ثلاث سنوات بحسب شركات السياحة المحلية.\n\nومن المقرر افتتاح مسارات جديدة للمشي وفندق صغير في الصيف.")]
    [InlineData("Las Kuriles atraen cada vez más turistas\n\nCada vez más turistas rusos visitan la isla de Kunashir para ver volcanes y aguas termales. El número de visitantes se ha duplicado en tres años, según los operadores turísticos locales.\n\nNuevos senderos y un pequeño hotel abrirán en verano.")]
    [InlineData("Les Kouriles attirent de plus en plus de touristes\n\nDe plus en plus de touristes russes visitent l'île de Kounachir pour voir ses volcans et ses sources chaudes. Le nombre de visiteurs a doublé en trois ans, selon les voyagistes locaux.\n\nDe nouveaux sentiers et un petit hôtel doivent ouvrir cet été.")]
    [InlineData("Kuryle przyciągają coraz więcej turystów\n\nCoraz więcej rosyjskich turystów odwiedza wyspę Kunaszyr, by zobaczyć wulkany i gorące źródła. Liczba odwiedzających podwoiła się w ciągu trzech lat, podają miejscowe biura podróży.\n\nLatem mają zostać otwarte nowe szlaki i mały hotel.")]
    [InlineData("Курили приваблюють дедалі більше туристів\n\nДедалі більше російських туристів відвідують острів Кунашир, щоб побачити вулкани й гарячі джерела. Кількість відвідувачів за три роки подвоїлася, повідомляють місцеві туроператори.\n\nВлітку мають відкрити нові стежки й невеликий готель.")]
    [InlineData("쿠릴열도, 관광객 점점 늘어\n\n화산과 온천을 보려고 쿠나시르섬을 찾는 러시아 관광객이 늘고 있다. 현지 여행사들에 따르면 방문객 수는 3년 만에 두 배로 늘었다.\n\n여름에는 새 산책로와 작은 호텔이 문을 열 예정이다.")]
    [InlineData("千岛群岛吸引越来越多游客\n\n越来越多的俄罗斯游客前往国后岛观赏火山和温泉。据当地旅行社介绍，游客人数三年内翻了一番。\n\n新的徒步路线和一家小旅馆将于夏季开放。")]
    [InlineData("Vulkan auf Iturup spuckt Asche\n\nDer Vulkan Ebeko auf der Kurileninsel Paramuschir und ein Vulkan auf Iturup haben am Montag Asche ausgestoßen. Die Aschewolke stieg bis zu drei Kilometer hoch, teilten die Vulkanologen mit.\n\nFür Flugzeuge gilt die Warnstufe Orange.")]
    [InlineData("Vulcano in eruzione sulle Curili\n\nUn vulcano dell'isola di Iturup ha emesso lunedì una colonna di cenere alta tre chilometri, secondo i vulcanologi. L'allerta per l'aviazione è stata alzata al livello arancione.\n\nNon ci sono centri abitati nelle vicinanze.")]
    [InlineData("Vulcão entra em erupção nas Curilas\n\nUm vulcão da ilha de Iturup lançou na segunda-feira uma coluna de cinzas de três quilômetros de altura, segundo vulcanólogos. O alerta para a aviação subiu para laranja.\n\nNão há povoações nas proximidades.")]
    [InlineData("Núi lửa trên đảo Iturup phun tro bụi\n\nMột núi lửa trên đảo Iturup thuộc quần đảo Kuril đã phun cột tro bụi cao ba km hôm thứ Hai, theo các nhà núi lửa học. Cảnh báo hàng không được nâng lên mức cam.\n\nKhông có khu dân cư nào ở gần đó.")]
    [InlineData("ثوران بركان في جزيرة إيتوروب\n\nقذف بركان في جزيرة إيتوروب من جزر الكوريل يوم الاثنين عمودا من الرماد بارتفاع ثلاثة كيلومترات، بحسب علماء البراكين. ورفعت درجة التحذير للطيران إلى البرتقالي.\n\nولا توجد مناطق مأهولة قريبة.")]
    [InlineData("Un volcán entra en erupción en las Kuriles\n\nUn volcán de la isla de Iturup expulsó el lunes una columna de ceniza de tres kilómetros de altura, según los vulcanólogos. La alerta para la aviación subió a naranja.\n\nNo hay poblaciones cercanas.")]
    [InlineData("Un volcan en éruption aux Kouriles\n\nUn volcan de l'île d'Itouroup a projeté lundi une colonne de cendres de trois kilomètres de haut, selon les volcanologues. L'alerte pour l'aviation est passée à l'orange.\n\nAucune localité ne se trouve à proximité.")]
    [InlineData("Erupcja wulkanu na Kurylach\n\nWulkan na wyspie Iturup wyrzucił w poniedziałek kolumnę popiołu na wysokość trzech kilometrów, podali wulkanolodzy. Ostrzeżenie dla lotnictwa podniesiono do poziomu pomarańczowego.\n\nW pobliżu nie ma osiedli.")]
    [InlineData("На Курилах прокинувся вулкан\n\nВулкан на острові Ітуруп у понеділок викинув стовп попелу заввишки три кілометри, повідомили вулканологи. Рівень небезпеки для авіації підвищили до помаранчевого.\n\nПоблизу немає населених пунктів.")]
    [InlineData("쿠릴열도 화산 분화\n\n쿠릴열도 이투루프섬의 화산이 월요일 높이 3킬로미터의 화산재를 뿜어냈다고 화산학자들이 밝혔다. 항공 경보는 주황색으로 상향됐다.\n\n인근에는 주거 지역이 없다.")]
    [InlineData("千岛群岛火山喷发\n\n据火山学家介绍，千岛群岛择捉岛上的一座火山周一喷出高达三公里的火山灰柱。航空警报已提升至橙色。\n\n附近没有居民点。")]
    [InlineData("Rekordfang vor den Kurilen\n\nFischer aus Hokkaido haben vor der Insel Kunaschir in diesem Jahr so viel Lachs gefangen wie seit zehn Jahren nicht. Die Preise auf dem Markt in Nemuro fielen deutlich.\n\nDie Saison endet im Oktober.")]
    [InlineData("Pesca record al largo delle Curili\n\nI pescatori di Hokkaido hanno catturato quest'anno al largo dell'isola di Kunashir la maggiore quantità di salmone degli ultimi dieci anni. I prezzi al mercato di Nemuro sono calati.\n\nLa stagione si chiude a ottobre.")]
    [InlineData("Pesca recorde ao largo das Curilas\n\nPescadores de Hokkaido capturaram este ano perto da ilha de Kunashir a maior quantidade de salmão dos últimos dez anos. Os preços no mercado de Nemuro caíram.\n\nA temporada termina em outubro.")]
    [InlineData("Mùa cá hồi bội thu gần quần đảo Kuril\n\nNgư dân Hokkaido năm nay đánh bắt được lượng cá hồi lớn nhất trong mười năm ở vùng biển gần đảo Kunashir. Giá cá tại chợ Nemuro giảm mạnh.\n\nMùa đánh bắt kết thúc vào tháng Mười.")]
    [InlineData("صيد قياسي قرب جزر الكوريل\n\nاصطاد صيادو هوكايدو هذا العام قرب جزيرة كوناشير أكبر كمية من سمك السلمون منذ عشر سنوات. وتراجعت الأسعار في سوق نيمورو.\n\nوينتهي الموسم في أكتوبر.")]
    [InlineData("Pesca récord frente a las Kuriles\n\nLos pescadores de Hokkaido capturaron este año frente a la isla de Kunashir la mayor cantidad de salmón en diez años. Los precios en el mercado de Nemuro cayeron.\n\nLa temporada termina en octubre.")]
    [InlineData("Pêche record au large des Kouriles\n\nLes pêcheurs de Hokkaido ont pris cette année au large de l'île de Kounachir la plus grande quantité de saumon depuis dix ans. Les prix ont baissé au marché de Nemuro.\n\nLa saison se termine en octobre.")]
    [InlineData("Rekordowe połowy u wybrzeży Kuryli\n\nRybacy z Hokkaido złowili w tym roku u wybrzeży wyspy Kunaszyr najwięcej łososia od dziesięciu lat. Ceny na targu w Nemuro spadły.\n\nSezon kończy się w październiku.")]
    [InlineData("Рекордний вилов біля Курил\n\nРибалки з Хоккайдо цього року виловили біля острова Кунашир найбільше лосося за десять років. Ціни на ринку в Немуро впали.\n\nСезон закінчується в жовтні.")]
    [InlineData("쿠릴열도 인근 연어 풍어\n\n홋카이도 어민들이 올해 쿠나시르섬 인근 해역에서 10년 만에 가장 많은 연어를 잡았다. 네무로 시장의 연어 가격은 크게 떨어졌다.\n\n어기는 10월에 끝난다.")]
    [InlineData("千岛群岛附近鲑鱼丰收\n\n北海道渔民今年在国后岛附近海域捕获的鲑鱼数量创十年来新高。根室市场的鲑鱼价格大幅下跌。\n\n捕捞季将于十月结束。")]
    public void AnEarthquakeOrTourismStoryNearTheIslands_IsOffTopic(string text) =>
        Parse(text).AboutDispute.Should().BeFalse();
}
