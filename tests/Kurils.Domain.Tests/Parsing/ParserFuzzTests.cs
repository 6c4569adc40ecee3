using FluentAssertions;
using Kurils.Domain.Fuzz;
using Kurils.Domain.Parsing;
using Xunit;

namespace Kurils.Domain.Tests.Parsing;

/// <summary>A short fixed-seed pass of the fuzzer (tests/Kurils.Domain.Fuzz), so that CI runs it on every change.</summary>
public sealed class ParserFuzzTests
{
    private const int Executions = 2_000;

    [Fact]
    public void Run_FixedSeedShortPass_FindsNoFailure()
    {
        var runner = new FuzzRunner(ArticleParser.Default, FuzzRunner.DefaultCorpus(Path.Combine(AppContext.BaseDirectory, "seeds")));

        var result = runner.Run(seed: 20260101, count: Executions, duration: null);

        result.Executions.Should().Be(Executions);
        result.Failures.Select(f => $"{f.Reproduce}: {f.Reason}").Should().BeEmpty();
    }

    [Fact]
    public void Generate_SameSeedAndIteration_GivesTheSameInput()
    {
        var runner = new FuzzRunner(ArticleParser.Default, FuzzRunner.DefaultCorpus(Path.Combine(AppContext.BaseDirectory, "seeds")));

        for (var iteration = 0; iteration < 50; iteration++)
        {
            var (first, second) = (runner.Generate(7, iteration), runner.Generate(7, iteration));
            first.Text.Should().Be(second.Text);
            (first.Bytes ?? []).Should().Equal(second.Bytes ?? []);
            first.Published.Should().Be(second.Published);
        }
    }
}
