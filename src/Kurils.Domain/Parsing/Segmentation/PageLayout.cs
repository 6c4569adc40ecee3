using Kurils.Domain.Languages;

namespace Kurils.Domain.Parsing.Segmentation;

/// <summary>
/// The article's shape, decided for one call of <see cref="Segmenter.Split(string, PageLexicon)"/> from each line's
/// local class and its neighbours: the comments section, photo and closing credits, the headline, the lead, the
/// dateline and captions. Its working state: the lines, their classes and the kinds decided so far. Turning the
/// decided lines into segments, and the comment thread, are in <c>PageLayout.Segments.cs</c>.
/// </summary>
internal sealed partial class PageLayout
{
    /// <summary>A paragraph this long (or a sentence of this many words) is article text, never a headline.</summary>
    private const int BodyLength = 200;
    private const int BodyWords = 8;

    /// <summary>Longest line that may be a caption.</summary>
    private const int CaptionLength = 160;

    /// <summary>Text this long after a "© Name" line means the mark credits a photo inside the article.</summary>
    private const int ArticleTextLength = 120;

    /// <summary>How many later paragraphs the lead's repetition check reads, and how much of each.</summary>
    private const int RepeatParagraphs = 40;
    private const int RepeatParagraphLength = 4000;
    private const int RepeatLeadLength = 1000;

    private readonly string _text;
    private readonly List<PageLine> _lines;
    private readonly LineClass[] _classes;
    private readonly SegmentKind[] _kinds;
    private readonly bool[] _isPhotoCredit;

    // The line rules, with the page words and marks of the article's languages (their month names read the dateline).
    private readonly LineRules _rules;
    private readonly PageLexicon _words;

    // The comments section starts here; the article is the lines before it.
    private int _commentsStart;
    private int _headline = -1;
    private int _firstArticleLine;
    private int _lead = -1;
    private int _dateline = -1;
    private int _datelineLength;
    private int _datelineRest;

    public PageLayout(string text, List<PageLine> lines, LineRules rules)
    {
        _text = text;
        _lines = lines;
        _classes = new LineClass[lines.Count];
        _kinds = new SegmentKind[lines.Count];
        _isPhotoCredit = new bool[lines.Count];
        _rules = rules;
        _words = rules.Words;
        for (var i = 0; i < lines.Count; i++)
        {
            _classes[i] = lines[i].GluedCredit ? LineClass.Credit : rules.Classify(Content(i));
        }
    }

    private ReadOnlySpan<char> Content(int i) => _text.AsSpan(_lines[i].ContentStart, _lines[i].Length);

    public void Resolve()
    {
        _commentsStart = FindCommentsStart();
        ResolveCredits();
        FindHeadline();
        _firstArticleLine = FirstArticleLine();
        FindLeadAndDateline();
        for (var i = 0; i < _commentsStart; i++)
        {
            _kinds[i] = KindOf(i);
        }

        MarkListedHeadlines();
    }

    /// <summary>
    /// The headlines of other stories that a page lists under a "Related stories" or "Читайте также" line, after the
    /// story has begun: short lines that end no sentence, up to the next line of prose. They are links, not the story.
    /// </summary>
    private void MarkListedHeadlines()
    {
        var sawBody = false;
        var listing = false;
        for (var i = _firstArticleLine; i < _commentsStart; i++)
        {
            if (_classes[i] == LineClass.Navigation)
            {
                listing = sawBody;
                continue;
            }

            if (_kinds[i] != SegmentKind.Body)
            {
                continue;
            }

            var s = Content(i);
            if (listing && !TextShape.EndsSentence(s, _words.Marks) && !IsLong(i, CaptionLength))
            {
                _kinds[i] = SegmentKind.Navigation;
                continue;
            }

            listing = false;
            sawBody = true;
        }
    }

    /// <summary>
    /// The first comments header that follows some article text: a "5 comments" counter above the
    /// headline must not turn the whole article into comments.
    /// </summary>
    private int FindCommentsStart()
    {
        var sawText = false;
        for (var i = 0; i < _lines.Count; i++)
        {
            if (_classes[i] == LineClass.CommentsHeader && sawText)
            {
                return i;
            }

            sawText |= _classes[i] == LineClass.Text && IsLong(i, 100);
        }

        return _lines.Count;
    }

    /// <summary>A bare "© Name" credits a photo when article text still follows it, else it closes the story.</summary>
    private void ResolveCredits()
    {
        var articleTextFollows = false;
        for (var i = _commentsStart - 1; i >= 0; i--)
        {
            if (_classes[i] == LineClass.CopyrightMark)
            {
                _classes[i] = articleTextFollows ? LineClass.PhotoCredit : LineClass.Credit;
            }

            _isPhotoCredit[i] = _classes[i] == LineClass.PhotoCredit;
            articleTextFollows |= _classes[i] == LineClass.Text && IsLong(i, ArticleTextLength);
        }
    }

    /// <summary>
    /// Whether line <paramref name="i"/> is at least <paramref name="latinLength"/> units long, counting
    /// CJK text at two and a half times its length (a Japanese sentence says in 40 units what English says in 100).
    /// </summary>
    private bool IsLong(int i, int latinLength)
    {
        var length = _lines[i].Length;
        return length >= latinLength || ((long)length * 5 / 2 >= latinLength && TextShape.HasCjk(Content(i)));
    }

    /// <summary>A short line that is not a sentence, next to a photo credit.</summary>
    private bool IsCaptionLike(int i) =>
        _classes[i] == LineClass.Text
        && _lines[i].Length <= CaptionLength
        && !TextShape.EndsSentence(Content(i), _words.Marks)
        && ((i > 0 && _isPhotoCredit[i - 1]) || (i + 1 < _commentsStart && _isPhotoCredit[i + 1]));

    private bool IsBodyLike(int i)
    {
        if (_classes[i] != LineClass.Text)
        {
            return false;
        }

        var s = Content(i);
        return IsLong(i, BodyLength)
            || (TextShape.EndsSentence(s, _words.Marks) && TextShape.Heft(s) >= BodyWords)
            || DatelineParser.TryParse(s, _words, out _, out _);
    }

    /// <summary>
    /// The headline: the first substantive (four words or more), not-too-long text line before the body
    /// that does not end in a period unless it is in title case. Failing that, the last short line of two
    /// or more words just before the body.
    /// </summary>
    private void FindHeadline()
    {
        var fallback = -1;
        for (var i = 0; i < _commentsStart; i++)
        {
            if (_classes[i] != LineClass.Text)
            {
                continue;
            }

            if (IsBodyLike(i))
            {
                break;
            }

            var s = Content(i);
            var heft = TextShape.Heft(s);
            if (heft >= 4 && (!TextShape.EndsInPeriod(s, _words.Marks) || TextShape.IsTitleCase(s, _words.Marks)))
            {
                _headline = i;
                return;
            }

            if (heft >= 2 && !TextShape.EndsSentence(s, _words.Marks))
            {
                fallback = i;
            }
        }

        _headline = fallback;
    }

    /// <summary>
    /// The dateline opens the first body paragraph; a paragraph between the headline and that dateline is
    /// the lead. Without a dateline, the paragraph after the headline is a lead when the body repeats it, or
    /// when it is unpunctuated and photo captions follow it.
    /// </summary>
    private void FindLeadAndDateline()
    {
        var first = -1;
        var second = -1;
        for (var i = _firstArticleLine; i < _commentsStart && second < 0; i++)
        {
            if (_classes[i] != LineClass.Text || i == _headline || IsCaptionLike(i) || RepeatsHeadline(i))
            {
                continue;
            }

            if (first < 0)
            {
                first = i;
            }
            else
            {
                second = i;
            }
        }

        if (first < 0)
        {
            return;
        }

        if (TryDateline(first))
        {
            return;
        }

        if (second >= 0 && TryDateline(second))
        {
            if (_headline >= 0)
            {
                _lead = first;
            }

            return;
        }

        if (_headline >= 0 && TextShape.Heft(Content(first)) >= 6
            && (PrecedesPhoto(first) || IsRepeatedLater(first)))
        {
            _lead = first;
        }
    }

    // A page that prints its title twice (the document's title, then the story's heading, cased differently):
    // the copy is neither the lead nor the paragraph the dateline opens.
    private bool RepeatsHeadline(int i) =>
        _headline >= 0 && Content(i).Trim().Equals(Content(_headline).Trim(), StringComparison.OrdinalIgnoreCase);

    // After the headline; without one, from the first body-like line (what precedes it is page junk).
    private int FirstArticleLine()
    {
        if (_headline >= 0)
        {
            return _headline + 1;
        }

        for (var i = 0; i < _commentsStart; i++)
        {
            if (IsBodyLike(i))
            {
                return i;
            }
        }

        // No body at all: whatever follows the headline is the text there is.
        return _headline + 1;
    }

    private bool TryDateline(int i)
    {
        if (!DatelineParser.TryParse(Content(i), _words, out var length, out var rest))
        {
            return false;
        }

        _dateline = i;
        _datelineLength = length;
        _datelineRest = rest;
        return true;
    }

    // A standfirst set above the photo is unpunctuated; a full sentence there is the first body paragraph.
    private bool PrecedesPhoto(int i) =>
        i + 1 < _commentsStart && !TextShape.EndsSentence(Content(i), _words.Marks) && (_isPhotoCredit[i + 1] || IsCaptionLike(i + 1));

    /// <summary>
    /// Whether a later paragraph repeats this one: at least 70% of its distinct words (CJK: character
    /// pairs) occur in one later text line. Bounded: the lead's first units against a capped number of
    /// paragraphs, each read up to a cap.
    /// </summary>
    private bool IsRepeatedLater(int lead)
    {
        var words = new HashSet<ulong>();
        WordTokens.Hashes(Content(lead), RepeatLeadLength, words);
        if (words.Count < 6)
        {
            return false;
        }

        // Each later line's tokens are looked up among the lead's, each lead word counted once per line (the line
        // where it was last seen): no set of every word of the later lines is built.
        var leadWord = new Dictionary<ulong, int>(words.Count);
        foreach (var word in words)
        {
            leadWord[word] = leadWord.Count;
        }

        var seenInLine = new int[words.Count];
        var tokens = new List<ulong>();
        var read = 0;
        for (var i = lead + 1; i < _commentsStart && read < RepeatParagraphs; i++)
        {
            if (_classes[i] != LineClass.Text)
            {
                continue;
            }

            read++;
            tokens.Clear();
            WordTokens.Hashes(Content(i), RepeatParagraphLength, tokens);
            var shared = 0;
            foreach (var token in tokens)
            {
                if (leadWord.TryGetValue(token, out var k) && seenInLine[k] != i)
                {
                    seenInLine[k] = i;
                    if (++shared * 10 >= words.Count * 7)
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    private SegmentKind KindOf(int i)
    {
        switch (_classes[i])
        {
            case LineClass.Navigation:
                return SegmentKind.Navigation;
            case LineClass.Residue:
                return SegmentKind.Residue;
            case LineClass.Advertisement:
                return SegmentKind.Advertisement;
            case LineClass.EditorNote:
                return SegmentKind.EditorNote;
            case LineClass.Tags:
                return SegmentKind.Tags;
            case LineClass.Byline:
                return SegmentKind.Byline;
            case LineClass.CommentsHeader:
                return SegmentKind.CommentsHeader;
            case LineClass.PhotoCredit:
                return SegmentKind.PhotoCredit;
            case LineClass.Credit or LineClass.CopyrightMark:
                return SegmentKind.Credit;
            case LineClass.Timestamp:
                return SegmentKind.Unknown;
        }

        if (i == _headline)
        {
            return SegmentKind.Headline;
        }

        if (i == _lead)
        {
            return SegmentKind.Lead;
        }

        if (IsCaptionLike(i))
        {
            return SegmentKind.Caption;
        }

        if (i < _firstArticleLine || (_headline >= 0 && i < _headline))
        {
            // Before the headline (or the body): short lines are menus, anything else is page junk.
            var s = Content(i);
            return s.Length <= 40 && TextShape.Heft(s) <= 3 && !TextShape.EndsSentence(s, _words.Marks)
                ? SegmentKind.Navigation
                : SegmentKind.Unknown;
        }

        return SegmentKind.Body;
    }
}
