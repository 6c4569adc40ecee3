using System.Globalization;
using FluentAssertions;
using Kurils.Domain.Languages;
using Kurils.Domain.Parsing;
using Kurils.Domain.Parsing.Dates;
using NodaTime;
using NodaTime.Text;
using Xunit;

namespace Kurils.Domain.Tests.Parsing.Dates;

/// <summary>
/// Dates in each shipped language, from sentences written for these tests: every rule reads its words from the
/// language's pack, and only the article's languages apply.
/// </summary>
public sealed class DateFinderLanguageTests
{
    private static readonly LocalDate Reference = new(2024, 6, 5); // a Wednesday

    /// <summary>The text of the single date found and the day it resolves to against <see cref="Reference"/>.</summary>
    private static (string Text, LocalDate? Date) Single(string language, string text)
    {
        var found = DateFinderTests.Find(text, DateFinderTests.WordsOf(language));
        found.Should().ContainSingle(text);
        return (found[0].Span.Of(text), DateResolver.Resolve(found[0], Reference, null).Date);
    }

    [Theory]
    [InlineData("fr", "Le traité a été signé le 5 mars 2024 à Paris.", "5 mars 2024", "2024-03-05")]
    [InlineData("fr", "La visite est prévue le 1er avril 2024.", "1er avril 2024", "2024-04-01")]
    [InlineData("fr", "Publié le 05/03/2024 par la rédaction", "05/03/2024", "2024-03-05")]
    [InlineData("de", "Der Vertrag wurde am 5. März 2024 unterzeichnet.", "5. März 2024", "2024-03-05")]
    [InlineData("de", "Veröffentlicht am 05.03.2024 von der Redaktion", "05.03.2024", "2024-03-05")]
    [InlineData("es", "El acuerdo se firmó el 5 de marzo de 2024 en Madrid.", "5 de marzo de 2024", "2024-03-05")]
    [InlineData("it", "L'accordo è stato firmato il 5 marzo 2024 a Roma.", "5 marzo 2024", "2024-03-05")]
    [InlineData("pt", "O acordo foi assinado em 5 de março de 2024 em Lisboa.", "5 de março de 2024", "2024-03-05")]
    [InlineData("pl", "Umowę podpisano 5 marca 2024 r. w Warszawie.", "5 marca 2024 r.", "2024-03-05")]
    [InlineData("uk", "Угоду підписали 5 березня 2024 року в Києві.", "5 березня 2024 року", "2024-03-05")]
    [InlineData("ar", "وقع الاتفاق في 5 مارس 2024 في القاهرة.", "5 مارس 2024", "2024-03-05")]
    [InlineData("ar", "وقع الاتفاق في ٥ مارس ٢٠٢٤ في القاهرة.", "٥ مارس ٢٠٢٤", "2024-03-05")]
    [InlineData("vi", "Hiệp định được ký ngày 5 tháng 3 năm 2024 tại Hà Nội.", "ngày 5 tháng 3 năm 2024", "2024-03-05")]
    [InlineData("vi", "Hiệp định được ký ngày 5/3/2024 tại Hà Nội.", "5/3/2024", "2024-03-05")]
    [InlineData("ko", "협정은 2024년 3월 5일 서울에서 서명됐다.", "2024년 3월 5일", "2024-03-05")]
    [InlineData("ko", "입력 2024.03.05 15:30", "2024.03.05", "2024-03-05")]
    [InlineData("zh", "协议于2024年3月5日在北京签署。", "2024年3月5日", "2024-03-05")]
    [InlineData("zh", "协议于2024年3月5号签署。", "2024年3月5号", "2024-03-05")]
    [InlineData("ja", "協定は2024年3月5日に署名された。", "2024年3月5日", "2024-03-05")]
    [InlineData("ru", "Соглашение подписано 5 марта 2024 года в Москве.", "5 марта 2024 года", "2024-03-05")]
    [InlineData("sr", "Споразум је потписан 5. марта 2024. године у Београду.", "5. марта 2024. године", "2024-03-05")]
    [InlineData("sr", "Sporazum je potpisan 5. marta 2024. godine u Beogradu.", "5. marta 2024. godine", "2024-03-05")]
    [InlineData("bg", "Споразумът беше подписан на 5 март 2024 г. в София.", "5 март 2024 г.", "2024-03-05")]
    [InlineData("id", "Perjanjian itu ditandatangani pada 5 Maret 2024 di Jakarta.", "5 Maret 2024", "2024-03-05")]
    [InlineData("en", "The agreement was signed on March 5, 2024 in Tokyo.", "March 5, 2024", "2024-03-05")]
    public void Find_FullDate_ResolvesInEachLanguage(string language, string text, string span, string iso)
    {
        var (found, date) = Single(language, text);
        found.Should().Be(span);
        date.Should().Be(LocalDatePattern.Iso.Parse(iso).Value);
    }

    [Theory]
    [InlineData("fr", "Il est arrivé hier à Tokyo.", "hier", "2024-06-04")]
    [InlineData("fr", "Il l'a dit avant-hier.", "avant-hier", "2024-06-03")]
    [InlineData("fr", "Il l'a annoncé aujourd'hui.", "aujourd'hui", "2024-06-05")]
    [InlineData("fr", "Il l’a annoncé aujourd’hui.", "aujourd’hui", "2024-06-05")]
    [InlineData("de", "Er sagte gestern in Berlin.", "gestern", "2024-06-04")]
    [InlineData("es", "Lo dijo ayer en Madrid.", "ayer", "2024-06-04")]
    [InlineData("it", "Lo ha detto ieri a Roma.", "ieri", "2024-06-04")]
    [InlineData("pt", "Ele disse ontem em Lisboa.", "ontem", "2024-06-04")]
    [InlineData("pl", "Powiedział wczoraj w Warszawie.", "wczoraj", "2024-06-04")]
    [InlineData("uk", "Він заявив учора в Києві.", "учора", "2024-06-04")]
    [InlineData("ar", "قال أمس في القاهرة.", "أمس", "2024-06-04")]
    [InlineData("vi", "Ông nói hôm qua tại Hà Nội.", "hôm qua", "2024-06-04")]
    [InlineData("ko", "그는 어제 서울에서 말했다.", "어제", "2024-06-04")]
    [InlineData("zh", "他昨天在北京表示。", "昨天", "2024-06-04")]
    [InlineData("ja", "首相は昨日述べた。", "昨日", "2024-06-04")]
    public void Find_RelativeDay_ResolvesInEachLanguage(string language, string text, string span, string iso)
    {
        var (found, date) = Single(language, text);
        found.Should().Be(span);
        date.Should().Be(LocalDatePattern.Iso.Parse(iso).Value);
    }

    [Theory]
    [InlineData("fr", "Les pourparlers ont repris l'an dernier.", "l'an dernier", 2023)]
    [InlineData("de", "Die Gespräche begannen im vergangenen Jahr.", "vergangenen Jahr", 2023)]
    [InlineData("es", "Las conversaciones empezaron el año pasado.", "el año pasado", 2023)]
    [InlineData("it", "I colloqui sono iniziati l'anno scorso.", "l'anno scorso", 2023)]
    [InlineData("pl", "Rozmowy zaczęły się w zeszłym roku.", "zeszłym roku", 2023)]
    [InlineData("uk", "Переговори почалися торік.", "торік", 2023)]
    [InlineData("ar", "بدأت المحادثات العام الماضي.", "العام الماضي", 2023)]
    [InlineData("vi", "Các cuộc đàm phán bắt đầu năm ngoái.", "năm ngoái", 2023)]
    [InlineData("ko", "협상은 지난해 시작됐다.", "지난해", 2023)]
    [InlineData("zh", "谈判去年开始。", "去年", 2023)]
    public void Find_RelativeYear_ResolvesInEachLanguage(string language, string text, string span, int year)
    {
        var (found, date) = Single(language, text);
        found.Should().Be(span);
        date!.Value.Year.Should().Be(year);
    }

    [Theory]
    [InlineData("fr", "Il viendra mardi à Tokyo.", "mardi", IsoDayOfWeek.Tuesday)]
    [InlineData("de", "Er kommt am Dienstag nach Tokio.", "Dienstag", IsoDayOfWeek.Tuesday)]
    [InlineData("es", "Llegó el martes a Tokio.", "martes", IsoDayOfWeek.Tuesday)]
    [InlineData("it", "È arrivato martedì a Tokyo.", "martedì", IsoDayOfWeek.Tuesday)]
    [InlineData("pt", "Ele chegou na terça-feira a Tóquio.", "terça-feira", IsoDayOfWeek.Tuesday)]
    [InlineData("pl", "Przyjechał we wtorek do Tokio.", "wtorek", IsoDayOfWeek.Tuesday)]
    [InlineData("uk", "Він приїхав у п'ятницю до Токіо.", "п'ятницю", IsoDayOfWeek.Friday)]
    [InlineData("uk", "Він приїхав у п’ятницю до Токіо.", "п’ятницю", IsoDayOfWeek.Friday)]
    [InlineData("ar", "وصل يوم الثلاثاء إلى طوكيو.", "الثلاثاء", IsoDayOfWeek.Tuesday)]
    [InlineData("vi", "Ông đến Tokyo vào thứ năm.", "thứ năm", IsoDayOfWeek.Thursday)]
    [InlineData("ko", "그는 화요일에 도쿄에 도착했다.", "화요일에", IsoDayOfWeek.Tuesday)]
    public void Find_Weekday_InEachLanguage(string language, string text, string span, IsoDayOfWeek weekday)
    {
        var found = DateFinderTests.Find(text, DateFinderTests.WordsOf(language));
        found.Should().ContainSingle(text);
        found[0].Span.Of(text).Should().Be(span);
        found[0].Weekday.Should().Be(weekday);
    }

    [Theory]
    [InlineData("fr", "Les élections auront lieu en mars.", "mars", 3)]
    [InlineData("de", "Die Wahl findet im März statt.", "März", 3)]
    [InlineData("es", "Las elecciones serán en marzo.", "marzo", 3)]
    [InlineData("pl", "Wybory odbędą się w marcu.", "marcu", 3)]
    [InlineData("uk", "Вибори відбудуться у березні.", "березні", 3)]
    [InlineData("ko", "선거는 3월에 열린다.", "3월에", 3)]
    [InlineData("vi", "Cuộc bầu cử diễn ra vào tháng 3.", "tháng 3", 3)]
    public void Find_MonthAlone_AfterAContextWord(string language, string text, string span, int month)
    {
        var found = DateFinderTests.Find(text, DateFinderTests.WordsOf(language));
        found.Should().ContainSingle(text);
        found[0].Span.Of(text).Should().Be(span);
        found[0].Month.Should().Be(month);
    }

    [Fact]
    public void Find_FrenchMonth_IsNotAnEnglishWord()
    {
        const string text = "The mission to mars on 5 mars 2024 was planned.";
        DateFinderTests.Find(text, DateFinderTests.WordsOf("en")).Should().BeEmpty();
        DateFinderTests.Find(text, DateFinderTests.WordsOf("fr")).Select(e => e.Span.Of(text)).Should().Equal("5 mars 2024");
    }

    [Fact]
    public void Find_GermanHier_IsNotFrenchYesterday()
    {
        DateFinderTests.Find("Wir sind hier in Berlin.", DateFinderTests.WordsOf("de")).Should().BeEmpty();
        DateFinderTests.Find("Il est venu hier à Berlin.", DateFinderTests.WordsOf("fr")).Should().ContainSingle();
    }

    [Theory]
    [InlineData("fr", "Le 32/03/2024 n'existe pas.")]
    [InlineData("ru", "Версия 13.12.20225 вышла.")]
    public void Find_AmbiguousOrInvalidNumericDate_IsNotRead(string language, string text) =>
        DateFinderTests.Find(text, DateFinderTests.WordsOf(language)).Should().NotContain(e => e.Kind == DateExpressionKind.FullDate);

    // A date both orders of the languages read: the main language's first order decides (the English pack lists mdy first).
    [Theory]
    [InlineData("en", "It was signed on 05/03/2024 in Tokyo.", "2024-05-03")] // May 3, as an American page writes it
    [InlineData("en", "Updated 12/01/26 10:30 AM", "2026-12-01")]
    [InlineData("fr", "Publié le 01/12/26 à 10h15", "2026-12-01")]
    [InlineData("de", "Stand: 01.12.26, 10:15 Uhr", "2026-12-01")]
    public void Find_NumericDateBothOrdersRead_TheMainLanguagesOrderDecides(string language, string text, string iso)
    {
        var (_, date) = Single(language, text);
        date.Should().Be(LocalDatePattern.Iso.Parse(iso).Value);
    }

    [Theory]
    [InlineData("en", "Posted 1-Dec-2026 at noon", "2026-12-01")]
    [InlineData("en", "Posted 2026-Dec-01 at noon", "2026-12-01")]
    [InlineData("ru", "Опубликовано 01-дек-2026", "2026-12-01")]
    [InlineData("fr", "Publié le 01-déc-2026", "2026-12-01")]
    public void Find_MonthNameBetweenNumericSeparators_IsAFullDate(string language, string text, string iso)
    {
        var (_, date) = Single(language, text);
        date.Should().Be(LocalDatePattern.Iso.Parse(iso).Value);
    }

    [Theory]
    [InlineData("de", "Version 1.12.26.4 ist erschienen.")]
    [InlineData("en", "The score was 10-Dec-20 at half time.")]
    public void Find_NotADate_IsNotRead(string language, string text) =>
        DateFinderTests.Find(text, DateFinderTests.WordsOf(language)).Should().NotContain(e => e.Kind == DateExpressionKind.FullDate);

    [Theory]
    [InlineData("en", "It was signed on 13/05/2024 in Tokyo.", "2024-05-13")]
    [InlineData("en", "It was signed on 05/13/2024 in Tokyo.", "2024-05-13")]
    public void Find_EnglishNumericDate_OneOrderOnly(string language, string text, string iso)
    {
        var (_, date) = Single(language, text);
        date.Should().Be(LocalDatePattern.Iso.Parse(iso).Value);
    }

    [Fact]
    public void Find_WithoutPacks_ReadsOnlyIsoDates()
    {
        const string text = "Signed 2024-03-05, on 5 March 2024 and 05.03.2024, yesterday.";
        DateFinderTests.Find(text, DateLexicon.Empty).Select(e => e.Span.Of(text)).Should().Equal("2024-03-05");
    }

    [Theory]
    [InlineData("ja", "同年3月、交渉を中断した。", "同年3月", "MonthYear 3")]
    [InlineData("zh", "同年3月，谈判中断。", "同年3月", "MonthYear 3")]
    [InlineData("ja", "平成元年に始まった。", "平成元年", "Year 1989")]
    [InlineData("ja", "令和6年3月5日に署名された。", "令和6年3月5日", "FullDate 2024")]
    [InlineData("ja", "首相は金曜日に訪問する。", "金曜日", "Weekday Friday")]
    [InlineData("ja", "会談は6月4日（火）に行われた。", "6月4日（火）", "MonthDay Tuesday")]
    public void Find_UnspacedConstructions_ComeFromTheLanguagesPack(string language, string text, string span, string what)
    {
        var found = DateFinderTests.Find(text, DateFinderTests.WordsOf(language));
        found.Should().ContainSingle(text);
        found[0].Span.Of(text).Should().Be(span);
        var e = found[0];
        string described = e.Kind switch
        {
            DateExpressionKind.MonthYear => $"MonthYear {e.Month}",
            DateExpressionKind.Year or DateExpressionKind.FullDate => $"{e.Kind} {e.Year}",
            _ => $"{e.Kind} {e.Weekday}",
        };
        described.Should().Be(what);
    }

    [Theory]
    [InlineData("ja", "2022年度の予算")]
    [InlineData("zh", "2022年度的预算")]
    [InlineData("ja", "3日間の日程で")]
    [InlineData("zh", "访问持续3日间")]
    [InlineData("ja", "会合は毎週水曜日に開かれる。")]
    [InlineData("zh", "令和5年")] // a Japanese era: not a word of a Chinese article
    [InlineData("zh", "首相は水曜日に述べた。")] // a Japanese weekday, likewise
    public void Find_UnspacedLookAlikes_FindNothing(string language, string text) =>
        DateFinderTests.Find(text, DateFinderTests.WordsOf(language)).Should().BeEmpty();

    [Theory]
    [InlineData("来週13日に会談する。", "13日")]
    [InlineData("首相は15日に訪問する予定だ。", "15日")]
    public void Find_JapaneseFutureCues_FromThePack_MakeTheDateFuture(string text, string span)
    {
        var found = DateFinderTests.Find(text, DateFinderTests.WordsOf("ja"));
        found.Should().ContainSingle(text);
        found[0].Span.Of(text).Should().Be(span);
        found[0].Tense.Should().Be(DateTense.Future);
    }

    [Theory]
    [InlineData("سوف يلتقي الوزيران يوم الاثنين في طوكيو.", "Future")]
    [InlineData("اجتمع الوزيران يوم الاثنين؛ سوف يلتقيان مجددا في طوكيو.", "None")] // ؛, the pack's semicolon, ends the clause
    public void Find_ArabicTenseCue_StopsAtTheClauseStopsOfThePack(string text, string tense)
    {
        var found = DateFinderTests.Find(text, DateFinderTests.WordsOf("ar"));
        found.Should().ContainSingle(text);
        found[0].Span.Of(text).Should().Be("الاثنين");
        found[0].Tense.Should().Be(Enum.Parse<DateTense>(tense));
    }

    [Fact]
    public void Find_EraOfAPackVariant_IsReadFromItsData()
    {
        // A pack written for this test: one era, a first-year word and the units; the code knows none of them.
        const string yaml = """
            code: qj
            name: Test calendar
            scripts: [Hani]
            dates:
              units: {year: [年], month: [月], day: [日]}
              eras: [{name: 天平, start: 729}]
              eraFirstYear: [元]
              fiscalYear: [度]
            """;
        var languages = LanguagePacks.Load([CatalogSource.FromString("qj.yaml", yaml)]);
        var pack = languages.Find("qj")!;
        var words = languages.DatesOf(new LanguageGuess(pack, [pack]));

        Describe("天平元年に", words).Should().Equal("天平元年 Year 729");
        Describe("天平2年3月に", words).Should().Equal("天平2年3月 MonthYear 730");
        Describe("天平2年度に", words).Should().BeEmpty("度 marks a fiscal year in this pack");
        Describe("令和5年に", words).Should().BeEmpty("令和 is no era of this pack");
        Describe("令和5年に", DateFinderTests.WordsOf("ja")).Should().Equal("令和5年 Year 2023");

        static List<string> Describe(string text, DateLexicon words) =>
            [.. DateFinderTests.Find(text, words).Select(e => string.Create(CultureInfo.InvariantCulture, $"{e.Span.Of(text)} {e.Kind} {e.Year}"))];
    }
}
