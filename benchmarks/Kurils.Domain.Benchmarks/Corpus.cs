using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace Kurils.Domain.Benchmarks;

/// <summary>
/// One benchmark text: a list of articles and their concatenation. Every article ends with a line break, so
/// <see cref="Text"/> has exactly the characters of the articles and throughput over either counts the same.
/// </summary>
public sealed class Corpus
{
    internal Corpus(string name, ImmutableArray<string> articles)
    {
        Name = name;
        Articles = articles;
        Text = string.Concat(articles);
    }

    /// <summary>The name benchmarks and the throughput columns refer to it by.</summary>
    public string Name { get; }

    /// <summary>The articles, each parsed on its own.</summary>
    public ImmutableArray<string> Articles { get; }

    /// <summary>Every article, one after the other: the text the scanners run over.</summary>
    public string Text { get; }

    /// <summary>Characters (UTF-16 units) in the corpus.</summary>
    public int Length => Text.Length;
}

/// <summary>
/// The named benchmark corpora, built deterministically (fixed <see cref="Random"/> seeds, catalog order,
/// ordinal sorting) from the seed articles copied beside the executable and the catalog's names, so the host
/// process (for the throughput columns) and every benchmark process see the same characters.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item><c>seed-0</c> … <c>seed-4</c>: the seed articles one by one; <c>seeds</c>: all five.</item>
/// <item><c>mixed-1MB</c>, <c>mixed-20MB</c>: dispute news in English, Russian and Japanese paragraphs (seed
/// paragraphs and templates filled with catalog names), datelines, headlines and reader comments.</item>
/// <item><c>en-1MB</c>: the same generator with English paragraphs only.</item>
/// <item><c>gen-1MB</c>, <c>gen-20MB</c>: random everyday prose (no dispute vocabulary) with catalog names in
/// every script dropped between the words, to show results do not hinge on the seed texts.</item>
/// <item><c>prose-en-1MB</c>: the same prose in English only, with a name once in about 300 words: text a crawl
/// mostly holds, where the scanner's cost is the cost of reading.</item>
/// <item><c>en-3KB-article</c>, <c>en-100KB-article</c>, <c>en-1MB-article</c>, <c>en-10MB-article</c>: one English article of that size (headline, dateline,
/// paragraphs), to compare throughput on a short and a huge input.</item>
/// <item><c>nostops-1MB-article</c>: the mixed articles as one text without sentence stops or line breaks, one sentence of
/// 1 Mi chars: where work per sentence that grows with the sentence's length shows.</item>
/// </list>
/// "MB" here means 2^20 characters; a corpus is the first whole articles reaching that size.
/// </remarks>
public static class Corpora
{
    /// <summary>Every corpus name, for listing.</summary>
    public static readonly ImmutableArray<string> Names =
        ["seed-0", "seed-1", "seed-2", "seed-3", "seed-4", "seeds", "en-1MB", "mixed-1MB", "mixed-20MB", "gen-1MB", "gen-20MB", "prose-en-1MB", "en-3KB-article", "en-100KB-article", "en-1MB-article", "en-10MB-article", "nostops-1MB-article"];

    private const int Mi = 1 << 20;

    private static readonly ConcurrentDictionary<string, Lazy<Corpus>> Cache = new(StringComparer.Ordinal);

    /// <summary>The corpus called <paramref name="name"/>, built on first use.</summary>
    public static Corpus Get(string name) =>
        Cache.GetOrAdd(name, n => new Lazy<Corpus>(() => Build(n), LazyThreadSafetyMode.ExecutionAndPublication)).Value;

    /// <summary>The seed articles, in file-name order.</summary>
    public static ImmutableArray<string> Seeds()
    {
        var directory = Path.Combine(AppContext.BaseDirectory, "seeds");
        return [.. Directory.GetFiles(directory, "*.txt").Order(StringComparer.Ordinal).Select(f => File.ReadAllText(f).ReplaceLineEndings("\n") + "\n")];
    }

    private static Corpus Build(string name)
    {
        var articles = name switch
        {
            "seeds" => Seeds(),
            ['s', 'e', 'e', 'd', '-', var d] when d is >= '0' and <= '4' => [Seeds()[d - '0']],
            "en-1MB" => new NewsWriter(seed: 1, englishOnly: true).Articles(Mi),
            "mixed-1MB" => new NewsWriter(seed: 2, englishOnly: false).Articles(Mi),
            "mixed-20MB" => new NewsWriter(seed: 2, englishOnly: false).Articles(20 * Mi),
            "gen-1MB" => new ProseWriter(seed: 3).Articles(Mi),
            "gen-20MB" => new ProseWriter(seed: 3).Articles(20 * Mi),
            "prose-en-1MB" => new ProseWriter(seed: 5, englishOnly: true, nameOneIn: 300).Articles(Mi),
            "en-3KB-article" => [new NewsWriter(seed: 4, englishOnly: true).SingleArticle(3 * 1024)],
            "en-100KB-article" => [new NewsWriter(seed: 4, englishOnly: true).SingleArticle(100 * 1024)],
            "en-1MB-article" => [new NewsWriter(seed: 4, englishOnly: true).SingleArticle(Mi)],
            "en-10MB-article" => [new NewsWriter(seed: 4, englishOnly: true).SingleArticle(10 * Mi)],

            // One "sentence" of 1 Mi chars: the mixed articles with every sentence stop and line break taken out, as a page
            // scraped without its punctuation comes. Work per sentence must stay near linear in the sentence's length.
            "nostops-1MB-article" => [WithoutStops(string.Concat(new NewsWriter(seed: 2, englishOnly: false).Articles(Mi)))],

            // A folder of articles, one per .txt file in ordinal order, read whole as UTF-8 as `kurils parse` reads them
            // (the whole-process harness's corpora: `kurils-throughput generate W/corpus`, then `cpu W/corpus/large`).
            _ when Directory.Exists(name) => [.. Directory.GetFiles(name, "*.txt").Order(StringComparer.Ordinal).Select(f => File.ReadAllText(f, System.Text.Encoding.UTF8))],
            _ => throw new ArgumentException($"Unknown corpus '{name}'. Known: {string.Join(", ", Names)}", nameof(name)),
        };
        return new Corpus(name, articles);
    }

    private static string WithoutStops(string text) =>
        string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = source[i] is '.' or '!' or '?' or '\n' or '\u3002' or '\uFF01' or '\uFF1F' ? ' ' : source[i];
            }
        });

    /// <summary>Catalog names by script, in catalog order.</summary>
    /// <summary>Articles of 1,500–6,000 characters from <paramref name="article"/> until <paramref name="targetChars"/> are written.</summary>
    private static ImmutableArray<string> ArticlesOf(int targetChars, Random random, Func<int, string> article)
    {
        var articles = ImmutableArray.CreateBuilder<string>();
        var total = 0;
        while (total < targetChars)
        {
            var next = article(1500 + random.Next(4500));
            articles.Add(next);
            total += next.Length;
        }

        return articles.ToImmutable();
    }

    private sealed class NamePool
    {
        public NamePool()
        {
            var all = KurilsCatalog.Default.AllEntities.SelectMany(e => e.Names.Select(n => (Entity: e, Name: n))).ToList();
            Latin = Pick(all, n => n.Name.Language == "en" || n.Name.Language.EndsWith("-Latn", StringComparison.Ordinal));
            Russian = Pick(all, n => n.Name.Language.StartsWith("ru-Cyrl", StringComparison.Ordinal));
            Japanese = Pick(all, n => n.Name.Language.StartsWith("ja-", StringComparison.Ordinal) && !n.Name.Language.EndsWith("-Latn", StringComparison.Ordinal));
            Other = Pick(all, n => n.Name.Language.StartsWith("ko", StringComparison.Ordinal) || n.Name.Language.StartsWith("zh", StringComparison.Ordinal));
            EnglishPeople = Pick(all, n => n.Entity is Person && n.Name.Language == "en" && n.Name.Kind == NameKind.FullName);
            EnglishPlaces = Pick(all, n => n.Entity is Territory && n.Name.Language == "en" && !n.Name.FrameOnly);
            RussianPeople = Pick(all, n => n.Entity is Person && n.Name.Language == "ru-Cyrl" && n.Name.Kind == NameKind.FullName);
            RussianPlaces = Pick(all, n => n.Entity is Territory && n.Name.Language == "ru-Cyrl" && !n.Name.FrameOnly);
            JapanesePeople = Pick(all, n => n.Entity is Person && n.Name.Language.StartsWith("ja-", StringComparison.Ordinal) && n.Name.Kind == NameKind.FullName);
            JapanesePlaces = Pick(all, n => n.Entity is Territory && n.Name.Language == "ja-Jpan" && !n.Name.FrameOnly);
        }

        public string[] Latin { get; }

        public string[] Russian { get; }

        public string[] Japanese { get; }

        public string[] Other { get; }

        public string[] EnglishPeople { get; }

        public string[] EnglishPlaces { get; }

        public string[] RussianPeople { get; }

        public string[] RussianPlaces { get; }

        public string[] JapanesePeople { get; }

        public string[] JapanesePlaces { get; }

        private static string[] Pick(List<(CatalogEntity Entity, Name Name)> all, Func<(CatalogEntity Entity, Name Name), bool> keep) =>
            [.. all.Where(keep).Select(n => n.Name.Text).Distinct(StringComparer.Ordinal)];
    }

    /// <summary>Dispute news: seed paragraphs and templates filled with catalog names, in three languages.</summary>
    private sealed class NewsWriter(int seed, bool englishOnly)
    {
        private static readonly string[] Weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
        private static readonly string[] Months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
        private static readonly string[] RussianMonths = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"];
        private static readonly string[] Handles = ["TaiwanIsNotChina", "JJE", "sakurasuki", "factchecker", "Strangerland", "obladi", "bass4funk", "happyhere", "リッチ", "Иван_К"];

        private static readonly string[] EnglishTemplates =
        [
            "{P} said on {W} that Russia's position on the {T} is \"totally unacceptable\" and that Japan would keep pressing its claim.",
            "Speaking to reporters in Tokyo on {D}, {P} reiterated that the {T} are an inherent part of Japan's territory.",
            "\"We will continue our tenacious effort to resolve the territorial issue and sign a peace treaty,\" {P} told a press conference.",
            "The dispute over {T} and {T2} has prevented the two countries from signing a postwar peace treaty since 1945.",
            "{P} noted, however, that there are no immediate plans to visit {T}, suggesting he is busy with other matters.",
            "In March of that year, Moscow announced its suspension of peace pact negotiations with Tokyo, {P} recalled on {W}.",
            "Under the 1956 joint declaration, Moscow agreed to hand over {T} and {T2} after a peace treaty is concluded.",
        ];

        private static readonly string[] RussianTemplates =
        [
            "{P} заявил в {W}, что вопрос о принадлежности острова {T} закрыт и обсуждению не подлежит.",
            "«Россия не отказывается от диалога с Японией», — сказал {P} {D} на полях экономического форума.",
            "Как сообщает ТАСС, {P} в ходе поездки на {T} отметил, что развитие Курил остаётся приоритетом.",
            "По словам {P}, японская сторона сама сделала невозможным продолжение переговоров о мирном договоре.",
            "Острова {T} и {T2} были включены в состав СССР после окончания Второй мировой войны.",
        ];

        private static readonly string[] JapaneseTemplates =
        [
            "{P}官房長官は{D}の記者会見で、{T}について「日本固有の領土であり、到底受け入れられない」と述べた。",
            "【モスクワ共同】{P}氏は{D}、{T}を訪問する具体的な計画はないと語った。",
            "政府は{T}と{T2}の帰属問題を解決して平和条約を締結するとの基本方針を堅持している。",
            "{P}首相は{D}、北方領土問題について「粘り強く交渉を続ける」と強調した。",
        ];

        private static readonly string[] Datelines =
        [
            "TOKYO (Kyodo) -- ", "MOSCOW – ", "ST. PETERSBURG, June 5. /TASS/. ", "YUZHNO-SAKHALINSK, Dec 13 (Reuters) - ",
        ];

        private readonly Random _random = new(seed);
        private readonly NamePool _names = new();
        private readonly string[] _seedParagraphs =
            [.. Seeds().SelectMany(s => s.Split('\n')).Select(l => l.Trim()).Where(l => l.Length > 80).Distinct(StringComparer.Ordinal)];

        public ImmutableArray<string> Articles(int targetChars) => ArticlesOf(targetChars, _random, Article);

        public string SingleArticle(int targetChars)
        {
            var builder = new StringBuilder(targetChars + 4096);
            builder.Append(Headline("en")).Append("\n\n").Append(Datelines[0]);
            while (builder.Length < targetChars)
            {
                builder.Append(Paragraph("en")).Append("\n\n");
            }

            return builder.ToString();
        }

        private string Article(int targetChars)
        {
            var language = englishOnly ? "en" : Pick(["en", "en", "ru", "ja"]);
            var builder = new StringBuilder(targetChars + 1024);
            builder.Append(Headline(language)).Append("\n\n");
            builder.Append(language switch
            {
                "ru" => $"МОСКВА, {1 + _random.Next(28)} {Pick(RussianMonths)}. /ТАСС/. ",
                "ja" => "【東京共同】",
                _ => Pick(Datelines),
            });
            while (builder.Length < targetChars)
            {
                // One paragraph in five in another language: quoted foreign coverage.
                var paragraphLanguage = englishOnly || _random.Next(5) != 0 ? language : Pick(["en", "ru", "ja"]);
                builder.Append(Paragraph(paragraphLanguage)).Append("\n\n");
            }

            if (!englishOnly && _random.Next(3) == 0)
            {
                var count = 1 + _random.Next(6);
                builder.Append(CultureInfo.InvariantCulture, $"{count} Comments\nLogin to comment\n");
                for (var i = 0; i < count; i++)
                {
                    builder.Append(Pick(Handles)).Append('\n').Append(Paragraph(Pick(["en", "en", "ru", "ja"]))).Append('\n');
                }
            }

            return builder.ToString().TrimEnd() + "\n";
        }

        private string Headline(string language) => language switch
        {
            "ru" => $"{Pick(_names.RussianPeople)}: переговоры о мирном договоре с Японией невозможны",
            "ja" => $"{Pick(_names.JapanesePlaces)}問題、{Pick(_names.JapanesePeople)}氏が発言",
            _ => $"{Pick(_names.EnglishPeople)}: conditions not ready for peace treaty talks on {Pick(_names.EnglishPlaces)}",
        };

        private string Paragraph(string language)
        {
            if (language == "en" && _random.Next(2) == 0)
            {
                return Pick(_seedParagraphs);
            }

            var sentences = 1 + _random.Next(3);
            var builder = new StringBuilder();
            for (var i = 0; i < sentences; i++)
            {
                if (i > 0)
                {
                    builder.Append(language == "ja" ? string.Empty : " ");
                }

                var (templates, people, places) = language switch
                {
                    "ru" => (RussianTemplates, _names.RussianPeople, _names.RussianPlaces),
                    "ja" => (JapaneseTemplates, _names.JapanesePeople, _names.JapanesePlaces),
                    _ => (EnglishTemplates, _names.EnglishPeople, _names.EnglishPlaces),
                };
                builder.Append(Pick(templates)
                    .Replace("{P}", Pick(people), StringComparison.Ordinal)
                    .Replace("{T2}", Pick(places), StringComparison.Ordinal)
                    .Replace("{T}", Pick(places), StringComparison.Ordinal)
                    .Replace("{W}", language == "ru" ? "среду" : Pick(Weekdays), StringComparison.Ordinal)
                    .Replace("{D}", Date(language), StringComparison.Ordinal));
            }

            return builder.ToString();
        }

        private string Date(string language)
        {
            var (year, month, day) = (2016 + _random.Next(9), 1 + _random.Next(12), 1 + _random.Next(28));
            return language switch
            {
                "ru" => $"{day} {RussianMonths[month - 1]} {year} года",
                "ja" => $"{year}年{month}月{day}日",
                _ => string.Create(CultureInfo.InvariantCulture, $"{Months[month - 1]} {day}, {year}"),
            };
        }

        private T Pick<T>(T[] items) => items[_random.Next(items.Length)];
    }

    /// <summary>Everyday prose with no dispute vocabulary, and a catalog name in any script every few words.</summary>
    private sealed class ProseWriter(int seed, bool englishOnly = false, int nameOneIn = 12)
    {
        private static readonly string[] EnglishWords =
        [
            "the", "a", "of", "and", "to", "in", "is", "was", "for", "on", "with", "as", "at", "by", "from", "this", "that", "it", "we",
            "they", "garden", "recipe", "weather", "morning", "football", "market", "coffee", "bicycle", "library", "concert", "river",
            "mountain", "teacher", "students", "festival", "weekend", "kitchen", "bread", "tomatoes", "season", "rain", "sunny", "train",
            "station", "museum", "painting", "guitar", "village", "bakery", "neighbours", "holiday", "summer", "winter", "cheese", "walked",
            "cooked", "played", "visited", "enjoyed", "opened", "closed", "bought", "slowly", "quickly", "yesterday", "tomorrow", "often",
        ];

        private static readonly string[] RussianWords =
        [
            "утром", "погода", "рецепт", "сад", "поезд", "музей", "концерт", "река", "хлеб", "сыр", "лето", "зима", "город", "дети", "школа",
            "гуляли", "готовили", "купили", "быстро", "медленно", "вчера", "завтра", "и", "в", "на", "с",
        ];

        private static readonly string[] JapaneseWords =
        [
            "今日は", "天気が", "良いので", "公園で", "散歩した。", "駅前の", "パン屋で", "コーヒーを", "買った。", "週末は", "図書館に", "行く予定だ。",
            "料理の", "レシピを", "友達と", "映画を", "見た。", "夏祭りが", "始まる。",
        ];

        private readonly Random _random = new(seed);
        private readonly NamePool _names = new();

        public ImmutableArray<string> Articles(int targetChars) => ArticlesOf(targetChars, _random, Article);

        private string Article(int targetChars)
        {
            var builder = new StringBuilder(targetChars + 512);
            builder.Append(Sentence(6, capital: true).TrimEnd('.')).Append("\n\n");
            while (builder.Length < targetChars)
            {
                var sentences = 2 + _random.Next(5);
                for (var i = 0; i < sentences; i++)
                {
                    builder.Append(Sentence(8 + _random.Next(14), capital: true)).Append(' ');
                }

                builder.Length--;
                builder.Append("\n\n");
            }

            return builder.ToString().TrimEnd() + "\n";
        }

        private string Sentence(int words, bool capital)
        {
            var builder = new StringBuilder();
            var script = englishOnly ? "en" : _random.Next(10) switch { 0 => "ru", 1 => "ja", _ => "en" };
            for (var w = 0; w < words; w++)
            {
                var word = _random.Next(nameOneIn) == 0 ? Name() : script switch
                {
                    "ru" => Pick(RussianWords),
                    "ja" => Pick(JapaneseWords),
                    _ => Pick(EnglishWords),
                };
                if (w == 0 && capital && word.Length > 0 && char.IsLower(word[0]))
                {
                    word = char.ToUpperInvariant(word[0]) + word[1..];
                }

                if (w > 0 && script != "ja")
                {
                    builder.Append(' ');
                }

                builder.Append(word);
            }

            return builder.Append(script == "ja" ? "。" : ".").ToString();
        }

        private string Name() => _random.Next(10) switch
        {
            < 6 => Pick(_names.Latin),
            < 8 => Pick(_names.Russian),
            < 9 => Pick(_names.Japanese),
            _ => Pick(_names.Other),
        };

        private T Pick<T>(T[] items) => items[_random.Next(items.Length)];
    }
}
