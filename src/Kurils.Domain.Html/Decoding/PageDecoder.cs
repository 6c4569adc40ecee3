using System.Text;

namespace Kurils.Domain.Html.Decoding;

/// <summary>
/// Turns a page's bytes into text the way browsers choose the encoding (the WHATWG encoding-sniffing order,
/// simplified): a byte-order mark; else the transport's charset (an HTTP header the caller passes); else a
/// <c>&lt;meta charset&gt;</c> or <c>http-equiv</c> declaration in the first 1024 bytes; else UTF-8 when the bytes
/// are valid UTF-8, windows-1252 otherwise. A declaration that the bytes contradict is corrected: a Latin-1 or
/// ASCII label on valid multi-byte UTF-8 reads as UTF-8 (the commonest wrong declaration on the web), and a
/// label the runtime does not know falls back to the sniffing. Never throws on content.
/// </summary>
internal static class PageDecoder
{
    private const int PrescanLength = 1024;

    public static (string Text, string Encoding, bool Invalid) Decode(ReadOnlySpan<byte> bytes, string? transportCharset)
    {
        if (bytes.StartsWith([(byte)0xEF, (byte)0xBB, (byte)0xBF]))
        {
            return Utf8(bytes[3..]);
        }

        if (bytes.StartsWith([(byte)0xFF, (byte)0xFE]))
        {
            return (Encoding.Unicode.GetString(bytes[2..]), "utf-16le", false);
        }

        if (bytes.StartsWith([(byte)0xFE, (byte)0xFF]))
        {
            return (Encoding.BigEndianUnicode.GetString(bytes[2..]), "utf-16be", false);
        }

        var declared = Lookup(transportCharset) ?? Lookup(Prescan(bytes[..Math.Min(bytes.Length, PrescanLength)]));
        if (declared is null || declared.CodePage == Encoding.UTF8.CodePage)
        {
            return declared is null && !System.Text.Unicode.Utf8.IsValid(bytes)
                ? (Windows1252.GetString(bytes), "windows-1252", false)
                : Utf8(bytes);
        }

        if (declared.IsSingleByte && IsLatin(declared) && HasMultiByteUtf8(bytes) && System.Text.Unicode.Utf8.IsValid(bytes))
        {
            return Utf8(bytes);
        }

        return (declared.GetString(bytes), declared.WebName, false);
    }

    private static (string, string, bool) Utf8(ReadOnlySpan<byte> bytes) =>
        (Encoding.UTF8.GetString(bytes), "utf-8", !System.Text.Unicode.Utf8.IsValid(bytes));

    private static Encoding Windows1252 => CodePagesEncodingProvider.Instance.GetEncoding(1252)!;

    private static bool IsLatin(Encoding encoding) => encoding.CodePage is 1252 or 28591 or 20127;

    private static bool HasMultiByteUtf8(ReadOnlySpan<byte> bytes) => bytes.IndexOfAnyInRange((byte)0x80, (byte)0xFF) >= 0;

    /// <summary>The encoding for a charset label, with the WHATWG's aliases (latin1 and ascii are windows-1252; a UTF-16 label in bytes without a BOM is UTF-8).</summary>
    internal static Encoding? Lookup(string? label)
    {
        if (string.IsNullOrWhiteSpace(label))
        {
            return null;
        }

        var name = label.Trim().Trim('"', '\'').ToLowerInvariant();
        switch (name)
        {
            case "utf-8" or "utf8" or "unicode-1-1-utf-8" or "utf-16" or "utf-16le" or "utf-16be" or "unicode":
                return Encoding.UTF8;
            case "iso-8859-1" or "latin1" or "l1" or "us-ascii" or "ascii" or "iso8859-1" or "cp1252" or "windows-1252" or "x-cp1252":
                return Windows1252;
            case "x-sjis" or "shift-jis" or "sjis" or "ms_kanji" or "windows-31j" or "cp932":
                name = "shift_jis";
                break;
            case "gb2312" or "gbk" or "x-gbk":
                name = "gb18030";
                break;
        }

        try
        {
            return CodePagesEncodingProvider.Instance.GetEncoding(name) ?? Encoding.GetEncoding(name);
        }
        catch (ArgumentException)
        {
            return null; // a label no one knows: sniff instead
        }
    }

    /// <summary>The charset a <c>&lt;meta&gt;</c> tag declares in the page's first bytes (ASCII-compatible encodings only), if any.</summary>
    internal static string? Prescan(ReadOnlySpan<byte> head)
    {
        var at = 0;
        while (at < head.Length)
        {
            var meta = IndexOfIgnoreCase(head[at..], "<meta"u8);
            if (meta < 0)
            {
                return null;
            }

            var start = at + meta + 5;
            var close = head[start..].IndexOf((byte)'>');
            var tag = close < 0 ? head[start..] : head.Slice(start, close);
            var charset = IndexOfIgnoreCase(tag, "charset"u8);
            if (charset >= 0)
            {
                var value = tag[(charset + 7)..].TrimStart(" \t\r\n"u8);
                if (value.Length > 0 && value[0] == (byte)'=')
                {
                    value = value[1..].TrimStart(" \t\r\n\"'"u8);
                    var end = value.IndexOfAny(" \t\r\n\"';/>"u8);
                    var label = end < 0 ? value : value[..end];
                    if (label.Length is > 0 and < 40)
                    {
                        return Encoding.ASCII.GetString(label);
                    }
                }
            }

            at = start;
        }

        return null;
    }

    private static int IndexOfIgnoreCase(ReadOnlySpan<byte> haystack, ReadOnlySpan<byte> needle)
    {
        for (var i = 0; i + needle.Length <= haystack.Length; i++)
        {
            var j = 0;
            while (j < needle.Length && (haystack[i + j] | 0x20) == (needle[j] | 0x20))
            {
                j++;
            }

            if (j == needle.Length)
            {
                return i;
            }
        }

        return -1;
    }
}
