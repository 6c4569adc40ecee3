using FluentAssertions;
using Kurils.Domain.Languages;
using Xunit;

namespace Kurils.Domain.Tests.Languages;

/// <summary>Language identification from the shipped packs, on sentences written for the tests.</summary>
public sealed class LanguageIdentifierTests
{
    [Theory]
    [InlineData("en", "The minister said on Monday that the talks with Japan would resume in the spring.")]
    [InlineData("ru", "Министр заявил в понедельник, что переговоры с Японией возобновятся весной.")]
    [InlineData("uk", "Міністр заявив у понеділок, що переговори з Японією відновляться навесні.")]
    [InlineData("be", "Міністр заявіў у панядзелак, што перамовы з Японіяй адновяцца вясной.")]
    [InlineData("bg", "Министърът заяви в понеделник, че преговорите с Япония ще бъдат подновени през пролетта.")]
    [InlineData("sr", "Министар је у понедељак рекао да ће се преговори са Јапаном наставити на пролеће.")]
    [InlineData("pl", "Minister powiedział w poniedziałek, że rozmowy z Japonią zostaną wznowione wiosną.")]
    [InlineData("fr", "Le ministre a déclaré lundi que les négociations avec le Japon reprendraient au printemps.")]
    [InlineData("de", "Der Minister sagte am Montag, dass die Gespräche mit Japan im Frühjahr wieder aufgenommen werden.")]
    [InlineData("es", "El ministro dijo el lunes que las negociaciones con Japón se reanudarán en la primavera.")]
    [InlineData("it", "Il ministro ha detto lunedì che i negoziati con il Giappone riprenderanno in primavera.")]
    [InlineData("pt", "O ministro disse na segunda-feira que as negociações com o Japão serão retomadas na primavera.")]
    [InlineData("vi", "Bộ trưởng cho biết hôm thứ Hai rằng các cuộc đàm phán với Nhật Bản sẽ được nối lại vào mùa xuân.")]
    [InlineData("ar", "قال الوزير يوم الاثنين إن المفاوضات مع اليابان ستستأنف في الربيع.")]
    [InlineData("ja", "大臣は月曜日、日本との交渉を春に再開すると述べた。")]
    [InlineData("zh", "部长周一表示，与日本的谈判将在春季恢复。")]
    [InlineData("zh", "部長週一表示，與日本的談判將在春季恢復。")]
    [InlineData("ko", "장관은 월요일 일본과의 협상이 봄에 재개될 것이라고 말했다.")]
    public void Identify_SentenceInALanguage_GivesItsCode(string code, string text) =>
        LanguagePacks.Default.Identifier.Identify(text).Code.Should().Be(code);

    // Serbian, Croatian and Bosnian in the Latin script, and their West Slavic neighbours: the shared function words
    // leave them tied; the ekavian or ijekavian spelling and each language's own words decide.
    [Theory]
    [InlineData("sr", "Ministar spoljnih poslova Rusije Sergej Lavrov izjavio je da Moskva neće predati Kurilska ostrva Japanu.")]
    [InlineData("sr", "Predsednik Rusije rekao je da pregovori o mirovnom sporazumu sa Japanom nisu mogući posle uvođenja sankcija.")]
    [InlineData("sr", "Rusija je posle Drugog svetskog rata zauzela ostrvo Iturup, a vlada u Tokiju smatra da je to bilo nezakonito.")]
    [InlineData("sr", "Kurilska ostrva: Rusija i Japan još uvek nisu potpisali mirovni ugovor, a spor oko ostrva traje decenijama.")]
    [InlineData("hr", "Ministar vanjskih poslova Rusije Sergej Lavrov izjavio je da Moskva neće predati Kurilske otoke Japanu.")]
    [InlineData("hr", "Predsjednik Rusije rekao je da pregovori o mirovnom sporazumu s Japanom nisu mogući i da otoci ostaju ruski.")]
    [InlineData("hr", "Japanski premijer izjavio je da će vlada tijekom sljedećeg tjedna nastaviti razgovore o otocima koje je Rusija zauzela.")]
    [InlineData("bs", "Predsjednik Rusije je rekao da pregovori sa Japanom nisu mogući poslije uvođenja sankcija, a četiri ostrva na sjeveru su dio spora.")]
    [InlineData("bs", "Tokom prošle sedmice ministar je rekao da historija ostrva pokazuje gdje je granica.")]
    [InlineData("cs", "Ruský ministr zahraničí Sergej Lavrov prohlásil, že Moskva nepředá Kurilské ostrovy Japonsku.")]
    [InlineData("cs", "Rusko a Japonsko dosud nepodepsaly mírovou smlouvu. Spor o Kurilské ostrovy trvá od konce druhé světové války.")]
    [InlineData("sk", "Ruský minister zahraničných vecí Sergej Lavrov vyhlásil, že Moskva neodovzdá Kurilské ostrovy Japonsku.")]
    [InlineData("sk", "Japonský premiér povedal, že jeho vláda bude pokračovať v rokovaniach s Ruskom o sporných ostrovoch.")]
    [InlineData("sl", "Ruski zunanji minister Sergej Lavrov je izjavil, da Moskva ne bo predala Kurilskih otokov Japonski.")]
    [InlineData("sl", "Japonski premier je dejal, da bo njegova vlada nadaljevala pogovore z Rusijo o spornih otokih.")]
    [InlineData("pl", "Minister spraw zagranicznych Rosji oświadczył, że Moskwa nie przekaże Wysp Kurylskich Japonii.")]
    public void Identify_SouthAndWestSlavicNeighbours_AreToldApart(string code, string text) =>
        LanguagePacks.Default.Identifier.Identify(text).Code.Should().Be(code);

    [Theory]
    [InlineData("Thủ tướng Nhật Bản cho biết chính phủ sẽ tiếp tục đàm phán với Nga về quần đảo Kuril.")]
    [InlineData("Nhat Ban va Nga chua ky hiep uoc hoa binh ke tu khi Chien tranh the gioi thu hai ket thuc.")]
    [InlineData("Bo truong Ngoai giao Nga cho biet Moscow se khong trao tra cac hon dao cho Nhat Ban.")]
    [InlineData("Thu tuong Nhat Ban noi rang chinh phu se tiep tuc dam phan voi Nga ve van de lanh tho.")]
    public void Identify_VietnameseWithOrWithoutItsDiacritics_IsVietnamese(string text) =>
        LanguagePacks.Default.Identifier.Identify(text).Code.Should().Be("vi");

    [Theory]
    [InlineData("be", "Міністр замежных спраў Расіі Сяргей Лаўроў заявіў, што Масква не перадасць Курыльскія астравы Японіі.")]
    [InlineData("be", "Прэм'ер-міністр Японіі сказаў, што ўрад працягне перамовы з Расіяй аб спрэчных астравах.")]
    [InlineData("uk", "Міністр закордонних справ Росії Сергій Лавров заявив, що Москва не передасть Курильські острови Японії.")]
    [InlineData("uk", "Прем'єр-міністр Японії сказав, що уряд продовжить переговори з Росією щодо спірних островів.")]
    [InlineData("ru", "Министр иностранных дел России Сергей Лавров заявил, что Москва не передаст Курильские острова Японии.")]
    [InlineData("ru", "Премьер-министр Японии сказал, что правительство продолжит переговоры с Россией о спорных островах.")]
    [InlineData("bg", "Министърът на външните работи на Русия Сергей Лавров заяви, че Москва няма да предаде Курилските острови на Япония.")]
    [InlineData("sr", "Министар спољних послова Русије Сергеј Лавров изјавио је да Москва неће предати Курилска острва Јапану.")]
    public void Identify_CyrillicNeighboursOfRussian_AreToldApart(string code, string text) =>
        LanguagePacks.Default.Identifier.Identify(text).Code.Should().Be(code);

    [Fact]
    public void Identify_OnlyWordsTwoLanguagesShare_IsUndetermined()
    {
        // Croatian and Bosnian share every word here (and ijekavian "prije"): the text tells neither.
        const string text = "Ministar je rekao da to nije bilo prije, ali da će se pregovori nastaviti.";
        LanguagePacks.Default.Identifier.Identify(text).Code.Should().Be("und");
    }

    [Fact]
    public void Identify_PackThatOnlyIdentifies_IsReadWithTheRulesOfThePackItNames()
    {
        const string text = "Predsjednik Rusije rekao je da pregovori s Japanom nisu mogući nakon uvođenja sankcija tijekom ovog tjedna.";
        var guess = LanguagePacks.Default.Identifier.Identify(text);
        guess.Code.Should().Be("hr");
        guess.Active.Select(p => p.Code).Should().Equal("hr", "sr");
    }

    [Theory]
    [InlineData("")]
    [InlineData("12345 — 2024-06-05 !!!")]
    [InlineData("Lorem ipsum dolor sit amet consectetur adipiscing elit sed eiusmod tempor")]
    public void Identify_NoEvidenceForAnyPack_IsUndetermined(string text) =>
        LanguagePacks.Default.Identifier.Identify(text).Code.Should().Be("und");

    [Fact]
    public void Identify_JapaneseArticleQuotingAnEnglishParagraph_HasBothLanguagesActive()
    {
        const string text = "林官房長官は記者会見で、北方領土問題について政府の立場は変わっていないと述べた。交渉は続けるという。\n\nThe minister said that the position of the government has not changed and that the talks would continue.";
        var guess = LanguagePacks.Default.Identifier.Identify(text);
        guess.Code.Should().Be("ja");
        guess.Active.Select(p => p.Code).Should().Equal("ja", "en");
    }

    [Fact]
    public void Identify_FrenchText_DoesNotActivateEnglish()
    {
        const string text = "Le 5 mars, le président a déclaré que les îles Kouriles du Sud appartiennent à la Russie.";
        LanguagePacks.Default.Identifier.Identify(text).Active.Select(p => p.Code).Should().Equal("fr");
    }

    [Theory]
    [InlineData("ru",
        "Премьер-министр Японии заявил, что переговоры с Россией о мирном договоре будут продолжены. Он также отметил, что позиция Токио по островам не изменилась и что это уже было сказано на встрече с коллегами.\n" +
        "Новини «На Житомирщині сталася аварія на дорозі»\nЗдоров'я «Штучний інтелект допоможе лікарям»\nСвіт «Сценарій для Ірану може готуватися, - ЗМІ»\n")]
    [InlineData("uk",
        "Прем'єр-міністр Японії заявив, що переговори з Росією про мирний договір будуть продовжені. Він також зазначив, що позиція Токіо щодо островів не змінилася і що це вже було сказано на зустрічі з колегами.\n" +
        "Новости «Учёные объяснили, почему зима была тёплой»\nЭкономика «Курс рубля вырос на торгах»\nМир «Выборы пройдут в срок, - СМИ»\n")]
    public void Identify_AStoryAboveATickerInANeighbourLanguage_GivesTheStorysLanguage(string code, string text) =>
        LanguagePacks.Default.Identifier.Identify(text).Code.Should().Be(code);

    [Fact]
    public void Identify_NeighbourLettersWithoutEitherLanguagesWords_IsUndetermined() =>
        LanguagePacks.Default.Identifier.Identify("Ўзбекістон ҳукумати ёғингарчилик туфайли йўлларни ёпди ҳамда қўшимча чоралар кўрди.").Code.Should().Be("und");
}
