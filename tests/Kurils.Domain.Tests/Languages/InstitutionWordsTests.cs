using FluentAssertions;
using Kurils.Domain.Languages;
using Xunit;

namespace Kurils.Domain.Tests.Languages;

/// <summary>The <c>speech.institutions</c> section of a pack: read, and its mistakes reported with their position.</summary>
public sealed class InstitutionWordsTests
{
    [Fact]
    public void Load_InstitutionSection_ReadsEveryList()
    {
        const string yaml = """
            code: en
            name: English
            scripts: [Latn]
            speech:
              institutions:
                articles: [the]
                locatives: [at, in the statement of]
                impersonal: [one]
                cues: [said a statement from]
                anaphora:
                  - { kind: ministry, words: [ministry, foreign ministry] }
                  - { kind: embassy, words: [embassy] }
            """;
        LanguagePacks.Validate([CatalogSource.FromString("en.yaml", yaml)]).Should().BeEmpty();
        var words = LanguagePacks.Load([CatalogSource.FromString("en.yaml", yaml)]).Single().Speech.Institutions;
        words.Articles.Should().Equal("the");
        words.Locatives.Should().Equal("at", "in the statement of");
        words.Impersonal.Should().Equal("one");
        words.Cues.Should().Equal("said a statement from");
        words.Anaphora.Should().HaveCount(2);
        words.Anaphora[0].Kind.Should().Be(InstitutionKind.Ministry);
        words.Anaphora[0].Words.Should().Equal("ministry", "foreign ministry");
        words.Anaphora[1].Kind.Should().Be(InstitutionKind.Embassy);
    }

    [Fact]
    public void Load_AnaphorOfAnUnknownKind_ReportsItWithItsPosition()
    {
        const string yaml = """
            code: en
            name: English
            scripts: [Latn]
            speech:
              institutions:
                anaphora:
                  - { kind: ministery, words: [ministry] }
                nouns: [x]
            """;
        var errors = LanguagePacks.Validate([CatalogSource.FromString("en.yaml", yaml)]).Select(e => e.ToString()).ToList();
        errors.Should().HaveCount(2);
        errors.Should().Contain(e => e.StartsWith("en.yaml(7,", StringComparison.Ordinal) && e.Contains("ministery", StringComparison.Ordinal));
        errors.Should().Contain(e => e.StartsWith("en.yaml(8,", StringComparison.Ordinal) && e.Contains("nouns", StringComparison.Ordinal));
    }
}
