using System.Globalization;
using FluentAssertions;
using Kurils.Domain.Parsing;
using Xunit;

namespace Kurils.Domain.Tests.Catalog;

/// <summary>Results must not depend on the machine's culture: Turkish dotless i and Japanese calendars are the classic traps.</summary>
public sealed class CultureTests
{
    public static TheoryData<string> Cultures => ["tr-TR", "ja-JP", "ru-RU", ""];

    [Theory]
    [MemberData(nameof(Cultures))]
    public void Resolve_UnderCulture_GivesTheSameAnswers(string culture)
    {
        var answers = InCulture(culture, () =>
        {
            var catalog = KurilsCatalog.Load(TestCatalog.Path);
            return new[] { "ITURUP", "Iturup Island", "KUNASHIRI", "Итуруп" }.Select(n => catalog.ResolveTerritory(n)?.Id).ToList();
        });
        answers.Should().Equal("iturup", "iturup", "kunashir", "iturup");
    }

    [Theory]
    [MemberData(nameof(Cultures))]
    public void Validate_UnderCulture_GivesTheSameMessages(string culture)
    {
        var message = InCulture(culture, () =>
            KurilsCatalog.Validate([CatalogSource.FromString("t.yaml", "countries:\n  - id: ussr\n    names: []\n    from: 1922-13-30\n    source: s\n")])[0].ToString());
        message.Should().Be("t.yaml(4,11): '1922-13-30' is not a date: there is no month 13 (months are 01 to 12)");
    }

    [Theory]
    [MemberData(nameof(Cultures))]
    public void Parse_UnderCulture_EqualsTheInvariantParse(string culture)
    {
        var text = TestCatalog.Seed("003_d6e31eca7042b292.txt");
        var invariant = InCulture(string.Empty, () => ArticleParser.Default.Parse(text));
        InCulture(culture, () => ArticleParser.Default.Parse(text)).Should().Be(invariant);
    }

    internal static T InCulture<T>(string name, Func<T> action)
    {
        var (culture, ui) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(name);
            return action();
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = ui;
        }
    }
}
