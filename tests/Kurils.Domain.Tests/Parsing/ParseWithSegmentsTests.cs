using FluentAssertions;
using Kurils.Domain.Parsing;
using NodaTime;
using Xunit;

namespace Kurils.Domain.Tests.Parsing;

/// <summary>The entry point for callers that know the segments (a web page's structure): same stages, their segments.</summary>
public sealed class ParseWithSegmentsTests
{
    private const string Text = "Japan protests\n\nChief Cabinet Secretary Yoshimasa Hayashi said Thursday that Russia's position on the Northern Territories is \"totally unacceptable.\"\n\nivan_k: Etorofu is Russian.\n";

    [Fact]
    public void Parse_TheSegmenterOwnSegments_GivesTheSameParse()
    {
        var published = new LocalDate(2024, 6, 7);
        var plain = ArticleParser.Default.Parse(Text, published);

        var given = ArticleParser.Default.Parse(Text, plain.Segments.ToList(), published);

        given.Should().Be(plain);
    }

    [Fact]
    public void Parse_CallerSegments_AreUsedAsGiven()
    {
        var headline = new Segment(SegmentKind.Headline, new TextSpan(0, 16), new TextSpan(0, 14));
        var bodyEnd = Text.IndexOf("ivan_k", StringComparison.Ordinal);
        var body = new Segment(SegmentKind.Body, TextSpan.FromBounds(16, bodyEnd), TextSpan.FromBounds(16, bodyEnd - 2));
        var comment = new Segment(SegmentKind.Comment, TextSpan.FromBounds(bodyEnd, Text.Length), TextSpan.FromBounds(bodyEnd, Text.Length - 1), new TextSpan(bodyEnd, 6));

        var article = ArticleParser.Default.Parse(Text, [headline, body, comment], new LocalDate(2024, 6, 7));

        article.Segments.Should().Equal(headline, body, comment);
        article.Headline.Should().Be(new TextSpan(0, 14));
        article.Statements.Should().Contain(s => s.SpeakerId == "hayashi-yoshimasa");
        article.Mentions.Single(m => m.Id == "iturup").InComment.Should().BeTrue();
    }

    [Fact]
    public void Parse_SegmentsWithAGapOverlapOrShortCover_Throw()
    {
        var whole = new Segment(SegmentKind.Body, new TextSpan(0, Text.Length), new TextSpan(0, Text.Length));
        var gap = new[] { new Segment(SegmentKind.Body, new TextSpan(0, 10), new TextSpan(0, 10)), new Segment(SegmentKind.Body, TextSpan.FromBounds(11, Text.Length), TextSpan.FromBounds(11, Text.Length)) };
        var contentOutside = new Segment(SegmentKind.Body, new TextSpan(0, Text.Length), new TextSpan(5, Text.Length));

        FluentActions.Invoking(() => ArticleParser.Default.Parse(Text, gap)).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => ArticleParser.Default.Parse(Text, [whole, whole])).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => ArticleParser.Default.Parse(Text, [gap[0]])).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => ArticleParser.Default.Parse(Text, [contentOutside])).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => ArticleParser.Default.Parse(Text, (IReadOnlyList<Segment>)null!)).Should().Throw<ArgumentNullException>();
        ArticleParser.Default.Parse(string.Empty, []).Segments.Should().BeEmpty();
    }
}
