using System.Text;
using FluentAssertions;
using Kurils.Domain.Parsing;
using NodaTime;
using Xunit;

namespace Kurils.Domain.Tests.Names;

/// <summary>
/// The spellings real outlets write of the dispute's territories, instruments and most-quoted people, in every language
/// the parser reads (the seventeen of the development set): each form is resolved alone (<see cref="KurilsCatalog.Resolve"/>)
/// and found in a sentence of its language, through the public API. The forms, written for these tests, are the data in
/// <c>TestData/spellings</c> (its README says how they are written); what the catalog lacks on purpose is there too, as
/// sentences in which no name may be found.
/// </summary>
public sealed class SpellingTests
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "TestData", "spellings");
    private static readonly LocalDate Published = new(2024, 6, 5);
    private static readonly Lazy<Dictionary<string, (string Frame, string Anchor)>> Frames = new(ReadFrames);

    /// <summary>The rows of <c>territories.tsv</c>.</summary>
    public static TheoryData<string, string, string, string> Territories() => Rows("territories.tsv");

    /// <summary>The rows of <c>instruments.tsv</c>.</summary>
    public static TheoryData<string, string, string, string> Instruments() => Rows("instruments.tsv");

    /// <summary>The rows of <c>people.tsv</c>.</summary>
    public static TheoryData<string, string, string, string> People() => Rows("people.tsv");

    /// <summary>The rows of <c>not-names.tsv</c>: a language, an id and a sentence that must not mention it.</summary>
    public static TheoryData<string, string, string> NotNames()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var columns in Lines("not-names.tsv"))
        {
            data.Add(columns[0], columns[1], columns[2]);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Territories))]
    public void TerritorySpelling_IsResolvedAndFound(string language, string id, string form, string marks) => Check(language, id, form, marks);

    [Theory]
    [MemberData(nameof(Instruments))]
    public void InstrumentSpelling_IsResolvedAndFound(string language, string id, string form, string marks) => Check(language, id, form, marks);

    [Theory]
    [MemberData(nameof(People))]
    public void PersonSpelling_IsResolvedAndFound(string language, string id, string form, string marks) => Check(language, id, form, marks);

    [Theory]
    [MemberData(nameof(NotNames))]
    public void OrdinaryWords_AreNotNames(string language, string id, string text)
    {
        var parsed = ArticleParser.Default.Parse(text, Published);
        parsed.Mentions.Where(m => m.Id == id).Select(m => m.Span.Of(text)).Should().BeEmpty($"the {language} sentence \"{text}\" does not name {id}");
    }

    /// <summary>
    /// Puts the form in its language's sentence (after it, for a description, the name of Iturup that anchors it) and checks
    /// that the bracketed name is resolved alone, unless marked <c>parse</c>, and found where it stands.
    /// </summary>
    private static void Check(string language, string id, string form, string marks)
    {
        var open = form.IndexOf('[', StringComparison.Ordinal);
        var close = form.IndexOf(']', StringComparison.Ordinal);
        var name = open < 0 ? form : form[(open + 1)..close];
        var phrase = open < 0 ? form : form[..open] + name + form[(close + 1)..];
        var (frame, anchor) = Frames.Value[language];
        var at = frame.IndexOf("{}", StringComparison.Ordinal);
        var text = frame[..at] + phrase + frame[(at + 2)..] + (marks.Contains('d', StringComparison.Ordinal) ? " " + anchor + "." : "");
        var start = at + Math.Max(open, 0);

        if (!marks.Contains('p', StringComparison.Ordinal))
        {
            var resolved = KurilsCatalog.Default.Resolve(name);
            resolved.Select(m => m.Entity.Id).FirstOrDefault().Should().Be(id, $"Resolve(\"{name}\") names {id}");
        }

        var parsed = ArticleParser.Default.Parse(text, Published);
        parsed.Mentions.Should().Contain(
            m => m.Id == id && m.Span.Start < start + name.Length && start < m.Span.Start + m.Span.Length,
            $"\"{name}\" names {id} in \"{text}\" (found: {string.Join(", ", parsed.Mentions.Select(m => $"{m.Id} '{m.Span.Of(text)}'"))})");
    }

    private static TheoryData<string, string, string, string> Rows(string file)
    {
        var data = new TheoryData<string, string, string, string>();
        foreach (var columns in Lines(file))
        {
            data.Add(columns[0], columns[1], columns[2], columns.Length > 3 ? columns[3] : "");
        }

        return data;
    }

    private static Dictionary<string, (string Frame, string Anchor)> ReadFrames() =>
        Lines("frames.tsv").ToDictionary(c => c[0], c => (c[1], c[2]), StringComparer.Ordinal);

    /// <summary>The file's tab-separated rows, without blank lines and lines that start with <c>#</c>.</summary>
    private static IEnumerable<string[]> Lines(string file) =>
        File.ReadAllLines(Path.Combine(Folder, file), Encoding.UTF8)
            .Where(l => l.Trim().Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split('\t'));
}
