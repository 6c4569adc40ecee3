using System.Runtime.InteropServices;

namespace Kurils.Domain.Parsing.Statements;

// The speech verbs of a sentence, read once: the attribution of its quotations, of its reported speech, a second
// speaker's after a comma and the reciprocal subject each walk the same verbs.
internal sealed partial class StatementContext
{
    // The verbs of the words of _verbsRead, each word's verb as the lexicon finds it ending there (its look-back not
    // before the span's start), in text order; and the verbs of another span, derived from them or read anew.
    private readonly List<(TextSpan Word, TextSpan Verb)> _verbs = [];
    private readonly List<(TextSpan Word, TextSpan Verb)> _verbsOfPart = [];
    private TextSpan? _verbsRead;

    /// <summary>
    /// The words of <paramref name="span"/> that end a speech verb, each with the verb (<see cref="SpeechLexicon.VerbEndingAt"/>
    /// looking back no further than the span's start), in text order. Valid until the next call.
    /// </summary>
    /// <remarks>
    /// A span that ends where the span read last ends, starts inside it and not inside a word has as words the words
    /// read there that start in it, and as verbs those found there that start in it: a verb of several words is found
    /// by stepping back a word at a time, the same steps from either start until a step would cross the later one.
    /// So the quotations' sentence (read first), its reported speech, a second speaker's clause and a speaker between
    /// quotations are read once.
    /// </remarks>
    public List<(TextSpan Word, TextSpan Verb)> VerbsIn(TextSpan span)
    {
        if (span == _verbsRead)
        {
            return _verbs;
        }

        if (_verbsRead is { } read && span.End == read.End && span.Start >= read.Start && !InsideWord(span.Start))
        {
            _verbsOfPart.Clear();
            foreach (var (word, verb) in CollectionsMarshal.AsSpan(_verbs))
            {
                if (word.Start >= span.Start && verb.Start >= span.Start)
                {
                    _verbsOfPart.Add((word, verb));
                }
            }

            return _verbsOfPart;
        }

        _verbs.Clear();
        foreach (var word in Words.In(Text, span))
        {
            if (speech.VerbEndingAt(Text, word, span.Start) is { } verb)
            {
                _verbs.Add((word, verb));
            }
        }

        _verbsRead = span;
        return _verbs;
    }

    // Whether a letter stands on both sides of the offset (a word would be cut there).
    private bool InsideWord(int offset) => offset > 0 && offset < Text.Length && char.IsLetter(Text[offset - 1]) && char.IsLetter(Text[offset]);
}
