using System.Globalization;
using Kurils.Domain;
using Kurils.Domain.Catalog;
using Kurils.Domain.Languages;

namespace Kurils.Domain.DataCompiler;

/// <summary>
/// <c>Kurils.Domain.DataCompiler [--packs] --root DIR --out FILE FILE...</c>: validates the files as one catalog
/// (with <c>--packs</c>: as language packs, one a file) and writes the compiled blob. Each file is named by its path
/// under DIR (<c>data/territories.yaml</c>, <c>data/languages/en.yaml</c>), as run-time errors name it. Problems are
/// printed in MSBuild's canonical form, so the build fails on them with file(line,col).
/// </summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        string? root = null;
        string? output = null;
        var packs = false;
        var files = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--root" when i + 1 < args.Length:
                    root = args[++i];
                    break;
                case "--packs":
                    packs = true;
                    break;
                case "--out" when i + 1 < args.Length:
                    output = args[++i];
                    break;
                default:
                    files.Add(args[i]);
                    break;
            }
        }

        if (root is null || output is null || files.Count == 0)
        {
            Console.Error.WriteLine("usage: Kurils.Domain.DataCompiler [--packs] --root DIR --out FILE FILE...");
            return 64;
        }

        var fullRoot = Path.GetFullPath(root);
        var paths = new Dictionary<string, string>(StringComparer.Ordinal);
        var sources = new List<CatalogSource>();
        // Sorted by name, as the embedded YAML is listed: the blob must not depend on the order MSBuild passes files.
        foreach (var file in files.Select(Path.GetFullPath).Order(StringComparer.Ordinal))
        {
            var name = Path.GetRelativePath(fullRoot, file).Replace('\\', '/');
            paths[name] = file;
            sources.Add(CatalogSource.FromFile(file, name));
        }

        byte[] blob;
        try
        {
            blob = packs ? LanguagePackCompiler.Compile(sources) : CatalogCompiler.Compile(sources);
        }
        catch (CatalogException e)
        {
            foreach (var error in e.Errors)
            {
                var file = paths.GetValueOrDefault(error.File, error.File);
                Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{file}({error.Line},{error.Column}): error KURILSDATA: {error.Message}"));
            }

            return 1;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
        File.WriteAllBytes(output, blob);

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"compiled {sources.Count} {(packs ? "language packs" : "catalog files")} into {output} ({blob.Length} bytes)"));
        return 0;
    }
}
