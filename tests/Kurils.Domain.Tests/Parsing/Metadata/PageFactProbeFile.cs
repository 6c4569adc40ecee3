using NodaTime;
using NodaTime.Text;

namespace Kurils.Domain.Tests.Parsing.Metadata;

/// <summary>One page of a probe file and what a careful reader finds on it: its publisher and its publication date.</summary>
/// <param name="Name">The probe's name in its file.</param>
/// <param name="Page">The page: text, or HTML when <paramref name="Html"/>.</param>
/// <param name="Html">Whether the page is HTML.</param>
/// <param name="OutletId">The catalogued publisher, or null.</param>
/// <param name="OutletName">The name of a publisher the catalog lacks, or null.</param>
/// <param name="Published">The publication date the page states, or null.</param>
/// <param name="Gap">Why the parser is known to miss this page, or null when it must get it right.</param>
internal sealed record PageFactProbe(string Name, string Page, bool Html, string? OutletId, string? OutletName, LocalDate? Published, string? Gap)
{
    /// <summary>What the parser found, in the probe's terms, or null when it is what the probe expects.</summary>
    public string? Mismatch(string? outletId, string? outletName, LocalDate? published)
    {
        var outletRight = string.Equals(outletId, OutletId, StringComparison.Ordinal) && string.Equals(outletName, OutletName, StringComparison.Ordinal);
        return outletRight && published == Published
            ? null
            : $"{Name}: outlet {outletId ?? "-"}/{outletName ?? "-"} (expected {OutletId ?? "-"}/{OutletName ?? "-"}), date {published?.ToString("uuuu-MM-dd", null) ?? "-"} (expected {Published?.ToString("uuuu-MM-dd", null) ?? "-"})";
    }
}

/// <summary>Reads the page-fact probe files in <c>TestData/pagefacts</c> (their README says how they are written).</summary>
internal static class PageFactProbeFile
{
    public static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "TestData", "pagefacts");

    /// <summary>The languages with a probe file.</summary>
    public static IEnumerable<string> Languages() =>
        Directory.EnumerateFiles(Folder, "*.txt").Select(f => Path.GetFileNameWithoutExtension(f)).Order(StringComparer.Ordinal);

    public static IReadOnlyList<PageFactProbe> Read(string language)
    {
        var path = Path.Combine(Folder, language + ".txt");
        string head = string.Empty, body = string.Empty;
        var probes = new List<PageFactProbe>();
        string? header = null;
        var lines = new List<string>();
        var number = 0;
        foreach (var line in File.ReadAllText(path).Split('\n'))
        {
            number++;
            if (line.StartsWith("== ", StringComparison.Ordinal))
            {
                Close();
                header = line[3..];
                continue;
            }

            if (header is not null)
            {
                lines.Add(line);
            }
            else if (line.StartsWith("head: ", StringComparison.Ordinal))
            {
                head = line[6..];
            }
            else if (line.StartsWith("body: ", StringComparison.Ordinal))
            {
                body = line[6..];
            }
            else if (line.Length > 0 && !line.StartsWith('#'))
            {
                throw new FormatException($"{path}({number}): a line outside a probe that is neither head:, body: nor a comment");
            }
        }

        Close();
        return probes;

        void Close()
        {
            if (header is null)
            {
                return;
            }

            var parts = header.Split('|', StringSplitOptions.TrimEntries);
            string? outlet = null, name = null, gap = null;
            LocalDate? date = null;
            var html = false;
            foreach (var part in parts.Skip(1))
            {
                var colon = part.IndexOf(':', StringComparison.Ordinal);
                var (key, value) = colon < 0 ? (part, string.Empty) : (part[..colon].Trim(), part[(colon + 1)..].Trim());
                switch (key)
                {
                    case "html": html = true; break;
                    case "outlet": outlet = value == "-" ? null : value; break;
                    case "name": name = value; break;
                    case "gap": gap = value; break;
                    case "date": date = value == "-" ? null : LocalDatePattern.Iso.Parse(value).GetValueOrThrow(); break;
                    default: throw new FormatException($"{path}: probe '{parts[0]}' has an unknown key '{key}'");
                }
            }

            var page = string.Join('\n', lines).TrimEnd('\n').Replace("{head}", head, StringComparison.Ordinal).Replace("{body}", body, StringComparison.Ordinal);
            probes.Add(new PageFactProbe(parts[0], page, html, outlet, name, date, gap));
            header = null;
            lines.Clear();
        }
    }
}
