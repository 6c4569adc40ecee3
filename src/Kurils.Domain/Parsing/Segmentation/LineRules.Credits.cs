using Kurils.Domain.Languages;

namespace Kurils.Domain.Parsing.Segmentation;

// The credit lines: a closing credit ("© 2024 Kyodo", "(Reuters)"), one glued to a sentence's end, and photo credits.
internal sealed partial class LineRules
{
    /// <summary>
    /// Where a closing credit glued to the end of a sentence starts ("...see related story here.© KYODO"),
    /// or -1. Only a © right after sentence-final punctuation with a short tail counts.
    /// </summary>
    public int GluedCreditStart(ReadOnlySpan<char> s)
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
        if (head.Length == 0 || tail.Length == 0 || !TextShape.HasLetter(tail) || !TextShape.EndsSentence(head, Words.Marks))
        {
            return -1;
        }

        return at;
    }

    /// <summary>
    /// A photo credit: a "Photo:"/"Фото:"/"写真" line, a © line naming a photographer ("© Sergei Bobylev/TASS"),
    /// or a short line ending in a name/AGENCY pair ("Sergei Bobylev/TASS", "REUTERS/Maxim Shemetov").
    /// </summary>
    public bool IsPhotoCredit(ReadOnlySpan<char> s)
    {
        if (s.Length > 300)
        {
            return false;
        }

        if (StartsWithAny(s, Words.PhotoCreditPrefixes))
        {
            return true;
        }

        return !TextShape.EndsSentence(s, Words.Marks) && EndsWithAgencySlash(s);
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
    public bool IsCredit(ReadOnlySpan<char> s, out bool bareMark)
    {
        bareMark = false;
        if (s.Length > 160)
        {
            return false;
        }

        if (PageLexicon.ContainsAny(s, Words.RightsReserved))
        {
            return true;
        }

        if (s.Length >= 3 && s[0] == '(' && s[^1] == ')' && s.Length <= 32)
        {
            // "(Reuters)", "(Kyodo News)": a parenthesised capitalised name of at most four words.
            var inner = s[1..^1].Trim();
            return inner.Length > 0 && char.IsUpper(inner[0]) && TextShape.WordCount(inner) <= 4
                && !TextShape.EndsSentence(inner, Words.Marks) && inner.IndexOfAny("()") < 0;
        }

        if (PageLexicon.StartingPrefix(s, Words.CopyrightPrefixes) is { } prefix)
        {
            var rest = s[prefix.Length..].TrimStart();
            if (!TextShape.HasLetter(rest) && !rest.ContainsAnyInRange('0', '9'))
            {
                return false;
            }

            // A year after the mark means a publisher's copyright, never a photographer; a word ("Copyright") says so too.
            bareMark = !char.IsDigit(rest.IsEmpty ? ' ' : rest[0]) && !prefix.Any(char.IsLetter);
            return true;
        }

        return false;
    }
}
