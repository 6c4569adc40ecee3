using System.Globalization;
using System.Text;

namespace Kurils.Domain.Throughput;

/// <summary>
/// Writes pages that look like the text a crawler extracts from news sites: navigation lines, a headline, a byline
/// and a time stamp, a dateline, body paragraphs in English, Russian or Japanese (one in five in another script),
/// photo captions, related links, reader comments and a footer. Every name comes from the catalog; every sentence
/// is a template written here; nothing is copied from a real page. Deterministic for a seed.
/// </summary>
internal sealed class PageWriter(int seed, CatalogNames names)
{
    private static readonly string[] Months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
    private static readonly string[] RussianMonths = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"];
    private static readonly string[] Weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

    private static readonly string[] Navigation =
    [
        "Home | World | Asia | Politics | Business | Sport | Opinion | Video",
        "Menu  Search  Sign in  Subscribe",
        "Главная / Политика / Международная панорама",
        "ホーム > 政治 > 国際",
        "Skip to main content",
        "Top Stories  Latest  Most Read  Newsletters",
        "Новости  Видео  Фото  Спецпроекты",
        "ニュース一覧 | 速報 | 動画 | 特集",
    ];

    private static readonly string[] English =
    [
        "{P} said on {W} that the government would keep pressing its claim to {T}.",
        "Speaking to reporters on {D}, {P} said the status of {T} and {T2} was not up for discussion.",
        "\"We will continue to seek a solution through dialogue,\" {P} told a news conference.",
        "The row over {T} has kept the two countries from concluding a peace treaty for decades.",
        "{P} added that there were no plans for a visit to {T} this year.",
        "Officials in {T} reported that a new pier and a clinic had opened in the spring.",
        "Fishing crews near {T2} were told to stay clear of the area during the drills, the ministry said.",
        "According to {P}, talks on joint economic activity on {T} had stalled since {D}.",
    ];

    private static readonly string[] Russian =
    [
        "{P} заявил в среду, что вопрос о принадлежности острова {T} закрыт.",
        "«Мы готовы к диалогу, но не за счёт суверенитета», — сказал {P} {D}.",
        "По словам {P}, на острове {T} за год построят школу и причал.",
        "Жители {T2} жалуются на перебои с паромом, сообщили местные власти.",
        "{P} отметил, что развитие островов остаётся приоритетом правительства.",
    ];

    private static readonly string[] Japanese =
    [
        "{P}氏は{D}の記者会見で、{T}について「固有の領土だ」と述べた。",
        "政府は{T}と{T2}の問題を解決して平和条約を結ぶ方針を変えていない。",
        "{P}氏は{D}、{T}を訪問する計画はないと語った。",
        "元島民の団体は{T}への墓参の再開を求めている。",
    ];

    private static readonly string[] Comments =
    [
        "Nothing will change as long as {P} is in charge.",
        "Give {T} back, it is that simple.",
        "Who cares, nobody lives on {T} anyway lol",
        "Согласен с автором, {T} — наша земля.",
        "{T}は日本の領土です。",
        "Great article, thanks for the coverage!!",
        "Another talk shop. Wake me up when something happens.",
        "Interesting that {P} said nothing about the fishing quotas.",
    ];

    private static readonly string[] Handles = ["kaze_no_oto", "Strangeland77", "ivan.k", "factcheck_pls", "ОльгаМ", "さくら", "bass4funk", "northern_view"];
    private static readonly string[] Outlets = ["Daily Meridian", "North Pacific Review", "Вестник Востока", "海峡新聞", "The Harbour Post"];
    private static readonly string[] Related = ["Related:", "Read more:", "См. также:", "関連記事："];
    private static readonly string[] Footer = ["© 2026 {O}. All rights reserved.", "Share: Facebook  X  LINE  Email", "Подписывайтесь на наш канал", "Copyright © {O} 無断転載禁止", "Cookie settings | Privacy | Terms"];

    private readonly Random _random = new(seed);

    /// <summary>One short page of about <paramref name="targetChars"/> characters (often a little more).</summary>
    public string Page(int targetChars)
    {
        var builder = new StringBuilder(targetChars + 512);
        var language = Pick(["en", "en", "en", "ru", "ja"]);
        var outlet = Pick(Outlets);
        for (var i = 0; i < 1 + _random.Next(3); i++)
        {
            builder.Append(Pick(Navigation)).Append('\n');
        }

        builder.Append('\n').Append(Headline(language)).Append("\n\n");
        builder.Append(Byline(language, outlet)).Append("\n\n");
        var first = true;
        while (builder.Length < targetChars)
        {
            var roll = _random.Next(10);
            if (!first && roll == 0)
            {
                builder.Append(Caption(language)).Append("\n\n");
            }
            else if (!first && roll == 1)
            {
                builder.Append(Pick(Related)).Append(' ').Append(Headline(Pick(["en", "ru", "ja"]))).Append("\n\n");
            }
            else
            {
                var paragraphLanguage = _random.Next(5) == 0 ? Pick(["en", "ru", "ja"]) : language;
                builder.Append(first ? Dateline(language) : string.Empty).Append(Paragraph(paragraphLanguage)).Append("\n\n");
                first = false;
            }
        }

        if (_random.Next(3) == 0)
        {
            var count = 1 + _random.Next(5);
            builder.Append(CultureInfo.InvariantCulture, $"{count} Comments\nLogin to comment\n\n");
            for (var i = 0; i < count; i++)
            {
                builder.Append(Pick(Handles)).Append(CultureInfo.InvariantCulture, $"\n{1 + _random.Next(23)} hours ago\n").Append(Fill(Pick(Comments), "en")).Append("\n\n");
            }
        }

        builder.Append(Pick(Footer).Replace("{O}", outlet, StringComparison.Ordinal)).Append('\n');
        return builder.ToString();
    }

    /// <summary>One long page: a headline and byline, then paragraphs, captions and comment threads up to the size.</summary>
    public string LargePage(int targetChars)
    {
        var builder = new StringBuilder(targetChars + 4096);
        builder.Append(Pick(Navigation)).Append("\n\n").Append(Headline("en")).Append("\n\n").Append(Byline("en", Pick(Outlets))).Append("\n\n").Append(Dateline("en"));
        while (builder.Length < targetChars)
        {
            builder.Append(_random.Next(12) == 0 ? Caption("en") : Paragraph(_random.Next(5) == 0 ? Pick(["ru", "ja"]) : "en")).Append("\n\n");
        }

        return builder.Append(Pick(Footer).Replace("{O}", Pick(Outlets), StringComparison.Ordinal)).Append('\n').ToString();
    }

    private string Headline(string language) => language switch
    {
        "ru" => $"{Pick(names.RussianPeople)}: вопрос о {Pick(names.RussianPlaces)} не обсуждается",
        "ja" => $"{Pick(names.JapanesePlaces)}問題、{Pick(names.JapanesePeople)}氏が発言",
        _ => $"{Pick(names.EnglishPeople)} rules out talks on {Pick(names.EnglishPlaces)} this year",
    };

    private string Byline(string language, string outlet)
    {
        var (hour, minute) = (_random.Next(24), _random.Next(60));
        return language switch
        {
            "ru" => $"{outlet}\nОпубликовано: {Date("ru")}, {hour:00}:{minute:00}",
            "ja" => $"{outlet}\n{Date("ja")} {hour}時{minute}分",
            _ => string.Create(CultureInfo.InvariantCulture, $"By {Pick(["Staff Writer", "Our Correspondent", "Agencies"])}\nPublished: {Date("en")} {hour:00}:{minute:00} JST | Updated {1 + _random.Next(9)} hours ago"),
        };
    }

    private string Dateline(string language) => language switch
    {
        "ru" => $"МОСКВА, {1 + _random.Next(28)} {Pick(RussianMonths)}. ",
        "ja" => "【東京】",
        _ => Pick(["TOKYO -- ", "MOSCOW – ", "YUZHNO-SAKHALINSK (Reuters) - ", string.Empty]),
    };

    private string Caption(string language) => language switch
    {
        "ru" => $"Вид на остров {Pick(names.RussianPlaces)}. Фото: архив",
        "ja" => $"{Pick(names.JapanesePlaces)}の港（資料写真）",
        _ => $"A view of {Pick(names.EnglishPlaces)} in {2015 + _random.Next(10)}. (Photo: {Pick(["Kyodo", "AFP", "file photo"])})",
    };

    private string Paragraph(string language)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < 1 + _random.Next(3); i++)
        {
            if (i > 0 && language != "ja")
            {
                builder.Append(' ');
            }

            builder.Append(Fill(Pick(language switch { "ru" => Russian, "ja" => Japanese, _ => English }), language));
        }

        return builder.ToString();
    }

    private string Fill(string template, string language)
    {
        var (people, places) = language switch
        {
            "ru" => (names.RussianPeople, names.RussianPlaces),
            "ja" => (names.JapanesePeople, names.JapanesePlaces),
            _ => (names.EnglishPeople, names.EnglishPlaces),
        };
        return template
            .Replace("{P}", Pick(people), StringComparison.Ordinal)
            .Replace("{T2}", Pick(places), StringComparison.Ordinal)
            .Replace("{T}", Pick(places), StringComparison.Ordinal)
            .Replace("{W}", Pick(Weekdays), StringComparison.Ordinal)
            .Replace("{D}", Date(language), StringComparison.Ordinal);
    }

    private string Date(string language)
    {
        var (year, month, day) = (2016 + _random.Next(10), 1 + _random.Next(12), 1 + _random.Next(28));
        return language switch
        {
            "ru" => $"{day} {RussianMonths[month - 1]} {year} года",
            "ja" => $"{year}年{month}月{day}日",
            _ => string.Create(CultureInfo.InvariantCulture, $"{Months[month - 1]} {day}, {year}"),
        };
    }

    private T Pick<T>(T[] items) => items[_random.Next(items.Length)];
}

/// <summary>The catalog's territory and people names the pages and the baseline use, in catalog order.</summary>
internal sealed class CatalogNames
{
    public CatalogNames(KurilsCatalog catalog)
    {
        var all = catalog.AllEntities.Where(e => e is Territory or Person).SelectMany(e => e.Names.Select(n => (Entity: e, Name: n))).ToList();
        EnglishPeople = Pick(all, n => n.Entity is Person && n.Name.Language == "en" && n.Name.Kind == NameKind.FullName);
        RussianPeople = Pick(all, n => n.Entity is Person && n.Name.Language == "ru-Cyrl" && n.Name.Kind == NameKind.FullName);
        JapanesePeople = Pick(all, n => n.Entity is Person && n.Name.Language == "ja-Jpan" && n.Name.Kind == NameKind.FullName);
        EnglishPlaces = Pick(all, n => n.Entity is Territory && n.Name.Language == "en" && !n.Name.FrameOnly);
        RussianPlaces = Pick(all, n => n.Entity is Territory && n.Name.Language == "ru-Cyrl" && !n.Name.FrameOnly);
        JapanesePlaces = Pick(all, n => n.Entity is Territory && n.Name.Language == "ja-Jpan" && !n.Name.FrameOnly);
        // A user pastes one spelling per language: each territory's and person's first name in English, Russian and Japanese.
        ForBaseline = [.. catalog.AllEntities.Where(e => e is Territory or Person)
            .SelectMany(e => new[] { "en", "ru-Cyrl", "ja-Jpan" }.Select(l => e.Names.FirstOrDefault(n => n.Language == l && !n.FrameOnly)?.Text))
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)];
    }

    public string[] EnglishPeople { get; }

    public string[] RussianPeople { get; }

    public string[] JapanesePeople { get; }

    public string[] EnglishPlaces { get; }

    public string[] RussianPlaces { get; }

    public string[] JapanesePlaces { get; }

    /// <summary>The list a user would paste into a regex: one name per entity and language.</summary>
    public string[] ForBaseline { get; }

    private static string[] Pick(List<(CatalogEntity Entity, Name Name)> all, Func<(CatalogEntity Entity, Name Name), bool> keep) =>
        [.. all.Where(keep).Select(n => n.Name.Text).Distinct(StringComparer.Ordinal)];
}
