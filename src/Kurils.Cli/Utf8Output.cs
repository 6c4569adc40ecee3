using System.Text;

namespace Kurils.Cli;

/// <summary>
/// Standard output as UTF-8, buffered, that also takes text already encoded as UTF-8 (<see cref="WriteUtf8"/>): the
/// JSON Lines of <c>kurils parse</c> are written by <see cref="System.Text.Json.Utf8JsonWriter"/> in UTF-8 on the
/// worker threads and go out as they are, instead of being decoded into a string there and encoded again here on the
/// one thread that writes (measured: benchmarks/README.md, "Two cores"). Text writes (the text and CSV formats,
/// help, messages) are encoded as a <see cref="StreamWriter"/> would encode them; nothing reaches the stream before
/// <see cref="Flush"/> or a full buffer.
/// </summary>
internal sealed class Utf8Output(Stream stream, int bufferSize = 1 << 16) : TextWriter
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly Encoder _encoder = Utf8.GetEncoder();
    private readonly byte[] _buffer = new byte[Math.Max(bufferSize, 16)];
    private int _used;

    public override Encoding Encoding => Utf8;

    /// <summary>Writes UTF-8 bytes as they are (after any text written before them).</summary>
    public void WriteUtf8(ReadOnlySpan<byte> bytes)
    {
        FlushEncoder();
        if (bytes.Length > _buffer.Length - _used)
        {
            Drain();
            if (bytes.Length >= _buffer.Length)
            {
                stream.Write(bytes);
                return;
            }
        }

        bytes.CopyTo(_buffer.AsSpan(_used));
        _used += bytes.Length;
    }

    public override void Write(char value) => Write(new ReadOnlySpan<char>(in value));

    public override void Write(string? value) => Write(value.AsSpan());

    public override void Write(char[] buffer, int index, int count) => Write(buffer.AsSpan(index, count));

    public override void Write(ReadOnlySpan<char> buffer)
    {
        while (true)
        {
            if (_buffer.Length - _used < 4)
            {
                Drain(); // room for at least one character: the encoder refuses a buffer too small for any
            }

            _encoder.Convert(buffer, _buffer.AsSpan(_used), flush: false, out var charsUsed, out var bytesUsed, out _);
            _used += bytesUsed;
            buffer = buffer[charsUsed..];
            if (buffer.IsEmpty)
            {
                return;
            }
        }
    }

    public override void WriteLine(string? value)
    {
        Write(value);
        Write(CoreNewLine);
    }

    /// <summary>Writes what is buffered to the stream and flushes it.</summary>
    public override void Flush()
    {
        FlushEncoder();
        Drain();
        stream.Flush();
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            Flush();
        }

        base.Dispose(disposing);
    }

    /// <summary>Ends a pending surrogate half (as a replacement character, as <see cref="StreamWriter"/> does on flush).</summary>
    private void FlushEncoder()
    {
        if (_buffer.Length - _used < 4)
        {
            Drain();
        }

        _encoder.Convert([], _buffer.AsSpan(_used), flush: true, out _, out var bytesUsed, out _);
        _used += bytesUsed;
    }

    private void Drain()
    {
        if (_used > 0)
        {
            stream.Write(_buffer, 0, _used);
            _used = 0;
        }
    }
}
