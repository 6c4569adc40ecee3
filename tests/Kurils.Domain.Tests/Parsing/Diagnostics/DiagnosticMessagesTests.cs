using System.Globalization;
using System.Resources;
using FluentAssertions;
using Kurils.Domain.Parsing;
using Kurils.Domain.Parsing.Diagnostics;
using Kurils.Domain.Tests.Catalog;
using Xunit;

namespace Kurils.Domain.Tests.Parsing.Diagnostics;

/// <summary>
/// The diagnostics' texts are a resource of the package (the invariant culture's), filled in with the invariant
/// culture: a culture without a satellite assembly falls back to them, and no culture changes a number in them.
/// </summary>
public sealed class DiagnosticMessagesTests
{
    [Fact]
    public void EveryText_IsInTheShippedResource()
    {
        var texts = new ResourceManager(DiagnosticMessages.ResourceName, typeof(DiagnosticMessages).Assembly)
            .GetResourceSet(CultureInfo.InvariantCulture, createIfNotExists: true, tryParents: false);

        texts.Should().NotBeNull();
        var names = texts!.Cast<System.Collections.DictionaryEntry>().Select(e => (string)e.Key).ToList();
        names.Should().BeEquivalentTo(["UnresolvedIslandName", "Administration", "CommentCount", "InvalidEncoding"]);
        names.Should().OnlyContain(n => DiagnosticMessages.Text(n).Length > 0);
    }

    [Fact]
    public void Messages_AreFilledIn()
    {
        DiagnosticMessages.UnresolvedIslandName("Zelyony").Should().Be("'Zelyony' looks like an island name but is not in the catalog");
        DiagnosticMessages.Administration("japan", "russia", "iturup").Should()
            .Be("the text says japan controls iturup; the catalog records russia as administering it on the article's date");
        DiagnosticMessages.CommentCount(12, 3).Should().Be("the comments header says 12 but 3 comments follow");
    }

    [Fact]
    public void Numbers_AreWrittenInTheInvariantCulture_WhateverTheCurrentOne()
    {
        var culture = (CultureInfo)CultureInfo.InvariantCulture.Clone();
        culture.NumberFormat.NegativeSign = "~";
        var (saved, savedUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = culture;
            DiagnosticMessages.CommentCount(-1, 3).Should().Be("the comments header says -1 but 3 comments follow");
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (saved, savedUi);
        }
    }

    [Theory]
    [InlineData("fr-FR")]
    [InlineData("ja-JP")]
    public void AUiCultureWithoutASatellite_GetsTheShippedTexts(string name)
    {
        var (article, _) = CultureTests.InCulture(name, () => ArticleParser.Default.Parse([.. "Iturup "u8, 0xFF]));

        article.Diagnostics.Should().ContainSingle(d => d.Code == DiagnosticCodes.InvalidEncoding)
            .Which.Message.Should().Be("the input is not valid UTF-8; invalid bytes were replaced with U+FFFD");
    }
}
