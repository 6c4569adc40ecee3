using System.Reflection;
using System.Text;
using Kurils.Domain.Catalog;

namespace Kurils.Domain;

/// <summary>A named piece of catalog YAML: a file, a stream or a string.</summary>
public sealed class CatalogSource
{
    private readonly Func<Stream>? _open;
    private readonly string? _text;

    private CatalogSource(string name, Func<Stream>? open, string? text)
    {
        Name = name;
        _open = open;
        _text = text;
    }

    /// <summary>The name used in error messages, usually the file path.</summary>
    public string Name { get; }

    /// <summary>A YAML file on disk, read when the catalog is loaded.</summary>
    /// <param name="path">The path.</param>
    public static CatalogSource FromFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return new CatalogSource(path, () => File.OpenRead(path), null);
    }

    /// <summary>YAML read from a stream the caller owns; the stream is read once, when the catalog is loaded.</summary>
    /// <param name="name">The name to use in error messages.</param>
    /// <param name="stream">The stream.</param>
    public static CatalogSource FromStream(string name, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(stream);
        return new CatalogSource(name, () => new NonClosingStream(stream), null);
    }

    /// <summary>YAML given as a string.</summary>
    /// <param name="name">The name to use in error messages.</param>
    /// <param name="yaml">The YAML text.</param>
    public static CatalogSource FromString(string name, string yaml)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(yaml);
        return new CatalogSource(name, null, yaml);
    }

    /// <summary>A file on disk reported under another name (the build names the shipped files <c>data/…</c>).</summary>
    internal static CatalogSource FromFile(string path, string name) => new(name, () => File.OpenRead(path), null);

    internal static CatalogSource FromResource(Assembly assembly, string resource, string name) =>
        new(name, () => assembly.GetManifestResourceStream(resource) ?? throw new FileNotFoundException(resource), null);

    internal bool TryReadText(out string text, out CatalogError? error)
    {
        error = null;
        if (_text is not null)
        {
            text = _text;
            return CheckSize(Encoding.UTF8.GetByteCount(_text), ref error);
        }

        try
        {
            using var stream = _open!();
            var expected = stream.CanSeek ? stream.Length - stream.Position : -1;
            if (expected >= 0 && !CheckSize(expected, ref error))
            {
                text = string.Empty;
                return false;
            }

            // Read at most one byte past the limit, so a huge non-seekable stream fails fast. When the length is
            // known (files, embedded resources), buffers of that size: no growing copies, no oversized chunk.
            var buffer = expected >= 0 ? new MemoryStream((int)expected + 1) : new MemoryStream();
            var chunk = new byte[expected >= 0 ? Math.Min(expected + 1, 81920) : 81920];
            int read;
            while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
            {
                buffer.Write(chunk, 0, read);
                if (!CheckSize(buffer.Length, ref error))
                {
                    text = string.Empty;
                    return false;
                }
            }

            text = new UTF8Encoding(false, true).GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
            if (text.Length > 0 && text[0] == '\uFEFF')
            {
                text = text[1..];
            }

            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or DecoderFallbackException or NotSupportedException or ArgumentException)
        {
            error = new CatalogError(Name, 1, 1, CatalogErrorCode.Unreadable, CatalogMessages.Unreadable(e.Message));
            text = string.Empty;
            return false;
        }
    }

    private bool CheckSize(long bytes, ref CatalogError? error)
    {
        if (bytes <= Catalog.CatalogLoader.MaxFileBytes)
        {
            return true;
        }

        error = new CatalogError(Name, 1, 1, CatalogErrorCode.LimitExceeded, CatalogMessages.TooLarge(bytes, Catalog.CatalogLoader.MaxFileBytes));
        return false;
    }

    /// <inheritdoc/>
    public override string ToString() => Name;

    private sealed class NonClosingStream(Stream inner) : Stream
    {
        public override bool CanRead => inner.CanRead;

        public override bool CanSeek => inner.CanSeek;

        public override bool CanWrite => false;

        public override long Length => inner.Length;

        public override long Position { get => inner.Position; set => inner.Position = value; }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, count);

        public override long Seek(long offset, SeekOrigin origin) => inner.Seek(offset, origin);

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
