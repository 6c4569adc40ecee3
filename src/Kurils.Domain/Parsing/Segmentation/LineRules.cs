using System.Buffers;
using System.Collections.Immutable;
using Kurils.Domain.Languages;

namespace Kurils.Domain.Parsing.Segmentation;

/// <summary>
/// The line-local rules: each recognises a shape of line that outlets share (UI words, breadcrumbs, bullets,
/// credit marks), never the wording of one article. The words come from the page sections of the article's
/// language packs (<see cref="PageLexicon"/>). Every rule bails out early on long lines.
/// </summary>
internal sealed partial class LineRules(PageLexicon words)
{
    /// <summary>Lines longer than this are prose: none of the short-line rules apply.</summary>
    private const int ShortLine = 80;

    // The separators of the words of a line of UI words and of a date stamp, searched for once per word of every short
    // line: as SearchValues, not a span of units each search would first have to analyse.
    private static readonly SearchValues<char> ResidueSeparators = SearchValues.Create(" \t\u00A0|/·•,:;()[]");
    private static readonly SearchValues<char> TimestampSeparators = SearchValues.Create(" \t\u00A0,/-–");
    private static readonly SearchValues<char> CrumbSeparators = SearchValues.Create(">»›/→");

    /// <summary>The page words the rules read.</summary>
    public PageLexicon Words { get; } = words;

    /// <summary>Classifies one line's trimmed content on its own.</summary>
    public LineClass Classify(ReadOnlySpan<char> s)
    {
        if (IsCommentsHeader(s))
        {
            return LineClass.CommentsHeader;
        }

        if (IsAdvertisement(s))
        {
            return LineClass.Advertisement;
        }

        if (IsConsentBanner(s))
        {
            return LineClass.Navigation;
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

        if (StartsWithAny(s, Words.EditorNotePrefixes))
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
    public bool IsHandle(ReadOnlySpan<char> s) =>
        s.Length is > 0 and <= 32
        && TextShape.WordCount(s) is >= 1 and <= 3
        && !TextShape.EndsSentence(s, Words.Marks)
        && s.IndexOfAny(",，、") < 0
        && !s.EndsWith(':');

    public bool IsCommentsHeader(ReadOnlySpan<char> s)
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

        return n > 0 && Words.CommentsHeaders.GetAlternateLookup<ReadOnlySpan<char>>().Contains(buffer[..n]);
    }

    /// <summary>The longest line read as a cookie or consent banner: a banner is a few sentences and its buttons.</summary>
    private const int MaxConsentBanner = 400;

    /// <summary>A cookie or consent banner ("We use cookies … Accept", "Utilizamos cookies … Aceptar"): a line of page furniture.</summary>
    public bool IsConsentBanner(ReadOnlySpan<char> s) => s.Length <= MaxConsentBanner && Words.ConsentWords.ContainsAny(s);

    public bool IsAdvertisement(ReadOnlySpan<char> s) =>
        s.Length <= 48 && Words.AdvertisementLines.GetAlternateLookup<ReadOnlySpan<char>>().Contains(s.TrimEnd(".:…"));

    /// <summary>
    /// Page chrome: a short line made only of UI words ("print PRINT", "Share Tweet Email", "A A A",
    /// "Поделиться", "シェア"), or a short line with no letters at all (vote counters, separators).
    /// </summary>
    public bool IsResidue(ReadOnlySpan<char> s)
    {
        if (s.Length > ShortLine)
        {
            return false;
        }

        if (!TextShape.HasLetter(s))
        {
            return s.Length <= 40;
        }

        var lookup = Words.UiWords.GetAlternateLookup<ReadOnlySpan<char>>();
        var words = 0;
        foreach (var range in s.SplitAny(ResidueSeparators))
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
    public bool IsNavigation(ReadOnlySpan<char> s)
    {
        if (s.Length > 160)
        {
            return false;
        }

        if (Words.NavigationLines.GetAlternateLookup<ReadOnlySpan<char>>().Contains(s.TrimEnd(".:…>»›")))
        {
            return true;
        }

        // A link to another story: "Related: Putin says …", "Read more: …", "Читайте также: …".
        return StartsWithAny(s, Words.LinkPrefixes) || IsBreadcrumb(s);
    }

    private bool IsBreadcrumb(ReadOnlySpan<char> s)
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

    // A separator unit between two spaces; the units searched vectorized, each hit checked for its spaces (every line of
    // up to 160 units is read for a breadcrumb, and most hold no separator at all).
    private static int IndexOfSeparator(ReadOnlySpan<char> s, out int length)
    {
        for (var i = 1; i + 1 < s.Length; i++)
        {
            var at = s[i..^1].IndexOfAny(CrumbSeparators);
            if (at < 0)
            {
                break;
            }

            i += at;
            if (s[i - 1] == ' ' && s[i + 1] == ' ')
            {
                length = 1;
                return i;
            }
        }

        length = 0;
        return -1;
    }

    private bool IsCrumb(ReadOnlySpan<char> item) =>
        item.Length is > 0 and <= 40
        && TextShape.WordCount(item) <= 5
        && (char.IsUpper(item[0]) || char.IsDigit(item[0]) || TextShape.IsCjk(item[0]))
        && !TextShape.EndsSentence(item, Words.Marks);

    /// <summary>Topic tags: a short bullet item, hashtags, or a "Tags:"/"Topics:" line.</summary>
    public bool IsTags(ReadOnlySpan<char> s)
    {
        if (StartsWithAny(s, Words.TagPrefixes))
        {
            return s.Length <= 400;
        }

        if (s.Length > 60 || s.Length < 2)
        {
            return false;
        }

        if (s[0] is '•' or '·' or '▪' or '‣' or '◦' or '●' or '■' || Words.Bullets.Contains(s[0]))
        {
            var item = s[1..].Trim();
            return item.Length > 0 && TextShape.WordCount(item) <= 6 && !TextShape.EndsSentence(item, Words.Marks)
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

    public bool IsByline(ReadOnlySpan<char> s)
    {
        if (s.Length > 120 || !StartsWithAny(s, Words.BylinePrefixes) || TextShape.EndsSentence(s, Words.Marks))
        {
            return false;
        }

        // "By Jane Doe, Kyodo News": the name after "By " starts with a capital, or with a letter of a script without
        // case ("بقلم أحمد علي", "글: 김민수").
        var space = s.IndexOfAny(" :：");
        var name = space < 0 ? ReadOnlySpan<char>.Empty : s[(space + 1)..].TrimStart();
        return name.Length > 0 && (char.IsUpper(name[0]) || TextShape.IsCjk(name[0]) || IsCaseless(name[0])) && TextShape.WordCount(s) <= 12;
    }

    /// <summary>A letter of a script that has no capitals (Arabic, Hebrew, Hangul, Thai): neither upper nor lower case.</summary>
    private static bool IsCaseless(char c) => char.IsLetter(c) && !char.IsUpper(c) && !char.IsLower(c);

    /// <summary>A short date/time line: digits and month names with at most one other word.</summary>
    public bool IsTimestamp(ReadOnlySpan<char> s)
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
        foreach (var range in s.SplitAny(TimestampSeparators))
        {
            var w = s[range].Trim(".:()");
            if (w.IsEmpty || !TextShape.HasLetter(w))
            {
                continue;
            }

            if (Words.IsMonth(w))
            {
                months++;
            }
            else if (!Words.TimestampWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(w)
                     && !IsUnitDate(w))
            {
                others++;
            }
        }

        return others == 0 && (months > 0 || digits >= 4);
    }

    // "2024年6月5日" and "10時40分": digits with the date units of a language without spaces, each a timestamp word of one character.
    private bool IsUnitDate(ReadOnlySpan<char> w)
    {
        var lookup = Words.TimestampWords.GetAlternateLookup<ReadOnlySpan<char>>();
        var digits = false;
        for (var i = 0; i < w.Length; i++)
        {
            if (char.IsDigit(w[i]))
            {
                digits = true;
            }
            else if (!lookup.Contains(w.Slice(i, 1)))
            {
                return false;
            }
        }

        return digits;
    }

    private static bool StartsWithAny(ReadOnlySpan<char> s, ImmutableArray<string> prefixes) => PageLexicon.StartingPrefix(s, prefixes) is not null;
}
