using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using FluentAssertions;
using Kurils.Domain.Languages;
using Kurils.Domain.Parsing;
using Kurils.Domain.Parsing.Dates;
using Xunit;

namespace Kurils.Domain.Tests.Parsing.Dates;

public sealed class DateFinderTests
{
    /// <summary>The languages these tests are written in; each language's own tests name theirs.</summary>
    internal static readonly DateLexicon EnglishRussianJapanese = WordsOf("en", "ru", "ja");

    private static List<DateExpression> Find(string text) => Find(text, EnglishRussianJapanese);

    internal static List<DateExpression> Find(string text, DateLexicon words)
    {
        var found = new List<DateExpression>();
        DateFinder.Find(text, new TextSpan(0, text.Length), words, found);
        return found;
    }

    /// <summary>The date words of the shipped packs of <paramref name="codes"/>, as if an article were written in those languages.</summary>
    internal static DateLexicon WordsOf(params string[] codes)
    {
        var packs = codes.Select(c => LanguagePacks.Default.Find(c) ?? throw new ArgumentException("no pack " + c, nameof(codes))).ToImmutableArray();
        return LanguagePacks.Default.DatesOf(new LanguageGuess(packs[0], packs));
    }

    /// <summary>A compact, reviewable form: kind, then only the fields that are set.</summary>
    private static string Describe(DateExpression e)
    {
        var parts = new List<string> { e.Kind.ToString() };
        if (e.Year is { } y)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"y{y}"));
        }

        if (e.Month is { } m)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"m{m}"));
        }

        if (e.Day is { } d)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"d{d}"));
        }

        if (e.Weekday is { } w)
        {
            parts.Add(w.ToString());
        }

        if (e.Kind == DateExpressionKind.RelativeDay)
        {
            parts.Add(e.RelativeDays.ToString("+0;-0;0", CultureInfo.InvariantCulture));
        }

        if (e.Kind == DateExpressionKind.RelativeYear)
        {
            parts.Add(e.RelativeYears.ToString("+0;-0;0", CultureInfo.InvariantCulture));
        }

        if (e.YearFromContext)
        {
            parts.Add("ctx");
        }

        if (e.Tense != DateTense.None)
        {
            parts.Add(e.Tense.ToString());
        }

        return string.Join(' ', parts);
    }

    private static void AssertSingle(string text, string span, string description)
    {
        List<DateExpression> found = Find(text);
        found.Select(e => e.Span.Of(text) + " => " + Describe(e)).Should().Equal(span + " => " + description);
    }

    [Theory]
    [InlineData("Putin said Wednesday the conditions are not in place.", "Wednesday", "Weekday Wednesday Past")]
    [InlineData("Putin spoke to news agencies on Wednesday in St. Petersburg.", "Wednesday", "Weekday Wednesday Past")]
    [InlineData("Hayashi said in Tokyo on Thursday that it was unfair.", "Thursday", "Weekday Thursday Past")]
    [InlineData("remarks aired Sunday but made earlier", "Sunday", "Weekday Sunday Past")]
    [InlineData("Tokyo reacted to Putin's remarks Monday, with Kato", "Monday", "Weekday Monday Past")]
    [InlineData("remarks made last Wednesday, Putin added", "last Wednesday", "Weekday Wednesday Last")]
    [InlineData("He will visit Tokyo on Friday", "Friday", "Weekday Friday Future")]
    [InlineData("On Friday, the minister will visit Tokyo", "Friday", "Weekday Friday Future")]
    [InlineData("The vote is due to take place on monday", "monday", "Weekday Monday Future")]
    [InlineData("They meet next Friday", "next Friday", "Weekday Friday Next")]
    [InlineData("The summit opens this coming Friday", "this coming Friday", "Weekday Friday Future")]
    [InlineData("It happened this past Sunday", "this past Sunday", "Weekday Sunday Last")]
    [InlineData("The talks on Wed. were short", "Wed.", "Weekday Wednesday Past")]
    [InlineData("The talks on Thurs. were short", "Thurs.", "Weekday Thursday Past")]
    [InlineData("ST. PETERSBURG, December 13. /TASS/.", "December 13", "MonthDay m12 d13")]
    [InlineData("Medvedev said on Feb. 1 the revision", "Feb. 1", "MonthDay m2 d1 Past")]
    [InlineData("Medvedev said on Feb 1 the revision", "Feb 1", "MonthDay m2 d1 Past")]
    [InlineData("The forum opens on 13 December in Moscow", "13 December", "MonthDay m12 d13")]
    [InlineData("The forum opens on the 13th of December", "13th of December", "MonthDay m12 d13")]
    [InlineData("The forum opens on December 13th", "December 13th", "MonthDay m12 d13")]
    [InlineData("Russia marks Victory Day on May 9", "May 9", "MonthDay m5 d9")]
    [InlineData("It was signed December 13, 2022, in Moscow", "December 13, 2022", "FullDate y2022 m12 d13")]
    [InlineData("It was signed 13 December 2022 in Moscow", "13 December 2022", "FullDate y2022 m12 d13")]
    [InlineData("the surrender in World War II on Aug 15, 1945.", "Aug 15, 1945", "FullDate y1945 m8 d15")]
    [InlineData("the surrender on Aug. 15, 1945.", "Aug. 15, 1945", "FullDate y1945 m8 d15")]
    [InlineData("Published 2022-12-13 by the agency", "2022-12-13", "FullDate y2022 m12 d13")]
    [InlineData("Published 2022/12/13 by the agency", "2022/12/13", "FullDate y2022 m12 d13")]
    [InlineData("the invasion, which began in February 2022.", "February 2022", "MonthYear y2022 m2")]
    [InlineData("talks have stalled since May 2022.", "May 2022", "MonthYear y2022 m5")]
    [InlineData("In March of that year, Moscow announced", "March of that year", "MonthYear m3 ctx")]
    [InlineData("In March that year Moscow announced", "March that year", "MonthYear m3 ctx")]
    [InlineData("approved by a vote in July that include clauses", "July", "Month m7 Past")]
    [InlineData("He suggested in January he would make a visit.", "January", "Month m1 Past")]
    [InlineData("Suga confirmed in a September phone call they would", "September", "Month m9 Past")]
    [InlineData("The talks resumed in May.", "May", "Month m5")]
    [InlineData("The summit is planned for mid-July.", "July", "Month m7 Future")]
    [InlineData("They met last September.", "last September", "Month m9 Last")]
    [InlineData("In 1956, the Soviet Union and Japan signed", "1956", "Year y1956")]
    [InlineData("the islands held since 1945 by Russia", "1945", "Year y1945")]
    [InlineData("the Constitution which was revised last year to bar", "last year", "RelativeYear -1")]
    [InlineData("Growth slowed this year.", "this year", "RelativeYear 0")]
    [InlineData("Elections are due next year.", "next year", "RelativeYear +1")]
    [InlineData("The ministry said today that", "today", "RelativeDay 0")]
    [InlineData("The ministry said yesterday that", "yesterday", "RelativeDay -1")]
    [InlineData("The ministry will say tomorrow whether", "tomorrow", "RelativeDay +1")]
    [InlineData("The ministry said the day before yesterday that", "the day before yesterday", "RelativeDay -2")]
    [InlineData("Rudenko said on Tuesday, December 13, that", "Tuesday, December 13", "MonthDay m12 d13 Tuesday Past")]
    [InlineData("Rudenko said on Tuesday, Dec. 13, 2022, that", "Tuesday, Dec. 13, 2022", "FullDate y2022 m12 d13 Tuesday")]
    public void Find_English_FindsExpression(string text, string span, string description) =>
        AssertSingle(text, span, description);

    [Theory]
    [InlineData("Путин заявил в среду, что", "среду", "Weekday Wednesday Past")]
    [InlineData("Лавров выступил во вторник в Москве", "вторник", "Weekday Tuesday Past")]
    [InlineData("Встреча состоится в понедельник", "понедельник", "Weekday Monday Future")]
    [InlineData("Это было в четверг", "четверг", "Weekday Thursday Past")]
    [InlineData("Переговоры начнутся в пятницу", "пятницу", "Weekday Friday")]
    [InlineData("Он приедет в субботу", "субботу", "Weekday Saturday")]
    [InlineData("Он сообщил в воскресенье", "воскресенье", "Weekday Sunday Past")]
    [InlineData("Он сообщил в прошлую среду", "прошлую среду", "Weekday Wednesday Last")]
    [InlineData("Он приедет в следующий понедельник", "следующий понедельник", "Weekday Monday Next")]
    [InlineData("Документы ждут до пятницы", "пятницы", "Weekday Friday")]
    [InlineData("Он заявил во вторник, 13 декабря, что", "вторник, 13 декабря", "MonthDay m12 d13 Tuesday Past")]
    [InlineData("ПЕТЕРБУРГ, 13 декабря. /ТАСС/.", "13 декабря", "MonthDay m12 d13")]
    [InlineData("Документ подписан 13 декабря 2022 года в Москве", "13 декабря 2022 года", "FullDate y2022 m12 d13")]
    [InlineData("Документ подписан 13.12.2022 в Москве", "13.12.2022", "FullDate y2022 m12 d13")]
    [InlineData("Голосование прошло в июле", "июле", "Month m7")]
    [InlineData("Конфликт начался в феврале 2022 года.", "феврале 2022 года", "MonthYear y2022 m2")]
    [InlineData("В марте того же года Москва объявила", "марте того же года", "MonthYear m3 ctx")]
    [InlineData("В 1956 году СССР и Япония подписали", "1956 году", "Year y1956")]
    [InlineData("Острова принадлежат России с 1945 г. и", "1945 г.", "Year y1945")]
    [InlineData("Поправки приняли в прошлом году", "прошлом году", "RelativeYear -1")]
    [InlineData("Поправки примут в этом году", "этом году", "RelativeYear 0")]
    [InlineData("Поправки примут в следующем году", "следующем году", "RelativeYear +1")]
    [InlineData("Об этом сообщили сегодня", "сегодня", "RelativeDay 0")]
    [InlineData("Об этом сообщили вчера", "вчера", "RelativeDay -1")]
    [InlineData("Об этом сообщат завтра", "завтра", "RelativeDay +1")]
    public void Find_Russian_FindsExpression(string text, string span, string description) =>
        AssertSingle(text, span, description);

    [Theory]
    [InlineData("プーチン大統領は水曜日に述べた。", "水曜日", "Weekday Wednesday")]
    [InlineData("首相は金曜に訪問する予定だ。", "金曜", "Weekday Friday Future")]
    [InlineData("来週の金曜日に会談する。", "来週の金曜日", "Weekday Friday Next")]
    [InlineData("先週水曜に会談した。", "先週水曜", "Weekday Wednesday Last")]
    [InlineData("会談は12月13日に行われた。", "12月13日", "MonthDay m12 d13")]
    [InlineData("会談は12月13日（火）に行われた。", "12月13日（火）", "MonthDay m12 d13 Tuesday")]
    [InlineData("会談は12月13日(火)に行われた。", "12月13日(火)", "MonthDay m12 d13 Tuesday")]
    [InlineData("林官房長官は13日、記者会見で述べた。", "13日", "DayOfMonth d13")]
    [InlineData("林官房長官は１３日、記者会見で述べた。", "１３日", "DayOfMonth d13")]
    [InlineData("首相は15日に訪問する予定だ。", "15日", "DayOfMonth d15 Future")]
    [InlineData("2022年12月13日に署名された。", "2022年12月13日", "FullDate y2022 m12 d13")]
    [InlineData("令和5年3月1日に署名された。", "令和5年3月1日", "FullDate y2023 m3 d1")]
    [InlineData("侵攻は2022年2月に始まった。", "2022年2月", "MonthYear y2022 m2")]
    [InlineData("同年3月、交渉を中断した。", "同年3月", "MonthYear m3 ctx")]
    [InlineData("投票は7月に行われた。", "7月", "Month m7")]
    [InlineData("1956年に共同宣言に署名した。", "1956年", "Year y1956")]
    [InlineData("平成元年に始まった。", "平成元年", "Year y1989")]
    [InlineData("本日、発表した。", "本日", "RelativeDay 0")]
    [InlineData("今日、発表した。", "今日", "RelativeDay 0")]
    [InlineData("昨日、発表した。", "昨日", "RelativeDay -1")]
    [InlineData("明日、発表する。", "明日", "RelativeDay +1")]
    [InlineData("昨年、改正された。", "昨年", "RelativeYear -1")]
    [InlineData("去年、改正された。", "去年", "RelativeYear -1")]
    [InlineData("今年、改正された。", "今年", "RelativeYear 0")]
    [InlineData("来年、改正される。", "来年", "RelativeYear +1")]
    public void Find_Japanese_FindsExpression(string text, string span, string description) =>
        AssertSingle(text, span, description);

    [Theory]
    [InlineData("It may rain in the islands.")]
    [InlineData("Prices May be higher, he said.")]
    [InlineData("May I ask a question?")]
    [InlineData("They may 9 times out of 10 refuse.")]
    [InlineData("The March on the capital drew thousands.")]
    [InlineData("Troops march to the border.")]
    [InlineData("He gave an august speech.")]
    public void Find_MayAndMarchAsWords_FindsNothing(string text) =>
        Find(text).Should().BeEmpty();

    [Theory]
    [InlineData("Talks are held on Sundays.")]
    [InlineData("Markets close on Saturdays and Sundays.")]
    [InlineData("They meet every Monday.")]
    [InlineData("Встречи проходят по средам.")]
    [InlineData("Он приезжает каждую пятницу.")]
    [InlineData("会合は毎週水曜日に開かれる。")]
    public void Find_HabitualWeekday_FindsNothing(string text) =>
        Find(text).Should().BeEmpty();

    [Theory]
    [InlineData("based on a 1956 joint declaration")]
    [InlineData("in the 1990s the talks")]
    [InlineData("The talks ended at 13:00 local time.")]
    [InlineData("Over the last year, talks stalled.")]
    [InlineData("Russia Today reported the remarks.")]
    [InlineData("according to Japan Today")]
    [InlineData("reported by the Sun. Later")]
    [InlineData("в среде экспертов и в окружающей среде")]
    [InlineData("2022年度の予算")]
    [InlineData("3日間の日程で、3カ月ぶりに")]
    [InlineData("Sundays")]
    [InlineData("Mondayish plans")]
    public void Find_LookAlikes_FindsNothing(string text) =>
        Find(text).Should().BeEmpty();

    [Fact]
    public void Find_Range_OnlySearchesInsideWithOriginalOffsets()
    {
        const string text = "On Monday he left. Putin said Wednesday the talks stalled. On Friday he returned.";
        int start = text.IndexOf("Putin", StringComparison.Ordinal);
        int end = text.IndexOf("On Friday", StringComparison.Ordinal);
        var found = new List<DateExpression>();
        DateFinder.Find(text, TextSpan.FromBounds(start, end), EnglishRussianJapanese, found);
        found.Should().ContainSingle();
        found[0].Span.Should().Be(new TextSpan(text.IndexOf("Wednesday", StringComparison.Ordinal), "Wednesday".Length));
    }

    [Fact]
    public void Find_SeedArticle_FindsTheExpectedDates()
    {
        string text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "seeds", "000_6b511d131d16d753.txt"));
        List<DateExpression> found = Find(text);
        found.Select(e => e.Span.Of(text)).Should().StartWith(["Wednesday", "February 2022", "March of that year", "Aug 15, 1945"]);
    }

    [Fact]
    public void Find_AllSeeds_NeverThrowAndSpansAreInside()
    {
        foreach (string path in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "seeds"), "*.txt"))
        {
            string text = File.ReadAllText(path);
            List<DateExpression> found = Find(text);
            found.Should().NotContain(e => e.Span.Start < 0 || e.Span.End > text.Length || e.Span.Length == 0);
            found.Select(e => e.Span.Start).Should().BeInAscendingOrder();
        }
    }

    public static TheoryData<string> HostileInputs() =>
    [
        string.Empty,
        " ",
        new string('7', 1 << 20),
        string.Concat(Enumerable.Repeat("2022-", 50_000)),
        string.Concat(Enumerable.Repeat("12月", 50_000)),
        string.Concat(Enumerable.Repeat("last ", 50_000)),
        string.Concat(Enumerable.Repeat("Tuesday, ", 50_000)),
        "\uD800",
        "\uDC00abc\uD800",
        "Monday\uD800December\uDC0013",
        "December 13, \uD83D\uDE00 2022",
        "13.12.",
        "2022-",
        "2022年",
        "令和",
        "同年",
        "(水",
        "December",
        "the day before",
        "Dec.",
        "99999999999999999999 December 2022",
        "February 30, 2022 and 2023-02-29 and 31 апреля",
        "\u0000\u0001\u200B\uFEFF",
    ];

    [Theory]
    [MemberData(nameof(HostileInputs))]
    public void Find_HostileInput_NeverThrows(string text)
    {
        List<DateExpression> found = [];
        FluentActions.Invoking(() => found = Find(text)).Should().NotThrow();
        found.Should().NotContain(e => e.Span.Start < 0 || e.Span.End > text.Length);
    }

    [Theory]
    [InlineData("tr-TR")]
    [InlineData("ja-JP")]
    public void Find_UnderOtherCultures_SameResult(string culture)
    {
        const string text = "He said FRIDAY in JULY, since 1956, on Feb. 1 and 13 ДЕКАБРЯ; Wed. this year";
        List<string> invariant = Find(text).Select(Describe).ToList();
        CultureInfo saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
            Find(text).Select(Describe).Should().Equal(invariant);
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }

        invariant.Should().HaveCount(7);
    }

    [Fact]
    public void Find_InvalidCalendarDates_AreNotFullDates()
    {
        Find("February 30, 2022 and 2023-02-29 and 31 апреля").Should().NotContain(e => e.Kind == DateExpressionKind.FullDate);
    }

    [Fact]
    public void Find_RangeOutsideText_IsClamped()
    {
        var found = new List<DateExpression>();
        FluentActions.Invoking(() => DateFinder.Find("on Monday", new TextSpan(-5, 100), EnglishRussianJapanese, found)).Should().NotThrow();
        found.Should().ContainSingle();
    }

    [Fact]
    public void Find_TwentyThousandSentences_FindsTheSameDatesInEach()
    {
        // A large input is read like a small one: no cap, no drift. (How fast is for the benchmarks.)
        const string sentence = "Putin said Wednesday, December 13, that in 1956 and in July talks stalled. ";
        var sb = new StringBuilder();
        for (int i = 0; i < 20_000; i++)
        {
            sb.Append(sentence);
        }

        string text = sb.ToString();
        List<DateExpression> once = Find(sentence);
        List<DateExpression> found = Find(text);

        once.Select(e => e.Span.Of(sentence)).Should().Equal("Wednesday, December 13", "1956", "July");
        var expected = Enumerable.Range(0, 20_000)
            .SelectMany(k => once.Select(e => e with { Span = new TextSpan(e.Span.Start + (k * sentence.Length), e.Span.Length) }));
        found.Should().Equal(expected);
    }

    [Fact]
    public void Get_FindsEveryWordOfEveryPack_InAnyCase()
    {
        // The shape filter before the table may turn no word away: each word, as written, in capitals and in lower case,
        // in the lexicon of every pack together.
        var words = LanguagePacks.Default.DatesOf(new LanguageGuess(LanguagePacks.Default.First(), [.. LanguagePacks.Default]));
        words.Words.Should().NotBeEmpty();
        foreach (var word in words.Words)
        {
            var entry = words.Get(word);
            entry.Should().NotBe(default(DateWord), "the word {0}", word);
            foreach (var variant in new[] { word.ToUpperInvariant(), word.ToLowerInvariant(), char.ToUpperInvariant(word[0]) + word[1..] })
            {
                if (string.Equals(variant, word, StringComparison.OrdinalIgnoreCase))
                {
                    words.Get(variant).Should().Be(entry, "{0} for {1}", variant, word);
                }
            }
        }
    }
}
