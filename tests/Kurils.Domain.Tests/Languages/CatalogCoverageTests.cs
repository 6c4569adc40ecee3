using System.Text;
using FluentAssertions;
using Kurils.Domain.Parsing;
using NodaTime;
using Xunit;

namespace Kurils.Domain.Tests.Languages;

/// <summary>
/// The audit of the shipped catalog's coverage of the fourteen languages (issue 10, point 4): for each language, every
/// territory of the dispute's map, every instrument, office and country of the catalog and the forty people most often
/// quoted on the dispute are found, through the public API, in the forms that language writes them: each form is
/// resolved alone (<see cref="KurilsCatalog.Resolve"/>) and found in a one-sentence article. The forms, written for this
/// audit, are the test data in <c>TestData/coverage</c> (its README says how they are written); the ids that must be
/// covered come from the catalog (instruments, offices, countries) and from the lists there (the territories of the
/// map, the forty people, each with the role for which they were chosen).
/// </summary>
public sealed class CatalogCoverageTests(ITestOutputHelper output)
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "TestData", "coverage");
    private static readonly LocalDate Published = new(2024, 6, 5);

    /// <summary>The languages of issue 10's point 4.</summary>
    public static TheoryData<string> Languages() =>
        ["en", "ru", "uk", "pl", "ja", "zh", "ko", "fr", "de", "es", "it", "pt", "ar", "vi"];

    [Theory]
    [MemberData(nameof(Languages))]
    public void EveryListedEntity_IsFoundInTheFormsTheLanguageWritesIt(string code)
    {
        var catalog = KurilsCatalog.Default;
        var forms = CoverageFile.Read(Path.Combine(Folder, code + ".txt"));
        var required = RequiredIds(catalog);
        var failures = new List<string>();
        var gaps = new List<string>();
        var tally = new SortedDictionary<string, (int Found, int Total)>(StringComparer.Ordinal);

        foreach (var (category, id) in required)
        {
            var entityFound = true;
            if (forms.Gaps.TryGetValue(id, out var reason))
            {
                gaps.Add($"{id} ({reason})");
                entityFound = false;
            }
            else if (!forms.Entries.TryGetValue(id, out var written) || written.Count == 0)
            {
                failures.Add($"{id}: no {code} forms in {code}.txt");
                entityFound = false;
            }
            else
            {
                foreach (var form in written)
                {
                    entityFound &= Check(catalog, forms, code, id, form, failures);
                }
            }

            var (found, total) = tally.GetValueOrDefault(category);
            tally[category] = (found + (entityFound ? 1 : 0), total + 1);
        }

        var unknown = forms.Entries.Keys.Concat(forms.Gaps.Keys).Where(id => !required.Any(r => r.Id == id)).ToList();
        failures.AddRange(unknown.Select(id => $"{id}: listed in {code}.txt but not required (a typo?)"));

        output.WriteLine(code + ": " + string.Join(", ", tally.Select(t => $"{t.Key} {t.Value.Found}/{t.Value.Total}")));
        output.WriteLine("known gaps: " + (gaps.Count == 0 ? "none" : string.Join("; ", gaps)));
        string.Join(Environment.NewLine, failures).Should().BeEmpty($"every required entity has its {code} forms found ({failures.Count} failures)");
    }

    /// <summary>
    /// The names the audit added do not turn common words into names: a Vietnamese name of Russia written without
    /// its case (ngã "fall", ngà "ivory"), German endings on a short name (Abe + r, "Aber"), Arabic words that hold a catalog
    /// name after a particle or inside them, and the Nemuro port of Habomai, which is not the islets.
    /// </summary>
    [Theory]
    [InlineData("Anh ấy bị ngã khi đi xe đạp trên đường về nhà hôm thứ Hai.", "russia")]
    [InlineData("Những chiếc vòng bằng ngà voi đã bị tịch thu tại cảng.", "russia")]
    [InlineData("Kann Japan die Gespräche fortsetzen? Aber niemand weiß es.", "abe-shinzo")]
    [InlineData("وقال المسؤولون إنهم لن يكونوا في بكين لكونهم مشغولين، وكان الوفد قد غادر.", "kono-taro")]
    [InlineData("وقال المسؤولون إنهم لن يكونوا في بكين لكونهم مشغولين، وكان الوفد قد غادر.", "kan-naoto")]
    [InlineData("花咲、落石、歯舞の3港に昆布が水揚げされた。", "habomai")]
    [InlineData("Spotkał się w poniedziałek z ministrem zdrowia i z ministrem finansów.", "foreign-minister-of-russia")]
    [InlineData("Canadá invierte en los territorios del norte del país y en sus puertos.", "disputed-islands")]
    [InlineData("Le Canada investit dans les territoires du nord du pays.", "disputed-islands")]
    [InlineData("Канада развивает северные территории страны и их порты.", "disputed-islands")]
    public void CommonWords_AreNotNames(string text, string id) =>
        ArticleParser.Default.Parse(text, Published).Mentions.Should().NotContain(m => m.Id == id, text);

    [Fact]
    public void TheFortyPeople_AreCatalogPeopleHoldingTheRoleTheyWereChosenFor()
    {
        var catalog = KurilsCatalog.Default;
        var people = IdList.Read(Path.Combine(Folder, "people.txt"));

        people.Should().HaveCount(40).And.OnlyHaveUniqueItems(p => p.Id);
        foreach (var (id, role) in people)
        {
            var person = catalog.Find(EntityKind.Person, id).Should().BeOfType<Person>($"{id} is a catalog person").Subject;
            person.Tenures.Should().Contain(t => t.OfficeId == role, $"{id} was chosen as a holder of {role}");
        }
    }

    [Fact]
    public void TheMapsTerritories_AreCatalogTerritories()
    {
        foreach (var (id, _) in IdList.Read(Path.Combine(Folder, "territories.txt")))
        {
            KurilsCatalog.Default.Find(EntityKind.Territory, id).Should().NotBeNull($"{id} is a catalog territory");
        }
    }

    private static List<(string Category, string Id)> RequiredIds(KurilsCatalog catalog)
    {
        var ids = new List<(string, string)>();
        ids.AddRange(IdList.Read(Path.Combine(Folder, "territories.txt")).Select(t => ("territories", t.Id)));
        ids.AddRange(catalog.Instruments.Select(i => ("instruments", i.Id)));
        ids.AddRange(catalog.Offices.Select(o => ("offices", o.Id)));
        ids.AddRange(catalog.Countries.Select(c => ("countries", c.Id)));
        ids.AddRange(IdList.Read(Path.Combine(Folder, "people.txt")).Select(p => ("people", p.Id)));
        return ids;
    }

    /// <summary>Resolves the form's name alone and parses it in the language's frame sentence.</summary>
    private static bool Check(KurilsCatalog catalog, CoverageFile file, string code, string id, WrittenForm form, List<string> failures)
    {
        var ok = true;
        var matches = catalog.Resolve(form.Name);
        if (!form.ParseOnly && (matches.IsEmpty || matches[0].Entity.Id != id))
        {
            var got = matches.IsEmpty ? "nothing" : string.Join(", ", matches.Select(m => m.Entity.Id));
            failures.Add($"{id}: Resolve(\"{form.Name}\") gives {got}");
            ok = false;
        }

        var at = file.Frame.IndexOf("{}", StringComparison.Ordinal);
        var text = file.Frame[..at] + form.Phrase + file.Frame[(at + 2)..];
        var name = new TextSpan(at + form.NameStart, form.Name.Length);
        var parsed = ArticleParser.Default.Parse(text, Published);
        if (!parsed.Mentions.Any(m => m.Id == id && Overlaps(m.Span, name)))
        {
            var got = string.Join(", ", parsed.Mentions.Select(m => $"{m.Id} '{m.Span.Of(text)}'"));
            failures.Add($"{id}: not found in \"{text}\" (found: {(got.Length == 0 ? "nothing" : got)})");
            ok = false;
        }

        if (parsed.Language != code)
        {
            failures.Add($"{id}: \"{text}\" is read as '{parsed.Language}'");
            ok = false;
        }

        return ok;
    }

    private static bool Overlaps(TextSpan a, TextSpan b) => a.Start < b.Start + b.Length && b.Start < a.Start + a.Length;

    /// <summary>
    /// A form as written in running text: the phrase, the name in it that <c>Resolve</c> is given, and whether the form
    /// is only looked for in text (marked <c>(parse only)</c> in the file, where <c>Resolve</c> is known not to decline it).
    /// </summary>
    private sealed record WrittenForm(string Phrase, string Name, int NameStart, bool ParseOnly)
    {
        private const string ParseOnlyMark = " (parse only)";

        /// <summary>Reads <c>на [Итурупе]</c> (the brackets mark the name) or a bare name.</summary>
        public static WrittenForm Parse(string written)
        {
            var parseOnly = written.EndsWith(ParseOnlyMark, StringComparison.Ordinal);
            if (parseOnly)
            {
                written = written[..^ParseOnlyMark.Length];
            }

            var open = written.IndexOf('[', StringComparison.Ordinal);
            if (open < 0)
            {
                return new WrittenForm(written, written, 0, parseOnly);
            }

            var close = written.IndexOf(']', open);
            var name = written[(open + 1)..close];
            return new WrittenForm(written[..open] + name + written[(close + 1)..], name, open, parseOnly);
        }
    }

    /// <summary>
    /// A language's file: its frame sentence, each id's forms, and the ids left uncovered on purpose
    /// (<c>id: gap: why</c>: a name that would turn a common word into a name), which the table reports as not found.
    /// </summary>
    private sealed record CoverageFile(string Frame, Dictionary<string, List<WrittenForm>> Entries, Dictionary<string, string> Gaps)
    {
        public static CoverageFile Read(string path)
        {
            var frame = "{}";
            var entries = new Dictionary<string, List<WrittenForm>>(StringComparer.Ordinal);
            var gaps = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var line in Lines(path))
            {
                var colon = line.IndexOf(':', StringComparison.Ordinal);
                var key = line[..colon].Trim();
                var value = line[(colon + 1)..].Trim();
                if (key == "frame")
                {
                    frame = value;
                    continue;
                }

                if (value.StartsWith("gap:", StringComparison.Ordinal))
                {
                    gaps.Add(key, value["gap:".Length..].Trim());
                    continue;
                }

                entries.Add(key, value.Split(" | ", StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                    .Select(WrittenForm.Parse).ToList());
            }

            return new CoverageFile(frame, entries, gaps);
        }
    }

    /// <summary>A list of ids, each with what it was chosen as (<c>id  # role</c>).</summary>
    private static class IdList
    {
        public static List<(string Id, string Role)> Read(string path) =>
            Lines(path).Select(line =>
            {
                var hash = line.IndexOf('#', StringComparison.Ordinal);
                return hash < 0 ? (line.Trim(), "") : (line[..hash].Trim(), line[(hash + 1)..].Trim());
            }).ToList();
    }

    /// <summary>The file's lines without blank lines and lines that start with <c>#</c>.</summary>
    private static IEnumerable<string> Lines(string path) =>
        File.ReadAllLines(path, Encoding.UTF8).Where(l => l.Trim().Length > 0 && !l.TrimStart().StartsWith('#'));
}
