using System.Buffers;
using System.Collections.Immutable;
using Kurils.Domain.Languages;

namespace Kurils.Domain.Parsing.Statements;

/// <summary>A quotation: the span inside the marks, and the marks' own positions.</summary>
/// <param name="Inner">The quoted words.</param>
/// <param name="Open">The opening mark.</param>
/// <param name="Close">The closing mark; for a quotation the end of the text cut off, its last character.</param>
/// <param name="CutOff">The text ends before the quotation closes.</param>
internal readonly record struct Quote(TextSpan Inner, int Open, int Close, bool CutOff = false);

/// <summary>
/// Finds quotations with the quotation marks of the article's languages (the packs' <c>marks.quotes</c>: “…”, «…»,
/// „…“, 「…」, '…'), including a quote that opens in one paragraph and closes in a later one, whether the later
/// paragraphs reopen it or not, and one the end of the text cuts off. Unbalanced marks are otherwise ignored, never
/// guessed at. Linear: each paragraph is scanned once, and a run-on quote only moves forward.
/// </summary>
internal sealed class Quotes
{
    // Each opening mark (a character of _openers) and, at the same index, the marks that close it ("„" closes with
    // "“" in German, with "”" in Polish). A string and an array rather than a dictionary keyed by char: there are a
    // handful of marks, and such a dictionary is compiled for its key type alone at the first parse (benchmarks/README.md, "Cold start").
    private readonly string _openers;
    private readonly string[] _closers;
    private readonly SearchValues<char> _marks;

    // The opening marks, searched for vectorized (most characters of a paragraph open nothing), and at each opener's
    // index the characters its closing mark is searched among: its closers, and the opener itself when it nests.
    private readonly SearchValues<char> _openerMarks;
    private readonly SearchValues<char>[] _closeStops;

    // The dashes that open and close a dialogue line ("— …, — сказал он."), of the languages that write dialogue so.
    private readonly string _dialogueDashes;

    public Quotes(IEnumerable<QuotePair> pairs, string dialogueDashes = "")
    {
        _dialogueDashes = dialogueDashes;
        var openers = "";
        var closers = new List<string>();
        var marks = new HashSet<char>();
        foreach (var pair in pairs)
        {
            var known = openers.IndexOf(pair.Open, StringComparison.Ordinal);
            if (known < 0)
            {
                openers += pair.Open;
                closers.Add(pair.Close.ToString());
            }
            else if (!closers[known].Contains(pair.Close, StringComparison.Ordinal))
            {
                closers[known] += pair.Close;
            }

            marks.Add(pair.Open);
            marks.Add(pair.Close);
        }

        _openers = openers;
        _closers = [.. closers];
        _marks = SearchValues.Create([.. marks]);
        _openerMarks = SearchValues.Create(openers);
        _closeStops = new SearchValues<char>[openers.Length];
        for (var k = 0; k < openers.Length; k++)
        {
            _closeStops[k] = SearchValues.Create(_closers[k].Contains(openers[k], StringComparison.Ordinal) ? _closers[k] : _closers[k] + openers[k]);
        }
    }

    /// <summary>A dash that opens and closes direct speech in one of the languages ("— …, — сказал он.").</summary>
    public bool IsDialogueDash(char c) => _dialogueDashes.Contains(c, StringComparison.Ordinal);

    /// <summary>A quotation mark of one of the languages, opening or closing.</summary>
    public bool IsQuoteMark(char c) => _marks.Contains(c);

    public ImmutableArray<Quote> Find(string text, IReadOnlyList<TextSpan> paragraphs)
    {
        var result = ImmutableArray.CreateBuilder<Quote>();
        var p = 0;
        while (p < paragraphs.Count)
        {
            var para = paragraphs[p];
            var i = para.Start;
            var continuedTo = p;
            while (i < para.End)
            {
                // Only a character of an opening mark can open a quotation: go straight to the next one.
                var nextOpener = text.AsSpan(i, para.End - i).IndexOfAny(_openerMarks);
                if (nextOpener < 0)
                {
                    i = para.End;
                    continue;
                }

                i += nextOpener;
                var open = text[i];
                if (!IsOpener(text, i, para.Start))
                {
                    i++;
                    continue;
                }

                var close = FindClose(text, open, i + 1, para.End);

                // A single mark written twice stands for a double one (‘’…’’): the quotation runs to the closing mark written twice.
                if (i + 2 < para.End && char.IsLetter(text[i + 2]) && IsMarkClosing(open, text[i + 1]) && DoubledClose(text, open, i + 2, para.End) is >= 0 and var doubled)
                {
                    result.Add(new Quote(Inner(text, i + 2, doubled), i, doubled + 1));
                    i = doubled + 2;
                    continue;
                }

                if (close >= 0)
                {
                    if (HasLetter(text, i + 1, close))
                    {
                        result.Add(new Quote(Inner(text, i + 1, close), i, close));
                    }

                    i = close + 1;
                    continue;
                }

                var runOn = RunOn(text, paragraphs, p, i, out var lastParagraph, out var reopened);
                if (runOn is { } quote)
                {
                    result.Add(quote);
                    continuedTo = lastParagraph;

                    // The rest of a closing paragraph that did not reopen the quote may hold more quotations.
                    if (!reopened && !quote.CutOff)
                    {
                        p = lastParagraph;
                        para = paragraphs[p];
                        i = quote.Close + 1;
                        continue;
                    }

                    break;
                }

                // A mark that is also an apostrophe ('…') opens nothing when nothing closes it: read on.
                if (TextLexicon.IsApostrophe(open))
                {
                    i++;
                    continue;
                }

                // The paragraphs that reopened the quote never close it either: do not search them again.
                continuedTo = Math.Max(p, lastParagraph);
                break;
            }

            p = continuedTo + 1;
        }

        return result.ToImmutable();
    }

    /// <summary>
    /// A quotation left open at the end of paragraph <paramref name="p"/>. The convention for a long quote is to
    /// reopen it at the start of each following paragraph and close it only in the last; some writers do not
    /// reopen it, and then the next quotation mark, when it is a closing one, ends it (within a few paragraphs);
    /// when no quotation mark follows at all and the text ends, the text was cut off inside the quotation.
    /// </summary>
    /// <param name="text">The article's text.</param>
    /// <param name="paragraphs">The body paragraphs.</param>
    /// <param name="p">The paragraph the quotation opens in.</param>
    /// <param name="open">The opening mark.</param>
    /// <param name="lastParagraph">The paragraph the quotation closes in, or the last one it was reopened in.</param>
    /// <param name="reopened">Whether the following paragraphs reopened it.</param>
    private Quote? RunOn(string text, IReadOnlyList<TextSpan> paragraphs, int p, int open, out int lastParagraph, out bool reopened)
    {
        var mark = text[open];
        var q = p + 1;
        while (q < paragraphs.Count && paragraphs[q].Length > 0 && text[paragraphs[q].Start] == mark)
        {
            var closed = FindClose(text, mark, paragraphs[q].Start + 1, paragraphs[q].End);
            if (closed >= 0)
            {
                lastParagraph = q;
                reopened = true;
                return new Quote(Inner(text, open + 1, closed), open, closed);
            }

            q++;
        }

        lastParagraph = q - 1;
        reopened = q > p + 1;
        if (reopened || TextLexicon.IsApostrophe(mark) || text.AsSpan(open + 1, paragraphs[p].End - open - 1).IndexOfAny(_marks) >= 0)
        {
            return null;
        }

        for (var r = p + 1; r < paragraphs.Count; r++)
        {
            var index = NextMarkOutsideNested(text, mark, paragraphs[r]);
            if (index < 0)
            {
                continue;
            }

            if (r - p > MaxUnreopenedParagraphs || !IsCloserOf(text, mark, index) || IsOpener(text, index, paragraphs[r].Start))
            {
                return null;
            }

            lastParagraph = r;
            return new Quote(Inner(text, open + 1, index), open, index);
        }

        // The text was cut off when it ends inside a sentence (an article that ends with a full stop and an
        // unclosed quotation just lacks a mark).
        var last = paragraphs[^1];
        var end = text.AsSpan(0, last.End).TrimEnd().Length;
        if (!text.AsSpan(last.End).IsWhiteSpace() || end == 0 || !(char.IsLetterOrDigit(text[end - 1]) || text[end - 1] is ',' or '、')
            || !HasLetter(text, open + 1, last.End))
        {
            return null;
        }

        lastParagraph = paragraphs.Count - 1;
        return new Quote(Inner(text, open + 1, last.End), open, last.End - 1, CutOff: true);
    }

    /// <summary>
    /// The first quotation mark of a paragraph that is not part of a quotation of other marks nested in it ("… Shinzo a
    /// dit ‘’Changeons d'approche !’’ … Sans condition préalable"): -1 when the paragraph has none.
    /// </summary>
    private int NextMarkOutsideNested(string text, char mark, TextSpan paragraph)
    {
        var from = paragraph.Start;
        while (from < paragraph.End)
        {
            var at = text.AsSpan(from, paragraph.End - from).IndexOfAny(_marks);
            if (at < 0)
            {
                return -1;
            }

            var index = from + at;
            if (text[index] == mark || IsCloserOf(text, mark, index) || !IsOpener(text, index, paragraph.Start))
            {
                return index;
            }

            var open = text[index];
            var close = index + 2 < paragraph.End && IsMarkClosing(open, text[index + 1]) && char.IsLetter(text[index + 2]) && DoubledClose(text, open, index + 2, paragraph.End) is >= 0 and var doubled
                ? doubled + 1
                : FindClose(text, open, index + 1, paragraph.End);
            if (close < 0)
            {
                return index;
            }

            from = close + 1;
        }

        return -1;
    }

    // How many paragraphs a quotation may run over without being reopened.
    private const int MaxUnreopenedParagraphs = 3;

    /// <summary>The marks that close <paramref name="open"/>, when it is an opening mark.</summary>
    private bool TryGetClosers(char open, out string closers)
    {
        var at = _openers.IndexOf(open, StringComparison.Ordinal);
        closers = at < 0 ? "" : _closers[at];
        return at >= 0;
    }

    private bool IsOpener(string text, int i, int paragraphStart)
    {
        var c = text[i];
        if (!TryGetClosers(c, out var closers))
        {
            return false;
        }

        if (!closers.Contains(c, StringComparison.Ordinal))
        {
            return true;
        }

        // A mark that also closes ("…", '…') opens at the start of a paragraph or after a space, an opening
        // bracket or a dash; an apostrophe ('…') only before a letter.
        var before = i == paragraphStart || char.IsWhiteSpace(text[i - 1]) || text[i - 1] is '(' or '[' or '—' or '–' or '-' or ':';
        return before && (!TextLexicon.IsApostrophe(c) || (i + 1 < text.Length && char.IsLetter(text[i + 1])));
    }

    private bool IsCloserOf(string text, char open, int i) =>
        TryGetClosers(open, out var closers) && closers.Contains(text[i], StringComparison.Ordinal) && ClosesHere(text, i);

    /// <summary>The first closing mark of <paramref name="open"/> after <paramref name="from"/> that another closing mark follows (’’), or -1.</summary>
    private int DoubledClose(string text, char open, int from, int end)
    {
        for (var close = FindClose(text, open, from, end); close >= 0 && close + 1 < end; close = FindClose(text, open, close + 1, end))
        {
            if (IsMarkClosing(open, text[close + 1]))
            {
                return close;
            }
        }

        return -1;
    }

    /// <summary>Whether <paramref name="c"/> is a closing mark of <paramref name="open"/>, wherever it stands.</summary>
    private bool IsMarkClosing(char open, char c) => TryGetClosers(open, out var closers) && closers.Contains(c, StringComparison.Ordinal);

    private int FindClose(string text, char open, int from, int end)
    {
        var at = _openers.IndexOf(open, StringComparison.Ordinal);
        if (at < 0)
        {
            return -1;
        }

        var closers = _closers[at];
        var nests = !closers.Contains(open, StringComparison.Ordinal);
        var depth = 0;
        for (var i = from; i < end; i++)
        {
            // Only a closer, or the opener nesting, matters: go straight to the next of them.
            var next = text.AsSpan(i, end - i).IndexOfAny(_closeStops[at]);
            if (next < 0)
            {
                return -1;
            }

            i += next;
            var c = text[i];
            if (nests && c == open)
            {
                depth++;
            }
            else if (closers.Contains(c, StringComparison.Ordinal) && ClosesHere(text, i) && (!nests || depth-- == 0))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// An apostrophe (’, ') closes a quotation only after a stop or comma and not before a letter ('…,' he said),
    /// so that "Japan’s" and "the islanders' homes" do not.
    /// </summary>
    private static bool ClosesHere(string text, int i) =>
        !TextLexicon.IsApostrophe(text[i]) || ((i + 1 == text.Length || !char.IsLetter(text[i + 1])) && i > 0 && (text[i - 1] is ',' or '.' or '!' or '?' || (text[i] == '’' && char.IsLetter(text[i - 1]))));


    /// <summary>
    /// The quoted words without the comma that English puts before the closing mark ("…next," he said) and without the
    /// spaces French sets inside its marks (« … »).
    /// </summary>
    internal static TextSpan Inner(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && (text[end - 1] is ',' or ';' || char.IsWhiteSpace(text[end - 1])))
        {
            end--;
        }

        return TextSpan.FromBounds(start, end);
    }

    private static bool HasLetter(string text, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (char.IsLetter(text[i]))
            {
                return true;
            }
        }

        return false;
    }
}
