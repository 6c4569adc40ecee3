using System.Text;
using FluentAssertions;
using Kurils.Cli;
using Xunit;

namespace Kurils.Domain.Tests.Cli;

/// <summary>Standard output's writer: text and UTF-8 bytes in the order written, encoded as a <see cref="StreamWriter"/> encodes them.</summary>
public sealed class Utf8OutputTests
{
    private static readonly string[] Pieces = ["Etorofu", " 択捉島 ", "Итуруп", "\U0001F5FE", "\n", new string('x', 70_000), "é", ""];

    [Theory]
    [InlineData(16)]
    [InlineData(100)]
    [InlineData(1 << 16)]
    public void Writes_TextAndBytesInOrder_AsAStreamWriterWould(int bufferSize)
    {
        var random = new Random(bufferSize);
        for (var n = 0; n < 40; n++)
        {
            using var ours = new MemoryStream();
            using var theirs = new MemoryStream();
            var output = new Utf8Output(ours, bufferSize);
            using (var reference = new StreamWriter(theirs, new UTF8Encoding(false), 1 << 10, leaveOpen: true))
            {
                for (var i = 0; i < 12; i++)
                {
                    var piece = Pieces[random.Next(Pieces.Length)];
                    switch (random.Next(4))
                    {
                        case 0:
                            output.WriteUtf8(Encoding.UTF8.GetBytes(piece));
                            break;
                        case 1:
                            // A character at a time: a surrogate pair is split across two writes.
                            foreach (var c in piece)
                            {
                                output.Write(c);
                            }

                            break;
                        case 2:
                            output.WriteLine(piece);
                            piece += output.NewLine;
                            break;
                        default:
                            output.Write(piece);
                            break;
                    }

                    reference.Write(piece);
                }
            }

            output.Flush();
            ours.ToArray().Should().Equal(theirs.ToArray());
        }
    }

    [Fact]
    public void Write_NothingReachesTheStreamBeforeAFlushOrAFullBuffer()
    {
        using var stream = new MemoryStream();
        var output = new Utf8Output(stream, 64);

        output.Write("Etorofu");
        output.WriteUtf8("択捉島"u8);
        stream.Length.Should().Be(0);

        output.Flush();
        Encoding.UTF8.GetString(stream.ToArray()).Should().Be("Etorofu択捉島");
    }

    [Fact]
    public void Write_AHighSurrogateLeftAlone_IsAReplacementCharacterOnFlush()
    {
        using var stream = new MemoryStream();
        var output = new Utf8Output(stream);

        output.Write('\uD83D');
        output.WriteUtf8("!"u8);
        output.Flush();

        Encoding.UTF8.GetString(stream.ToArray()).Should().Be("\uFFFD!");
    }
}
