using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Kurils.Domain.Catalog;

/// <summary>A YAML node with the position it was read from; the catalog maps these by hand.</summary>
internal abstract class YamlTreeNode(int line, int column)
{
    public int Line { get; } = line;

    public int Column { get; } = column;

    public abstract string Description { get; }
}

internal sealed class YamlScalarNode(int line, int column, string value, bool isPlain) : YamlTreeNode(line, column)
{
    public string Value { get; } = value;

    /// <summary>Plain (unquoted) scalars may be numbers, booleans or null; quoted ones are always strings.</summary>
    public bool IsPlain { get; } = isPlain;

    public bool IsNull => IsPlain && Value is "" or "~" or "null" or "Null" or "NULL";

    public override string Description => "a scalar";
}

internal sealed class YamlSequenceNode(int line, int column, List<YamlTreeNode> items) : YamlTreeNode(line, column)
{
    public IReadOnlyList<YamlTreeNode> Items { get; } = items;

    public override string Description => "a list";
}

internal sealed class YamlMappingNode(int line, int column, List<KeyValuePair<YamlScalarNode, YamlTreeNode>> entries) : YamlTreeNode(line, column)
{
    public IReadOnlyList<KeyValuePair<YamlScalarNode, YamlTreeNode>> Entries { get; } = entries;

    public override string Description => "a mapping";
}

/// <summary>
/// Builds <see cref="YamlTreeNode"/>s from YamlDotNet's parser events. Catalog files may come from users, so
/// this reader is strict where YamlDotNet's defaults are lenient: no anchors or aliases (no "billion laughs"),
/// no tags (nothing is ever instantiated from a tag), no duplicate or complex keys, bounded depth and size.
/// </summary>
internal static class YamlTreeReader
{
    public const int MaxDepth = 32;
    public const int MaxNodes = 1_000_000;

    /// <summary>
    /// The tree of <paramref name="text"/>, read with YamlDotNet, or null when it is empty or has errors (added to
    /// <paramref name="errors"/>). The shipped catalog and language packs are read here only at build time
    /// (<see cref="CatalogCompiler"/>, <see cref="Languages.LanguagePackCompiler"/>); overlays, <c>Load</c> and
    /// validation read here at run time.
    /// </summary>
    public static YamlTreeNode? Read(string text, string file, List<CatalogError> errors)
    {
        var errorsBefore = errors.Count;
        var parser = new Parser(new StringReader(text));
        var nodes = 0;
        try
        {
            parser.Consume<StreamStart>();
            if (parser.Accept<StreamEnd>(out _))
            {
                return null;
            }

            parser.Consume<DocumentStart>();
            var root = ReadNode(parser, file, errors, depth: 0, ref nodes);
            parser.Consume<DocumentEnd>();
            if (!parser.Accept<StreamEnd>(out _))
            {
                var mark = parser.Current?.Start ?? Mark.Empty;
                errors.Add(new CatalogError(file, (int)mark.Line, (int)mark.Column, CatalogErrorCode.Syntax, CatalogMessages.MultipleDocuments));
                return null;
            }

            return errors.Count == errorsBefore ? root : null;
        }
        catch (YamlException e)
        {
            // YamlDotNet reports a tab in an indentation at the start of the mapping it was reading: point at the tab.
            var (line, column) = e.Message.Contains("tab", StringComparison.OrdinalIgnoreCase)
                ? TabInIndentation(text, (int)e.Start.Line) ?? ((int)e.Start.Line, (int)e.Start.Column)
                : ((int)e.Start.Line, (int)e.Start.Column);
            errors.Add(new CatalogError(file, line, column, CatalogErrorCode.Syntax, CatalogMessages.Syntax(e.Message)));
            return null;
        }
        catch (LimitExceededException e)
        {
            errors.Add(new CatalogError(file, e.Line, e.Column, CatalogErrorCode.LimitExceeded, e.Message));
            return null;
        }
    }

    /// <summary>The 1-based line and column of the first tab in a line's leading white space, from <paramref name="fromLine"/> on.</summary>
    private static (int Line, int Column)? TabInIndentation(string text, int fromLine)
    {
        var line = 1;
        var column = 1;
        var leading = true;
        foreach (var c in text)
        {
            if (c == '\n')
            {
                line++;
                column = 1;
                leading = true;
                continue;
            }

            if (leading && line >= fromLine && c == '\t')
            {
                return (line, column);
            }

            leading &= c is ' ' or '\t' or '\r';
            column++;
        }

        return null;
    }

    private static YamlTreeNode ReadNode(IParser parser, string file, List<CatalogError> errors, int depth, ref int nodes)
    {
        var current = parser.Current ?? throw new YamlException("unexpected end of input");
        var line = (int)current.Start.Line;
        var column = (int)current.Start.Column;
        if (++nodes > MaxNodes)
        {
            throw new LimitExceededException(line, column, CatalogMessages.TooManyNodes(MaxNodes));
        }

        if (depth > MaxDepth)
        {
            throw new LimitExceededException(line, column, CatalogMessages.TooDeep(MaxDepth));
        }

        switch (current)
        {
            case AnchorAlias:
                // Aliases are refused outright: curated data never needs them and they are the door to
                // exponential expansion.
                throw new LimitExceededException(line, column, CatalogMessages.AliasesNotAllowed);
            case NodeEvent { Anchor.IsEmpty: false }:
                throw new LimitExceededException(line, column, CatalogMessages.AliasesNotAllowed);
            case NodeEvent { Tag.IsEmpty: false } tagged when !tagged.Tag.IsNonSpecific:
                errors.Add(new CatalogError(file, line, column, CatalogErrorCode.WrongType, CatalogMessages.TagNotAllowed(tagged.Tag.Value)));
                break;
        }

        switch (current)
        {
            case Scalar scalar:
                parser.MoveNext();
                return new YamlScalarNode(line, column, scalar.Value, scalar.Style == ScalarStyle.Plain);
            case SequenceStart:
            {
                parser.MoveNext();
                var items = new List<YamlTreeNode>();
                while (!parser.TryConsume<SequenceEnd>(out _))
                {
                    items.Add(ReadNode(parser, file, errors, depth + 1, ref nodes));
                }

                return new YamlSequenceNode(line, column, items);
            }

            case MappingStart:
            {
                parser.MoveNext();
                var entries = new List<KeyValuePair<YamlScalarNode, YamlTreeNode>>();
                var seen = new HashSet<string>(StringComparer.Ordinal);
                while (!parser.TryConsume<MappingEnd>(out _))
                {
                    var keyNode = ReadNode(parser, file, errors, depth + 1, ref nodes);
                    var value = ReadNode(parser, file, errors, depth + 1, ref nodes);
                    if (keyNode is not YamlScalarNode key)
                    {
                        errors.Add(new CatalogError(file, keyNode.Line, keyNode.Column, CatalogErrorCode.WrongType, CatalogMessages.ComplexKey));
                        continue;
                    }

                    if (!seen.Add(key.Value))
                    {
                        errors.Add(new CatalogError(file, key.Line, key.Column, CatalogErrorCode.DuplicateKey, CatalogMessages.DuplicateKey(key.Value)));
                        continue;
                    }

                    entries.Add(new(key, value));
                }

                return new YamlMappingNode(line, column, entries);
            }

            default:
                throw new YamlException(current.Start, current.End, "unexpected " + current.GetType().Name);
        }
    }

    private sealed class LimitExceededException(int line, int column, string message) : Exception(message)
    {
        public int Line { get; } = line;

        public int Column { get; } = column;
    }
}
