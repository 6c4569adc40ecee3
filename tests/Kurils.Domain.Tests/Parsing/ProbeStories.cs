namespace Kurils.Domain.Tests.Parsing;

/// <summary>
/// The short stories about the dispute that the page-fact and speaker probes add their lines to: one headline and
/// body per language beyond English, Russian and Japanese, written for the tests.
/// </summary>
internal static class ProbeStories
{
    // German.
    public const string DeHead = "Japan und Russland streiten weiter um die Kurilen";
    public const string DeBody = "Die Regierung in Tokio hat am Dienstag erneut die Rückgabe der südlichen Kurilen gefordert. Japan bezeichnet die vier Inseln als seine Nordterritorien, Russland verwaltet sie seit 1945.\n\nEin Friedensvertrag zwischen beiden Ländern wurde nie unterzeichnet. Die Gespräche darüber liegen seit dem Beginn des Krieges in der Ukraine auf Eis.";

    // Italian.
    public const string ItHead = "Giappone e Russia, nessun passo avanti sulle Curili";
    public const string ItBody = "Il governo di Tokyo ha chiesto martedì la restituzione delle isole Curili meridionali. Il Giappone chiama le quattro isole Territori del Nord, mentre la Russia le amministra dal 1945.\n\nI due paesi non hanno mai firmato un trattato di pace. I negoziati sono fermi dall'inizio della guerra in Ucraina.";

    // Portuguese.
    public const string PtHead = "Japão e Rússia sem avanços sobre as Curilas";
    public const string PtBody = "O governo de Tóquio voltou a pedir na terça-feira a devolução das ilhas Curilas do Sul. O Japão chama as quatro ilhas de Territórios do Norte, enquanto a Rússia as administra desde 1945.\n\nOs dois países nunca assinaram um tratado de paz. As negociações estão paradas desde o início da guerra na Ucrânia.";

    // Vietnamese.
    public const string ViHead = "Nhật Bản và Nga vẫn bế tắc về quần đảo Kuril";
    public const string ViBody = "Chính phủ Nhật Bản hôm thứ Ba một lần nữa yêu cầu Nga trả lại bốn hòn đảo ở phía nam quần đảo Kuril. Tokyo gọi các đảo này là Vùng lãnh thổ phương Bắc, còn Nga quản lý chúng từ năm 1945.\n\nHai nước đến nay vẫn chưa ký hiệp ước hòa bình. Các cuộc đàm phán bị đình trệ kể từ khi xung đột ở Ukraine bùng nổ.";

    // Arabic.
    public const string ArHead = "اليابان وروسيا: لا تقدم في نزاع جزر الكوريل";
    public const string ArBody = "جددت الحكومة اليابانية يوم الثلاثاء مطالبتها بإعادة جزر الكوريل الجنوبية. وتطلق اليابان على الجزر الأربع اسم الأقاليم الشمالية، بينما تديرها روسيا منذ عام 1945.\n\nولم يوقع البلدان حتى الآن معاهدة سلام. وتوقفت المفاوضات منذ بداية الحرب في أوكرانيا.";

    // Spanish.
    public const string EsHead = "Japón y Rusia siguen enfrentados por las Kuriles";
    public const string EsBody = "El Gobierno de Tokio volvió a reclamar el martes la devolución de las islas Kuriles del Sur. Japón llama a las cuatro islas Territorios del Norte, mientras que Rusia las administra desde 1945.\n\nLos dos países nunca han firmado un tratado de paz. Las negociaciones están congeladas desde el inicio de la guerra en Ucrania.";

    // French.
    public const string FrHead = "Kouriles : Tokyo et Moscou toujours dans l'impasse";
    public const string FrBody = "Le gouvernement japonais a de nouveau réclamé mardi la restitution des îles Kouriles du Sud. Le Japon appelle les quatre îles les Territoires du Nord, tandis que la Russie les administre depuis 1945.\n\nLes deux pays n'ont jamais signé de traité de paix. Les négociations sont gelées depuis le début de la guerre en Ukraine.";

    // Polish.
    public const string PlHead = "Japonia i Rosja wciąż spierają się o Kuryle";
    public const string PlBody = "Rząd w Tokio ponownie zażądał we wtorek zwrotu południowych Wysp Kurylskich. Japonia nazywa cztery wyspy Terytoriami Północnymi, a Rosja administruje nimi od 1945 roku.\n\nOba kraje nigdy nie podpisały traktatu pokojowego. Rozmowy są zamrożone od początku wojny w Ukrainie.";

    // Ukrainian.
    public const string UkHead = "Японія та Росія досі сперечаються за Курили";
    public const string UkBody = "Уряд Японії у вівторок знову вимагав повернення південних Курильських островів. Японія називає чотири острови Північними територіями, а Росія контролює їх з 1945 року.\n\nДві країни так і не підписали мирного договору. Переговори заморожені від початку повномасштабної війни в Україні.";

    // Korean.
    public const string KoHead = "일본·러시아, 쿠릴 4개 섬 문제 여전히 평행선";
    public const string KoBody = "일본 정부는 화요일 러시아에 쿠릴열도 남부 4개 섬의 반환을 다시 요구했다. 일본은 이 섬들을 북방영토라고 부르며, 러시아는 1945년부터 이 섬들을 실효 지배하고 있다.\n\n양국은 아직 평화조약을 체결하지 않았다. 우크라이나 전쟁이 시작된 이후 협상은 중단된 상태다.";

    // Chinese.
    public const string ZhHead = "日俄南千岛群岛争端仍无进展";
    public const string ZhBody = "日本政府周二再次要求俄罗斯归还南千岛群岛四岛。日本称这些岛屿为北方领土，而俄罗斯自1945年起实际控制这些岛屿。\n\n两国至今没有签署和平条约。自乌克兰战争爆发以来，双方谈判一直处于停滞状态。";
}
