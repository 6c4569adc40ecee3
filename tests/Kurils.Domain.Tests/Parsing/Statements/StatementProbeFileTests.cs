using FluentAssertions;
using Kurils.Domain.Parsing;
using NodaTime;
using Xunit;

namespace Kurils.Domain.Tests.Parsing.Statements;

/// <summary>
/// Who said it, on short news stories written for the tests in the style of each language's wire and newspaper copy
/// (<c>TestData/probes/*.probes</c>, a file per language). A story is a <c>=== id description</c> line, its text, a
/// <c>---</c> line and what a careful reader finds, one line a statement: <c>kind | a word of it | speaker</c>, where kind
/// is <c>direct</c>, <c>reported</c> or <c>any</c> and the speaker a catalog id, <c>name=</c> the name as written of a person
/// the catalog lacks, or <c>none</c> (optionally <c>none=</c> the reason in JSON form); <c>absent | words</c> says no
/// statement holds those words (a quoted term).
/// </summary>
public sealed class StatementProbeFileTests
{
    private static readonly LocalDate Published = new(2024, 6, 10);

    /// <summary>One expectation of one story.</summary>
    public sealed record Probe(string File, string Id, string Text, string Kind, string Word, string? Speaker)
    {
        /// <inheritdoc/>
        public override string ToString() => $"{File}/{Id}: {Kind} | {Word} | {Speaker}";
    }

    public static TheoryData<Probe> Probes()
    {
        var data = new TheoryData<Probe>();
        foreach (var path in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "TestData", "probes"), "*.probes").Order(StringComparer.Ordinal))
        {
            foreach (var probe in Read(path))
            {
                data.Add(probe);
            }
        }

        return data;
    }

    /// <summary>The stories of one file, each expectation a probe.</summary>
    internal static IEnumerable<Probe> Read(string path)
    {
        var file = Path.GetFileNameWithoutExtension(path);
        string? id = null;
        var text = new List<string>();
        var expectations = false;
        foreach (var line in File.ReadAllLines(path))
        {
            if (line.StartsWith("=== ", StringComparison.Ordinal))
            {
                id = line[4..].Split(' ')[0];
                text.Clear();
                expectations = false;
            }
            else if (id is null || (expectations && (line.StartsWith('#') || line.Trim().Length == 0)))
            {
                continue;
            }
            else if (!expectations && line == "---")
            {
                expectations = true;
                while (text.Count > 0 && text[^1].Trim().Length == 0)
                {
                    text.RemoveAt(text.Count - 1);
                }
            }
            else if (!expectations)
            {
                text.Add(line);
            }
            else
            {
                var parts = line.Split('|', StringSplitOptions.TrimEntries);
                yield return new Probe(file, id, string.Join('\n', text) + "\n", parts[0], parts[1], parts.Length > 2 ? parts[2] : null);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Probes))]
    public void AStatement_HasTheSpeakerACarefulReaderGives(Probe probe)
    {
        var article = ArticleParser.Default.Parse(probe.Text, Published);
        var holding = article.Statements.Where(s => article.TextOf(s.Span).Contains(probe.Word, StringComparison.Ordinal)).ToList();
        if (probe.Kind == "absent")
        {
            holding.Should().BeEmpty("a quoted term is no statement");
            return;
        }

        var found = probe.Kind == "any" ? holding : holding.Where(s => s.Kind == (probe.Kind == "direct" ? StatementKind.Direct : StatementKind.Reported)).ToList();
        found.Should().NotBeEmpty();
        var speaker = probe.Speaker!;
        foreach (var statement in found)
        {
            if (speaker.StartsWith("name=", StringComparison.Ordinal))
            {
                statement.SpeakerId.Should().BeNull();
                statement.SpeakerName.Should().Be(speaker[5..]);
                article.TextOf(statement.SpeakerNameSpan!.Value).Should().Be(speaker[5..]);
            }
            else if (speaker.StartsWith("none", StringComparison.Ordinal))
            {
                statement.SpeakerId.Should().BeNull();
                statement.SpeakerName.Should().BeNull();
                statement.Unattributed.Should().NotBeNull("a statement without a speaker says why");
                if (speaker.Split('=') is [_, var reason])
                {
                    Json(statement.Unattributed!.Value).Should().Be(reason);
                }
            }
            else
            {
                statement.SpeakerId.Should().Be(speaker);
            }
        }
    }

    /// <summary>Every probe file has stories, and each story at least one expectation.</summary>
    [Fact]
    public void EveryFile_HoldsProbes() =>
        Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "TestData", "probes"), "*.probes")
            .Should().NotBeEmpty().And.OnlyContain(path => Read(path).Any());

    private static string Json(UnattributedReason reason) => reason switch
    {
        UnattributedReason.NoSpeakerNamed => "no-speaker-named",
        UnattributedReason.UnresolvedReference => "unresolved-reference",
        UnattributedReason.Ambiguous => "ambiguous",
        UnattributedReason.SpeakerTooFar => "speaker-too-far",
        _ => reason.ToString(),
    };
}
