using FluentAssertions;
using Kurils.Domain.Parsing;
using NodaTime;
using Xunit;

namespace Kurils.Domain.Tests.Parsing.Statements;

/// <summary>
/// A role that names an office ("the prime minister", "премьер-министр") stands for someone who held it on the statement's
/// date (the article's date when known, else the last day the story names before it), not for anyone who ever held it.
/// </summary>
public sealed class RoleOnDateTests
{
    private static readonly ArticleParser Parser = new(TestCatalog.Catalog);

    private const string English = "Talks in Tokyo\n\nAbe met Kishida in Tokyo on Monday. Kishida said that the talks had gone well for both sides.\n\nThe prime minister said that the islands must be returned to Japan.";
    private const string Russian = "Переговоры в Токио\n\nАбэ встретился с Кисидой в Токио в понедельник. Кисида заявил, что переговоры прошли хорошо для обеих сторон.\n\nПремьер-министр заявил, что острова должны быть возвращены Японии.";

    [Theory]
    [InlineData(English, 2013, "abe-shinzo")]
    [InlineData(English, 2022, "kishida-fumio")]
    [InlineData(Russian, 2013, "abe-shinzo")]
    [InlineData(Russian, 2022, "kishida-fumio")]
    public void Role_IsWhoeverHeldTheOfficeOnTheArticlesDate(string text, int year, string speaker) =>
        Parser.Parse(text, new LocalDate(year, 5, 1)).Statements.Last().SpeakerId.Should().Be(speaker);

    [Theory]
    [InlineData("Talks in Tokyo\n\nOn May 1, 2013, Kishida met Abe in Tokyo. Abe said that the talks had gone well for both sides.\n\nThe prime minister said that the islands must be returned to Japan.", "abe-shinzo")]
    [InlineData("Talks in Tokyo\n\nOn May 1, 2022, Abe met Kishida in Tokyo. Abe said that the talks had gone well for both sides.\n\nThe prime minister said that the islands must be returned to Japan.", "kishida-fumio")]
    public void WithoutThePublicationDate_TheStorysDateDecides(string text, string speaker) =>
        Parser.Parse(text).Statements.Last().SpeakerId.Should().Be(speaker);
}
