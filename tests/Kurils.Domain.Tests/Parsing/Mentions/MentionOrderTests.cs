using FluentAssertions;
using Kurils.Domain.Parsing;
using Kurils.Domain.Parsing.Mentions;
using Xunit;

namespace Kurils.Domain.Tests.Parsing.Mentions;

/// <summary>The one order of mentions: by start, then the shorter first; merging keeps it and is stable.</summary>
public sealed class MentionOrderTests
{
    private static Mention At(int start, int length, string id = "x") =>
        new(EntityKind.Person, id, new TextSpan(start, length), 0, false, MentionMethod.Name);

    [Fact]
    public void Compare_SameStart_PutsTheShorterFirst()
    {
        MentionOrder.Instance.Compare(At(5, 3), At(5, 10)).Should().BeNegative();
        MentionOrder.Instance.Compare(At(5, 10), At(5, 3)).Should().BePositive();
        MentionOrder.Instance.Compare(At(4, 10), At(5, 3)).Should().BeNegative();
        MentionOrder.Instance.Compare(At(5, 3, "a"), At(5, 3, "b")).Should().Be(0);
    }

    [Fact]
    public void Merge_TwoSortedLists_GivesOneSortedList()
    {
        var names = new List<Mention> { At(0, 5), At(10, 4), At(30, 2) };
        var anaphora = new List<Mention> { At(8, 2), At(10, 2), At(40, 2) };
        var output = new List<Mention>();

        MentionOrder.Merge(names, anaphora, output);

        output.Select(m => (m.Span.Start, m.Span.Length)).Should().Equal((0, 5), (8, 2), (10, 2), (10, 4), (30, 2), (40, 2));
    }

    [Fact]
    public void Merge_EqualMentions_KeepsTheFirstListsFirst()
    {
        var output = new List<Mention>();

        MentionOrder.Merge([At(3, 2, "name")], [At(3, 2, "pronoun")], output);

        output.Select(m => m.Id).Should().Equal("name", "pronoun");
    }

    [Fact]
    public void Merge_OneListEmpty_CopiesTheOther()
    {
        var output = new List<Mention>();

        MentionOrder.Merge([], [At(1, 1), At(2, 1)], output);

        output.Select(m => m.Span.Start).Should().Equal(1, 2);
    }
}
