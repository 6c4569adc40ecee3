using FluentAssertions;
using Kurils.Domain.Parsing;
using Xunit;
using static Kurils.Domain.Tests.Parsing.ProbeStories;

namespace Kurils.Domain.Tests.Parsing.Statements;

/// <summary>
/// Probes of who said it in the languages beyond English, Russian and Japanese: an institution as the speaker, a
/// speaker the catalog lacks by name with its span, a role noun or pronoun standing for the person named before,
/// and scare quotes that are no statement. One short story per language, written for the test; the statement is
/// found by a word of it.
/// </summary>
public sealed class SpeakerProbeTests
{
    private static ArticleStatement[] StatementsWith(ParsedArticle article, string word) =>
        [.. article.Statements.Where(s => article.TextOf(s.Span).Contains(word, StringComparison.Ordinal))];

    private static ParsedArticle Parse(string text) => ArticleParser.Default.Parse(text);

    private static readonly char[] QuoteMarks = [' ', '"', '\'', '«', '»', '“', '”', '„', '‘', '’'];

    /// <summary>A ministry, the Kremlin as the subject of a speech verb.</summary>
    [Theory]
    [InlineData(ItHead + "\n\n" + ItBody + "\n\nIl ministero degli Esteri russo ha dichiarato martedì che le isole sono parte integrante della Russia.\n", "parte integrante", "foreign-ministry-russia")]
    [InlineData(PtHead + "\n\n" + PtBody + "\n\nO Ministério das Relações Exteriores do Japão afirmou na terça-feira que as ilhas pertencem historicamente ao Japão.\n", "pertencem", "foreign-ministry-japan")]
    [InlineData(ViHead + "\n\n" + ViBody + "\n\nBộ Ngoại giao Nhật Bản cho biết các hòn đảo này thuộc chủ quyền của Nhật Bản.\n", "chủ quyền", "foreign-ministry-japan")]
    [InlineData(ArHead + "\n\n" + ArBody + "\n\nوقالت وزارة الخارجية الروسية إن الجزر جزء لا يتجزأ من الأراضي الروسية.\n", "جزء لا يتجزأ", "foreign-ministry-russia")]
    [InlineData(EsHead + "\n\n" + EsBody + "\n\nEl Kremlin afirmó el martes que la soberanía rusa sobre las islas no se discute.\n", "soberanía", "kremlin")]
    [InlineData(FrHead + "\n\n" + FrBody + "\n\nLe ministère japonais des Affaires étrangères a déclaré mardi que les îles appartiennent historiquement au Japon.\n", "appartiennent", "foreign-ministry-japan")]
    [InlineData(PlHead + "\n\n" + PlBody + "\n\nRosyjskie MSZ oświadczyło we wtorek, że wyspy są integralną częścią Rosji.\n", "integralną", "foreign-ministry-russia")]
    [InlineData(KoHead + "\n\n" + KoBody + "\n\n일본 외무성은 화요일 이 섬들이 역사적으로 일본 영토라고 밝혔다.\n", "역사적으로", "foreign-ministry-japan")]
    [InlineData(ItHead + "\n\n" + ItBody + "\n\nIl Cremlino ha affermato mercoledì che la sovranità russa sulle isole non è in discussione.\n", "sovranità", "kremlin")]
    [InlineData(PtHead + "\n\n" + PtBody + "\n\nO Kremlin afirmou na quarta-feira que a soberania russa sobre as ilhas não está em discussão.\n", "soberania", "kremlin")]
    [InlineData(ViHead + "\n\n" + ViBody + "\n\nĐiện Kremlin tuyên bố chủ quyền của Nga đối với các đảo không phải là vấn đề để thảo luận.\n", "vấn đề", "kremlin")]
    [InlineData(ArHead + "\n\n" + ArBody + "\n\nوأكد الكرملين يوم الأربعاء أن السيادة الروسية على الجزر ليست موضع نقاش.\n", "السيادة", "kremlin")]
    [InlineData(EsHead + "\n\n" + EsBody + "\n\nEl Ministerio de Asuntos Exteriores de Japón declaró que las islas pertenecen históricamente a Japón.\n", "pertenecen", "foreign-ministry-japan")]
    [InlineData(FrHead + "\n\n" + FrBody + "\n\nLe Kremlin a affirmé mercredi que la souveraineté russe sur les îles n'était pas négociable.\n", "souveraineté", "kremlin")]
    [InlineData(PlHead + "\n\n" + PlBody + "\n\nKreml oświadczył w środę, że suwerenność Rosji nad wyspami nie podlega dyskusji.\n", "suwerenność", "kremlin")]
    [InlineData(KoHead + "\n\n" + KoBody + "\n\n크렘린궁은 수요일 러시아의 주권은 논의 대상이 아니라고 밝혔다.\n", "주권", "kremlin")]
    [InlineData(PlHead + "\n\n" + PlBody + "\n\nMSZ Rosji poinformowało w czwartek, że wyspy należą do Rosji na mocy wyników drugiej wojny światowej.\n", "należą", "foreign-ministry-russia")]
    [InlineData(UkHead + "\n\n" + UkBody + "\n\nМЗС Росії заявило, що острови належать Росії за підсумками Другої світової війни.\n", "належать", "foreign-ministry-russia")]
    public void AnInstitution_IsTheSpeaker(string text, string word, string institution) =>
        StatementsWith(Parse(text), word).Should().NotBeEmpty().And.OnlyContain(s => s.SpeakerId == institution);

    /// <summary>The ministries, parliaments and governments by the names the press of each language gives them.</summary>
    [Theory]
    [InlineData("Das russische Außenministerium teilte mit, dass die Inseln russisch bleiben.", "foreign-ministry-russia")]
    [InlineData("Das Moskauer Außenministerium erklärte, dass die Inseln russisch bleiben.", "foreign-ministry-russia")]
    [InlineData("Die japanische Regierung erklärte, dass sie an ihrer Forderung festhält.", "government-japan")]
    [InlineData("Die Staatsduma erklärte, dass die Verfassung keine Abtretung erlaube.", "state-duma")]
    [InlineData("Die Regierung des Gebiets Sachalin erklärte, dass neue Häfen gebaut würden.", "sakhalin-oblast-government")]
    [InlineData("Il governo giapponese ha dichiarato che non rinuncerà alle isole.", "government-japan")]
    [InlineData("Il ministero degli Esteri giapponese ha dichiarato che le isole sono giapponesi.", "foreign-ministry-japan")]
    [InlineData("La Farnesina non c'entra: il ministero della Difesa russo ha annunciato esercitazioni.", "defense-ministry-russia")]
    [InlineData("La Duma di Stato ha approvato una legge sulle isole.", "state-duma")]
    [InlineData("O governo japonês afirmou que não renunciará às ilhas.", "government-japan")]
    [InlineData("O Ministério da Defesa da Rússia anunciou exercícios nas ilhas.", "defense-ministry-russia")]
    [InlineData("O Itamaraty não comentou, mas a chancelaria japonesa afirmou que as ilhas são japonesas.", "foreign-ministry-japan")]
    [InlineData("A Duma Estatal aprovou uma lei sobre as ilhas.", "state-duma")]
    [InlineData("Chính phủ Nhật Bản khẳng định sẽ không từ bỏ các đảo.", "government-japan")]
    [InlineData("Bộ Quốc phòng Nga thông báo tập trận trên các đảo.", "defense-ministry-russia")]
    [InlineData("Bộ Ngoại giao Nga tuyên bố các đảo thuộc về Nga.", "foreign-ministry-russia")]
    [InlineData("Duma Quốc gia Nga đã thông qua luật về các đảo.", "state-duma")]
    [InlineData("وقالت الحكومة اليابانية إنها لن تتخلى عن الجزر.", "government-japan")]
    [InlineData("وأعلنت وزارة الدفاع الروسية عن مناورات في الجزر.", "defense-ministry-russia")]
    [InlineData("وقالت الخارجية اليابانية إن الجزر يابانية.", "foreign-ministry-japan")]
    [InlineData("وأقر مجلس الدوما قانونا بشأن الجزر.", "state-duma")]
    [InlineData("El Gobierno japonés afirmó que no renunciará a las islas.", "government-japan")]
    [InlineData("El Ministerio de Defensa ruso anunció maniobras en las islas.", "defense-ministry-russia")]
    [InlineData("La Cancillería rusa afirmó que las islas son rusas.", "foreign-ministry-russia")]
    [InlineData("La Duma Estatal aprobó una ley sobre las islas.", "state-duma")]
    [InlineData("Le gouvernement japonais a affirmé qu'il ne renoncerait pas aux îles.", "government-japan")]
    [InlineData("Le ministère russe de la Défense a annoncé des manœuvres sur les îles.", "defense-ministry-russia")]
    [InlineData("La Douma a adopté une loi sur les îles.", "state-duma")]
    [InlineData("Rząd Japonii oświadczył, że nie zrezygnuje z wysp.", "government-japan")]
    [InlineData("Rosyjskie Ministerstwo Obrony ogłosiło manewry na wyspach.", "defense-ministry-russia")]
    [InlineData("Japońskie MSZ oświadczyło, że wyspy są japońskie.", "foreign-ministry-japan")]
    [InlineData("Duma Państwowa przyjęła ustawę o wyspach.", "state-duma")]
    [InlineData("Уряд Японії заявив, що не відмовиться від островів.", "government-japan")]
    [InlineData("Міноборони Росії оголосило навчання на островах.", "defense-ministry-russia")]
    [InlineData("Японський МЗС заявив, що острови японські.", "foreign-ministry-japan")]
    [InlineData("Держдума ухвалила закон про острови.", "state-duma")]
    [InlineData("일본 정부는 섬들을 포기하지 않겠다고 밝혔다.", "government-japan")]
    [InlineData("러시아 국방부는 섬에서 군사훈련을 실시한다고 발표했다.", "defense-ministry-russia")]
    [InlineData("러시아 외무부는 섬들이 러시아 영토라고 밝혔다.", "foreign-ministry-russia")]
    [InlineData("러시아 국가두마는 섬에 관한 법안을 통과시켰다.", "state-duma")]
    [InlineData("日本政府表示不会放弃这些岛屿。", "government-japan")]
    [InlineData("俄罗斯国防部宣布在岛上举行军事演习。", "defense-ministry-russia")]
    [InlineData("俄罗斯外交部表示这些岛屿属于俄罗斯。", "foreign-ministry-russia")]
    [InlineData("俄罗斯国家杜马通过了有关岛屿的法律。", "state-duma")]
    [InlineData("日本首相官邸发表声明。", "prime-ministers-office-japan")]
    [InlineData("일본 총리관저는 성명을 발표했다.", "prime-ministers-office-japan")]
    [InlineData("La Dieta japonesa aprobó una resolución sobre las islas.", "national-diet")]
    [InlineData("La Diète japonaise a adopté une résolution sur les îles.", "national-diet")]
    [InlineData("Das japanische Parlament verabschiedete eine Resolution zu den Inseln.", "national-diet")]
    [InlineData("Japoński parlament przyjął rezolucję w sprawie wysp.", "national-diet")]
    [InlineData("Японський парламент ухвалив резолюцію щодо островів.", "national-diet")]
    public void AnInstitutionsName_IsFoundInTheLanguagesForms(string text, string institution) =>
        Parse(text).Mentions.Should().Contain(m => m.Kind == EntityKind.Institution && m.Id == institution);

    /// <summary>A fisherman, an expert named in the text: the name as written, with its span.</summary>
    [Theory]
    [InlineData(DeHead + "\n\n" + DeBody + "\n\nDer Politologe Thomas Berger sagte, dass eine Einigung in weiter Ferne sei.\n", "Einigung", "Thomas Berger")]
    [InlineData(ItHead + "\n\n" + ItBody + "\n\nIl politologo Marco Bianchi ha detto che un accordo resta lontano.\n", "accordo", "Marco Bianchi")]
    [InlineData(PtHead + "\n\n" + PtBody + "\n\nO cientista político João Ferreira disse que um acordo continua distante.\n", "acordo", "João Ferreira")]
    [InlineData(ViHead + "\n\n" + ViBody + "\n\nChuyên gia Nguyễn Văn Hùng cho rằng một thỏa thuận vẫn còn xa vời.\n", "thỏa thuận", "Nguyễn Văn Hùng")]
    [InlineData(EsHead + "\n\n" + EsBody + "\n\nEl politólogo Javier Moreno dijo que un acuerdo sigue lejos.\n", "acuerdo", "Javier Moreno")]
    [InlineData(FrHead + "\n\n" + FrBody + "\n\nLe politologue Pierre Dubois a estimé qu'un accord restait lointain.\n", "accord", "Pierre Dubois")]
    [InlineData(PlHead + "\n\n" + PlBody + "\n\nPolitolog Tomasz Kowalski powiedział, że porozumienie jest odległe.\n", "porozumienie", "Tomasz Kowalski")]
    [InlineData(UkHead + "\n\n" + UkBody + "\n\nПолітолог Андрій Мельник сказав, що домовленість залишається далекою.\n", "домовленість", "Андрій Мельник")]
    public void AnUncataloguedSpeaker_IsNamedWithItsSpan(string text, string word, string name)
    {
        var article = Parse(text);
        StatementsWith(article, word).Should().NotBeEmpty().And.OnlyContain(s => s.SpeakerId == null && s.SpeakerName == name && s.SpeakerNameSpan != null && article.TextOf(s.SpeakerNameSpan.Value) == name);
    }

    /// <summary>The name alone, not the role noun before it nor the affiliation after it: "dijo el pescador Hiroshi Nakamura", "Jan Kowalski z Uniwersytetu Warszawskiego".</summary>
    [Theory]
    [InlineData(EsHead + "\n\n" + EsBody + "\n\n«No venderemos nuestras aguas a nadie», dijo el pescador Hiroshi Nakamura.\n", "aguas", "Hiroshi Nakamura")]
    [InlineData(FrHead + "\n\n" + FrBody + "\n\n« Nous voulons revoir nos îles un jour », a déclaré le maire de Nemuro, Taro Ishigaki.\n", "revoir", "Taro Ishigaki")]
    [InlineData(DeHead + "\n\n" + DeBody + "\n\n„Wir wollen unsere Inseln eines Tages zurück“, sagte der Fischer Hiroshi Nakamura.\n", "zurück", "Hiroshi Nakamura")]
    [InlineData(UkHead + "\n\n" + UkBody + "\n\n«Ми хочемо колись повернутися на острови», — сказав рибалка Хіроші Накамура.\n", "повернутися", "Хіроші Накамура")]
    [InlineData(ItHead + "\n\n" + ItBody + "\n\n«Le trattative sono congelate da anni», ha dichiarato il sindaco di Nemuro, Taro Ishigaki.\n", "congelate", "Taro Ishigaki")]
    [InlineData(PtHead + "\n\n" + PtBody + "\n\n“As negociações estão congeladas há anos”, afirmou o prefeito de Nemuro, Taro Ishigaki.\n", "congeladas", "Taro Ishigaki")]
    [InlineData(PlHead + "\n\n" + PlBody + "\n\nJan Kowalski z Uniwersytetu Warszawskiego powiedział, że porozumienie w sprawie wysp jest odległe.\n", "porozumienie", "Jan Kowalski")]
    [InlineData(ViHead + "\n\n" + ViBody + "\n\nNguyễn Văn An thuộc Đại học Quốc gia Hà Nội cho rằng một thỏa thuận về quần đảo vẫn còn xa.\n", "thỏa thuận", "Nguyễn Văn An")]
    [InlineData(FrHead + "\n\n" + FrBody + "\n\nPierre Dupont, de l'université de Lyon, a estimé qu'un accord sur les îles restait lointain.\n", "accord sur", "Pierre Dupont")]
    [InlineData(EsHead + "\n\n" + EsBody + "\n\nPedro de la Fuente dijo que un acuerdo sobre las islas sigue lejos.\n", "acuerdo sobre", "Pedro de la Fuente")]
    [InlineData(EsHead + "\n\n" + EsBody + "\n\nSegún el experto Javier Moreno, un acuerdo sobre las islas sigue lejos.\n", "acuerdo sobre", "Javier Moreno")]
    [InlineData(ViHead + "\n\n" + ViBody + "\n\nÔng Nguyễn Văn An, chuyên gia tại Đại học Quốc gia Hà Nội, cho rằng một thỏa thuận vẫn còn xa.\n", "thỏa thuận", "Nguyễn Văn An")]
    public void AnUncataloguedSpeaker_IsNamedWithoutItsRoleOrAffiliation(string text, string word, string name)
    {
        var article = Parse(text);
        StatementsWith(article, word).Should().NotBeEmpty().And.OnlyContain(s => s.SpeakerId == null && s.SpeakerName == name && article.TextOf(s.SpeakerNameSpan!.Value) == name);
    }

    /// <summary>"وقال الوزير إنه …", "وقالت إن …", "Bộ trưởng nói rằng …", "Powiedziała, że …": a role or a dropped subject that agrees.</summary>
    [Theory]
    [InlineData(ArHead + "\n\n" + ArBody + "\n\nالتقى وزير الخارجية الروسي سيرغي لافروف الصحفيين في موسكو يوم الثلاثاء. وقال الوزير إنه لا توجد شروط لتوقيع معاهدة سلام.\n", "شروط", "lavrov-sergey")]
    [InlineData(ArHead + "\n\n" + ArBody + "\n\nتحدثت المتحدثة باسم الخارجية الروسية ماريا زاخاروفا يوم الأربعاء عن قضية الكوريل. وقالت إن السيادة الروسية على الجزر ليست موضع نقاش.\n", "السيادة", "zakharova-maria")]
    [InlineData(ViHead + "\n\n" + ViBody + "\n\nBộ trưởng Ngoại giao Nga Sergei Lavrov gặp báo giới tại Moskva hôm thứ Ba. Bộ trưởng nói rằng không có điều kiện cho một hiệp ước hòa bình.\n", "điều kiện", "lavrov-sergey")]
    [InlineData(ViHead + "\n\n" + ViBody + "\n\nThủ tướng Nhật Bản Fumio Kishida thăm Nemuro hôm thứ Hai. Thủ tướng khẳng định Nhật Bản sẽ không từ bỏ các đảo.\n", "từ bỏ", "kishida-fumio")]
    [InlineData(PlHead + "\n\n" + PlBody + "\n\nRzeczniczka rosyjskiego MSZ Maria Zacharowa zabrała w środę głos w sprawie Kuryli. Powiedziała, że suwerenność Rosji nad wyspami nie podlega dyskusji.\n", "suwerenność", "zakharova-maria")]
    [InlineData(ItHead + "\n\n" + ItBody + "\n\nIl ministro degli Esteri russo Sergej Lavrov ha incontrato martedì i giornalisti. Ha detto che non ci sono le condizioni per un trattato di pace.\n", "condizioni", "lavrov-sergey")]
    [InlineData(UkHead + "\n\n" + UkBody + "\n\nРечниця МЗС Росії Марія Захарова в середу прокоментувала питання Курил. «Суверенітет Росії над островами не обговорюється», — заявила вона.\n", "Суверенітет", "zakharova-maria")]
    public void ARoleOrADroppedSubject_StandsForWhoAgrees(string text, string word, string person) =>
        StatementsWith(Parse(text), word).Should().NotBeEmpty().And.OnlyContain(s => s.SpeakerId == person);

    /// <summary>"Der Minister sagte", "la ministra dijo", "ông nói", "вона заявила", "그는": the person the sentence before names.</summary>
    [Theory]
    [InlineData(ItHead + "\n\n" + ItBody + "\n\nIl ministro degli Esteri russo Sergej Lavrov ha incontrato martedì i giornalisti a Mosca. Il ministro ha detto che non ci sono le condizioni per un trattato di pace.\n", "condizioni", "lavrov-sergey")]
    [InlineData(PtHead + "\n\n" + PtBody + "\n\nO chanceler russo, Serguei Lavrov, recebeu jornalistas em Moscou na terça-feira. O ministro disse que não há condições para um tratado de paz.\n", "condições", "lavrov-sergey")]
    [InlineData(EsHead + "\n\n" + EsBody + "\n\nLa ministra de Exteriores japonesa, Yoko Kamikawa, visitó el martes la ciudad de Nemuro. La ministra dijo que Japón no renunciará a las islas.\n", "renunciará", "kamikawa-yoko")]
    [InlineData(FrHead + "\n\n" + FrBody + "\n\nLe ministre russe des Affaires étrangères, Sergueï Lavrov, a reçu mardi la presse à Moscou. Le ministre a déclaré qu'il n'y avait pas de conditions pour un traité de paix.\n", "conditions", "lavrov-sergey")]
    [InlineData(PlHead + "\n\n" + PlBody + "\n\nSzef rosyjskiej dyplomacji Siergiej Ławrow spotkał się we wtorek z dziennikarzami w Moskwie. Minister powiedział, że nie ma warunków do zawarcia traktatu pokojowego.\n", "warunków", "lavrov-sergey")]
    [InlineData(UkHead + "\n\n" + UkBody + "\n\nМіністр закордонних справ Росії Сергій Лавров у вівторок зустрівся з журналістами в Москві. Міністр заявив, що умов для мирного договору немає.\n", "умов", "lavrov-sergey")]
    [InlineData(ItHead + "\n\n" + ItBody + "\n\nLa portavoce del ministero degli Esteri russo, Maria Zacharova, è intervenuta mercoledì sulla questione delle Curili. Lei ha affermato che la sovranità russa sulle isole non è in discussione.\n", "sovranità", "zakharova-maria")]
    [InlineData(PtHead + "\n\n" + PtBody + "\n\nA porta-voz da diplomacia russa, Maria Zakharova, comentou na quarta-feira a questão das Curilas. Ela afirmou que a soberania russa sobre as ilhas não está em discussão.\n", "soberania", "zakharova-maria")]
    [InlineData(ViHead + "\n\n" + ViBody + "\n\nNgoại trưởng Nga Sergei Lavrov phát biểu tại Moskva hôm thứ Ba. Ông nói rằng chủ quyền của Nga đối với các đảo là không thể bàn cãi.\n", "chủ quyền", "lavrov-sergey")]
    [InlineData(EsHead + "\n\n" + EsBody + "\n\nEl canciller ruso, Serguéi Lavrov, habló el martes con la prensa en Moscú. Él dijo que no hay condiciones para un tratado de paz.\n", "condiciones", "lavrov-sergey")]
    [InlineData(FrHead + "\n\n" + FrBody + "\n\nLa porte-parole de la diplomatie russe, Maria Zakharova, s'est exprimée mercredi sur les Kouriles. Elle a affirmé que la souveraineté russe sur les îles n'était pas négociable.\n", "souveraineté", "zakharova-maria")]
    [InlineData(PlHead + "\n\n" + PlBody + "\n\nRzeczniczka rosyjskiego MSZ Maria Zacharowa zabrała w środę głos w sprawie Kuryli. Ona stwierdziła, że suwerenność Rosji nad wyspami nie podlega dyskusji.\n", "suwerenność", "zakharova-maria")]
    [InlineData(UkHead + "\n\n" + UkBody + "\n\nРечниця МЗС Росії Марія Захарова в середу прокоментувала питання Курил. Вона заявила, що суверенітет Росії над островами не обговорюється.\n", "суверенітет", "zakharova-maria")]
    public void ARoleNounOrPronoun_StandsForThePersonNamedBefore(string text, string word, string person) =>
        StatementsWith(Parse(text), word).Should().NotBeEmpty().And.OnlyContain(s => s.SpeakerId == person);

    /// <summary>The so-called “Northern Territories” in quotes: a term, not something said.</summary>
    [Theory]
    [InlineData(DeHead + "\n\n" + DeBody + "\n\nTokio spricht von den sogenannten „Nordterritorien“ und fordert ihre Rückgabe.\n", "Nordterritorien")]
    [InlineData(ItHead + "\n\n" + ItBody + "\n\nTokyo parla dei cosiddetti «Territori del Nord» e ne chiede la restituzione.\n", "Territori del Nord")]
    [InlineData(PtHead + "\n\n" + PtBody + "\n\nTóquio fala dos chamados “Territórios do Norte” e pede a sua devolução.\n", "Territórios do Norte")]
    [InlineData(ArHead + "\n\n" + ArBody + "\n\nوتطالب طوكيو بإعادة ما يسمى «الأقاليم الشمالية» إليها.\n", "الأقاليم الشمالية")]
    [InlineData(EsHead + "\n\n" + EsBody + "\n\nTokio habla de los llamados \"Territorios del Norte\" y exige su devolución.\n", "Territorios del Norte")]
    [InlineData(FrHead + "\n\n" + FrBody + "\n\nTokyo parle des soi-disant « Territoires du Nord » et exige leur restitution.\n", "Territoires du Nord")]
    [InlineData(PlHead + "\n\n" + PlBody + "\n\nTokio mówi o tak zwanych „Terytoriach Północnych” i domaga się ich zwrotu.\n", "Terytoriach Północnych")]
    [InlineData(UkHead + "\n\n" + UkBody + "\n\nТокіо говорить про так звані «Північні території» і вимагає їх повернення.\n", "Північні території")]
    [InlineData(KoHead + "\n\n" + KoBody + "\n\n일본은 이른바 '북방영토'의 반환을 요구하고 있다.\n", "북방영토")]
    [InlineData(ZhHead + "\n\n" + ZhBody + "\n\n日本要求俄罗斯归还所谓“北方四岛”。\n", "北方四岛")]
    [InlineData(ViHead + "\n\n" + ViBody + "\n\nTokyo phản đối cái gọi là “hợp tác kinh tế chung” trên các đảo.\n", "hợp tác kinh tế chung")]
    public void AQuotedTerm_IsNoStatement(string text, string term)
    {
        var article = Parse(text);
        article.Statements.Should().NotContain(s => term.Contains(article.TextOf(s.Span).Trim(QuoteMarks), StringComparison.Ordinal));
    }
}
