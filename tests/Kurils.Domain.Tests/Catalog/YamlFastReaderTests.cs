using System.Globalization;
using System.Text;
using FluentAssertions;
using Kurils.Domain.Catalog;
using Xunit;

namespace Kurils.Domain.Tests.Catalog;

/// <summary>The fast reader of the catalog's YAML subset must give YamlDotNet's tree, or give up.</summary>
public sealed class YamlFastReaderTests
{
    public static TheoryData<string> EmbeddedFiles()
    {
        var data = new TheoryData<string>();
        foreach (var source in KurilsCatalog.EmbeddedSources())
        {
            data.Add(source.Name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EmbeddedFiles))]
    public void ShippedFile_IsReadByTheFastReader_AsYamlDotNetReadsIt(string name)
    {
        var text = ReadEmbedded(name);
        var fast = YamlFastReader.TryRead(text);
        fast.Should().NotBeNull("the shipped data must stay inside the fast subset, or cold start slows down");
        var errors = new List<CatalogError>();
        var slow = YamlTreeReader.ReadWithYamlDotNet(text, name, errors);
        errors.Should().BeEmpty();
        Dump(fast).Should().Be(Dump(slow));
    }

    [Fact]
    public void TestCatalog_IsReadAsYamlDotNetReadsIt() => ShouldAgree(File.ReadAllText(TestCatalog.Path));

    [Theory]
    [InlineData("a: 1\n")]
    [InlineData("# only a comment\n")]
    [InlineData("")]
    [InlineData("a: x # comment\nb: 'it''s' # c\nc: \"q\"\n")]
    [InlineData("a:\n  - { k: v, l: [x, 'y''z', \"w\"], m: {}, n: [] }\n  - plain text\n  - k: v\n    l: w\n")]
    [InlineData("a:\n- indentless\n")]
    [InlineData("a: x\n  continued\n")]
    [InlineData("a:\n")]
    [InlineData("a: b: c\n")]
    [InlineData("a: &x 1\nb: *x\n")]
    [InlineData("a: !tag 1\n")]
    [InlineData("a: |\n  block\n")]
    [InlineData("a: \"esc\\n\"\n")]
    [InlineData("a: 1\na: 2\n")]
    [InlineData("a: { k: v,\n  l: w }\n")]
    [InlineData("a: { k: v, }\n")]
    [InlineData("a: [x, ]\n")]
    [InlineData("a: x#y\n")]
    [InlineData("a: http://example.org/x\n")]
    [InlineData("a: { u: http://example.org/x }\n")]
    [InlineData("a: -1\n")]
    [InlineData("---\na: 1\n")]
    [InlineData("a: 1\n...\n")]
    [InlineData("a: 1\r\nb: 2\r\n")]
    [InlineData("a:\t1\n")]
    [InlineData("\uFEFFa: 1\n")]
    [InlineData("a: [ { k: v } ]\n")]
    [InlineData("a: [ k: v ]\n")]
    [InlineData("a:\n  b:\n    c: [1, 2]\n  d: e\nf: g\n")]
    [InlineData("a:\n  - b\n   - c\n")]
    [InlineData("- a\n")]
    [InlineData("a: 'x\n  y'\n")]
    [InlineData("a: x   \nb: y\n")]
    [InlineData("a: { k: \"v\" , l: w  }\n")]
    [InlineData("a: 1\n  # an indented comment\nb: 2\n")]
    public void Snippet_IsReadAsYamlDotNetReadsIt_OrLeftToIt(string yaml) => ShouldAgree(yaml);

    [Fact]
    public void MutatedShippedFiles_AreReadAsYamlDotNetReadsThem_OrLeftToIt()
    {
        // A fixed seed: the same few thousand damaged files on every run.
        var random = new Random(20261122);
        var texts = KurilsCatalog.EmbeddedSources().Select(s => ReadEmbedded(s.Name)).ToArray();
        string[] pieces = [" ", "  ", "\n", "-", "- ", ":", ": ", "#", " #", "'", "''", "\"", "{", "}", "[", "]", ",", ", ", "?", "&a", "*a", "!t", "|", ">", "\\", "\t", "\r", "---", "...", "%", "@", "`", "x", "1", "null", "~", "é", "\u2028", "a: b", "\n  ", "\n    - ", "k:", "\n- "];
        var fastReads = 0;
        for (var i = 0; i < 3000; i++)
        {
            var lines = texts[random.Next(texts.Length)].Split('\n');
            var text = string.Join('\n', lines.Take(random.Next(1, 60)));
            for (var m = random.Next(1, 4); m > 0 && text.Length > 0; m--)
            {
                var at = random.Next(text.Length);
                text = random.Next(3) switch
                {
                    0 => text.Remove(at, Math.Min(random.Next(1, 4), text.Length - at)),
                    1 => text.Insert(at, pieces[random.Next(pieces.Length)]),
                    _ => text.Remove(at, 1).Insert(at, pieces[random.Next(pieces.Length)]),
                };
            }

            fastReads += ShouldAgree(text) ? 1 : 0;
        }

        fastReads.Should().BeGreaterThan(300, "most damage leaves a readable file, which the fast reader should take");
    }

    private static bool ShouldAgree(string yaml)
    {
        var fast = YamlFastReader.TryRead(yaml);
        if (fast is null)
        {
            return false;
        }

        var errors = new List<CatalogError>();
        var slow = YamlTreeReader.ReadWithYamlDotNet(yaml, "t.yaml", errors);
        errors.Should().BeEmpty("the fast reader took this text:\n" + yaml);
        Dump(fast).Should().Be(Dump(slow), "the fast reader took this text:\n" + yaml);
        return true;
    }

    private static string ReadEmbedded(string name)
    {
        var source = KurilsCatalog.EmbeddedSources().Single(s => s.Name == name);
        source.TryReadText(out var text, out var error).Should().BeTrue(error?.ToString());
        return text;
    }

    private static string Dump(YamlTreeNode? node)
    {
        var builder = new StringBuilder();
        void Write(YamlTreeNode n, int depth)
        {
            builder.Append(' ', depth);
            switch (n)
            {
                case YamlScalarNode s:
                    builder.Append(CultureInfo.InvariantCulture, $"scalar {s.Line}:{s.Column} plain={s.IsPlain} [{s.Value}]\n");
                    break;
                case YamlSequenceNode q:
                    builder.Append(CultureInfo.InvariantCulture, $"list {q.Line}:{q.Column}\n");
                    foreach (var item in q.Items)
                    {
                        Write(item, depth + 1);
                    }

                    break;
                case YamlMappingNode m:
                    builder.Append(CultureInfo.InvariantCulture, $"mapping {m.Line}:{m.Column}\n");
                    foreach (var entry in m.Entries)
                    {
                        Write(entry.Key, depth + 1);
                        Write(entry.Value, depth + 2);
                    }

                    break;
            }
        }

        if (node is null)
        {
            return "(none)";
        }

        Write(node, 0);
        return builder.ToString();
    }
}
