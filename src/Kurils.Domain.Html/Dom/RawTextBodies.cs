using System.Buffers;

namespace Kurils.Domain.Html.Dom;

/// <summary>
/// Cuts the bodies of inline <c>&lt;script&gt;</c> and <c>&lt;style&gt;</c> elements out of the page before
/// tokenizing: they are never text, and the tokenizer would read them character by character (on news pages
/// they are often half the bytes). A body is cut only where HTML's own rule is simple: a script or style start
/// tag found outside comments, whose body holds no <c>&lt;!--</c> (a script's escape states) and ends at the first
/// <c>&lt;/script</c> or <c>&lt;/style</c> followed by a tag-name end. JSON-LD scripts are kept. The cut is a guess
/// that the tree builder checks: every cut must sit right after a start tag the tokenizer really emitted there,
/// else the page is tokenized again uncut (a <c>&lt;script</c> inside an attribute value or a textarea is text).
/// Offsets in the cut copy map back to the page through <see cref="ToSourceStart"/> and <see cref="ToSourceEnd"/>.
/// </summary>
internal sealed class RawTextBodies
{
    /// <summary>Bodies shorter than this are left in: cutting them saves less than it costs.</summary>
    private const int MinCut = 64;

    /// <summary>Where a script, style or comment may begin: the scan jumps from one to the next (vectorized) instead of stopping at every '&lt;'.</summary>
    private static readonly SearchValues<string> Openings = SearchValues.Create(["<script", "<style", "<!--"], StringComparison.OrdinalIgnoreCase);

    private readonly string _source;
    private readonly int[] _bodyStart; // where each cut body begins in the page
    private readonly int[] _bodyEnd;   // just past it
    private readonly int[] _copyAt;    // where each cut sits in the copy (just after its start tag)
    private readonly int[] _shift;     // characters cut up to and including each cut
    private readonly int[] _tagStart;  // where each cut's start tag begins in the copy

    private RawTextBodies(string source, List<(int TagStart, int BodyStart, int BodyEnd)> cuts)
    {
        _source = source;
        _bodyStart = new int[cuts.Count];
        _bodyEnd = new int[cuts.Count];
        _copyAt = new int[cuts.Count];
        _shift = new int[cuts.Count];
        _tagStart = new int[cuts.Count];
        var removed = 0;
        for (var c = 0; c < cuts.Count; c++)
        {
            var (start, bodyStart, bodyEnd) = cuts[c];
            _bodyStart[c] = bodyStart;
            _bodyEnd[c] = bodyEnd;
            _tagStart[c] = start - removed;
            _copyAt[c] = bodyStart - removed;
            removed += bodyEnd - bodyStart;
            _shift[c] = removed;
        }

        CopyLength = source.Length - removed;
    }

    /// <summary>The length of the page with the bodies cut out.</summary>
    public int CopyLength { get; }

    /// <summary>Writes the page with the bodies cut out into <paramref name="destination"/> (at least <see cref="CopyLength"/> long; a rented buffer, so no page-sized string is allocated per page).</summary>
    public void CopyTo(Span<char> destination)
    {
        var from = 0;
        var to = 0;
        for (var c = 0; c < _bodyStart.Length; c++)
        {
            var keep = _source.AsSpan(from, _bodyStart[c] - from);
            keep.CopyTo(destination[to..]);
            to += keep.Length;
            from = _bodyEnd[c];
        }

        _source.AsSpan(from).CopyTo(destination[to..]);
    }

    public int Count => _copyAt.Length;

    /// <summary>The start tag position (in the copy) the tree builder must see for cut <paramref name="i"/>, and where the tag must end.</summary>
    public (int TagStart, int TagEnd) Expected(int i) => (_tagStart[i], _copyAt[i]);

    /// <summary>The page offset of a token that starts at <paramref name="copyOffset"/> (a token starting at a cut starts after the cut body).</summary>
    public int ToSourceStart(int copyOffset) => copyOffset + ShiftThrough(copyOffset, inclusive: true);

    /// <summary>The page offset of a token that ends at <paramref name="copyOffset"/> (a token ending at a cut ends before the cut body).</summary>
    public int ToSourceEnd(int copyOffset) => copyOffset + ShiftThrough(copyOffset, inclusive: false);

    private int ShiftThrough(int copyOffset, bool inclusive)
    {
        int lo = 0, hi = _copyAt.Length - 1, found = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >> 1;
            if (_copyAt[mid] < copyOffset || (inclusive && _copyAt[mid] == copyOffset))
            {
                found = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return found < 0 ? 0 : _shift[found];
    }

    /// <summary>The cuts for <paramref name="source"/>, or null when there is nothing worth cutting.</summary>
    public static RawTextBodies? Find(string source)
    {
        List<(int TagStart, int BodyStart, int BodyEnd)>? cuts = null;
        var i = 0;
        while (i < source.Length)
        {
            var found = source.AsSpan(i).IndexOfAny(Openings);
            if (found < 0)
            {
                break;
            }

            var lt = i + found;

            var rest = source.AsSpan(lt);
            if (rest.StartsWith("<!--", StringComparison.Ordinal))
            {
                var close = source.IndexOf("-->", lt + 4, StringComparison.Ordinal);
                if (close < 0)
                {
                    break;
                }

                i = close + 3;
                continue;
            }

            var name = TagAt(rest);
            if (name is null)
            {
                i = lt + 1;
                continue;
            }

            var bodyStart = EndOfStartTag(source, lt + 1 + name.Length);
            if (bodyStart < 0)
            {
                break;
            }

            var bodyEnd = EndTagAt(source, bodyStart, name);
            if (bodyEnd < 0)
            {
                break; // unterminated: the tokenizer reads it to the end
            }

            var startTag = source.AsSpan(lt, bodyStart - lt);
            var body = source.AsSpan(bodyStart, bodyEnd - bodyStart);
            var keep = (name == "script" && (startTag.Contains("ld+json", StringComparison.OrdinalIgnoreCase) || body.Contains("<!--", StringComparison.Ordinal)))
                || body.Length < MinCut;
            if (!keep)
            {
                (cuts ??= []).Add((lt, bodyStart, bodyEnd));
            }

            i = bodyEnd;
        }

        return cuts is null ? null : new RawTextBodies(source, cuts);
    }

    /// <summary>"script" or "style" when <paramref name="rest"/> opens such a start tag.</summary>
    private static string? TagAt(ReadOnlySpan<char> rest)
    {
        foreach (var name in (ReadOnlySpan<string>)["script", "style"])
        {
            if (rest.Length > name.Length + 1 && rest[1..].StartsWith(name, StringComparison.OrdinalIgnoreCase) && IsNameEnd(rest[name.Length + 1]))
            {
                return name;
            }
        }

        return null;
    }

    private static bool IsNameEnd(char c) => c is ' ' or '\t' or '\n' or '\r' or '\f' or '/' or '>';

    /// <summary>Just past the '&gt;' closing a start tag whose attributes begin at <paramref name="i"/> (quoted values may hold '&gt;'), or -1.</summary>
    private static int EndOfStartTag(string source, int i)
    {
        while (i < source.Length)
        {
            var c = source[i];
            if (c == '>')
            {
                return i + 1;
            }

            if (c == '=')
            {
                i++;
                while (i < source.Length && source[i] is ' ' or '\t' or '\n' or '\r' or '\f')
                {
                    i++;
                }

                if (i < source.Length && source[i] is '"' or '\'')
                {
                    var close = source.IndexOf(source[i], i + 1);
                    if (close < 0)
                    {
                        return -1;
                    }

                    i = close + 1;
                    continue;
                }

                continue;
            }

            i++;
        }

        return -1;
    }

    /// <summary>Where the first "&lt;/name" followed by a tag-name end begins at or after <paramref name="from"/>, or -1.</summary>
    private static int EndTagAt(string source, int from, string name)
    {
        var at = from;
        while (true)
        {
            var close = source.IndexOf("</", at, StringComparison.Ordinal);
            if (close < 0)
            {
                return -1;
            }

            var after = close + 2 + name.Length;
            if (after < source.Length && source.AsSpan(close + 2, name.Length).Equals(name, StringComparison.OrdinalIgnoreCase) && IsNameEnd(source[after]))
            {
                return close;
            }

            at = close + 2;
        }
    }
}
