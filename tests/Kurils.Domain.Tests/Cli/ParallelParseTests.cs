using System.Diagnostics;
using System.Text;
using FluentAssertions;
using Kurils.Cli;
using Kurils.Domain.Tests.Packaging;
using Xunit;
using static Kurils.Domain.Tests.Cli.KurilsRun;

namespace Kurils.Domain.Tests.Cli;

/// <summary>
/// <c>kurils parse --jobs N</c> (issue 14 point 3, issue 13 point 10): results in input order whatever the
/// number of workers, a bounded window of articles in flight, and a closed pipe that stops the run early with
/// exit code 3.
/// </summary>
public sealed class ParallelParseTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("kurils-jobs-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Theory]
    [InlineData("json")]
    [InlineData("csv")]
    [InlineData("text")]
    public void Parse_FourJobs_WritesExactlyWhatOneJobWrites_InInputOrder(string format)
    {
        var seeds = Parsing.ParserHostileInputTests.SeedFiles();
        for (var copy = 0; copy < 6; copy++)
        {
            foreach (var seed in seeds)
            {
                File.Copy(Path.Combine(AppContext.BaseDirectory, "seeds", seed), Path.Combine(_dir, $"{copy}-{seed}"));
            }
        }

        // Records of very different sizes (so workers finish out of order), with bad lines among them.
        var records = Enumerable.Range(0, 60).Select(i => i % 7 == 3
            ? "{broken"
            : RecordsInputTests.Record(new { id = $"r{i:D2}", text = string.Concat(Enumerable.Repeat(TestCatalog.Seed(seeds[i % seeds.Length]), 1 + (i % 5 * 6))) }));
        File.WriteAllLines(Path.Combine(_dir, "z.jsonl"), records);

        var one = Run(Stream.Null, "parse", _dir, "--format", format, "--jobs", "1");
        var four = Run(Stream.Null, "parse", _dir, "--format", format, "--jobs", "4");

        one.Code.Should().Be(ExitCodes.Unreadable);
        four.Code.Should().Be(one.Code);
        four.Stderr.Should().Be(one.Stderr);
        four.Stdout.Should().Be(one.Stdout);
        one.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().HaveCount(9);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Pipeline_Jobs_ParsesThatManyAtOnceAndNoMore_WritingInInputOrder(int jobs)
    {
        var parser = new Kurils.Domain.Parsing.ArticleParser(TestCatalog.Catalog);
        var items = Enumerable.Range(0, 24).Select(i => ArticleItem.FromBytes($"a{i:D2}", Encoding.UTF8.GetBytes("Etorofu is an island."), null));
        var running = 0;
        var most = 0;
        var output = new StringWriter();

        var allGood = new ParsePipeline(parser, result =>
        {
            var now = Interlocked.Increment(ref running);
            InterlockedMax(ref most, now);
            Thread.Sleep(20); // long enough for the workers to overlap
            Interlocked.Decrement(ref running);
            return Utf8Chunk.Of(result.Source + "\n");
        }, jobs).Run(items, output, TextWriter.Null);

        allGood.Should().BeTrue();
        output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().Equal(Enumerable.Range(0, 24).Select(i => $"a{i:D2}"));
        most.Should().Be(jobs);
    }

    [Fact]
    public void Parse_EndlessRecordStream_KeepsAtMostTheWindowInFlight()
    {
        const int jobs = 2;
        using var stdin = new EndlessRecords(limit: 120);
        var stdout = new CountingWriter(written =>
        {
            // Every article read but not yet written is in flight; the stream reader may hold one more record.
            var inFlight = stdin.RecordsHandedOut - written;
            inFlight.Should().BeLessThanOrEqualTo((jobs * ParsePipeline.WindowPerJob) + 2);
        });

        var code = CommandLine.Run(["parse", "-", "--records", "--json", "--jobs", jobs.ToString(System.Globalization.CultureInfo.InvariantCulture)], stdin, stdout, TextWriter.Null);

        code.Should().Be(ExitCodes.Success);
        stdout.Articles.Should().Be(120);
    }

    [Theory]
    [InlineData("1")]
    [InlineData("2")]
    public async Task Parse_ClosedPipeOnAnEndlessStream_StopsEarlyWithExit3AndNoMessage(string jobs)
    {
        using var stdin = new EndlessRecords(limit: int.MaxValue);
        var stdout = new CountingWriter(written =>
        {
            if (written >= 1)
            {
                throw new IOException("Broken pipe", 32);
            }
        });
        var stderr = new StringWriter();

        var run = Task.Run(() => CommandLine.Run(["parse", "-", "--records", "--json", "--jobs", jobs], stdin, stdout, stderr), TestContext.Current.CancellationToken);

        var code = await run.WaitAsync(TimeSpan.FromSeconds(60), TestContext.Current.CancellationToken);
        code.Should().Be(ExitCodes.OutputFailed, "the run stops when the output is gone, however much input is left");
        stderr.ToString().Should().BeEmpty();
        stdin.RecordsHandedOut.Should().BeLessThan(50);
    }

    [Fact]
    public async Task Process_PipeClosedAfterTheFirstLine_ExitsWith3()
    {
        var kurils = Path.Combine(AppContext.BaseDirectory, "kurils.dll");
        var start = new ProcessStartInfo(ProcessRunner.Dotnet)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { kurils, "parse", "-", "--records", "--json" })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var feeding = Task.Run(async () =>
        {
            var line = Encoding.UTF8.GetBytes(RecordsInputTests.Record(new { text = "Putin said Iturup is Russian." }) + "\n");
            try
            {
                for (var i = 0; i < 1_000_000 && !process.HasExited; i++)
                {
                    await process.StandardInput.BaseStream.WriteAsync(line, TestContext.Current.CancellationToken);
                }
            }
            catch (IOException)
            {
                // kurils stopped reading: expected.
            }
        }, TestContext.Current.CancellationToken);

        var first = await process.StandardOutput.ReadLineAsync(TestContext.Current.CancellationToken);
        process.StandardOutput.Close(); // as `| head -1` does
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        var stderr = await process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);

        first.Should().StartWith("{\"schemaVersion\":");
        process.ExitCode.Should().Be(ExitCodes.OutputFailed, stderr);
        stderr.Should().BeEmpty();
        await feeding;
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int seen;
        while ((seen = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, seen) != seen)
        {
        }
    }

    /// <summary>JSON Lines records of about 3 KB each, as many as <c>limit</c>, counting how many it handed out.</summary>
    private sealed class EndlessRecords(int limit) : Stream
    {
        private readonly byte[] _record = Encoding.UTF8.GetBytes(RecordsInputTests.Record(new { text = "Putin said Iturup is Russian. " + new string('x', 3000) }) + "\n");
        private long _position;

        /// <summary>Records of which at least one byte was read.</summary>
        public long RecordsHandedOut => Math.Min(limit, (Interlocked.Read(ref _position) + _record.Length - 1) / _record.Length);

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => _position; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            if (_position >= (long)limit * _record.Length)
            {
                return 0;
            }

            var at = (int)(_position % _record.Length);
            var n = Math.Min(count, _record.Length - at);
            Array.Copy(_record, at, buffer, offset, n);
            Interlocked.Add(ref _position, n);
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    /// <summary>Standard output that counts the articles written (one JSON line each) and checks each write.</summary>
    private sealed class CountingWriter(Action<int> check) : TextWriter
    {
        public int Articles { get; private set; }

        public override Encoding Encoding => Encoding.UTF8;

        public override void Write(char value) => Count(value.ToString());

        public override void Write(string? value) => Count(value);

        private void Count(string? value)
        {
            check(Articles);
            Articles += value?.Count(c => c == '\n') ?? 0;
        }
    }
}
