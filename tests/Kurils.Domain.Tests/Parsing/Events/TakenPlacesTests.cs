using FluentAssertions;
using Kurils.Domain.Parsing;
using Kurils.Domain.Parsing.Events;
using Xunit;

namespace Kurils.Domain.Tests.Parsing.Events;

/// <summary>
/// The places the event actors hold: the same answers as asking every actor in turn, which is what the actors' search
/// did before (and what made a long article's search quadratic).
/// </summary>
public sealed class TakenPlacesTests
{
    [Fact]
    public void A_span_overlaps_a_mention_only_when_they_share_a_unit()
    {
        var taken = new TakenPlaces();
        taken.Begin(100, [(new TextSpan(10, 5), "japan"), (new TextSpan(40, 20), "russia"), (new TextSpan(45, 3), "moscow")]);

        taken.Overlaps(new TextSpan(5, 5)).Should().BeFalse("it ends where the first mention starts");
        taken.Overlaps(new TextSpan(14, 3)).Should().BeTrue();
        taken.Overlaps(new TextSpan(15, 10)).Should().BeFalse("it starts where the first mention ends");
        taken.Overlaps(new TextSpan(58, 10)).Should().BeTrue("the long mention reaches past the short one inside it");
        taken.Overlaps(new TextSpan(60, 5)).Should().BeFalse();
    }

    [Fact]
    public void A_metonym_taken_holds_its_place_for_the_next_ones()
    {
        var taken = new TakenPlaces();
        taken.Begin(70, []);
        taken.Overlaps(new TextSpan(63, 6)).Should().BeFalse();

        taken.Take(new TextSpan(63, 6));

        taken.Overlaps(new TextSpan(60, 4)).Should().BeTrue();
        taken.Overlaps(new TextSpan(68, 2)).Should().BeTrue();
        taken.Overlaps(new TextSpan(69, 1)).Should().BeFalse();
        taken.Overlaps(new TextSpan(55, 8)).Should().BeFalse();
    }

    [Fact]
    public void A_new_article_forgets_the_last_ones_places()
    {
        var taken = new TakenPlaces();
        taken.Begin(500, [(new TextSpan(0, 3), "japan")]);
        taken.Take(new TextSpan(300, 10));

        taken.Begin(400, []);

        taken.Overlaps(new TextSpan(0, 3)).Should().BeFalse();
        taken.Overlaps(new TextSpan(300, 10)).Should().BeFalse();
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Answers_as_a_walk_over_every_actor_does(int seed)
    {
        var random = new Random(seed);
        var taken = new TakenPlaces();
        for (var article = 0; article < 20; article++)
        {
            var length = random.Next(1, 3000);
            var mentions = new List<(TextSpan Span, string Id)>();
            for (var i = random.Next(0, 40); i > 0; i--)
            {
                var start = random.Next(0, length);
                mentions.Add((new TextSpan(start, random.Next(0, Math.Min(30, length - start) + 1)), "x"));
            }

            var actors = new List<TextSpan>(mentions.Select(m => m.Span));
            taken.Begin(length, mentions);
            for (var i = 0; i < 200; i++)
            {
                var start = random.Next(0, length);
                var span = new TextSpan(start, random.Next(1, Math.Min(12, length - start) + 1));
                var expected = actors.Exists(a => a.Start < span.End && span.Start < a.End);
                taken.Overlaps(span).Should().Be(expected, $"article {article}, span {span.Start}+{span.Length}");
                if (!expected && random.Next(3) == 0)
                {
                    taken.Take(span);
                    actors.Add(span);
                }
            }
        }
    }
}
