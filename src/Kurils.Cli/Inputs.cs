using Kurils.Domain.Html;
using Kurils.Domain.Parsing;
using NodaTime;

namespace Kurils.Cli;

/// <summary>What an input holds: one article's text, or JSON Lines records of articles.</summary>
internal enum InputKind
{
    /// <summary>One article as UTF-8 text (<c>.txt</c>, any other file given by name, or <c>-</c>).</summary>
    Article,

    /// <summary>JSON Lines, one article record per line (<c>.jsonl</c>, or <c>-</c> with <c>--records</c>).</summary>
    Records,

    /// <summary>One web page (<c>.html</c>, <c>.htm</c>, or any article input whose content opens as HTML), read by Kurils.Domain.Html.</summary>
    Page,
}

/// <summary>One input named on the command line (or found in a directory): a file, or standard input.</summary>
internal sealed record Input(string Name, InputKind Kind, bool IsStdin)
{
    /// <summary>Larger article files are refused rather than read into memory (records files stream).</summary>
    public const long MaxBytes = 256L * 1024 * 1024;

    /// <summary>
    /// The articles of this input, in order, read lazily: a text file is one, a records file one per non-blank
    /// line. A failure (an unreadable file, a bad record line) is an item with an error, and reading goes on.
    /// </summary>
    public IEnumerable<ArticleItem> Read(Stream stdin, LocalDate? published) =>
        Kind == InputKind.Records ? ReadRecords(stdin, published) : [ReadArticle(stdin, published)];

    /// <summary>Whether the bytes open as an HTML document (after a byte-order mark and white space: a doctype or an html tag).</summary>
    internal static bool LooksLikeHtml(ReadOnlySpan<byte> bytes)
    {
        bytes = bytes.StartsWith([(byte)0xEF, (byte)0xBB, (byte)0xBF]) ? bytes[3..] : bytes;
        bytes = bytes.TrimStart(" \t\r\n\f"u8);
        return StartsWithIgnoreCase(bytes, "<!doctype html"u8) || StartsWithIgnoreCase(bytes, "<html"u8);
    }

    private static bool StartsWithIgnoreCase(ReadOnlySpan<byte> bytes, ReadOnlySpan<byte> prefix)
    {
        if (bytes.Length < prefix.Length)
        {
            return false;
        }

        for (var i = 0; i < prefix.Length; i++)
        {
            if ((bytes[i] | 0x20) != (prefix[i] | 0x20))
            {
                return false;
            }
        }

        return true;
    }

    private ArticleItem ReadArticle(Stream stdin, LocalDate? published)
    {
        try
        {
            if (IsStdin)
            {
                using var buffer = new MemoryStream();
                stdin.CopyTo(buffer);
                return ArticleItem.FromBytes(Name, buffer.ToArray(), published, Kind == InputKind.Page);
            }

            var info = new FileInfo(Name);
            if (info.Length > MaxBytes)
            {
                return ArticleItem.Failed(Name, FormattableString.Invariant($"file is larger than {MaxBytes} bytes"));
            }

            var bytes = File.ReadAllBytes(Name);
            return LooksBinary(bytes) ? ArticleItem.Failed(Name, "not a text file (it contains NUL bytes)") : ArticleItem.FromBytes(Name, bytes, published, Kind == InputKind.Page);
        }
        catch (Exception e) when (IsReadError(e))
        {
            return ArticleItem.Failed(Name, Describe(e));
        }
    }

    private IEnumerable<ArticleItem> ReadRecords(Stream stdin, LocalDate? published)
    {
        TextReader reader;
        try
        {
            reader = IsStdin ? new StreamReader(stdin, leaveOpen: true) : new StreamReader(Name);
        }
        catch (Exception e) when (IsReadError(e))
        {
            return [ArticleItem.Failed(Name, Describe(e))];
        }

        return Lines(reader, published);
    }

    private IEnumerable<ArticleItem> Lines(TextReader reader, LocalDate? published)
    {
        using (reader)
        {
            for (var number = 1; ; number++)
            {
                string? line;
                string? error = null;
                try
                {
                    line = reader.ReadLine();
                }
                catch (Exception e) when (IsReadError(e))
                {
                    line = null;
                    error = Describe(e);
                }

                if (error is not null)
                {
                    yield return ArticleItem.Failed(Name, error);
                    yield break;
                }

                if (line is null)
                {
                    yield break;
                }

                if (!string.IsNullOrWhiteSpace(line))
                {
                    yield return ArticleItem.FromRecordLine(Name, number, line, published);
                }
            }
        }
    }

    /// <summary>Text files do not contain NUL bytes in their first few kilobytes; binary files almost always do.</summary>
    private static bool LooksBinary(ReadOnlySpan<byte> bytes) => bytes[..Math.Min(bytes.Length, 8192)].Contains((byte)0);

    private static bool IsReadError(Exception e) => e is IOException or UnauthorizedAccessException or System.Security.SecurityException;

    private static string Describe(Exception e) => e is UnauthorizedAccessException ? "permission denied" : e.Message;
}

/// <summary>
/// One article to parse, as read: the bytes of a text file, or one line of a records file (decoded when it is
/// parsed, so a worker thread does that work too), or what went wrong reading it.
/// </summary>
internal sealed class ArticleItem
{
    private readonly byte[]? _bytes;
    private readonly string? _line;
    private readonly LocalDate? _published;
    private readonly bool _page;

    private ArticleItem(string name, int line, byte[]? bytes, string? recordLine, LocalDate? published, string? error, bool page = false)
    {
        _page = page;
        Name = name;
        LineNumber = line;
        _bytes = bytes;
        _line = recordLine;
        _published = published;
        Error = error;
    }

    /// <summary>The input it came from.</summary>
    public string Name { get; }

    /// <summary>Its line in a records file; 0 for a text file.</summary>
    public int LineNumber { get; }

    /// <summary>Why it could not be read, or null.</summary>
    public string? Error { get; }

    /// <summary>Where an error is reported: the file, or the file and line of a record.</summary>
    public string Location => LineNumber > 0 ? FormattableString.Invariant($"{Name}:{LineNumber}") : Name;

    public static ArticleItem FromBytes(string name, byte[] bytes, LocalDate? published, bool page = false) => new(name, 0, bytes, null, published, null, page);

    public static ArticleItem FromRecordLine(string name, int line, string text, LocalDate? published) => new(name, line, null, text, published, null);

    public static ArticleItem Failed(string name, string error) => new(name, 0, null, null, null, error);

    /// <summary>Parses the article; false (with the reason) for a record line that is not a valid record.</summary>
    public bool TryParse(ArticleParser parser, out ParsedResult result, out string? error)
    {
        error = Error;
        result = default;
        if (error is not null)
        {
            return false;
        }

        if (_bytes is not null)
        {
            if (_page || Input.LooksLikeHtml(_bytes))
            {
                var page = new HtmlArticleParser(parser).Parse(_bytes, published: _published);
                result = new ParsedResult(Name, null, page.Article, page.SourceMap);
                return true;
            }

            result = new ParsedResult(Name, null, parser.Parse(_bytes, _published).Article);
            return true;
        }

        if (!ArticleRecords.TryRead(_line!, parser.Catalog, out var input, out var html, out error))
        {
            return false;
        }

        var given = input.Published is null && _published is { } fallback ? input with { Published = fallback } : input;
        if (html)
        {
            // A record's "html" is a page: its date, outlet and language, when given, win over the page's own.
            var baseUrl = Uri.TryCreate(given.Url, UriKind.Absolute, out var url) ? url : null;
            var page = new HtmlArticleParser(parser).Parse(given.Text, baseUrl, given.Published);
            var outlet = given.OutletId ?? page.Article.OutletId;
            var article = page.Article with
            {
                OutletId = outlet,
                WireId = page.Article.WireId == outlet ? null : page.Article.WireId,
                Language = given.Language ?? page.Article.Language,
            };
            result = new ParsedResult(given.Id ?? Location, given.Url, article, page.SourceMap);
            return true;
        }

        result = new ParsedResult(input.Id ?? Location, input.Url, parser.Parse(given));
        return true;
    }
}

/// <summary>A parsed article with what the outputs write beside it.</summary>
/// <param name="Source">The record's id, else the path (and line of a record), or <c>-</c>.</param>
/// <param name="Url">The record's URL, if it gave one.</param>
/// <param name="Article">The parse (with the text its spans refer to).</param>
/// <param name="Html">For a web page, the map from the article's text back to the HTML source.</param>
internal readonly record struct ParsedResult(string Source, string? Url, ParsedArticle Article, HtmlSourceMap? Html = null);

/// <summary>Expands the PATH arguments into inputs: the one place that says which files kurils reads, and as what.</summary>
internal static class Inputs
{
    /// <summary>
    /// The files kurils reads, by extension, and as what: a directory contributes exactly these, and a file given by
    /// name is read as its extension says (one article's text when it has none of these). HTML pages join here.
    /// </summary>
    private static readonly (string Extension, InputKind Kind)[] Known = [(".txt", InputKind.Article), (".jsonl", InputKind.Records), (".html", InputKind.Page), (".htm", InputKind.Page)];

    /// <summary>What a file holds, by its extension: <c>.jsonl</c> is records, <c>.html</c> and <c>.htm</c> a web page, anything else one article's text.</summary>
    // Loops rather than LINQ over the (extension, kind) pairs, which the JIT would compile for them alone at start.
    public static InputKind KindOf(string path)
    {
        foreach (var (extension, kind) in Known)
        {
            if (path.EndsWith(extension, StringComparison.OrdinalIgnoreCase))
            {
                return kind;
            }
        }

        return InputKind.Article;
    }

    private static bool IsKnown(string path)
    {
        foreach (var (extension, _) in Known)
        {
            if (path.EndsWith(extension, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    public static List<Input> Expand(IEnumerable<string> paths, bool stdinRecords, TextWriter stderr, out bool unreadable)
    {
        unreadable = false;
        var inputs = new List<Input>();
        foreach (var path in paths)
        {
            if (path == "-")
            {
                inputs.Add(new Input("-", stdinRecords ? InputKind.Records : InputKind.Article, IsStdin: true));
            }
            else if (Directory.Exists(path))
            {
                try
                {
                    var files = Directory.EnumerateFiles(path).Where(IsKnown).Order(StringComparer.Ordinal).ToList();
                    if (files.Count == 0)
                    {
                        // Nothing to parse is not success: a wrong folder or extension would otherwise look like "no findings".
                        stderr.WriteLine($"kurils: {path}: no {OptionValues.Alternatives([.. Known.Select(k => "*" + k.Extension)])} files to parse");
                        unreadable = true;
                    }

                    inputs.AddRange(files.Select(file => new Input(file, KindOf(file), IsStdin: false)));
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    stderr.WriteLine($"kurils: {path}: cannot list directory: {(e is UnauthorizedAccessException ? "permission denied" : e.Message)}");
                    unreadable = true;
                }
            }
            else if (File.Exists(path))
            {
                inputs.Add(new Input(path, KindOf(path), IsStdin: false));
            }
            else
            {
                stderr.WriteLine($"kurils: {path}: no such file or directory");
                unreadable = true;
            }
        }

        return inputs;
    }
}
