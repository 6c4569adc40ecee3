using System.Text;

namespace Kurils.Domain.Fuzz;

/// <summary>Random edits of text and bytes: insert, delete, duplicate, swap and splice chunks, splice in hostile tokens, corrupt UTF-16 and UTF-8.</summary>
public static class Mutator
{
    /// <summary>Mutated inputs are cut to this many characters, so that one execution stays cheap.</summary>
    public const int MaxLength = 256 * 1024;

    /// <summary>Applies one to eight random edits to <paramref name="input"/>.</summary>
    /// <param name="input">The text to start from.</param>
    /// <param name="random">The source of randomness (seeded, for reproducible runs).</param>
    /// <param name="corpus">Other inputs to splice from.</param>
    /// <returns>The mutated text.</returns>
    public static string Mutate(string input, Random random, IReadOnlyList<string> corpus)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(random);
        ArgumentNullException.ThrowIfNull(corpus);
        var text = new StringBuilder(input);
        var edits = random.Next(1, 9);
        for (var i = 0; i < edits; i++)
        {
            Edit(text, random, corpus);
            if (text.Length > MaxLength)
            {
                text.Length = MaxLength;
            }
        }

        return text.ToString();
    }

    /// <summary>Encodes <paramref name="text"/> as UTF-8 and corrupts a few bytes: stray continuation bytes, overlong forms, encoded surrogates, cut sequences.</summary>
    /// <param name="text">The text to encode.</param>
    /// <param name="random">The source of randomness.</param>
    /// <returns>Bytes that are usually not valid UTF-8.</returns>
    public static byte[] CorruptUtf8(string text, Random random)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(random);
        byte[][] bad =
        [
            [0x80], [0xBF], [0xC0], [0xC1, 0x81], [0xC3], [0xE0, 0x80, 0x80], [0xE3, 0x81], [0xED, 0xA0, 0x80], [0xED, 0xBF, 0xBF],
            [0xF0, 0x9F, 0x98], [0xF4, 0x90, 0x80, 0x80], [0xF8, 0x88, 0x80, 0x80, 0x80], [0xFE], [0xFF], [0xEF, 0xBB, 0xBF], [0x00],
        ];
        var bytes = new List<byte>(Encoding.UTF8.GetBytes(text));
        var edits = random.Next(1, 5);
        for (var i = 0; i < edits; i++)
        {
            var at = random.Next(bytes.Count + 1);
            switch (random.Next(3))
            {
                case 0:
                    bytes.InsertRange(at, bad[random.Next(bad.Length)]);
                    break;
                case 1 when at < bytes.Count:
                    bytes[at] = (byte)random.Next(256);
                    break;
                default:
                    if (bytes.Count > 0)
                    {
                        bytes.RemoveRange(at == bytes.Count ? at - 1 : at, 1);
                    }

                    break;
            }
        }

        return [.. bytes];
    }

    private static void Edit(StringBuilder text, Random random, IReadOnlyList<string> corpus)
    {
        var tokens = HostileCorpus.Tokens;
        switch (random.Next(12))
        {
            case 0 or 1 or 2:
                // Insert a hostile token.
                text.Insert(Position(text, random), tokens[random.Next(tokens.Count)]);
                break;
            case 3:
                // Insert a token many times.
                var token = tokens[random.Next(tokens.Count)];
                var times = random.Next(2, random.Next(2) == 0 ? 10 : 2000);
                text.Insert(Position(text, random), string.Concat(Enumerable.Repeat(token, times)));
                break;
            case 4:
                // Delete a chunk.
                var (start, length) = Chunk(text, random);
                text.Remove(start, length);
                break;
            case 5:
                // Duplicate a chunk.
                (start, length) = Chunk(text, random);
                text.Insert(start + length, text.ToString(start, length));
                break;
            case 6:
                // Swap two chunks.
                SwapChunks(text, random);
                break;
            case 7:
                // Splice a chunk of another input.
                var other = corpus[random.Next(corpus.Count)];
                if (other.Length > 0)
                {
                    var from = random.Next(other.Length);
                    var count = random.Next(1, Math.Min(other.Length - from, 2000) + 1);
                    text.Insert(Position(text, random), other.AsSpan(from, count));
                }

                break;
            case 8:
                // Replace a character with any UTF-16 unit, surrogates and controls included.
                if (text.Length > 0)
                {
                    text[random.Next(text.Length)] = RandomChar(random);
                }

                break;
            case 9:
                // Cut the text.
                if (text.Length > 0)
                {
                    text.Length = random.Next(text.Length);
                }

                break;
            case 10:
                // Change the line endings.
                var endings = new[] { "\n", "\r", "\r\n", "\u2028", "\n\r" };
                var ending = endings[random.Next(endings.Length)];
                var replaced = text.ToString().Replace("\r\n", "\n", StringComparison.Ordinal).Replace("\n", ending, StringComparison.Ordinal);
                text.Clear().Append(replaced);
                break;
            default:
                // Insert a run of random characters.
                var run = random.Next(1, 20);
                var chars = new char[run];
                for (var i = 0; i < run; i++)
                {
                    chars[i] = RandomChar(random);
                }

                text.Insert(Position(text, random), chars);
                break;
        }
    }

    private static char RandomChar(Random random) => random.Next(4) switch
    {
        0 => (char)random.Next(0x20),
        1 => (char)random.Next(0xD800, 0xE000),
        2 => (char)random.Next(0x80),
        _ => (char)random.Next(0x10000),
    };

    private static int Position(StringBuilder text, Random random) => random.Next(text.Length + 1);

    private static (int Start, int Length) Chunk(StringBuilder text, Random random)
    {
        if (text.Length == 0)
        {
            return (0, 0);
        }

        var start = random.Next(text.Length);
        var length = random.Next(1, Math.Min(text.Length - start, random.Next(2) == 0 ? 16 : 4000) + 1);
        return (start, length);
    }

    private static void SwapChunks(StringBuilder text, Random random)
    {
        if (text.Length < 2)
        {
            return;
        }

        var (a, aLength) = Chunk(text, random);
        var (b, bLength) = Chunk(text, random);
        if (a > b)
        {
            (a, aLength, b, bLength) = (b, bLength, a, aLength);
        }

        if (a + aLength > b)
        {
            return;
        }

        var first = text.ToString(a, aLength);
        var second = text.ToString(b, bLength);
        text.Remove(b, bLength).Insert(b, first);
        text.Remove(a, aLength).Insert(a, second);
    }
}
