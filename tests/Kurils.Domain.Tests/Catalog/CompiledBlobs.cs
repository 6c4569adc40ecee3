using System.Collections.Immutable;
using System.Globalization;
using System.Reflection;
using System.Text;
using FluentAssertions;
using Kurils.Domain.Catalog;

namespace Kurils.Domain.Tests.Catalog;

/// <summary>What the tests of the compiled catalog and the compiled language packs share: the blobs, the sources, the compiler.</summary>
internal static class CompiledBlobs
{
    /// <summary>The embedded resource <paramref name="resourceName"/>, whole.</summary>
    public static byte[] Embedded(string resourceName)
    {
        using var stream = typeof(KurilsCatalog).Assembly.GetManifestResourceStream(resourceName);
        stream.Should().NotBeNull("the compiled data is embedded as " + resourceName);
        using var copy = new MemoryStream();
        stream!.CopyTo(copy);
        return copy.ToArray();
    }

    /// <summary>The repository's <c>*.yaml</c> files in <paramref name="folder"/> (<c>data</c>, <c>data/languages</c>), named as the build names them.</summary>
    public static List<CatalogSource> RepositorySources(string folder)
    {
        var directory = Path.Combine(ShippedCatalogTests.RepoRoot(), folder);
        return [.. Directory.GetFiles(directory, "*.yaml")
            .Order(StringComparer.Ordinal)
            .Select(f => CatalogSource.FromFile(f, folder + "/" + Path.GetFileName(f)))];
    }

    /// <summary>The compiler built beside this test run, in the same configuration.</summary>
    public static string DataCompilerPath()
    {
        var configuration = typeof(CompiledBlobs).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()!.Configuration;
        var path = Path.Combine(ShippedCatalogTests.RepoRoot(), "src", "Kurils.Domain.DataCompiler", "bin", configuration, "net10.0", "Kurils.Domain.DataCompiler.dll");
        File.Exists(path).Should().BeTrue("the build compiles the data compiler before the library");
        return path;
    }

    /// <summary>The blob's source hash is the hash of <paramref name="sources"/>' texts, in their order.</summary>
    public static void ShouldBeCompiledFrom(byte[] blob, ImmutableArray<CatalogSource> sources)
    {
        var texts = sources.Select(s =>
        {
            s.TryReadText(out var text, out var error).Should().BeTrue(error?.ToString());
            return (s.Name, text);
        }).ToList();

        using var stream = new MemoryStream(blob);
        CompiledTrees.Read(stream).SourceHash.Should().Equal(CompiledTrees.HashSources(texts));
    }

    /// <summary>The blob holds, for each of <paramref name="sources"/> in order, the tree YamlDotNet reads from it, positions included.</summary>
    public static void ShouldHoldTheTreesOf(byte[] blob, ImmutableArray<CatalogSource> sources)
    {
        using var stream = new MemoryStream(blob);
        var trees = CompiledTrees.Read(stream).Trees;

        trees.Select(t => t.Name).Should().Equal(sources.Select(s => s.Name));
        foreach (var (name, root) in trees)
        {
            var source = sources.Single(s => s.Name == name);
            source.TryReadText(out var text, out _).Should().BeTrue();
            var errors = new List<CatalogError>();
            var expected = YamlTreeReader.Read(text, name, errors);
            errors.Should().BeEmpty();
            Dump(root).Should().Be(Dump(expected), name);
        }
    }

    /// <summary>A tree as text, one node a line with its kind, position, style and value, for exact comparison.</summary>
    public static string Dump(YamlTreeNode? node)
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
                    builder.Append(CultureInfo.InvariantCulture, $"map {m.Line}:{m.Column}\n");
                    foreach (var (key, value) in m.Entries)
                    {
                        Write(key, depth + 1);
                        Write(value, depth + 2);
                    }

                    break;
            }
        }

        if (node is not null)
        {
            Write(node, 0);
        }

        return builder.ToString();
    }
}
