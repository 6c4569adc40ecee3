using FluentAssertions;
using Kurils.Domain.Parsing;
using NodaTime;
using Xunit;

namespace Kurils.Domain.Tests.Parsing;

/// <summary>The pipeline's stages, run one by one on a context: each adds its own part and leaves the others' alone.</summary>
public sealed class ArticleParserStagesTests
{
    private const string Text = "Putin met Rudenko.\n\nThe Russian leader said Russia will not give up Kunashir. He added that talks go on.\n";

    private static readonly ArticleParser Parser = new(TestCatalog.Catalog);

    private static ParseContext UpToMentions()
    {
        var context = new ParseContext(TestCatalog.Catalog);
        context.Begin(Text, new LocalDate(2024, 6, 5));
        Parser.IdentifyLanguages(context);
        ArticleParser.Segment(context);
        Parser.FindNamesAndDates(context);
        ArticleParser.DateTheArticle(context);
        Parser.ResolveMentions(context);
        return context;
    }

    private static List<(string Text, string Id, MentionMethod Method)> Described(IEnumerable<Mention> mentions) =>
        [.. mentions.Select(m => (m.Span.Of(Text), m.Id, m.Method))];

    [Fact]
    public void ResolveMentions_FindsNamesOnly_NotTheAnaphora()
    {
        var context = UpToMentions();

        Described(context.NameMentions).Should().Equal(
            ("Putin", "putin-vladimir", MentionMethod.Name), ("Rudenko", "rudenko-andrey", MentionMethod.Name), ("Russia", "russia", MentionMethod.Name), ("Kunashir", "kunashir", MentionMethod.Name));
        context.Anaphora.Should().BeEmpty();
    }

    [Fact]
    public void ReadStatements_AddsTheAnaphoraAsItsOwn_AndLeavesTheNameMentionsAlone()
    {
        var context = UpToMentions();
        var names = context.NameMentions.ToList();

        Parser.ReadStatements(context);

        context.NameMentions.Should().Equal(names);
        Described(context.Anaphora).Should().Equal(("The Russian leader", "putin-vladimir", MentionMethod.Anaphora), ("He", "putin-vladimir", MentionMethod.Anaphora));
        context.Statements.Select(s => (s.SpeakerId, s.Span.Of(Text))).Should().Equal(("putin-vladimir", "Russia will not give up Kunashir"), ("putin-vladimir", "talks go on"));
    }

    [Fact]
    public void Check_MergesNamesAndAnaphoraInTextOrder_AndTheResultIsTheParse()
    {
        var context = UpToMentions();
        ArticleParser.FindOutlet(context);
        Parser.ReadStatements(context);
        var (names, anaphora) = (context.NameMentions.ToList(), context.Anaphora.ToList());

        ArticleParser.Check(context);

        context.NameMentions.Should().Equal(names);
        context.Anaphora.Should().Equal(anaphora);
        context.Mentions.Select(m => m.Span.Of(Text)).Should().Equal("Putin", "Rudenko", "The Russian leader", "Russia", "Kunashir", "He");
        Parser.Result(context).Should().Be(Parser.Parse(Text, new LocalDate(2024, 6, 5)));
    }
}
