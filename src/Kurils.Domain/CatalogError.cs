using System.Collections.Immutable;
using Kurils.Domain.Catalog;

namespace Kurils.Domain;

/// <summary>What is wrong with catalog data.</summary>
public enum CatalogErrorCode
{
    /// <summary>The text is not well-formed YAML.</summary>
    Syntax,

    /// <summary>A key the format does not know.</summary>
    UnknownKey,

    /// <summary>A required key is missing.</summary>
    MissingKey,

    /// <summary>A value has the wrong type (a list where a text is expected, a tag).</summary>
    WrongType,

    /// <summary>A value is not one of the allowed ones.</summary>
    BadValue,

    /// <summary>A date is not a valid ISO <c>YYYY-MM-DD</c> date, or a range ends before it starts.</summary>
    BadDate,

    /// <summary>Two entities of one kind share an id.</summary>
    DuplicateId,

    /// <summary>A mapping has the same key twice.</summary>
    DuplicateKey,

    /// <summary>An id refers to nothing.</summary>
    DanglingReference,

    /// <summary>A name normalizes to two different entities without being declared ambiguous.</summary>
    NameCollision,

    /// <summary>A size, depth or alias limit for untrusted input was exceeded.</summary>
    LimitExceeded,

    /// <summary>The file could not be read.</summary>
    Unreadable,
}

/// <summary>One problem in catalog data, with its position.</summary>
/// <param name="File">The file or stream name.</param>
/// <param name="Line">The 1-based line.</param>
/// <param name="Column">The 1-based column.</param>
/// <param name="Code">What kind of problem.</param>
/// <param name="Message">What is wrong, for a person.</param>
public sealed record CatalogError(string File, int Line, int Column, CatalogErrorCode Code, string Message)
{
    /// <summary>The error as <c>file(line,col): message</c>.</summary>
    public override string ToString() => $"{File}({Line.ToString(System.Globalization.CultureInfo.InvariantCulture)},{Column.ToString(System.Globalization.CultureInfo.InvariantCulture)}): {Message}";
}

/// <summary>Thrown when catalog data is invalid; carries every problem found, not only the first.</summary>
public sealed class CatalogException : Exception
{
    /// <summary>Creates the exception for the given problems.</summary>
    /// <param name="errors">Every problem found.</param>
    public CatalogException(IEnumerable<CatalogError> errors)
        : this(errors.ToImmutableArray())
    {
    }

    private CatalogException(ImmutableArray<CatalogError> errors)
        : base(CatalogMessages.Summary(errors))
    {
        Errors = errors;
    }

    /// <summary>Every problem found, in file and position order.</summary>
    public ImmutableArray<CatalogError> Errors { get; }
}
