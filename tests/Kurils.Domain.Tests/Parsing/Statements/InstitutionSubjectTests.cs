using FluentAssertions;
using Kurils.Domain.Parsing;
using Xunit;

namespace Kurils.Domain.Tests.Parsing.Statements;

/// <summary>
/// An institution as the speaker in the shapes real pages write it, in several languages: the subject with a date or
/// adverbial before its verb, the people of an institution a locative names, a second verb of the same subject, the
/// source after a quotation and a statement's cue, a verb right after an institution in a script without spaces, and the
/// noun that names an institution again (with agreement and a window). An institution merely named in what someone
/// else said is not the speaker. The sentences are written for the tests; the statement is found by a word of it.
/// </summary>
public sealed class InstitutionSubjectTests
{
    private static ArticleStatement[] StatementsWith(string text, string word)
    {
        var article = ArticleParser.Default.Parse(text);
        return [.. article.Statements.Where(s => article.TextOf(s.Span).Contains(word, StringComparison.Ordinal))];
    }

    private static void SpeakerShouldBe(string text, string word, string? speaker) =>
        StatementsWith(text, word).Should().NotBeEmpty().And.OnlyContain(s => s.SpeakerId == speaker);

    /// <summary>A date or adverbial between the institution opening the sentence and its verb.</summary>
    [Theory]
    [InlineData("Кремль в среду заявил, что Курилы останутся российскими навсегда.", "останутся", "kremlin")]
    [InlineData("Министерство иностранных дел России в четверг заявило, что острова принадлежат России.", "принадлежат", "foreign-ministry-russia")]
    [InlineData("МИД России 7 февраля заявил, что Япония ведёт недружественную политику.", "недружественную", "foreign-ministry-russia")]
    [InlineData("The Kremlin on Wednesday said the islands would remain Russian.", "remain Russian", "kremlin")]
    [InlineData("Japan's Foreign Ministry on Tuesday said that the islands are an inherent part of Japan.", "inherent", "foreign-ministry-japan")]
    [InlineData("Der Kreml hat am Montag erklärt, dass es keine Grundlage für Gespräche gebe.", "Grundlage", "kremlin")]
    [InlineData("Kreml w środę oświadczył, że negocjacje z Tokio są niemożliwe.", "niemożliwe", "kremlin")]
    [InlineData("Il Cremlino ha affermato mercoledì che le isole resteranno russe per sempre.", "resteranno", "kremlin")]
    public void InstitutionOpeningTheSentence_WithACircumstanceBeforeTheVerb_IsTheSpeaker(string text, string word, string institution) =>
        SpeakerShouldBe(text, word, institution);

    /// <summary>"В МИД России заявили": a locative opening the sentence names the institution whose people speak.</summary>
    [Theory]
    [InlineData("В МИД России заявили, что вопрос о принадлежности островов закрыт.", "принадлежности", "foreign-ministry-russia")]
    [InlineData("В Кремле в понедельник заявили, что не видят оснований для переговоров.", "оснований", "kremlin")]
    [InlineData("В заявлении МИД России говорится, что японская сторона нарушила договорённости.", "нарушила", "foreign-ministry-russia")]
    [InlineData("У МЗС Росії заявили, що острови належать Росії.", "належать", "foreign-ministry-russia")]
    [InlineData("W MSZ Rosji stwierdzono, że wyspy należą do Rosji.", "należą", "foreign-ministry-russia")]
    [InlineData("Au Kremlin, on estime que les îles sont russes depuis 1945.", "sont russes", "kremlin")]
    [InlineData("Im Kreml betonte man, die Inseln seien seit 1945 russisches Territorium.", "Territorium", "kremlin")]
    [InlineData("Как сообщили в МИДе России, японская сторона получила ноту протеста.", "ноту", "foreign-ministry-russia")]
    [InlineData("Як повідомили у МЗС Росії, японська сторона отримала ноту протесту.", "ноту", "foreign-ministry-russia")]
    public void Locative_BeforeAnInstitution_MakesItTheSpeaker(string text, string word, string institution) =>
        SpeakerShouldBe(text, word, institution);

    /// <summary>"В Кремле Песков заявил": a person named with the locative is the speaker, the locative only the place.</summary>
    [Theory]
    [InlineData("В Кремле Песков заявил журналистам, что визит японского премьера не планируется.", "не планируется", "peskov-dmitry")]
    [InlineData("Позиция Кремля неизменна и понятна всем, заявил Песков журналистам.", "неизменна", "peskov-dmitry")]
    public void PersonNamedWithTheInstitution_IsTheSpeaker(string text, string word, string person) =>
        SpeakerShouldBe(text, word, person);

    /// <summary>A second verb of the institution, joined by a conjunction.</summary>
    [Theory]
    [InlineData("Japan's Foreign Ministry lodged a protest and said the visit to the islands was unacceptable.", "unacceptable", "foreign-ministry-japan")]
    [InlineData("МИД России вызвал посла Японии и заявил, что санкции Токио являются недружественным шагом.", "недружественным", "foreign-ministry-russia")]
    public void SecondVerb_OfAnInstitution_IsItsStatement(string text, string word, string institution) =>
        SpeakerShouldBe(text, word, institution);

    /// <summary>The source after a quotation: the institution itself, or a statement's cue and the institution.</summary>
    [Theory]
    [InlineData("«Острова являются неотъемлемой частью России», — говорится в заявлении МИД России.", "неотъемлемой", "foreign-ministry-russia")]
    [InlineData("«Мы не откажемся от островов», — говорится в сообщении Кремля.", "откажемся", "kremlin")]
    [InlineData("«Острови є частиною Росії», — йдеться в заяві МЗС Росії.", "частиною", "foreign-ministry-russia")]
    [InlineData("„Wyspy są rosyjskie” – czytamy w oświadczeniu MSZ Rosji.", "rosyjskie", "foreign-ministry-russia")]
    [InlineData("„Die Inseln sind und bleiben russisch“, hieß es aus dem Kreml.", "bleiben", "kremlin")]
    [InlineData("\"The islands are Russian,\" Russia's Foreign Ministry said in a statement.", "are Russian", "foreign-ministry-russia")]
    [InlineData("« Les îles sont russes », a indiqué le ministère russe des Affaires étrangères.", "sont russes", "foreign-ministry-russia")]
    [InlineData("« Ces îles sont russes depuis 1945 », a réagi la diplomatie russe.", "sont russes", "foreign-ministry-russia")]
    public void InstitutionAfterAQuotation_IsTheSpeaker(string text, string word, string institution) =>
        SpeakerShouldBe(text, word, institution);

    /// <summary>An institution as the source a cue names: "According to the Russian Foreign Ministry, …".</summary>
    [Theory]
    [InlineData("According to the Russian Foreign Ministry, the sanctions were an unfriendly step.", "unfriendly", "foreign-ministry-russia")]
    [InlineData("Selon le Kremlin, les îles sont russes depuis 1945 et le resteront.", "resteront", "kremlin")]
    [InlineData("Nach Angaben des Kremls sind die Inseln seit 1945 russisch.", "russisch", "kremlin")]
    [InlineData("러시아 외무부에 따르면 일본의 제재는 비우호적인 조치다.", "비우호적", "foreign-ministry-russia")]
    [InlineData("据俄罗斯外交部称，日本的制裁是不友好的举动。", "不友好", "foreign-ministry-russia")]
    public void SourceCue_NamingAnInstitution_MakesItTheSpeaker(string text, string word, string institution) =>
        SpeakerShouldBe(text, word, institution);

    /// <summary>In a script without spaces, the institution right before the verb, perhaps with a date or a place between.</summary>
    [Theory]
    [InlineData("俄罗斯外交部表示，南千岛群岛是俄罗斯领土。", "俄罗斯领土", "foreign-ministry-russia")]
    [InlineData("克里姆林宫称，与日本的谈判已经不可能。", "不可能", "kremlin")]
    [InlineData("日本外务省指出，北方四岛是日本固有领土。", "固有领土", "foreign-ministry-japan")]
    [InlineData("俄罗斯外交部在声明中说，日本的制裁不可接受。", "不可接受", "foreign-ministry-russia")]
    [InlineData("克里姆林宫周三表示，岛屿将继续属于俄罗斯。", "继续属于", "kremlin")]
    [InlineData("日本外务省13日发表声明说，俄罗斯的军事演习令人遗憾。", "令人遗憾", "foreign-ministry-japan")]
    [InlineData("外務省によると、ロシア側は北方領土での軍事演習を通告してきたという。", "軍事演習", "foreign-ministry-japan")]
    public void UnspacedInstitution_BeforeTheVerb_IsTheSpeaker(string text, string word, string institution) =>
        SpeakerShouldBe(text, word, institution);

    /// <summary>"日本外务省发言人表示": the institution inside an office's name is not the speaker.</summary>
    [Fact]
    public void UnspacedInstitution_InsideAnOffice_IsNotTheSpeaker() =>
        StatementsWith("日本外务省发言人表示，北方四岛是日本固有领土。", "固有领土").Should().NotContain(s => s.SpeakerId == "foreign-ministry-japan");

    /// <summary>A noun of the institution's kind names the institution named shortly before.</summary>
    [Theory]
    [InlineData("Russia's Foreign Ministry summoned the Japanese ambassador. The ministry said the sanctions were unacceptable.", "unacceptable", "foreign-ministry-russia")]
    [InlineData("Japan's Foreign Ministry protested the visit. \"The islands are Japanese territory,\" the ministry said in a statement.", "Japanese territory", "foreign-ministry-japan")]
    [InlineData("МИД России выступил с заявлением по Курилам. Министерство заявило, что переговоры с Токио прекращены.", "прекращены", "foreign-ministry-russia")]
    [InlineData("МИД России выразил протест. «Эти действия недопустимы и будут иметь последствия», — добавили в министерстве.", "недопустимы", "foreign-ministry-russia")]
    [InlineData("Le ministère japonais des Affaires étrangères a protesté. Le ministère a ajouté que les îles sont japonaises.", "japonaises", "foreign-ministry-japan")]
    [InlineData("Il ministero degli Esteri russo ha protestato. Il ministero ha aggiunto che le isole sono russe.", "sono russe", "foreign-ministry-russia")]
    [InlineData("La Cancillería rusa convocó al embajador. «Estos actos son inaceptables», añadió el ministerio.", "inaceptables", "foreign-ministry-russia")]
    [InlineData("O Ministério das Relações Exteriores do Japão protestou. O ministério acrescentou que as ilhas são japonesas.", "japonesas", "foreign-ministry-japan")]
    [InlineData("Das russische Außenministerium bestellte den Botschafter ein. Das Ministerium erklärte, die Sanktionen seien unannehmbar.", "unannehmbar", "foreign-ministry-russia")]
    [InlineData("MSZ Rosji wezwało ambasadora Japonii. Ministerstwo dodało, że sankcje są nie do przyjęcia.", "nie do przyjęcia", "foreign-ministry-russia")]
    [InlineData("واستدعت وزارة الخارجية الروسية السفير الياباني. وأضافت الوزارة أن العقوبات غير مقبولة.", "غير مقبولة", "foreign-ministry-russia")]
    [InlineData("ロシア外務省は日本の制裁を非難した。同省は「交渉は不可能だ」と述べた。", "不可能", "foreign-ministry-russia")]
    [InlineData("일본 외무성은 러시아의 군사훈련에 항의했다. 외무성은 “북방영토는 일본 고유의 영토”라고 강조했다.", "고유의", "foreign-ministry-japan")]
    public void AnaphorNoun_NamesTheInstitutionNamedBefore(string text, string word, string institution) =>
        SpeakerShouldBe(text, word, institution);

    /// <summary>A ministry noun names a ministry, never the Kremlin or a government; and a foreign ministry the foreign ministry, not the defence ministry named since.</summary>
    [Theory]
    [InlineData("The Kremlin criticised the sanctions. The ministry said the islands belong to Russia.", "belong", null)]
    [InlineData("The Japanese government protested. The ministry said the islands are part of Japan.", "part of Japan", null)]
    [InlineData("Кремль раскритиковал санкции Токио. Министерство заявило, что острова останутся российскими навсегда.", "навсегда", null)]
    [InlineData("El Gobierno japonés protestó. El ministerio añadió que las islas son parte de Japón.", "parte de", null)]
    [InlineData("وقال الكرملين إن الجزر روسية. وأضافت الوزارة أن العقوبات اليابانية غير مقبولة على الإطلاق.", "غير مقبولة", null)]
    [InlineData("Russia's Foreign Ministry protested the visit. Russia's Defence Ministry announced drills on the islands. The foreign ministry said the visit violated Russian sovereignty.", "violated", "foreign-ministry-russia")]
    public void AnaphorNoun_AgreesWithTheKindOfInstitution(string text, string word, string? institution)
    {
        var statements = StatementsWith(text, word);
        if (institution is null)
        {
            statements.Should().NotContain(s => s.SpeakerId != null);
        }
        else
        {
            statements.Should().NotBeEmpty().And.OnlyContain(s => s.SpeakerId == institution);
        }
    }

    /// <summary>Beyond the window, the noun names no institution.</summary>
    [Fact]
    public void AnaphorNoun_FarFromTheInstitution_NamesNone()
    {
        var filler = string.Concat(Enumerable.Repeat("The weather on the islands was cold and windy for most of the week. ", 10));
        var text = "Russia's Foreign Ministry summoned the Japanese ambassador. " + filler + "The ministry said the sanctions were unacceptable.";
        StatementsWith(text, "unacceptable").Should().NotContain(s => s.SpeakerId != null);
    }

    /// <summary>An institution merely named in what someone else said is not the speaker.</summary>
    [Theory]
    [InlineData("Putin said the Russian Foreign Ministry would prepare a response to Tokyo.", "prepare a response", "putin-vladimir")]
    [InlineData("Лавров заявил, что МИД России направит Токио ноту протеста.", "ноту протеста", "lavrov-sergey")]
    [InlineData("Лавров заявив, що МЗС Росії підготує відповідь Токіо найближчим часом.", "підготує", "lavrov-sergey")]
    [InlineData("Lavrov a déclaré que le ministère russe des Affaires étrangères préparerait une réponse à Tokyo.", "préparerait", "lavrov-sergey")]
    [InlineData("Lawrow sagte, das russische Außenministerium werde eine Antwort vorbereiten.", "Antwort", "lavrov-sergey")]
    [InlineData("Ławrow powiedział, że MSZ Rosji przygotuje odpowiedź dla Tokio.", "odpowiedź", "lavrov-sergey")]
    [InlineData("Putin afirmó que el Ministerio de Defensa ruso reforzará las islas.", "reforzará", "putin-vladimir")]
    [InlineData("وقال لافروف إن وزارة الخارجية الروسية سترد على العقوبات اليابانية قريبا.", "سترد", "lavrov-sergey")]
    [InlineData("普京表示，俄罗斯外交部将对日本的制裁作出回应。", "作出回应", "putin-vladimir")]
    public void InstitutionInAReportedClause_IsNotTheSpeaker(string text, string word, string person) =>
        SpeakerShouldBe(text, word, person);
}
