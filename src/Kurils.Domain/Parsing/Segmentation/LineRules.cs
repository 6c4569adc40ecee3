using System.Collections.Frozen;

namespace Kurils.Domain.Parsing.Segmentation;

/// <summary>
/// What one line looks like on its own, before its neighbours are considered. <see cref="Text"/> is ordinary
/// prose whose kind (headline, lead, body, caption, comment...) the segmenter decides from context.
/// </summary>
internal enum LineClass
{
    Text,
    Navigation,
    Residue,
    Advertisement,
    EditorNote,
    Tags,
    Byline,
    CommentsHeader,
    PhotoCredit,

    /// <summary>A closing credit that needs no context: "© 2024 Reuters", "(Reuters)", "All rights reserved".</summary>
    Credit,

    /// <summary>A bare "© Someone" line: a photo credit inside the article, a closing credit after it.</summary>
    CopyrightMark,

    /// <summary>A date or time stamp ("June 6, 2024 10:40 JST"): never a headline, ends as Unknown.</summary>
    Timestamp,
}

/// <summary>
/// The line-local rules: each recognises a shape of line that outlets share (UI words, breadcrumbs, bullets,
/// credit marks), never the wording of one article. Every rule bails out early on long lines.
/// </summary>
internal static class LineRules
{
    /// <summary>Lines longer than this are prose: none of the short-line rules apply.</summary>
    private const int ShortLine = 80;

    // Words that make up share/print/login bars. A line made only of these (and separators) is page chrome.
    private static readonly FrozenSet<string> UiWords = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "print", "share", "shares", "tweet", "email", "e-mail", "mail", "copy", "copied", "link", "url", "read", "more",
        "subscribe", "login", "log", "in", "out", "sign", "up", "register", "facebook", "twitter", "x", "whatsapp",
        "telegram", "linkedin", "reddit", "pinterest", "line", "vk", "vkontakte", "save", "saved", "bookmark",
        "a", "aa", "a+", "a-", "a-a", "font", "size", "text", "listen", "audio", "close", "menu", "search", "follow",
        "us", "on", "this", "article", "story", "page", "gift", "reply", "report", "like", "comment", "comments",
        "hide", "show", "open", "print-friendly", "printer", "friendly", "version", "pdf", "send", "to", "the", "&",
        "and", "or", "via", "messenger", "flipboard", "mastodon", "bluesky", "threads", "instagram", "youtube",
        "поделиться", "печать", "распечатать", "версия", "для", "печати", "копировать", "скопировать", "ссылку",
        "ссылка", "подписаться", "читать", "далее", "также", "войти", "выйти", "отправить", "вконтакте", "вк",
        "одноклассники", "телеграм", "размер", "шрифта", "текст", "сохранить", "закладки", "в", "и", "нас",
        "シェア", "印刷", "ツイート", "共有", "リンクをコピー", "コピー", "メール", "ブックマーク", "保存", "もっと見る",
        "続きを読む", "ログイン", "文字サイズ", "大", "中", "小", "フォロー", "ポスト", "はてなブックマーク", "lineで送る");

    // Lines that are a site's menu entries wherever they stand.
    private static readonly FrozenSet<string> NavigationLines = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "all news", "home", "main", "main menu", "back", "back to top", "top", "skip to content", "skip to main content",
        "latest news", "latest", "news", "menu", "more news", "related news", "related", "related articles",
        "related stories", "most read", "most popular", "trending", "editor's picks", "you may also like",
        "все новости", "главная", "новости", "лента новостей", "главное", "читайте также", "по теме",
        "ニュース", "トップ", "ホーム", "ニュース一覧", "関連記事", "関連ニュース", "主要ニュース");

    private static readonly FrozenSet<string> AdvertisementLines = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "advertisement", "advertising", "ad", "ads", "sponsored", "sponsored content", "paid content", "promoted",
        "story continues below advertisement", "article continues below advertisement", "continue reading below",
        "advertisement - scroll to continue", "scroll to continue with content", "реклама", "на правах рекламы",
        "партнерский материал", "спецпроект", "広告", "スポンサーリンク", "pr");

    // "10 Comments", "Comments (5)", "Login to comment": compared after digits and brackets are dropped.
    private static readonly FrozenSet<string> CommentsHeaders = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "comment", "comments", "reader comments", "login to comment", "log in to comment", "sign in to comment",
        "login to post a comment", "log in to post a comment", "leave a comment", "add a comment", "post a comment",
        "show comments", "view comments", "see comments", "join the conversation", "join the discussion",
        "комментарии", "комментариев", "комментария", "комментарий", "все комментарии", "обсуждение",
        "войдите, чтобы комментировать", "コメント", "件のコメント", "コメント件", "コメントする", "コメント一覧", "コメント 件",
        "みんなのコメント");

    private static readonly string[] EditorNotePrefixes =
    [
        "Editor:", "Editor's note", "Editor’s note", "Editors' note", "Editors’ note", "Editor's Note",
        "Correction:", "Clarification:", "Update:", "[Note:", "(Note:", "Note:", "[Editor", "(Editor",
        "Примечание редакции", "Прим. ред", "От редакции", "Поправка:", "編集部注", "【編集部注", "（編集部注", "訂正：",
    ];

    private static readonly string[] BylinePrefixes =
    [
        "By ", "BY ", "Written by ", "Author:", "Authors:", "Reporting by ", "Story by ", "Автор:", "Авторы:", "Автор —",
        "Текст:", "記者：", "文：",
    ];

    private static readonly string[] TagPrefixes = ["Tags:", "Tags -", "Topics:", "Related topics:", "Keywords:", "Теги:", "Темы:", "Тэги:", "タグ：", "タグ:", "キーワード："];

    private static readonly string[] PhotoCreditPrefixes =
    [
        "Photo:", "Photo by ", "Photos:", "Photo credit", "Photograph:", "Image:", "Picture:", "Credit:",
        "Фото:", "Фото ", "Фотография:", "写真：", "写真:", "写真＝", "写真=", "（写真", "(写真", "画像：",
    ];

    private static readonly string[] CreditPrefixes = ["Copyright", "Copyright ©", "©", "(c)", "(C)", "Все права защищены", "無断転載"];

    private static readonly FrozenSet<string> CommonMonths = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
        "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября",
        "декабря", "янв", "фев", "мар", "апр", "июн", "июл", "авг", "сен", "окт", "ноя", "дек");

    // Words that may sit beside a date in a time stamp line without making it prose.
    private static readonly FrozenSet<string> TimestampWords = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "am", "pm", "a.m.", "p.m.", "jst", "gmt", "utc", "msk", "est", "edt", "bst", "cet", "updated", "published",
        "posted", "last", "on", "at", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "mon", "tue", "wed", "thu", "fri", "sat", "sun", "ago", "hours", "hour", "minutes", "min", "mins", "days", "|",
        "обновлено", "опубликовано", "мск", "г.", "года", "в");

    /// <summary>Classifies one line's trimmed content on its own.</summary>
    public static LineClass Classify(ReadOnlySpan<char> s)
    {
        if (IsCommentsHeader(s))
        {
            return LineClass.CommentsHeader;
        }

        if (IsAdvertisement(s))
        {
            return LineClass.Advertisement;
        }

        if (IsResidue(s))
        {
            return LineClass.Residue;
        }

        // Before navigation: "Sergei Bobylev / TASS" would otherwise read as a two-item breadcrumb.
        if (IsPhotoCredit(s))
        {
            return LineClass.PhotoCredit;
        }

        if (IsNavigation(s))
        {
            return LineClass.Navigation;
        }

        if (StartsWithAny(s, EditorNotePrefixes))
        {
            return LineClass.EditorNote;
        }

        if (IsTags(s))
        {
            return LineClass.Tags;
        }

        if (IsByline(s))
        {
            return LineClass.Byline;
        }

        if (IsCredit(s, out var bareMark))
        {
            return bareMark ? LineClass.CopyrightMark : LineClass.Credit;
        }

        return IsTimestamp(s) ? LineClass.Timestamp : LineClass.Text;
    }

    /// <summary>
    /// A reader's handle: short (at most three words, 32 units), no sentence-final punctuation, no comma.
    /// </summary>
    public static bool IsHandle(ReadOnlySpan<char> s) =>
        s.Length is > 0 and <= 32
        && TextShape.WordCount(s) is >= 1 and <= 3
        && !TextShape.EndsSentence(s)
        && s.IndexOfAny(",，、") < 0
        && !s.EndsWith(':');

    /// <summary>
    /// Where a closing credit glued to the end of a sentence starts ("...see related story here.© KYODO"),
    /// or -1. Only a © right after sentence-final punctuation with a short tail counts.
    /// </summary>
    public static int GluedCreditStart(ReadOnlySpan<char> s)
    {
        var from = Math.Max(0, s.Length - 48);
        var at = s[from..].LastIndexOf('©');
        if (at < 0)
        {
            return -1;
        }

        at += from;
        var head = s[..at].TrimEnd();
        var tail = s[(at + 1)..].Trim();
        if (head.Length == 0 || tail.Length == 0 || !TextShape.HasLetter(tail) || !TextShape.EndsSentence(head))
        {
            return -1;
        }

        return at;
    }

    public static bool IsCommentsHeader(ReadOnlySpan<char> s)
    {
        if (s.Length > 48)
        {
            return false;
        }

        // Drop counts and the brackets around them, collapse spaces: "Comments (5)" → "comments".
        Span<char> buffer = stackalloc char[48];
        var n = 0;
        var pendingSpace = false;
        foreach (var c in s)
        {
            if (char.IsDigit(c) || c is '(' or ')' or '[' or ']' or '（' or '）' or ':' or '：' or '|' or '·')
            {
                pendingSpace = n > 0;
                continue;
            }

            if (TextShape.IsSpace(c))
            {
                pendingSpace = n > 0;
                continue;
            }

            if (pendingSpace)
            {
                buffer[n++] = ' ';
                pendingSpace = false;
            }

            buffer[n++] = c;
        }

        return n > 0 && CommentsHeaders.GetAlternateLookup<ReadOnlySpan<char>>().Contains(buffer[..n]);
    }

    public static bool IsAdvertisement(ReadOnlySpan<char> s) =>
        s.Length <= 48 && AdvertisementLines.GetAlternateLookup<ReadOnlySpan<char>>().Contains(s.TrimEnd(".:…"));

    /// <summary>
    /// Page chrome: a short line made only of UI words ("print PRINT", "Share Tweet Email", "A A A",
    /// "Поделиться", "シェア"), or a short line with no letters at all (vote counters, separators).
    /// </summary>
    public static bool IsResidue(ReadOnlySpan<char> s)
    {
        if (s.Length > ShortLine)
        {
            return false;
        }

        if (!TextShape.HasLetter(s))
        {
            return s.Length <= 40;
        }

        var lookup = UiWords.GetAlternateLookup<ReadOnlySpan<char>>();
        var words = 0;
        foreach (var range in s.SplitAny(" \t\u00A0|/·•,:;()[]"))
        {
            var w = s[range].Trim(".!…");
            if (w.IsEmpty)
            {
                continue;
            }

            if (!lookup.Contains(w))
            {
                return false;
            }

            words++;
        }

        return words is > 0 and <= 10;
    }

    /// <summary>
    /// Navigation: a known menu line ("All news", "Home") or a breadcrumb trail: at least two short items,
    /// each starting with a capital (or a digit, or CJK), joined by " &gt; ", " » ", " › " or " / ".
    /// </summary>
    public static bool IsNavigation(ReadOnlySpan<char> s)
    {
        if (s.Length > 160)
        {
            return false;
        }

        if (NavigationLines.GetAlternateLookup<ReadOnlySpan<char>>().Contains(s.TrimEnd(".:…>»›")))
        {
            return true;
        }

        // A link to another story: "Related: Putin says …", "Read more: …", "Читайте также: …".
        foreach (var prefix in LinkPrefixes)
        {
            if (s.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return IsBreadcrumb(s);
    }

    private static readonly string[] LinkPrefixes =
    [
        "Related:", "Related story:", "Related stories:", "Read more:", "Read also:", "Also read:", "See also:", "More:", "Recommended:",
        "Читайте также:", "Читайте также", "Смотрите также:", "関連記事", "関連：", "関連:",
    ];

    private static bool IsBreadcrumb(ReadOnlySpan<char> s)
    {
        var items = 0;
        var rest = s;
        while (true)
        {
            var cut = IndexOfSeparator(rest, out var sepLength);
            var item = (cut < 0 ? rest : rest[..cut]).Trim();
            if (!IsCrumb(item))
            {
                return false;
            }

            items++;
            if (cut < 0)
            {
                return items >= 2;
            }

            rest = rest[(cut + sepLength)..];
        }
    }

    private static int IndexOfSeparator(ReadOnlySpan<char> s, out int length)
    {
        for (var i = 1; i + 1 < s.Length; i++)
        {
            if (s[i] is '>' or '»' or '›' or '/' or '→' && s[i - 1] == ' ' && s[i + 1] == ' ')
            {
                length = 1;
                return i;
            }
        }

        length = 0;
        return -1;
    }

    private static bool IsCrumb(ReadOnlySpan<char> item) =>
        item.Length is > 0 and <= 40
        && TextShape.WordCount(item) <= 5
        && (char.IsUpper(item[0]) || char.IsDigit(item[0]) || TextShape.IsCjk(item[0]))
        && !TextShape.EndsSentence(item);

    /// <summary>Topic tags: a short bullet item, hashtags, or a "Tags:"/"Topics:" line.</summary>
    public static bool IsTags(ReadOnlySpan<char> s)
    {
        if (StartsWithAny(s, TagPrefixes))
        {
            return s.Length <= 400;
        }

        if (s.Length > 60 || s.Length < 2)
        {
            return false;
        }

        if (s[0] is '•' or '·' or '▪' or '‣' or '◦' or '●' or '■' or '・')
        {
            var item = s[1..].Trim();
            return item.Length > 0 && TextShape.WordCount(item) <= 6 && !TextShape.EndsSentence(item)
                && TextShape.HasLetter(item);
        }

        // "#Kurils #Japan": every word a hashtag.
        if (s[0] == '#' && char.IsLetterOrDigit(s[1]))
        {
            foreach (var range in s.SplitAny(" \t,"))
            {
                var w = s[range];
                if (!w.IsEmpty && (w[0] != '#' || w.Length < 2))
                {
                    return false;
                }
            }

            return true;
        }

        return false;
    }

    public static bool IsByline(ReadOnlySpan<char> s)
    {
        if (s.Length > 120 || !StartsWithAny(s, BylinePrefixes) || TextShape.EndsSentence(s))
        {
            return false;
        }

        // "By Jane Doe, Kyodo News": the name after "By " starts with a capital.
        var space = s.IndexOfAny(" :：");
        var name = space < 0 ? ReadOnlySpan<char>.Empty : s[(space + 1)..].TrimStart();
        return name.Length > 0 && (char.IsUpper(name[0]) || TextShape.IsCjk(name[0])) && TextShape.WordCount(s) <= 12;
    }

    /// <summary>
    /// A photo credit: a "Photo:"/"Фото:"/"写真" line, a © line naming a photographer ("© Sergei Bobylev/TASS"),
    /// or a short line ending in a name/AGENCY pair ("Sergei Bobylev/TASS", "REUTERS/Maxim Shemetov").
    /// </summary>
    public static bool IsPhotoCredit(ReadOnlySpan<char> s)
    {
        if (s.Length > 300)
        {
            return false;
        }

        if (StartsWithAny(s, PhotoCreditPrefixes))
        {
            return true;
        }

        return !TextShape.EndsSentence(s) && EndsWithAgencySlash(s);
    }

    // One of the last three words holds "Name/AGENCY" or "AGENCY/Name": letters on both sides, one side all caps.
    private static bool EndsWithAgencySlash(ReadOnlySpan<char> s)
    {
        if (s.Contains("://", StringComparison.Ordinal))
        {
            return false;
        }

        // "Sergei Bobylev / TASS": a spaced slash before an all-caps agency, after a name that is not all caps.
        var spaced = s.LastIndexOf(" / ", StringComparison.Ordinal);
        if (spaced > 0)
        {
            var agency = s[(spaced + 3)..];
            var name = s[..spaced];
            if (agency.Length is >= 2 and <= 24 && TextShape.IsAllCaps(agency) && !TextShape.IsAllCaps(name)
                && TextShape.WordCount(agency) <= 2)
            {
                return true;
            }
        }

        var end = s.Length;
        for (var word = 0; word < 3 && end > 0; word++)
        {
            var start = end;
            while (start > 0 && !TextShape.IsSpace(s[start - 1]))
            {
                start--;
            }

            var w = s[start..end];
            var slash = w.IndexOf('/');
            if (slash > 0 && slash < w.Length - 1)
            {
                var left = w[..slash];
                var right = w[(slash + 1)..];
                var leftCaps = left.Length >= 2 && TextShape.IsAllCaps(left);
                var rightCaps = right.Length >= 2 && TextShape.IsAllCaps(right);
                if (TextShape.HasLetter(left) && TextShape.HasLetter(right) && (leftCaps || rightCaps))
                {
                    return true;
                }
            }

            end = start;
            while (end > 0 && TextShape.IsSpace(s[end - 1]))
            {
                end--;
            }
        }

        return false;
    }

    /// <summary>
    /// A closing credit: "© 2024 Kyodo", "Copyright ...", "(Reuters)", "All rights reserved". A bare
    /// "© Name" is reported as a mark whose kind depends on where it stands.
    /// </summary>
    public static bool IsCredit(ReadOnlySpan<char> s, out bool bareMark)
    {
        bareMark = false;
        if (s.Length > 160)
        {
            return false;
        }

        if (s.Contains("All rights reserved", StringComparison.OrdinalIgnoreCase)
            || IgnoreCaseSearch.IndexOf(s, "Все права защищены") >= 0)
        {
            return true;
        }

        if (s.Length >= 3 && s[0] == '(' && s[^1] == ')' && s.Length <= 32)
        {
            // "(Reuters)", "(Kyodo News)": a parenthesised capitalised name of at most four words.
            var inner = s[1..^1].Trim();
            return inner.Length > 0 && char.IsUpper(inner[0]) && TextShape.WordCount(inner) <= 4
                && !TextShape.EndsSentence(inner) && inner.IndexOfAny("()") < 0;
        }

        foreach (var prefix in CreditPrefixes)
        {
            if (s.StartsWith(prefix, StringComparison.Ordinal))
            {
                var rest = s[prefix.Length..].TrimStart();
                if (!TextShape.HasLetter(rest) && !rest.ContainsAnyInRange('0', '9'))
                {
                    return false;
                }

                // A year after the mark means a publisher's copyright, never a photographer.
                bareMark = !char.IsDigit(rest.IsEmpty ? ' ' : rest[0]) && prefix is "©" or "(c)" or "(C)";
                return true;
            }
        }

        return false;
    }

    /// <summary>A short date/time line: digits and month names with at most one other word.</summary>
    public static bool IsTimestamp(ReadOnlySpan<char> s)
    {
        if (s.Length > 60)
        {
            return false;
        }

        var digits = 0;
        foreach (var c in s)
        {
            if (char.IsDigit(c))
            {
                digits++;
            }
        }

        if (digits == 0)
        {
            return false;
        }

        var months = 0;
        var others = 0;
        foreach (var range in s.SplitAny(" \t\u00A0,/-–"))
        {
            var w = s[range].Trim(".:()");
            if (w.IsEmpty || !TextShape.HasLetter(w))
            {
                continue;
            }

            if (CommonMonths.GetAlternateLookup<ReadOnlySpan<char>>().Contains(w))
            {
                months++;
            }
            else if (!TimestampWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(w)
                     && !IsCjkDateWord(w))
            {
                others++;
            }
        }

        return others == 0 && (months > 0 || digits >= 4);
    }

    public static bool IsMonth(ReadOnlySpan<char> w) => CommonMonths.GetAlternateLookup<ReadOnlySpan<char>>().Contains(w);

    // "2024年6月5日" and "10時40分": CJK date units between digits.
    private static bool IsCjkDateWord(ReadOnlySpan<char> w)
    {
        foreach (var c in w)
        {
            if (!char.IsDigit(c) && c is not ('年' or '月' or '日' or '時' or '分' or '午' or '前' or '後' or '更' or '新'))
            {
                return false;
            }
        }

        return true;
    }

    private static bool StartsWithAny(ReadOnlySpan<char> s, string[] prefixes)
    {
        foreach (var p in prefixes)
        {
            if (s.StartsWith(p, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
